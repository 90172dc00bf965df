// The story-level refiners of restated-periods.ts, alone: a narrower metric the story states takes its
// broader metric's bare figures on the same footing, unless the story tells the two apart.
import { describe, expect, it } from "vitest";
import { takeStoryMetrics } from "../../src/extract/restated-periods.js";
import type { ProposedFact } from "../../src/extract/proposed-fact.js";
import { repositoryTaxonomy } from "../helpers.js";

const metrics = repositoryTaxonomy().metrics;

function fact(metric: string, value: string, extra: Partial<ProposedFact> = {}): ProposedFact {
  return { entity: "CO_A", segment: "total", metric, measure: "level", period: "2025-Q3", basis: "reported", qualifier: "exact", value, unit: "CNY", quote: value, line: 1, column: 1, ...extra };
}

const metricsOf = (facts: ProposedFact[]) => {
  takeStoryMetrics(facts, metrics);
  return facts.map((one) => one.metric);
};

describe("takeStoryMetrics", () => {
  it("reads bare net profit as the profit attributable the story states, on the company's own footing", () => {
    expect(metricsOf([fact("net_income_attributable", "3.46"), fact("net_income", "18.2", { measure: "yoy" }), fact("net_income", "4.1", { basis: "guidance", period: "2025-Q4" })])).toEqual(["net_income_attributable", "net_income_attributable", "net_income_attributable"]);
  });

  it("keeps an adjusted profit and the market's expectation apart when only the reported attributable profit is stated", () => {
    expect(metricsOf([fact("net_income_attributable", "3.46"), fact("net_income", "3.9", { basis: "non_gaap" }), fact("net_income", "3.7", { basis: "estimate" })])).toEqual(["net_income_attributable", "net_income", "net_income"]);
  });

  it("moves an expectation when the story states the expected attributable profit", () => {
    expect(metricsOf([fact("net_income_attributable", "3.6", { basis: "estimate" }), fact("net_income", "3.7", { basis: "estimate", period: "FY2025" })])).toEqual(["net_income_attributable", "net_income_attributable"]);
  });

  it("leaves a company's figures alone where the story gives both profits for one period with different values", () => {
    expect(metricsOf([fact("net_income", "5.2"), fact("net_income_attributable", "4.8"), fact("net_income", "6", { measure: "yoy" })])).toEqual(["net_income", "net_income_attributable", "net_income"]);
  });

  it("does not carry one company's or segment's attributable profit to another's", () => {
    expect(metricsOf([fact("net_income_attributable", "3.46"), fact("net_income", "1.2", { entity: "CO_B" }), fact("net_income", "0.8", { segment: "retail" })])).toEqual(["net_income_attributable", "net_income", "net_income"]);
  });
});
