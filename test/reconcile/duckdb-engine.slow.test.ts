// `reconcile --engine duckdb` gives the default engine's report byte for byte on a small generated
// base (bench/generate.ts, a few thousand facts with planted conflicts), from facts loaded into DuckDB
// and from a Parquet export (the repository's own facts are compared in duckdb-engine.test.ts, in
// `npm test`; these take seconds, so they are slow tests). And the pre-filter is conservative rule by rule: every
// group a rule finds something on, run over all groups, is among the groups SQL keeps for it.
import { readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { generateFactBase } from "../../bench/generate.js";
import { useCliWorkspace } from "../cli-helpers.js";
import { repositoryRoot } from "../helpers.js";
import { prefilterCandidates } from "./prefilter-candidates.js";

const workspace = useCliWorkspace("concord-duckdb-", { copy: ["facts"], scope: "file" });
const GENERATED = "generated";
const PRE_FILTERED = ["contradiction", "basis-difference", "arithmetic-growth", "arithmetic-sum"];

async function report(paths: string[], format: string, ...engine: string[]): Promise<string> {
  const out = `reports/${engine.join("-") || "memory"}.${format}`;
  expect(await workspace.run("reconcile", ...paths, "--taxonomy", "facts/taxonomy.yaml", "--format", format, "--out", out, "--fail-on", "never", ...engine), workspace.stderr()).toBe(0);
  return workspace.read(out);
}

describe("reconcile --engine duckdb", () => {
  it("gives the default engine's report byte for byte on a generated base", async () => {
    generateFactBase(workspace.file(GENERATED), 2000, "json", 50, 11);
    const memory = await report([GENERATED], "json");
    expect(JSON.parse(memory).items.length).toBeGreaterThan(10);
    expect(await report([GENERATED], "json", "--engine", "duckdb")).toBe(memory);
    expect(await workspace.run("facts", GENERATED, "--taxonomy", "facts/taxonomy.yaml", "--format", "parquet", "--out", "warehouse/generated")).toBe(0);
    expect(await report([GENERATED], "json", "--engine", "duckdb", "--parquet", "warehouse/generated")).toBe(memory);
  });

  // (That every group a rule finds something on is kept, for every rule, is parquet-engine.slow.test.ts's
  // test; here, that the group-level rules' pre-filters narrow at all.)
  it("drops most groups for the group-level rules' pre-filters", async () => {
    for (const folder of [`${repositoryRoot}facts`, workspace.file(GENERATED)]) {
      const { candidates, context } = await prefilterCandidates(folder);
      for (const ruleId of PRE_FILTERED) expect(context.groups.filter(candidates.get(ruleId)!).length, ruleId).toBeLessThan(context.groups.length / 2);
    }
  });

  it("refuses --parquet without the DuckDB engine, a folder without Parquet files, and a stale export", async () => {
    expect(await workspace.run("reconcile", "--parquet", "warehouse/generated", "--format", "json", "--out", "-")).toBe(2);
    expect(workspace.stderr()).toContain("--parquet is read by the DuckDB engine only");
    expect(await workspace.run("reconcile", "--engine", "duckdb", "--parquet", "nowhere", "--format", "json", "--out", "-")).toBe(2);
    expect(workspace.stderr()).toMatch(/^nowhere:1:1 : no Parquet files in this folder|^nowhere:1:1.*no Parquet files in this folder/m);
    // The generated base's export against the repository's facts: other facts, a clear error, exit 2.
    expect(await workspace.run("reconcile", "--engine", "duckdb", "--parquet", "warehouse/generated", "--format", "json", "--out", "-")).toBe(2);
    expect(workspace.stderr()).toContain("the Parquet files do not hold the facts loaded");
    expect(workspace.stderr()).not.toContain("    at ");
  });

  it("refuses an export older than an edit that changed one value in place", async () => {
    const file = readdirSync(workspace.file(GENERATED)).filter((name) => name.endsWith(".json")).sort()[0]!;
    const text = workspace.read(`${GENERATED}/${file}`);
    const at = text.search(/"value": "\d/) + '"value": "'.length;
    // The same length and the same lines and columns: only the value differs from what was exported.
    workspace.write(`${GENERATED}/${file}`, text.slice(0, at) + (text[at] === "9" ? "8" : "9") + text.slice(at + 1));
    expect(await workspace.run("reconcile", GENERATED, "--taxonomy", "facts/taxonomy.yaml", "--engine", "duckdb", "--parquet", "warehouse/generated", "--format", "json", "--out", "-", "--fail-on", "never")).toBe(2);
    expect(workspace.stderr()).toContain("the Parquet files do not hold the facts loaded");
    expect(workspace.stderr()).toContain("value for value");
  });
});
