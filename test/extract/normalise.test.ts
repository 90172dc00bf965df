import { describe, expect, it } from "vitest";
import * as OpenCC from "opencc-js";
import { asciiFigures, blankLinks, changingCharacters, normaliseText, toSimplified, unescapeMarkup } from "../../src/extract/normalise.js";

describe("normaliseText", () => {
  it.each([
    ["營業利潤 115 億美元", "营业利润 115 亿美元"],
    ["１２３億", "123亿"],
    ["1、234亿美元", "1,234亿美元"],
    ["20%、30%", "20%、30%"],
    ["1、2、3", "1、2、3"],
    // Written Cantonese's particles read as the standard characters.
    ["公布截至9月底止嘅中期業績，收入唔錯", "公布截至9月底止的中期业绩，收入不错"],
  ])("%s → %s", (input, expected) => {
    expect(normaliseText(input)).toBe(expected);
    expect(normaliseText(input)).toHaveLength(input.length);
  });

  it("keeps the length of text with astral characters", () => {
    expect(asciiFigures("😀１")).toBe("😀1");
  });

  it("converts a line around a character opencc would turn into one past the BMP (鋐), which stays as written", () => {
    // (Before, the whole line stayed traditional, and its metric words, 營收, went unread.)
    expect(normaliseText("晶鋐11月合併營收新台幣18.46億元")).toBe("晶鋐11月合并营收新台币18.46亿元");
    expect(toSimplified("晶鋐科技")).toBe("晶鋐科技");
    expect(toSimplified("晶鋐營收")).toHaveLength(4);
  });
});

describe("unescapeMarkup", () => {
  it.each([
    ["revenue of \\$10.1 billion", "revenue of $10.1  billion"],
    ["\\*up 9%\\*", "*up  9%* "],
    ["600&nbsp;million", "600      million"],
    ["&#36;4.2 billion", "$4.2     billion"],
    ["研发（R&amp;D）投入12.84亿元", "研发（R&D    ）投入12.84亿元"],
    // A table cell's escaped bar stays: it is the cell's own, not a sign to read.
    ["a \\| b", "a \\| b"],
    ["revenue<sup>1</sup> rose<br>to", `revenue${" ".repeat(13)}rose    to`],
    ['<span class="x">$4.2</span> billion', "                $4.2        billion"],
    ["a <b>bold</b> < 5 claim", "a    bold     < 5 claim"],
  ])("%s → %s", (input, expected) => {
    expect(unescapeMarkup(input)).toBe(expected);
    expect(unescapeMarkup(input)).toHaveLength(input.length);
  });
});

describe("toSimplified", () => {
  const convert = OpenCC.Converter({ from: "hk", to: "cn" });
  const config = (OpenCC.Locale as unknown as { configs: Record<string, Record<string, unknown>> }).configs.hk2s!;
  const keys = (Object.values(config).flat(2) as string[]).flatMap((dictionary) => dictionary.split("|").map((entry) => entry.split(" ")[0]!));

  it("skips only texts the dictionaries leave as they are: no key of theirs without a changing character converts", () => {
    expect(keys.length).toBeGreaterThan(1000);
    const wronglySkipped = keys.filter((key) => !changingCharacters().test(key) && convert(key) !== key);
    expect(wronglySkipped).toEqual([]);
  });

  it.each([
    ["台積電第三季營收年增三成", "台积电第三季营收年增三成"],
    ["營業額按年上升", "营业额按年上升"],
    ["净利润同比增长12%", "净利润同比增长12%"],
    ["Revenue rose 12% to $3.4 billion", "Revenue rose 12% to $3.4 billion"],
  ])("%s → %s", (input, expected) => {
    expect(toSimplified(input)).toBe(expected);
    expect(convert(input)).toBe(expected);
  });
});

describe("blankLinks", () => {
  it("blanks link targets and bare addresses to spaces, keeping the link's words and the text's length", () => {
    const text = "beat [the consensus of $0.41](https://example.com/q/2024-1024x763) and see www.example.com/9.html 公司[（1234）](quote.php?code=1234)公布";
    const blanked = blankLinks(text);
    expect(blanked.length).toBe(text.length);
    // (The word before a link moves up into the space before its bracket: the link's words keep their places.)
    expect(blanked).toContain(" beat the consensus of $0.41](");
    expect(blanked.indexOf("the consensus")).toBe(text.indexOf("the consensus"));
    expect(blanked).not.toMatch(/1024|example|9\.html|code=/);
    expect(blanked).toContain("公司[（1234）](");
  });

  it("blanks an image whole, its alternative text too, and a link around it keeps nothing of it", () => {
    const text = "[![Revenue up 12% in Q3](https://example.com/chart-2025.png)](https://example.com/q) Revenue rose 9%.";
    const blanked = blankLinks(text);
    expect(blanked.length).toBe(text.length);
    expect(blanked).not.toMatch(/12%|chart/);
    expect(blanked).toContain("Revenue rose 9%.");
  });
});
