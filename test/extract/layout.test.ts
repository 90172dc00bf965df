import { describe, expect, it } from "vitest";
import { lineStarts } from "../../src/model/lines.js";
import { captionOf, readLayout, TIME_STAMP_LEAD } from "../../src/extract/layout.js";
import { cellFigure } from "../../src/extract/table-cells.js";

const layoutOf = (text: string) => readLayout(text, lineStarts(text));

describe("readLayout", () => {
  it("reads a paragraph's bold label as a heading over that paragraph only, and where the label ends", () => {
    const text = "## Preview\n\n**Revenue.** Analysts expect $5 million.\n\n**The outlook:** Flat.\n\n**Tarnby Foods** posted a profit.\n\nPlain text.";
    const { headings, leadIns } = layoutOf(text);
    expect([...leadIns.keys()]).toEqual([2, 4]);
    expect(text.slice(0, leadIns.get(2))).toMatch(/\*\*Revenue\.\*\* $/);
    expect(headings[2]).toEqual([2, 0]);
    expect(headings[4]).toEqual([4, 0]);
    expect(headings[6]).toEqual([0]);
    expect(headings[8]).toEqual([0]);
  });

  it("lets a heading govern the lines under it until the next heading of its level or above", () => {
    const text = ["# Results", "intro", "## Cloud", "cloud line", "### Detail", "detail line", "## Retail", "retail line", "**Outlook**", "outlook line"].join("\n");
    const { headings } = layoutOf(text);
    expect(headings[1]).toEqual([0]);
    expect(headings[3]).toEqual([2, 0]);
    expect(headings[5]).toEqual([4, 2, 0]);
    expect(headings[7]).toEqual([6, 0]);
    // A line in bold alone is a heading below every Markdown level.
    expect(headings[9]).toEqual([8, 6, 0]);
  });

  it("reads a table's header, rows and cells, and the caption above it", () => {
    const text = "Figures (in millions of dollars):\n\n| | Q1 | Q2 |\n|---|---:|---:|\n| Sales | 10 | 12 |\n| Costs | (3) | 4 |\n\nafter";
    const { tables, rowAt, headings } = layoutOf(text);
    expect(tables).toHaveLength(1);
    const [table] = tables;
    expect(table!.caption).toEqual({ scale: "million", unit: "USD" });
    expect(table!.header.cells.map((cell) => text.slice(cell.start, cell.end))).toEqual(["", "Q1", "Q2"]);
    expect(table!.rows.map((row) => row.cells.map((cell) => text.slice(cell.start, cell.end)))).toEqual([["Sales", "10", "12"], ["Costs", "(3)", "4"]]);
    expect(rowAt.get(4)).toEqual([0, 0]);
    expect(rowAt.get(5)).toEqual([0, 1]);
    expect(headings).toHaveLength(text.split("\n").length);
  });

  it("reads captions in English and Chinese", () => {
    expect(captionOf(["**第三季業績摘要**（人民幣百萬元）"])).toEqual({ scale: "百萬", unit: "CNY" });
    expect(captionOf(["（港幣億元）"])).toEqual({ scale: "億", unit: "HKD" });
    expect(captionOf(["$ in millions"])).toEqual({ scale: "million", unit: "USD", bareDollar: true });
    expect(captionOf(["US$ in millions"])).toEqual({ scale: "million", unit: "USD" });
    // (An Indian table's "₹ cr", crore written short, as the prose writes "Rs 3,180 cr".)
    expect(captionOf(["Net profit (₹ cr)"])).toEqual({ scale: "crore", unit: "INR" });
    expect(captionOf(["Revenue (Rs cr)"])).toEqual({ scale: "crore", unit: "INR" });
    // A currency alone in brackets: a per-share row's unit ($ the story's dollar, 元 the story's yuan).
    expect(captionOf(["Diluted EPS ($)"])).toEqual({ unit: "USD", bareDollar: true });
    expect(captionOf(["EPS (US$)"])).toEqual({ unit: "USD" });
    expect(captionOf(["每股純益（元）"])).toEqual({ unit: "CNY", bareYuan: true });
    // (With its scale too: 单位：亿元, 營收（億元）.)
    expect(captionOf(["单位：亿元"])).toEqual({ scale: "亿", unit: "CNY", bareYuan: true });
    expect(captionOf(["營收（億元）"])).toEqual({ scale: "億", unit: "CNY", bareYuan: true });
    expect(captionOf(["（百万美元）"])).toEqual({ scale: "百万", unit: "USD" });
    expect(captionOf(["no unit here"])).toBeUndefined();
  });
});

describe("cellFigure", () => {
  const read = (content: string) => cellFigure(content.toLowerCase(), { start: 0, end: content.length });
  it.each([
    ["$(1,247)", { value: "-1,247", unit: "USD" }],
    ["(95)", { value: "-95" }],
    ["-8.2%", { value: "-8.2", unit: "percent" }],
    ["¥4.1 trillion", { value: "4.1", scale: "trillion", unit: "JPY" }],
    ["2,45,000", { value: "2,45,000" }],
    ["+19%", { value: "19", unit: "percent" }],
    ["6% to 8%", { value: "6", valueHigh: "8", unit: "percent", qualifier: "exact" }],
    ["**6% to 8%**", { value: "6", valueHigh: "8", unit: "percent", end: 12 }],
    ["-2% to 0%", { value: "-2", valueHigh: "0", unit: "percent" }],
    ["$1.2bn–$1.4bn", { value: "1.2", valueHigh: "1.4", scale: "billion", unit: "USD" }],
    ["about 10%", { value: "10", unit: "percent", qualifier: "about" }],
    // (A currency's ISO code before the number, as Nordic and Swiss tables write it.)
    ["SEK 7,905", { value: "7,905", unit: "SEK" }],
    ["CHF1.2bn", { value: "1.2", scale: "billion", unit: "CHF" }],
    ["MXN (320)", { value: "-320", unit: "MXN" }],
  ])("reads %s", (content, expected) => {
    expect(read(content)).toMatchObject(expected);
  });

  it("leaves cells that are not one figure to the prose reader", () => {
    expect(read("Missed")).toBeUndefined();
    expect(read("$28.8B (+19%)")).toBeUndefined();
    expect(read("(12")).toBeUndefined();
    // (Three letters that are no currency's code are a word, not a unit.)
    expect(read("ABC 5")).toBeUndefined();
    // (Bare numbers on both sides of a dash are a span of years or a score.)
    expect(read("2025-26")).toBeUndefined();
  });
});

describe("TIME_STAMP_LEAD", () => {
  it("reads a live blog's time stamp, bold, bracketed or plain with its zone, and the dash or colon after it", () => {
    const stamp = (line: string) => TIME_STAMP_LEAD.exec(line)?.[0] ?? "";
    expect(stamp("**10:02** Rival Ostley Stores reported")).toBe("**10:02** ");
    expect(stamp("**9:41 a.m. ET** — For context")).toBe("**9:41 a.m. ET** — ");
    expect(stamp("[10:02] Shares opened higher")).toBe("[10:02] ");
    expect(stamp("2:05 PM IST: Yelwood sold")).toBe("2:05 PM IST: ");
    expect(stamp("2:30 p.m. — Rival Ostley")).toBe("2:30 p.m. — ");
  });
  it("takes no figure opening a line for a time: a decimal written plain, with nothing after it that a time stamp has", () => {
    expect(TIME_STAMP_LEAD.test("10.50 per cent of revenue came from abroad")).toBe(false);
    expect(TIME_STAMP_LEAD.test("12.30 yuan a share")).toBe(false);
  });
});
