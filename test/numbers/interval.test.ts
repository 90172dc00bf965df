import { describe, expect, it } from "vitest";
import { formatInterval, intervalOf, overlaps } from "../../src/numbers/interval.js";
import type { NumericValue, Qualifier } from "../../src/model/types.js";
import { exact, scaleExact } from "../../src/numbers/exact.js";
import { parseWrittenNumber, scaleExponent } from "../../src/numbers/written-number.js";

/** A numeric value as the loader builds it: base units, half the last written digit's place. */
function value(text: string, scale?: string, high?: string): NumericValue {
  const low = parseWrittenNumber(text)!;
  const top = high === undefined ? undefined : parseWrittenNumber(high)!;
  const exponent = scaleExponent(scale)!;
  return {
    kind: "number",
    value: scaleExact(low.value, exponent),
    ...(top ? { high: scaleExact(top.value, exponent) } : {}),
    halfStep: exact(5n, exponent - Math.max(low.decimals, top?.decimals ?? 0) - 1),
  };
}

const agree = (a: NumericValue, qa: Qualifier, b: NumericValue, qb: Qualifier) => overlaps(intervalOf(a, qa), intervalOf(b, qb));
const 亿 = 8;

describe("intervalOf", () => {
  // Rounding intervals are half-open ("22" is [21.5, 22.5): 22.5 rounds to 23); bounds from qualifiers are closed.
  it("rounds by the last written digit", () => {
    expect(formatInterval(intervalOf(value("213", "亿"), "exact"), 亿)).toBe("[212.5, 213.5)");
    expect(formatInterval(intervalOf(value("213.17", "亿"), "exact"), 亿)).toBe("[213.165, 213.175)");
  });

  it("widens ranges by their own rounding", () => {
    expect(formatInterval(intervalOf(value("1,735", "億", "1,785"), "exact"), 亿)).toBe("[1734.5, 1785.5)");
  });

  it("opens one side for more than / up to, by the size of the figure", () => {
    expect(formatInterval(intervalOf(value("1", undefined), "more_than"))).toBe("[1, ∞)");
    expect(formatInterval(intervalOf(value("-10", undefined), "more_than"))).toBe("(−∞, -10]");
    expect(formatInterval(intervalOf(value("1850", "亿"), "up_to"), 亿)).toBe("(−∞, 1850]");
  });

  it("gives about a relative tolerance", () => {
    expect(formatInterval(intervalOf(value("2000", "亿"), "about"), 亿)).toBe("[1899.5, 2100.5)");
  });
});

describe("overlaps", () => {
  it.each([
    ["213亿 vs 213.17亿", value("213", "亿"), "exact", value("213.17", "亿"), "exact", true],
    ["115亿 vs 93亿", value("115", "亿"), "exact", value("93", "亿"), "exact", false],
    ["more than 1 GW vs 1.2 GW", value("1", undefined), "more_than", value("1.2", undefined), "exact", true],
    ["more than 5bn vs 4.9bn", value("5", "billion"), "more_than", value("4.9", "billion"), "exact", false],
    ["22% vs 23%", value("22"), "exact", value("23"), "exact", false],
    ["约2000亿 vs 1950亿", value("2000", "亿"), "about", value("1950", "亿"), "exact", true],
    ["1310亿 vs 131,819 million", value("1310", "亿"), "exact", value("131,819", "million"), "exact", false],
    ["guided 1,735–1,785 vs 1,760", value("1,735", "亿", "1,785"), "exact", value("1,760", "亿"), "exact", true],
  ] as const)("%s → %s", (_name, a, qa, b, qb, expected) => {
    expect(agree(a, qa, b, qb)).toBe(expected);
    expect(agree(b, qb, a, qa)).toBe(expected);
  });
});
