// Every fact as one flat, normalised record, for `concord facts` as JSON or CSV, and which facts it
// shows (one entity's, one period's). Values are decimal strings in base units (115亿美元 →
// "11500000000"); percentages stay in percent (14% → "14").
import type { Fact, FactBase } from "../model/types.js";
import { parsePeriod } from "../periods/period.js";
import type { Taxonomy } from "../taxonomy/taxonomy.js";
import { writtenForm } from "../model/wording.js";
import { formatExact } from "../numbers/written-number.js";
import { multiplyExact, exact } from "../numbers/exact.js";

export interface FactRecord {
  source: string;
  entity: string;
  segment: string;
  metric: string;
  measure: string;
  of: string | null;
  period: string;
  period_start: string | null;
  period_end: string | null;
  basis: string;
  qualifier: string;
  value: string;
  value_high: string | null;
  written: string;
  unit: string;
  precision: string | null;
  quote: string;
  file: string;
  line: number;
}

export const FACT_RECORD_COLUMNS: readonly (keyof FactRecord)[] = [
  "source", "entity", "segment", "metric", "measure", "of", "period", "period_start", "period_end", "basis",
  "qualifier", "value", "value_high", "written", "unit", "precision", "quote", "file", "line",
];

/** Which facts `concord facts` shows: those of one entity, of one period, or both (nothing given: all). */
export interface FactSelection {
  entity?: string;
  /** A period label; a fact is of it when it covers the same days under the fact's entity's fiscal calendar. */
  period?: string;
}

/**
 * The facts of the selection, with the sources that state them. Periods match on their days, as in
 * reconcile: for Amazon `FY2025` selects `TTM:2025-12-31` too, and Microsoft's `2026-Q2` is October to
 * December 2025. A period label that does not resolve selects nothing.
 */
export function selectFacts(factBase: FactBase, selection: FactSelection, taxonomy: Taxonomy): FactBase {
  const { entity, period } = selection;
  if (entity === undefined && period === undefined) return factBase;
  const periodKeys = new Map<string, string | undefined>();
  const periodKeyFor = (entityId: string): string | undefined => {
    if (!periodKeys.has(entityId)) {
      const result = parsePeriod(period!, taxonomy.entities.get(entityId)?.fiscalYearEnd);
      periodKeys.set(entityId, result.ok ? result.period.key : undefined);
    }
    return periodKeys.get(entityId);
  };
  const facts = factBase.facts.filter((fact) => (entity === undefined || fact.entity === entity) && (period === undefined || fact.period.key === periodKeyFor(fact.entity)));
  const stating = new Set(facts.map((fact) => fact.sourceId));
  return { ...factBase, sources: factBase.sources.filter((source) => stating.has(source.id)), facts };
}

export function toFactRecord(fact: Fact): FactRecord {
  const numeric = fact.parsed.kind === "number" ? fact.parsed : undefined;
  return {
    source: fact.sourceId,
    entity: fact.entity,
    segment: fact.segment,
    metric: fact.metric,
    measure: fact.measure,
    of: fact.of ?? null,
    period: fact.period.label,
    period_start: fact.period.start ?? null,
    period_end: fact.period.end ?? null,
    basis: fact.basis,
    qualifier: fact.qualifier,
    value: numeric ? formatExact(numeric.value) : fact.written.value,
    value_high: numeric?.high ? formatExact(numeric.high) : null,
    written: writtenForm(fact),
    unit: fact.unit,
    // The full width of the rounding interval, in base units: "115" 亿 → 100000000.
    precision: numeric ? formatExact(multiplyExact(numeric.halfStep, exact(2n))) : null,
    quote: fact.quote,
    file: fact.position.file,
    line: fact.position.line,
  };
}

export function formatFactsJson(factBase: FactBase): string {
  return `${JSON.stringify(factBase.facts.map(toFactRecord), null, 2)}\n`;
}

/** RFC 4180 CSV: every field that holds a comma, quote or line break is quoted, quotes doubled. */
export function formatFactsCsv(factBase: FactBase): string {
  const escape = (field: string | number | null) => {
    const text = field === null ? "" : String(field);
    return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
  };
  const rows = factBase.facts.map(toFactRecord).map((record) => FACT_RECORD_COLUMNS.map((column) => escape(record[column])).join(","));
  return `${[FACT_RECORD_COLUMNS.join(","), ...rows].join("\r\n")}\r\n`;
}
