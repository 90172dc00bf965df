import { describe, expect, it } from "vitest";
import { lastStartAtOrBefore, lineAndColumn, lineStarts, positionAt } from "../../src/model/lines.js";

describe("lineStarts and positionAt", () => {
  it("finds the start of every line", () => {
    expect([...lineStarts("ab\ncd\n\nef")]).toEqual([0, 3, 6, 7]);
    expect([...lineStarts("")]).toEqual([0]);
  });

  it.each([
    [0, 1, 1],
    [1, 1, 2],
    [2, 1, 3], // the line break ends line 1
    [3, 2, 1],
    [5, 2, 3],
    [6, 3, 1], // the empty line
    [7, 4, 1],
    [8, 4, 2],
    [9, 4, 3], // just past the end
  ])("puts offset %i of \"ab\\ncd\\n\\nef\" at %i:%i", (offset, line, column) => {
    expect(positionAt(lineStarts("ab\ncd\n\nef"), offset)).toEqual({ line, column });
  });

  it("splits lines at LF only, so a CR is the last column of its line", () => {
    const starts = lineStarts("ab\r\ncd");
    expect([...starts]).toEqual([0, 4]);
    expect(positionAt(starts, 2)).toEqual({ line: 1, column: 3 });
    expect(positionAt(starts, 4)).toEqual({ line: 2, column: 1 });
  });

  it("agrees with a line-by-line count on a long text", () => {
    const lines = Array.from({ length: 500 }, (_, i) => "x".repeat(i % 7));
    const text = lines.join("\n");
    const starts = lineStarts(text);
    for (const line of [1, 2, 250, 499, 500]) {
      const offset = lines.slice(0, line - 1).reduce((sum, part) => sum + part.length + 1, 0);
      expect(positionAt(starts, offset)).toEqual({ line, column: 1 });
    }
  });
});

describe("lineAndColumn", () => {
  it.each([
    [0, 1, 1],
    [2, 1, 3],
    [3, 1, 4], // the line break itself belongs to the line it ends
    [4, 2, 1],
    [6, 2, 3],
    [7, 3, 1],
  ])("puts offset %i of \"abc\\nde\\n\\n\" at %i:%i", (offset, line, column) => {
    expect(lineAndColumn("abc\nde\n\n", offset)).toEqual({ line, column });
  });

  it("counts a CR as a column of its line", () => {
    expect(lineAndColumn("ab\r\ncd", 2)).toEqual({ line: 1, column: 3 });
    expect(lineAndColumn("ab\r\ncd", 5)).toEqual({ line: 2, column: 2 });
  });
});

describe("lastStartAtOrBefore", () => {
  it("finds the last start at or before an offset, and 0 before the first", () => {
    const starts = [0, 5, 9, 20];
    expect([0, 4, 5, 8, 9, 19, 20, 100].map((at) => lastStartAtOrBefore(starts, at))).toEqual([0, 0, 1, 1, 2, 2, 3, 3]);
    expect(lastStartAtOrBefore([3, 8], 1)).toBe(0);
  });
});
