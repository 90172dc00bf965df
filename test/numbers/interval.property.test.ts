// Properties of the intervals values stand for (precision and qualifier), checked on facts loaded from
// inline fact files: only the loader, intervalOf and overlaps are used, so these properties hold
// whatever number representation they use inside.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Fact, Qualifier } from "../../src/model/types.js";
import { intervalOf, overlaps } from "../../src/numbers/interval.js";
import { loadInline, sourceFile, type FactFields } from "../helpers.js";

const QUALIFIERS: readonly Qualifier[] = ["exact", "about", "more_than", "at_least", "up_to", "less_than"];
const SCALES = ["万", "亿", "billion"] as const;

/** A decimal n × 10^-decimals as a source writes it ("-0.05", "1,234.5"). */
function written(n: number, decimals: number, commas = false): string {
  const digits = Math.abs(n).toString().padStart(decimals + 1, "0");
  const integer = digits.slice(0, digits.length - decimals);
  const fraction = digits.slice(digits.length - decimals);
  return `${n < 0 ? "-" : ""}${commas ? integer.replace(/\B(?=(\d{3})+$)/g, ",") : integer}${fraction ? `.${fraction}` : ""}`;
}

interface Value {
  /** The written value is n × 10^-decimals; small, so that intervals often meet. */
  n: number;
  decimals: number;
  scale?: string;
  /** For a range: the high end is (n + span) × 10^-decimals. */
  span?: number;
  /** Precision override, in units of the last written digit. */
  precisionSteps?: number;
  qualifier: Qualifier;
}

const value: fc.Arbitrary<Value> = fc.record(
  {
    n: fc.integer({ min: -3_000, max: 3_000 }),
    decimals: fc.integer({ min: 0, max: 3 }),
    scale: fc.constantFrom(...SCALES),
    span: fc.integer({ min: 0, max: 200 }),
    precisionSteps: fc.integer({ min: 1, max: 50 }),
    qualifier: fc.constantFrom(...QUALIFIERS),
  },
  { requiredKeys: ["n", "decimals", "qualifier"] },
);

function fields(value: Value): FactFields {
  return {
    metric: "revenue",
    value: written(value.n, value.decimals),
    ...(value.span !== undefined ? { value_high: written(value.n + value.span, value.decimals) } : {}),
    ...(value.scale !== undefined ? { scale: value.scale } : {}),
    ...(value.precisionSteps !== undefined ? { precision: written(value.precisionSteps, value.decimals) } : {}),
    unit: "USD",
    qualifier: value.qualifier,
    quote: "q",
  };
}

/** The facts of one inline fact file, in the order given; any diagnostic fails the property. */
function load(...values: Value[]): Fact[] {
  const facts = loadInline({ "facts/property.yaml": sourceFile({ id: "property-source" }, values.map(fields)) }).facts;
  expect(facts).toHaveLength(values.length);
  return facts;
}

function interval(fact: Fact) {
  if (fact.parsed.kind !== "number") throw new Error("not a numeric fact");
  return intervalOf(fact.parsed, fact.qualifier);
}

const agree = (a: Fact, b: Fact) => overlaps(interval(a), interval(b));

describe("intervals of loaded facts", () => {
  it("a value is consistent with itself, at any precision and under any qualifier", () => {
    fc.assert(
      fc.property(value, (v) => {
        const [fact] = load(v);
        expect(agree(fact!, fact!)).toBe(true);
      }),
    );
  });

  it("a value as written exactly is consistent with the same value at any other precision and under any qualifier", () => {
    const sameValue = fc.tuple(value, fc.integer({ min: 0, max: 3 }), fc.integer({ min: 1, max: 50 }), fc.boolean(), fc.constantFrom(...QUALIFIERS));
    fc.assert(
      fc.property(sameValue, ([v, extraDecimals, steps, override, qualifier]) => {
        const exact: Value = { n: v.n, decimals: v.decimals, qualifier: "exact", ...(v.scale ? { scale: v.scale } : {}) };
        // The same number with more (trailing zero) decimals, or with a precision override.
        const other: Value = {
          n: v.n * 10 ** extraDecimals,
          decimals: v.decimals + extraDecimals,
          qualifier,
          ...(v.scale ? { scale: v.scale } : {}),
          ...(override ? { precisionSteps: steps } : {}),
        };
        const [a, b] = load(exact, other);
        expect(agree(a!, b!)).toBe(true);
      }),
    );
  });

  it("consistency is symmetric", () => {
    fc.assert(
      fc.property(value, value, (a, b) => {
        const [first, second] = load(a, b);
        expect(agree(first!, second!)).toBe(agree(second!, first!));
      }),
      { numRuns: 300 },
    );
  });

  it("widening an interval never creates a conflict", () => {
    // A' ⊇ A, built the ways a fact file can widen a value: `about` instead of exact, a range around
    // it at the same precision, a coarser precision override, or all of these at once.
    const widened = fc.record({
      about: fc.boolean(),
      below: fc.integer({ min: 0, max: 100 }),
      above: fc.integer({ min: 0, max: 100 }),
      coarser: fc.option(fc.integer({ min: 1, max: 40 }), { nil: undefined }),
    });
    const narrow = value.map((v): Value => ({ ...v, qualifier: v.qualifier === "about" ? "about" : "exact", precisionSteps: undefined }));
    let agreeing = 0;
    let runs = 0;
    fc.assert(
      fc.property(narrow, widened, value, (a, widen, b) => {
        const steps = a.precisionSteps ?? 1;
        const wide: Value = {
          ...a,
          n: a.n - widen.below,
          span: (a.span ?? 0) + widen.below + widen.above,
          qualifier: widen.about ? "about" : a.qualifier,
          ...(widen.coarser !== undefined ? { precisionSteps: steps + widen.coarser } : {}),
        };
        const [narrowFact, wideFact, other] = load(a, wide, b);
        runs++;
        if (agree(narrowFact!, other!)) {
          agreeing++;
          expect(agree(wideFact!, other!)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
    // The property is only worth something if the premise held often enough.
    expect(agreeing).toBeGreaterThan(runs / 20);
  });
});

describe("the written form used above", () => {
  it.each([
    [1234, 0, "1234"],
    [-5, 2, "-0.05"],
    [123456, 1, "12345.6"],
    [0, 3, "0.000"],
  ])("writes %i × 10^-%i as %s", (n, decimals, text) => {
    expect(written(n, decimals)).toBe(text);
  });
});
