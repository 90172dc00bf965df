// Properties of escaping for Markdown tables, for arbitrary Unicode text: nothing a source writes can
// end a table cell, start a code span, inject HTML or break a row.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { escapeMarkdown } from "../../src/format/escape.js";

/** Occurrences of `char` not escaped by a backslash (preceded by an even number of backslashes). */
const unescaped = (text: string, char: string) => [...text.matchAll(new RegExp(`(?<!\\\\)(?:\\\\\\\\)*\\${char}`, "g"))].length;

/** Characters with a meaning in Markdown tables, inline syntax or HTML, plus line breaks and controls. */
const SPECIAL = ["|", "\\", "\\\\", "\\|", "`", "``", "<", ">", "&", "*", "_", "[", "]", "(", ")", "$", "~", "!", "#", "\n", "\r", "\r\n", "\u2028", "\u2029", "\u0000", "\u001b", "\u007f", "\t", " ", "a", "营", "😀", "\u202e"];

const text = fc.oneof(
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.string({ unit: "grapheme", maxLength: 40 }),
  fc.string({ unit: fc.constantFrom(...SPECIAL), maxLength: 40 }),
);

describe("escapeMarkdown, for any text", () => {
  it("leaves no raw <, >, line break or carriage return", () => {
    fc.assert(
      fc.property(text, (input) => {
        expect(escapeMarkdown(input)).not.toMatch(/[<>\n\r\u2028\u2029]/);
      }),
      { numRuns: 1_000 },
    );
  });

  it("leaves no unescaped | or backtick", () => {
    fc.assert(
      fc.property(text, (input) => {
        const cell = escapeMarkdown(input);
        expect(unescaped(cell, "|")).toBe(0);
        expect(unescaped(cell, "`")).toBe(0);
      }),
      { numRuns: 1_000 },
    );
  });

  it("gives a table row exactly one cell separator more than it has cells", () => {
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 6 }), (cells) => {
        const row = `| ${cells.map(escapeMarkdown).join(" | ")} |`;
        expect(unescaped(row, "|")).toBe(cells.length + 1);
      }),
      { numRuns: 500 },
    );
  });

  it("counts separators the way a Markdown table does", () => {
    expect(unescaped("a | b", "|")).toBe(1);
    expect(unescaped("a \\| b", "|")).toBe(0);
    expect(unescaped("a \\\\| b", "|")).toBe(1);
    expect(unescaped("a \\\\\\| b", "|")).toBe(0);
    expect(unescaped("`x`", "`")).toBe(2);
    expect(unescaped("\\`x\\`", "`")).toBe(0);
  });
});
