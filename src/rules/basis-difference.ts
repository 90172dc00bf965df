// basis-difference: one key stated on different bases with different values, e.g. international
// revenue growth 11% excluding FX vs 17% as reported. Both can be right; the editor must make sure
// each is labelled. Never an error, never merged.
import type { Basis } from "../model/types.js";
import type { Rule } from "./rule.js";
import { BASIS_WORDS } from "../model/wording.js";
import { groupBy } from "./group-by.js";
import { conflictBetween, sortedUnique, spreadData } from "./value-spread.js";
import type { RuleReport } from "./rule.js";

interface Options {
  /** Bases that measure the same actual figure differently; forward-looking bases are left out. */
  bases: Basis[];
}

export const basisDifference: Rule<Options> = {
  meta: {
    id: "basis-difference",
    kind: "basis_difference",
    description: "The same key is stated on different bases (reported, ex-FX, non-GAAP) with different values.",
    defaultSeverity: "warning",
    optionsSchema: {
      type: "object",
      additionalProperties: false,
      properties: {
        bases: {
          description: "Bases compared with each other.",
          type: "array",
          items: { enum: ["reported", "ex_fx", "non_gaap", "guidance", "estimate", "plan", "run_rate", "derived"] },
          uniqueItems: true,
        },
      },
    },
    defaultOptions: { bases: ["reported", "ex_fx", "non_gaap"] },
    messages: {
      bases: "Sources give this figure on different bases ({{bases_words}}): {{values}}. Each may be right, but each figure must say its basis.",
    },
    identity: ["bases", "signatures"],
  },
  check({ groups, intervalOf, options, valuesDisagree }) {
    const compared = new Set<Basis>(options.bases);
    const findings: RuleReport[] = [];
    for (const group of groups) {
      if (!valuesDisagree(group)) continue;
      const facts = group.facts.filter((fact) => fact.parsed.kind === "number" && compared.has(fact.basis));
      const bases = sortedUnique(facts.map((fact) => fact.basis));
      if (bases.length < 2) continue;
      // Only values on different bases from different sources count: a release giving "14%, or 12%
      // excluding FX" labels both itself, but a reader comparing two sources sees two numbers.
      const byBasis = groupBy(facts, (fact) => fact.basis);
      const entries = [...byBasis.values()].map((members) => members.map((fact) => ({ label: fact.sourceId, interval: intervalOf(fact) })));
      if (!entries.some((a, i) => entries.slice(i + 1).some((b) => conflictBetween(a, b)))) continue;
      const { values, signatures } = spreadData(facts);
      const data = { bases, bases_words: bases.map((basis) => BASIS_WORDS[basis as Basis]).join(", "), values, signatures };
      findings.push({ messageId: "bases", key: group.key, facts, data });
    }
    return findings;
  },
};
