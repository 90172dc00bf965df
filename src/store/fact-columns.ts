// The columnar shape of a fact, as the Parquet export writes it and the DuckDB engine reads it: every
// key field, the value as exact decimal strings (as written, in base units, and the bounds of its
// precision interval) beside float64 copies that SQL may only pre-filter with, and the fact's source,
// file, line, column and quote; and a source's row, for the sources table beside them. Pure: a fact
// (or a source) in, a row of plain values out.
import type { Fact, NumericValue, Source } from "../model/types.js";
import { addExact, subtractExact } from "../numbers/exact.js";
import { formatExact } from "../numbers/written-number.js";
import { PeriodDays } from "../periods/period-days.js";
import { shiftPeriodByYears } from "../periods/period.js";

type ColumnType = "INTEGER" | "DOUBLE" | "VARCHAR";

/** The columns in table order, with their SQL types. */
export const FACT_COLUMNS: readonly { name: string; type: ColumnType }[] = [
  { name: "fact_index", type: "INTEGER" },
  { name: "source_id", type: "VARCHAR" },
  { name: "entity", type: "VARCHAR" },
  { name: "segment", type: "VARCHAR" },
  { name: "metric", type: "VARCHAR" },
  { name: "measure", type: "VARCHAR" },
  { name: "of", type: "VARCHAR" },
  { name: "period", type: "VARCHAR" },
  { name: "period_kind", type: "VARCHAR" },
  { name: "period_start", type: "VARCHAR" },
  { name: "period_end", type: "VARCHAR" },
  { name: "period_key", type: "VARCHAR" },
  // The keys of the periods a growth rate compares with, worked out by src/periods (the only module
  // that shifts days), so SQL joins on them without date arithmetic of its own.
  { name: "period_key_year_before", type: "VARCHAR" },
  { name: "period_key_quarter_before", type: "VARCHAR" },
  // The key of the same period a year earlier as the judgement of a contradiction looks it up (the prior
  // period's figure, src/periods/period.ts shiftPeriodByYears), and the whole months a period covers
  // (a quarter's 3, a year's 12), which the run-rate, order and growth rules test.
  { name: "period_key_prior_year", type: "VARCHAR" },
  { name: "period_months", type: "INTEGER" },
  { name: "basis", type: "VARCHAR" },
  { name: "qualifier", type: "VARCHAR" },
  { name: "value", type: "VARCHAR" },
  { name: "value_high", type: "VARCHAR" },
  { name: "scale", type: "VARCHAR" },
  { name: "unit", type: "VARCHAR" },
  { name: "value_exact", type: "VARCHAR" },
  { name: "value_high_exact", type: "VARCHAR" },
  { name: "half_step", type: "VARCHAR" },
  { name: "precision_low", type: "VARCHAR" },
  { name: "precision_high", type: "VARCHAR" },
  { name: "value_f", type: "DOUBLE" },
  { name: "value_high_f", type: "DOUBLE" },
  { name: "half_step_f", type: "DOUBLE" },
  { name: "date_value", type: "VARCHAR" },
  { name: "quote", type: "VARCHAR" },
  { name: "note", type: "VARCHAR" },
  { name: "filing", type: "VARCHAR" },
  { name: "superseded_by", type: "VARCHAR" },
  { name: "file", type: "VARCHAR" },
  { name: "line", type: "INTEGER" },
  { name: "column", type: "INTEGER" },
];

export type FactRow = (string | number | null)[];

/** The columns the DuckDB engine's SQL reads (src/reconcile/prefilter-sql.ts): a narrower table loads faster. */
export const ENGINE_COLUMNS: readonly string[] = ["fact_index", "entity", "segment", "metric", "measure", "of", "period_key", "period_key_year_before", "period_key_quarter_before", "period_key_prior_year", "period_months", "period_start", "period_end", "basis", "qualifier", "unit", "value_f", "value_high_f", "half_step_f", "date_value", "superseded_by"];

/**
 * What a Parquet folder must agree on with the facts loaded for the engine to trust it: every column
 * the SQL reads, its doubles by the exact values they are made from (a double's text differs between
 * JavaScript and SQL; a decimal string does not).
 */
export const FINGERPRINT_COLUMNS: readonly string[] = [...ENGINE_COLUMNS.filter((name) => !name.endsWith("_f")), "value_exact", "value_high_exact", "half_step", "line", "column"];

/** `CREATE TABLE name (...)` with these fact columns (every one by default). */
export function createFactTableSql(table: string, columns: readonly string[] = FACT_COLUMNS.map((column) => column.name)): string {
  return `CREATE TABLE ${table} (${columns.map((name) => `"${name}" ${columnType(name)}`).join(", ")})`;
}

export function columnType(name: string): ColumnType {
  const column = FACT_COLUMNS.find((candidate) => candidate.name === name);
  if (!column) throw new Error(`no fact column ${name}`);
  return column.type;
}

type Getter = (fact: Fact, index: number) => string | number | null;

/**
 * Turns facts into rows of the columns named (every one by default), remembering per run what many
 * facts share: the shifted keys of each period key, the doubles of each parsed value (facts of one
 * written value share it). It keeps nothing past the run that made it.
 */
export function factRows(columns: readonly string[] = FACT_COLUMNS.map((column) => column.name)): (fact: Fact, index: number) => FactRow {
  const shifted = new Map<string, [string | null, string | null]>();
  const months = new Map<string, number | null>();
  const monthsOf = (key: string): number | null => {
    let found = months.get(key);
    if (found === undefined) months.set(key, (found = PeriodDays.fromKey(key)?.months ?? null));
    return found;
  };
  const before = (key: string): [string | null, string | null] => {
    let keys = shifted.get(key);
    if (!keys) {
      const days = PeriodDays.fromKey(key);
      // As arithmetic-growth compares them: a year earlier for yoy, a quarter earlier for a quarter's qoq.
      keys = [days?.shiftMonths(-12)?.key ?? null, days?.months === 3 ? (days.shiftQuarters(-1)?.key ?? null) : null];
      shifted.set(key, keys);
    }
    return keys;
  };
  // Weak: a streaming export loads each file apart, so its parsed values go with it, and so must these.
  const doubles = new WeakMap<NumericValue, [number, number | null, number]>();
  const doublesOf = (value: NumericValue): [number, number | null, number] => {
    let found = doubles.get(value);
    // JavaScript's Number() of a decimal string is correctly rounded, which the pre-filter's proofs use.
    if (!found) doubles.set(value, (found = [Number(formatExact(value.value)), value.high ? Number(formatExact(value.high)) : null, Number(formatExact(value.halfStep))]));
    return found;
  };
  const number = (fact: Fact) => (fact.parsed.kind === "number" ? fact.parsed : undefined);
  const getters: Record<string, Getter> = {
    fact_index: (_, index) => index,
    source_id: (fact) => fact.sourceId,
    entity: (fact) => fact.entity,
    segment: (fact) => fact.segment,
    metric: (fact) => fact.metric,
    measure: (fact) => fact.measure,
    of: (fact) => fact.of ?? null,
    period: (fact) => fact.period.label,
    period_kind: (fact) => fact.period.kind,
    period_start: (fact) => fact.period.start ?? null,
    period_end: (fact) => fact.period.end ?? null,
    period_key: (fact) => fact.period.key,
    period_key_year_before: (fact) => before(fact.period.key)[0],
    period_key_quarter_before: (fact) => before(fact.period.key)[1],
    period_key_prior_year: (fact) => (fact.period.kind === "none" ? null : (shiftPeriodByYears(fact.period, -1)?.key ?? null)),
    period_months: (fact) => monthsOf(fact.period.key),
    basis: (fact) => fact.basis,
    qualifier: (fact) => fact.qualifier,
    value: (fact) => fact.written.value,
    value_high: (fact) => fact.written.valueHigh ?? null,
    scale: (fact) => fact.written.scale ?? null,
    unit: (fact) => fact.unit,
    value_exact: (fact) => mapNumber(number(fact), (value) => formatExact(value.value)),
    value_high_exact: (fact) => mapNumber(number(fact), (value) => (value.high ? formatExact(value.high) : null)),
    half_step: (fact) => mapNumber(number(fact), (value) => formatExact(value.halfStep)),
    precision_low: (fact) => mapNumber(number(fact), (value) => formatExact(subtractExact(value.value, value.halfStep))),
    precision_high: (fact) => mapNumber(number(fact), (value) => formatExact(addExact(value.high ?? value.value, value.halfStep))),
    value_f: (fact) => mapNumber(number(fact), (value) => doublesOf(value)[0]),
    value_high_f: (fact) => mapNumber(number(fact), (value) => doublesOf(value)[1]),
    half_step_f: (fact) => mapNumber(number(fact), (value) => doublesOf(value)[2]),
    date_value: (fact) => (fact.parsed.kind === "date" ? fact.parsed.date : null),
    quote: (fact) => fact.quote,
    note: (fact) => fact.note ?? null,
    filing: (fact) => fact.filing ?? null,
    superseded_by: (fact) => fact.supersededBy ?? null,
    file: (fact) => fact.position.file,
    line: (fact) => fact.position.line,
    column: (fact) => fact.position.column,
  };
  const chosen = columns.map((name) => {
    const getter = getters[name];
    if (!getter) throw new Error(`no fact column ${name}`);
    return getter;
  });
  return (fact, index) => chosen.map((getter) => getter(fact, index));
}

function mapNumber<T>(value: NumericValue | undefined, map: (value: NumericValue) => T): T | null {
  return value ? map(value) : null;
}

/** The columns of the sources table the export writes beside the facts (one row per source, load order). */
export const SOURCE_COLUMNS: readonly { name: string; type: ColumnType }[] = [
  { name: "source_index", type: "INTEGER" },
  { name: "id", type: "VARCHAR" },
  { name: "publisher", type: "VARCHAR" },
  { name: "title", type: "VARCHAR" },
  { name: "url", type: "VARCHAR" },
  { name: "published", type: "VARCHAR" },
  { name: "timezone", type: "VARCHAR" },
  { name: "language", type: "VARCHAR" },
  { name: "kind", type: "VARCHAR" },
  { name: "note", type: "VARCHAR" },
  { name: "file", type: "VARCHAR" },
  { name: "line", type: "INTEGER" },
  { name: "column", type: "INTEGER" },
];

/** A source as a row of SOURCE_COLUMNS. */
export function sourceRow(source: Source, index: number): FactRow {
  return [index, source.id, source.publisher, source.title, source.url ?? null, source.published ?? null, source.timezone ?? null, source.language, source.kind, source.note ?? null, source.position.file, source.position.line, source.position.column];
}
