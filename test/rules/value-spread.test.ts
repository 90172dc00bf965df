import { compareExact, exactToString } from "../../src/numbers/exact.js";
import { parseWrittenNumber } from "../../src/numbers/written-number.js";
import { describe, expect, it } from "vitest";
import type { Interval } from "../../src/numbers/interval.js";
import { conflictAcrossLabels, conflictBetween, conflictingSets, conflictWithin, sortedUnique, spreadData, valueSignature, type LabelledInterval } from "../../src/rules/value-spread.js";
import { loadInline, ruleContext, sourcesWith } from "../helpers.js";
// The bench's deterministic PRNG, so the random cases are the same on every run.
import { random } from "../../bench/generate.js";

/** A short decimal literal as an exact value: d(213.165) is 213165 × 10^-3. */
const d = (value: number) => parseWrittenNumber(String(value))!.value;
/** Entries as text, for failure messages (bigints do not go through JSON.stringify). */
const show = (entries: readonly LabelledInterval[]) =>
  entries.map(({ label, interval }) => `${label}:${interval.low ? exactToString(interval.low) : "-inf"}..${interval.high ? exactToString(interval.high) : "inf"}`).join(" ");
/** `[low, high)` with `undefined` for an open side. */
const iv = (low: number | undefined, high: number | undefined): Interval => ({ ...(low !== undefined ? { low: d(low) } : {}), ...(high !== undefined ? { high: d(high) } : {}) });
const at = (label: string, low: number | undefined, high: number | undefined): LabelledInterval => ({ label, interval: iv(low, high) });

/** Two intervals conflict when one ends at or below where the other starts (touching counts). */
const disjoint = (a: Interval, b: Interval) => (a.high !== undefined && b.low !== undefined && compareExact(a.high, b.low) <= 0) || (b.high !== undefined && a.low !== undefined && compareExact(b.high, a.low) <= 0);
const bruteAcross = (entries: LabelledInterval[]) => entries.some((a) => entries.some((b) => a.label !== b.label && disjoint(a.interval, b.interval)));
const bruteBetween = (a: LabelledInterval[], b: LabelledInterval[]) => a.some((x) => b.some((y) => x.label !== y.label && disjoint(x.interval, y.interval)));
const bruteWithin = (intervals: Interval[]) => intervals.some((a) => intervals.some((b) => disjoint(a, b)));

function randomEntries(next: () => number, count: number, labels: string[]): LabelledInterval[] {
  return Array.from({ length: count }, () => {
    const low = Math.floor(next() * 10);
    const width = 1 + Math.floor(next() * 4);
    const shape = next();
    return at(labels[Math.floor(next() * labels.length)]!, shape < 0.1 ? undefined : low, shape > 0.9 ? undefined : low + width);
  });
}

describe("conflictAcrossLabels", () => {
  it.each([
    { name: "disjoint, different labels", entries: [at("a", 0, 1), at("b", 2, 3)], conflict: true },
    { name: "disjoint, the same label", entries: [at("a", 0, 1), at("a", 2, 3)], conflict: false },
    { name: "touching (half-open rounding)", entries: [at("a", 21.5, 22.5), at("b", 22.5, 23.5)], conflict: true },
    { name: "overlapping", entries: [at("a", 212.5, 213.5), at("b", 213.165, 213.175)], conflict: false },
    { name: "open above vs inside", entries: [at("a", 1, undefined), at("b", 1.15, 1.25)], conflict: false },
    { name: "open above vs below it", entries: [at("a", 5, undefined), at("b", 4.85, 4.95)], conflict: true },
    { name: "open below vs open above, apart", entries: [at("a", undefined, 3), at("b", 4, undefined)], conflict: true },
    { name: "a single entry", entries: [at("a", 0, 1)], conflict: false },
    { name: "nothing", entries: [], conflict: false },
    { name: "the conflict is between the second-best bounds", entries: [at("a", 0, 1), at("a", 9, 10), at("b", 0.5, 1.5), at("c", 5, 6)], conflict: true },
  ])("$name → $conflict", ({ entries, conflict }) => {
    expect(conflictAcrossLabels(entries)).toBe(conflict);
  });

  it("agrees with comparing every pair, on random entries", () => {
    const next = random(20260206);
    for (let run = 0; run < 2000; run++) {
      const entries = randomEntries(next, 1 + Math.floor(next() * 6), ["a", "b", "c"]);
      expect(conflictAcrossLabels(entries), show(entries)).toBe(bruteAcross(entries));
    }
  });
});

describe("conflictBetween", () => {
  it("only pairs entries of a with entries of b under different labels", () => {
    expect(conflictBetween([at("a", 10.5, 11.5)], [at("b", 16.5, 17.5)])).toBe(true);
    expect(conflictBetween([at("a", 10.5, 11.5)], [at("a", 16.5, 17.5)])).toBe(false);
    expect(conflictBetween([at("a", 10.5, 11.5), at("b", 16.5, 17.5)], [at("c", 16.5, 17.5)])).toBe(true);
    expect(conflictBetween([at("a", 10.5, 11.5), at("b", 10, 20)], [])).toBe(false);
    // Within one side nothing is compared.
    expect(conflictBetween([at("a", 0, 1), at("b", 5, 6)], [at("c", 0, 10)])).toBe(false);
  });

  it("agrees with comparing every pair, on random entries", () => {
    const next = random(42);
    for (let run = 0; run < 2000; run++) {
      const a = randomEntries(next, Math.floor(next() * 5), ["a", "b", "c"]);
      const b = randomEntries(next, Math.floor(next() * 5), ["a", "b", "c"]);
      expect(conflictBetween(a, b), `${show(a)} | ${show(b)}`).toBe(bruteBetween(a, b));
    }
  });
});

describe("conflictWithin", () => {
  it.each([
    { name: "disjoint", intervals: [iv(0, 1), iv(2, 3)], conflict: true },
    { name: "touching", intervals: [iv(21.5, 22.5), iv(22.5, 23.5)], conflict: true },
    { name: "nested", intervals: [iv(0, 10), iv(2, 3)], conflict: false },
    { name: "all open above", intervals: [iv(1, undefined), iv(5, undefined)], conflict: false },
    { name: "one interval", intervals: [iv(0, 1)], conflict: false },
  ])("$name → $conflict", ({ intervals, conflict }) => {
    expect(conflictWithin(intervals)).toBe(conflict);
  });

  it("agrees with comparing every pair, on random intervals", () => {
    const next = random(7);
    for (let run = 0; run < 2000; run++) {
      const intervals = randomEntries(next, 1 + Math.floor(next() * 5), ["a"]).map((entry) => entry.interval);
      expect(conflictWithin(intervals)).toBe(bruteWithin(intervals));
    }
  });
});

describe("naming values", () => {
  const factBase = loadInline(
    sourcesWith(
      [
        { metric: "revenue", value: "213", scale: "亿", unit: "USD", quote: "sales of 213" },
        { metric: "revenue", value: "21,300", scale: "million", unit: "USD", quote: "sales of 21,300" },
        { metric: "capex", value: "2000", scale: "亿", unit: "USD", qualifier: "about", quote: "roughly 2000 spent" },
        { segment: "trainium3", metric: "launch_date", value: "2025-12-02", unit: "date", period: "none", quote: "out on 2 December" },
      ],
      [
        { metric: "revenue", value: "213", scale: "億", unit: "USD", quote: "sales of 213 again" },
        { metric: "revenue", value: "1,735", value_high: "1,785", scale: "亿", unit: "USD", basis: "guidance", period: "2026-Q1", quote: "guided 1,735 to 1,785" },
      ],
    ),
  );
  const [a213, a21300, capex, launch, b213, range] = factBase.facts;

  it("signs a value by its base-unit value, precision and qualifier, not by its source or wording", () => {
    expect(valueSignature(a213!)).toBe("21300000000±50000000/exact");
    expect(valueSignature(b213!)).toBe(valueSignature(a213!));
    expect(valueSignature(a21300!)).toBe("21300000000±500000/exact");
    expect(valueSignature(capex!)).toBe("200000000000±50000000/about");
    expect(valueSignature(range!)).toBe("173500000000..178500000000±50000000/exact");
    expect(valueSignature(launch!)).toBe("2025-12-02");
  });

  it("lists distinct written values with their qualifiers, in first-seen order", () => {
    expect(spreadData([a213!, a21300!, b213!, a213!])).toMatchObject({ messageId: "several", values: ["213 亿 USD", "21,300 million USD", "213 億 USD"] });
    expect(spreadData([capex!, range!])).toMatchObject({ messageId: "two", values: ["about 2000 亿 USD", "1,735–1,785 亿 USD"] });
  });

  it("sorts and deduplicates", () => {
    expect(sortedUnique(["b", "a", "b", "c"])).toEqual(["a", "b", "c"]);
    expect(sortedUnique([])).toEqual([]);
  });
});

describe("conflictingSets", () => {
  const revenue = (value: string, extra: Record<string, string> = {}) => ({ metric: "revenue", value, scale: "亿", unit: "USD", quote: `sales of ${value}`, ...extra });
  const factBase = loadInline(
    sourcesWith(
      [revenue("100"), revenue("90"), revenue("50", { basis: "ex_fx" })],
      [revenue("100"), revenue("60", { basis: "ex_fx" })],
      [revenue("300", { period: "2025-Q3" }), revenue("300", { period: "2025-Q3" })],
    ),
  );
  const context = ruleContext(factBase, {});
  const shown = (sets: ReturnType<typeof conflictingSets>) => sets.map(({ facts }) => facts.map((fact) => `${fact.sourceId}:${fact.written.value}:${fact.basis}`).join(" "));

  it("splits each disagreeing group into sets and keeps those where two different whos do not overlap", () => {
    // By basis, source against source: reported 100/90/100 conflicts across sources, ex-FX 50 vs 60 too.
    expect(shown(conflictingSets(context, (fact) => fact.basis, (fact) => fact.sourceId))).toEqual([
      "source-a:100:reported source-a:90:reported source-b:100:reported",
      "source-a:50:ex_fx source-b:60:ex_fx",
    ]);
    // By source and basis, statement against statement: only source-1's 100 vs 90.
    expect(shown(conflictingSets(context, (fact) => `${fact.sourceId}|${fact.basis}`, (fact) => String(fact.index)))).toEqual(["source-a:100:reported source-a:90:reported"]);
  });

  it("leaves out groups whose values agree, and sets with one who only", () => {
    expect(shown(conflictingSets(context, () => "all", () => "same"))).toEqual([]);
  });
});
