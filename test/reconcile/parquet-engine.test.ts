// `reconcile --parquet-only`: every rule has a SQL pre-filter (a rule without one would see only the
// groups held for the others), and the usage it refuses, it refuses with exit 2 and a clear message.
// Its reports against the default engine's are compared in duckdb-engine.test.ts (the repository's
// facts, JSON) and parquet-engine.slow.test.ts (every format, a generated base, each rule's coverage).
import { rmSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { useCliWorkspace } from "../cli-helpers.js";
import { candidateQueries } from "../../src/reconcile/prefilter-sql.js";
import { RULES } from "../../src/rules/registry.js";
import { repositoryTaxonomy } from "../helpers.js";

const COPIED = ["facts/taxonomy.yaml", "facts/amzn-release-2026-02-05-q4-2025.yaml"];
const workspace = useCliWorkspace("concord-parquet-only-", { copy: COPIED, scope: "file" });
const PARQUET_ONLY = ["--engine", "duckdb", "--parquet", "warehouse/facts", "--parquet-only"];

describe("reconcile --parquet-only", () => {
  it("has a pre-filter for every rule", () => {
    expect([...candidateQueries(repositoryTaxonomy()).keys()].sort()).toEqual(RULES.map((rule) => rule.meta.id).sort());
  });

  it("refuses --parquet-only without --parquet, with --since, and a folder exported without its sources", async () => {
    expect(await workspace.run("reconcile", "--parquet-only", "--format", "json", "--out", "-")).toBe(2);
    expect(workspace.stderr()).toContain("--parquet-only reads a Parquet folder with the DuckDB engine");
    expect(await workspace.run("reconcile", ...PARQUET_ONLY, "--since", "HEAD", "--format", "json", "--out", "-")).toBe(2);
    expect(workspace.stderr()).toContain("--since compares fact files at a git ref, and --parquet-only loads none");
    expect(await workspace.run("facts", "--format", "parquet", "--out", "warehouse/facts"), workspace.stderr()).toBe(0);
    rmSync(workspace.file("warehouse/facts/sources"), { recursive: true });
    expect(await workspace.run("reconcile", "--taxonomy", "facts/taxonomy.yaml", ...PARQUET_ONLY, "--format", "json", "--out", "-")).toBe(2);
    expect(workspace.stderr()).toContain("this Parquet folder cannot be reconciled on its own");
    expect(workspace.stderr()).toContain("sources/sources.parquet");
    expect(workspace.stderr()).not.toContain("    at ");
  });
});
