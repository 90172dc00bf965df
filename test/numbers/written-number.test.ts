import { describe, expect, it } from "vitest";
import { formatDecimal, halfUlp, parseWrittenNumber, scaleMultiplier } from "../../src/numbers/written-number.js";

describe("parseWrittenNumber", () => {
  it.each([
    ["1,271", "1271", 0],
    ["1270.83", "1270.83", 2],
    ["2.4", "2.4", 1],
    ["-27", "-27", 0],
    ["35.0", "35", 1],
    ["213,386", "213386", 0],
    ["0", "0", 0],
    ["1,234,567.5", "1234567.5", 1],
  ])("reads %s as %s with %i decimals", (text, value, decimals) => {
    const parsed = parseWrittenNumber(text);
    expect(parsed && formatDecimal(parsed.value)).toBe(value);
    expect(parsed?.decimals).toBe(decimals);
  });

  it.each(["", "abc", "1,27", "12,34,567", "1.", ".5", "1e5", "NaN", "Infinity", "--1", "１２３", "1 271"])("rejects %j", (text) => {
    expect(parseWrittenNumber(text)).toBeUndefined();
  });
});

describe("scale and precision", () => {
  const scaled = (text: string, scale?: string) => {
    const parsed = parseWrittenNumber(text)!;
    const multiplier = scaleMultiplier(scale)!;
    return { value: formatDecimal(parsed.value.times(multiplier)), half: formatDecimal(halfUlp(parsed.decimals, multiplier)) };
  };

  it("applies Chinese and English scales exactly", () => {
    expect(scaled("115", "亿")).toEqual({ value: "11500000000", half: "50000000" });
    expect(scaled("1270.83", "亿")).toEqual({ value: "127083000000", half: "500000" });
    expect(scaled("2.4", "万亿")).toEqual({ value: "2400000000000", half: "50000000000" });
    expect(scaled("1.6", "billion")).toEqual({ value: "1600000000", half: "50000000" });
    expect(scaled("140", "万")).toEqual({ value: "1400000", half: "5000" });
    expect(scaled("213,386", "million")).toEqual({ value: "213386000000", half: "500000" });
    expect(scaled("-27", "億")).toEqual({ value: "-2700000000", half: "50000000" });
    expect(scaled("1.95")).toEqual({ value: "1.95", half: "0.005" });
  });

  it("knows traditional scale words and refuses unknown ones", () => {
    expect(formatDecimal(scaleMultiplier("萬億")!)).toBe("1000000000000");
    expect(scaleMultiplier("十亿")).toBeUndefined();
    expect(formatDecimal(scaleMultiplier(undefined)!)).toBe("1");
  });

  it("keeps precision exact where binary floats would not", () => {
    // 0.1 + 0.2 style errors must never reach a comparison.
    const a = parseWrittenNumber("0.1")!.value.plus(parseWrittenNumber("0.2")!.value);
    expect(formatDecimal(a)).toBe("0.3");
  });
});
