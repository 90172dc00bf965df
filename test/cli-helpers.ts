// What the CLI tests share: a temporary repository of their own holding the repository's taxonomy (or
// whatever else they copy in), concord run in it in process with what it prints captured, and git with
// a fixed identity. Each `useCliWorkspace` registers its own set-up and clean-up hooks.
//
// Each test starts from an empty folder, but the tests of a file are given the same path in turn: the
// CLI keeps its parse cache by folder (in the tests' cache directory), so a file's tests share it as
// one user's runs in one checkout do, and the taxonomy, most of what a small run parses, is parsed by
// the file's first run only. What the cache serves is looked up by content and gives what a parse
// gives (test/load/taxonomy-cache.test.ts, test/io/parse-cache-store.test.ts).
import { execFileSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, afterEach, beforeAll, beforeEach } from "vitest";
import { main } from "../src/cli.js";
import { cacheFileFor } from "../src/io/parse-cache-store.js";
import { repositoryRoot } from "./helpers.js";

/** Whether git runs on this machine: tests that need a repository skip without it. */
export const hasGit = (() => {
  try {
    execFileSync("git", ["--version"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
})();

export interface CliWorkspaceOptions {
  /** Paths of this repository (a file or a whole folder) copied to the same path in the workspace; the taxonomy alone by default. */
  copy?: readonly string[];
  /** The clock concord runs on (today's date by default). */
  now?: () => Date;
  /** `test` (the default): a fresh workspace for every test; `file`: one for all the tests of the file. */
  scope?: "test" | "file";
}

export interface CliWorkspace {
  /** The workspace's root, its real path (the current test's workspace). */
  root(): string;
  /** The absolute path of a file given from the workspace's root. */
  file(name: string): string;
  /** Writes a file (from the root), making its folders. */
  write(name: string, content: string | Uint8Array): void;
  /** Reads a file (from the root) as UTF-8 text. */
  read(name: string): string;
  /** Copies a path of this repository into the workspace, to the same path unless `to` is given. */
  copy(from: string, to?: string): void;
  /** Runs concord in the root with these arguments; what it prints replaces what the last run printed. */
  run(...argv: string[]): Promise<number>;
  /** Runs concord in a folder of the workspace (given from the root), or in any folder given by its absolute path. */
  runIn(folder: string, ...argv: string[]): Promise<number>;
  /** What the last run printed on stdout and on stderr. */
  stdout(): string;
  stderr(): string;
  /** Runs git in the root with a fixed identity, no signing, branch `main`, no line-end conversion; returns its stdout. */
  git(...args: string[]): string;
  /** `git init` (once), then commits everything in the workspace. */
  commitAll(message?: string): void;
}

export function useCliWorkspace(prefix: string, options: CliWorkspaceOptions = {}): CliWorkspace {
  let root = "";
  let out: string[] = [];
  let err: string[] = [];
  const file = (name: string) => path.join(root, name);
  const copy = (from: string, to = from) => cpSync(path.join(repositoryRoot, from), file(to), { recursive: true });
  const git = (...args: string[]) =>
    execFileSync("git", ["-c", "user.email=t@t", "-c", "user.name=t", "-c", "commit.gpgsign=false", "-c", "init.defaultBranch=main", "-c", "core.autocrlf=false", ...args], {
      cwd: root,
      stdio: ["ignore", "pipe", "pipe"],
      encoding: "utf8",
    });
  const runIn = (folder: string, ...argv: string[]) => {
    out = [];
    err = [];
    return main(argv, { cwd: path.resolve(root, folder), stdout: (text) => out.push(text), stderr: (text) => err.push(text), ...(options.now ? { now: options.now } : {}) });
  };

  // The file's folder, made once; each test's workspace is the same folder inside it, made afresh.
  let base = "";
  const setUp = () => {
    mkdirSync(root);
    for (const name of options.copy ?? ["facts/taxonomy.yaml"]) copy(name);
    out = [];
    err = [];
  };
  const cleanUp = () => rmSync(root, { recursive: true, force: true });
  beforeAll(() => {
    base = realpathSync(mkdtempSync(path.join(tmpdir(), prefix)));
    root = path.join(base, "workspace");
  });
  afterAll(() => {
    rmSync(base, { recursive: true, force: true });
    for (const kind of ["current", "at-ref"] as const) {
      const cache = cacheFileFor(root, process.env, kind);
      if (cache) rmSync(cache, { force: true });
    }
  });
  if (options.scope === "file") {
    beforeAll(setUp);
    afterAll(cleanUp);
  } else {
    beforeEach(setUp);
    afterEach(cleanUp);
  }

  return {
    root: () => root,
    file,
    write: (name, content) => {
      mkdirSync(path.dirname(file(name)), { recursive: true });
      writeFileSync(file(name), content);
    },
    read: (name) => readFileSync(file(name), "utf8"),
    copy,
    run: (...argv) => runIn(".", ...argv),
    runIn,
    stdout: () => out.join(""),
    stderr: () => err.join(""),
    git,
    commitAll: (message = "facts") => {
      git("init", "-q");
      git("add", "-A");
      git("commit", "-q", "-m", message);
    },
  };
}
