// Properties of values as written ("1,271", "1270.83", "-27"), checked through the loader: a fact file
// goes in, `concord facts` records come out. Only loadFactFiles and toFactRecord are used, so these
// properties hold whatever number representation the loader uses inside.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { toFactRecord } from "../../src/model/fact-record.js";
import { loadFactFiles } from "../../src/load/load-fact-base.js";
import { loadInline, repositoryTaxonomy, sourceFile, type FactFields } from "../helpers.js";

const taxonomy = repositoryTaxonomy();

/** The grammar of a written value: ASCII digits, thousands commas in groups of three, a decimal point, a minus. */
const GRAMMAR = /^-?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$/;

/** Powers of ten of the scale words (README: 万 亿 万亿 thousand million billion trillion). */
const SCALES: Record<string, number> = { 万: 4, 萬: 4, 亿: 8, 億: 8, 万亿: 12, 萬億: 12, thousand: 3, million: 6, billion: 9, trillion: 12 };

interface Written {
  negative: boolean;
  integer: bigint;
  fraction: string;
  commas: boolean;
  scale: string | undefined;
}

/** A value as a source writes it: integer part with or without thousands commas, optional decimals, optional minus. */
const written: fc.Arbitrary<Written> = fc.record({
  negative: fc.boolean(),
  integer: fc.oneof(fc.bigInt(0n, 999n), fc.bigInt(0n, 10n ** 15n - 1n)),
  fraction: fc.string({ unit: fc.constantFrom(..."0123456789"), maxLength: 10 }),
  commas: fc.boolean(),
  scale: fc.option(fc.constantFrom(...Object.keys(SCALES)), { nil: undefined }),
});

function write(value: Written, commas = value.commas): string {
  const digits = value.integer.toString();
  const integer = commas ? digits.replace(/\B(?=(\d{3})+$)/g, ",") : digits;
  return `${value.negative ? "-" : ""}${integer}${value.fraction ? `.${value.fraction}` : ""}`;
}

/** Canonical decimal of sign · digits × 10^exponent, where `point` digits stand before the decimal point. */
function canonical(negative: boolean, digits: string, point: number): string {
  const padded = point > digits.length ? digits + "0".repeat(point - digits.length) : point < 0 ? "0".repeat(-point) + digits : digits;
  const at = Math.max(point, 0);
  const integer = padded.slice(0, at).replace(/^0+/, "") || "0";
  const fraction = padded.slice(at).replace(/0+$/, "");
  const text = fraction ? `${integer}.${fraction}` : integer;
  return negative && text !== "0" ? `-${text}` : text;
}

/** What a written value is worth in base units, in canonical form. */
function expectedValue(value: Written): string {
  const integer = value.integer.toString();
  return canonical(value.negative, integer + value.fraction, integer.length + (value.scale ? SCALES[value.scale]! : 0));
}

/** A record's decimal string in canonical form; it must be plain decimal notation to begin with. */
function normalised(decimal: string): string {
  const match = /^(-)?(\d+)(?:\.(\d+))?$/.exec(decimal);
  expect(match, `${JSON.stringify(decimal)} is not a plain decimal string`).not.toBeNull();
  const [, sign, integer, fraction = ""] = match!;
  return canonical(sign !== undefined, integer! + fraction, integer!.length);
}

const fact = (value: string, scale?: string): FactFields => ({ metric: "revenue", value, ...(scale ? { scale } : {}), unit: "USD", quote: "q" });

/** The `concord facts` records of one inline fact file; any diagnostic fails the property. */
function records(facts: FactFields[]) {
  return loadInline({ "facts/property.yaml": sourceFile({ id: "property-source" }, facts) }).facts.map(toFactRecord);
}

describe("written values, through the loader", () => {
  it("keep their value: the base-unit value is the written number times the scale", () => {
    fc.assert(
      fc.property(written, (value) => {
        const [record] = records([fact(write(value), value.scale)]);
        expect(normalised(record!.value)).toBe(expectedValue(value));
      }),
    );
  });

  it("keep their precision: one unit of the last written digit, times the scale", () => {
    fc.assert(
      fc.property(written, (value) => {
        const [record] = records([fact(write(value), value.scale)]);
        const exponent = (value.scale ? SCALES[value.scale]! : 0) - value.fraction.length;
        expect(normalised(record!.precision!)).toBe(canonical(false, "1", 1 + exponent));
      }),
    );
  });

  it("do not depend on thousands commas", () => {
    fc.assert(
      fc.property(written, (value) => {
        const [withCommas, without] = records([fact(write(value, true), value.scale), fact(write(value, false), value.scale)]);
        expect(withCommas!.value).toBe(without!.value);
        expect(withCommas!.precision).toBe(without!.precision);
      }),
    );
  });

  it("round-trip: a record's value read back as written gives the same value", () => {
    fc.assert(
      fc.property(written, (value) => {
        const [first] = records([fact(write(value), value.scale)]);
        const [again] = records([fact(first!.value)]);
        expect(again!.value).toBe(first!.value);
      }),
    );
  });
});

/** Loads one fact whose value is `text`, from JSON so that any string at all can be written. */
function loadValue(text: string) {
  const file = {
    source: { id: "property-source", publisher: "P", title: "T", language: "en", kind: "secondary" },
    defaults: { entity: "AMZN", period: "2025-Q4" },
    facts: [{ metric: "revenue", value: text, unit: "USD", quote: "q" }],
  };
  return loadFactFiles([{ file: "facts/property.json", text: JSON.stringify(file) }], taxonomy);
}

/** Characters that come close to the grammar: digits and separators of other scripts, exponents, signs. */
const NEAR = [..."0123456789,.-+eE _'", "\u00a0", "\u3000", "１", "２", "３", "、", "，", "．", "٫", "٬", "١", "٢", "−", "–", "NaN", "Infinity", "0x", "\n"];

/** A valid written value with one character inserted, replaced or removed. */
const mutated = fc
  .tuple(written, fc.nat(), fc.constantFrom(...NEAR), fc.constantFrom("insert", "replace", "remove"))
  .map(([value, at, char, how]) => {
    const text = write(value);
    const i = at % (text.length + 1);
    if (how === "insert") return text.slice(0, i) + char + text.slice(i);
    if (how === "replace") return text.slice(0, i) + char + text.slice(i + 1);
    return text.slice(0, i) + text.slice(i + 1);
  });

const anyText = fc.oneof(
  fc.string({ unit: "binary", maxLength: 30 }),
  fc.string({ unit: "grapheme", maxLength: 20 }),
  fc.string({ unit: fc.constantFrom(...NEAR), maxLength: 20 }),
  mutated,
);

describe("text that is not a written value", () => {
  it("is rejected with a diagnostic on the value, never thrown on", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const { factBase, diagnostics } = loadValue(text);
        const digits = text.replace(/\D/g, "").length;
        if (GRAMMAR.test(text) && digits <= 25) {
          expect(diagnostics).toEqual([]);
          expect(factBase.facts).toHaveLength(1);
        } else if (!GRAMMAR.test(text)) {
          expect(factBase.facts).toEqual([]);
          expect(diagnostics).toHaveLength(1);
          expect(diagnostics[0]).toMatchObject({ file: "facts/property.json", path: "/facts/0/value" });
          expect(diagnostics[0]!.line).toBeGreaterThanOrEqual(1);
          expect(diagnostics[0]!.found).toBeTruthy();
          expect(diagnostics[0]!.expected).toBeTruthy();
        }
      }),
      { numRuns: 300 },
    );
  });

  it.each(["1e400", "NaN", "Infinity", "-Infinity", "１２３", "1、271", "1,27", "12,34,56", "1.", ".5", "+1", "--1", "1 271", "0x1F", "", " 1", "1\n"])("rejects %j", (text) => {
    const { diagnostics } = loadValue(text);
    expect(diagnostics.map((diagnostic) => diagnostic.path)).toEqual(["/facts/0/value"]);
  });
});
