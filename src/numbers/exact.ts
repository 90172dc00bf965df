// Exact decimal numbers as an integer and a power of ten (value = n × 10^e), on JavaScript's BigInt.
// Every value a source writes is such a number, and so is every rounding bound, so comparisons are
// exact integer arithmetic: no binary floating point, and no per-digit objects on the hot path.

export interface Exact {
  readonly n: bigint;
  readonly e: number;
}

const POWERS: bigint[] = [1n];

/**
 * 10^k for k ≥ 0, cached: alignments reuse a handful of exponents. Constants, the same in every run, up
 * to the widest gap between exponents numbers can have (values of at most 40 digits, the known scale
 * words, SEC values to 20 decimals), so the table stays for the process.
 */
export function pow10(k: number): bigint {
  for (let i = POWERS.length; i <= k; i++) POWERS.push(POWERS[i - 1]! * 10n);
  return POWERS[k]!;
}

export function exact(n: bigint, e = 0): Exact {
  return { n, e };
}

/** Both integers at the smaller exponent, so they can be compared or added. */
function aligned(a: Exact, b: Exact): [bigint, bigint, number] {
  if (a.e === b.e) return [a.n, b.n, a.e];
  return a.e > b.e ? [a.n * pow10(a.e - b.e), b.n, b.e] : [a.n, b.n * pow10(b.e - a.e), a.e];
}

export function compareExact(a: Exact, b: Exact): number {
  const [x, y] = aligned(a, b);
  return x < y ? -1 : x > y ? 1 : 0;
}

export function addExact(a: Exact, b: Exact): Exact {
  const [x, y, e] = aligned(a, b);
  return { n: x + y, e };
}

export function subtractExact(a: Exact, b: Exact): Exact {
  const [x, y, e] = aligned(a, b);
  return { n: x - y, e };
}

export function multiplyExact(a: Exact, b: Exact): Exact {
  return { n: a.n * b.n, e: a.e + b.e };
}

export function absExact(a: Exact): Exact {
  return a.n < 0n ? { n: -a.n, e: a.e } : a;
}

/** a × 10^k. */
export function scaleExact(a: Exact, k: number): Exact {
  return { n: a.n, e: a.e + k };
}

/** The exponent of the leading digit: 213 → 2, 0.05 → −2; for 0, −Infinity. */
export function magnitude(a: Exact): number {
  if (a.n === 0n) return Number.NEGATIVE_INFINITY;
  const digits = (a.n < 0n ? -a.n : a.n).toString().length;
  return digits - 1 + a.e;
}

/** Plain decimal notation without exponent or trailing fractional zeros: 127083 × 10^6 → "127083000000". */
export function exactToString(a: Exact): string {
  const negative = a.n < 0n;
  let digits = (negative ? -a.n : a.n).toString();
  let text: string;
  if (a.e >= 0) text = a.n === 0n ? "0" : digits + "0".repeat(a.e);
  else {
    const places = -a.e;
    if (digits.length <= places) digits = "0".repeat(places - digits.length + 1) + digits;
    const integer = digits.slice(0, digits.length - places);
    const fraction = digits.slice(digits.length - places).replace(/0+$/, "");
    text = fraction ? `${integer}.${fraction}` : integer;
  }
  return negative && text !== "0" ? `-${text}` : text;
}
