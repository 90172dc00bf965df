// Every fact as one flat, normalised record (model/fact-record.ts), for `concord facts` as JSON or
// CSV, and which facts it shows (one entity's, one period's).
import type { FactBase } from "../model/types.js";
import { toFactRecord, type FactRecord } from "../model/fact-record.js";
import { parsePeriod } from "../periods/period.js";
import type { Taxonomy } from "../taxonomy/taxonomy.js";

const FACT_RECORD_COLUMNS: readonly (keyof FactRecord)[] = [
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

export function formatFactsJson(factBase: FactBase): string {
  return `${JSON.stringify(factBase.facts.map(toFactRecord), null, 2)}\n`;
}

/** RFC 4180 CSV: every field that holds a comma, quote or line break is quoted, quotes doubled. */
export function formatFactsCsv(factBase: FactBase): string {
  const escapeField = (field: string | number | null) => {
    const text = field === null ? "" : String(field);
    return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
  };
  const rows = factBase.facts.map(toFactRecord).map((record) => FACT_RECORD_COLUMNS.map((column) => escapeField(record[column])).join(","));
  return `${[FACT_RECORD_COLUMNS.join(","), ...rows].join("\r\n")}\r\n`;
}
