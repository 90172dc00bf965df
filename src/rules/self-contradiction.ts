// self-contradiction: one source gives incompatible values for one key on one basis, e.g. advertising
// growth as 23% in one paragraph and 22% in another.
import { NO_OPTIONS, type Rule } from "./rule.js";
import { BASIS_WORDS } from "../model/wording.js";
import type { Basis } from "../model/types.js";
import { conflictWithin, distinctWrittenValues, sortedUnique, valueSignature } from "./value-spread.js";
import { groupBy } from "./group-by.js";

export const selfContradiction: Rule = {
  meta: {
    id: "self-contradiction",
    kind: "self_contradiction",
    description: "One source gives incompatible values for the same key on the same basis.",
    defaultSeverity: "error",
    optionsSchema: NO_OPTIONS,
    defaultOptions: {},
  },
  check({ groups, intervalOf, valuesDisagree }) {
    const findings = [];
    for (const group of groups) {
      if (!valuesDisagree(group)) continue;
      const numeric = group.facts.filter((fact) => fact.parsed.kind === "number");
      for (const [sourceAndBasis, facts] of groupBy(numeric, (fact) => `${fact.sourceId}|${fact.basis}`)) {
        if (facts.length < 2 || !conflictWithin(facts.map(intervalOf))) continue;
        const [sourceId, basis] = sourceAndBasis.split("|");
        findings.push({
          key: group.key,
          facts,
          message: `${sourceId} contradicts itself (${BASIS_WORDS[basis as Basis]}): ${distinctWrittenValues(facts)} cannot all be right.`,
          identity: `${sourceAndBasis}|${sortedUnique(facts.map(valueSignature)).join(",")}`,
        });
      }
    }
    return findings;
  },
};
