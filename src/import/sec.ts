// `concord import sec`: a company's SEC XBRL companyfacts document → a primary-source fact file.
// Pure: the CLI reads the file and writes the result.
//
// Which concepts make which metric is the taxonomy's (`sec_concepts` on a metric, in order of
// precedence); a concept no metric lists is skipped and counted. A figure's period is read from its
// own start and end dates on the entity's fiscal calendar, never from `fy`/`fp` (they name the filing:
// a 10-K's `fy` is on every prior-year comparative it holds too): three months are a quarter, six a
// half, nine the year to date (`2025-Q1..2025-Q3`), twelve a fiscal year, an instant a balance
// (`@2025-12-31`). A period that does not fall on the calendar's quarters is skipped and counted:
// the taxonomy's `fiscal_year_end` is then likely wrong.
//
// One value per key: of the concept with precedence, the latest filing's value stands; an earlier
// filing's different value is kept with `superseded_by` (the restatement rule reports it). A fourth
// quarter, which no 10-Q states, is derived for flow amounts as the fiscal year less the nine months
// to date (or less the three quarters), of one concept, with `basis: derived`; never for per-share
// figures or ratios, which do not subtract.
import type { Exact } from "../numbers/exact.js";
import { addExact, exact, pow10, subtractExact } from "../numbers/exact.js";
import { formatExact } from "../numbers/written-number.js";
import { fiscalYearLabel, halfLabel, parsePeriod, quarterLabel, quartersLabel, type FiscalCalendar } from "../periods/period.js";
import type { EntityDefinition, MetricDefinition, Taxonomy } from "../taxonomy/taxonomy.js";
import type { CompanyFacts, JsonPath, XbrlEntry } from "./companyfacts.js";

export interface ImportOptions {
  /** The entity to file the figures under when the taxonomy does not know the CIK. */
  entity?: string;
  /** Keep only periods that end in this year or later. */
  since?: number;
}

export interface SecFactFile {
  source: { id: string; publisher: string; title: string; published?: string; language: "en"; kind: "primary"; note: string };
  defaults: { entity: string };
  facts: Record<string, string>[];
}

export interface ImportStats {
  facts: number;
  /** Of them: fourth quarters derived, and earlier values kept as restated. */
  derived: number;
  restated: number;
  /** Concepts no metric maps, and how many values they hold. */
  unmappedConcepts: number;
  unmappedValues: number;
  /** A few of those concepts, the ones with most values first, for the message. */
  unmappedExamples: string[];
  /** Values of mapped concepts left out, by reason. */
  skipped: { reason: string; values: number; example?: string }[];
  /** Values of a concept that lost to one with precedence for the same key. */
  outranked: number;
  /** Fourth quarters not derived because the year and the nine months are of different concepts. */
  notDerived: number;
}

export interface ImportProblem {
  path: JsonPath;
  message: string;
  found: string;
  expected: string;
  /** For a company the taxonomy does not know: the entity stanza to add. */
  stanza?: string;
}

export type ImportResult = { ok: true; document: SecFactFile; entity: string; stats: ImportStats } | { ok: false; problem: ImportProblem };

/** The CIK as a number, whether the document wrote it as a number or a string of digits. */
export function cikOf(data: CompanyFacts): number {
  return Number(data.cik);
}

/** The entity a companyfacts document belongs to, or what is wrong. */
export function resolveEntity(data: CompanyFacts, taxonomy: Taxonomy, options: ImportOptions): { entity: EntityDefinition } | { problem: ImportProblem } {
  const cik = cikOf(data);
  const byCik = [...taxonomy.entities.values()].find((entity) => entity.cik === cik);
  if (options.entity !== undefined) {
    const chosen = taxonomy.entities.get(options.entity);
    if (!chosen) return { problem: { path: [], message: "--entity is not an entity of the taxonomy", found: JSON.stringify(options.entity), expected: "the id of an entity in the taxonomy (add the entity first)" } };
    if (byCik && byCik.id !== chosen.id) return { problem: { path: ["cik"], message: `CIK ${cik} is ${byCik.id}'s in the taxonomy, not ${chosen.id}'s`, found: `--entity ${chosen.id}`, expected: `--entity ${byCik.id}, or no --entity` } };
    if (chosen.cik !== undefined && chosen.cik !== cik) return { problem: { path: ["cik"], message: `${chosen.id} has CIK ${chosen.cik} in the taxonomy, and this file is CIK ${cik}'s`, found: `CIK ${cik}`, expected: `the companyfacts of CIK ${chosen.cik}, or the right --entity` } };
    return { entity: chosen };
  }
  if (byCik) return { entity: byCik };
  // A company the taxonomy knows by name but not yet by CIK: say so, rather than only offer a new id.
  const simple = (name: string) => name.toLowerCase().replace(/[^a-z0-9]+/g, " ").replace(/\b(inc|corp|corporation|co|ltd|limited|plc|group|holdings|the)\b/g, "").trim();
  const named = [...taxonomy.entities.values()].find((entity) => entity.cik === undefined && [entity.name, ...entity.aliases.en].some((name) => simple(name) !== "" && simple(name) === simple(data.entityName)));
  return {
    problem: {
      path: ["cik"],
      message: `no entity of the taxonomy has CIK ${cik} (${data.entityName})`,
      found: String(cik),
      expected: named ? `\`cik: ${cik}\` on ${named.id} (${named.name}) if it is this company, or --entity ${named.id}` : "the company in the taxonomy with its `cik` (add the stanza below), or --entity ID",
      ...(named ? {} : { stanza: entityStanza(data, taxonomy) }),
    },
  };
}

/** Converts a checked companyfacts document into a fact file. */
export function importCompanyFacts(data: CompanyFacts, taxonomy: Taxonomy, options: ImportOptions = {}): ImportResult {
  const resolved = resolveEntity(data, taxonomy, options);
  if ("problem" in resolved) return { ok: false, problem: resolved.problem };
  const { entity } = resolved;
  const calendar = entity.fiscalYearEnd;
  const conceptMetrics = metricsByConcept(taxonomy);
  const stats: ImportStats = { facts: 0, derived: 0, restated: 0, unmappedConcepts: 0, unmappedValues: 0, unmappedExamples: [], skipped: [], outranked: 0, notDerived: 0 };
  const skipped = new Map<string, { values: number; example?: string }>();
  const skip = (reason: string, example?: string) => {
    const entry = skipped.get(reason) ?? { values: 0 };
    entry.values++;
    entry.example ??= example;
    skipped.set(reason, entry);
  };
  const unmapped: [string, number][] = [];

  // Every value of a mapped concept, on its key: metric, period (its days) and unit.
  const keys = new Map<string, Observed[]>();
  for (const [prefix, concepts] of Object.entries(data.facts)) {
    for (const [name, concept] of Object.entries(concepts)) {
      const id = `${prefix}:${name}`;
      const mapped = conceptMetrics.get(id);
      if (!mapped) {
        let values = 0;
        for (const entries of Object.values(concept.units)) values += entries.length;
        unmapped.push([id, values]);
        continue;
      }
      for (const [xbrlUnit, entries] of Object.entries(concept.units)) {
        for (const { metric, rank } of mapped) {
          const unit = unitFor(metric, xbrlUnit);
          for (const entry of entries) {
            if (unit === undefined) {
              skip(`a unit that does not fit the metric`, `${id} in ${xbrlUnit} for ${metric.id}`);
              continue;
            }
            const period = periodOf(entry, metric, calendar);
            if ("skip" in period) {
              skip(period.skip, `${id} ${entry.start ? `${entry.start} to ` : "at "}${entry.end}`);
              continue;
            }
            if (options.since !== undefined && Number(period.end.slice(0, 4)) < options.since) {
              skip(`periods ending before ${options.since} (--since)`);
              continue;
            }
            const key = `${metric.id}|${period.key}|${unit}`;
            let list = keys.get(key);
            if (!list) keys.set(key, (list = []));
            list.push({ metric, rank, concept: id, unit, xbrlUnit, period, entry });
          }
        }
      }
    }
  }
  unmapped.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  stats.unmappedConcepts = unmapped.length;
  stats.unmappedValues = unmapped.reduce((sum, [, values]) => sum + values, 0);
  stats.unmappedExamples = unmapped.slice(0, 5).map(([id]) => id);

  // One value per key: the concept with precedence, its latest filing.
  const standing = new Map<string, Chosen>();
  const facts: Placed[] = [];
  for (const [key, observed] of keys) {
    const best = Math.min(...observed.map((item) => item.rank));
    const ofConcept = observed.filter((item) => item.rank === best);
    stats.outranked += observed.length - ofConcept.length;
    // By filing date, then accession number: the last one stands. Repeats of one value in one filing count once.
    ofConcept.sort((a, b) => compare(a.entry.filed, b.entry.filed) || compare(a.entry.accn, b.entry.accn));
    const latest = ofConcept[ofConcept.length - 1]!;
    const value = exactOf(latest.entry.val);
    standing.set(key, { observed: latest, value });
    facts.push(placed(latest, reportedFact(latest, value)));
    // Each earlier value that differs, once, from the first filing that gave it.
    const earlier = new Map<number, Observed>();
    for (const item of ofConcept) if (item.entry.val !== latest.entry.val && !earlier.has(item.entry.val)) earlier.set(item.entry.val, item);
    for (const item of earlier.values()) {
      facts.push(placed(item, supersededFact(item, latest), true));
      stats.restated++;
    }
  }

  // Fourth quarters: flow amounts only, from one concept's fiscal year and nine months (or three quarters).
  for (const year of standing.values()) {
    const { metric, period, unit } = year.observed;
    if (period.kind !== "fiscal_year" || metric.kind !== "amount" || metric.timing !== "flow") continue;
    const fy = period.fiscalYear;
    const q4 = parsePeriod(quarterLabel(fy, 4), calendar);
    if (!q4.ok || standing.has(`${metric.id}|${q4.period.key}|${unit}`)) continue;
    const at = (label: string) => {
      const resolved = parsePeriod(label, calendar);
      return resolved.ok ? standing.get(`${metric.id}|${resolved.period.key}|${unit}`) : undefined;
    };
    const nine = at(quartersLabel(fy, 1, 3));
    const quarters = [at(quarterLabel(fy, 1)), at(quarterLabel(fy, 2)), at(quarterLabel(fy, 3))];
    let operands: Chosen[] | undefined;
    if (nine && nine.observed.concept === year.observed.concept) operands = [nine];
    else if (quarters.every((quarter) => quarter?.observed.concept === year.observed.concept)) operands = quarters as Chosen[];
    if (!operands) {
      if (nine || quarters.some(Boolean)) stats.notDerived++;
      continue;
    }
    const q4Period: ResolvedPeriod = { label: quarterLabel(fy, 4), key: q4.period.key, start: q4.period.start!, end: q4.period.end!, kind: "quarter", fiscalYear: fy };
    facts.push({ end: q4Period.end, start: q4Period.start, ordinal: metric.ordinal, unit, superseded: false, filed: year.observed.entry.filed, fact: derivedFact(year, operands, q4Period) });
    stats.derived++;
  }

  facts.sort((a, b) => compare(a.end, b.end) || compare(b.start, a.start) || a.ordinal - b.ordinal || compare(a.unit, b.unit) || Number(a.superseded) - Number(b.superseded) || compare(a.filed, b.filed));
  stats.facts = facts.length;
  stats.skipped = [...skipped].map(([reason, { values, example }]) => ({ reason, values, ...(example ? { example } : {}) })).sort((a, b) => b.values - a.values || compare(a.reason, b.reason));
  const published = facts.reduce<string | undefined>((latest, fact) => (latest === undefined || fact.filed > latest ? fact.filed : latest), undefined);
  const filings = new Set<string>();
  for (const observed of keys.values()) for (const item of observed) filings.add(item.entry.accn);
  const cik = cikOf(data);
  const document: SecFactFile = {
    source: {
      id: `${entity.id.toLowerCase().replaceAll("_", "-")}-sec-companyfacts`,
      publisher: `${entity.name} (filings with the SEC)`.slice(0, 200),
      title: `${entity.name}: figures from its SEC filings (XBRL companyfacts, CIK ${cik})`.slice(0, 300),
      ...(published ? { published } : {}),
      language: "en",
      kind: "primary",
      note: sourceNote(data, options, stats).slice(0, 1000),
    },
    defaults: { entity: entity.id },
    facts: facts.map((item) => item.fact),
  };
  return { ok: true, document, entity: entity.id, stats };
}

interface ResolvedPeriod {
  label: string;
  key: string;
  start: string;
  end: string;
  kind: "quarter" | "half" | "year_to_date" | "fiscal_year" | "instant";
  /** The fiscal year the period belongs to (the year it ends in). */
  fiscalYear: number;
}

interface Observed {
  metric: MetricDefinition;
  /** Position of the concept in the metric's precedence list: lower wins. */
  rank: number;
  concept: string;
  /** The fact's unit (USD), and the XBRL unit it came from (USD/shares). */
  unit: string;
  xbrlUnit: string;
  period: ResolvedPeriod;
  entry: XbrlEntry;
}

interface Chosen {
  observed: Observed;
  value: Exact;
}

interface Placed {
  end: string;
  start: string;
  ordinal: number;
  unit: string;
  superseded: boolean;
  filed: string;
  fact: Record<string, string>;
}

function placed(observed: Observed, fact: Record<string, string>, superseded = false): Placed {
  return { end: observed.period.end, start: observed.period.start, ordinal: observed.metric.ordinal, unit: observed.unit, superseded, filed: observed.entry.filed, fact };
}

/** Concept → the metrics that list it, with its rank in each. */
function metricsByConcept(taxonomy: Taxonomy): Map<string, { metric: MetricDefinition; rank: number }[]> {
  const byConcept = new Map<string, { metric: MetricDefinition; rank: number }[]>();
  for (const metric of taxonomy.metrics.values()) {
    metric.secConcepts?.forEach((concept, rank) => {
      const list = byConcept.get(concept) ?? [];
      list.push({ metric, rank });
      byConcept.set(concept, list);
    });
  }
  return byConcept;
}

const CURRENCY = /^[A-Z]{3}$/;
const PER_SHARE = /^([A-Z]{3})\/shares$/;

/** The fact unit of an XBRL unit for a metric (USD for an amount, USD/shares for a per-share figure, shares for a count), or undefined when it does not fit. */
function unitFor(metric: MetricDefinition, xbrlUnit: string): string | undefined {
  if (metric.kind === "amount") return CURRENCY.test(xbrlUnit) ? xbrlUnit : undefined;
  if (metric.kind === "per_share") return PER_SHARE.exec(xbrlUnit)?.[1];
  if (metric.kind === "count") return xbrlUnit === "shares" ? "count" : undefined;
  return undefined;
}

const DAY = 86_400_000;

/** The figure's period on the entity's calendar, from its dates alone. */
function periodOf(entry: XbrlEntry, metric: MetricDefinition, calendar: FiscalCalendar): ResolvedPeriod | { skip: string } {
  if (entry.start === undefined) {
    if (metric.timing !== "balance") return { skip: "an instant for a metric over a period" };
    return { label: `@${entry.end}`, key: `@${entry.end}`, start: entry.end, end: entry.end, kind: "instant", fiscalYear: Number(entry.end.slice(0, 4)) };
  }
  if (metric.timing === "balance") return { skip: "a duration for a balance" };
  const days = (Date.parse(`${entry.end}T00:00:00Z`) - Date.parse(`${entry.start}T00:00:00Z`)) / DAY + 1;
  const months = days >= 84 && days <= 98 ? 3 : days >= 175 && days <= 190 ? 6 : days >= 266 && days <= 282 ? 9 : days >= 357 && days <= 372 ? 12 : undefined;
  if (months === undefined) return { skip: "a duration that is no quarter, half, nine months or year" };
  const endYear = Number(entry.end.slice(0, 4));
  // The fiscal year the period ends in is named by the year it ends in, or the next (a year ending in January).
  for (const fy of [endYear, endYear + 1, endYear - 1]) {
    const labels = months === 3 ? [1, 2, 3, 4].map((q) => quarterLabel(fy, q)) : months === 6 ? [halfLabel(fy, 1), halfLabel(fy, 2)] : months === 9 ? [quartersLabel(fy, 1, 3)] : [fiscalYearLabel(fy)];
    for (const label of labels) {
      const resolved = parsePeriod(label, calendar);
      if (resolved.ok && resolved.period.start === entry.start && resolved.period.end === entry.end) {
        const kind = months === 3 ? "quarter" : months === 6 ? (label.endsWith("H1") ? "year_to_date" : "half") : months === 9 ? "year_to_date" : "fiscal_year";
        return { label, key: resolved.period.key, start: entry.start, end: entry.end, kind, fiscalYear: fy };
      }
    }
  }
  return { skip: "a period off the entity's fiscal calendar (check its fiscal_year_end)" };
}

/** A JSON number as an exact decimal: JSON.parse keeps the shortest decimal that reads back the same. */
export function exactOf(value: number): Exact {
  let text = String(value);
  if (/e/i.test(text)) text = value.toFixed(20);
  const match = /^(-)?(\d+)(?:\.(\d+))?$/.exec(text)!;
  const fraction = (match[3] ?? "").replace(/0+$/, "");
  const n = BigInt(`${match[2]}${fraction}`);
  return exact(match[1] ? -n : n, -fraction.length);
}

const SCALES = [
  { word: "million", exponent: 6 },
  { word: "thousand", exponent: 3 },
] as const;

/**
 * How a value is written: amounts and counts in millions or thousands when their last digits are
 * zeros (the precision companies file at: 637,959 million), else in units; per-share figures to the
 * cent at least (JSON writes 2.00 as 2, which would read as rounded to the unit).
 */
function written(value: Exact, metric: MetricDefinition): { value: string; scale?: string; exponent: number } {
  if (metric.kind === "per_share") {
    const places = Math.max(2, -value.e);
    return { value: groupThousands(fixed(value, places)), exponent: 0 };
  }
  for (const { word, exponent } of SCALES) {
    if (value.n === 0n) break;
    const units = toInteger(value);
    if (units !== undefined && units % pow10(exponent) === 0n && (units < 0n ? -units : units) >= pow10(exponent)) return { value: groupThousands((units / pow10(exponent)).toString()), scale: word, exponent };
  }
  return { value: groupThousands(formatExact(value)), exponent: 0 };
}

function toInteger(value: Exact): bigint | undefined {
  if (value.e >= 0) return value.n * pow10(value.e);
  const divisor = pow10(-value.e);
  return value.n % divisor === 0n ? value.n / divisor : undefined;
}

/** A value with exactly `places` decimals (never fewer than it has). */
function fixed(value: Exact, places: number): string {
  const shifted = value.e >= -places ? value.n * pow10(value.e + places) : value.n;
  const negative = shifted < 0n;
  const digits = (negative ? -shifted : shifted).toString().padStart(places + 1, "0");
  const text = places === 0 ? digits : `${digits.slice(0, -places)}.${digits.slice(-places)}`;
  return negative ? `-${text}` : text;
}

function groupThousands(text: string): string {
  const match = /^(-?)(\d+)(\.\d+)?$/.exec(text);
  if (!match) return text;
  return `${match[1]}${match[2]!.replace(/\B(?=(\d{3})+(?!\d))/g, ",")}${match[3] ?? ""}`;
}

function valueFields(value: Exact, metric: MetricDefinition, unit: string): Record<string, string> {
  const form = written(value, metric);
  return { value: form.value, ...(form.scale ? { scale: form.scale } : {}), unit };
}

/** The figure's quote: concept, form and filing date, in at most 80 characters. */
function quoteFor(concept: string, form: string, filed: string): string {
  const name = concept.slice(concept.indexOf(":") + 1);
  const candidates = [`${concept}, ${form} filed ${filed}`, `${name}, ${form} filed ${filed}`, `${name}, ${form} ${filed}`];
  const fitting = candidates.find((quote) => quote.length <= 80);
  if (fitting) return fitting;
  const tail = `, ${form} ${filed}`;
  return `${name.slice(0, Math.max(1, 79 - tail.length))}…${tail}`.slice(0, 80);
}

function spanWords(period: ResolvedPeriod): string {
  return period.kind === "instant" ? `at ${period.end}` : `${period.start} to ${period.end}`;
}

function filingWords(entry: XbrlEntry): string {
  return `${entry.form} filed ${entry.filed}, accession ${entry.accn}`;
}

function reportedFact(observed: Observed, value: Exact): Record<string, string> {
  const { metric, period, concept, unit, xbrlUnit, entry } = observed;
  return {
    metric: metric.id,
    period: period.label,
    ...valueFields(value, metric, unit),
    quote: quoteFor(concept, entry.form, entry.filed),
    note: `${concept} (${xbrlUnit}) ${spanWords(period)}: ${formatExact(value)}, in ${filingWords(entry)}.`,
    filing: entry.accn,
  };
}

function supersededFact(observed: Observed, latest: Observed): Record<string, string> {
  const { metric, period, concept, unit, xbrlUnit, entry } = observed;
  const value = exactOf(entry.val);
  return {
    metric: metric.id,
    period: period.label,
    ...valueFields(value, metric, unit),
    quote: quoteFor(concept, entry.form, entry.filed),
    note: `As first filed, restated later: ${concept} (${xbrlUnit}) ${spanWords(period)}: ${formatExact(value)}, in ${filingWords(entry)}; ${formatExact(exactOf(latest.entry.val))} in ${filingWords(latest.entry)}.`,
    filing: entry.accn,
    superseded_by: latest.entry.accn,
  };
}

function derivedFact(year: Chosen, operands: Chosen[], q4: ResolvedPeriod): Record<string, string> {
  const { metric, concept, unit, entry } = year.observed;
  let value = year.value;
  for (const operand of operands) value = subtractExact(value, operand.value);
  const form = written(value, metric);
  // Each operand is rounded where its company filed it: the difference is good to the sum of their steps.
  let width = exact(0n);
  for (const chosen of [year, ...operands]) width = addExact(width, exact(1n, written(chosen.value, metric).exponent));
  const precision = formatExact({ n: width.n, e: width.e - form.exponent });
  const less = operands.length === 1 ? operands[0]!.observed.period.label : operands.map((operand) => operand.observed.period.label).join(", ");
  const operandWords = operands.map((operand) => `${operand.observed.period.label} ${formatExact(operand.value)} (${filingWords(operand.observed.entry)})`).join(", ");
  const base = concept.slice(concept.indexOf(":") + 1);
  const months = operands.length === 1 ? "nine months" : "three quarters";
  const quote = [`${concept}: FY${q4.fiscalYear} less ${less}`, `${base}: FY${q4.fiscalYear} less ${less}`, `${base}: FY${q4.fiscalYear} less ${months}`].find((text) => text.length <= 80) ?? `${base.slice(0, 80 - ` FY${q4.fiscalYear} less ${months}`.length - 2)}…: FY${q4.fiscalYear} less ${months}`;
  return {
    metric: metric.id,
    period: q4.label,
    value: form.value,
    ...(form.scale ? { scale: form.scale } : {}),
    unit,
    ...(precision !== "1" ? { precision: groupThousands(precision) } : {}),
    basis: "derived",
    quote,
    note: `Derived, not filed: ${concept} FY${q4.fiscalYear} ${formatExact(year.value)} (${filingWords(entry)}) less ${operandWords} = ${formatExact(value)}.`,
  };
}

function sourceNote(data: CompanyFacts, options: ImportOptions, stats: ImportStats): string {
  return [
    `Imported with \`concord import sec\` from the SEC's XBRL companyfacts of CIK ${cikOf(data)} (${data.entityName})${options.since !== undefined ? `, periods ending in ${options.since} or later` : ""}.`,
    "Periods come from each figure's start and end dates on the fiscal calendar in the taxonomy; where filings disagree the latest stands and earlier values are kept with superseded_by;",
    `fourth quarters with basis derived are the fiscal year less the nine months to date (${stats.derived} here).`,
    "companyfacts holds no segment figures, guidance or non-GAAP measures.",
  ].join(" ");
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

const WEEKDAY_NAMES = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

/**
 * The taxonomy stanza for a company it does not know: an id from its name, its CIK, and the fiscal
 * year end and currency its filings suggest, each marked for a person to check.
 */
export function entityStanza(data: CompanyFacts, taxonomy: Taxonomy): string {
  const words = data.entityName.toUpperCase().replace(/[^A-Z0-9 ]+/g, " ").trim().split(/\s+/).filter(Boolean);
  let id = (words[0] ?? "COMPANY").replace(/^[0-9]+/, "") || "COMPANY";
  if (!/^[A-Z]/.test(id)) id = `CO_${id}`;
  for (let n = 2; taxonomy.entities.has(id); n++) id = `${id.replace(/_\d+$/, "")}_${n}`;
  const yearEnd = guessFiscalYearEnd(data);
  const currency = guessCurrency(data);
  const name = JSON.stringify(data.entityName);
  return [
    `  ${id}:`,
    `    name: ${name}`,
    `    cik: ${cikOf(data)}`,
    "    tickers: []                # add: its ticker symbols",
    `    fiscal_year_end: ${/^\d/.test(yearEnd) ? JSON.stringify(yearEnd) : yearEnd}   # check: read from the filings' twelve-month periods`,
    ...(currency ? [`    currency: ${currency}              # check: the currency it reports in`] : []),
    "    aliases:",
    "      zh-Hans: []",
    "      zh-Hant: []",
    `      en: [${name}]`,
  ].join("\n");
}

/** The fiscal year end the twelve-month periods of the filings share: a month-end date, or the last given weekday of a month. */
function guessFiscalYearEnd(data: CompanyFacts): string {
  const ends = new Map<string, number>();
  for (const concepts of Object.values(data.facts)) {
    for (const concept of Object.values(concepts)) {
      for (const entries of Object.values(concept.units)) {
        for (const entry of entries) {
          if (entry.start === undefined) continue;
          const days = (Date.parse(entry.end) - Date.parse(entry.start)) / DAY + 1;
          if (days >= 357 && days <= 372) ends.set(entry.end, (ends.get(entry.end) ?? 0) + 1);
        }
      }
    }
  }
  const dates = [...ends.keys()];
  if (dates.length === 0) return '"12-31"';
  const monthDays = new Set(dates.map((date) => date.slice(5)));
  if (monthDays.size === 1) return dates[0]!.slice(5);
  const weekdays = new Set(dates.map((date) => new Date(`${date}T00:00:00Z`).getUTCDay()));
  const months = new Map<string, number>();
  for (const date of dates) months.set(date.slice(5, 7), (months.get(date.slice(5, 7)) ?? 0) + 1);
  const month = [...months].sort((a, b) => b[1] - a[1])[0]![0];
  const lastWeek = dates.every((date) => {
    const day = new Date(`${date}T00:00:00Z`);
    return date.slice(5, 7) === month && new Date(day.getTime() + 7 * DAY).getUTCMonth() !== day.getUTCMonth();
  });
  if (weekdays.size === 1 && lastWeek) return `last ${WEEKDAY_NAMES[[...weekdays][0]!]} of ${month}`;
  const common = [...ends].sort((a, b) => b[1] - a[1])[0]![0];
  return common.slice(5);
}

/** The currency most of the filings' amounts are in. */
function guessCurrency(data: CompanyFacts): string | undefined {
  const counts = new Map<string, number>();
  for (const concepts of Object.values(data.facts)) {
    for (const concept of Object.values(concepts)) {
      for (const [unit, entries] of Object.entries(concept.units)) if (CURRENCY.test(unit)) counts.set(unit, (counts.get(unit) ?? 0) + entries.length);
    }
  }
  return [...counts].sort((a, b) => b[1] - a[1] || compare(a[0], b[0]))[0]?.[0];
}
