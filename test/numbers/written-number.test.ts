import { describe, expect, it } from "vitest";
import { exactToString, scaleExact } from "../../src/numbers/exact.js";
import { formatExact, parseWrittenNumber, scaleExponent } from "../../src/numbers/written-number.js";

describe("parseWrittenNumber", () => {
  it.each([
    ["1,271", "1271", 0],
    ["1270.83", "1270.83", 2],
    ["2.4", "2.4", 1],
    ["-27", "-27", 0],
    ["35.0", "35", 1],
    ["213,386", "213386", 0],
    ["0", "0", 0],
    ["0.05", "0.05", 2],
    ["1,234,567.5", "1234567.5", 1],
    // Indian grouping: lakh and crore
    ["2,45,000", "245000", 0],
    ["12,34,567.25", "1234567.25", 2],
  ])("reads %s as %s with %i decimals", (text, value, decimals) => {
    const parsed = parseWrittenNumber(text);
    expect(parsed && formatExact(parsed.value)).toBe(value);
    expect(parsed?.decimals).toBe(decimals);
  });

  it.each(["", "abc", "1,27", "12,34,56", "1.", ".5", "1e5", "1e400", "NaN", "Infinity", "--1", "１２３", "1、271", "1 271", "9".repeat(41), "1".repeat(200_000)])(
    "rejects %j",
    (text) => {
      expect(parseWrittenNumber(text)).toBeUndefined();
    },
  );
});

describe("scale and precision", () => {
  const scaled = (text: string, scale?: string) => exactToString(scaleExact(parseWrittenNumber(text)!.value, scaleExponent(scale)!));

  it("applies Chinese and English scales exactly", () => {
    expect(scaled("115", "亿")).toBe("11500000000");
    expect(scaled("1270.83", "亿")).toBe("127083000000");
    expect(scaled("2.4", "万亿")).toBe("2400000000000");
    expect(scaled("1.6", "billion")).toBe("1600000000");
    expect(scaled("140", "万")).toBe("1400000");
    expect(scaled("213,386", "million")).toBe("213386000000");
    expect(scaled("-27", "億")).toBe("-2700000000");
    expect(scaled("1.95")).toBe("1.95");
  });

  it("knows traditional scale words and refuses unknown ones", () => {
    expect(scaleExponent("萬億")).toBe(12);
    expect(scaleExponent("十亿")).toBeUndefined();
    expect(scaleExponent("兆")).toBe(12);
  });

  it("knows the Indian scale words", () => {
    expect(scaleExponent("lakh")).toBe(5);
    expect(scaleExponent("crore")).toBe(7);
    expect(scaled("1,234.5", "crore")).toBe("12345000000");
    expect(scaleExponent(undefined)).toBe(0);
  });
});
