// contradiction: two sources state one key on one basis with values that cannot both be right
// (their precision intervals do not overlap), e.g. North America operating income 2025-Q4, 115亿 vs 93亿.
import { NO_OPTIONS, type Rule } from "./rule.js";
import { BASIS_WORDS } from "../model/wording.js";
import type { Basis } from "../model/types.js";
import { conflictAcrossLabels, distinctWrittenValues, sortedUnique, valueSignature } from "./value-spread.js";
import { groupBy } from "./group-by.js";

export const contradiction: Rule = {
  meta: {
    id: "contradiction",
    kind: "contradiction",
    description: "Sources give incompatible values for the same key on the same basis.",
    defaultSeverity: "error",
    optionsSchema: NO_OPTIONS,
    defaultOptions: {},
  },
  check({ groups, intervalOf, valuesDisagree }) {
    const findings = [];
    for (const group of groups) {
      if (!valuesDisagree(group)) continue;
      for (const [basis, facts] of groupBy(group.facts.filter((fact) => fact.parsed.kind === "number"), (fact) => fact.basis)) {
        if (new Set(facts.map((fact) => fact.sourceId)).size < 2) continue;
        const entries = facts.map((fact) => ({ label: fact.sourceId, interval: intervalOf(fact) }));
        if (!conflictAcrossLabels(entries)) continue;
        findings.push({
          key: group.key,
          facts,
          message: `Sources disagree (${BASIS_WORDS[basis as Basis]}): ${distinctWrittenValues(facts)} cannot all be right, even allowing for rounding and qualifiers.`,
          identity: `${basis}|${sortedUnique(facts.map(valueSignature)).join(",")}`,
        });
      }
    }
    return findings;
  },
};
