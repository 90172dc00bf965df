import { describe, expect, it } from "vitest";
import { exact } from "../../src/numbers/exact.js";
import {
  add,
  addIntervals,
  compare,
  divide,
  divideIntervals,
  formatRational,
  formatRationalInterval,
  fromExact,
  intervalFromExact,
  intervalsOverlap,
  multiply,
  multiplyIntervals,
  power,
  rational,
  scaleInterval,
  subtract,
  subtractIntervals,
  type Rational,
  type RationalInterval,
} from "../../src/numbers/rational.js";
import { parseWrittenNumber } from "../../src/numbers/written-number.js";

/** A rational from a decimal as written: "0.1", "-27", "1,271". */
const q = (text: string): Rational => fromExact(parseWrittenNumber(text)!.value);
/** A fraction n/d. */
const f = (n: number, d = 1): Rational => rational(BigInt(n), BigInt(d));
/** A closed interval from decimals; "" leaves a side unbounded. */
const iv = (low: string, high: string): RationalInterval => ({ ...(low ? { low: q(low) } : {}), ...(high ? { high: q(high) } : {}) });
/** An interval written out exactly enough to compare (six decimals, outward). */
const show = (interval: RationalInterval | undefined) => (interval ? formatRationalInterval(interval, 0, 6) : "undefined");
const equal = (a: Rational, b: Rational) => compare(a, b) === 0;

describe("exact rationals", () => {
  it("reads exact decimals, scaled either way", () => {
    expect(fromExact(exact(115n, 8))).toEqual({ n: 11500000000n, d: 1n });
    expect(fromExact(exact(-2705n, -2))).toEqual({ n: -2705n, d: 100n });
    expect(equal(q("0.50"), f(1, 2))).toBe(true);
  });

  it("keeps the denominator positive and refuses a zero one", () => {
    expect(rational(3n, -4n)).toEqual({ n: -3n, d: 4n });
    expect(rational(-3n, -4n)).toEqual({ n: 3n, d: 4n });
    expect(() => rational(1n, 0n)).toThrow(RangeError);
  });

  const arithmetic: [name: string, result: Rational, expected: Rational][] = [
    ["0.1 + 0.2 = 0.3 exactly", add(q("0.1"), q("0.2")), q("0.3")],
    ["1/3 + 1/6 = 1/2", add(f(1, 3), f(1, 6)), f(1, 2)],
    ["-27 + 115 = 88", add(q("-27"), q("115")), q("88")],
    ["1/3 − 1/2 = −1/6", subtract(f(1, 3), f(1, 2)), f(-1, 6)],
    ["0.3 − 0.1 = 0.2", subtract(q("0.3"), q("0.1")), q("0.2")],
    ["2/3 × 3/4 = 1/2", multiply(f(2, 3), f(3, 4)), f(1, 2)],
    ["−1.5 × 4 = −6", multiply(q("-1.5"), q("4")), q("-6")],
    ["16 / 527 = 16/527", divide(q("16"), q("527")), f(16, 527)],
    ["1 / −4 = −0.25 (sign moves to the numerator)", divide(f(1), f(-4)), q("-0.25")],
    ["(1/3) / (2/3) = 1/2", divide(f(1, 3), f(2, 3)), f(1, 2)],
    ["1.1^2 = 1.21", power(q("1.1"), 2), q("1.21")],
    ["(1/2)^10 = 1/1024", power(f(1, 2), 10), f(1, 1024)],
    ["x^0 = 1", power(q("7.5"), 0), f(1)],
    ["(−2)^3 = −8", power(f(-2), 3), f(-8)],
  ];
  it.each(arithmetic.map(([name, result, expected]) => ({ name, result, expected })))("$name", ({ result, expected }) => {
    expect(compare(result, expected)).toBe(0);
  });

  it("divides by a negative or a zero", () => {
    expect(divide(f(1), f(-4)).d > 0n).toBe(true);
    expect(() => divide(f(1), f(0))).toThrow(RangeError);
  });

  it("compares without reducing fractions", () => {
    expect(compare(f(1, 3), f(2, 6))).toBe(0);
    expect(compare(f(1, 3), f(1, 2))).toBe(-1);
    expect(compare(f(-1, 2), f(-1, 3))).toBe(-1);
    expect(compare(q("0.31"), f(16, 527))).toBe(1);
    expect(compare({ n: 2n, d: 4n }, { n: 1n, d: 2n })).toBe(0);
  });
});

describe("formatRational", () => {
  const cases: [value: Rational, decimals: number, direction: "down" | "up" | "nearest", expected: string][] = [
    [f(1, 3), 4, "nearest", "0.3333"],
    [f(2, 3), 4, "nearest", "0.6667"],
    [f(1, 3), 4, "down", "0.3333"],
    [f(1, 3), 4, "up", "0.3334"],
    [f(-1, 3), 2, "down", "-0.34"],
    [f(-1, 3), 2, "up", "-0.33"],
    [f(-1, 3), 2, "nearest", "-0.33"],
    [f(-2, 3), 2, "nearest", "-0.67"],
    [f(1, 8), 2, "nearest", "0.13"], // halves round away from zero
    [f(-1, 8), 2, "nearest", "-0.13"],
    [f(1, 8), 3, "up", "0.125"], // exact: no rounding in any direction
    [f(1, 8), 3, "down", "0.125"],
    [f(-1, 1000), 2, "nearest", "0"], // no "-0"
    [f(-1, 1000), 2, "up", "0"],
    [f(-1, 1000), 2, "down", "-0.01"],
    [f(1, 1000), 2, "down", "0"],
    [f(1, 1000), 2, "up", "0.01"],
    [f(100), 2, "nearest", "100"], // trailing zeros and the point go
    [q("2.50"), 4, "nearest", "2.5"],
    [f(1, 11), 4, "up", "0.091"], // 0.0909… up is 0.0910, written 0.091
    [f(227), 0, "nearest", "227"],
    [f(5, 2), 0, "nearest", "3"],
    [f(-5, 2), 0, "nearest", "-3"],
    [f(5, 2), 0, "down", "2"],
    [f(-5, 2), 0, "down", "-3"],
    [f(0), 3, "nearest", "0"],
    [q("-0.0703"), 4, "nearest", "-0.0703"],
  ];
  it.each(cases.map(([value, decimals, direction, expected]) => ({ value, decimals, direction, expected })))(
    "$value.n/$value.d to $decimals places, $direction → $expected",
    ({ value, decimals, direction, expected }) => {
      expect(formatRational(value, decimals, direction)).toBe(expected);
    },
  );

  it("rounds to nearest by default", () => {
    expect(formatRational(f(2, 3), 1)).toBe("0.7");
  });
});

describe("rational intervals", () => {
  it("reads an interval of exact bounds, keeping unbounded sides", () => {
    expect(show(intervalFromExact({ low: exact(155n, -1), high: exact(165n, -1) }))).toBe("[15.5, 16.5]");
    expect(intervalFromExact({ low: exact(1n) })).toEqual({ low: { n: 1n, d: 1n } });
    expect(intervalFromExact({})).toEqual({});
  });

  it("adds and subtracts, the widest way", () => {
    expect(show(addIntervals(iv("92.5", "93.5"), iv("9.5", "10.5")))).toBe("[102, 104]");
    expect(show(subtractIntervals(iv("34.5", "35.5"), iv("36.85", "36.95")))).toBe("[-2.45, -1.35]");
  });

  it("keeps an unbounded side unbounded", () => {
    expect(addIntervals(iv("1", ""), iv("2", "3"))).toEqual({ low: f(3) });
    expect(compare(addIntervals(iv("1", ""), iv("2", "3")).low!, f(3))).toBe(0);
    expect(addIntervals(iv("", "1"), iv("", "2")).low).toBeUndefined();
    // a − b: a's low less b's high, a's high less b's low.
    expect(show(subtractIntervals(iv("1", ""), iv("2", "3")))).toBe("[-2, ∞]");
    expect(show(subtractIntervals(iv("1", "2"), iv("2", "")))).toBe("[−∞, 0]");
    expect(subtractIntervals(iv("", ""), iv("2", "3"))).toEqual({});
  });

  it("scales by a positive constant", () => {
    expect(show(scaleInterval(iv("0.09", "0.091"), f(100)))).toBe("[9, 9.1]");
    expect(show(scaleInterval(iv("", "2"), f(4)))).toBe("[−∞, 8]");
  });

  const products: [name: string, a: RationalInterval, b: RationalInterval, expected: string][] = [
    ["positive × positive", iv("2", "3"), iv("4", "5"), "[8, 15]"],
    ["negative × positive", iv("-3", "-2"), iv("4", "5"), "[-15, -8]"],
    ["straddling zero × positive", iv("-1", "2"), iv("4", "5"), "[-5, 10]"],
    ["straddling × straddling", iv("-1", "2"), iv("-3", "1"), "[-6, 3]"],
    ["negative × negative", iv("-3", "-2"), iv("-5", "-4"), "[8, 15]"],
  ];
  it.each(products.map(([name, a, b, expected]) => ({ name, a, b, expected })))("multiplies $name", ({ a, b, expected }) => {
    expect(show(multiplyIntervals(a, b))).toBe(expected);
    expect(show(multiplyIntervals(b, a))).toBe(expected);
  });

  it("cannot multiply an unbounded interval", () => {
    expect(multiplyIntervals(iv("1", ""), iv("2", "3"))).toBeUndefined();
    expect(multiplyIntervals(iv("1", "2"), iv("", "3"))).toBeUndefined();
  });

  const quotients: [name: string, a: RationalInterval, b: RationalInterval, expected: string][] = [
    ["16亿 / 527亿 (operating margin)", iv("15.5", "16.5"), iv("526.5", "527.5"), "[0.029383, 0.03134]"],
    ["positive / positive", iv("2", "3"), iv("4", "5"), "[0.4, 0.75]"],
    ["negative / positive", iv("-3", "-2"), iv("4", "5"), "[-0.75, -0.4]"],
    ["positive / negative", iv("2", "3"), iv("-5", "-4"), "[-0.75, -0.4]"],
    ["straddling / positive", iv("-1", "2"), iv("4", "5"), "[-0.25, 0.5]"],
    ["an exact point / a point", iv("1", "1"), iv("3", "3"), "[0.333333, 0.333334]"],
  ];
  it.each(quotients.map(([name, a, b, expected]) => ({ name, a, b, expected })))("divides $name", ({ a, b, expected }) => {
    expect(show(divideIntervals(a, b))).toBe(expected);
  });

  it("cannot divide by an interval that may be zero, nor an unbounded one", () => {
    expect(divideIntervals(iv("1", "2"), iv("-1", "1"))).toBeUndefined();
    expect(divideIntervals(iv("1", "2"), iv("0", "1"))).toBeUndefined();
    expect(divideIntervals(iv("1", "2"), iv("-1", "0"))).toBeUndefined();
    expect(divideIntervals(iv("1", "2"), iv("0", "0"))).toBeUndefined();
    expect(divideIntervals(iv("1", ""), iv("2", "3"))).toBeUndefined();
    expect(divideIntervals(iv("1", "2"), iv("2", ""))).toBeUndefined();
  });

  const overlaps: [name: string, a: RationalInterval, b: RationalInterval, overlap: boolean][] = [
    ["overlapping", iv("1", "3"), iv("2", "4"), true],
    ["one inside the other", iv("1", "4"), iv("2", "3"), true],
    // A single point shares nothing more than a boundary point, even with itself.
    ["the same point", iv("2", "2"), iv("2", "2"), false],
    ["a point inside an interval", iv("2", "2"), iv("1", "3"), true],
    ["touching at a bound (as half-open rounding intervals)", iv("1", "2"), iv("2", "3"), false],
    ["apart", iv("1", "2"), iv("3", "4"), false],
    ["unbounded above, reaching in", iv("2", ""), iv("1", "3"), true],
    ["unbounded above, starting at the other's high", iv("3", ""), iv("1", "3"), false],
    ["unbounded below, apart", iv("", "0"), iv("1", "3"), false],
    ["both unbounded", iv("", ""), iv("1", "3"), true],
    ["3.1% against 16亿 / 527亿", iv("3.05", "3.15"), iv("2.9383", "3.1339"), true],
  ];
  it.each(overlaps.map(([name, a, b, overlap]) => ({ name, a, b, overlap })))("overlap: $name → $overlap", ({ a, b, overlap }) => {
    expect(intervalsOverlap(a, b)).toBe(overlap);
    expect(intervalsOverlap(b, a)).toBe(overlap);
  });

  it("writes an interval rounded outward, so it contains the exact one", () => {
    expect(formatRationalInterval({ low: f(1, 3), high: f(2, 3) })).toBe("[0.3333, 0.6667]");
    expect(formatRationalInterval({ low: f(-2, 3), high: f(-1, 3) }, 0, 2)).toBe("[-0.67, -0.33]");
    expect(formatRationalInterval({ low: f(1, 3), high: f(2, 3) }, 0, 0)).toBe("[0, 1]");
  });

  it("writes an interval in units of 10^exponent", () => {
    expect(formatRationalInterval(iv("22650000000", "22950000000"), 8)).toBe("[226.5, 229.5]");
    expect(formatRationalInterval(iv("22650000000", "22950000000"), 9)).toBe("[22.65, 22.95]");
    expect(formatRationalInterval(iv("0.0245", "0.0135"), -2)).toBe("[2.45, 1.35]");
  });

  it("writes unbounded sides as infinities", () => {
    expect(formatRationalInterval(iv("1", ""))).toBe("[1, ∞]");
    expect(formatRationalInterval(iv("", "1"))).toBe("[−∞, 1]");
    expect(formatRationalInterval({})).toBe("[−∞, ∞]");
  });
});
