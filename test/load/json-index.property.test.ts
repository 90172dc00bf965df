// The strict JSON scanner that places syntax errors must agree with JSON.parse on what is JSON.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { countKeys, findJsonSyntaxError } from "../../src/load/json-index.js";

const accepts = (text: string) => {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
};

/** JSON texts, and JSON texts with a few characters inserted, removed or replaced. */
const TOKENS = ["{", "}", "[", "]", ",", ":", '"', "\\", "'", "/", "*", "0", "1", "-", "+", ".", "e", "true", "null", " ", "\n", "\t", "\r", "\u0001", "a", "营", "//", "/*"];
const jsonText = fc.jsonValue().map((value) => JSON.stringify(value, null, 1));
const damaged = fc.tuple(jsonText, fc.array(fc.tuple(fc.nat(), fc.constantFrom(...TOKENS), fc.constantFrom("insert", "replace", "remove")), { minLength: 1, maxLength: 3 })).map(([text, edits]) =>
  edits.reduce((current, [at, token, how]) => {
    const i = at % (current.length + 1);
    if (how === "insert") return current.slice(0, i) + token + current.slice(i);
    if (how === "replace") return current.slice(0, i) + token + current.slice(i + 1);
    return current.slice(0, i) + current.slice(i + 1);
  }, text),
);

describe("findJsonSyntaxError", () => {
  it("finds an error exactly when JSON.parse refuses the text, within the text", () => {
    fc.assert(
      fc.property(fc.oneof(jsonText, damaged, fc.string({ unit: fc.constantFrom(...TOKENS), maxLength: 30 })), (text) => {
        const error = findJsonSyntaxError(text);
        expect(error === undefined).toBe(accepts(text));
        if (error) {
          expect(error.offset).toBeGreaterThanOrEqual(0);
          expect(error.offset).toBeLessThanOrEqual(text.length);
          expect(error.message).toMatch(/^invalid JSON: /);
        }
      }),
      { numRuns: 2_000 },
    );
  });

  it.each([
    ['{"a": 1,}', 8, "a trailing comma before `}`"],
    ['{"a": 1, "b": }', 14, "unexpected character"],
    ["[1, 2,]", 6, "a trailing comma before `]`"],
    ['{"a": 1 // note\n}', 8, "a comment"],
    ["{a: 1}", 1, "a property name without quotes"],
    ['{"a": 01}', 6, "not a JSON number"],
    ['{"a": "x', 8, "a string that never ends"],
  ])("places the error in %j at %i: %s", (text, offset, message) => {
    expect(findJsonSyntaxError(text)).toMatchObject({ offset, message: `invalid JSON: ${message}` });
  });
});

describe("countKeys", () => {
  it("counts keys at any depth without recursion", () => {
    const deep = JSON.parse(`${'{"a": '.repeat(100_000)}1${"}".repeat(100_000)}`);
    expect(countKeys(deep)).toBe(100_000);
    expect(countKeys(JSON.parse('[{"a": 1, "b": [{"c": null}]}, {"__proto__": 1}]'))).toBe(4);
  });
});
