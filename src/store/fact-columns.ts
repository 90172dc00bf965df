// The columnar shape of a fact, as the Parquet export writes it and the DuckDB engine reads it: every
// key field, the value as exact decimal strings (as written, in base units, and the bounds of its
// precision interval) beside float64 copies that SQL may only pre-filter with, and the fact's source,
// file, line, column and quote. Pure: a fact in, a row of plain values out.
import type { Fact } from "../model/types.js";
import { addExact, subtractExact } from "../numbers/exact.js";
import { formatExact } from "../numbers/written-number.js";
import { PeriodDays } from "../periods/period-days.js";

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

/** `CREATE TABLE name (...)` with the fact columns. */
export function createFactTableSql(table: string): string {
  return `CREATE TABLE ${table} (${FACT_COLUMNS.map((column) => `"${column.name}" ${column.type}`).join(", ")})`;
}

/**
 * Turns facts into rows, remembering the shifted period keys of each period key it has seen (a base
 * has few distinct periods). One per export or load: it keeps nothing past the run that made it.
 */
export function factRows(): (fact: Fact, index: number) => FactRow {
  const shifted = new Map<string, [string | null, string | null]>();
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
  return (fact, index) => {
    const [yearBefore, quarterBefore] = before(fact.period.key);
    const number = fact.parsed.kind === "number" ? fact.parsed : undefined;
    const high = number?.high ?? number?.value;
    return [
      index,
      fact.sourceId,
      fact.entity,
      fact.segment,
      fact.metric,
      fact.measure,
      fact.of ?? null,
      fact.period.label,
      fact.period.kind,
      fact.period.start ?? null,
      fact.period.end ?? null,
      fact.period.key,
      yearBefore,
      quarterBefore,
      fact.basis,
      fact.qualifier,
      fact.written.value,
      fact.written.valueHigh ?? null,
      fact.written.scale ?? null,
      fact.unit,
      number ? formatExact(number.value) : null,
      number?.high ? formatExact(number.high) : null,
      number ? formatExact(number.halfStep) : null,
      number ? formatExact(subtractExact(number.value, number.halfStep)) : null,
      number && high ? formatExact(addExact(high, number.halfStep)) : null,
      // JavaScript's Number() of a decimal string is correctly rounded, which the pre-filter's proofs use.
      number ? Number(formatExact(number.value)) : null,
      number?.high ? Number(formatExact(number.high)) : null,
      number ? Number(formatExact(number.halfStep)) : null,
      fact.parsed.kind === "date" ? fact.parsed.date : null,
      fact.quote,
      fact.note ?? null,
      fact.filing ?? null,
      fact.supersededBy ?? null,
      fact.position.file,
      fact.position.line,
      fact.position.column,
    ];
  };
}
