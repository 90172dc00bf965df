// A refiner run after every figure is bound: parts cannot be more than their whole. A results story
// sets its parts out one after another (a list of products, a paragraph per segment) after giving the
// company's totals for more than one period (前三季度营收28.64亿元 … 三季度营收10.95亿元), and the parts do
// not always say which period they are of. Where parts listed together add up to the total of exactly
// one of the story's periods, they are of that period; where a part is more than the total of the
// period it was given, it is of the one period, among those containing it, whose total holds the parts.
// Amounts are compared as exact intervals (each written figure's rounding), never as floats.
import { addExact, compareExact, exact, scaleExact, type Exact } from "../numbers/exact.js";
import { intervalOf, type Interval } from "../numbers/interval.js";
import { halfStepOf, parseWrittenNumber, scaleExponent } from "../numbers/written-number.js";
import type { Context } from "./context.js";
import type { BoundFigure } from "./comparands.js";
import type { ProposedFact } from "./proposed-fact.js";

/** Lines from one part to the next in one run: a list's next item, or the next paragraph after a blank line. */
const MAX_LINE_GAP = 2;
/** More parts than any breakdown lists: a longer run (a text without line breaks) is no list of parts, and is not read. */
const MAX_PARTS = 40;

interface Amount {
  fact: ProposedFact;
  interval: Interval;
}

/** A fact's amount as an exact interval in base units; undefined for a range, a percent or what does not parse. */
function amountOf(fact: ProposedFact): Interval | undefined {
  if (fact.valueHigh !== undefined || fact.precision !== undefined || fact.unit === "percent") return undefined;
  const written = parseWrittenNumber(fact.value);
  const exponent = scaleExponent(fact.scale);
  if (!written || exponent === undefined || written.value.n <= 0n) return undefined;
  return intervalOf({ kind: "number", value: scaleExact(written.value, exponent), halfStep: halfStepOf(written.decimals, exponent) }, fact.qualifier);
}

/** Which facts are comparable as part and whole: one company's one metric on one basis (a run of parts in several currencies is summed by none). */
function wholeKey(fact: ProposedFact): string {
  return `${fact.entity}|${fact.metric}|${fact.basis}`;
}

/** Results only: a forecast's or an estimate's parts are not set out against a reported total. */
function isResultLevel(fact: ProposedFact): boolean {
  return fact.measure === "level" && (fact.basis === "reported" || fact.basis === "non_gaap") && fact.of === undefined;
}

/**
 * Moves the parts of each run whose periods the totals contradict, with the facts stated beside each
 * part for the same period (its growth in brackets: "收入63.8亿元（+2.4%）").
 */
export function takeWholesPeriods(context: Context, bound: readonly BoundFigure[]): void {
  const wholes = new Map<string, Amount[]>();
  const parts = new Map<string, Amount[]>();
  for (const { fact } of bound) {
    if (!isResultLevel(fact)) continue;
    const interval = amountOf(fact);
    if (!interval) continue;
    const into = fact.segment === "total" ? wholes : parts;
    const key = wholeKey(fact);
    let list = into.get(key);
    if (!list) into.set(key, (list = []));
    list.push({ fact, interval });
  }
  // (The facts of each line, for moving a part's companions: looked up by line, not searched for.)
  const byLine = new Map<number, ProposedFact[]>();
  for (const { fact } of bound) {
    let onLine = byLine.get(fact.line);
    if (!onLine) byLine.set(fact.line, (onLine = []));
    onLine.push(fact);
  }
  for (const [key, listed] of parts) {
    const totals = wholes.get(key);
    if (!totals) continue;
    // (The key's totals by unit and period, made once for all its runs: a long text states a total
    // thousands of times, and filtering them all for each run grew with the square of the text.)
    const byUnit = new Map<string, Map<string, PeriodTotals>>();
    const totalsIn = (unit: string) => {
      let byPeriod = byUnit.get(unit);
      if (!byPeriod) byUnit.set(unit, (byPeriod = periodTotals(totals.filter((total) => total.fact.unit === unit))));
      return byPeriod;
    };
    for (const run of runsOf(listed)) if (run.length <= MAX_PARTS) moveRun(context, byLine, run, totalsIn);
  }
}

/**
 * One period's statements of a total: their intervals by low bound (an unbounded one first) and the
 * highest high bound up to each, so whether any overlaps an interval is a halving, not a reading of
 * them all.
 */
interface PeriodTotals {
  byLow: Interval[];
  /** The highest high bound among byLow[0..k]; undefined once one of them is unbounded above. */
  highestUpTo: (Exact | undefined)[];
  /** The highest high bound among those that have one; undefined when none has. */
  highestBounded: Exact | undefined;
}

function periodTotals(totals: readonly Amount[]): Map<string, PeriodTotals> {
  const intervals = new Map<string, Interval[]>();
  for (const total of totals) {
    let list = intervals.get(total.fact.period);
    if (!list) intervals.set(total.fact.period, (list = []));
    list.push(total.interval);
  }
  const byPeriod = new Map<string, PeriodTotals>();
  for (const [period, list] of intervals) {
    const byLow = list.sort((a, b) => (a.low === undefined ? (b.low === undefined ? 0 : -1) : b.low === undefined ? 1 : compareExact(a.low, b.low)));
    const highestUpTo: (Exact | undefined)[] = [];
    let highestBounded: Exact | undefined;
    let unbounded = false;
    for (const interval of byLow) {
      if (interval.high === undefined) unbounded = true;
      else if (highestBounded === undefined || compareExact(interval.high, highestBounded) > 0) highestBounded = interval.high;
      highestUpTo.push(unbounded ? undefined : highestBounded);
    }
    byPeriod.set(period, { byLow, highestUpTo, highestBounded });
  }
  return byPeriod;
}

/** Whether any of the period's statements overlaps `interval` (bounded both ways), as interval.ts's `overlaps` says: sharing more than a boundary point. */
function anyOverlaps(totals: PeriodTotals, interval: Required<Interval>): boolean {
  // (Those whose low bound is below the interval's high bound come first; one of them overlaps when the
  // highest of their high bounds is above the interval's low bound.)
  let low = 0;
  let high = totals.byLow.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    const bound = totals.byLow[middle]!.low;
    if (bound === undefined || compareExact(bound, interval.high) < 0) low = middle + 1;
    else high = middle;
  }
  if (low === 0) return false;
  const highest = totals.highestUpTo[low - 1];
  return highest === undefined || compareExact(highest, interval.low) > 0;
}

/** Parts set out one after another: a new run where a line gap is wider than a list's or a paragraph's; a segment named again in a run is no new part of it. */
function runsOf(listed: readonly Amount[]): Amount[][] {
  const runs: Amount[][] = [];
  let run: Amount[] = [];
  let segments = new Set<string>();
  let lastLine = -Infinity;
  for (const amount of listed) {
    if (amount.fact.line - lastLine > MAX_LINE_GAP && run.length > 0) {
      runs.push(run);
      run = [];
      segments = new Set();
    }
    lastLine = amount.fact.line;
    if (segments.has(amount.fact.segment)) continue;
    segments.add(amount.fact.segment);
    run.push(amount);
  }
  if (run.length > 0) runs.push(run);
  return runs;
}

function sumOf(amounts: readonly Amount[]): Required<Interval> | undefined {
  let low: Exact = exact(0n);
  let high: Exact = exact(0n);
  for (const { interval } of amounts) {
    if (interval.low === undefined || interval.high === undefined) return undefined;
    low = addExact(low, interval.low);
    high = addExact(high, interval.high);
  }
  return { low, high };
}

/** The periods whose total (any of the story's statements of it) the interval agrees with. */
function periodsMatching(totals: ReadonlyMap<string, PeriodTotals>, interval: Required<Interval>): Set<string> {
  const periods = new Set<string>();
  for (const [period, statements] of totals) if (anyOverlaps(statements, interval)) periods.add(period);
  return periods;
}

function moveRun(context: Context, byLine: ReadonlyMap<number, ProposedFact[]>, run: readonly Amount[], totalsIn: (unit: string) => ReadonlyMap<string, PeriodTotals>): void {
  const unit = run[0]!.fact.unit;
  if (run.some((part) => part.fact.unit !== unit)) return;
  const totals = totalsIn(unit);
  // Parts that add up to one period's total are of that period (two parts at least: one alone may be
  // the whole again), where that period holds the ones moved: parts are not moved onto a base a total
  // was compared with a year back ("from C$1.23 billion a year earlier"), whatever they add up to.
  if (run.length >= 2) {
    const sum = sumOf(run);
    const matching = sum ? periodsMatching(totals, sum) : new Set<string>();
    if (matching.size === 1) {
      const [period] = matching as Set<string> & { size: 1 };
      const moved = run.filter((part) => part.fact.period !== period);
      if (moved.every((part) => contains(context, part.fact.entity, period!, part.fact.period))) for (const part of moved) movePart(byLine, part.fact, period!);
      return;
    }
  }
  // A part more than every statement of its period's total is not of that period.
  // (Every total of the key is the parts' company's: the key holds the company.)
  const entity = run[0]!.fact.entity;
  const periods = new Set(run.map((part) => part.fact.period));
  for (const period of periods) {
    const given = totals.get(period);
    if (!given) continue;
    const onPeriod = run.filter((part) => part.fact.period === period);
    // (More than every statement: at or above the highest, none of them unbounded.)
    const highest = given.highestUpTo[given.highestUpTo.length - 1];
    const tooBig = highest !== undefined && onPeriod.some((part) => part.interval.low !== undefined && compareExact(part.interval.low, highest) >= 0);
    if (!tooBig) continue;
    const sum = sumOf(onPeriod);
    if (!sum?.low) continue;
    const holding = new Set([...totals].filter(([other, statements]) => other !== period && contains(context, entity, other, period) && statements.highestBounded !== undefined && compareExact(sum.low, statements.highestBounded) < 0).map(([other]) => other));
    if (holding.size !== 1) continue;
    const [to] = holding;
    for (const part of onPeriod) movePart(byLine, part.fact, to!);
  }
}

/** Whether `outerLabel` covers every day of `period` in the company's calendar (nine months hold their third quarter). */
function contains(context: Context, entity: string, outerLabel: string, period: string): boolean {
  const calendar = context.taxonomy.entities.get(entity)?.fiscalYearEnd;
  const outer = context.readPeriod(outerLabel, calendar);
  const inner = context.readPeriod(period, calendar);
  if (!outer.ok || !inner.ok) return false;
  const { start: a, end: b } = outer.period;
  const { start: c, end: d } = inner.period;
  return a !== undefined && b !== undefined && c !== undefined && d !== undefined && a <= c && d <= b;
}

/** Sets a part's period, and that of every fact stated on its line for the same part and period. */
function movePart(byLine: ReadonlyMap<number, ProposedFact[]>, part: ProposedFact, period: string): void {
  const from = part.period;
  for (const fact of byLine.get(part.line) ?? []) {
    if (fact.entity === part.entity && fact.segment === part.segment && fact.metric === part.metric && fact.period === from) fact.period = period;
  }
}
