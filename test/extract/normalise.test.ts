import { describe, expect, it } from "vitest";
import { asciiFigures, normaliseText } from "../../src/extract/normalise.js";

describe("normaliseText", () => {
  it.each([
    ["營業利潤 115 億美元", "营业利润 115 亿美元"],
    ["１２３億", "123亿"],
    ["1、234亿美元", "1,234亿美元"],
    ["20%、30%", "20%、30%"],
    ["1、2、3", "1、2、3"],
  ])("%s → %s", (input, expected) => {
    expect(normaliseText(input)).toBe(expected);
    expect(normaliseText(input)).toHaveLength(input.length);
  });

  it("keeps the length of text with astral characters", () => {
    expect(asciiFigures("😀１")).toBe("😀1");
  });
});
