import { describe, expect, it } from "vitest";
import { amount, article, identityFindings, release, testIdentityCases, type IdentityCase, type SourceSpec } from "../identities/identity-fixture.js";

const orderAndSign = (...sources: SourceSpec[]) => identityFindings("order-and-sign", ...sources);

const revenue = (value: string, period: string, extra: Record<string, string> = {}) => amount("total", "revenue", value, { period, ...extra });
const income = (value: string, period: string, extra: Record<string, string> = {}) => amount("total", "operating_income", value, { period, ...extra });
const walmart = (facts: ReturnType<typeof revenue>[]) => article("wire-w", facts, { entity: "WMT" });

const cases: IdentityCase[] = [
  // possible
  { name: "a quarter (2,133亿) within its fiscal year (7,169亿)", sources: [article("wire-a", [revenue("2,133", "2025-Q4"), revenue("7,169", "FY2025")])], fires: false },
  { name: "a quarter equal to its year within rounding", sources: [article("wire-a", [revenue("7,169", "2025-Q4"), revenue("7,169", "FY2025")])], fires: false },
  { name: "a quarter larger than another fiscal year", sources: [article("wire-a", [revenue("2,133", "2025-Q4"), revenue("1,000", "FY2024")])], fires: false },
  { name: "a quarter larger than a half-year (not its fiscal year)", sources: [article("wire-a", [revenue("2,133", "2025-Q4"), revenue("1,000", "2025-H2")])], fires: false },
  { name: "a negative operating income (losses are allowed)", sources: [article("wire-a", [income("-27", "2025-Q4")])], fires: false },
  { name: "a negative quarter against a smaller year (a loss need not be within its year)", sources: [article("wire-a", [income("-27", "2025-Q4"), income("-50", "FY2025")])], fires: false },
  { name: "a fall in revenue (yoy −10%) is not a negative revenue", sources: [article("wire-a", [{ metric: "revenue", measure: "yoy", value: "-10", unit: "percent", quote: "revenue fell 10%" }])], fires: false },
  { name: "a ratio's quarter above its year (not an amount)", sources: [article("wire-a", [{ metric: "operating_margin", value: "12", unit: "percent", quote: "margin of 12%" }, { metric: "operating_margin", period: "FY2025", value: "10", unit: "percent", quote: "margin of 10%" }])], fires: false },
  { name: "a revenue 'less than' −1亿 (a size bound: anything above −1亿)", sources: [article("wire-a", [revenue("-1", "2025-Q4", { qualifier: "less_than" })])], fires: false },
  { name: "an article's quarter equal to the release's year (7,169亿 = 716.9 billion)", sources: [article("wire-a", [revenue("7,169", "2025-Q4")]), release("release", [revenue("716.9", "FY2025", { scale: "billion" })])], fires: false },
  { name: "zero revenue", sources: [article("wire-a", [revenue("0", "2025-Q4")])], fires: false },
  { name: "Walmart: fiscal Q3 2026 (Aug–Oct 2025) against FY2026, the year holding it", sources: [walmart([revenue("1,796", "2026-Q3"), revenue("7,000", "FY2026")])], fires: false },
  { name: "Walmart: fiscal Q4 2026 (Nov 2025–Jan 2026) against a small FY2025, not its year", sources: [walmart([revenue("1,900", "2026-Q4"), revenue("1,000", "FY2025")])], fires: false },
  // impossible
  { name: "a quarter (2,133亿) larger than its fiscal year (1,000亿)", sources: [article("wire-a", [revenue("2,133", "2025-Q4"), revenue("1,000", "FY2025")])], fires: true },
  { name: "the first quarter larger than its fiscal year", sources: [article("wire-a", [revenue("1,557", "2025-Q1"), revenue("1,000", "FY2025")])], fires: true },
  { name: "an article's quarter larger than the release's year", sources: [article("wire-a", [revenue("8,000", "2025-Q4")]), release("release", [revenue("716.9", "FY2025", { scale: "billion" }), revenue("213.4", "2025-Q4", { scale: "billion" })])], fires: true },
  { name: "a quarter larger than its TTM year (the same days as FY2025)", sources: [article("wire-a", [revenue("2,133", "2025-Q4"), revenue("1,000", "TTM:2025-12-31")])], fires: true },
  { name: "a negative revenue", sources: [article("wire-a", [revenue("-5", "2025-Q4")])], fires: true, messageId: "negative" },
  { name: "a negative capital spending", sources: [article("wire-a", [amount("total", "capex", "-350", { period: "2025-Q4" })])], fires: true, messageId: "negative" },
  { name: "a revenue of 'more than' −1亿 (−1亿 or below)", sources: [article("wire-a", [revenue("-1", "2025-Q4", { qualifier: "more_than" })])], fires: true, messageId: "negative" },
  { name: "Walmart: fiscal Q3 2026 larger than FY2026", sources: [walmart([revenue("1,796", "2026-Q3"), revenue("1,000", "FY2026")])], fires: true },
  { name: "Walmart: fiscal Q4 2026 (ending in January) larger than FY2026", sources: [walmart([revenue("1,900", "2026-Q4"), revenue("1,000", "FY2026")])], fires: true },
  { name: "Walmart: fiscal Q1 2026 (Feb–Apr 2025) larger than FY2026", sources: [walmart([revenue("1,653", "2026-Q1"), revenue("1,000", "FY2026")])], fires: true },
];

testIdentityCases("order-and-sign", "quarter_above_year", cases);

describe("order-and-sign", () => {
  it("reports a quarter above its year as an error, with both intervals", () => {
    const [finding, ...rest] = orderAndSign(article("wire-a", [revenue("2,133", "2025-Q4"), revenue("1,000", "FY2025")]));
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({
      rule: "order-and-sign",
      kind: "identity_violation",
      severity: "error",
      key: { entity: "AMZN", segment: "total", metric: "revenue", measure: "level", period: "2025-10-01..2025-12-31", periodLabel: "2025-Q4" },
      message: "The quarter's figure is larger than its fiscal year's: 2,133 亿 USD (wire-a) ([2132.5, 2133.5] 亿 USD) for the quarter, 1,000 亿 USD (wire-a) ([999.5, 1000.5] 亿 USD) for the year.",
    });
    expect(finding!.facts.map((fact) => fact.period.label)).toEqual(["2025-Q4", "FY2025"]);
  });

  it("reports a negative value of a never-negative metric", () => {
    const [finding, ...rest] = orderAndSign(article("wire-a", [revenue("-5", "2025-Q4")]));
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ severity: "error", key: { metric: "revenue", period: "2025-10-01..2025-12-31" }, message: "This figure (revenue) is never negative, but -5 亿 USD (wire-a) is." });
  });

  it("matches Walmart's quarters to the fiscal year ending in January", () => {
    const [finding] = orderAndSign(walmart([revenue("1,900", "2026-Q4"), revenue("1,000", "FY2026")]));
    expect(finding!.facts.map((fact) => `${fact.period.label} ${fact.period.key}`)).toEqual(["2026-Q4 2025-11-01..2026-01-31", "FY2026 2025-02-01..2026-01-31"]);
  });

  it("reports each source's negative value", () => {
    const found = orderAndSign(article("wire-a", [revenue("-5", "2025-Q4")]), article("wire-b", [revenue("-5", "2025-Q4")]));
    expect(found.map((finding) => finding.facts[0]!.sourceId).sort()).toEqual(["wire-a", "wire-b"]);
  });

  it("reports a negative value a source states twice once, and each period's on its own", () => {
    expect(orderAndSign(article("wire-a", [revenue("-5", "2025-Q4"), revenue("-5", "2025-Q4", { quote: "sales of minus 5" })]))).toHaveLength(1);
    expect(orderAndSign(article("wire-a", [revenue("-5", "2025-Q4"), revenue("-5", "2025-Q3")]))).toHaveLength(2);
  });

  it("reports a quarter a source states twice above its year once", () => {
    expect(orderAndSign(article("wire-a", [revenue("2,133", "2025-Q4"), revenue("2,133", "2025-Q4", { quote: "quarterly sales" }), revenue("1,000", "FY2025")]))).toHaveLength(1);
  });
});
