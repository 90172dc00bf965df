import { describe, expect, it } from "vitest";
import { contradiction } from "../../src/rules/contradiction.js";
import { adGrowth, capacityAdded, type FactFields, income, launch, loadInline, revenue, ruleContext, sourcesWith } from "../helpers.js";
import { RuleTester } from "../rule-tester.js";

const tester = new RuleTester();
const contradictions = (files: Record<string, string>) => tester.findings(contradiction, files);

// Two sources, one fact each: must the rule fire?
const cases: [name: string, a: FactFields, b: FactFields, fires: boolean][] = [
  // valid: the values can both be right
  ["213亿 vs 213.17亿 (rounding)", revenue("213"), revenue("213.17"), false],
  ['"more than 1" GW vs 1.2 GW', capacityAdded("1", { qualifier: "more_than" }), capacityAdded("1.2"), false],
  ["约2000亿 vs 1950亿 (about)", revenue("2000", { metric: "capex", segment: "total", qualifier: "about" }), revenue("1950", { metric: "capex", segment: "total" }), false],
  ["a range 1,735–1,785 vs 1,760", revenue("1,735", { segment: "total", value_high: "1,785", period: "2026-Q1" }), revenue("1,760", { segment: "total", period: "2026-Q1" }), false],
  ["115亿 vs 93亿 for different periods", income("115"), income("93", { period: "2024-Q4" }), false],
  ["115亿 vs 93亿 for different segments", income("115"), income("93", { segment: "international" }), false],
  ["17% reported vs 11% ex-FX (a basis difference, not a contradiction)", adGrowth("17"), adGrowth("11", { basis: "ex_fx" }), false],
  ["5 USD vs 5.9 CNY (different units are never compared)", revenue("5", { unit: "CNY" }), revenue("5.9"), false],
  ["FY2025 vs TTM:2025-12-31 agreeing", revenue("716.9", { segment: "total", scale: "billion", period: "FY2025" }), revenue("7,169", { segment: "total", period: "TTM:2025-12-31" }), false],
  ["equal values", revenue("213"), revenue("213"), false],
  // invalid: the values cannot both be right
  ["115亿 vs 93亿", income("115"), income("93"), true],
  ["22% vs 23% (touching rounding intervals)", adGrowth("22"), adGrowth("23"), true],
  ['"more than 5" billion vs 4.9 billion', revenue("5", { scale: "billion", qualifier: "more_than" }), revenue("4.9", { scale: "billion" }), true],
  ['a fall of "more than 10%" vs a fall of 8%', adGrowth("-10", { qualifier: "more_than" }), adGrowth("-8"), true],
  ['"up to" 1,850亿 vs 1,900亿', revenue("1,850", { qualifier: "up_to" }), revenue("1,900"), true],
  ["FY2025 vs TTM:2025-12-31 disagreeing (the same days)", revenue("716.9", { segment: "total", scale: "billion", period: "FY2025" }), revenue("7,000", { segment: "total", period: "TTM:2025-12-31" }), true],
  ["约2000亿 vs 1,800亿 (beyond the 5 % of about)", revenue("2000", { qualifier: "about" }), revenue("1,800"), true],
];

tester.run(contradiction, {
  // Each pair both ways round: which source states which value does not matter.
  valid: cases.filter(([, , , fires]) => !fires).flatMap(([name, a, b]) => [{ name, files: sourcesWith([a], [b]) }, { name: `${name}, swapped`, files: sourcesWith([b], [a]) }]),
  invalid: cases
    .filter(([, , , fires]) => fires)
    .flatMap(([name, a, b]) => [
      { name, files: sourcesWith([a], [b]), errors: [{ messageId: "two", data: { basis: "reported" }, sources: ["source-a", "source-b"] }] },
      { name: `${name}, swapped`, files: sourcesWith([b], [a]), errors: [{ messageId: "two", sources: ["source-a", "source-b"] }] },
    ]),
});

describe("contradiction", () => {
  it("reports the key, every fact on the basis, and why, as an error", () => {
    const [finding, ...rest] = contradictions(sourcesWith([income("115")], [income("93")], [income("115")]));
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({
      rule: "contradiction",
      kind: "contradiction",
      severity: "error",
      key: { entity: "AMZN", segment: "north_america", metric: "operating_income", measure: "level", period: "2025-10-01..2025-12-31", periodLabel: "2025-Q4" },
      message: "Sources disagree on the reported figure: 115 亿 USD and 93 亿 USD cannot both be right, even allowing for rounding and qualifiers.",
    });
    expect(finding!.facts.map((fact) => fact.sourceId)).toEqual(["source-a", "source-b", "source-c"]);
    expect(finding!.id).toMatch(/^contradiction-[0-9a-f]{8}$/);
  });

  it("leaves values one source gives twice to self-contradiction", () => {
    expect(contradictions(sourcesWith([adGrowth("22"), adGrowth("23")]))).toEqual([]);
    expect(contradictions(sourcesWith([adGrowth("22"), adGrowth("23")], [adGrowth("5", { segment: "aws" })]))).toEqual([]);
  });

  it("fires once per basis that holds a conflict", () => {
    const found = contradictions(sourcesWith([adGrowth("22"), adGrowth("11", { basis: "ex_fx" })], [adGrowth("23"), adGrowth("12", { basis: "ex_fx" })]));
    expect(found.map((finding) => finding.message).sort()).toEqual([
      "Sources disagree on the ex-FX figure: 11 percent and 12 percent cannot both be right, even allowing for rounding and qualifiers.",
      "Sources disagree on the reported figure: 22 percent and 23 percent cannot both be right, even allowing for rounding and qualifiers.",
    ]);
  });

  it("ignores date-valued facts", () => {
    expect(contradictions(sourcesWith([launch("2025-12-02")], [launch("2025-12-09")]))).toEqual([]);
  });

  it("works on groups from groupFacts when called directly", () => {
    const factBase = loadInline(sourcesWith([income("115"), adGrowth("22")], [income("93"), adGrowth("22")]));
    const found = contradiction.check(ruleContext(factBase, {}));
    expect(found).toHaveLength(1);
    expect(found[0]!.key.segment).toBe("north_america");
    expect(found[0]!.data).toMatchObject({ basis: "reported", values: ["115 亿 USD", "93 亿 USD"] });
  });
});
