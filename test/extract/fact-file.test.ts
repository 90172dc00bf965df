import { describe, expect, it } from "vitest";
import { extractFacts } from "../../src/extract/extract.js";
import { formatFactFile, proposeFactFile, sourceIdFrom, taxonomyWithSubject } from "../../src/extract/fact-file.js";
import { loadFactFiles } from "../../src/load/load-fact-base.js";
import { exactToString } from "../../src/numbers/exact.js";
import { repositoryTaxonomy } from "../helpers.js";

const taxonomy = repositoryTaxonomy();

describe("proposeFactFile", () => {
  it("builds a valid file with notes giving line:column", () => {
    const extraction = extractFacts("营收 100 亿美元", taxonomy, { date: "2026-02-06" });
    const { document, rejected } = proposeFactFile(extraction, { id: "test-article" }, taxonomy);
    expect(rejected).toEqual([]);
    expect(document.facts[0]).toMatchObject({ metric: "revenue", value: "100", note: "extracted at 1:4" });
    expect(formatFactFile(document, "yaml")).toContain("metric: revenue");
  });

  it("reads a company the taxonomy does not know on the fiscal year its text tells, in the file's periods too", () => {
    const text = "Larkspur Motors results\n\nLarkspur Motors said net profit for the six months ended September 30 rose to 150.2 billion yen.";
    const extraction = extractFacts(text, taxonomy, { date: "2025-11-07" });
    expect(extraction.newEntity?.fiscalYearEnd).toBe("03-31");
    const { document } = proposeFactFile(extraction, { id: "test-article" }, taxonomy);
    const loaded = loadFactFiles([{ file: "proposed.json", text: JSON.stringify(document) }], taxonomyWithSubject(extraction, taxonomy));
    expect(loaded.diagnostics).toEqual([]);
    expect(loaded.factBase.facts.map((fact) => fact.period.key)).toEqual(["2025-04-01..2025-09-30"]);
  });

  it("reads a 52/53-week year from a fiscal quarter that ended short of a month's end, and proposes the quarter's own days", () => {
    const text = "Quillmark Devices tops forecasts\n\nQuillmark Devices said revenue for its fiscal second quarter ended Dec. 27 rose 8% to $2.31 billion.";
    const extraction = extractFacts(text, taxonomy, { date: "2026-02-04" });
    expect(extraction.newEntity?.fiscalYearEnd).toBe("last Saturday of 06");
    const { document } = proposeFactFile(extraction, { id: "test-article" }, taxonomy);
    const loaded = loadFactFiles([{ file: "proposed.json", text: JSON.stringify(document) }], taxonomyWithSubject(extraction, taxonomy));
    expect(loaded.diagnostics).toEqual([]);
    expect(new Set(loaded.factBase.facts.map((fact) => fact.period.key))).toEqual(new Set(["2025-09-28..2025-12-27"]));
    // (A quarter that ended on its month's last day keeps a year of calendar months.)
    const monthly = extractFacts(text.replace("Dec. 27", "Dec. 31"), taxonomy, { date: "2026-02-04" });
    expect(monthly.newEntity?.fiscalYearEnd).toBe("06-30");
  });

  it("proposes a change written as times grown by (增长1.3倍) as 130% known to tens, not to the unit", () => {
    const extraction = extractFacts("瑞丰科技第三季度业绩\n\n瑞丰科技第三季度归母净利润为3.2亿元，同比增长1.3倍。", taxonomy, { date: "2025-10-28" });
    const { document } = proposeFactFile(extraction, { id: "test-article" }, taxonomy);
    expect(document.facts).toContainEqual(expect.objectContaining({ measure: "yoy", value: "130", precision: "10" }));
    const loaded = loadFactFiles([{ file: "proposed.json", text: JSON.stringify(document) }], taxonomyWithSubject(extraction, taxonomy));
    expect(loaded.diagnostics).toEqual([]);
    // (Half of ten percent either side: 125 to 135, as 1.25 to 1.35 times are.)
    const parsed = loaded.factBase.facts.find((fact) => fact.measure === "yoy")?.parsed;
    expect(parsed?.kind === "number" ? exactToString(parsed.halfStep) : undefined).toBe("5");
  });

  it("proposes a forecast's revision with the metric it moves, in a file that loads", () => {
    const text = "Larkspur Motors cut its full-year revenue forecast by $200 million to $5.1 billion.";
    const extraction = extractFacts(text, taxonomy, { date: "2025-11-07" });
    const { document, rejected } = proposeFactFile(extraction, { id: "test-article" }, taxonomy);
    expect(rejected).toEqual([]);
    expect(document.facts).toContainEqual(expect.objectContaining({ metric: "forecast_revision", of: "revenue", value: "-200" }));
    const loaded = loadFactFiles([{ file: "proposed.json", text: JSON.stringify(document) }], taxonomyWithSubject(extraction, taxonomy));
    expect(loaded.diagnostics).toEqual([]);
  });

  it.each([["My Article.md", "my-article"], ["新闻.txt", "article-x"]])("source id from %s", (name, id) => {
    expect(sourceIdFrom(name)).toBe(id);
  });
});
