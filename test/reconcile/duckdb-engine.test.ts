// `reconcile --engine duckdb` gives the default engine's report byte for byte on the repository's own
// facts (sums across companies, restatements, dates, every basis). The generated base, the Parquet
// export read back and the pre-filter's coverage rule by rule are in duckdb-engine.slow.test.ts.
import { describe, expect, it } from "vitest";
import { useCliWorkspace } from "../cli-helpers.js";

const workspace = useCliWorkspace("concord-duckdb-", { copy: ["facts"], scope: "file" });

async function report(format: string, ...engine: string[]): Promise<string> {
  const out = `reports/${engine.join("-") || "memory"}.${format}`;
  expect(await workspace.run("reconcile", "facts", "--taxonomy", "facts/taxonomy.yaml", "--format", format, "--out", out, "--fail-on", "never", ...engine), workspace.stderr()).toBe(0);
  return workspace.read(out);
}

describe("reconcile --engine duckdb", () => {
  it("gives the default engine's report byte for byte on the repository's facts", async () => {
    expect(await report("markdown", "--engine", "duckdb")).toBe(await report("markdown"));
    expect(await report("json", "--engine", "duckdb")).toBe(await report("json"));
  });
});
