// arithmetic-sum: parts must add up to their stated total, e.g. North America + International + AWS
// operating income = total operating income. Checked once from each source's point of view: its own
// figures where it states them, the company's release (or the first source) for the rest, so an
// article's wrong part shows up against a total it never states. Operands may name their entity, so
// parts of different companies (each cloud provider's share of the market) add up to a total too.
import type { Fact } from "../model/types.js";
import { addIntervals, intervalsOverlap } from "../numbers/rational.js";
import { appliesTo, sumTerm, type SumIdentity, type Term } from "../identities/identity.js";
import type { FactKey } from "../model/finding.js";
import { IDENTITY_FIELDS, identityReport, inStatedTerms, namedOperand, operand } from "./identity-report.js";
import { factKeyOf } from "../reconcile/fact-key.js";
import { NO_OPTIONS, type Rule, type RuleReport } from "./rule.js";

export const arithmeticSum: Rule = {
  meta: {
    id: "arithmetic-sum",
    kind: "identity_violation",
    description: "Parts (segments, product lines) do not add up to their stated total.",
    defaultSeverity: "error",
    optionsSchema: NO_OPTIONS,
    defaultOptions: {},
    messages: {
      sum: "The parts do not add up to the total: {{sum}} = {{computed}}, but the stated total is {{total}} ({{stated_interval}}).",
    },
    identity: IDENTITY_FIELDS,
  },
  check(context) {
    const findings: RuleReport[] = [];
    const seen = new Set<string>();
    for (const identity of context.taxonomy.identities.filter((candidate): candidate is SumIdentity => candidate.kind === "sum")) {
      const total = sumTerm(identity, identity.total);
      const parts = identity.parts.map((part) => sumTerm(identity, part));
      const terms = [total, ...parts];
      // Operands that name their entity are of it; the others are of the occasion's entity. An identity
      // whose operands all name theirs (a market's companies) has occasions of a period alone.
      const acrossEntities = terms.some((term) => term.entity !== undefined);
      const someFollow = terms.some((term) => term.entity === undefined);
      // Every (entity, period) where some term of the identity is stated, found from the groups once.
      // Periods are their days, so a calendar quarter and another company's fiscal quarter over the
      // same months are one occasion.
      const occasions = new Map<string, { entity: string; period: string }>();
      for (const { key } of context.groups) {
        for (const term of terms) {
          if (!termMatches(identity, term, key)) continue;
          if (term.entity !== undefined && someFollow) continue;
          const entity = term.entity === undefined ? key.entity : "";
          occasions.set(`${entity}|${key.period}`, { entity, period: key.period });
          break;
        }
      }
      for (const { entity, period } of occasions.values()) {
        const query = (term: Term) => ({ entity: term.entity ?? entity, segment: term.segment!, metric: term.metric, measure: term.measure, ...(term.of !== undefined ? { of: term.of } : {}), period });
        const totals = context.index.find(query(total));
        const partCandidates = parts.map((part) => context.index.find(query(part)));
        if (totals.length === 0 || partCandidates.some((candidates) => candidates.length === 0)) continue;
        const perspectives = new Set([...totals, ...partCandidates.flat()].map((fact) => fact.sourceId));
        for (const sourceId of perspectives) {
          const stated = context.index.operand(query(total), sourceId)!;
          const chosenParts = parts.map((part) => context.index.operand({ ...query(part), unit: stated.unit }, sourceId));
          if (chosenParts.some((part) => part === undefined)) continue;
          const chosen = chosenParts as Fact[];
          const signature = [stated, ...chosen].map((fact) => fact.index).join(",");
          if (seen.has(signature)) continue;
          seen.add(signature);
          const sum = chosen.map((part) => context.rationalIntervalOf(part)).reduce((acc, next) => addIntervals(acc, next));
          const statedInterval = context.rationalIntervalOf(stated);
          if (intervalsOverlap(sum, statedInterval)) continue;
          const show = (fact: Fact) => (acrossEntities ? namedOperand(fact, stated) : operand(fact));
          const shown = chosen.map(show);
          const data = { parts: shown, sum: shown.join(" + "), computed: inStatedTerms(sum, stated), total: show(stated), source: stated.sourceId, stated_interval: inStatedTerms(statedInterval, stated) };
          findings.push(identityReport(identity.id, "sum", factKeyOf(stated), [stated, ...chosen], data));
        }
      }
    }
    return findings;
  },
};

/** Whether a group states one term of a sum: its segment, metric, measure and `of`, and its entity (or one the identity applies to). */
function termMatches(identity: SumIdentity, term: Term, key: FactKey): boolean {
  if (key.segment !== term.segment || key.metric !== term.metric || key.measure !== term.measure || key.of !== term.of) return false;
  return term.entity !== undefined ? key.entity === term.entity : appliesTo(identity, key.entity);
}
