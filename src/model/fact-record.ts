// A fact as one flat, normalised record: what `concord facts` writes as JSON or CSV, and what
// `reconcile --since` compares field by field. Values are decimal strings in base units (115亿美元 →
// "11500000000"); percentages stay in percent (14% → "14").
import type { Fact } from "./types.js";
import { writtenForm } from "./wording.js";
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
