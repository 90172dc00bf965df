// One `concord reconcile` run, several outputs: --also FORMAT=FILE writes the same report in another
// format, --full-report FILE the full Markdown report beside a --since report. Each output must be
// byte for byte what a run of its own writes, and the exit code that of the run's own report.
import { beforeEach, describe, expect, it } from "vitest";
import { hasGit, useCliWorkspace } from "./cli-helpers.js";

const { run, stdout, stderr, write, read, commitAll } = useCliWorkspace("concord-outputs-", { copy: ["facts"] });

describe.skipIf(!hasGit)("concord reconcile with several outputs", { timeout: 60_000 }, () => {
  beforeEach(() => {
    commitAll();
    write("facts/amzn-release-2026-02-05-q4-2025.yaml", read("facts/amzn-release-2026-02-05-q4-2025.yaml").replace('value: "213,386"', 'value: "203,386"'));
  });

  it("gives annotations, the change report, the full report and the gate from one run", async () => {
    const code = await run("reconcile", "--since", "HEAD", "--format", "github", "--also", "markdown=reports/changes.md", "--also", "json=reports/changes.json", "--full-report", "reports/conflicts.md", "--fail-on", "error");
    const annotations = stdout();
    const changes = read("reports/changes.md");
    const changesJson = read("reports/changes.json");
    const full = read("reports/conflicts.md");
    expect(changes).toContain("## Changes since `HEAD`");
    expect(full).not.toContain("## Changes since");

    expect(await run("reconcile", "--since", "HEAD", "--format", "github", "--fail-on", "error")).toBe(code);
    expect(stdout()).toBe(annotations);
    expect(await run("reconcile", "--since", "HEAD", "--out", "-", "--fail-on", "error")).toBe(code);
    expect(stdout()).toBe(changes);
    expect(await run("reconcile", "--since", "HEAD", "--format", "json", "--fail-on", "error")).toBe(code);
    expect(stdout()).toBe(changesJson);
    expect(await run("reconcile", "--out", "-", "--fail-on", "error")).toBe(code);
    expect(stdout()).toBe(full);
  }, 60_000);

  // --since judges only what its report shows: the items it shows must carry the judgement, lead and
  // headline a full run gives them, in every output of the run.
  it("shows each item with --since as a full run shows it, judgement and all", async () => {
    expect(await run("reconcile", "--format", "json", "--out", "-", "--fail-on", "never")).toBe(0);
    const full = new Map((JSON.parse(stdout()) as { items: { id: string }[] }).items.map((item) => [item.id, item]));
    expect(await run("reconcile", "--since", "HEAD", "--format", "github", "--also", "json=reports/changes.json", "--fail-on", "never")).toBe(0);
    const shown = (JSON.parse(read("reports/changes.json")) as { items: { id: string; judgement?: { supported?: unknown } }[] }).items;
    expect(shown.some((item) => item.judgement?.supported !== undefined)).toBe(true);
    for (const item of shown) expect(item).toEqual(full.get(item.id));
  }, 60_000);

  it("refuses an --also without a format, and one inside the fact base", async () => {
    expect(await run("reconcile", "--also", "reports/changes.md")).toBe(2);
    expect(stderr()).toContain("--also takes a format and a file");
    expect(await run("reconcile", "--also", "json=facts/report.json")).toBe(2);
    expect(stderr()).toContain("refusing to write a report inside the fact base");
  });
});
