// Finding the repository root from a working folder: the nearest folder holding concord.config.yaml,
// or a facts/ folder with taxonomy.yaml in it. Each test works in its own temporary folder.
import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { findRoot, isInside } from "../../src/io/root.js";

let base: string;
beforeEach(() => {
  base = realpathSync(mkdtempSync(path.join(tmpdir(), "concord-root-")));
});
afterEach(() => rmSync(base, { recursive: true, force: true }));

function write(...files: string[]): void {
  for (const file of files) {
    mkdirSync(path.dirname(path.join(base, file)), { recursive: true });
    writeFileSync(path.join(base, file), "");
  }
}

describe("findRoot", () => {
  it("is the folder holding facts/taxonomy.yaml, from the folder itself, from facts/ and from deeper", () => {
    write("repo/facts/taxonomy.yaml", "repo/facts/corpus/a.yaml");
    mkdirSync(path.join(base, "repo/docs/notes"), { recursive: true });
    const repo = path.join(base, "repo");
    expect(findRoot(repo)).toBe(repo);
    expect(findRoot(path.join(repo, "facts"))).toBe(repo);
    expect(findRoot(path.join(repo, "facts/corpus"))).toBe(repo);
    expect(findRoot(path.join(repo, "docs/notes"))).toBe(repo);
  });

  it("is the folder holding concord.config.yaml, the nearest one winning", () => {
    write("outer/facts/taxonomy.yaml", "outer/inner/concord.config.yaml", "outer/inner/sub/file.txt");
    expect(findRoot(path.join(base, "outer/inner/sub"))).toBe(path.join(base, "outer/inner"));
    expect(findRoot(path.join(base, "outer"))).toBe(path.join(base, "outer"));
  });

  it("does not take a facts/ folder without a taxonomy, nor a folder named like the markers", () => {
    write("plain/facts/a.yaml");
    mkdirSync(path.join(base, "odd/concord.config.yaml"), { recursive: true });
    mkdirSync(path.join(base, "odd/facts/taxonomy.yaml"), { recursive: true });
    // Nothing above the temporary folder is expected to hold either marker.
    expect(findRoot(path.join(base, "plain/facts"))).toBeUndefined();
    expect(findRoot(path.join(base, "odd"))).toBeUndefined();
  });
});

describe("isInside", () => {
  it("is true for the folder itself and what lies under it, false for siblings and parents", () => {
    expect(isInside(path.join(base, "facts"), path.join(base, "facts"))).toBe(true);
    expect(isInside(path.join(base, "facts/x/report.md"), path.join(base, "facts"))).toBe(true);
    expect(isInside(path.join(base, "facts-old/report.md"), path.join(base, "facts"))).toBe(false);
    expect(isInside(path.join(base, "..facts/report.md"), base)).toBe(true);
    expect(isInside(base, path.join(base, "facts"))).toBe(false);
  });
});
