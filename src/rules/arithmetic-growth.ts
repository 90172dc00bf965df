// arithmetic-growth: a stated growth rate must match the levels it compares. yoy = level / level a
// year earlier − 1 (qoq: a quarter earlier); yoy_abs / qoq_abs = level − level earlier (a margin's
// change in bp or pp); a CAGR compounds over its span. The levels may come from other sources: a
// growth rate in one article, last year's level in the company's release.
import type { Fact } from "../model/types.js";
import { compare, divideIntervals, formatRationalInterval, intervalsOverlap, multiply, power, rational, scaleInterval, subtractIntervals, type Rational, type RationalInterval } from "../numbers/rational.js";
import { appliesTo, type GrowthIdentity } from "../identities/identity.js";
import { chooseOperand, periodMonths, shiftPeriodKey } from "../identities/fact-index.js";
import { inStatedTerms, operand, rationalIntervalOf, withoutRepeats } from "../identities/arithmetic.js";
import { NO_OPTIONS, type Rule, type RuleContext, type RuleFinding } from "./rule.js";
import { valueSignature } from "./value-spread.js";

const ONE = rational(1n);
const HUNDRED = rational(100n);
const UNIT_FACTORS: Readonly<Record<string, Rational>> = { pp: rational(1n), bp: rational(100n) };

export const arithmeticGrowth: Rule = {
  meta: {
    id: "arithmetic-growth",
    kind: "identity_violation",
    description: "A stated growth rate or change does not match the levels of the two periods it compares.",
    defaultSeverity: "error",
    optionsSchema: NO_OPTIONS,
    defaultOptions: {},
  },
  check(context) {
    const findings: RuleFinding[] = [];
    const identities = context.taxonomy.identities.filter((identity): identity is GrowthIdentity => identity.kind === "growth");
    for (const group of context.groups) {
      const { key } = group;
      if (!["yoy", "qoq", "yoy_abs", "qoq_abs", "cagr"].includes(key.measure)) continue;
      const kind = context.taxonomy.metrics.get(key.metric)?.kind;
      const identity = identities.find((candidate) => kind !== undefined && candidate.metric_kinds.includes(kind) && appliesTo(candidate, key.entity));
      if (!identity) continue;
      for (const stated of group.facts) {
        if (stated.parsed.kind !== "number" || stated.basis !== "reported") continue;
        const finding = key.measure === "cagr" ? checkCagr(identity.id, stated, context) : checkChange(identity.id, stated, context);
        if (finding) findings.push(finding);
      }
    }
    return withoutRepeats(findings);
  },
};

function levels(stated: Fact, currentKey: string, previousKey: string, context: RuleContext): [Fact, Fact] | undefined {
  const query = { entity: stated.entity, segment: stated.segment, metric: stated.metric };
  const current = chooseOperand(context.index.find({ ...query, period: currentKey }), stated.sourceId, context.sources);
  if (!current) return undefined;
  const previous = chooseOperand(context.index.find({ ...query, period: previousKey, unit: current.unit }), stated.sourceId, context.sources);
  return previous ? [current, previous] : undefined;
}

function checkChange(identity: string, stated: Fact, context: RuleContext): RuleFinding | undefined {
  const quarterly = stated.measure.startsWith("qoq");
  if (quarterly && periodMonths(stated.period.key) !== 3) return undefined;
  const previousKey = shiftPeriodKey(stated.period.key, quarterly ? -3 : -12);
  if (!previousKey) return undefined;
  const found = levels(stated, stated.period.key, previousKey, context);
  if (!found) return undefined;
  const [current, previous] = found;
  const now = rationalIntervalOf(current, context.intervalOf);
  const then = rationalIntervalOf(previous, context.intervalOf);
  let computed: RationalInterval | undefined;
  let formula: string;
  if (stated.measure === "yoy" || stated.measure === "qoq") {
    const ratio = divideIntervals(now, then);
    if (!ratio || !then.low || compare(then.low, rational(0n)) <= 0) return undefined;
    computed = scaleInterval(subtractIntervals(ratio, { low: ONE, high: ONE }), HUNDRED);
    formula = `${operand(current)} / ${operand(previous)} − 1`;
  } else {
    const difference = subtractIntervals(now, then);
    const factor = current.unit === "percent" ? UNIT_FACTORS[stated.unit] : current.unit === stated.unit ? ONE : undefined;
    if (!factor) return undefined;
    computed = scaleInterval(difference, factor);
    formula = `${operand(current)} − ${operand(previous)}`;
  }
  const statedInterval = rationalIntervalOf(stated, context.intervalOf);
  if (intervalsOverlap(computed, statedInterval)) return undefined;
  return violation(identity, stated, [current, previous], `${formula} = ${inStatedTerms(computed, stated)}`, statedInterval);
}

/** (1 + c)^years = end / start, compared without roots: c's bounds raised to the power, against the ratio. */
function checkCagr(identity: string, stated: Fact, context: RuleContext): RuleFinding | undefined {
  const [start, end] = stated.period.key.split("..");
  const months = periodMonths(stated.period.key);
  if (!start || !end || months === undefined || months % 12 !== 0 || months < 24) return undefined;
  const firstYear = `${start}..${shiftPeriodKey(`${start}..${end}`, 12 - months)!.split("..")[1]}`;
  const lastYear = `${shiftPeriodKey(`${start}..${end}`, months - 12)!.split("..")[0]}..${end}`;
  const found = levels(stated, lastYear, firstYear, context);
  if (!found) return undefined;
  const [last, first] = found;
  const years = months / 12 - 1;
  const base = rationalIntervalOf(first, context.intervalOf);
  // As for yoy: growth from a level that may be zero or negative (a loss) has no rate to check.
  if (!base.low || compare(base.low, rational(0n)) <= 0) return undefined;
  const ratio = divideIntervals(rationalIntervalOf(last, context.intervalOf), base);
  const rate = rationalIntervalOf(stated, context.intervalOf);
  if (!ratio || !rate.low || !rate.high) return undefined;
  const grow = (percent: Rational) => power(multiply({ n: percent.n + percent.d * 100n, d: percent.d }, rational(1n, 100n)), years);
  const implied: RationalInterval = { low: grow(rate.low), high: grow(rate.high) };
  if (intervalsOverlap(ratio, implied)) return undefined;
  const growth = `${operand(last)} / ${operand(first)} = ${formatRationalInterval(ratio)}× over ${years} years, while (1 + rate)^${years} spans ${formatRationalInterval(implied)}×`;
  return violation(identity, stated, [last, first], growth, rate);
}

function violation(identity: string, stated: Fact, operands: Fact[], arithmetic: string, statedInterval: RationalInterval): RuleFinding {
  return {
    key: { entity: stated.entity, segment: stated.segment, metric: stated.metric, measure: stated.measure, period: stated.period.key, periodLabel: stated.period.label },
    facts: [stated, ...operands],
    message: `${identity}: ${arithmetic}, but ${stated.sourceId} states ${operand(stated).replace(/ \(.*\)$/, "")} ${inStatedTerms(statedInterval, stated)}: inconsistent.`,
    identity: `${identity}|${[stated, ...operands].map((fact) => `${fact.sourceId}:${valueSignature(fact)}`).join(",")}`,
  };
}
