import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { writeFileAtomic } from "../../src/io/write-file-atomic.js";

let folder: string;
beforeEach(() => {
  folder = mkdtempSync(path.join(tmpdir(), "concord-write-"));
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

describe("writeFileAtomic", () => {
  it("writes the whole content, creating folders, and leaves no temporary file", () => {
    const file = path.join(folder, "reports", "conflicts.md");
    writeFileAtomic(file, "# report\n");
    expect(readFileSync(file, "utf8")).toBe("# report\n");
    expect(readdirSync(path.dirname(file))).toEqual(["conflicts.md"]);
  });

  it("replaces an existing file in one step", () => {
    const file = path.join(folder, "out.md");
    writeFileSync(file, "old\n");
    writeFileAtomic(file, "new\n");
    expect(readFileSync(file, "utf8")).toBe("new\n");
  });

  it("leaves the old file untouched and no temporary file when writing fails", () => {
    const target = path.join(folder, "target");
    // The target is a folder that is not empty, so the final rename must fail.
    writeFileSync(path.join(folder, "keep.md"), "kept\n");
    const occupied = path.join(target, "inside");
    writeFileAtomic(path.join(occupied, "x"), "x");
    expect(() => writeFileAtomic(target, "content")).toThrow();
    expect(existsSync(path.join(target, "inside", "x"))).toBe(true);
    expect(readdirSync(folder).filter((name) => name.endsWith(".tmp"))).toEqual([]);
    expect(readFileSync(path.join(folder, "keep.md"), "utf8")).toBe("kept\n");
  });
});
