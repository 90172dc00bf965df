// arithmetic-growth: a stated growth rate must match the levels it compares. yoy = level / level a
// year earlier − 1 (qoq: a quarter earlier); yoy_abs / qoq_abs = level − level earlier (a margin's
// change in bp or pp); a CAGR compounds over its span. The levels may come from other sources: a
// growth rate in one article, last year's level in the company's release.
import type { Fact } from "../model/types.js";
import type { Exact } from "../numbers/exact.js";
import { compare, divideIntervals, formatRationalInterval, intervalsOverlap, multiply, power, rational, scaleInterval, subtractIntervals, type Rational, type RationalInterval } from "../numbers/rational.js";
import { appliesTo, type GrowthIdentity } from "../identities/identity.js";
import { chooseOperand, periodMonths, shiftPeriodKey } from "../identities/fact-index.js";
import { identityFinding, inStatedTerms, operand, withoutRepeats } from "../identities/arithmetic.js";
import { factKeyOf } from "../reconcile/fact-key.js";
import { writtenForm } from "../model/wording.js";
import { NO_OPTIONS, type Rule, type RuleContext, type RuleFinding } from "./rule.js";

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
      // The levels compared are the same for every fact of the group: look them up once.
      let found: Levels | undefined;
      // Most sources of a key quote the same rate against the same pair of levels: a fact whose value,
      // qualifier and pair equal the last one checked has the same outcome, so only a finding is redone.
      let last: { stated: Fact; pair: [Fact, Fact] | undefined } | undefined;
      for (const stated of group.facts) {
        if (stated.parsed.kind !== "number" || stated.basis !== "reported") continue;
        found ??= key.measure === "cagr" ? cagrLevels(stated, context) : changeLevels(stated, context);
        const pair = choose(found, stated, context);
        if (last && !pair && !last.pair) continue;
        if (last && pair && last.pair && pair[0] === last.pair[0] && pair[1] === last.pair[1] && sameValue(stated, last.stated)) continue;
        const finding = key.measure === "cagr" ? checkCagr(identity.id, stated, found, pair, context) : checkChange(identity.id, stated, pair, context);
        if (finding) {
          findings.push(finding);
          last = undefined;
        } else last = { stated, pair };
      }
    }
    return withoutRepeats(findings);
  },
};

/** Candidates for the later and the earlier level of a growth rate (none when either is missing). */
interface Levels {
  current: readonly Fact[];
  previous: readonly Fact[];
  /** For a CAGR: the whole years between the first and the last year. */
  years?: number;
}

const NO_LEVELS: Levels = { current: [], previous: [] };

function levelsAt(stated: Fact, currentKey: string, previousKey: string, context: RuleContext): Levels {
  const query = { entity: stated.entity, segment: stated.segment, metric: stated.metric };
  return { current: context.index.find({ ...query, period: currentKey }), previous: context.index.find({ ...query, period: previousKey }) };
}

function changeLevels(stated: Fact, context: RuleContext): Levels {
  const quarterly = stated.measure.startsWith("qoq");
  if (quarterly && periodMonths(stated.period.key) !== 3) return NO_LEVELS;
  const previousKey = shiftPeriodKey(stated.period.key, quarterly ? -3 : -12);
  return previousKey ? levelsAt(stated, stated.period.key, previousKey, context) : NO_LEVELS;
}

function cagrLevels(stated: Fact, context: RuleContext): Levels {
  const [start, end] = stated.period.key.split("..");
  const months = periodMonths(stated.period.key);
  if (!start || !end || months === undefined || months % 12 !== 0 || months < 24) return NO_LEVELS;
  const firstYear = `${start}..${shiftPeriodKey(`${start}..${end}`, 12 - months)!.split("..")[1]}`;
  const lastYear = `${shiftPeriodKey(`${start}..${end}`, months - 12)!.split("..")[0]}..${end}`;
  return { ...levelsAt(stated, lastYear, firstYear, context), years: months / 12 - 1 };
}

/** Whether two numeric facts state the same value the same way, so their intervals are equal. */
function sameValue(a: Fact, b: Fact): boolean {
  if (a.qualifier !== b.qualifier || a.unit !== b.unit || a.parsed.kind !== "number" || b.parsed.kind !== "number") return false;
  const x = a.parsed;
  const y = b.parsed;
  return sameExact(x.value, y.value) && sameExact(x.halfStep, y.halfStep) && (x.high === undefined ? y.high === undefined : y.high !== undefined && sameExact(x.high, y.high));
}

function sameExact(a: Exact, b: Exact): boolean {
  return a === b || (a.n === b.n && a.e === b.e);
}

/** The previous levels in one unit, filtered once per unit (a list of all one unit is itself). */
const previousInUnit = new WeakMap<Levels, Map<string, readonly Fact[]>>();

/** The pair of levels this fact is checked against: its own source's where it states them. */
function choose(levels: Levels, stated: Fact, context: RuleContext): [Fact, Fact] | undefined {
  const current = chooseOperand(levels.current, stated.sourceId, context.sources);
  if (!current) return undefined;
  let byUnit = previousInUnit.get(levels);
  if (!byUnit) previousInUnit.set(levels, (byUnit = new Map()));
  let sameUnit = byUnit.get(current.unit);
  if (!sameUnit) {
    sameUnit = levels.previous.every((fact) => fact.unit === current.unit) ? levels.previous : levels.previous.filter((fact) => fact.unit === current.unit);
    byUnit.set(current.unit, sameUnit);
  }
  const previous = chooseOperand(sameUnit, stated.sourceId, context.sources);
  return previous ? [current, previous] : undefined;
}

function checkChange(identity: string, stated: Fact, found: [Fact, Fact] | undefined, context: RuleContext): RuleFinding | undefined {
  if (!found) return undefined;
  const [current, previous] = found;
  const computed = computedChange(stated.measure, stated.unit, current, previous, context);
  if (!computed) return undefined;
  const statedInterval = context.rationalIntervalOf(stated);
  if (intervalsOverlap(computed, statedInterval)) return undefined;
  const formula = stated.measure === "yoy" || stated.measure === "qoq" ? `${operand(current)} / ${operand(previous)} − 1` : `${operand(current)} − ${operand(previous)}`;
  return violation(identity, stated, [current, previous], `${formula} = ${inStatedTerms(computed, stated)}`, statedInterval);
}

/** Every source quoting a growth rate is checked against the same pair of levels: compute each pair once. */
const computedChanges = new WeakMap<RuleContext, Map<string, RationalInterval | null>>();

function computedChange(measure: string, unit: string, current: Fact, previous: Fact, context: RuleContext): RationalInterval | undefined {
  let cache = computedChanges.get(context);
  if (!cache) computedChanges.set(context, (cache = new Map()));
  const key = `${measure}|${unit}|${current.index}|${previous.index}`;
  const known = cache.get(key);
  if (known !== undefined) return known ?? undefined;
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
  cache.set(key, computed ?? null);
  return computed;
}

/** (1 + c)^years = end / start, compared without roots: c's bounds raised to the power, against the ratio. */
function checkCagr(identity: string, stated: Fact, levels: Levels, found: [Fact, Fact] | undefined, context: RuleContext): RuleFinding | undefined {
  if (!found || levels.years === undefined) return undefined;
  const [last, first] = found;
  const years = levels.years;
  const base = context.rationalIntervalOf(first);
  // As for yoy: growth from a level that may be zero or negative (a loss) has no rate to check.
  if (!base.low || compare(base.low, rational(0n)) <= 0) return undefined;
  const ratio = divideIntervals(context.rationalIntervalOf(last), base);
  const rate = context.rationalIntervalOf(stated);
  if (!ratio || !rate.low || !rate.high) return undefined;
  const grow = (percent: Rational) => power(multiply({ n: percent.n + percent.d * 100n, d: percent.d }, rational(1n, 100n)), years);
  const implied: RationalInterval = { low: grow(rate.low), high: grow(rate.high) };
  if (intervalsOverlap(ratio, implied)) return undefined;
  const growth = `${operand(last)} / ${operand(first)} = ${formatRationalInterval(ratio)}× over ${years} years, while (1 + rate)^${years} spans ${formatRationalInterval(implied)}×`;
  return violation(identity, stated, [last, first], growth, rate);
}

function violation(identity: string, stated: Fact, operands: Fact[], arithmetic: string, statedInterval: RationalInterval): RuleFinding {
  return identityFinding(identity, factKeyOf(stated), [stated, ...operands], `${arithmetic}, but ${stated.sourceId} states ${writtenForm(stated)} ${inStatedTerms(statedInterval, stated)}: inconsistent.`);
}
