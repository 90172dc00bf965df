// Exact rationals and intervals over them, for arithmetic across facts (margins, growth, sums).
// Division keeps results exact; they are rounded only when written out for people, and then outward,
// so a displayed interval always contains the exact one.
import { type Exact, pow10 } from "./exact.js";

export interface Rational {
  readonly n: bigint;
  /** Always positive. */
  readonly d: bigint;
}

export function rational(n: bigint, d = 1n): Rational {
  if (d === 0n) throw new RangeError("division by zero");
  return d < 0n ? { n: -n, d: -d } : { n, d };
}

export function fromExact(value: Exact): Rational {
  return value.e >= 0 ? { n: value.n * pow10(value.e), d: 1n } : { n: value.n, d: pow10(-value.e) };
}

export const add = (a: Rational, b: Rational): Rational => ({ n: a.n * b.d + b.n * a.d, d: a.d * b.d });
export const subtract = (a: Rational, b: Rational): Rational => ({ n: a.n * b.d - b.n * a.d, d: a.d * b.d });
export const multiply = (a: Rational, b: Rational): Rational => ({ n: a.n * b.n, d: a.d * b.d });
export const divide = (a: Rational, b: Rational): Rational => rational(a.n * b.d, a.d * b.n);

export function compare(a: Rational, b: Rational): number {
  const left = a.n * b.d;
  const right = b.n * a.d;
  return left < right ? -1 : left > right ? 1 : 0;
}

export function power(a: Rational, exponent: number): Rational {
  let result: Rational = { n: 1n, d: 1n };
  for (let i = 0; i < exponent; i++) result = multiply(result, a);
  return result;
}

/** Written with at most `decimals` digits after the point, rounded away from the interval's inside. */
export function formatRational(value: Rational, decimals: number, direction: "down" | "up" | "nearest" = "nearest"): string {
  const scale = pow10(decimals);
  const scaled = value.n * scale;
  let quotient = scaled / value.d;
  const remainder = scaled % value.d;
  if (remainder !== 0n) {
    const negative = scaled < 0n;
    if (direction === "down" && negative) quotient -= 1n;
    else if (direction === "up" && !negative) quotient += 1n;
    else if (direction === "nearest") {
      const twice = (remainder < 0n ? -remainder : remainder) * 2n;
      if (twice >= value.d) quotient += negative ? -1n : 1n;
    }
  }
  const negative = quotient < 0n;
  let digits = (negative ? -quotient : quotient).toString().padStart(decimals + 1, "0");
  if (decimals > 0) digits = `${digits.slice(0, -decimals)}.${digits.slice(-decimals)}`.replace(/\.?0+$/, "");
  return negative && digits !== "0" ? `-${digits}` : digits;
}

/** A closed interval; an undefined side is unbounded. */
export interface RationalInterval {
  low?: Rational;
  high?: Rational;
}

export function intervalFromExact(interval: { low?: Exact; high?: Exact }): RationalInterval {
  return { ...(interval.low ? { low: fromExact(interval.low) } : {}), ...(interval.high ? { high: fromExact(interval.high) } : {}) };
}

export function addIntervals(a: RationalInterval, b: RationalInterval): RationalInterval {
  return {
    ...(a.low && b.low ? { low: add(a.low, b.low) } : {}),
    ...(a.high && b.high ? { high: add(a.high, b.high) } : {}),
  };
}

export function subtractIntervals(a: RationalInterval, b: RationalInterval): RationalInterval {
  return {
    ...(a.low && b.high ? { low: subtract(a.low, b.high) } : {}),
    ...(a.high && b.low ? { high: subtract(a.high, b.low) } : {}),
  };
}

/** Scales an interval by a positive constant. */
export function scaleInterval(a: RationalInterval, factor: Rational): RationalInterval {
  return { ...(a.low ? { low: multiply(a.low, factor) } : {}), ...(a.high ? { high: multiply(a.high, factor) } : {}) };
}

function extremes(candidates: Rational[]): RationalInterval {
  let low = candidates[0]!;
  let high = candidates[0]!;
  for (const candidate of candidates) {
    if (compare(candidate, low) < 0) low = candidate;
    if (compare(candidate, high) > 0) high = candidate;
  }
  return { low, high };
}

/** Product of two bounded intervals; undefined when either side is unbounded (nothing can be said). */
export function multiplyIntervals(a: RationalInterval, b: RationalInterval): RationalInterval | undefined {
  if (!a.low || !a.high || !b.low || !b.high) return undefined;
  return extremes([multiply(a.low, b.low), multiply(a.low, b.high), multiply(a.high, b.low), multiply(a.high, b.high)]);
}

/** Quotient of two bounded intervals; undefined when unbounded or when the divisor may be zero. */
export function divideIntervals(a: RationalInterval, b: RationalInterval): RationalInterval | undefined {
  if (!a.low || !a.high || !b.low || !b.high) return undefined;
  if (compare(b.low, { n: 0n, d: 1n }) <= 0 && compare(b.high, { n: 0n, d: 1n }) >= 0) return undefined;
  return extremes([divide(a.low, b.low), divide(a.low, b.high), divide(a.high, b.low), divide(a.high, b.high)]);
}

/** Whether two intervals share more than a boundary point (the same rule as for rounding intervals). */
export function intervalsOverlap(a: RationalInterval, b: RationalInterval): boolean {
  if (a.high && b.low && compare(a.high, b.low) <= 0) return false;
  if (b.high && a.low && compare(b.high, a.low) <= 0) return false;
  return true;
}

/** "[226.5, 229.5]" in units of 10^exponent, rounded outward to `decimals` places. */
export function formatRationalInterval(interval: RationalInterval, exponent = 0, decimals = 4): string {
  const unit = exponent >= 0 ? { n: pow10(exponent), d: 1n } : { n: 1n, d: pow10(-exponent) };
  const low = interval.low ? formatRational(divide(interval.low, unit), decimals, "down") : "−∞";
  const high = interval.high ? formatRational(divide(interval.high, unit), decimals, "up") : "∞";
  return `[${low}, ${high}]`;
}
