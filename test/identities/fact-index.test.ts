import { describe, expect, it } from "vitest";
import { buildFactIndex } from "../../src/identities/fact-index.js";
import type { Fact } from "../../src/model/types.js";
import { groupFacts } from "../../src/reconcile/reconcile.js";
import { loadInline } from "../helpers.js";
import { amount, article, factFiles, percent, release } from "./identity-fixture.js";

const Q4_2025 = "2025-10-01..2025-12-31";

const factBase = loadInline(
  factFiles(
    article("wire-a", [
      amount("north_america", "revenue", "1,271"),
      amount("north_america", "revenue", "1,271", { basis: "non_gaap" }),
      amount("north_america", "revenue", "9,000", { unit: "CNY" }),
      amount("north_america", "revenue", "1,156", { period: "2024-Q4" }),
      percent("north_america", "revenue", "10", { measure: "yoy" }),
      percent("aws", "revenue", "17", { measure: "share", of: "AMZN/total" }),
      { segment: "trainium3", metric: "launch_date", value: "2025-12-02", unit: "date", period: "none", quote: "available from 2 December" },
    ]),
    article("wire-b", [amount("north_america", "revenue", "127.1", { scale: "billion" })]),
    release("release", [amount("north_america", "revenue", "127,083", { scale: "million" })]),
  ),
);
const sources = new Map(factBase.sources.map((source) => [source.id, source]));
const index = buildFactIndex(groupFacts(factBase.facts), sources);
/** Found facts as `source:written value`. */
const named = (facts: readonly Fact[]) => facts.map((fact) => `${fact.sourceId}:${fact.written.value}`);
const naRevenue = { entity: "AMZN", segment: "north_america", metric: "revenue", period: Q4_2025 };

describe("buildFactIndex", () => {
  it("finds the reported level of a key, from every source, unit by unit in fact-base order", () => {
    expect(named(index.find(naRevenue))).toEqual(["release:127,083", "wire-a:1,271", "wire-b:127.1", "wire-a:9,000"]);
  });

  it("narrows by unit", () => {
    expect(named(index.find({ ...naRevenue, unit: "USD" }))).toEqual(["release:127,083", "wire-a:1,271", "wire-b:127.1"]);
    expect(named(index.find({ ...naRevenue, unit: "CNY" }))).toEqual(["wire-a:9,000"]);
    expect(index.find({ ...naRevenue, unit: "EUR" })).toEqual([]);
  });

  it("finds another basis only when asked", () => {
    expect(named(index.find({ ...naRevenue, basis: "non_gaap" }))).toEqual(["wire-a:1,271"]);
    expect(named(index.find({ ...naRevenue, basis: "reported" }))).toEqual(named(index.find(naRevenue)));
    expect(index.find({ ...naRevenue, basis: "ex_fx" })).toEqual([]);
  });

  it("matches the period by its days, the measure and `of`", () => {
    expect(named(index.find({ ...naRevenue, period: "2024-10-01..2024-12-31" }))).toEqual(["wire-a:1,156"]);
    expect(index.find({ ...naRevenue, period: "2025-10-01..2025-12-30" })).toEqual([]);
    expect(named(index.find({ ...naRevenue, measure: "yoy" }))).toEqual(["wire-a:10"]);
    expect(named(index.find({ ...naRevenue, segment: "aws", measure: "share", of: "AMZN/total" }))).toEqual(["wire-a:17"]);
    expect(index.find({ ...naRevenue, segment: "aws", measure: "share" })).toEqual([]);
    expect(index.find({ ...naRevenue, segment: "aws", measure: "share", of: "MARKET/public_cloud" })).toEqual([]);
  });

  it("finds nothing for other entities, segments or metrics", () => {
    expect(index.find({ ...naRevenue, entity: "WMT" })).toEqual([]);
    expect(index.find({ ...naRevenue, segment: "international" })).toEqual([]);
    expect(index.find({ ...naRevenue, metric: "operating_income" })).toEqual([]);
  });

  it("leaves out date-valued facts", () => {
    expect(index.find({ entity: "AMZN", segment: "trainium3", metric: "launch_date", period: "none" })).toEqual([]);
  });

  it("keeps every group for rules to enumerate", () => {
    expect(index.groups).toHaveLength(groupFacts(factBase.facts).length);
  });
});

describe("operand", () => {
  const usd = { ...naRevenue, unit: "USD" };

  it("prefers the anchor's own source", () => {
    expect(index.operand(usd, "wire-b")?.sourceId).toBe("wire-b");
    expect(index.operand(usd, "wire-a")?.sourceId).toBe("wire-a");
    expect(index.operand({ ...naRevenue, unit: "CNY" }, "wire-a")?.written.value).toBe("9,000");
  });

  it("then a primary source", () => {
    expect(index.operand(usd, "wire-c")?.sourceId).toBe("release");
    expect(index.operand(usd)?.sourceId).toBe("release");
  });

  it("then the first candidate", () => {
    // Without the sources, nothing counts as primary: the first stated is taken.
    const blind = buildFactIndex(groupFacts(factBase.facts));
    expect(blind.operand(usd)?.sourceId).toBe("release");
    expect(blind.operand({ ...naRevenue, period: "2024-10-01..2024-12-31" }, "wire-c")?.sourceId).toBe("wire-a");
    expect(index.operand({ ...naRevenue, measure: "yoy" }, "release")?.sourceId).toBe("wire-a");
  });

  it("finds each source's own fact among many candidates", () => {
    const many = loadInline(
      factFiles(
        ...Array.from({ length: 20 }, (_, i) => article(`wire-${String(i).padStart(2, "0")}`, [amount("north_america", "revenue", String(1000 + i))])),
        release("release", [amount("north_america", "revenue", "127,083", { scale: "million" })]),
      ),
    );
    const manySources = new Map(many.sources.map((source) => [source.id, source]));
    const large = buildFactIndex(groupFacts(many.facts), manySources);
    expect(large.operand(naRevenue, "wire-07")?.written.value).toBe("1007");
    expect(large.operand(naRevenue, "wire-19")?.written.value).toBe("1019");
    expect(large.operand(naRevenue, "wire-99")?.sourceId).toBe("release");
    expect(large.operand(naRevenue)?.sourceId).toBe("release");
  });

  it("has nothing to choose from no candidates", () => {
    expect(index.operand({ ...naRevenue, unit: "EUR" }, "wire-a")).toBeUndefined();
    expect(index.operand({ ...naRevenue, entity: "WMT" })).toBeUndefined();
  });
});
