import { describe, expect, it } from "vitest";
import { defaultConfig } from "../../src/config/config.js";
import type { Basis } from "../../src/model/types.js";
import { reconcile } from "../../src/reconcile/reconcile.js";
import { basisDifference } from "../../src/rules/basis-difference.js";
import { loadInline, ruleContext, sourcesWith, type FactFields } from "../helpers.js";

const growth = (value: string, basis: Basis, extra: Record<string, string> = {}): FactFields => ({
  segment: "international",
  metric: "revenue",
  measure: "yoy",
  value,
  unit: "percent",
  basis,
  quote: `overseas sales rose ${value} percent`,
  ...extra,
});
const income = (value: string, basis: Basis): FactFields => ({
  metric: "operating_income",
  value,
  scale: "亿",
  unit: "USD",
  basis,
  quote: `operating profit of ${value}`,
});
const sales = (value: string, basis: Basis, high?: string): FactFields => ({
  metric: "revenue",
  value,
  ...(high ? { value_high: high } : {}),
  scale: "亿",
  unit: "USD",
  basis,
  period: "2026-Q1",
  quote: `first-quarter sales of ${value}`,
});

const basisDifferences = (files: Record<string, string>, bases?: Basis[]) => {
  const config = defaultConfig();
  if (bases) config.rules.get("basis-difference")!.options = { bases };
  return reconcile(loadInline(files), [], config).findings.filter((finding) => finding.rule === "basis-difference");
};

const cases: { name: string; sources: FactFields[][]; bases?: Basis[]; fires: boolean }[] = [
  // must fire
  { name: "11% ex-FX (source A) vs 17% reported (source B)", sources: [[growth("11", "ex_fx")], [growth("17", "reported")]], fires: true },
  { name: "250亿 reported vs 274亿 non-GAAP from two sources", sources: [[income("250", "reported")], [income("274", "non_gaap")]], fires: true },
  { name: "guidance vs reported when bases include guidance", sources: [[sales("1,735", "guidance", "1,785")], [sales("1,810", "reported")]], bases: ["reported", "guidance"], fires: true },
  // must not fire
  { name: "one source giving both bases", sources: [[growth("11", "ex_fx"), growth("17", "reported")]], fires: false },
  { name: "11% ex-FX vs 11% reported (the values agree)", sources: [[growth("11", "ex_fx")], [growth("11", "reported")]], fires: false },
  { name: "11.2% ex-FX vs 11% reported (within rounding)", sources: [[growth("11.2", "ex_fx")], [growth("11", "reported")]], fires: false },
  { name: "guidance vs reported with the default options", sources: [[sales("1,735", "guidance", "1,785")], [sales("1,810", "reported")]], fires: false },
  { name: "different bases for different periods", sources: [[growth("11", "ex_fx")], [growth("17", "reported", { period: "2025-Q3" })]], fires: false },
  { name: "one basis only (a contradiction, not a basis difference)", sources: [[growth("11", "reported")], [growth("17", "reported")]], fires: false },
];

describe("basis-difference", () => {
  it.each(cases)("$name → fires: $fires", ({ sources, bases, fires }) => {
    expect(basisDifferences(sourcesWith(...sources), bases)).toHaveLength(fires ? 1 : 0);
    expect(basisDifferences(sourcesWith(...[...sources].reverse()), bases)).toHaveLength(fires ? 1 : 0);
  });

  it("is a warning that names both bases and values", () => {
    const [finding] = basisDifferences(sourcesWith([growth("11", "ex_fx")], [growth("17", "reported")]));
    expect(finding).toMatchObject({
      rule: "basis-difference",
      kind: "basis_difference",
      severity: "warning",
      message: "Sources give this figure on different bases (ex-FX, reported): 11 percent and 17 percent. Each may be right, but each figure must say its basis.",
    });
    expect(finding!.facts.map((fact) => `${fact.sourceId}:${fact.basis}`)).toEqual(["source-a:ex_fx", "source-b:reported"]);
  });

  it("never raises a contradiction for values on different bases", () => {
    const { findings } = reconcile(loadInline(sourcesWith([growth("11", "ex_fx")], [growth("17", "reported")])));
    expect(findings.map((finding) => finding.rule)).toEqual(["basis-difference"]);
  });

  it("compares only the configured bases when called directly", () => {
    const factBase = loadInline(sourcesWith([growth("11", "ex_fx")], [growth("17", "reported")], [growth("30", "estimate")]));
    const check = (bases: Basis[]) => basisDifference.check(ruleContext(factBase, { bases }));
    expect(check(["reported", "ex_fx", "non_gaap"]).map((finding) => finding.facts.length)).toEqual([2]);
    expect(check(["reported", "estimate"]).map((finding) => finding.identity)).toEqual([expect.stringMatching(/^estimate,reported\|/)]);
    expect(check(["non_gaap", "guidance"])).toEqual([]);
  });
});
