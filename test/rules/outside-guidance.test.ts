import { describe, expect, it } from "vitest";
import { amount, article, identityFindings, percent, release, testIdentityCases, type IdentityCase, type SourceSpec } from "../identities/identity-fixture.js";

const outside = (...sources: SourceSpec[]) => identityFindings("outside-guidance", ...sources);

/** Guided Q4 2025 revenue, 206.0–213.0 billion USD unless given. */
const guided = (low = "206.0", high = "213.0", extra: Record<string, string> = {}) => amount("total", "revenue", low, { value_high: high, scale: "billion", basis: "guidance", ...extra });
const actual = (value: string, extra: Record<string, string> = {}) => amount("total", "revenue", value, { scale: "million", ...extra });
const guidance = (...facts: ReturnType<typeof guided>[]) => release("release-q3", facts, { published: "2025-10-30" });
const results = (...facts: ReturnType<typeof actual>[]) => release("release-q4", facts, { published: "2026-02-05" });

const cases: IdentityCase[] = [
  // inside the range (or nothing to compare)
  { name: "actual 210,000 million inside 206.0–213.0 billion", sources: [guidance(guided()), results(actual("210,000"))], fires: false },
  { name: "actual 213.0 billion at the top of the range", sources: [guidance(guided()), results(actual("213.0", { scale: "billion" }))], fires: false },
  { name: "actual 213 billion, whose rounding reaches into the range", sources: [guidance(guided()), results(actual("213", { scale: "billion" }))], fires: false },
  { name: "actual 206,000 million at the bottom of the range", sources: [guidance(guided()), results(actual("206,000"))], fires: false },
  { name: "no actual yet", sources: [guidance(guided())], fires: false },
  { name: "an actual for another period", sources: [guidance(guided()), results(actual("230,000", { period: "2025-Q3" }))], fires: false },
  { name: "an actual for another segment", sources: [guidance(guided()), results(amount("aws", "revenue", "230,000", { scale: "million" }))], fires: false },
  { name: "an actual on another basis (ex-FX) is not an actual", sources: [guidance(guided()), results(actual("230,000", { basis: "ex_fx" }))], fires: false },
  { name: "an actual in another currency", sources: [guidance(guided()), results(actual("230,000", { unit: "CNY" }))], fires: false },
  { name: "a guided margin of 'up to' 12% and an actual 11.6%", sources: [guidance(percent("total", "operating_margin", "12", { basis: "guidance", qualifier: "up_to" })), results(percent("total", "operating_margin", "11.6"))], fires: false },
  // outside the range
  { name: "actual 213,386 million above 206.0–213.0 billion", sources: [guidance(guided()), results(actual("213,386"))], fires: true },
  { name: "actual 205,000 million below 206.0–213.0 billion", sources: [guidance(guided()), results(actual("205,000"))], fires: true },
  { name: "an actual stated only by an article", sources: [guidance(guided()), article("wire-a", [actual("213,386")])], fires: true },
  { name: "a guided margin of 'up to' 12% and an actual 12.6%", sources: [guidance(percent("total", "operating_margin", "12", { basis: "guidance", qualifier: "up_to" })), results(percent("total", "operating_margin", "12.6"))], fires: true },
];

testIdentityCases("outside-guidance", "guidance", cases);

describe("outside-guidance", () => {
  it("is informational, and says above and by how much", () => {
    const [finding, ...rest] = outside(guidance(guided()), results(actual("213,386")));
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({
      rule: "outside-guidance",
      kind: "outside_guidance",
      severity: "info",
      key: { entity: "AMZN", segment: "total", metric: "revenue", measure: "level", period: "2025-10-01..2025-12-31", periodLabel: "2025-Q4" },
      message: "The actual 213,386 million USD (release-q4) is above the company's guidance of 206.0–213.0 billion USD (release-q3) by 0.386 billion USD; with rounding, the guidance spans [205.95, 213.05] billion USD.",
    });
    expect(finding!.facts.map((fact) => `${fact.sourceId}:${fact.basis}`)).toEqual(["release-q4:reported", "release-q3:guidance"]);
  });

  it("says below and by how much, against the low end", () => {
    const [finding] = outside(guidance(guided()), results(actual("205,000")));
    expect(finding!.message).toBe("The actual 205,000 million USD (release-q4) is below the company's guidance of 206.0–213.0 billion USD (release-q3) by 1 billion USD; with rounding, the guidance spans [205.95, 213.05] billion USD.");
  });

  it("gives the gap in the guidance's scale", () => {
    const [finding] = outside(release("release-q3", [amount("total", "revenue", "1,735", { value_high: "1,785", basis: "guidance", period: "2026-Q1" })]), results(actual("181,000", { period: "2026-Q1" })));
    expect(finding!.message).toBe("The actual 181,000 million USD (release-q4) is above the company's guidance of 1,735–1,785 亿 USD (release-q3) by 25 亿 USD; with rounding, the guidance spans [1734.5, 1785.5] 亿 USD.");
  });

  it("prefers the company's own actual to an article's", () => {
    // The article's 213,386 million would be above the range; the release's 212,000 million is inside it.
    expect(outside(guidance(guided()), article("wire-a", [actual("213,386")]), results(actual("212,000")))).toEqual([]);
  });

  it("reports each guiding source once, however often it repeats its guidance", () => {
    expect(outside(guidance(guided(), guided()), results(actual("213,386")))).toHaveLength(1);
    const found = outside(guidance(guided()), article("wire-a", [guided()]), results(actual("213,386")));
    expect(found.map((finding) => finding.facts[1]!.sourceId).sort()).toEqual(["release-q3", "wire-a"]);
    expect(new Set(found.map((finding) => finding.id)).size).toBe(2);
  });

  it("gives a gap between percentages in percentage points, never in percent", () => {
    const margin = (value: string, extra: Record<string, string> = {}) => percent("total", "operating_margin", value, extra);
    const [wide] = outside(guidance(margin("8", { value_high: "9", basis: "guidance" })), results(margin("11.5")));
    expect(wide!.message).toBe("The actual 11.5 percent (release-q4) is above the company's guidance of 8–9 percent (release-q3) by 2.5 percentage points; with rounding, the guidance spans [7.5, 9.5] percent.");
    const [one] = outside(guidance(margin("8", { value_high: "9", basis: "guidance" })), results(margin("10")));
    expect(one!.message).toContain(" by 1 percentage point; ");
    const [below] = outside(guidance(margin("8", { value_high: "9", basis: "guidance" })), results(margin("7.25")));
    expect(below!.message).toContain("is below the company's guidance of 8–9 percent (release-q3) by 0.75 percentage points;");
    for (const finding of [wide, one, below]) expect(finding!.message).not.toMatch(/by [\d.]+ percent\b/);
  });

  it("calls a forecast only an article gives the article's forecast, not guidance", () => {
    const [finding] = outside(article("wire-a", [guided("200", "205")]), results(actual("213,386")));
    expect(finding!.message).toBe("The actual 213,386 million USD (release-q4) is above the article's forecast of 200–205 billion USD (wire-a) by 8.386 billion USD; with rounding, the forecast spans [199.5, 205.5] billion USD.");
    expect(finding!.message).not.toContain("guidance");
    const growth = (value: string, extra: Record<string, string> = {}) => percent("total", "revenue", value, { measure: "yoy", ...extra });
    const [rate] = outside(article("wire-b", [growth("12.5", { basis: "guidance" })]), results(growth("14")));
    expect(rate!.message).toBe("The actual 14 percent (release-q4) is above the article's forecast of 12.5 percent (wire-b) by 1.5 percentage points; with rounding, the forecast spans [12.45, 12.55] percent.");
  });
});
