// Parsing numbers as sources write them ("1,271", "1270.83", "-27") and the scale words around them
// (万, 亿, 万亿, billion, ...). Precision follows XBRL: the last written digit fixes the rounding
// interval, so "213" 亿 stands for [212.5, 213.5] 亿 and "213.17" 亿 for [213.165, 213.175] 亿.
import { Decimal } from "decimal.js";

/** Enough digits that no product of a written value and a scale is ever rounded. */
Decimal.set({ precision: 200, rounding: Decimal.ROUND_HALF_EVEN, toExpNeg: -100, toExpPos: 100 });

const SCALES: Readonly<Record<string, string>> = {
  万: "1e4",
  萬: "1e4",
  亿: "1e8",
  億: "1e8",
  万亿: "1e12",
  萬億: "1e12",
  thousand: "1e3",
  million: "1e6",
  billion: "1e9",
  trillion: "1e12",
};

export const SCALE_WORDS: readonly string[] = Object.keys(SCALES);

const WRITTEN_NUMBER = /^(-)?(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?$/;

export interface WrittenNumber {
  /** The exact value, scale not applied. */
  value: Decimal;
  /** Digits after the decimal point as written ("35.0" → 1). */
  decimals: number;
}

/** Parses a decimal string as written; returns undefined when it is not one. */
export function parseWrittenNumber(text: string): WrittenNumber | undefined {
  const match = WRITTEN_NUMBER.exec(text);
  if (!match) return undefined;
  const [, sign, integer, fraction] = match;
  const digits = `${sign ?? ""}${integer!.replaceAll(",", "")}${fraction ? `.${fraction}` : ""}`;
  return { value: new Decimal(digits), decimals: fraction?.length ?? 0 };
}

const ONE = new Decimal(1);
const MULTIPLIERS = new Map(Object.entries(SCALES).map(([word, exponent]) => [word, new Decimal(exponent)]));

/** The multiplier of a scale word; 1 for no scale, undefined for a word we do not know. */
export function scaleMultiplier(scale: string | undefined): Decimal | undefined {
  return scale === undefined ? ONE : MULTIPLIERS.get(scale);
}

/** Decimal values are immutable, so the few distinct half-places can be shared by every fact. */
const halfPlaces = new Map<string, Decimal>();

/** Half the place value of the last written digit, scaled: "115" 亿 → 0.5e8, "1.95" → 0.005. */
export function halfUlp(decimals: number, multiplier: Decimal, precision?: Decimal): Decimal {
  if (precision !== undefined) return precision.times(multiplier).div(2);
  const cacheKey = `${decimals}|${multiplier.toString()}`;
  let half = halfPlaces.get(cacheKey);
  if (!half) {
    half = new Decimal(10).pow(-decimals).times(multiplier).div(2);
    if (halfPlaces.size < 10_000) halfPlaces.set(cacheKey, half);
  }
  return half;
}

/** Writes a Decimal without exponent, as base-unit values appear in output ("11500000000"). */
export function formatDecimal(value: Decimal): string {
  return value.toFixed();
}
