import { describe, expect, it } from "vitest";
import { findFigures, homeDollar, isUnitPrice, pointLeft, pointRight } from "../../src/extract/figures.js";

describe("findFigures", () => {
  it.each([
    ["$1.6bn", { value: "1.6", scale: "billion", unit: "USD" }],
    // (A currency's hundredths named with their country: US, U.S., Canadian, New Zealand or NZ cents.)
    ["52 US cents a share", { value: "0.52", unit: "USD" }],
    ["8 NZ cents a share", { value: "0.08", unit: "NZD" }],
    ["more than $5bn", { value: "5", qualifier: "more_than" }],
    ["close to $5bn", { value: "5", qualifier: "about" }],
    ["just under 4%", { value: "4", qualifier: "less_than" }],
    ["40 个基点", { value: "40", unit: "bp" }],
    ["3 个百分点", { unit: "pp" }],
    ["-8.6亿元到-7.2亿元", { value: "-8.6", valueHigh: "-7.2", scale: "亿" }],
    ["81-cent", { value: "0.81", unit: "USD" }],
    ["one percentage point higher", { value: "1", unit: "pp" }],
    ["fifty basis points", { value: "50", unit: "bp" }],
    ["4.4倍", { value: "4.4", unit: "multiple" }],
    ["两倍", { value: "2", unit: "multiple" }],
    ["140万颗", { value: "140", scale: "万", unit: "count" }],
    ["1 吉瓦", { unit: "GW" }],
    ["1,735 亿至 1,785 亿美元", { value: "1,735", valueHigh: "1,785", unit: "USD" }],
    ["$173.5 billion to $178.5 billion", { value: "173.5", valueHigh: "178.5" }],
    ["100多亿美元", { value: "100", qualifier: "more_than" }],
    ["翻倍", { value: "2", unit: "multiple" }],
    ["翻一番", { value: "2", unit: "multiple" }],
    ["约1000亿美元或更多的", { value: "1000", qualifier: "about", end: 11 }],
    ["每股120日元", { value: "120", unit: "JPY" }],
    ["Rs 3,180 cr", { value: "3,180", scale: "crore", unit: "INR" }],
    ["$842-million", { value: "842", scale: "million", unit: "USD" }],
    ["a Rs 450-crore order", { value: "450", scale: "crore", unit: "INR" }],
    ["1.2 ppt", { value: "1.2", unit: "pp" }],
    ["营收在103至112亿美元之间", { value: "103", valueHigh: "112", scale: "亿", unit: "USD" }],
    ["营收在 103 - 112 亿美元", { value: "103", valueHigh: "112", unit: "USD" }],
    ["10.3-11.2 billion dollars", { value: "10.3", valueHigh: "11.2", scale: "billion", unit: "USD" }],
    // A commodity's tonnes, ounces or barrels are a count of its volume, never an amount of money.
    ["1,080万吨", { value: "1,080", scale: "万", unit: "count", end: 7 }],
    ["10.8 million tonnes of ore", { value: "10.8", scale: "million", unit: "count", end: 19 }],
    ["2.4万桶", { value: "2.4", unit: "count" }],
    // So are a drink's or a fuel's litres (啤酒销量282.4万千升, "2.1 million hectolitres").
    ["282.4万千升", { value: "282.4", scale: "万", unit: "count", end: 8 }],
    ["41 million litres", { value: "41", scale: "million", unit: "count" }],
    ["2.1 million hectolitres of beer", { value: "2.1", scale: "million", unit: "count", end: 23 }],
  ])("%s", (text, expected) => {
    expect(findFigures(text)[0]).toMatchObject(expected);
  });

  it.each(["2025年", "2024至2025年", "1至2至3", "12月31日", "12日", "FY25Q4", "Trainium3", "12个月", "03:14", "3.2万平方米", "12万标准箱", "from 13,961,00 units"])("%s is not a figure", (text) => {
    expect(findFigures(text)).toEqual([]);
  });
});

describe("hundredths", () => {
  it.each([
    ["39", "0.39"],
    ["5", "0.05"],
    ["1,250", "12.50"],
    ["0.5", "0.005"],
  ])("reads %s hundredths as %s", async (written, whole) => {
    const { hundredths } = await import("../../src/extract/figures.js");
    expect(hundredths(written)).toBe(whole);
  });

  it.each([
    ["45.53", 1, "4.553"],
    ["39", 2, "0.39"],
    ["1,250", 2, "12.50"],
    ["-5", 1, "-0.5"],
    ["0.5", 1, "0.05"],
  ] as const)("pointLeft(%s, %i) is %s", (written, places, expected) => {
    expect(pointLeft(written, places)).toBe(expected);
  });
});

describe("cents written against the number", () => {
  it("reads 6c as six cents, and no capital C, no space before c and no cm as cents", () => {
    const [cents] = findFigures("an interim dividend of 6c a share", "an interim dividend of 6c a share");
    expect(cents).toMatchObject({ value: "0.06", unitKind: "currency" });
    for (const text of ["temperatures hit 40C", "a 5cm rise", "grade 6 c"]) {
      expect(findFigures(text, text.toLowerCase()).every((figure) => figure.unitKind !== "currency")).toBe(true);
    }
  });
});

describe("pointRight", () => {
  it.each([
    ["6", 1, "60"],
    ["3.5", 1, "35"],
    ["0.25", 1, "2.5"],
    ["-1.05", 1, "-10.5"],
    ["1,200", 1, "12000"],
    ["7", 2, "700"],
  ] as const)("%s × 10^%i is %s, exactly", (written, places, expected) => {
    expect(pointRight(written, places)).toBe(expected);
  });
});

describe("tenths (成)", () => {
  it("reads 成 after a number as tenths, in percent, but not 成本 (cost) or 成交 (a deal)", () => {
    const values = (text: string) => findFigures(text, text).map((figure) => `${figure.value} ${figure.unit ?? ""}`.trim());
    expect(values("年增6成")).toEqual(["60 percent"]);
    expect(values("逾3.5成")).toEqual(["35 percent"]);
    expect(values("3成本")).not.toContain("30 percent");
    expect(values("5成交")).not.toContain("50 percent");
  });
});

describe("homeDollar", () => {
  it("reads a story's dollar from its lead's places, a franked dividend anywhere, or what the story says its amounts are in", () => {
    expect(homeDollar("The Calgary-based railway earned $842-million.")).toBe("CAD");
    expect(homeDollar("Private hospital operator Coorabin Health lifted revenue.", "… a fully franked interim dividend of 18.5 cents.")).toBe("AUD");
    expect(homeDollar("Vancouver-based Copperby Gold Corp. reported results. All amounts are in US dollars unless stated otherwise.")).toBe("USD");
    expect(homeDollar("Acme Corp. reported results.")).toBeUndefined();
  });
});

describe("numbers joined by slashes", () => {
  it("reads each as a figure in the last one's scale and currency, with its place in the list", () => {
    const figures = findFigures("归母净利润分别为13.4/15.9/18.7亿元");
    expect(figures.map((figure) => [figure.value, figure.scale, figure.unit, figure.slashList?.k, figure.slashList?.length])).toEqual([
      ["13.4", "亿", "CNY", 0, 3],
      ["15.9", "亿", "CNY", 1, 3],
      ["18.7", "亿", "CNY", 2, 3],
    ]);
  });

  it("leaves a row of multiples, a fraction and a bare number alone", () => {
    expect(findFigures("对应PE分别为25/21/18倍").map((figure) => figure.value)).toEqual(["18"]);
    expect(findFigures("1/2的股份").every((figure) => figure.slashList === undefined)).toBe(true);
    expect(findFigures("2025/26财年营收12亿元").filter((figure) => figure.slashList !== undefined)).toEqual([]);
  });
});

describe("times grown by", () => {
  it("reads a number of times after a verb of growth on a year before as the change in percent, exactly", () => {
    // (Known as precisely as the multiple was written: to tenths of a time, 10%; to hundredths, 1%; to whole times, 100%.)
    expect(findFigures("净利润同比增长1.3倍")[0]).toMatchObject({ value: "130", unit: "percent", precision: "10" });
    expect(findFigures("營收年增2.05倍")[0]).toMatchObject({ value: "205", unit: "percent", precision: "1" });
    expect(findFigures("收入同比增长超过一倍")[0]).toMatchObject({ value: "100", unit: "percent", qualifier: "more_than", precision: "100" });
  });

  it("leaves times grown to, and times without a comparison, as multiples", () => {
    expect(findFigures("净利润增长至去年的1.8倍")[0]).toMatchObject({ value: "1.8", unit: "multiple" });
    expect(findFigures("吞吐量提升了4.4倍")[0]).toMatchObject({ value: "4.4", unit: "multiple" });
  });
});

describe("ranges and moves", () => {
  it("reads two amounts joined by 'to' as a range", () => {
    expect(findFigures("sees sales of $4.1 billion to $4.3 billion").map((figure) => [figure.value, figure.valueHigh])).toEqual([["4.1", "4.3"]]);
  });

  it("reads a move by an amount, or from one level to another, as two figures, not a range", () => {
    expect(findFigures("Revenue surged $1.2 billion to $25.3 billion").map((figure) => [figure.value, figure.valueHigh])).toEqual([
      ["1.2", undefined],
      ["25.3", undefined],
    ]);
    expect(findFigures("Its margin improved from 18.2% to 19.5%").map((figure) => [figure.value, figure.valueHigh])).toEqual([
      ["18.2", undefined],
      ["19.5", undefined],
    ]);
  });
});

describe("isUnitPrice", () => {
  it("knows a commodity's price per unit by its unit before or after it", () => {
    const priced = (text: string) => isUnitPrice(text, findFigures(text)[0]!);
    expect(priced("布伦特原油每桶88.6美元")).toBe(true);
    expect(priced("油价为88美元/桶，较上月上涨")).toBe(true);
    expect(priced("copper at $11,480 a tonne")).toBe(true);
    expect(priced("gold above $2,400 per ounce.")).toBe(true);
    expect(priced("revenue of $11.5 billion a year earlier")).toBe(false);
    expect(priced("$4 per tonnes")).toBe(false);
  });
});

describe("a range whose high end writes a currency code against its number", () => {
  it("reads 'between RMB6.90 billion and RMB7.15 billion' and 'RM4 million to RM 5 million' as ranges, a shorter code (rm) no bar to a longer one (rmb)", () => {
    const ranges = findFigures("revenues of between RMB6.90 billion and RMB7.15 billion; profit of RM4 million to RM 5 million").map((figure) => [figure.value, figure.valueHigh, figure.unit]);
    expect(ranges).toEqual([["6.90", "7.15", "CNY"], ["4", "5", "MYR"]]);
  });
});
