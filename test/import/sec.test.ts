// `concord import sec` as a pure conversion: companyfacts files of our own for three companies with
// different fiscal calendars (Amazon: December; Applied Materials: the last Sunday of October, a
// 52/53-week year with the long week in Q1; Sony: March, reporting under IFRS), checked to the value.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { checkCompanyFacts, type CompanyFacts } from "../../src/import/companyfacts.js";
import { entityStanza, exactOf, importCompanyFacts, type ImportStats, type SecFactFile } from "../../src/import/sec.js";
import { loadFactFiles } from "../../src/load/load-fact-base.js";
import { reconcile } from "../../src/reconcile/reconcile.js";
import { formatExact } from "../../src/numbers/written-number.js";
import { repositoryTaxonomy } from "../helpers.js";

const taxonomy = repositoryTaxonomy();

function fixture(name: string): CompanyFacts {
  const data = JSON.parse(readFileSync(new URL(`../fixtures/companyfacts/${name}.json`, import.meta.url), "utf8")) as unknown;
  expect(checkCompanyFacts(data)).toEqual([]);
  return data as CompanyFacts;
}

function imported(name: string, options: { entity?: string; since?: number } = {}): { document: SecFactFile; stats: ImportStats } {
  const result = importCompanyFacts(fixture(name), taxonomy, options);
  if (!result.ok) throw new Error(result.problem.message);
  return result;
}

/** The facts of one metric and period label, without the fields every fact has. */
function at(document: SecFactFile, metric: string, period: string): Record<string, string>[] {
  return document.facts.filter((fact) => fact.metric === metric && fact.period === period);
}

/** The one fact of a metric and period that stands (not superseded). */
function standing(document: SecFactFile, metric: string, period: string): Record<string, string> {
  const facts = at(document, metric, period).filter((fact) => fact.superseded_by === undefined);
  expect(facts, `${metric} ${period}`).toHaveLength(1);
  return facts[0]!;
}

/** The fact file loads into the fact base without a problem, as a primary source. */
function load(document: SecFactFile) {
  const { factBase, diagnostics } = loadFactFiles([{ file: "facts/imported.json", text: JSON.stringify(document) }], taxonomy);
  expect(diagnostics).toEqual([]);
  return factBase;
}

describe("import sec: a December year (Amazon)", () => {
  const { document, stats } = imported("amzn");

  it("files the company's figures under its entity as a primary source", () => {
    expect(document.defaults).toEqual({ entity: "AMZN" });
    expect(document.source).toMatchObject({ id: "amzn-sec-companyfacts", kind: "primary", language: "en", published: "2025-05-02" });
    expect(document.source.title).toContain("CIK 1018724");
    expect(load(document).facts).toHaveLength(document.facts.length);
  });

  it("reads quarters, the half and the nine months to date from their dates", () => {
    expect(standing(document, "revenue", "2023-Q2")).toMatchObject({ value: "134,383", scale: "million", unit: "USD" });
    expect(standing(document, "revenue", "2023-H1")).toMatchObject({ value: "261,741", scale: "million" });
    expect(standing(document, "revenue", "2023-Q1..2023-Q3")).toMatchObject({ value: "404,824", scale: "million" });
    expect(standing(document, "operating_income", "2023-Q1")).toMatchObject({ value: "4,774,123", scale: "thousand", unit: "USD" });
  });

  it("reads fiscal years, and takes the concept with precedence", () => {
    expect(standing(document, "revenue", "FY2023")).toMatchObject({ value: "574,785", scale: "million" });
    // Revenues comes before RevenueFromContractWithCustomerExcludingAssessedTax in the taxonomy's list.
    expect(standing(document, "revenue", "FY2022")).toMatchObject({ value: "513,983", quote: "us-gaap:Revenues, 10-K filed 2023-02-03", filing: "0001018724-23-000004" });
    expect(stats.outranked).toBe(1);
  });

  it("names concept, form, filing date and accession number in quote and note", () => {
    const fact = standing(document, "revenue", "FY2023");
    expect(fact.quote).toBe("RevenueFromContractWithCustomerExcludingAssessedTax, 10-K filed 2024-02-02");
    expect(fact.note).toBe("us-gaap:RevenueFromContractWithCustomerExcludingAssessedTax (USD) 2023-01-01 to 2023-12-31: 574785000000, in 10-K filed 2024-02-02, accession 0001018724-24-000008.");
    expect(fact.filing).toBe("0001018724-24-000008");
    for (const each of document.facts) expect(each.quote!.length).toBeLessThanOrEqual(80);
  });

  it("derives the fourth quarter of flow amounts as the year less the nine months, with both operands in the note", () => {
    expect(standing(document, "revenue", "2023-Q4")).toEqual({
      metric: "revenue",
      period: "2023-Q4",
      value: "169,961",
      scale: "million",
      unit: "USD",
      precision: "2",
      basis: "derived",
      quote: "RevenueFromContractWithCustomerExcludingAssessedTax: FY2023 less nine months",
      note: "Derived, not filed: us-gaap:RevenueFromContractWithCustomerExcludingAssessedTax FY2023 574785000000 (10-K filed 2024-02-02, accession 0001018724-24-000008) less 2023-Q1..2023-Q3 404824000000 (10-Q filed 2023-10-27, accession 0001018724-23-000018) = 169961000000.",
    });
    expect(standing(document, "operating_income", "2023-Q4")).toMatchObject({ value: "12,876", basis: "derived" });
    expect(standing(document, "net_income", "2023-Q4")).toMatchObject({ value: "10,624", basis: "derived" });
    expect(standing(document, "capex", "2023-Q4")).toMatchObject({ value: "14,588", basis: "derived" });
    expect(stats.derived).toBe(5);
  });

  it("derives no fourth quarter for per-share figures, nor from operands of different concepts", () => {
    expect(standing(document, "eps_diluted", "FY2023")).toMatchObject({ value: "2.90", unit: "USD" });
    expect(standing(document, "eps_diluted", "2023-Q1..2023-Q3")).toMatchObject({ value: "1.91" });
    expect(at(document, "eps_diluted", "2023-Q4")).toEqual([]);
    // Operating cash flow: the year is NetCashProvidedByUsedInOperatingActivities, the nine months its ContinuingOperations variant.
    expect(at(document, "operating_cash_flow", "2023-Q4")).toEqual([]);
    expect(stats.notDerived).toBe(1);
  });

  it("writes per-share figures to the cent and losses negative", () => {
    expect(standing(document, "eps_basic", "FY2022")).toMatchObject({ value: "-0.27", unit: "USD" });
    expect(standing(document, "eps_diluted", "2024-Q1")).toMatchObject({ value: "0.98" });
  });

  it("keeps the latest filing's value and an earlier different value as restated", () => {
    expect(standing(document, "revenue", "2024-Q1")).toMatchObject({ value: "143,400", filing: "0001018724-25-000036", quote: "RevenueFromContractWithCustomerExcludingAssessedTax, 10-Q filed 2025-05-02" });
    const restated = at(document, "revenue", "2024-Q1").filter((fact) => fact.superseded_by !== undefined);
    expect(restated).toEqual([expect.objectContaining({ value: "143,313", filing: "0001018724-24-000083", superseded_by: "0001018724-25-000036" })]);
    expect(restated[0]!.note).toContain("As first filed, restated later");
    expect(stats.restated).toBe(1);
    // The same value repeated in a later filing is no restatement: it stands, from the latest filing.
    expect(at(document, "revenue", "2023-Q1")).toEqual([expect.objectContaining({ value: "127,358", filing: "0001018724-24-000083" })]);
  });

  it("reads instants as balances at their date", () => {
    expect(standing(document, "total_assets", "@2023-12-31")).toMatchObject({ value: "527,854", scale: "million", unit: "USD" });
    expect(standing(document, "total_assets", "@2022-12-31")).toMatchObject({ value: "462,675" });
    expect(standing(document, "cash", "@2023-12-31")).toMatchObject({ value: "73,387" });
    expect(standing(document, "shares_outstanding", "@2024-01-26")).toMatchObject({ value: "10,387,381,342", unit: "count" });
    expect(standing(document, "shares_outstanding", "@2024-01-26").scale).toBeUndefined();
  });

  it("counts concepts no metric maps, and values whose period does not fit", () => {
    expect(stats).toMatchObject({ unmappedConcepts: 3, unmappedValues: 4 });
    expect(stats.unmappedExamples).toEqual(["us-gaap:AccountsPayableCurrent", "dei:EntityPublicFloat", "us-gaap:Goodwill"]);
    expect(stats.skipped).toEqual([
      { reason: "a duration for a balance", values: 1, example: "us-gaap:CashAndCashEquivalentsAtCarryingValue 2023-01-01 to 2023-12-31" },
      { reason: "a duration that is no quarter, half, nine months or year", values: 1, example: "us-gaap:RevenueFromContractWithCustomerExcludingAssessedTax 2023-10-01 to 2023-11-30" },
    ]);
    expect(stats.facts).toBe(document.facts.length);
  });

  it("keeps only periods ending in the --since year or later", () => {
    const recent = imported("amzn", { since: 2024 });
    expect(new Set(recent.document.facts.map((fact) => fact.period))).toEqual(new Set(["@2024-01-26", "2024-Q1"]));
    expect(recent.stats.skipped.find((entry) => entry.reason.includes("--since"))?.values).toBeGreaterThan(20);
  });

  it("reconciles: the restatement is reported, and the superseded value is no self-contradiction", () => {
    const factBase = load(document);
    const { findings } = reconcile(factBase, [], undefined, taxonomy);
    expect(findings.map((finding) => finding.rule)).toEqual(["restatement"]);
    expect(findings[0]!.severity).toBe("info");
    expect(findings[0]!.message).toBe(
      "amzn-sec-companyfacts gives a restated figure: 143,313 million USD in filing 0001018724-24-000083 was restated as 143,400 million USD in filing 0001018724-25-000036. An article quoting the first value may be quoting the figure as first filed.",
    );
  });
});

describe("import sec: a 52/53-week year (Applied Materials, last Sunday of October)", () => {
  const { document, stats } = imported("amat");

  it("finds the company by its CIK", () => {
    expect(document.defaults.entity).toBe("AMAT");
    load(document);
  });

  it("reads quarters of 13 weeks, and a first quarter of 14 in a 53-week year", () => {
    expect(standing(document, "revenue", "2024-Q1")).toMatchObject({ value: "6,707" });
    expect(standing(document, "revenue", "2024-Q3")).toMatchObject({ value: "6,778" });
    // Fiscal 2021 ran 53 weeks (2020-10-26 to 2021-10-31); its first quarter took the extra week.
    expect(standing(document, "revenue", "2021-Q1")).toMatchObject({ value: "5,162", note: expect.stringContaining("2020-10-26 to 2021-01-31") });
    expect(standing(document, "revenue", "2024-Q1..2024-Q3")).toMatchObject({ value: "20,137" });
    expect(standing(document, "revenue", "FY2024")).toMatchObject({ value: "27,176", note: expect.stringContaining("2023-10-30 to 2024-10-27") });
  });

  it("derives the fourth quarter from the nine months, or from the three quarters", () => {
    expect(standing(document, "revenue", "2024-Q4")).toMatchObject({ value: "7,039", precision: "2", basis: "derived", quote: "us-gaap:Revenues: FY2024 less 2024-Q1..2024-Q3" });
    expect(standing(document, "net_income", "2024-Q4")).toMatchObject({
      value: "1,731",
      precision: "4",
      basis: "derived",
      note: expect.stringContaining("less 2024-Q1 2019000000 (10-Q filed 2024-02-23, accession 0000006951-24-000010), 2024-Q2 1722000000"),
    });
    expect(at(document, "eps_diluted", "2024-Q4")).toEqual([]);
    expect(standing(document, "eps_diluted", "FY2024")).toMatchObject({ value: "8.61" });
  });

  it("skips a period that does not fall on the fiscal calendar, and says so", () => {
    expect(stats.skipped).toEqual([{ reason: "a period off the entity's fiscal calendar (check its fiscal_year_end)", values: 1, example: "us-gaap:Revenues 2024-01-01 to 2024-03-31" }]);
    expect(document.facts.some((fact) => fact.value === "6,646")).toBe(false);
  });

  it("reads the balance at the fiscal year's last Sunday", () => {
    expect(standing(document, "total_assets", "@2024-10-27")).toMatchObject({ value: "34,409" });
  });

  it("meets a news article's fourth quarter on its days: a derived figure is compared as reported", () => {
    const article = [
      "source:",
      "  id: wire-2024-12-amat",
      "  publisher: Test Wire",
      "  title: A test article",
      '  published: "2024-12-14"',
      "  language: en",
      "  kind: secondary",
      "facts:",
      "  - entity: AMAT",
      "    metric: revenue",
      "    period: 2024-Q4",
      '    value: "6.78"',
      "    scale: billion",
      "    unit: USD",
      "    quote: fourth-quarter revenue of $6.78 billion",
      "",
    ].join("\n");
    const { factBase, diagnostics } = loadFactFiles([{ file: "facts/amat.json", text: JSON.stringify(document) }, { file: "facts/wire.yaml", text: article }], taxonomy);
    expect(diagnostics).toEqual([]);
    const found = reconcile(factBase, [], undefined, taxonomy).findings.filter((finding) => finding.rule === "contradiction");
    expect(found).toHaveLength(1);
    expect(found[0]!.judgement?.supported?.value).toBe("7,039 million USD");
    // 6.78 billion is the third quarter's figure: the judgement names the slip.
    expect(found[0]!.judgement?.outliers[0]?.candidate.value).toBe("6.78 billion USD");
  });
});

describe("import sec: an IFRS filer (Sony, March year, by --entity)", () => {
  const { document, stats } = imported("sony-ifrs", { entity: "SONY" });

  it("maps ifrs-full concepts, in the company's currency", () => {
    expect(standing(document, "revenue", "FY2025")).toMatchObject({ value: "12,957,064", scale: "million", unit: "JPY", quote: "ifrs-full:Revenue, 20-F filed 2025-06-20" });
    expect(standing(document, "net_income_attributable", "FY2025")).toMatchObject({ value: "1,141,600", unit: "JPY" });
    expect(standing(document, "eps_basic", "FY2025")).toMatchObject({ value: "189.07", unit: "JPY" });
    expect(at(document, "net_income", "FY2025")).toEqual([]);
    load(document);
  });

  it("names a fiscal year by the year it ends in, and reads a first half from a 6-K", () => {
    expect(standing(document, "revenue", "2025-H1")).toMatchObject({ value: "6,387,000", note: expect.stringContaining("2024-04-01 to 2024-09-30: 6387000000000, in 6-K filed 2024-11-13") });
    expect(at(document, "revenue", "2025-Q4")).toEqual([]);
  });

  it("keeps the comparative restated in the next 20-F", () => {
    expect(standing(document, "revenue", "FY2024")).toMatchObject({ value: "12,500,000", filing: "0009900001-25-000040" });
    expect(at(document, "revenue", "FY2024").filter((fact) => fact.superseded_by)).toEqual([expect.objectContaining({ value: "13,020,768", filing: "0009900001-24-000050", superseded_by: "0009900001-25-000040" })]);
    expect(stats.restated).toBe(1);
  });

  it("reads instants", () => {
    expect(standing(document, "total_assets", "@2025-03-31")).toMatchObject({ value: "36,000,000", unit: "JPY" });
    expect(standing(document, "cash", "@2025-03-31")).toMatchObject({ value: "1,564,000" });
    expect(stats).toMatchObject({ unmappedConcepts: 1, unmappedValues: 1, unmappedExamples: ["ifrs-full:Goodwill"] });
  });

  it("without --entity: the CIK is unknown, and the entity of the same name is pointed at", () => {
    const result = importCompanyFacts(fixture("sony-ifrs"), taxonomy);
    expect(result).toMatchObject({ ok: false, problem: { path: ["cik"], message: "no entity of the taxonomy has CIK 9900001 (Sony Group Corporation)", expected: "`cik: 9900001` on SONY (Sony Group Corporation) if it is this company, or --entity SONY" } });
  });
});

describe("import sec: which entity", () => {
  const gizmo: CompanyFacts = {
    cik: 1234567,
    entityName: "Gizmo Robotics Inc.",
    facts: {
      "us-gaap": {
        Revenues: {
          units: {
            USD: [
              { start: "2022-10-02", end: "2023-09-30", val: 1000000, accn: "0001234567-23-000010", fy: 2023, fp: "FY", form: "10-K", filed: "2023-11-20" },
              { start: "2023-10-01", end: "2024-09-28", val: 1200000, accn: "0001234567-24-000010", fy: 2024, fp: "FY", form: "10-K", filed: "2024-11-20" },
            ],
          },
        },
      },
    },
  };

  it("gives the stanza to add for an unknown CIK, with the calendar its years suggest", () => {
    const result = importCompanyFacts(gizmo, taxonomy);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problem).toMatchObject({ path: ["cik"], message: "no entity of the taxonomy has CIK 1234567 (Gizmo Robotics Inc.)", found: "1234567" });
    expect(result.problem.stanza).toBe(
      [
        "  GIZMO:",
        '    name: "Gizmo Robotics Inc."',
        "    cik: 1234567",
        "    tickers: []                # add: its ticker symbols",
        "    fiscal_year_end: last Saturday of 09   # check: read from the filings' twelve-month periods",
        "    currency: USD              # check: the currency it reports in",
        "    aliases:",
        "      zh-Hans: []",
        "      zh-Hant: []",
        '      en: ["Gizmo Robotics Inc."]',
      ].join("\n"),
    );
    expect(entityStanza({ ...gizmo, entityName: "Amazon Robotics" }, taxonomy)).toContain("  AMAZON:");
  });

  it("files under --entity when the CIK is unknown, and refuses one that contradicts the taxonomy", () => {
    expect(importCompanyFacts(gizmo, taxonomy, { entity: "ANTHROPIC" }).ok).toBe(true);
    expect(importCompanyFacts(gizmo, taxonomy, { entity: "AMZN" })).toMatchObject({ ok: false, problem: { message: "AMZN has CIK 1018724 in the taxonomy, and this file is CIK 1234567's" } });
    expect(importCompanyFacts({ ...gizmo, cik: 1018724 }, taxonomy, { entity: "ANTHROPIC" })).toMatchObject({ ok: false, problem: { message: "CIK 1018724 is AMZN's in the taxonomy, not ANTHROPIC's" } });
    expect(importCompanyFacts(gizmo, taxonomy, { entity: "NOPE" })).toMatchObject({ ok: false, problem: { message: "--entity is not an entity of the taxonomy" } });
  });

  it("has the CIK of each US-listed company of the corpus", () => {
    const ciks = Object.fromEntries([...taxonomy.entities.values()].filter((entity) => entity.cik !== undefined).map((entity) => [entity.id, entity.cik]));
    expect(ciks).toEqual({ AMZN: 1018724, SHOP: 1594805, QCOM: 804328, MCD: 63908, AMAT: 6951, ABNB: 1559720, HOOD: 1783879, ON: 1097864 });
  });
});

describe("exactOf", () => {
  it("keeps the decimal JSON wrote", () => {
    expect(formatExact(exactOf(574785000000))).toBe("574785000000");
    expect(formatExact(exactOf(-0.27))).toBe("-0.27");
    expect(formatExact(exactOf(189.07))).toBe("189.07");
    expect(formatExact(exactOf(1e-7))).toBe("0.0000001");
  });
});
