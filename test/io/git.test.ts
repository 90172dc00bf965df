// readFactFilesAtRef reads fact files as they were at a git ref, for `reconcile --since REF`. The tests
// build a small repository of their own under the system's temporary folder and remove it afterwards;
// without `git` on PATH they are skipped, saying so.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GitError, prefetchChangedAtRef, readChangedFactFilesAtRef, readFactFilesAtRef } from "../../src/io/git.js";

const gitVersion = (() => {
  try {
    return execFileSync("git", ["--version"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
  } catch {
    return undefined;
  }
})();

if (gitVersion === undefined) {
  console.warn("test/io/git.test.ts: `git` is not on PATH, so the tests of src/io/git.ts are skipped");
  describe("readFactFilesAtRef", () => {
    it.skip("skipped: `git` is not on PATH, and these tests need it to build a repository", () => {});
  });
}

describe.skipIf(gitVersion === undefined)("readFactFilesAtRef", () => {
  let repository: string;
  let outside: string;
  /** Runs git in the test repository with a fixed identity and none of the user's settings that matter here. */
  const git = (...args: string[]) =>
    execFileSync("git", ["-c", "user.email=tests@concord.invalid", "-c", "user.name=concord tests", "-c", "commit.gpgsign=false", "-c", "init.defaultBranch=main", "-c", "core.autocrlf=false", ...args], {
      cwd: repository,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
    }).trim();
  const write = (files: Readonly<Record<string, string | Uint8Array>>) => {
    for (const [name, content] of Object.entries(files)) {
      const file = path.join(repository, ...name.split("/"));
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, content);
    }
  };
  const commit = (message: string) => {
    git("add", "-A");
    git("commit", "-q", "-m", message);
    return git("rev-parse", "HEAD");
  };
  let first: string;

  const firstNorth = "source:\n  id: north-wire\nfacts:\n  - metric: revenue\n    value: \"12.0\"\n";
  const secondNorth = firstNorth.replace('"12.0"', '"12.5"');

  const ceiling = process.env.GIT_CEILING_DIRECTORIES;

  beforeAll(() => {
    // Keep git from finding a repository above the temporary folder (the outside folder must be in none).
    process.env.GIT_CEILING_DIRECTORIES = realpathSync(tmpdir());
    repository = realpathSync(mkdtempSync(path.join(tmpdir(), "concord-git-")));
    outside = realpathSync(mkdtempSync(path.join(tmpdir(), "concord-no-git-")));
    git("init", "-q");
    write({
      "facts/north.yaml": firstNorth,
      "facts/south.json": '{"source": {"id": "south-desk"}, "facts": []}',
      "facts/regional/east.yml": "source:\n  id: east-bulletin\n",
      "facts/taxonomy.yaml": "entities: []\n",
      "facts/reviews.yaml": "reviews: []\n",
      "facts/README.md": "Notes for editors.\n",
      "facts/季度.yaml": "source:\n  id: quarterly-cn\n",
      "facts/with space.yaml": "source:\n  id: spaced-name\n",
      "other/west.yaml": "source:\n  id: west-post\n",
    });
    first = commit("first facts");
    git("tag", "first");
    write({ "facts/north.yaml": secondNorth, "facts/added.yaml": "source:\n  id: added-later\n" });
    rmSync(path.join(repository, "facts", "south.json"));
    commit("second facts");
  });

  afterAll(() => {
    if (ceiling === undefined) delete process.env.GIT_CEILING_DIRECTORIES;
    else process.env.GIT_CEILING_DIRECTORIES = ceiling;
    rmSync(repository, { recursive: true, force: true });
    rmSync(outside, { recursive: true, force: true });
  });

  it("reads the YAML and JSON files under a folder as they were at a tag, in sorted order", () => {
    const result = readFactFilesAtRef("first", ["facts"], repository);
    expect(result.factFiles).toEqual([
      { file: "facts/north.yaml", text: firstNorth },
      { file: "facts/regional/east.yml", text: "source:\n  id: east-bulletin\n" },
      { file: "facts/south.json", text: '{"source": {"id": "south-desk"}, "facts": []}' },
      { file: "facts/with space.yaml", text: "source:\n  id: spaced-name\n" },
      { file: "facts/季度.yaml", text: "source:\n  id: quarterly-cn\n" },
    ]);
    expect(result.unreadable).toEqual([]);
  });

  it("sets the taxonomy apart, named with the ref, and leaves the reviews out", () => {
    const result = readFactFilesAtRef("first", ["facts"], repository);
    expect(result.taxonomy).toEqual({ file: "first:facts/taxonomy.yaml", text: "entities: []\n" });
    expect(result.factFiles.map((file) => file.file)).not.toContain("facts/reviews.yaml");
  });

  it("reads what each ref holds: a commit id, HEAD, HEAD~1", () => {
    const texts = (ref: string) => Object.fromEntries(readFactFilesAtRef(ref, ["facts"], repository).factFiles.map((file) => [file.file, file.text]));
    expect(texts(first)["facts/north.yaml"]).toBe(firstNorth);
    expect(texts("HEAD~1")["facts/north.yaml"]).toBe(firstNorth);
    const now = texts("HEAD");
    expect(now["facts/north.yaml"]).toBe(secondNorth);
    expect(now["facts/added.yaml"]).toBe("source:\n  id: added-later\n");
    expect(now["facts/south.json"]).toBeUndefined();
    expect(texts("first")["facts/added.yaml"]).toBeUndefined();
  });

  it("reads only under the paths given, a single file included", () => {
    expect(readFactFilesAtRef("first", ["facts/regional", "other/west.yaml"], repository)).toEqual({
      factFiles: [
        { file: "facts/regional/east.yml", text: "source:\n  id: east-bulletin\n" },
        { file: "other/west.yaml", text: "source:\n  id: west-post\n" },
      ],
      unreadable: [],
    });
  });

  it("reads a file once when the paths given overlap, and sorts across paths", () => {
    const result = readFactFilesAtRef("first", ["facts/regional", "facts", "facts/north.yaml"], repository);
    expect(result.factFiles.map((file) => file.file)).toEqual(["facts/north.yaml", "facts/regional/east.yml", "facts/south.json", "facts/with space.yaml", "facts/季度.yaml"]);
  });

  it("has no taxonomy entry when none is under the paths", () => {
    expect("taxonomy" in readFactFilesAtRef("first", ["other"], repository)).toBe(false);
  });

  it("reads nothing for a path that did not exist at the ref", () => {
    expect(readFactFilesAtRef("first", ["facts/added.yaml", "archive"], repository)).toEqual({ factFiles: [], unreadable: [] });
  });

  it("names files relative to the working folder when run from a subfolder", () => {
    const result = readFactFilesAtRef("first", ["regional", "north.yaml"], path.join(repository, "facts"));
    expect(result.factFiles.map((file) => file.file)).toEqual(["north.yaml", "regional/east.yml"]);
    expect(result.factFiles[0]!.text).toBe(firstNorth);
  });

  it("counts a file that was not UTF-8 at the ref as unreadable rather than failing", () => {
    const branch = git("rev-parse", "--abbrev-ref", "HEAD");
    git("checkout", "-q", "-b", "broken-bytes");
    try {
      write({ "facts/latin1.yaml": Buffer.concat([Buffer.from("source:\n  title: caf"), Buffer.from([0xe9]), Buffer.from("\n")]) });
      commit("a file in Latin-1");
      const result = readFactFilesAtRef("broken-bytes", ["facts"], repository);
      expect(result.unreadable).toEqual(["facts/latin1.yaml"]);
      expect(result.factFiles.map((file) => file.file)).toContain("facts/north.yaml");
      expect(result.factFiles.map((file) => file.file)).not.toContain("facts/latin1.yaml");
    } finally {
      git("checkout", "-q", branch);
    }
  });

  it("refuses a ref that names no commit", () => {
    for (const ref of ["no-such-branch", "HEAD:facts", "0123456789abcdef0123456789abcdef01234567"]) {
      expect(() => readFactFilesAtRef(ref, ["facts"], repository)).toThrow(new GitError("no commit, branch or tag of this repository has that name"));
    }
  });

  it("refuses a ref that git would take for an option, without running git", () => {
    // Outside any repository, so only the ref check can produce this message.
    expect(() => readFactFilesAtRef("--output=stolen", ["facts"], outside)).toThrow(new GitError("a git ref cannot start with a dash"));
  });

  it("passes on what git says outside a repository, as a GitError that is not silent", () => {
    let caught: unknown;
    try {
      readFactFilesAtRef("HEAD", ["facts"], outside);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(GitError);
    expect((caught as GitError).message).toMatch(/not a git repository/);
    expect((caught as GitError).silent).toBe(false);
  });

  // --since starts git while the current files load (prefetchChangedAtRef); what it read must give what
  // the reading without it gives, and a file it did not read (one at the ref not read now, and not in
  // `git diff`) is read then.
  it("reads the changed files at a ref alike with and without what was read ahead", async () => {
    const current = ["facts/added.yaml", "facts/north.yaml", "facts/regional/east.yml", "facts/季度.yaml"];
    for (const [ref, paths, cwd] of [
      ["first", ["facts"], repository],
      ["HEAD", ["facts"], repository],
      ["first", ["facts/regional", "other/west.yaml", "facts/north.yaml"], repository],
      ["first", ["regional", "north.yaml"], path.join(repository, "facts")],
    ] as const) {
      const ahead = await prefetchChangedAtRef(ref, paths, cwd);
      expect(ahead).toBeDefined();
      expect(readChangedFactFilesAtRef(ref, paths, cwd, current, ahead)).toEqual(readChangedFactFilesAtRef(ref, paths, cwd, current));
    }
    const withAhead = readChangedFactFilesAtRef("first", ["facts"], repository, current, await prefetchChangedAtRef("first", ["facts"], repository));
    // "with space.yaml" is the same at the ref, but not read now: its old text is read after all.
    expect(withAhead.factFiles.map((file) => file.file)).toEqual(["facts/north.yaml", "facts/south.json", "facts/with space.yaml"]);
    expect(withAhead.taxonomy).toEqual({ file: "first:facts/taxonomy.yaml", text: "entities: []\n" });
  });

  it("reads nothing ahead where git fails, leaving the failure to the reading without it", async () => {
    expect(await prefetchChangedAtRef("no-such-branch", ["facts"], repository)).toBeUndefined();
    expect(await prefetchChangedAtRef("--output=stolen", ["facts"], repository)).toBeUndefined();
    expect(await prefetchChangedAtRef("HEAD", ["facts"], outside)).toBeUndefined();
  });
});
