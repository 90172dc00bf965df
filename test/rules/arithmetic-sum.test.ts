import { describe, expect, it } from "vitest";
import { amount, article, identityFindings, release, testIdentityCases, type IdentityCase, type SourceSpec } from "../identities/identity-fixture.js";
import type { FactFields } from "../helpers.js";

const sums = (...sources: SourceSpec[]) => identityFindings("arithmetic-sum", ...sources);

const income = (segment: string, value: string, extra: Record<string, string> = {}) => amount(segment, "operating_income", value, extra);
const revenue = (segment: string, value: string, extra: Record<string, string> = {}) => amount(segment, "revenue", value, extra);
/** Operating income by segment and in total, in 亿 USD; a part left undefined is not stated. */
const incomes = (parts: { na?: string; intl?: string; aws?: string; total?: string }, extra: Record<string, string> = {}): FactFields[] => [
  ...(parts.na ? [income("north_america", parts.na, extra)] : []),
  ...(parts.intl ? [income("international", parts.intl, extra)] : []),
  ...(parts.aws ? [income("aws", parts.aws, extra)] : []),
  ...(parts.total ? [income("total", parts.total, extra)] : []),
];
/** Amazon's Q4 2025 revenue by product line (adds up to 2,133亿). */
const productLines = (online = "829"): FactFields[] => [
  revenue("online_stores", online),
  revenue("physical_stores", "59"),
  revenue("third_party_seller_services", "521"),
  revenue("subscription_services", "133"),
  revenue("advertising", "213"),
  revenue("aws", "356"),
  revenue("other_revenue", "22"),
];

const cases: IdentityCase[] = [
  // valid: the parts can add up to the total
  { name: "115亿 + 10亿 + 125亿 = 250亿", sources: [article("wire-a", incomes({ na: "115", intl: "10", aws: "125", total: "250" }))], fires: false },
  { name: "115亿 + 10亿 + 125亿 vs 251亿 (the sum spans 248.5–251.5亿)", sources: [article("wire-a", incomes({ na: "115", intl: "10", aws: "125", total: "251" }))], fires: false },
  { name: "segment revenue 1,271亿 + 507亿 + 356亿 vs 2,133亿", sources: [article("wire-a", [revenue("north_america", "1,271"), revenue("international", "507"), revenue("aws", "356"), revenue("total", "2,133")])], fires: false },
  { name: "seven product lines add up to 2,133亿", sources: [article("wire-a", [...productLines(), revenue("total", "2,133")])], fires: false },
  { name: "parts in other scales: 11,500 million + 1.0 billion + 125亿 = 250亿", sources: [article("wire-a", [income("north_america", "11,500", { scale: "million" }), income("international", "1.0", { scale: "billion" }), income("aws", "125"), income("total", "250")])], fires: false },
  { name: "a missing part: 115亿 + 125亿 vs 250亿 is not checked", sources: [article("wire-a", incomes({ na: "115", aws: "125", total: "250" }))], fires: false },
  { name: "no total: nothing to check", sources: [article("wire-a", incomes({ na: "93", intl: "10", aws: "125" }))], fires: false },
  { name: "parts and total for different periods", sources: [article("wire-a", [...incomes({ na: "93", intl: "10", aws: "125" }), income("total", "250", { period: "2024-Q4" })])], fires: false },
  { name: "parts on another basis (non-GAAP) are not summed", sources: [article("wire-a", [...incomes({ na: "93", intl: "10", aws: "125" }, { basis: "non_gaap" }), income("total", "250")])], fires: false },
  { name: "a total in another currency is not compared", sources: [article("wire-a", [...incomes({ na: "93", intl: "10", aws: "125" }), income("total", "250", { unit: "CNY" })])], fires: false },
  { name: "a total 'more than' the parts' sum", sources: [article("wire-a", [...incomes({ na: "93", intl: "10", aws: "125" }), income("total", "200", { qualifier: "more_than" })])], fires: false },
  // invalid: the parts cannot add up to the total
  { name: "93亿 + 10亿 + 125亿 vs 250亿", sources: [article("wire-a", incomes({ na: "93", intl: "10", aws: "125", total: "250" }))], fires: true },
  { name: "parts from an article, total from the release", sources: [article("wire-a", incomes({ na: "93", intl: "10", aws: "125" })), release("release", incomes({ total: "250" }))], fires: true },
  { name: "one wrong part from an article against the release's other parts and total", sources: [article("wire-a", incomes({ na: "93" })), release("release", incomes({ na: "115", intl: "10", aws: "125", total: "250" }))], fires: true },
  { name: "seven product lines with online stores at 729亿 vs 2,133亿", sources: [article("wire-a", [...productLines("729"), revenue("total", "2,133")])], fires: true },
  { name: "a total 'up to' 200亿 below the parts' sum", sources: [article("wire-a", [...incomes({ na: "93", intl: "10", aws: "125" }), income("total", "200", { qualifier: "up_to" })])], fires: true },
];

testIdentityCases("arithmetic-sum", "sum", cases);

describe("arithmetic-sum", () => {
  it("is an error that shows the arithmetic", () => {
    const [finding, ...rest] = sums(article("wire-a", incomes({ na: "93", intl: "10", aws: "125", total: "250" })));
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({
      rule: "arithmetic-sum",
      kind: "identity_violation",
      severity: "error",
      key: { entity: "AMZN", segment: "total", metric: "operating_income", measure: "level", period: "2025-10-01..2025-12-31", periodLabel: "2025-Q4" },
      message:
        "The parts do not add up to the total: 93 亿 USD (wire-a) + 10 亿 USD (wire-a) + 125 亿 USD (wire-a) = [226.5, 229.5] 亿 USD, but the stated total is 250 亿 USD (wire-a) ([249.5, 250.5] 亿 USD).",
    });
    expect(finding!.facts.map((fact) => fact.segment)).toEqual(["total", "north_america", "international", "aws"]);
    expect(finding!.id).toMatch(/^arithmetic-sum-[0-9a-f]{8}$/);
  });

  it("writes the sum in the total's scale", () => {
    const [finding] = sums(article("wire-a", [...incomes({ na: "93", intl: "10", aws: "125" }), income("total", "25.0", { scale: "billion" })]));
    expect(finding!.message).toContain("= [22.65, 22.95] billion USD, but the stated total is 25.0 billion USD (wire-a) ([24.95, 25.05] billion USD)");
  });

  it("takes the article's parts and the release's total, and reports it once", () => {
    const found = sums(article("wire-a", incomes({ na: "93", intl: "10", aws: "125" })), release("release", incomes({ total: "250" })));
    expect(found).toHaveLength(1);
    expect(found[0]!.facts.map((fact) => `${fact.sourceId}:${fact.segment}`)).toEqual(["release:total", "wire-a:north_america", "wire-a:international", "wire-a:aws"]);
  });

  it("fills an article's missing parts from the release, and only the wrong perspective fires", () => {
    const [finding, ...rest] = sums(article("wire-a", incomes({ na: "93" })), release("release", incomes({ na: "115", intl: "10", aws: "125", total: "250" })));
    expect(rest).toEqual([]);
    expect(finding!.facts.map((fact) => `${fact.sourceId}:${fact.segment}`)).toEqual(["release:total", "wire-a:north_america", "release:international", "release:aws"]);
  });

  it("gives one finding per distinct set of operands", () => {
    // Two articles with the same wrong part: each is its own set of operands; the release's own set adds up.
    const twoArticles = sums(article("wire-a", incomes({ na: "93" })), article("wire-b", incomes({ na: "93" })), release("release", incomes({ na: "115", intl: "10", aws: "125", total: "250" })));
    expect(twoArticles.map((finding) => finding.facts[1]!.sourceId).sort()).toEqual(["wire-a", "wire-b"]);
    expect(new Set(twoArticles.map((finding) => finding.id)).size).toBe(2);
    // Every fact of one set stated by one source: one finding, however many sources state other terms.
    expect(sums(article("wire-a", incomes({ na: "93", intl: "10", aws: "125", total: "250" })), article("wire-b", [revenue("total", "2,133")]))).toHaveLength(1);
    // A source repeating every figure of another has its own finding (its own operands), and only one.
    const repeated = sums(article("wire-a", incomes({ na: "93", intl: "10", aws: "125", total: "250" })), article("wire-b", incomes({ na: "93", intl: "10", aws: "125", total: "250" })));
    expect(repeated.map((finding) => finding.facts.map((fact) => fact.sourceId).join(",")).sort()).toEqual(["wire-a,wire-a,wire-a,wire-a", "wire-b,wire-b,wire-b,wire-b"]);
  });

  it("checks revenue against both of Amazon's breakdowns", () => {
    const found = sums(article("wire-a", [...productLines("729"), revenue("north_america", "1,071"), revenue("international", "507"), revenue("total", "2,133")]));
    expect(found.map((finding) => finding.brokenIdentity).sort()).toEqual(["amazon-product-lines-revenue", "amazon-segments-revenue"]);
  });

  it("applies Amazon's sums to Amazon only", () => {
    // `advertising` and `total` exist for every entity; the product-line identity names AMZN.
    const meta = article("wire-m", [revenue("advertising", "500"), revenue("total", "400")], { entity: "META" });
    expect(sums(meta)).toEqual([]);
  });
});
