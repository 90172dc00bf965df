import { describe, expect, it } from "vitest";
import { buildFactIndex, periodMonths, shiftPeriodKey } from "../../src/identities/fact-index.js";
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

describe("shiftPeriodKey", () => {
  const cases: [name: string, key: string, months: number, expected: string | undefined][] = [
    ["a quarter a year earlier", "2025-10-01..2025-12-31", -12, "2024-10-01..2024-12-31"],
    ["a quarter a quarter earlier (Sep has 30 days)", "2025-10-01..2025-12-31", -3, "2025-07-01..2025-09-30"],
    ["Q1 a quarter earlier, across the year", "2025-01-01..2025-03-31", -3, "2024-10-01..2024-12-31"],
    ["Q3 a quarter earlier (Jun 30 end)", "2025-07-01..2025-09-30", -3, "2025-04-01..2025-06-30"],
    ["a quarter forward nine months", "2025-01-01..2025-03-31", 9, "2025-10-01..2025-12-31"],
    ["a calendar year", "2025-01-01..2025-12-31", -12, "2024-01-01..2024-12-31"],
    ["Microsoft's fiscal year (ends 06-30)", "2024-07-01..2025-06-30", -12, "2023-07-01..2024-06-30"],
    ["Walmart's fiscal year (ends 01-31)", "2025-02-01..2026-01-31", -12, "2024-02-01..2025-01-31"],
    ["Walmart's fiscal Q4 (Nov–Jan)", "2025-11-01..2026-01-31", -12, "2024-11-01..2025-01-31"],
    ["TTM:2025-12-31", "2025-01-01..2025-12-31", -12, "2024-01-01..2024-12-31"],
    ["TTM:2025-09-30 a quarter earlier", "2024-10-01..2025-09-30", -3, "2024-07-01..2025-06-30"],
    ["TTM:2025-02-28 a year earlier is TTM:2024-02-29", "2024-03-01..2025-02-28", -12, "2023-03-01..2024-02-29"],
    ["a month", "2025-10-01..2025-10-31", -12, "2024-10-01..2024-10-31"],
    ["a ten-year span", "2016-01-01..2026-12-31", -120, "2006-01-01..2016-12-31"],
    ["an instant", "@2025-12-31", -12, "@2024-12-31"],
    ["a mid-month instant", "@2025-06-15", -12, "@2024-06-15"],
    ["a month-end instant stays a month-end", "@2025-06-30", 1, "@2025-07-31"],
    ["an instant on Feb 29 → Feb 28", "@2024-02-29", -12, "@2023-02-28"],
    ["an instant on Feb 28 → Feb 29 in a leap year (a month-end)", "@2023-02-28", 12, "@2024-02-29"],
    ["a period ending Feb 29 → Feb 28", "2023-12-01..2024-02-29", -12, "2022-12-01..2023-02-28"],
    ["a period ending Feb 28 → Feb 29", "2022-12-01..2023-02-28", 12, "2023-12-01..2024-02-29"],
    ["a period ending Jan 31, a month earlier", "2026-01-01..2026-01-31", -1, "2025-12-01..2025-12-31"],
    ["a period ending Mar 31 → Feb 29", "2024-03-01..2024-03-31", -1, "2024-02-01..2024-02-29"],
    ["a mid-month start is clamped, not moved to a month-end", "2024-01-30..2024-03-31", 1, "2024-02-29..2024-04-30"],
    ["no shift", "2025-10-01..2025-12-31", 0, "2025-10-01..2025-12-31"],
    ["none", "none", -12, undefined],
    ["not a key", "FY2025", -12, undefined],
    ["a malformed date", "2025-10-01..2025-12", -12, undefined],
  ];
  it.each(cases.map(([name, key, months, expected]) => ({ name, key, months, expected })))("$name: $key by $months → $expected", ({ key, months, expected }) => {
    expect(shiftPeriodKey(key, months)).toBe(expected);
  });

  it("matches the keys of the shifted labels", () => {
    const [q4, fy] = loadInline(
      factFiles(article("wire-a", [amount("total", "revenue", "2,133"), amount("total", "revenue", "7,169", { period: "FY2025" })], { entity: "WMT" })),
    ).facts.map((fact) => fact.period.key);
    // Walmart's 2025-Q4 is Nov 2024–Jan 2025, the last quarter of FY2025 (Feb 2024–Jan 2025).
    expect(q4).toBe("2024-11-01..2025-01-31");
    expect(fy).toBe("2024-02-01..2025-01-31");
    expect(shiftPeriodKey(q4!, -9)?.split("..")[0]).toBe(fy!.split("..")[0]);
  });
});

describe("periodMonths", () => {
  const cases: [key: string, months: number | undefined][] = [
    ["2025-10-01..2025-12-31", 3],
    ["2025-11-01..2026-01-31", 3],
    ["2025-01-01..2025-06-30", 6],
    ["2025-01-01..2025-12-31", 12],
    ["2025-02-01..2026-01-31", 12],
    ["2025-10-01..2025-10-31", 1],
    ["2016-01-01..2026-12-31", 132],
    ["@2025-12-31", undefined],
    ["none", undefined],
  ];
  it.each(cases.map(([key, months]) => ({ key, months })))("$key → $months", ({ key, months }) => {
    expect(periodMonths(key)).toBe(months);
  });
});
