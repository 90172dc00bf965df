// The library's public API: the pure stages (load, and later reconcile and format) without the CLI.
export type * from "./model/types.js";
export { parsePeriod, parseFiscalYearEnd, CALENDAR_YEAR, type FiscalCalendar } from "./periods/period.js";
export { parseWrittenNumber, scaleExponent, formatExact } from "./numbers/written-number.js";
export { compareExact, exactToString, type Exact } from "./numbers/exact.js";
export { intervalOf, overlaps, formatInterval, type Interval } from "./numbers/interval.js";
export { loadFactFiles, loadTaxonomy, type InputFile } from "./load/load-fact-base.js";
export { formatDiagnostics, formatDiagnostic } from "./format/diagnostics.js";
export { formatFactsCsv, formatFactsJson } from "./format/fact-records.js";
export { toFactRecord, type FactRecord } from "./model/fact-record.js";
export type { Taxonomy } from "./taxonomy/taxonomy.js";
