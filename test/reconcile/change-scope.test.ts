// Which keys' findings a change can alter (src/reconcile/change-scope.ts): the changed facts' series,
// and their days in the entities linked to theirs by an identity or a share.
import { describe, expect, it } from "vitest";
import { changeScope, RULE_READS } from "../../src/reconcile/change-scope.js";
import { RULES } from "../../src/rules/registry.js";
import type { Identity } from "../../src/identities/identity.js";
import type { FactKey } from "../../src/model/finding.js";
import type { Fact } from "../../src/model/types.js";
import type { Taxonomy } from "../../src/taxonomy/taxonomy.js";

const taxonomy = (identities: Identity[]) => ({ entities: new Map(), segments: new Map(), measures: new Map(), metrics: new Map(), identities }) as unknown as Taxonomy;
const key = (entity: string, segment: string, metric: string, period: string, measure = "level", of?: string): FactKey => ({ entity, segment, metric, measure, ...(of ? { of } : {}), period, periodLabel: period }) as FactKey;
const fact = (entity: string, segment: string, metric: string, period: string, measure = "level", of?: string) => ({ entity, segment, metric, measure, ...(of ? { of } : {}), period: { key: period } }) as unknown as Fact;

const Q4 = "2025-10-01..2025-12-31";
const Q3 = "2025-07-01..2025-09-30";

describe("changeScope", () => {
  it("knows what every registered rule reads, and names no rule that is not registered", () => {
    // (A rule renamed or added without an entry would silently fall back to the whole scope.)
    expect(Object.keys(RULE_READS).sort()).toEqual(RULES.map((rule) => rule.meta.id).sort());
  });

  it("holds the changed fact's series at any period and measure, and its days in its own entity only", () => {
    const within = changeScope([fact("A", "cloud", "revenue", Q4)], [[]], taxonomy([]))!;
    expect(within(key("A", "cloud", "revenue", Q3, "yoy"))).toBe(true);
    expect(within(key("A", "total", "operating_income", Q4, "share", "A/total"))).toBe(true);
    expect(within(key("A", "total", "revenue", Q3))).toBe(false);
    expect(within(key("B", "cloud", "revenue", Q4))).toBe(false);
  });

  it("links the entities a sum's operands name, and those a share is of", () => {
    const market: Identity = { id: "market", description: "", kind: "sum", metric: "revenue", total: { entity: "M", segment: "all" }, parts: [{ entity: "A", segment: "cloud" }, { entity: "B", segment: "cloud" }] };
    const within = changeScope([fact("B", "cloud", "revenue", Q4)], [[fact("C", "farm", "units", Q3, "share", "M/tractors")]], taxonomy([market]))!;
    expect(within(key("M", "all", "revenue", Q4))).toBe(true);
    expect(within(key("A", "retail", "units", Q4))).toBe(true);
    expect(within(key("C", "farm", "units", Q4, "share", "M/tractors"))).toBe(true);
    expect(within(key("C", "farm", "units", Q3, "share", "M/tractors"))).toBe(false);
    expect(within(key("D", "cloud", "revenue", Q4))).toBe(false);
  });

  it("makes every entity one when a ratio reaches a named entity from any, and gives up on a sum that mixes both", () => {
    const ratio: Identity = { id: "of-market", description: "", kind: "ratio", result: "market_share", numerator: "revenue", denominator: { entity: "M", metric: "revenue" } };
    const within = changeScope([fact("M", "total", "revenue", Q4)], [[]], taxonomy([ratio]))!;
    expect(within(key("Z", "any", "market_share", Q4))).toBe(true);
    expect(within(key("Z", "any", "market_share", Q3))).toBe(false);
    const mixed: Identity = { id: "mixed", description: "", kind: "sum", metric: "revenue", total: { entity: "M", segment: "all" }, parts: ["cloud"] };
    expect(changeScope([fact("A", "cloud", "revenue", Q4)], [[]], taxonomy([mixed]))).toBeUndefined();
  });

  it("gives each rule the part of the scope it reads: its own key, its series, or its days in linked entities", () => {
    const market: Identity = { id: "market", description: "", kind: "sum", metric: "revenue", total: { entity: "M", segment: "all" }, parts: [{ entity: "A", segment: "cloud" }, { entity: "B", segment: "cloud" }] };
    const scope = changeScope([fact("A", "cloud", "revenue", Q4)], [[]], taxonomy([market]))!;
    const own = key("A", "cloud", "revenue", Q4);
    const earlier = key("A", "cloud", "revenue", Q3);
    const linked = key("M", "all", "revenue", Q4);
    expect([own, earlier, linked].map((at) => scope(at))).toEqual([true, true, true]);
    expect([own, earlier, linked].map(scope.holdsChanged)).toEqual([true, false, false]);
    expect([own, earlier, linked].map(scope.ofRule("contradiction"))).toEqual([true, false, false]);
    expect([own, earlier, linked].map(scope.ofRule("arithmetic-growth"))).toEqual([true, true, false]);
    expect([own, earlier, linked].map(scope.ofRule("arithmetic-sum"))).toEqual([true, false, true]);
    expect([own, earlier, linked].map(scope.ofRule("a-rule-added-later"))).toEqual([true, true, true]);
    expect(scope.holdsChanged(key("A", "cloud", "revenue", Q4, "yoy"))).toBe(false);
  });
});

