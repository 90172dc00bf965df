import { describe, expect, it } from "vitest";
import { formatDiagnostic, formatDiagnostics } from "../../src/format/diagnostics.js";
import type { Diagnostic } from "../../src/model/types.js";

const at = (file: string, line: number, column: number, message = "problem"): Diagnostic => ({ file, line, column, path: "/facts/0/value", message, found: '"abc"', expected: "a decimal string" });

describe("diagnostics as text", () => {
  it("names file, line, column, path, what was found and what was expected", () => {
    expect(formatDiagnostic(at("facts/a.yaml", 12, 13, "value is not a number as written"))).toBe(
      'facts/a.yaml:12:13 /facts/0/value: value is not a number as written (found "abc"; expected a decimal string)',
    );
  });

  it("sorts by file, line and column, and counts problems and files", () => {
    const text = formatDiagnostics([at("facts/b.yaml", 1, 1), at("facts/a.yaml", 9, 2), at("facts/a.yaml", 3, 7)]);
    expect(text.split("\n").map((line) => line.split(" ")[0])).toEqual(["facts/a.yaml:3:7", "facts/a.yaml:9:2", "facts/b.yaml:1:1", "3", ""]);
    expect(text).toContain("3 problems in 2 files\n");
    expect(formatDiagnostics([at("facts/a.yaml", 1, 1)])).toContain("1 problem in 1 file\n");
  });

  it("leaves out an empty path and missing found/expected", () => {
    expect(formatDiagnostic({ file: "x.json", line: 1, column: 1, path: "", message: "the file is empty" })).toBe("x.json:1:1: the file is empty");
  });
});
