// restatement: a company's later filing gives another value for a figure an earlier filing gave, e.g.
// a quarter's revenue as first filed in its 10-Q and as restated in the next year's 10-Q. The earlier
// value stays in the fact file with `superseded_by` (the later filing's accession number), so an
// article that quotes it is explained rather than called wrong; every other rule sees only the value
// that stands.
import type { Fact } from "../model/types.js";
import { writtenForm } from "../model/wording.js";
import { NO_OPTIONS, type Rule, type RuleFinding } from "./rule.js";
import { valueSignature } from "./value-spread.js";

export const restatement: Rule = {
  meta: {
    id: "restatement",
    kind: "restatement",
    description: "A later filing of the company restated a figure an earlier filing gave.",
    defaultSeverity: "info",
    optionsSchema: NO_OPTIONS,
    defaultOptions: {},
  },
  check({ restated }) {
    const findings: RuleFinding[] = [];
    for (const group of restated) {
      for (const old of group.facts) {
        if (old.supersededBy === undefined) continue;
        const standing = group.facts.filter((fact) => fact.supersededBy === undefined && fact.sourceId === old.sourceId);
        const current = standing.filter((fact) => fact.filing === old.supersededBy);
        const shown = current.length > 0 ? current : standing;
        const now = shown.length > 0 ? `${[...new Set(shown.map(writtenForm))].join(" and ")} in filing ${old.supersededBy}` : `another value in filing ${old.supersededBy}, which the fact base does not hold`;
        findings.push({
          key: group.key,
          facts: [old, ...shown],
          message: `${old.sourceId} gives a restated figure: ${writtenForm(old)} in filing ${filingOf(old)} was restated as ${now}. An article quoting the first value may be quoting the figure as first filed.`,
          identity: `${old.sourceId}|${old.filing ?? ""}|${old.supersededBy}|${valueSignature(old)}`,
        });
      }
    }
    return findings;
  },
};

function filingOf(fact: Fact): string {
  return fact.filing ?? "(not named)";
}
