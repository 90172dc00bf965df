// arithmetic-sum: parts must add up to their stated total, e.g. North America + International + AWS
// operating income = total operating income. Checked once from each source's point of view: its own
// figures where it states them, the company's release (or the first source) for the rest, so an
// article's wrong part shows up against a total it never states.
import type { Fact } from "../model/types.js";
import { addIntervals, intervalsOverlap } from "../numbers/rational.js";
import { appliesTo, type SumIdentity } from "../identities/identity.js";
import { identityFinding, inStatedTerms, operand } from "../identities/arithmetic.js";
import { factKeyOf } from "../reconcile/fact-key.js";
import { NO_OPTIONS, type Rule, type RuleFinding } from "./rule.js";

export const arithmeticSum: Rule = {
  meta: {
    id: "arithmetic-sum",
    kind: "identity_violation",
    description: "Parts (segments, product lines) do not add up to their stated total.",
    defaultSeverity: "error",
    optionsSchema: NO_OPTIONS,
    defaultOptions: {},
  },
  check(context) {
    const findings: RuleFinding[] = [];
    const seen = new Set<string>();
    for (const identity of context.taxonomy.identities.filter((candidate): candidate is SumIdentity => candidate.kind === "sum")) {
      const segments = new Set([identity.total, ...identity.parts]);
      // Every (entity, period) where some term of the identity is stated, found from the groups once.
      const occasions = new Map<string, { entity: string; period: string }>();
      for (const { key } of context.groups) {
        if (key.metric === identity.metric && key.measure === "level" && segments.has(key.segment) && appliesTo(identity, key.entity)) {
          occasions.set(`${key.entity}|${key.period}`, { entity: key.entity, period: key.period });
        }
      }
      for (const { entity, period } of occasions.values()) {
        const find = (segment: string) => context.index.find({ entity, segment, metric: identity.metric, period });
        const totals = find(identity.total);
        const partCandidates = identity.parts.map((part) => find(part));
        if (totals.length === 0 || partCandidates.some((candidates) => candidates.length === 0)) continue;
        const perspectives = new Set([...totals, ...partCandidates.flat()].map((fact) => fact.sourceId));
        for (const sourceId of perspectives) {
          const total = context.index.operand({ entity, segment: identity.total, metric: identity.metric, period }, sourceId)!;
          const parts = identity.parts.map((part) => context.index.operand({ entity, segment: part, metric: identity.metric, period, unit: total.unit }, sourceId));
          if (parts.some((part) => part === undefined)) continue;
          const chosen = parts as Fact[];
          const signature = [total, ...chosen].map((fact) => fact.index).join(",");
          if (seen.has(signature)) continue;
          seen.add(signature);
          const sum = chosen.map((part) => context.rationalIntervalOf(part)).reduce((acc, next) => addIntervals(acc, next));
          const stated = context.rationalIntervalOf(total);
          if (intervalsOverlap(sum, stated)) continue;
          findings.push(identityFinding(identity.id, factKeyOf(total), [total, ...chosen], `The parts do not add up to the total: ${chosen.map(operand).join(" + ")} = ${inStatedTerms(sum, total)}, but the stated total is ${operand(total)} (${inStatedTerms(stated, total)}).`));
        }
      }
    }
    return findings;
  },
};
