import { describe, expect, it } from "vitest";
import type { Basis } from "../../src/model/types.js";
import { reconcile } from "../../src/reconcile/reconcile.js";
import { basisDifference } from "../../src/rules/basis-difference.js";
import type { Rule } from "../../src/rules/rule.js";
import { RuleTester } from "../rule-tester.js";
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

const tester = new RuleTester();
const basisDifferences = (files: Record<string, string>, bases?: Basis[]) => tester.findings(basisDifference as Rule<never>, files, bases ? { bases } : {});

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

tester.run(basisDifference as Rule<never>, {
  // Each case with its sources both ways round.
  valid: cases.filter(({ fires }) => !fires).flatMap(({ name, sources, bases }) => [sources, [...sources].reverse()].map((order, at) => ({ name: at ? `${name}, reversed` : name, files: sourcesWith(...order), ...(bases ? { options: { bases } } : {}) }))),
  invalid: cases.filter(({ fires }) => fires).flatMap(({ name, sources, bases }) => [sources, [...sources].reverse()].map((order, at) => ({ name: at ? `${name}, reversed` : name, files: sourcesWith(...order), ...(bases ? { options: { bases } } : {}), errors: [{ messageId: "bases" }] }))),
});

describe("basis-difference", () => {
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
    expect(check(["reported", "estimate"]).map((finding) => finding.data.bases)).toEqual([["estimate", "reported"]]);
    expect(check(["non_gaap", "guidance"])).toEqual([]);
  });
});
