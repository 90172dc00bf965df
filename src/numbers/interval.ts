// Intervals over exact decimals, possibly unbounded on one side. A fact's interval is what its written
// precision and qualifier allow; two facts agree when their intervals overlap.
import type { NumericValue, Qualifier } from "../model/types.js";
import { absExact, addExact, compareExact, exactToString, multiplyExact, scaleExact, subtractExact, type Exact } from "./exact.js";
import { parseWrittenNumber } from "./written-number.js";

export interface Interval {
  /** Undefined means unbounded below. */
  low?: Exact;
  /** Undefined means unbounded above. */
  high?: Exact;
}

export interface IntervalOptions {
  /** Relative half-width added for `about` (约, 近, 左右): 0.05 means ±5 %. */
  aboutTolerance: Exact;
}

export const DEFAULT_INTERVAL_OPTIONS: IntervalOptions = { aboutTolerance: parseWrittenNumber("0.05")!.value };

/** The interval a numeric fact allows, from its rounding and its qualifier. */
export function intervalOf(value: NumericValue, qualifier: Qualifier, options: IntervalOptions = DEFAULT_INTERVAL_OPTIONS): Interval {
  const low = value.value;
  const high = value.high ?? value.value;
  switch (qualifier) {
    case "exact":
      return { low: subtractExact(low, value.halfStep), high: addExact(high, value.halfStep) };
    case "about": {
      const slackLow = addExact(value.halfStep, multiplyExact(absExact(low), options.aboutTolerance));
      const slackHigh = addExact(value.halfStep, multiplyExact(absExact(high), options.aboutTolerance));
      return { low: subtractExact(low, slackLow), high: addExact(high, slackHigh) };
    }
    // Qualifiers bound the size of a figure: "more than 1 GW" is anything from 1 GW up, and a fall of
    // "more than 10%" (written -10) is anything from -10% down. The writer's rounding does not bound them.
    case "more_than":
    case "at_least":
      return low.n < 0n ? { high: low } : { low };
    case "up_to":
    case "less_than":
      return high.n < 0n ? { low: high } : { high };
  }
}

/**
 * Whether two intervals share more than a boundary point. Rounding intervals are half-open ("22" is
 * [21.5, 22.5) and "23" is [22.5, 23.5): 22.5 rounds to 23), so 22% and 23% do not agree.
 */
export function overlaps(a: Interval, b: Interval): boolean {
  if (a.high !== undefined && b.low !== undefined && compareExact(a.high, b.low) <= 0) return false;
  if (b.high !== undefined && a.low !== undefined && compareExact(b.high, a.low) <= 0) return false;
  return true;
}

/** Renders `[212.5, 213.5)` (rounding intervals are half-open), `[1, ∞)` or `(−∞, 1850]`, divided by 10^exponent. */
export function formatInterval(interval: Interval, exponent = 0): string {
  const show = (bound: Exact) => exactToString(scaleExact(bound, -exponent));
  const low = interval.low === undefined ? "(−∞" : `[${show(interval.low)}`;
  const high = interval.high === undefined ? "∞)" : `${show(interval.high)}${interval.low === undefined ? "]" : ")"}`;
  return `${low}, ${high}`;
}
