// Closed intervals over exact decimals, possibly unbounded on one side. A fact's interval is what its
// written precision and qualifier allow; two facts agree when their intervals overlap.
import { Decimal } from "decimal.js";
import type { NumericValue, Qualifier } from "../model/types.js";

export interface Interval {
  /** Undefined means unbounded below. */
  low?: Decimal;
  /** Undefined means unbounded above. */
  high?: Decimal;
}

export interface IntervalOptions {
  /** Relative half-width added for `about` (约, 近, 左右): 0.05 means ±5 %. */
  aboutTolerance: Decimal;
}

export const DEFAULT_INTERVAL_OPTIONS: IntervalOptions = { aboutTolerance: new Decimal("0.05") };

/** The interval a numeric fact allows, from its rounding and its qualifier. */
export function intervalOf(
  value: NumericValue,
  qualifier: Qualifier,
  options: IntervalOptions = DEFAULT_INTERVAL_OPTIONS,
): Interval {
  const low = value.value;
  const high = value.high ?? value.value;
  const rounded: Interval = { low: low.minus(value.halfUlp), high: high.plus(value.halfUlp) };
  switch (qualifier) {
    case "exact":
      return rounded;
    case "about": {
      const slackLow = low.abs().times(options.aboutTolerance);
      const slackHigh = high.abs().times(options.aboutTolerance);
      return { low: rounded.low!.minus(slackLow), high: rounded.high!.plus(slackHigh) };
    }
    // Qualifiers bound the size of a figure: "more than 1 GW" is anything from 1 GW up, and a fall of
    // "more than 10%" (written -10) is anything from -10% down. The writer's rounding does not bound them.
    case "more_than":
    case "at_least":
      return low.isNegative() ? { high: low } : { low };
    case "up_to":
    case "less_than":
      return high.isNegative() ? { low: high } : { high };
  }
}

/**
 * Whether two intervals share more than a boundary point. Rounding intervals are half-open ("22" is
 * [21.5, 22.5) and "23" is [22.5, 23.5): 22.5 rounds to 23), so 22% and 23% do not agree.
 */
export function overlaps(a: Interval, b: Interval): boolean {
  if (a.high !== undefined && b.low !== undefined && a.high.lessThanOrEqualTo(b.low)) return false;
  if (b.high !== undefined && a.low !== undefined && b.high.lessThanOrEqualTo(a.low)) return false;
  return true;
}

/** Renders `[212.5, 213.5)` (rounding intervals are half-open), `[1, ∞)` or `(−∞, 1850]` in the given divisor. */
export function formatInterval(interval: Interval, divisor: Decimal = new Decimal(1)): string {
  const low = interval.low === undefined ? "(−∞" : `[${interval.low.div(divisor).toFixed()}`;
  const high = interval.high === undefined ? "∞)" : `${interval.high.div(divisor).toFixed()}${interval.low === undefined ? "]" : ")"}`;
  return `${low}, ${high}`;
}
