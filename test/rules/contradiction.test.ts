import { describe, expect, it } from "vitest";
import { reconcile } from "../../src/reconcile/reconcile.js";
import { contradiction } from "../../src/rules/contradiction.js";
import { loadInline, ruleContext, sourcesWith, type FactFields } from "../helpers.js";

/** A fact in 亿 USD (or another scale), on advertising revenue by default. */
const amount = (value: string, extra: Record<string, string> = {}): FactFields => ({
  segment: "advertising",
  metric: "revenue",
  value,
  scale: "亿",
  unit: "USD",
  quote: `ad revenue came to ${value}`,
  ...extra,
});
const growth = (value: string, extra: Record<string, string> = {}): FactFields => ({
  segment: "advertising",
  metric: "revenue",
  measure: "yoy",
  value,
  unit: "percent",
  quote: `ads grew ${value} percent`,
  ...extra,
});
const capacity = (value: string, extra: Record<string, string> = {}): FactFields => ({
  segment: "aws",
  metric: "power_capacity_added",
  value,
  unit: "GW",
  quote: `added ${value} GW of power`,
  ...extra,
});
const income = (value: string, extra: Record<string, string> = {}): FactFields => ({
  segment: "north_america",
  metric: "operating_income",
  value,
  scale: "亿",
  unit: "USD",
  quote: `the segment earned ${value}`,
  ...extra,
});

const contradictions = (files: Record<string, string>) => reconcile(loadInline(files)).findings.filter((finding) => finding.rule === "contradiction");

// Two sources, one fact each: must the rule fire?
const cases: [name: string, a: FactFields, b: FactFields, fires: boolean][] = [
  // valid: the values can both be right
  ["213亿 vs 213.17亿 (rounding)", amount("213"), amount("213.17"), false],
  ['"more than 1" GW vs 1.2 GW', capacity("1", { qualifier: "more_than" }), capacity("1.2"), false],
  ["约2000亿 vs 1950亿 (about)", amount("2000", { metric: "capex", segment: "total", qualifier: "about" }), amount("1950", { metric: "capex", segment: "total" }), false],
  ["a range 1,735–1,785 vs 1,760", amount("1,735", { segment: "total", value_high: "1,785", period: "2026-Q1" }), amount("1,760", { segment: "total", period: "2026-Q1" }), false],
  ["115亿 vs 93亿 for different periods", income("115"), income("93", { period: "2024-Q4" }), false],
  ["115亿 vs 93亿 for different segments", income("115"), income("93", { segment: "international" }), false],
  ["17% reported vs 11% ex-FX (a basis difference, not a contradiction)", growth("17"), growth("11", { basis: "ex_fx" }), false],
  ["5 USD vs 5.9 CNY (different units are never compared)", amount("5", { unit: "CNY" }), amount("5.9"), false],
  ["FY2025 vs TTM:2025-12-31 agreeing", amount("716.9", { segment: "total", scale: "billion", period: "FY2025" }), amount("7,169", { segment: "total", period: "TTM:2025-12-31" }), false],
  ["equal values", amount("213"), amount("213"), false],
  // invalid: the values cannot both be right
  ["115亿 vs 93亿", income("115"), income("93"), true],
  ["22% vs 23% (touching rounding intervals)", growth("22"), growth("23"), true],
  ['"more than 5" billion vs 4.9 billion', amount("5", { scale: "billion", qualifier: "more_than" }), amount("4.9", { scale: "billion" }), true],
  ['a fall of "more than 10%" vs a fall of 8%', growth("-10", { qualifier: "more_than" }), growth("-8"), true],
  ['"up to" 1,850亿 vs 1,900亿', amount("1,850", { qualifier: "up_to" }), amount("1,900"), true],
  ["FY2025 vs TTM:2025-12-31 disagreeing (the same days)", amount("716.9", { segment: "total", scale: "billion", period: "FY2025" }), amount("7,000", { segment: "total", period: "TTM:2025-12-31" }), true],
  ["约2000亿 vs 1,800亿 (beyond the 5 % of about)", amount("2000", { qualifier: "about" }), amount("1,800"), true],
];

describe("contradiction", () => {
  it.each(cases.map(([name, a, b, fires]) => ({ name, a, b, fires })))("$name → fires: $fires", ({ a, b, fires }) => {
    expect(contradictions(sourcesWith([a], [b]))).toHaveLength(fires ? 1 : 0);
    // The order the sources come in does not matter.
    expect(contradictions(sourcesWith([b], [a]))).toHaveLength(fires ? 1 : 0);
  });

  it("reports the key, every fact on the basis, and why, as an error", () => {
    const [finding, ...rest] = contradictions(sourcesWith([income("115")], [income("93")], [income("115")]));
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({
      rule: "contradiction",
      kind: "contradiction",
      severity: "error",
      key: { entity: "AMZN", segment: "north_america", metric: "operating_income", measure: "level", period: "2025-10-01..2025-12-31", periodLabel: "2025-Q4" },
      message: "Sources disagree (reported): 115 亿 USD vs 93 亿 USD cannot all be right, even allowing for rounding and qualifiers.",
    });
    expect(finding!.facts.map((fact) => fact.sourceId)).toEqual(["source-a", "source-b", "source-c"]);
    expect(finding!.id).toMatch(/^contradiction-[0-9a-f]{8}$/);
  });

  it("leaves values one source gives twice to self-contradiction", () => {
    expect(contradictions(sourcesWith([growth("22"), growth("23")]))).toEqual([]);
    expect(contradictions(sourcesWith([growth("22"), growth("23")], [growth("5", { segment: "aws" })]))).toEqual([]);
  });

  it("fires once per basis that holds a conflict", () => {
    const found = contradictions(sourcesWith([growth("22"), growth("11", { basis: "ex_fx" })], [growth("23"), growth("12", { basis: "ex_fx" })]));
    expect(found.map((finding) => finding.message).sort()).toEqual([
      "Sources disagree (ex-FX): 11 percent vs 12 percent cannot all be right, even allowing for rounding and qualifiers.",
      "Sources disagree (reported): 22 percent vs 23 percent cannot all be right, even allowing for rounding and qualifiers.",
    ]);
  });

  it("ignores date-valued facts", () => {
    const launch = (date: string): FactFields => ({ segment: "trainium3", metric: "launch_date", value: date, unit: "date", period: "none", quote: `available from ${date}` });
    expect(contradictions(sourcesWith([launch("2025-12-02")], [launch("2025-12-09")]))).toEqual([]);
  });

  it("works on groups from groupFacts when called directly", () => {
    const factBase = loadInline(sourcesWith([income("115"), growth("22")], [income("93"), growth("22")]));
    const found = contradiction.check(ruleContext(factBase, {}));
    expect(found).toHaveLength(1);
    expect(found[0]!.key.segment).toBe("north_america");
    expect(found[0]!.identity).toContain("reported|");
  });
});
