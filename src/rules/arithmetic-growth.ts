// arithmetic-growth: a stated growth rate must match the levels it compares. yoy = level / level a
// year earlier − 1 (qoq: a quarter earlier); yoy_abs / qoq_abs = level − level earlier (a margin's
// change in bp or pp); a CAGR compounds over its span. The levels may come from other sources: a
// growth rate in one article, last year's level in the company's release.
import type { Fact } from "../model/types.js";
import { compare, divideIntervals, formatRationalInterval, intervalsOverlap, multiply, power, rational, scaleInterval, subtractIntervals, type Rational, type RationalInterval } from "../numbers/rational.js";
import { appliesTo, type GrowthIdentity } from "../identities/identity.js";
import type { Operands } from "../identities/fact-index.js";
import { PeriodDays } from "../periods/period-days.js";
import type { FactKey } from "../model/finding.js";
import { IDENTITY_FIELDS, identityReport, inStatedTerms, operand, statedData } from "./identity-report.js";
import { factKeyOf } from "../reconcile/fact-key.js";
import { NO_OPTIONS, type Rule, type RuleContext, type RuleReport } from "./rule.js";

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
    messages: {
      growth: "The growth rate does not add up: {{formula}} = {{computed}}, but {{source}} states {{stated}} ({{stated_interval}}).",
      change: "The change does not add up: {{formula}} = {{computed}}, but {{source}} states {{stated}} ({{stated_interval}}).",
      cagr: "The compound growth rate does not add up: {{formula}} = {{computed}}× over {{years}} years, while (1 + rate)^{{years}} spans {{implied}}×, but {{source}} states {{stated}} ({{stated_interval}}).",
    },
    identity: IDENTITY_FIELDS,
  },
  check(context) {
    const findings: RuleReport[] = [];
    const identities = context.taxonomy.identities.filter((identity): identity is GrowthIdentity => identity.kind === "growth");
    for (const group of context.groups) {
      const { key } = group;
      if (!["yoy", "qoq", "yoy_abs", "qoq_abs", "cagr"].includes(key.measure)) continue;
      const kind = context.taxonomy.metrics.get(key.metric)?.kind;
      const identity = identities.find((candidate) => kind !== undefined && candidate.metric_kinds.includes(kind) && appliesTo(candidate, key.entity));
      if (!identity) continue;
      // The periods compared are the same for every fact of the group: work them out once.
      const periods = key.measure === "cagr" ? cagrPeriods(key.period) : changePeriods(key.measure, key.period);
      if (!periods) continue;
      const choose = levelChooser(periods, key, context);
      // Every source quoting the key's rate is checked against a pair of levels, mostly the same pair:
      // each pair's change is computed once per key (measure and unit are the key's).
      const changes: PairCache = new Map();
      for (const stated of group.facts) {
        if (stated.parsed.kind !== "number" || stated.basis !== "reported") continue;
        const pair = choose(stated.sourceId);
        const finding = key.measure === "cagr" ? checkCagr(identity.id, stated, periods, pair, context) : checkChange(identity.id, stated, pair, changes, context);
        if (finding) findings.push(finding);
      }
    }
    return findings;
  },
};

/** The period keys of the later and the earlier level a growth rate compares. */
interface Periods {
  current: string;
  previous: string;
  /** For a CAGR: the whole years between the first and the last year. */
  years?: number;
}

function changePeriods(measure: string, period: string): Periods | undefined {
  const quarterly = measure.startsWith("qoq");
  const days = PeriodDays.fromKey(period);
  if (quarterly && days?.months !== 3) return undefined;
  const previous = quarterly ? days?.shiftQuarters(-1) : days?.shiftMonths(-12);
  return previous ? { current: period, previous: previous.key } : undefined;
}

function cagrPeriods(period: string): Periods | undefined {
  const days = PeriodDays.fromKey(period);
  const months = days?.months;
  if (!days || months === undefined || months % 12 !== 0 || months < 24) return undefined;
  // The first year: from the span's start to the end of the span moved back to end a year after it
  // starts; the last year likewise, from the start of the span moved forward to its end.
  const firstYearEnd = days.shiftMonths(12 - months);
  const lastYearStart = days.shiftMonths(months - 12);
  if (!firstYearEnd || !lastYearStart) return undefined;
  return { current: lastYearStart.through(days).key, previous: days.through(firstYearEnd).key, years: months / 12 - 1 };
}

/**
 * For one key's growth rates, the pair of levels each is checked against, in one unit: its own
 * source's where it states them. The candidates are looked up once for all the key's facts.
 */
function levelChooser(periods: Periods, key: FactKey, context: RuleContext): (sourceId: string) => [Fact, Fact] | undefined {
  const query = { entity: key.entity, segment: key.segment, metric: key.metric };
  const current = context.index.operands({ ...query, period: periods.current });
  const previousByUnit = new Map<string, Operands>();
  return (sourceId) => {
    const now = current.choose(sourceId);
    if (!now) return undefined;
    let previous = previousByUnit.get(now.unit);
    if (!previous) previousByUnit.set(now.unit, (previous = context.index.operands({ ...query, period: periods.previous, unit: now.unit })));
    const then = previous.choose(sourceId);
    return then ? [now, then] : undefined;
  };
}

/** Computed changes by the later level, then the earlier (null: no change can be computed). */
type PairCache = Map<Fact, Map<Fact, RationalInterval | null>>;

function checkChange(identity: string, stated: Fact, found: [Fact, Fact] | undefined, changes: PairCache, context: RuleContext): RuleReport | undefined {
  if (!found) return undefined;
  const [current, previous] = found;
  let fromCurrent = changes.get(current);
  if (!fromCurrent) changes.set(current, (fromCurrent = new Map()));
  let computed = fromCurrent.get(previous);
  if (computed === undefined) fromCurrent.set(previous, (computed = computedChange(stated.measure, stated.unit, current, previous, context) ?? null));
  if (!computed) return undefined;
  const statedInterval = context.rationalIntervalOf(stated);
  if (intervalsOverlap(computed, statedInterval)) return undefined;
  const rate = stated.measure === "yoy" || stated.measure === "qoq";
  const formula = rate ? `${operand(current)} / ${operand(previous)} − 1` : `${operand(current)} − ${operand(previous)}`;
  return identityReport(identity, rate ? "growth" : "change", factKeyOf(stated), [stated, current, previous], { formula, computed: inStatedTerms(computed, stated), ...statedData(stated, statedInterval) });
}

function computedChange(measure: string, unit: string, current: Fact, previous: Fact, context: RuleContext): RationalInterval | undefined {
  const now = context.rationalIntervalOf(current);
  const then = context.rationalIntervalOf(previous);
  let computed: RationalInterval | undefined;
  if (measure === "yoy" || measure === "qoq") {
    const ratio = divideIntervals(now, then);
    if (ratio && then.low && compare(then.low, rational(0n)) > 0) computed = scaleInterval(subtractIntervals(ratio, { low: ONE, high: ONE }), HUNDRED);
  } else {
    const factor = current.unit === "percent" ? UNIT_FACTORS[unit] : current.unit === unit ? ONE : undefined;
    if (factor) computed = scaleInterval(subtractIntervals(now, then), factor);
  }
  return computed;
}

/** (1 + c)^years = end / start, compared without roots: c's bounds raised to the power, against the ratio. */
function checkCagr(identity: string, stated: Fact, periods: Periods, found: [Fact, Fact] | undefined, context: RuleContext): RuleReport | undefined {
  if (!found || periods.years === undefined) return undefined;
  const [last, first] = found;
  const years = periods.years;
  const base = context.rationalIntervalOf(first);
  // As for yoy: growth from a level that may be zero or negative (a loss) has no rate to check.
  if (!base.low || compare(base.low, rational(0n)) <= 0) return undefined;
  const ratio = divideIntervals(context.rationalIntervalOf(last), base);
  const rate = context.rationalIntervalOf(stated);
  if (!ratio || !rate.low || !rate.high) return undefined;
  const grow = (percent: Rational) => power(multiply({ n: percent.n + percent.d * 100n, d: percent.d }, rational(1n, 100n)), years);
  const implied: RationalInterval = { low: grow(rate.low), high: grow(rate.high) };
  if (intervalsOverlap(ratio, implied)) return undefined;
  const data = { formula: `${operand(last)} / ${operand(first)}`, computed: formatRationalInterval(ratio), years, implied: formatRationalInterval(implied), ...statedData(stated, rate) };
  return identityReport(identity, "cagr", factKeyOf(stated), [stated, last, first], data);
}
