// `concord facts --format parquet --out DIR`: every fact as a row (src/store/fact-columns.ts), one
// Parquet file per entity in DIR, and every source in DIR/sources/sources.parquet. Files are read, parsed and validated one at a time and their rows
// appended to a DuckDB database on disk beside DIR, so memory stays flat however large the base. The
// folder is written whole or not at all: the files go to a temporary folder beside DIR, renamed to DIR
// once every one is complete; any problem in any fact file leaves DIR as it was.
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from "node:fs";
import path from "node:path";
import type { Diagnostic } from "../model/types.js";
import type { Taxonomy } from "../taxonomy/taxonomy.js";
import { loadFactFiles, type Parse } from "../load/load-fact-base.js";
import { factRows, sourceRow, type FactRow } from "../store/fact-columns.js";
import { listFactFiles, readFactFile } from "./fact-files.js";
import { openFactStore, writeParquetByEntity } from "./duckdb-store.js";

export type ExportResult = { ok: true; facts: number; entities: string[] } | { ok: false; diagnostics: Diagnostic[] } | { ok: false; exists: true };

/** Why the output folder cannot be written: the message and what was found there. */
export class OutputProblem extends Error {
  constructor(
    message: string,
    readonly found: string,
  ) {
    super(message);
  }
}

export async function exportParquet(paths: readonly string[], cwd: string, target: string, taxonomy: Taxonomy, parse: Parse, force: boolean): Promise<ExportResult> {
  if (existsSync(target)) {
    if (!statSync(target).isDirectory()) throw new OutputProblem("the output for Parquet is a folder, and a file is there", "a file");
    if (readdirSync(target).length > 0 && !force) return { ok: false, exists: true };
  }
  const { files, diagnostics } = listFactFiles(paths, cwd);
  const parent = path.dirname(target);
  const temporary = path.join(parent, `.${path.basename(target)}.${process.pid}.tmp`);
  const database = `${temporary}.duckdb`;
  try {
    mkdirSync(temporary, { recursive: true });
  } catch (error) {
    throw new OutputProblem(`cannot make the output folder: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`, "a path where no folder can be made");
  }
  const removeTemporary = () => {
    rmSync(temporary, { recursive: true, force: true });
    for (const file of [database, `${database}.wal`]) rmSync(file, { force: true });
  };
  try {
    const store = await openFactStore({ file: database });
    const toRow = factRows();
    // Source ids must be unique across files, as loading them together checks: the first file of each is kept.
    const sourceFiles = new Map<string, string>();
    // The sources go beside the facts (a report names each fact's publisher and counts the sources): few, kept until the end.
    const sources: FactRow[] = [];
    let facts = 0;
    try {
      for (const file of files) {
        const read = readFactFile(file, cwd);
        if ("diagnostic" in read) {
          diagnostics.push(read.diagnostic);
          continue;
        }
        const loaded = loadFactFiles([read], taxonomy, parse);
        diagnostics.push(...loaded.diagnostics);
        for (const source of loaded.factBase.sources) {
          const first = sourceFiles.get(source.id);
          if (first === undefined) sourceFiles.set(source.id, source.position.file);
          else diagnostics.push({ ...source.position, path: "/source/id", message: "duplicate source id", found: JSON.stringify(source.id), expected: `an id no other file uses (${first} already has it)` });
        }
        // Nothing is appended once a problem is found: the export will not be written.
        if (diagnostics.length > 0) continue;
        for (const source of loaded.factBase.sources) sources.push(sourceRow(source, sources.length));
        const base = facts;
        store.append(loaded.factBase.facts.map((fact, at) => toRow(fact, base + at)));
        facts += loaded.factBase.facts.length;
      }
      if (diagnostics.length > 0) return { ok: false, diagnostics };
      await store.putSources(sources);
      const entities = await writeParquetByEntity(store, temporary);
      store.close();
      replaceFolder(temporary, target);
      return { ok: true, facts, entities };
    } finally {
      // Closing twice is harmless; a store left open would keep the database file.
      try {
        store.close();
      } catch {}
    }
  } finally {
    removeTemporary();
  }
}

/** Puts the complete folder in place of the target: the old one (empty, or replaced with --force) goes. */
function replaceFolder(complete: string, target: string): void {
  if (!existsSync(target)) {
    renameSync(complete, target);
    return;
  }
  const old = `${complete}.old`;
  renameSync(target, old);
  renameSync(complete, target);
  rmSync(old, { recursive: true, force: true });
}
