// restatement: a company's later filing gives another value for a figure an earlier filing gave, e.g.
// a quarter's revenue as first filed in its 10-Q and as restated in the next year's 10-Q. The earlier
// value stays in the fact file with `superseded_by` (the later filing's accession number), so an
// article that quotes it is explained rather than called wrong; every other rule sees only the value
// that stands.
import type { Fact } from "../model/types.js";
import { writtenForm } from "../model/wording.js";
import { NO_OPTIONS, type Rule, type RuleReport } from "./rule.js";
import { valueSignature } from "./value-spread.js";

export const restatement: Rule = {
  meta: {
    id: "restatement",
    kind: "restatement",
    description: "A later filing of the company restated a figure an earlier filing gave.",
    defaultSeverity: "info",
    optionsSchema: NO_OPTIONS,
    defaultOptions: {},
    messages: {
      restated: "{{source}} gives a restated figure: {{first_value}} in filing {{first_filing}} was restated as {{restated_as}}. An article quoting the first value may be quoting the figure as first filed.",
    },
    identity: ["source", "filing", "superseded_by", "signature"],
  },
  check({ restated }) {
    const findings: RuleReport[] = [];
    for (const group of restated) {
      for (const old of group.facts) {
        if (old.supersededBy === undefined) continue;
        const standing = group.facts.filter((fact) => fact.supersededBy === undefined && fact.sourceId === old.sourceId);
        const current = standing.filter((fact) => fact.filing === old.supersededBy);
        const shown = current.length > 0 ? current : standing;
        const now = shown.length > 0 ? `${[...new Set(shown.map(writtenForm))].join(" and ")} in filing ${old.supersededBy}` : `another value in filing ${old.supersededBy}, which the fact base does not hold`;
        const data = { source: old.sourceId, filing: old.filing ?? "", superseded_by: old.supersededBy, signature: valueSignature(old), first_value: writtenForm(old), first_filing: filingOf(old), restated_as: now };
        findings.push({ messageId: "restated", key: group.key, facts: [old, ...shown], data });
      }
    }
    return findings;
  },
};

function filingOf(fact: Fact): string {
  return fact.filing ?? "(not named)";
}
