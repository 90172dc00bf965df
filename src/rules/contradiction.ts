// contradiction: two sources state one key on one basis with values that cannot both be right
// (their precision intervals do not overlap), e.g. North America operating income 2025-Q4, 115亿 vs 93亿.
import { NO_OPTIONS, type Rule } from "./rule.js";
import { BASIS_WORDS, comparedBasis } from "../model/wording.js";
import { conflictingSets, spreadData } from "./value-spread.js";

export const contradiction: Rule = {
  meta: {
    id: "contradiction",
    kind: "contradiction",
    description: "Sources give incompatible values for the same key on the same basis.",
    defaultSeverity: "error",
    optionsSchema: NO_OPTIONS,
    defaultOptions: {},
    messages: {
      two: "Sources disagree on the {{basis_words}} figure: {{values}} cannot both be right, even allowing for rounding and qualifiers.",
      several: "Sources disagree on the {{basis_words}} figure: {{values}} cannot all be right, even allowing for rounding and qualifiers.",
    },
    identity: ["basis", "signatures"],
  },
  check(context) {
    // Per basis, sources against each other (a derived figure counts as reported).
    return conflictingSets(context, (fact) => comparedBasis(fact.basis), (fact) => fact.sourceId).map(({ group, facts }) => {
      const basis = comparedBasis(facts[0]!.basis);
      const { messageId, values, signatures } = spreadData(facts);
      return { messageId, key: group.key, facts, data: { basis, basis_words: BASIS_WORDS[basis], values, signatures } };
    });
  },
};
