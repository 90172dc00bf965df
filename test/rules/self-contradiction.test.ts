import { describe, expect, it } from "vitest";
import { reconcile } from "../../src/reconcile/reconcile.js";
import { selfContradiction } from "../../src/rules/self-contradiction.js";
import { loadInline, ruleContext, sourcesWith, type FactFields } from "../helpers.js";

const amount = (value: string, extra: Record<string, string> = {}): FactFields => ({
  metric: "revenue",
  value,
  scale: "亿",
  unit: "USD",
  quote: `sales reached ${value}`,
  ...extra,
});
const growth = (value: string, extra: Record<string, string> = {}): FactFields => ({
  segment: "advertising",
  metric: "revenue",
  measure: "yoy",
  value,
  unit: "percent",
  quote: `the ad business grew ${value} percent`,
  ...extra,
});
const capacity = (value: string, extra: Record<string, string> = {}): FactFields => ({
  segment: "aws",
  metric: "power_capacity_added",
  value,
  unit: "GW",
  quote: `brought ${value} GW online`,
  ...extra,
});

const selfContradictions = (files: Record<string, string>) => reconcile(loadInline(files)).findings.filter((finding) => finding.rule === "self-contradiction");

// One source states both facts: does it contradict itself?
const cases = [
  // valid
  { name: "213亿 vs 213.17亿", a: amount("213"), b: amount("213.17"), fires: false },
  { name: '"more than 1" GW vs 1.2 GW', a: capacity("1", { qualifier: "more_than" }), b: capacity("1.2"), fires: false },
  { name: "约2000亿 vs 1950亿", a: amount("2000", { metric: "capex", qualifier: "about" }), b: amount("1950", { metric: "capex" }), fires: false },
  { name: "a range 1,735–1,785 vs 1,760", a: amount("1,735", { value_high: "1,785", basis: "guidance", period: "2026-Q1" }), b: amount("1,760", { basis: "guidance", period: "2026-Q1" }), fires: false },
  { name: "115亿 vs 93亿 in different periods", a: amount("115", { segment: "north_america", metric: "operating_income" }), b: amount("93", { segment: "north_america", metric: "operating_income", period: "2024-Q4" }), fires: false },
  { name: "115亿 vs 93亿 in different segments", a: amount("115", { segment: "north_america", metric: "operating_income" }), b: amount("93", { segment: "international", metric: "operating_income" }), fires: false },
  { name: "23% reported and 22% ex-FX", a: growth("23"), b: growth("22", { basis: "ex_fx" }), fires: false },
  { name: "FY2025 vs TTM:2025-12-31 agreeing", a: amount("716.9", { scale: "billion", period: "FY2025" }), b: amount("7,169", { period: "TTM:2025-12-31" }), fires: false },
  // invalid
  { name: "115亿 vs 93亿", a: amount("115", { segment: "north_america", metric: "operating_income" }), b: amount("93", { segment: "north_america", metric: "operating_income" }), fires: true },
  { name: "22% vs 23% (touching rounding intervals)", a: growth("22"), b: growth("23"), fires: true },
  { name: '"more than 5" billion vs 4.9 billion', a: amount("5", { scale: "billion", qualifier: "more_than" }), b: amount("4.9", { scale: "billion" }), fires: true },
  { name: "FY2025 vs TTM:2025-12-31 disagreeing", a: amount("716.9", { scale: "billion", period: "FY2025" }), b: amount("7,000", { period: "TTM:2025-12-31" }), fires: true },
];

describe("self-contradiction", () => {
  it.each(cases)("$name → fires: $fires", ({ a, b, fires }) => {
    expect(selfContradictions(sourcesWith([a, b]))).toHaveLength(fires ? 1 : 0);
    expect(selfContradictions(sourcesWith([b, a]))).toHaveLength(fires ? 1 : 0);
  });

  it("names the source and is an error", () => {
    const [finding, ...rest] = selfContradictions(sourcesWith([growth("23"), growth("22")]));
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({
      rule: "self-contradiction",
      kind: "self_contradiction",
      severity: "error",
      message: "source-a contradicts itself (reported): 23 percent vs 22 percent cannot all be right.",
    });
    expect(finding!.facts).toHaveLength(2);
  });

  it("does not fire when the values come from different sources", () => {
    expect(selfContradictions(sourcesWith([growth("22")], [growth("23")]))).toEqual([]);
  });

  it("fires once per source that contradicts itself, with only that source's facts", () => {
    const found = selfContradictions(sourcesWith([growth("22"), growth("23")], [growth("23")], [growth("21"), growth("24")]));
    expect(found).toHaveLength(2);
    expect(found.map((finding) => [...new Set(finding.facts.map((fact) => fact.sourceId))]).sort()).toEqual([["source-a"], ["source-c"]]);
  });

  it("finds the conflict among three values of which two agree", () => {
    const found = selfContradictions(sourcesWith([amount("213"), amount("213.17"), amount("230")]));
    expect(found).toHaveLength(1);
    expect(found[0]!.facts).toHaveLength(3);
  });

  it("works on groups from groupFacts when called directly", () => {
    const factBase = loadInline(sourcesWith([growth("22"), growth("23")]));
    const found = selfContradiction.check(ruleContext(factBase, {}));
    expect(found.map((finding) => finding.identity)).toEqual([expect.stringMatching(/^source-a\|reported\|/)]);
  });
});
