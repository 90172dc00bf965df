// self-contradiction: one source gives incompatible values for one key on one basis, e.g. advertising
// growth as 23% in one paragraph and 22% in another.
import { NO_OPTIONS, type Rule } from "./rule.js";
import { BASIS_WORDS } from "../model/wording.js";
import { bothOrAll, conflictingSets, distinctWrittenValues, sortedUnique, valueSignature } from "./value-spread.js";

export const selfContradiction: Rule = {
  meta: {
    id: "self-contradiction",
    kind: "self_contradiction",
    description: "One source gives incompatible values for the same key on the same basis.",
    defaultSeverity: "error",
    optionsSchema: NO_OPTIONS,
    defaultOptions: {},
  },
  check(context) {
    // Per source and basis, each statement against the others (a fact index is unique to its fact).
    return conflictingSets(context, (fact) => `${fact.sourceId}|${fact.basis}`, (fact) => String(fact.index)).map(({ group, facts }) => {
      const { sourceId, basis } = facts[0]!;
      return {
        key: group.key,
        facts,
        message: `${sourceId} contradicts itself on the ${BASIS_WORDS[basis]} figure: ${distinctWrittenValues(facts)} cannot ${bothOrAll(facts)} be right.`,
        identity: `${sourceId}|${basis}|${sortedUnique(facts.map(valueSignature)).join(",")}`,
      };
    });
  },
};
