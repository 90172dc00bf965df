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

export function overlaps(a: Interval, b: Interval): boolean {
  if (a.high !== undefined && b.low !== undefined && a.high.lessThan(b.low)) return false;
  if (b.high !== undefined && a.low !== undefined && b.high.lessThan(a.low)) return false;
  return true;
}

/** Renders `[212.5, 213.5]`, with ∞ for an open side, in the given divisor (e.g. 1e8 for 亿). */
export function formatInterval(interval: Interval, divisor: Decimal = new Decimal(1)): string {
  const side = (bound: Decimal | undefined, infinity: string) =>
    bound === undefined ? infinity : bound.div(divisor).toFixed();
  return `[${side(interval.low, "−∞")}, ${side(interval.high, "∞")}]`;
}
