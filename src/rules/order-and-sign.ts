// order-and-sign: figures that cannot be true whatever the other sources say: a quarter's positive
// amount larger than its fiscal year's, or a negative value for a metric that is never negative
// (revenue, capital spending, counts).
import type { Fact } from "../model/types.js";
import { compare, rational } from "../numbers/rational.js";
import { appliesTo, type OrderIdentity, type SignIdentity } from "../identities/identity.js";
import { chooseOperand, periodMonths, shiftPeriodKey } from "../identities/fact-index.js";
import { inStatedTerms, operand, rationalIntervalOf, withoutRepeats } from "../identities/arithmetic.js";
import type { Rule, RuleFinding } from "./rule.js";
import { valueSignature } from "./value-spread.js";

const ZERO = rational(0n);

export const orderAndSign: Rule = {
  meta: {
    id: "order-and-sign",
    kind: "identity_violation",
    description: "A quarter exceeds its fiscal year, or a metric that is never negative is negative.",
    defaultSeverity: "error",
    optionsSchema: { type: "object", additionalProperties: false, properties: {} },
    defaultOptions: {},
  },
  check(context) {
    const findings: RuleFinding[] = [];
    const orders = context.taxonomy.identities.filter((identity): identity is OrderIdentity => identity.kind === "order");
    const signs = context.taxonomy.identities.filter((identity): identity is SignIdentity => identity.kind === "sign");
    for (const group of context.groups) {
      const { key } = group;
      if (key.measure !== "level") continue;
      const sign = signs.find((identity) => identity.metrics.includes(key.metric) && appliesTo(identity, key.entity));
      if (sign) {
        for (const fact of group.facts) {
          const interval = fact.parsed.kind === "number" ? rationalIntervalOf(fact, context.intervalOf) : undefined;
          if (!interval?.high || compare(interval.high, ZERO) >= 0) continue;
          findings.push({
            key: { ...key },
            facts: [fact],
            message: `${sign.id}: ${key.metric} cannot be negative, but ${operand(fact)} is.`,
            identity: `${sign.id}|${fact.sourceId}:${valueSignature(fact)}`,
          });
        }
      }
      const kind = context.taxonomy.metrics.get(key.metric)?.kind;
      const order = orders.find((identity) => kind !== undefined && identity.metric_kinds.includes(kind) && appliesTo(identity, key.entity));
      if (!order || periodMonths(key.period) !== 3) continue;
      for (const quarter of group.facts) {
        if (quarter.parsed.kind !== "number" || quarter.basis !== "reported") continue;
        const quarterInterval = rationalIntervalOf(quarter, context.intervalOf);
        if (!quarterInterval.low || compare(quarterInterval.low, ZERO) <= 0) continue;
        const year = fiscalYearOf(quarter, context.index.find.bind(context.index), (candidates) => chooseOperand(candidates, quarter.sourceId, context.sources));
        if (!year) continue;
        const yearInterval = rationalIntervalOf(year, context.intervalOf);
        if (!yearInterval.high || compare(quarterInterval.low, yearInterval.high) < 0) continue;
        findings.push({
          key: { ...key },
          facts: [quarter, year],
          message: `${order.id}: the quarter ${operand(quarter)} ${inStatedTerms(quarterInterval, quarter)} exceeds its fiscal year ${operand(year)} ${inStatedTerms(yearInterval, year)}.`,
          identity: `${order.id}|${[quarter, year].map((fact) => `${fact.sourceId}:${valueSignature(fact)}`).join(",")}`,
        });
      }
    }
    return withoutRepeats(findings);
  },
};

/** The fiscal year holding a quarter: the twelve months that start 0, 3, 6 or 9 months before it. */
function fiscalYearOf(quarter: Fact, find: (query: { entity: string; segment: string; metric: string; period: string; unit: string }) => Fact[], choose: (candidates: Fact[]) => Fact | undefined): Fact | undefined {
  for (let before = 0; before <= 9; before += 3) {
    const start = shiftPeriodKey(quarter.period.key, -before)?.split("..")[0];
    const end = shiftPeriodKey(quarter.period.key, 9 - before)?.split("..")[1];
    if (!start || !end) continue;
    const year = choose(find({ entity: quarter.entity, segment: quarter.segment, metric: quarter.metric, period: `${start}..${end}`, unit: quarter.unit }));
    if (year) return year;
  }
  return undefined;
}
