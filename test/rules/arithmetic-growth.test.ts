import { describe, expect, it } from "vitest";
import { amount, article, identityFindings, percent, release, testIdentityCases, type IdentityCase, type SourceSpec } from "../identities/identity-fixture.js";

const growths = (...sources: SourceSpec[]) => identityFindings("arithmetic-growth", ...sources);

/** A change of `metric` for `segment`: measure yoy unless `extra` says otherwise, in percent unless it gives a unit. */
const change = (segment: string, metric: string, value: string, extra: Record<string, string> = {}) => percent(segment, metric, value, { measure: "yoy", ...extra });
const capex = (value: string, period: string, extra: Record<string, string> = {}) => amount("total", "capex", value, { period, ...extra });
const naRevenue = (value: string, period: string, extra: Record<string, string> = {}) => amount("north_america", "revenue", value, { period, ...extra });
const naIncome = (value: string, period: string, extra: Record<string, string> = {}) => amount("north_america", "operating_income", value, { period, ...extra });
const awsRevenue = (value: string, period: string) => amount("aws", "revenue", value, { period });
const awsMargin = (value: string, period: string) => percent("aws", "operating_margin", value, { period });
const revenue = (value: string, period: string) => amount("total", "revenue", value, { period });

const cases: IdentityCase[] = [
  // valid: the stated change is within what the two levels allow
  {
    name: "27% against 约1600亿 / 1245亿 (exactly 28.5%, but 约 makes 1600 approximate)",
    sources: [article("wire-a", [change("total", "capex", "27", { period: "FY2025" }), capex("1600", "FY2025", { qualifier: "about" }), capex("1245", "FY2024")])],
    fires: false,
  },
  { name: "10% against 1,271亿 vs 1,156亿 a year earlier", sources: [article("wire-a", [change("north_america", "revenue", "10"), naRevenue("1,271", "2025-Q4"), naRevenue("1,156", "2024-Q4")])], fires: false },
  { name: "a fall: -10% against 90亿 vs 100亿", sources: [article("wire-a", [change("north_america", "revenue", "-10"), naRevenue("90", "2025-Q4"), naRevenue("100", "2024-Q4")])], fires: false },
  { name: "last year's level from the company's release", sources: [article("wire-a", [change("north_america", "revenue", "10"), naRevenue("1,271", "2025-Q4")]), release("release", [naRevenue("1,156", "2024-Q4")])], fires: false },
  { name: "qoq 8% against 356亿 vs 330亿 the quarter before", sources: [article("wire-a", [change("aws", "revenue", "8", { measure: "qoq" }), awsRevenue("356", "2025-Q4"), awsRevenue("330", "2025-Q3")])], fires: false },
  { name: "qoq over a year is not checked", sources: [article("wire-a", [change("total", "revenue", "50", { measure: "qoq", period: "FY2025" }), revenue("7,169", "FY2025"), revenue("6,380", "FY2024")])], fires: false },
  { name: "yoy_abs −190 bp against a margin of 35% vs 36.9%", sources: [article("wire-a", [change("aws", "operating_margin", "-190", { measure: "yoy_abs", unit: "bp" }), awsMargin("35", "2025-Q4"), awsMargin("36.9", "2024-Q4")])], fires: false },
  { name: "yoy_abs −1.9 pp against a margin of 35% vs 36.9%", sources: [article("wire-a", [change("aws", "operating_margin", "-1.9", { measure: "yoy_abs", unit: "pp" }), awsMargin("35", "2025-Q4"), awsMargin("36.9", "2024-Q4")])], fires: false },
  { name: "yoy_abs +22亿 USD against 115亿 vs 93亿", sources: [article("wire-a", [amount("north_america", "operating_income", "22", { measure: "yoy_abs" }), naIncome("115", "2025-Q4"), naIncome("93", "2024-Q4")])], fires: false },
  { name: "CAGR 18% over FY2016..FY2026 against 1,360亿 → 7,115亿 (×5.23)", sources: [article("wire-a", [change("total", "revenue", "18", { measure: "cagr", period: "FY2016..FY2026" }), revenue("1,360", "FY2016"), revenue("7,115", "FY2026")])], fires: false },
  { name: "a growth on basis ex_fx is not checked against reported levels", sources: [article("wire-a", [change("north_america", "revenue", "30", { basis: "ex_fx" }), naRevenue("1,271", "2025-Q4"), naRevenue("1,156", "2024-Q4")])], fires: false },
  { name: "reported levels on another basis are not used", sources: [article("wire-a", [change("north_america", "revenue", "30"), naRevenue("1,271", "2025-Q4", { basis: "non_gaap" }), naRevenue("1,156", "2024-Q4")])], fires: false },
  { name: "no level a year earlier: nothing to check", sources: [article("wire-a", [change("north_america", "revenue", "30"), naRevenue("1,271", "2025-Q4"), naRevenue("1,156", "2023-Q4")])], fires: false },
  { name: "growth from a loss is not checked", sources: [article("wire-a", [change("international", "operating_income", "200"), amount("international", "operating_income", "10", { period: "2025-Q4" }), amount("international", "operating_income", "-27", { period: "2024-Q4" })])], fires: false },
  { name: "'more than 20%' against 28.5%", sources: [article("wire-a", [change("total", "capex", "20", { period: "FY2025", qualifier: "more_than" }), capex("1600", "FY2025"), capex("1245", "FY2024")])], fires: false },
  {
    name: "Walmart's fiscal Q4 (Nov–Jan) against the same quarter a year earlier",
    sources: [article("wire-w", [change("total", "revenue", "4", { period: "2025-Q4" }), revenue("1,807", "2025-Q4"), revenue("1,738", "2024-Q4")], { entity: "WMT" })],
    fires: false,
  },
  // invalid: the stated change cannot be what the levels give
  { name: "24% against 93亿 vs 9,256 million a year earlier", sources: [article("wire-a", [change("north_america", "operating_income", "24"), naIncome("93", "2025-Q4")]), release("release", [naIncome("9,256", "2024-Q4", { scale: "million" })])], fires: true },
  { name: "10% against 1,271亿 vs 1,056亿", sources: [article("wire-a", [change("north_america", "revenue", "10"), naRevenue("1,271", "2025-Q4"), naRevenue("1,056", "2024-Q4")])], fires: true },
  { name: "qoq 20% against 356亿 vs 330亿", sources: [article("wire-a", [change("aws", "revenue", "20", { measure: "qoq" }), awsRevenue("356", "2025-Q4"), awsRevenue("330", "2025-Q3")])], fires: true },
  { name: "yoy_abs +40 bp against a margin of 35% vs 36.9%", sources: [article("wire-a", [change("aws", "operating_margin", "40", { measure: "yoy_abs", unit: "bp" }), awsMargin("35", "2025-Q4"), awsMargin("36.9", "2024-Q4")])], fires: true, messageId: "change" },
  { name: "yoy_abs +0.4 pp against a margin of 35% vs 36.9%", sources: [article("wire-a", [change("aws", "operating_margin", "0.4", { measure: "yoy_abs", unit: "pp" }), awsMargin("35", "2025-Q4"), awsMargin("36.9", "2024-Q4")])], fires: true, messageId: "change" },
  { name: "yoy_abs +40亿 USD against 115亿 vs 93亿", sources: [article("wire-a", [amount("north_america", "operating_income", "40", { measure: "yoy_abs" }), naIncome("115", "2025-Q4"), naIncome("93", "2024-Q4")])], fires: true, messageId: "change" },
  { name: "CAGR 25% over FY2016..FY2026 against 1,360亿 → 7,115亿", sources: [article("wire-a", [change("total", "revenue", "25", { measure: "cagr", period: "FY2016..FY2026" }), revenue("1,360", "FY2016"), revenue("7,115", "FY2026")])], fires: true, messageId: "cagr" },
  { name: "CAGR 10% over FY2016..FY2026 against 1,360亿 → 7,115亿", sources: [article("wire-a", [change("total", "revenue", "10", { measure: "cagr", period: "FY2016..FY2026" }), revenue("1,360", "FY2016"), revenue("7,115", "FY2026")])], fires: true, messageId: "cagr" },
  { name: "'more than 30%' against 28.5%", sources: [article("wire-a", [change("total", "capex", "30", { period: "FY2025", qualifier: "more_than" }), capex("1600", "FY2025"), capex("1245", "FY2024")])], fires: true },
  {
    name: "Walmart's fiscal Q4 growth of 14% against 1,807亿 vs 1,738亿",
    sources: [article("wire-w", [change("total", "revenue", "14", { period: "2025-Q4" }), revenue("1,807", "2025-Q4"), revenue("1,738", "2024-Q4")], { entity: "WMT" })],
    fires: true,
  },
];

testIdentityCases("arithmetic-growth", "growth", cases);

describe("arithmetic-growth", () => {
  it("is an error that shows the arithmetic, with levels from other sources", () => {
    const [finding, ...rest] = growths(article("wire-a", [change("north_america", "operating_income", "24"), naIncome("93", "2025-Q4")]), release("release", [naIncome("9,256", "2024-Q4", { scale: "million" })]));
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({
      rule: "arithmetic-growth",
      kind: "identity_violation",
      severity: "error",
      key: { entity: "AMZN", segment: "north_america", metric: "operating_income", measure: "yoy", period: "2025-10-01..2025-12-31", periodLabel: "2025-Q4" },
      message: "The growth rate does not add up: 93 亿 USD (wire-a) / 9,256 million USD (release) − 1 = [-0.0703, 1.0211] percent, but wire-a states 24 percent ([23.5, 24.5] percent).",
    });
    expect(finding!.facts.map((fact) => `${fact.sourceId}:${fact.period.label}`)).toEqual(["wire-a:2025-Q4", "wire-a:2025-Q4", "release:2024-Q4"]);
  });

  it("writes an absolute change of a margin in the stated unit", () => {
    const [finding] = growths(article("wire-a", [change("aws", "operating_margin", "40", { measure: "yoy_abs", unit: "bp" }), awsMargin("35", "2025-Q4"), awsMargin("36.9", "2024-Q4")]));
    expect(finding!.message).toBe("The change does not add up: 35 percent (wire-a) − 36.9 percent (wire-a) = [-245, -135] bp, but wire-a states 40 bp ([39.5, 40.5] bp).");
  });

  it("compares a CAGR by compounding, and says so", () => {
    const [finding] = growths(article("wire-a", [change("total", "revenue", "25", { measure: "cagr", period: "FY2016..FY2026" }), revenue("1,360", "FY2016"), revenue("7,115", "FY2026")]));
    expect(finding!.message).toBe(
      "The compound growth rate does not add up: 7,115 亿 USD (wire-a) / 1,360 亿 USD (wire-a) = [5.2293, 5.234]× over 10 years, while (1 + rate)^10 spans [8.9473, 9.6926]×, but wire-a states 25 percent ([24.5, 25.5] percent).",
    );
    expect(finding!.facts.map((fact) => fact.period.label)).toEqual(["FY2016..FY2026", "FY2026", "FY2016"]);
  });

  it("does not check a CAGR without the span's first and last years", () => {
    const stated = change("total", "revenue", "25", { measure: "cagr", period: "FY2016..FY2026" });
    expect(growths(article("wire-a", [stated, revenue("1,360", "FY2017"), revenue("7,115", "FY2026")]))).toEqual([]);
    expect(growths(article("wire-a", [stated, revenue("1,360", "FY2016"), revenue("7,115", "FY2025")]))).toEqual([]);
  });

  it("checks each source's growth rate on its own", () => {
    const levels = release("release", [naRevenue("1,271", "2025-Q4"), naRevenue("1,156", "2024-Q4")]);
    const found = growths(article("wire-a", [change("north_america", "revenue", "10")]), article("wire-b", [change("north_america", "revenue", "20")]), article("wire-c", [change("north_america", "revenue", "2")]), levels);
    expect(found.map((finding) => finding.facts[0]!.sourceId).sort()).toEqual(["wire-b", "wire-c"]);
  });

  it("reports a wrong growth rate a source states twice once (one id, settled by one review)", () => {
    const levels = [naRevenue("1,271", "2025-Q4"), naRevenue("1,156", "2024-Q4")];
    const found = growths(article("wire-a", [change("north_america", "revenue", "20"), change("north_america", "revenue", "20", { quote: "up a fifth" }), ...levels]));
    expect(found).toHaveLength(1);
  });

  it("does not check a CAGR from a loss", () => {
    const stated = change("total", "operating_income", "50", { measure: "cagr", period: "FY2016..FY2026" });
    const income = (value: string, period: string) => amount("total", "operating_income", value, { period });
    expect(growths(article("wire-a", [stated, income("-5", "FY2016"), income("100", "FY2026")]))).toEqual([]);
    expect(growths(article("wire-a", [stated, income("0", "FY2016"), income("100", "FY2026")]))).toEqual([]);
  });
});
