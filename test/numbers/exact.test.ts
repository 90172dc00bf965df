import { describe, expect, it } from "vitest";
import { absExact, addExact, compareExact, exact, exactToString, magnitude, multiplyExact, scaleExact, subtractExact } from "../../src/numbers/exact.js";
import { parseWrittenNumber } from "../../src/numbers/written-number.js";

const x = (text: string) => parseWrittenNumber(text)!.value;

describe("exact decimal arithmetic", () => {
  it("adds where binary floats would not: 0.1 + 0.2 = 0.3", () => {
    expect(exactToString(addExact(x("0.1"), x("0.2")))).toBe("0.3");
    expect(compareExact(addExact(x("0.1"), x("0.2")), x("0.3"))).toBe(0);
  });

  it("aligns exponents to compare, add, subtract and multiply", () => {
    expect(compareExact(exact(213n, 8), x("21300000000.0"))).toBe(0);
    expect(compareExact(x("212.5"), x("213"))).toBe(-1);
    expect(compareExact(x("-27"), x("-26.5"))).toBe(-1);
    expect(exactToString(subtractExact(exact(115n, 8), exact(5n, 7)))).toBe("11450000000");
    expect(exactToString(multiplyExact(x("1245"), x("0.05")))).toBe("62.25");
    expect(exactToString(absExact(x("-2.70")))).toBe("2.7");
  });

  it("writes plain decimals without exponent or trailing zeros", () => {
    expect(exactToString(exact(127083n, 6))).toBe("127083000000");
    expect(exactToString(exact(5n, -3))).toBe("0.005");
    expect(exactToString(exact(-350n, -1))).toBe("-35");
    expect(exactToString(exact(0n, -4))).toBe("0");
    expect(exactToString(scaleExact(exact(11472n, 6), -9))).toBe("11.472");
  });

  it("knows the magnitude of the leading digit", () => {
    expect(magnitude(exact(213n, 8))).toBe(10);
    expect(magnitude(x("0.05"))).toBe(-2);
    expect(magnitude(exact(0n))).toBe(Number.NEGATIVE_INFINITY);
  });
});
