// One company's figures side by side (concord facts --format table|markdown): rows per key and basis,
// a column per source, values that cannot both be right marked, compared as reconcile compares them.
import { describe, expect, it } from "vitest";
import { buildFactTable, displayWidth, formatFactTableMarkdown, formatFactTableText } from "../../src/format/fact-table.js";
import { selectFacts } from "../../src/format/fact-records.js";
import { capex, income, loadInline, repositoryTaxonomy, revenue, sourceFile, type FactFields } from "../helpers.js";

const taxonomy = repositoryTaxonomy();

/**
 * Two sources on Amazon's 2025-Q4: they disagree on North America operating income (115 亿 against
 * 93 亿), agree on revenue once rounding is allowed for (2,134 亿 and 213,386 million), and only the
 * wire gives FY2025 capital spending. A Microsoft figure stays out of Amazon's table.
 */
function factBase(extraWire: readonly FactFields[] = []) {
  return loadInline({
    "facts/release.yaml": sourceFile({ id: "amzn-release", publisher: "Amazon.com, Inc.", published: "2026-02-05", kind: "primary" }, [income("11,472", { scale: "million" }), revenue("213,386", { scale: "million" })]),
    "facts/wire.yaml": sourceFile({ id: "wire-story", publisher: "海豚研究", published: "2026-02-06" }, [income("93"), revenue("2,134"), capex("1310"), ...extraWire]),
    "facts/msft.yaml": sourceFile({ id: "msft-story", published: "2026-01-29", entity: "MSFT", period: "2026-Q2" }, [revenue("813")]),
  });
}

describe("buildFactTable", () => {
  it("puts a row per key and a column per source, the company's release first, and marks only the values that disagree", () => {
    const table = buildFactTable(factBase(), taxonomy, { entity: "AMZN" });
    expect(table.sources.map((source) => source.id)).toEqual(["amzn-release", "wire-story"]);
    expect(table.rows.map((row) => [row.segment, row.metric, row.measure, row.period, row.basis, row.differs])).toEqual([
      ["total", "revenue", "level", "2025-Q4", "reported", false],
      ["total", "capex", "level", "FY2025", "reported", false],
      ["north_america", "operating_income", "level", "2025-Q4", "reported", true],
    ]);
    const income = table.rows[2]!;
    expect(income.cells).toEqual([[{ text: "11,472 million USD", differsFrom: [1] }], [{ text: "93 亿 USD", differsFrom: [0] }]]);
    expect(table.rows[0]!.cells).toEqual([[{ text: "213,386 million USD", differsFrom: [] }], [{ text: "2,134 亿 USD", differsFrom: [] }]]);
    expect(table.rows[1]!.cells).toEqual([[], [{ text: "1310 亿 USD", differsFrom: [] }]]);
  });

  it("keeps only the period asked for, matched on its days", () => {
    const quarter = buildFactTable(factBase(), taxonomy, { entity: "AMZN", period: "2025-Q4" });
    expect(quarter.rows.map((row) => row.metric)).toEqual(["revenue", "operating_income"]);
    // TTM:2025-12-31 covers the same days as Amazon's FY2025.
    const year = buildFactTable(factBase(), taxonomy, { entity: "AMZN", period: "TTM:2025-12-31" });
    expect(year.rows.map((row) => [row.metric, row.period])).toEqual([["capex", "FY2025"]]);
    expect(year.sources.map((source) => source.id)).toEqual(["wire-story"]);
  });

  it("compares exactly, with rounding and qualifiers: 22 and 23 only touch at 22.5 (half-open), 'more than 100' agrees with 115", () => {
    const growth = (value: string, extra: Record<string, string> = {}): FactFields => ({ segment: "advertising", metric: "revenue", measure: "yoy", value, unit: "percent", quote: `ads up ${value}`, ...extra });
    const base = loadInline({
      "facts/a.yaml": sourceFile({ id: "source-a", published: "2026-02-06" }, [growth("22"), growth("22", { segment: "aws" }), income("115")]),
      "facts/b.yaml": sourceFile({ id: "source-b", published: "2026-02-07" }, [growth("23"), growth("22.4", { segment: "aws" }), income("100", { qualifier: "more_than" })]),
    });
    const table = buildFactTable(base, taxonomy, { entity: "AMZN" });
    const byMetric = Object.fromEntries(table.rows.map((row) => [`${row.segment}/${row.measure}`, row]));
    expect(byMetric["advertising/yoy"]!.differs).toBe(true);
    expect(byMetric["aws/yoy"]!.differs).toBe(false);
    expect(byMetric["north_america/level"]!.differs).toBe(false);
    expect(byMetric["north_america/level"]!.cells[1]).toEqual([{ text: "more than 100 亿 USD", differsFrom: [] }]);
  });

  it("keeps different bases on different rows, never comparing them", () => {
    const base = loadInline({
      "facts/a.yaml": sourceFile({ id: "source-a", published: "2026-02-06" }, [income("115")]),
      "facts/b.yaml": sourceFile({ id: "source-b", published: "2026-02-07" }, [income("93", { basis: "non_gaap" })]),
    });
    const table = buildFactTable(base, taxonomy, { entity: "AMZN" });
    expect(table.rows.map((row) => [row.basis, row.differs])).toEqual([["reported", false], ["non-GAAP", false]]);
  });
});

describe("formatFactTableText", () => {
  it("aligns columns counting Chinese characters as two, numbers the sources and lists them under the table", () => {
    const text = formatFactTableText(buildFactTable(factBase(), taxonomy, { entity: "AMZN", period: "2025-Q4" }));
    expect(text).toBe(
      [
        "AMZN (Amazon.com, Inc.), 2025-Q4: 2 keys from 2 sources, 1 where sources differ",
        "",
        "segment        metric            measure  period   basis     [1]                        [2]",
        "-------------  ----------------  -------  -------  --------  -------------------------  ----------------",
        "total          revenue           level    2025-Q4  reported  213,386 million USD        2,134 亿 USD",
        "north_america  operating_income  level    2025-Q4  reported  11,472 million USD != [2]  93 亿 USD != [1]",
        "",
        "[1] amzn-release: Amazon.com, Inc., 2026-02-05, primary",
        "[2] wire-story: 海豚研究, 2026-02-06",
        "",
        "!= [n]: cannot be right together with the value of source [n] on the same row, even allowing for rounding and qualifiers",
        "",
      ].join("\n"),
    );
    // The last column starts at the same display width on every line.
    const body = text.split("\n").slice(2, 6);
    const lastColumnStart = body.map((line) => displayWidth(line.slice(0, line.lastIndexOf("  ") + 2)));
    expect(new Set(lastColumnStart).size).toBe(1);
  });

  it("says when the company has no figures", () => {
    expect(formatFactTableText(buildFactTable(factBase(), taxonomy, { entity: "GOOGL" }))).toBe("GOOGL (Alphabet Inc.): 0 keys from 0 sources, 0 where sources differ\n\nNo figures.\n");
  });
});

describe("formatFactTableMarkdown", () => {
  it("writes a table with a column per source, a value that disagrees in bold, saying with which source", () => {
    const markdown = formatFactTableMarkdown(buildFactTable(factBase(), taxonomy, { entity: "AMZN", period: "2025-Q4" }));
    expect(markdown).toContain("## AMZN (Amazon.com, Inc.), 2025-Q4: 2 keys from 2 sources, 1 where sources differ\n");
    expect(markdown).toContain("| segment | metric | measure | period | basis | \\[1\\] amzn-release | \\[2\\] wire-story |\n| --- | --- | --- | --- | --- | --- | --- |\n");
    expect(markdown).toContain("| total | revenue | level | 2025-Q4 | reported | 213,386 million USD | 2,134 亿 USD |\n");
    expect(markdown).toContain("| north\\_america | operating\\_income | level | 2025-Q4 | reported | **11,472 million USD** ≠ \\[2\\] | **93 亿 USD** ≠ \\[1\\] |\n");
    expect(markdown).toContain("- \\[1\\] amzn-release: Amazon.com, Inc., 2026-02-05, primary\n- \\[2\\] wire-story: 海豚研究, 2026-02-06\n");
    expect(markdown).toContain("≠ \\[n\\]: cannot be right together with the value of source \\[n\\] on the same row");
  });

  it("escapes what comes from the fact files", () => {
    const base = loadInline({ "facts/a.yaml": sourceFile({ id: "source-a", publisher: "<script>x</script> | *wire*", published: "2026-02-06" }, [income("115")]) });
    const markdown = formatFactTableMarkdown(buildFactTable(base, taxonomy, { entity: "AMZN" }));
    expect(markdown).toContain("&lt;script&gt;x&lt;/script&gt; \\| \\*wire\\*");
    expect(markdown).not.toContain("<script>");
  });
});

describe("selectFacts", () => {
  it("selects by entity and by period, keeping the sources that state what is selected", () => {
    const base = factBase();
    expect(selectFacts(base, {}, taxonomy)).toBe(base);
    const msft = selectFacts(base, { entity: "MSFT" }, taxonomy);
    expect(msft.facts.map((fact) => fact.sourceId)).toEqual(["msft-story"]);
    expect(msft.sources.map((source) => source.id)).toEqual(["msft-story"]);
    // A period is read on each fact's entity's calendar: Microsoft's 2026-Q2 is October to December 2025.
    const quarter = selectFacts(base, { period: "2026-Q2" }, taxonomy);
    expect(quarter.facts.map((fact) => fact.entity)).toEqual(["MSFT"]);
  });
});

describe("displayWidth", () => {
  it("counts east Asian wide characters as two columns and combining marks as none", () => {
    expect(displayWidth("abc")).toBe(3);
    expect(displayWidth("亿 USD")).toBe(6);
    expect(displayWidth("海豚研究")).toBe(8);
    expect(displayWidth("ＵＳ")).toBe(4);
    expect(displayWidth("e\u0301")).toBe(1);
  });
});
