// `concord facts --format parquet --out DIR`: one Parquet file per entity whose rows, read back
// through DuckDB, are the loaded facts' rows column for column, and the sources beside them; the folder written whole or not at
// all; an existing folder kept unless --force; a bad output path a clear error with exit code 2.
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { useCliWorkspace } from "../cli-helpers.js";
import { collectFactFiles } from "../../src/io/fact-files.js";
import { loadFactFiles } from "../../src/load/load-fact-base.js";
import { openFactStore } from "../../src/io/duckdb-store.js";
import { FACT_COLUMNS, factRows, SOURCE_COLUMNS, sourceRow } from "../../src/store/fact-columns.js";
import { repositoryTaxonomy } from "../helpers.js";

// A few of the repository's fact files (three companies, an entity across companies, YAML): enough to
// round-trip every column, small enough to keep the suite fast.
const COPIED = ["facts/taxonomy.yaml", "facts/amzn-release-2026-02-05-q4-2025.yaml", "facts/lishi-2026-02-13-amzn-ai-arms-race.yaml", "facts/hkej-2025-02-13-huahong.yaml", "facts/statementdog-2025-02-07-qualcomm.yaml"];
const { run, stderr, file, write, root } = useCliWorkspace("concord-parquet-", { copy: COPIED });

/** Every row of the Parquet folder, in fact order, as arrays of the fact columns. */
async function readBack(folder: string): Promise<unknown[][]> {
  const store = await openFactStore({ parquetFolder: folder });
  const rows = await store.query(`SELECT * FROM facts ORDER BY fact_index`);
  store.close();
  return rows.map((row) => FACT_COLUMNS.map((column) => row[column.name]));
}

describe("concord facts --format parquet", () => {
  it("writes one file per entity whose rows round-trip to the loaded facts", async () => {
    expect(await run("facts", "--format", "parquet", "--out", "warehouse/facts"), stderr()).toBe(0);
    const { factBase } = loadFactFiles(collectFactFiles(["facts"], root()).factFiles, repositoryTaxonomy());
    const entities = [...new Set(factBase.facts.map((fact) => fact.entity))].sort();
    expect(readdirSync(file("warehouse/facts")).sort()).toEqual([...entities.map((entity) => `${entity}.parquet`), "sources"]);
    expect(readdirSync(file("warehouse/facts/sources"))).toEqual(["sources.parquet"]);
    expect(stderr()).toBe(`${factBase.facts.length} facts of ${entities.length} entities written to warehouse/facts/ (one Parquet file per entity)\n`);
    const toRow = factRows();
    expect(await readBack(file("warehouse/facts"))).toEqual(factBase.facts.map((fact, index) => toRow(fact, index)));
    // The sources beside the facts, each with its place in its file: what a report shows of them.
    const sources = await openFactStore({ parquetFolder: file("warehouse/facts") });
    const sourceRows = await sources.query(`SELECT * FROM sources ORDER BY source_index`);
    sources.close();
    expect(sourceRows.map((row) => SOURCE_COLUMNS.map((column) => row[column.name]))).toEqual(factBase.sources.map((source, index) => sourceRow(source, index)));
    // Nothing is left beside the folder: no temporary folder, no database file.
    expect(readdirSync(file("warehouse"))).toEqual(["facts"]);
    // The exact values: the written value, base units and the precision interval's bounds as decimal strings.
    const store = await openFactStore({ parquetFolder: file("warehouse/facts") });
    const [row] = await store.query(`SELECT value, scale, unit, value_exact, half_step, precision_low, precision_high, value_f FROM facts WHERE value = '11,472' AND scale = 'million' AND metric = 'operating_income' ORDER BY fact_index LIMIT 1`);
    store.close();
    expect(row).toEqual({ value: "11,472", scale: "million", unit: "USD", value_exact: "11472000000", half_step: "500000", precision_low: "11471500000", precision_high: "11472500000", value_f: 11472000000 });
  });

  it("writes nothing when a fact file has a problem, and lists every problem", async () => {
    write("facts/zz-bad.yaml", "source:\n  id: zz-bad\n  publisher: X\n  title: T\n  language: en\n  kind: secondary\nfacts:\n  - entity: AMZN\n    metric: revnue\n    period: 2025-Q4\n    value: \"1\"\n    unit: USD\n    quote: q\n");
    expect(await run("facts", "--format", "parquet", "--out", "warehouse/facts")).toBe(2);
    expect(stderr()).toMatch(/^facts\/zz-bad\.yaml:\d+:\d+ .*unknown metric/m);
    expect(stderr()).not.toContain("    at ");
    expect(existsSync(file("warehouse/facts"))).toBe(false);
    expect(existsSync(file("warehouse")) ? readdirSync(file("warehouse")) : []).toEqual([]);
  });

  it("does not overwrite a folder holding files without --force, and replaces it whole with --force", async () => {
    write("warehouse/facts/keep.txt", "mine");
    expect(await run("facts", "--format", "parquet", "--out", "warehouse/facts")).toBe(2);
    expect(stderr()).toBe("concord facts: warehouse/facts holds files; not overwriting it (use --force to replace it)\n");
    expect(readdirSync(file("warehouse/facts"))).toEqual(["keep.txt"]);
    expect(await run("facts", "--format", "parquet", "--out", "warehouse/facts", "--force")).toBe(0);
    expect(readdirSync(file("warehouse/facts"))).toContain("AMZN.parquet");
    expect(readdirSync(file("warehouse/facts"))).not.toContain("keep.txt");
    expect(readdirSync(file("warehouse"))).toEqual(["facts"]);
  });

  it("refuses a bad output path with a clear error and exit code 2", async () => {
    write("reports/a-file", "x");
    expect(await run("facts", "--format", "parquet", "--out", "reports/a-file/facts")).toBe(2);
    expect(stderr()).toMatch(/^reports\/a-file\/facts:1:1 : cannot make the output folder: ENOTDIR|^reports\/a-file\/facts:1:1.*cannot make the output folder: ENOTDIR \(found a path where no folder can be made; expected a folder that can be made, outside the fact base\)/m);
    expect(await run("facts", "--format", "parquet", "--out", "reports/a-file")).toBe(2);
    expect(stderr()).toContain("the output for Parquet is a folder, and a file is there");
    expect(await run("facts", "--format", "parquet")).toBe(2);
    expect(stderr()).toContain("--format parquet writes a folder of files, not stdout");
    expect(await run("facts", "--format", "parquet", "--out", "facts/warehouse")).toBe(2);
    expect(stderr()).toContain("refusing to write a report inside the fact base");
    expect(stderr()).not.toContain("    at ");
    expect(readdirSync(path.join(root(), "reports"))).toEqual(["a-file"]);
  });
});
