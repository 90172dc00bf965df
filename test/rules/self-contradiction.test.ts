import { describe, expect, it } from "vitest";
import { selfContradiction } from "../../src/rules/self-contradiction.js";
import { adGrowth, capacityAdded, loadInline, revenue, ruleContext, sourcesWith } from "../helpers.js";
import { RuleTester } from "../rule-tester.js";

const tester = new RuleTester();
const selfContradictions = (files: Record<string, string>) => tester.findings(selfContradiction, files);

// One source states both facts: does it contradict itself?
const cases = [
  // valid
  { name: "213亿 vs 213.17亿", a: revenue("213"), b: revenue("213.17"), fires: false },
  { name: '"more than 1" GW vs 1.2 GW', a: capacityAdded("1", { qualifier: "more_than" }), b: capacityAdded("1.2"), fires: false },
  { name: "约2000亿 vs 1950亿", a: revenue("2000", { metric: "capex", qualifier: "about" }), b: revenue("1950", { metric: "capex" }), fires: false },
  { name: "a range 1,735–1,785 vs 1,760", a: revenue("1,735", { value_high: "1,785", basis: "guidance", period: "2026-Q1" }), b: revenue("1,760", { basis: "guidance", period: "2026-Q1" }), fires: false },
  { name: "115亿 vs 93亿 in different periods", a: revenue("115", { segment: "north_america", metric: "operating_income" }), b: revenue("93", { segment: "north_america", metric: "operating_income", period: "2024-Q4" }), fires: false },
  { name: "115亿 vs 93亿 in different segments", a: revenue("115", { segment: "north_america", metric: "operating_income" }), b: revenue("93", { segment: "international", metric: "operating_income" }), fires: false },
  { name: "23% reported and 22% ex-FX", a: adGrowth("23"), b: adGrowth("22", { basis: "ex_fx" }), fires: false },
  { name: "FY2025 vs TTM:2025-12-31 agreeing", a: revenue("716.9", { scale: "billion", period: "FY2025" }), b: revenue("7,169", { period: "TTM:2025-12-31" }), fires: false },
  // invalid
  { name: "115亿 vs 93亿", a: revenue("115", { segment: "north_america", metric: "operating_income" }), b: revenue("93", { segment: "north_america", metric: "operating_income" }), fires: true },
  { name: "22% vs 23% (touching rounding intervals)", a: adGrowth("22"), b: adGrowth("23"), fires: true },
  { name: '"more than 5" billion vs 4.9 billion', a: revenue("5", { scale: "billion", qualifier: "more_than" }), b: revenue("4.9", { scale: "billion" }), fires: true },
  { name: "FY2025 vs TTM:2025-12-31 disagreeing", a: revenue("716.9", { scale: "billion", period: "FY2025" }), b: revenue("7,000", { period: "TTM:2025-12-31" }), fires: true },
];

tester.run(selfContradiction, {
  // The two statements in either order.
  valid: cases.filter(({ fires }) => !fires).flatMap(({ name, a, b }) => [{ name, files: sourcesWith([a, b]) }, { name: `${name}, swapped`, files: sourcesWith([b, a]) }]),
  invalid: cases
    .filter(({ fires }) => fires)
    .flatMap(({ name, a, b }) => [
      { name, files: sourcesWith([a, b]), errors: [{ messageId: "two", data: { source: "source-a", basis: "reported" } }] },
      { name: `${name}, swapped`, files: sourcesWith([b, a]), errors: [{ messageId: "two", data: { source: "source-a" } }] },
    ]),
});

describe("self-contradiction", () => {
  it("names the source and is an error", () => {
    const [finding, ...rest] = selfContradictions(sourcesWith([adGrowth("23"), adGrowth("22")]));
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({
      rule: "self-contradiction",
      kind: "self_contradiction",
      severity: "error",
      message: "source-a contradicts itself on the reported figure: 23 percent and 22 percent cannot both be right.",
    });
    expect(finding!.facts).toHaveLength(2);
  });

  it("does not fire when the values come from different sources", () => {
    expect(selfContradictions(sourcesWith([adGrowth("22")], [adGrowth("23")]))).toEqual([]);
  });

  it("fires once per source that contradicts itself, with only that source's facts", () => {
    const found = selfContradictions(sourcesWith([adGrowth("22"), adGrowth("23")], [adGrowth("23")], [adGrowth("21"), adGrowth("24")]));
    expect(found).toHaveLength(2);
    expect(found.map((finding) => [...new Set(finding.facts.map((fact) => fact.sourceId))]).sort()).toEqual([["source-a"], ["source-c"]]);
  });

  it("finds the conflict among three values of which two agree", () => {
    const found = selfContradictions(sourcesWith([revenue("213"), revenue("213.17"), revenue("230")]));
    expect(found).toHaveLength(1);
    expect(found[0]!.facts).toHaveLength(3);
  });

  it("works on groups from groupFacts when called directly", () => {
    const factBase = loadInline(sourcesWith([adGrowth("22"), adGrowth("23")]));
    const found = selfContradiction.check(ruleContext(factBase, {}));
    expect(found.map((finding) => [finding.data.source, finding.data.basis])).toEqual([["source-a", "reported"]]);
  });
});
