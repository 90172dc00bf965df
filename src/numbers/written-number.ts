// Parsing numbers as sources write them ("1,271", "1270.83", "-27") and the scale words around them
// (万, 亿, 万亿, billion, ...). Precision follows XBRL: the last written digit fixes the rounding
// interval, so "213" 亿 stands for [212.5, 213.5) 亿 and "213.17" 亿 for [213.165, 213.175) 亿.
import { exact, exactToString, multiplyExact, scaleExact, type Exact } from "./exact.js";

/** Powers of ten of each scale word. */
const SCALES: Readonly<Record<string, number>> = {
  万: 4,
  萬: 4,
  亿: 8,
  億: 8,
  万亿: 12,
  萬億: 12,
  兆: 12,
  千: 3,
  百万: 6,
  百萬: 6,
  thousand: 3,
  lakh: 5,
  crore: 7,
  "lakh crore": 12,
  million: 6,
  billion: 9,
  trillion: 12,
};

/** Longer than any figure a source writes; keeps a 200,000-digit "value" from costing anything. */
const MAX_DIGITS = 40;
/** Digits grouped in thousands (2,450,000), in the Indian way (24,50,000: lakh and crore), or not at all. */
const WRITTEN_NUMBER = /^(-)?(\d{1,3}(?:,\d{3})+|\d{1,2}(?:,\d{2})+,\d{3}|\d+)(?:\.(\d+))?$/;

interface WrittenNumber {
  /** The exact value, scale not applied: "1,270.83" → 127083 × 10^-2. */
  value: Exact;
  /** Digits after the decimal point as written ("35.0" → 1). */
  decimals: number;
}

/** Parses a decimal string as written; returns undefined when it is not one. */
export function parseWrittenNumber(text: string): WrittenNumber | undefined {
  if (text.length > MAX_DIGITS * 2) return undefined;
  const match = WRITTEN_NUMBER.exec(text);
  if (!match) return undefined;
  const [, sign, integer, fraction = ""] = match;
  const digits = `${integer!.replaceAll(",", "")}${fraction}`;
  if (digits.length > MAX_DIGITS) return undefined;
  const n = BigInt(digits);
  return { value: exact(sign ? -n : n, -fraction.length), decimals: fraction.length };
}

/** The power of ten of a scale word; 0 for no scale, undefined for a word we do not know. */
export function scaleExponent(scale: string | undefined): number | undefined {
  return scale === undefined ? 0 : SCALES[scale];
}

/** Writes an exact value in plain decimal notation, as base-unit values appear in output ("11500000000"). */
export function formatExact(value: Exact): string {
  return exactToString(value);
}

/**
 * Facts share the few distinct half-steps: 0.5 × 10^(scale − decimals). Keyed by that exponent only,
 * which a value of at most 40 digits and the known scale words keep to a few dozen: constants, the same
 * in every run, so the table stays for the process.
 */
const HALF_STEPS = new Map<number, Exact>();

/** Half the last written digit's step, in base units ("213" 亿 → 0.5 亿); with a precision given (增长1.3倍: tens), half of it. */
export function halfStepOf(decimals: number, exponent: number, precision?: Exact): Exact {
  if (precision !== undefined) return scaleExact(multiplyExact(precision, exact(5n)), exponent - 1);
  const place = exponent - decimals - 1;
  let half = HALF_STEPS.get(place);
  if (!half) HALF_STEPS.set(place, (half = exact(5n, place)));
  return half;
}
