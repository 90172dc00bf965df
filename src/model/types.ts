// The fact model as the rest of concord sees it: sources, facts with their positions, and diagnostics.
import type { Exact } from "../numbers/exact.js";

/** A place in a file, 1-based, as editors and GitHub annotations count. */
export interface Position {
  file: string;
  line: number;
  column: number;
}

export type Language = "zh-Hans" | "zh-Hant" | "en";
export type SourceKind = "primary" | "secondary";
export type Basis = "reported" | "ex_fx" | "non_gaap" | "guidance" | "estimate" | "plan" | "run_rate" | "derived";
export type Qualifier = "exact" | "about" | "more_than" | "at_least" | "up_to" | "less_than";
export type Measure = "level" | "yoy" | "qoq" | "yoy_abs" | "qoq_abs" | "cagr" | "share" | "multiple";
/** Measures that are a change over a base (a rate or an absolute change), not a level or a part of a whole. */
export const CHANGE_MEASURES: ReadonlySet<Measure> = new Set(["yoy", "qoq", "yoy_abs", "qoq_abs", "cagr"]);
/** What a taxonomy metric counts: an amount of money, a figure per share, a ratio, a count, and so on. */
export type MetricKind = "amount" | "per_share" | "ratio" | "count" | "capacity" | "length" | "date";

export interface Source {
  id: string;
  publisher: string;
  title: string;
  url?: string;
  published?: string;
  timezone?: string;
  language: Language;
  kind: SourceKind;
  note?: string;
  position: Position;
}

export type PeriodKind = "quarter" | "half" | "fiscal_year" | "month" | "ttm" | "instant" | "span" | "none";

/** A period resolved against the entity's fiscal calendar; `key` is what facts are matched on. */
export interface Period {
  label: string;
  kind: PeriodKind;
  /** First day covered, ISO date; absent for `none`. */
  start?: string;
  /** Last day covered (the instant itself for `instant`), ISO date; absent for `none`. */
  end?: string;
  /** `start..end`, or `@date` for instants, or `none`: equal keys cover exactly the same days. */
  key: string;
}

/** A numeric value as written, in base units, with the rounding its written precision implies. */
export interface NumericValue {
  kind: "number";
  /** Value (range low) in base units: 115亿 → 115 × 10^8. */
  value: Exact;
  /** Range high in base units, for ranges. */
  high?: Exact;
  /** Half the place of the last written digit, in base units: "115" 亿 → 0.5 × 10^8. */
  halfStep: Exact;
}

export interface DateValue {
  kind: "date";
  date: string;
}

export interface Fact {
  /** Index of the fact in the fact base (load order is sorted, so this is stable). */
  index: number;
  sourceId: string;
  entity: string;
  segment: string;
  metric: string;
  measure: Measure;
  of?: string;
  period: Period;
  basis: Basis;
  qualifier: Qualifier;
  /** The value as written in the fact file (range as `low–high`). */
  written: { value: string; valueHigh?: string; scale?: string; unit: string };
  unit: string;
  parsed: NumericValue | DateValue;
  quote: string;
  note?: string;
  /** The filing that states the figure (an SEC accession number), for facts imported from filings. */
  filing?: string;
  /** For a value a later filing restated: that filing's accession number. Only the restatement rule sees such a fact. */
  supersededBy?: string;
  position: Position;
  /** Compact form of the key (see reconcile/fact-key.ts), for grouping in memory; never written out. */
  groupKey: string;
}

export interface Diagnostic {
  file: string;
  line: number;
  column: number;
  /** JSON path of the offending value, e.g. `/facts/3/value`. */
  path: string;
  message: string;
  found?: string;
  expected?: string;
}

export interface FactBase {
  sources: Source[];
  facts: Fact[];
  files: string[];
}
