// self-contradiction: one source gives incompatible values for one key on one basis, e.g. advertising
// growth as 23% in one paragraph and 22% in another.
import { NO_OPTIONS, type Rule } from "./rule.js";
import { BASIS_WORDS } from "../model/wording.js";
import { conflictingSets, spreadData } from "./value-spread.js";

export const selfContradiction: Rule = {
  meta: {
    id: "self-contradiction",
    kind: "self_contradiction",
    description: "One source gives incompatible values for the same key on the same basis.",
    defaultSeverity: "error",
    optionsSchema: NO_OPTIONS,
    defaultOptions: {},
    messages: {
      two: "{{source}} contradicts itself on the {{basis_words}} figure: {{values}} cannot both be right.",
      several: "{{source}} contradicts itself on the {{basis_words}} figure: {{values}} cannot all be right.",
    },
    identity: ["source", "basis", "signatures"],
  },
  check(context) {
    // Per source and basis, each statement against the others (a fact index is unique to its fact).
    return conflictingSets(context, (fact) => `${fact.sourceId}|${fact.basis}`, (fact) => String(fact.index)).map(({ group, facts }) => {
      const { sourceId, basis } = facts[0]!;
      const { messageId, values, signatures } = spreadData(facts);
      return { messageId, key: group.key, facts, data: { source: sourceId, basis, basis_words: BASIS_WORDS[basis], values, signatures } };
    });
  },
};
