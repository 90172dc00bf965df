// One `concord reconcile` run, several outputs: --also FORMAT=FILE writes the same report in another
// format, --full-report FILE the full Markdown report beside a --since report. Each output must be
// byte for byte what a run of its own writes, and the exit code that of the run's own report.
import { beforeEach, describe, expect, it } from "vitest";
import { readFileSync, writeFileSync } from "node:fs";
import { hasGit, useCliWorkspace } from "./cli-helpers.js";
import { cacheFileFor } from "../src/io/parse-cache-store.js";
import { contentHash } from "../src/load/parse-cache.js";

const { run, stdout, stderr, write, read, commitAll, root } = useCliWorkspace("concord-outputs-", { copy: ["facts"] });

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

  // The old version --since parses is kept in the small cache of old versions (not the large one), and
  // the next --since run reads it from there: a forged entry there changes what the ref is said to hold.
  it("keeps the old version it parsed for the next --since run, which reads it from that cache", async () => {
    const since = ["reconcile", "--since", "HEAD", "--format", "json", "--out", "-", "--fail-on", "never"];
    expect(await run(...since)).toBe(0);
    const first = stdout();
    const atRef = cacheFileFor(root(), process.env, "at-ref")!;
    const stored = JSON.parse(readFileSync(atRef, "utf8")) as { entries: Record<string, unknown> };
    expect(Object.keys(stored.entries)).toHaveLength(1);
    expect(Object.keys(stored.entries)).not.toContain(contentHash(read("facts/amzn-release-2026-02-05-q4-2025.yaml")));
    expect(await run(...since)).toBe(0);
    expect(stdout()).toBe(first);
    writeFileSync(atRef, readFileSync(atRef, "utf8").replace('"213,386"', '"213,300"'));
    expect(await run(...since)).toBe(0);
    expect(stdout()).not.toBe(first);
    expect(stdout()).toContain("213,300");
  }, 60_000);

  it("refuses an --also without a format, and one inside the fact base", async () => {
    expect(await run("reconcile", "--also", "reports/changes.md")).toBe(2);
    expect(stderr()).toContain("--also takes a format and a file");
    expect(await run("reconcile", "--also", "json=facts/report.json")).toBe(2);
    expect(stderr()).toContain("refusing to write a report inside the fact base");
  });
});
