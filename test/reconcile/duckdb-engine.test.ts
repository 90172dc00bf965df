// `reconcile --engine duckdb` gives the default engine's report byte for byte on the repository's own
// facts (sums across companies, restatements, dates, every basis), from the fact files and from their
// Parquet export read alone (`--parquet-only`, holding only some of the facts). The generated base, the
// Parquet export read back and the pre-filter's coverage rule by rule are in duckdb-engine.slow.test.ts
// and parquet-engine.slow.test.ts.
import { describe, expect, it } from "vitest";
import { useCliWorkspace } from "../cli-helpers.js";

const workspace = useCliWorkspace("concord-duckdb-", { copy: ["facts"], scope: "file" });

/**
 * The Markdown and the JSON report of one reconcile run with these engine options, the JSON written by
 * the same run with --also (both rendered from the one result, as cli-outputs.test.ts checks), each
 * run made once: a DuckDB run is most of this file's time.
 */
const reports = new Map<string, { markdown: string; json: string }>();

async function report(...engine: string[]): Promise<{ markdown: string; json: string }> {
  const name = engine.filter((word) => !word.startsWith("warehouse")).join("-") || "memory";
  let found = reports.get(name);
  if (found === undefined) {
    const [markdown, json] = [`reports/${name}.md`, `reports/${name}.json`];
    expect(await workspace.run("reconcile", "facts", "--taxonomy", "facts/taxonomy.yaml", "--format", "markdown", "--out", markdown, "--also", `json=${json}`, "--fail-on", "never", ...engine), workspace.stderr()).toBe(0);
    reports.set(name, (found = { markdown: workspace.read(markdown), json: workspace.read(json) }));
  }
  return found;
}

describe("reconcile --engine duckdb", () => {
  it("gives the default engine's report byte for byte on the repository's facts", async () => {
    const [duckdb, memory] = [await report("--engine", "duckdb"), await report()];
    expect(duckdb.markdown).toBe(memory.markdown);
    expect(duckdb.json).toBe(memory.json);
  });

  it("gives it from the Parquet alone with --parquet-only, holding only some of the facts", async () => {
    const memory = await report();
    expect(await workspace.run("facts", "--format", "parquet", "--out", "warehouse/facts"), workspace.stderr()).toBe(0);
    expect((await report("--engine", "duckdb", "--parquet", "warehouse/facts", "--parquet-only")).json).toBe(memory.json);
    const held = /--parquet-only: (\d+) facts held of ([\d,]+) in the Parquet folder/.exec(workspace.stderr());
    expect(held, workspace.stderr()).not.toBeNull();
    const total = Number(held![2]!.replaceAll(",", ""));
    expect(Number(held![1])).toBeLessThan(total);
    expect(JSON.parse(memory.json).summary.facts).toBe(total);
  });
});
