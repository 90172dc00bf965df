import { describe, expect, it } from "vitest";
import { asciiFigures, blankLinks, normaliseText } from "../../src/extract/normalise.js";

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

describe("blankLinks", () => {
  it("blanks link targets and bare addresses to spaces, keeping the link's words and the text's length", () => {
    const text = "beat [the consensus of $0.41](https://example.com/q/2024-1024x763) and see www.example.com/9.html 公司[（1234）](quote.php?code=1234)公布";
    const blanked = blankLinks(text);
    expect(blanked.length).toBe(text.length);
    expect(blanked).toContain("[the consensus of $0.41](");
    expect(blanked).not.toMatch(/1024|example|9\.html|code=/);
    expect(blanked).toContain("公司[（1234）](");
  });
});
