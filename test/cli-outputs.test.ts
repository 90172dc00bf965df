// One `concord reconcile` run, several outputs: --also FORMAT=FILE writes the same report in another
// format, --full-report FILE the full Markdown report beside a --since report. Each output must be
// byte for byte what a run of its own writes, and the exit code that of the run's own report.
import { execFileSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { main } from "../src/cli.js";
import { repositoryRoot } from "./helpers.js";

let workspace: string;
let out: string[];
let err: string[];
const run = (...argv: string[]) => {
  out = [];
  err = [];
  return main(argv, { cwd: workspace, stdout: (text) => out.push(text), stderr: (text) => err.push(text) });
};
const read = (file: string) => readFileSync(path.join(workspace, file), "utf8");

const hasGit = (() => {
  try {
    execFileSync("git", ["--version"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
})();

describe.skipIf(!hasGit)("concord reconcile with several outputs", { timeout: 60_000 }, () => {
  beforeEach(() => {
    workspace = realpathSync(mkdtempSync(path.join(tmpdir(), "concord-outputs-")));
    cpSync(path.join(repositoryRoot, "facts"), path.join(workspace, "facts"), { recursive: true });
    const git = (...args: string[]) => execFileSync("git", ["-c", "user.email=t@t", "-c", "user.name=t", "-c", "commit.gpgsign=false", ...args], { cwd: workspace, stdio: "ignore" });
    git("init", "-q");
    git("add", "-A");
    git("commit", "-q", "-m", "facts");
    const file = path.join(workspace, "facts", "amzn-release-2026-02-05-q4-2025.yaml");
    writeFileSync(file, readFileSync(file, "utf8").replace('value: "213,386"', 'value: "203,386"'));
  });
  afterEach(() => rmSync(workspace, { recursive: true, force: true }));

  it("gives annotations, the change report, the full report and the gate from one run", async () => {
    const code = await run("reconcile", "--since", "HEAD", "--format", "github", "--also", "markdown=reports/changes.md", "--also", "json=reports/changes.json", "--full-report", "reports/conflicts.md", "--fail-on", "error");
    const annotations = out.join("");
    const changes = read("reports/changes.md");
    const changesJson = read("reports/changes.json");
    const full = read("reports/conflicts.md");
    expect(changes).toContain("## Changes since `HEAD`");
    expect(full).not.toContain("## Changes since");

    expect(await run("reconcile", "--since", "HEAD", "--format", "github", "--fail-on", "error")).toBe(code);
    expect(out.join("")).toBe(annotations);
    expect(await run("reconcile", "--since", "HEAD", "--out", "-", "--fail-on", "error")).toBe(code);
    expect(out.join("")).toBe(changes);
    expect(await run("reconcile", "--since", "HEAD", "--format", "json", "--fail-on", "error")).toBe(code);
    expect(out.join("")).toBe(changesJson);
    expect(await run("reconcile", "--out", "-", "--fail-on", "error")).toBe(code);
    expect(out.join("")).toBe(full);
  }, 60_000);

  it("refuses an --also without a format, and one inside the fact base", async () => {
    expect(await run("reconcile", "--also", "reports/changes.md")).toBe(2);
    expect(err.join("")).toContain("--also takes a format and a file");
    expect(await run("reconcile", "--also", "json=facts/report.json")).toBe(2);
    expect(err.join("")).toContain("refusing to write a report inside the fact base");
  });
});
