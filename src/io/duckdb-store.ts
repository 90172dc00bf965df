// The DuckDB side of concord: a database holding facts as columns (src/store/fact-columns.ts), fed
// row by row through DuckDB's appender, written out as one Parquet file per entity (and the sources
// as one more), read back from such a folder, and queried, whole or a chunk of rows at a time. `@duckdb/node-api` is a 70 MB native package: it is imported here on
// first use, so only `facts --format parquet` and `reconcile --engine duckdb` load it, and every other
// command starts as before.
import type { DuckDBAppender, DuckDBConnection, DuckDBInstance } from "@duckdb/node-api";
import { existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { columnType, createFactTableSql, FACT_COLUMNS, SOURCE_COLUMNS, type FactRow } from "../store/fact-columns.js";

export const FACT_TABLE = "facts";
/** The sources table: written beside the facts as `sources/sources.parquet`, outside the facts' `*.parquet`. */
export const SOURCE_TABLE = "sources";
const SOURCES_FILE = "sources/sources.parquet";
/**
 * DuckDB's memory over a Parquet folder: far below a shared machine's memory, and enough for the growth
 * pre-filter's joins at 10M facts, which cannot spill below it (at 2 GB that query ran out of memory).
 */
const PARQUET_MEMORY_LIMIT = "4GB";

export interface FactStore {
  /** Appends rows (of the store's columns, in order) to the fact table (created when the store is opened). */
  append(rows: Iterable<FactRow>): void;
  /** Runs SQL and returns every row as an object of plain JavaScript values. */
  query(sql: string): Promise<Record<string, unknown>[]>;
  /** Runs SQL and hands its rows to `visit` a chunk at a time, so a large result is never held whole. */
  eachRow(sql: string, visit: (row: Record<string, unknown>) => void): Promise<void>;
  run(sql: string): Promise<void>;
  /** Creates the sources table and fills it (rows of SOURCE_COLUMNS). */
  putSources(rows: readonly FactRow[]): Promise<void>;
  /** Whether the store has a sources table (a Parquet folder written before sources were exported has none). */
  readonly hasSources: boolean;
  close(): void;
}

/**
 * Opens a DuckDB database (in memory, or a file when the data may outgrow memory: DuckDB then keeps
 * it on disk and memory stays flat) with an empty fact table, or a fact table read from a Parquet folder.
 */
export async function openFactStore(options: { file?: string; parquetFolder?: string; columns?: readonly string[] } = {}): Promise<FactStore> {
  const columns = options.columns ?? FACT_COLUMNS.map((column) => column.name);
  const types = columns.map(columnType);
  const { DuckDBInstance } = await import("@duckdb/node-api");
  let hasSources = false;
  const instance: DuckDBInstance = await DuckDBInstance.create(options.file ?? ":memory:");
  const connection: DuckDBConnection = await instance.connect();
  // A database on disk is for data that may outgrow memory: DuckDB spills past this limit rather than grow (256 MB: what the export's sort by fact order needs to run at a good pace).
  if (options.file !== undefined) await connection.run("SET memory_limit = '256MB'");
  // Over a Parquet folder, DuckDB's own memory is bounded too: its default (80 % of the machine) let a
  // run at 10M facts take 20 GB for its sorts and joins. Past the limit it spills to a folder of its own
  // under the system's temporary folder, removed when the store is closed.
  let spill: string | undefined;
  if (options.parquetFolder !== undefined) {
    spill = mkdtempSync(path.join(tmpdir(), "concord-duckdb-"));
    await connection.run(`SET memory_limit = '${PARQUET_MEMORY_LIMIT}'`);
    await connection.run(`SET temp_directory = ${sqlText(spill)}`);
  }
  if (options.parquetFolder !== undefined) {
    // A view: every query reads the Parquet files where they lie, as a cluster engine would, and
    // nothing is copied into memory. union_by_name: a column a file lacks is NULL, never shifted.
    await connection.run(`CREATE VIEW ${FACT_TABLE} AS SELECT ${columns.map((name) => `"${name}"`).join(", ")} FROM read_parquet(${sqlText(`${options.parquetFolder}/*.parquet`)}, union_by_name = true)`);
    if (existsSync(`${options.parquetFolder}/${SOURCES_FILE}`)) {
      await connection.run(`CREATE VIEW ${SOURCE_TABLE} AS SELECT * FROM read_parquet(${sqlText(`${options.parquetFolder}/${SOURCES_FILE}`)})`);
      hasSources = true;
    }
  } else {
    await connection.run(createFactTableSql(FACT_TABLE, columns));
  }
  let appender: DuckDBAppender | undefined;
  const appendRows = async () => {
    appender ??= await connection.createAppender(FACT_TABLE);
    return appender;
  };
  // The appender is made before the first append (createAppender is async; appending is not).
  const ready = options.parquetFolder === undefined ? await appendRows() : undefined;
  let unflushed = 0;
  const finishAppending = () => {
    if (appender) {
      appender.closeSync();
      appender = undefined;
    }
  };
  return {
    append(rows) {
      if (!ready) throw new Error("this fact store was read from Parquet and takes no rows");
      for (const row of rows) {
        row.forEach((value, at) => {
          if (value === null) ready.appendNull();
          else if (types[at] === "INTEGER") ready.appendInteger(value as number);
          else if (types[at] === "DOUBLE") ready.appendDouble(value as number);
          else ready.appendVarchar(value as string);
        });
        ready.endRow();
        // Appended rows wait in the transaction's memory until a flush commits them to the table,
        // which DuckDB keeps within its memory limit: flushing every so often keeps memory flat.
        if (++unflushed >= 50_000) {
          ready.flushSync();
          unflushed = 0;
        }
      }
    },
    async query(sql) {
      finishAppending();
      const reader = await connection.runAndReadAll(sql);
      return reader.getRowObjectsJS() as Record<string, unknown>[];
    },
    async eachRow(sql, visit) {
      finishAppending();
      const result = await connection.stream(sql);
      for await (const rows of result.yieldRowObjectJs()) for (const row of rows) visit(row);
    },
    async run(sql) {
      finishAppending();
      await connection.run(sql);
    },
    async putSources(rows) {
      finishAppending();
      await connection.run(`CREATE TABLE ${SOURCE_TABLE} (${SOURCE_COLUMNS.map(({ name, type }) => `"${name}" ${type}`).join(", ")})`);
      const sources = await connection.createAppender(SOURCE_TABLE);
      for (const row of rows) {
        row.forEach((value, at) => {
          if (value === null) sources.appendNull();
          else if (SOURCE_COLUMNS[at]!.type === "INTEGER") sources.appendInteger(value as number);
          else sources.appendVarchar(value as string);
        });
        sources.endRow();
      }
      sources.closeSync();
      hasSources = true;
    },
    get hasSources() {
      return hasSources;
    },
    close() {
      finishAppending();
      connection.closeSync();
      instance.closeSync();
      if (spill !== undefined) rmSync(spill, { recursive: true, force: true });
    },
  };
}

/**
 * Writes one Parquet file per entity (`AMZN.parquet`) into `folder`, rows in fact order, and the
 * sources table, when the store has one, as `sources/sources.parquet` (a folder of its own, so a
 * reader of `*.parquet` reads facts only).
 */
export async function writeParquetByEntity(store: FactStore, folder: string): Promise<string[]> {
  const entities = (await store.query(`SELECT DISTINCT entity FROM ${FACT_TABLE} ORDER BY entity`)).map((row) => String(row.entity));
  for (const entity of entities) {
    await store.run(`COPY (SELECT * FROM ${FACT_TABLE} WHERE entity = ${sqlText(entity)} ORDER BY fact_index) TO ${sqlText(`${folder}/${entity}.parquet`)} (FORMAT parquet)`);
  }
  if (store.hasSources) {
    mkdirSync(`${folder}/sources`, { recursive: true });
    await store.run(`COPY (SELECT * FROM ${SOURCE_TABLE} ORDER BY source_index) TO ${sqlText(`${folder}/${SOURCES_FILE}`)} (FORMAT parquet)`);
  }
  return entities;
}

/** A string as an SQL literal. */
export function sqlText(text: string): string {
  return `'${text.replaceAll("'", "''")}'`;
}
