// `reconcile --engine duckdb` gives the default engine's report byte for byte on the repository's own
// facts (sums across companies, restatements, dates, every basis), from the fact files and from their
// Parquet export read alone (`--parquet-only`, holding only some of the facts). The generated base, the
// Parquet export read back and the pre-filter's coverage rule by rule are in duckdb-engine.slow.test.ts
// and parquet-engine.slow.test.ts.
import { describe, expect, it } from "vitest";
import { useCliWorkspace } from "../cli-helpers.js";

const workspace = useCliWorkspace("concord-duckdb-", { copy: ["facts"], scope: "file" });
const reports = new Map<string, string>();

async function report(format: string, ...engine: string[]): Promise<string> {
  const out = `reports/${engine.filter((word) => !word.startsWith("warehouse")).join("-") || "memory"}.${format}`;
  let text = reports.get(out);
  if (text === undefined) {
    expect(await workspace.run("reconcile", "facts", "--taxonomy", "facts/taxonomy.yaml", "--format", format, "--out", out, "--fail-on", "never", ...engine), workspace.stderr()).toBe(0);
    reports.set(out, (text = workspace.read(out)));
  }
  return text;
}

describe("reconcile --engine duckdb", () => {
  it("gives the default engine's report byte for byte on the repository's facts", async () => {
    expect(await report("markdown", "--engine", "duckdb")).toBe(await report("markdown"));
    expect(await report("json", "--engine", "duckdb")).toBe(await report("json"));
  });

  it("gives it from the Parquet alone with --parquet-only, holding only some of the facts", async () => {
    expect(await workspace.run("facts", "--format", "parquet", "--out", "warehouse/facts"), workspace.stderr()).toBe(0);
    expect(await report("json", "--engine", "duckdb", "--parquet", "warehouse/facts", "--parquet-only")).toBe(await report("json"));
    const held = /--parquet-only: (\d+) facts held of ([\d,]+) in the Parquet folder/.exec(workspace.stderr());
    expect(held, workspace.stderr()).not.toBeNull();
    const total = Number(held![2]!.replaceAll(",", ""));
    expect(Number(held![1])).toBeLessThan(total);
    expect(JSON.parse(await report("json")).summary.facts).toBe(total);
  });
});
