// Loading: fact files' text → a FactBase of normalised facts with positions, plus a diagnostic for
// every problem in every file. One broken file never hides the others; nothing here touches the disk.
import type { Basis, Diagnostic, Fact, FactBase, Measure, NumericValue, Period, Qualifier, Source } from "../model/types.js";
import { halfStepOf, parseWrittenNumber, scaleExponent } from "../numbers/written-number.js";
import { compareExact, scaleExact } from "../numbers/exact.js";
import { isCalendarDate } from "../periods/days.js";
import { parsePeriod, periodId } from "../periods/period.js";
import { compactKey } from "../reconcile/fact-key.js";
import { existingSubtree, subtree, type MapTree } from "../model/map-tree.js";
import { buildTaxonomy, type Taxonomy } from "../taxonomy/taxonomy.js";
import { takesScale, unitFits, unitsFor } from "../taxonomy/units.js";
import { parseDocument, type ParsedDocument, type ParseResult } from "./parse-document.js";
import { closestName, describeValue, validateAgainstSchema } from "./schemas.js";

export interface InputFile {
  /** Path as the user should see it in diagnostics (relative to the working folder). */
  file: string;
  text: string;
}

export interface TaxonomyResult {
  taxonomy?: Taxonomy;
  diagnostics: Diagnostic[];
}

/**
 * Parses, checks and builds the taxonomy. The CLI passes its parse cache's `parse`, so the taxonomy,
 * the largest YAML file of a fact base, is parsed once and then read back by content hash like the
 * fact files.
 */
export function loadTaxonomy(input: InputFile, parse: Parse = parseDocument): TaxonomyResult {
  const parsed = parse(input.file, input.text);
  if (!parsed.ok) return { diagnostics: parsed.diagnostics };
  const schemaDiagnostics = validateAgainstSchema("taxonomy", parsed.document);
  if (schemaDiagnostics.length > 0) return { diagnostics: schemaDiagnostics };
  const { taxonomy, diagnostics } = buildTaxonomy(parsed.document);
  return diagnostics.length > 0 ? { diagnostics } : { taxonomy, diagnostics };
}

export interface LoadResult {
  factBase: FactBase;
  diagnostics: Diagnostic[];
}

interface RawFact {
  entity?: string;
  segment?: string;
  metric: string;
  measure?: Measure;
  of?: string;
  period?: string;
  value: string;
  value_high?: string;
  scale?: string;
  unit?: string;
  precision?: string;
  qualifier?: Qualifier;
  basis?: Basis;
  quote: string;
  note?: string;
  filing?: string;
  superseded_by?: string;
}

interface RawFactFile {
  source: Omit<Source, "position">;
  defaults?: Partial<Pick<RawFact, "entity" | "segment" | "period" | "basis" | "unit" | "scale">>;
  facts: RawFact[];
}

const CURRENCIES = new Set(Intl.supportedValuesOf("currency"));

/** How a file's text becomes a document; the CLI passes one that remembers parsed YAML by content hash. */
export type Parse = (file: string, text: string) => ParseResult;

/** Loads fact files in path order, so fact indexes and every output derived from them are stable. */
export function loadFactFiles(inputs: readonly InputFile[], taxonomy: Taxonomy, parse: Parse = parseDocument): LoadResult {
  const sorted = [...inputs].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  const diagnostics: Diagnostic[] = [];
  const sources: Source[] = [];
  const facts: Fact[] = [];
  const sourceFiles = new Map<string, string>();
  const resolvedKeys: ResolvedKeys = new Map();
  const parsedValues: MapTree = new Map();
  for (const input of sorted) {
    const parsed = parse(input.file, input.text);
    if (!parsed.ok) {
      diagnostics.push(...parsed.diagnostics);
      continue;
    }
    const fileDiagnostics = loadFactFile(parsed.document, taxonomy, sourceFiles, sources, facts, resolvedKeys, parsedValues);
    diagnostics.push(...fileDiagnostics);
  }
  return { factBase: { sources, facts, files: sorted.map((input) => input.file) }, diagnostics };
}

/**
 * The fact base with the facts of files loaded apart (a draft being checked) added where their file
 * names sort, as one loadFactFiles over every file would have read them, facts renumbered in that
 * order. `added` was loaded with the same taxonomy or one that only adds to it; the fact base's files
 * are not read or parsed again.
 */
export function withFactFiles(base: FactBase, added: FactBase): FactBase {
  const files = [...base.files, ...added.files].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const order = new Map(files.map((file, at) => [file, at]));
  const byFile = <T>(items: readonly T[], fileOf: (item: T) => string): T[] => items.map((item, at) => ({ item, at, file: order.get(fileOf(item)) ?? files.length })).sort((a, b) => a.file - b.file || a.at - b.at).map(({ item }) => item);
  const facts = byFile([...base.facts, ...added.facts], (fact) => fact.position.file);
  facts.forEach((fact, index) => (fact.index = index));
  return { sources: byFile([...base.sources, ...added.sources], (source) => source.position.file), facts, files };
}

function loadFactFile(
  document: ParsedDocument,
  taxonomy: Taxonomy,
  sourceFiles: Map<string, string>,
  sources: Source[],
  facts: Fact[],
  resolvedKeys: ResolvedKeys,
  parsedValues: MapTree,
): Diagnostic[] {
  const diagnostics = validateAgainstSchema("fact-file", document);
  const brokenFacts = new Set<number>();
  let brokenHeader = false;
  for (const diagnostic of diagnostics) {
    const match = /^\/facts\/(\d+)/.exec(diagnostic.path);
    if (match) brokenFacts.add(Number(match[1]));
    else brokenHeader = true;
  }
  // With a broken source or defaults block no fact can be resolved; the schema errors say what to fix.
  if (brokenHeader) return diagnostics;
  const raw = document.data as RawFactFile;
  const report = (path: (string | number)[], message: string, found: string, expected: string, key?: string) =>
    diagnostics.push({ file: document.file, ...document.locate(path, key), path: `/${path.join("/")}`, message, found, expected });

  const firstFile = sourceFiles.get(raw.source.id);
  if (firstFile !== undefined) {
    report(["source", "id"], "duplicate source id", JSON.stringify(raw.source.id), `an id no other file uses (${firstFile} already has it)`);
    return diagnostics;
  }
  sourceFiles.set(raw.source.id, document.file);
  const defaults = raw.defaults ?? {};
  const defaultsOk = checkDefaults(defaults, taxonomy, report);
  if (!defaultsOk) return diagnostics;
  sources.push({ ...raw.source, position: { file: document.file, ...document.locate(["source"]) } });

  const context: FactContext = { document, sourceId: raw.source.id, diagnostics, defaults, taxonomy, resolvedKeys, parsedValues };
  const rawFacts = raw.facts;
  for (let index = 0; index < rawFacts.length; index++) {
    if (brokenFacts.has(index)) continue;
    const fact = buildFact(rawFacts[index]!, index, facts.length, context);
    if (fact) facts.push(fact);
  }
  return diagnostics;
}

type Report = (path: (string | number)[], message: string, found: string, expected: string, key?: string) => void;

/** What every fact of one file shares while it is built. */
interface FactContext {
  document: ParsedDocument;
  sourceId: string;
  diagnostics: Diagnostic[];
  defaults: NonNullable<RawFactFile["defaults"]>;
  taxonomy: Taxonomy;
  /** Key fields already resolved in this load (see resolveKeyOnce). */
  resolvedKeys: ResolvedKeys;
  /**
   * Plain values (no range, no precision) already parsed in this load, by scale word (undefined: none,
   * which is not the same as an empty word) and then written form: most values repeat ("10" percent,
   * the same level in many articles), and the facts share the (never modified) parsed value.
   */
  parsedValues: MapTree;
}

/** Records a problem with fact `index` (at `property` when given). */
function problem(context: FactContext, index: number, property: string | undefined, message: string, found: string, expected: string): void {
  const path = property === undefined ? ["facts", index] : ["facts", index, property];
  context.diagnostics.push({ file: context.document.file, ...context.document.locate(path), path: `/${path.join("/")}`, message, found, expected });
}

/** A problem with a fact, before it has a position. */
interface FactProblem {
  property: string | undefined;
  message: string;
  found: string;
  expected: string;
}

/** What a fact's key fields resolve to: the taxonomy's entries and the group key, or what is wrong. */
type ResolvedKey =
  | { ok: true; entity: string; segment: string; metric: string; period: Period; groupKey: string }
  | { ok: false; problems: FactProblem[] };

/** The fields that decide a fact's key, after defaults: every fact with the same ones resolves alike. */
interface KeyFields {
  entityId: string | undefined;
  segmentId: string;
  metricId: string;
  measure: Measure;
  of: string | undefined;
  periodLabel: string | undefined;
  /** Whether the period came from the fact itself (a problem with it then points at the fact's `period`). */
  periodOnFact: boolean;
  unit: string | undefined;
  scale: string | undefined;
}

/**
 * Resolves the key fields against the taxonomy. A fact base repeats a few thousand combinations across
 * a million facts, so each is resolved once per load (see resolveKeyOnce); the result holds no position.
 */
function resolveKey(fields: KeyFields, taxonomy: Taxonomy): ResolvedKey {
  const problems: FactProblem[] = [];
  const fail = (property: string | undefined, message: string, found: string, expected: string) => problems.push({ property, message, found, expected });
  const { entityId, segmentId, metricId, measure, of, periodLabel, unit, scale } = fields;

  const entity = entityId === undefined ? undefined : taxonomy.entities.get(entityId);
  if (entityId === undefined) fail(undefined, "the fact has no entity", "no `entity` on the fact or in `defaults`", "an entity id, e.g. AMZN");
  else if (!entity) fail("entity", "unknown entity", JSON.stringify(entityId), expectedId("an entity", entityId, taxonomy.entities.keys()));

  const segment = taxonomy.segments.get(segmentId);
  if (!segment) fail("segment", "unknown segment", JSON.stringify(segmentId), expectedId("a segment", segmentId, taxonomy.segments.keys()));
  else if (entity && segment.entities && !segment.entities.includes(entity.id)) {
    fail("segment", `segment \`${segmentId}\` does not belong to entity \`${entity.id}\``, JSON.stringify(segmentId), `a segment of ${entity.id} (this one is for ${segment.entities.join(", ")})`);
  }

  const metric = taxonomy.metrics.get(metricId);
  if (!metric) fail("metric", "unknown metric", JSON.stringify(metricId), expectedId("a metric", metricId, taxonomy.metrics.keys()));

  if (of === undefined && (measure === "share" || measure === "multiple")) {
    fail(undefined, `measure ${measure} needs \`of\``, "no `of`", "`of` naming the total or comparator, e.g. AMZN/total or MARKET/public_cloud");
  } else if (of?.includes("/")) {
    const [ofEntity, ofSegment] = of.split("/") as [string, string];
    if (!taxonomy.entities.has(ofEntity)) fail("of", "unknown entity in `of`", JSON.stringify(of), expectedId("an entity", ofEntity, taxonomy.entities.keys()));
    else if (!taxonomy.segments.has(ofSegment)) fail("of", "unknown segment in `of`", JSON.stringify(of), expectedId("a segment", ofSegment, taxonomy.segments.keys()));
  }

  let period: Period | undefined;
  if (periodLabel === undefined) fail(undefined, "the fact has no period", "no `period` on the fact or in `defaults`", "a period, e.g. 2025-Q4 or FY2025");
  else {
    const result = parsePeriod(periodLabel, entity?.fiscalYearEnd);
    if (result.ok) period = result.period;
    else fail(fields.periodOnFact ? "period" : undefined, "impossible or unreadable period", JSON.stringify(periodLabel), result.expected);
  }
  if (measure === "cagr" && period && period.kind !== "span" && period.kind !== "ttm") {
    fail("period", "a CAGR needs a span of periods", JSON.stringify(period.label), "a span such as FY2016..FY2026");
  }

  if (unit === undefined) fail(undefined, "the fact has no unit", "no `unit` on the fact or in `defaults`", "a unit: USD, percent, bp, pp, count, GW, multiple, date, ...");
  else if (metric) {
    const expected = unitsFor(metric, measure);
    if (!unitFits(unit, expected)) fail("unit", `unit does not fit metric \`${metric.id}\` with measure ${measure}`, JSON.stringify(unit), describeUnits(expected));
    if (/^[A-Z]{3}$/.test(unit) && !CURRENCIES.has(unit)) fail("unit", "unknown currency", JSON.stringify(unit), "an ISO 4217 currency code such as USD, CNY, EUR");
  }
  if (scale !== undefined && unit !== undefined && !takesScale(unit)) {
    fail("scale", `a scale does not fit unit ${unit}`, JSON.stringify(scale), "no scale");
  }

  if (problems.length > 0 || !entity || !segment || !metric || !period || unit === undefined) return { ok: false, problems };
  return { ok: true, entity: entity.id, segment: segment.id, metric: metric.id, period, groupKey: compactKey(entity.ordinal, segment.ordinal, metric.ordinal, measure, of, periodId(period.key), unit) };
}

/** Resolved keys by their fields, in a map tree (see model/map-tree.ts). */
type ResolvedKeys = MapTree;

/** resolveKey, remembered per combination of key fields for the length of one load. */
function resolveKeyOnce(fields: KeyFields, context: FactContext): ResolvedKey {
  const { entityId, segmentId, metricId, measure, of, unit, scale, periodOnFact, periodLabel } = fields;
  // Unrolled: this runs once per fact, and a loop over an array of the fields would allocate one.
  const level = subtree(subtree(subtree(subtree(subtree(subtree(subtree(subtree(context.resolvedKeys, entityId), segmentId), metricId), measure), of), unit), scale), periodOnFact);
  let resolved = level.get(periodLabel) as ResolvedKey | undefined;
  if (!resolved) level.set(periodLabel, (resolved = resolveKey(fields, context.taxonomy)));
  return resolved;
}

function checkDefaults(defaults: RawFactFile["defaults"] & object, taxonomy: Taxonomy, report: Report): boolean {
  let ok = true;
  if (defaults.entity !== undefined && !taxonomy.entities.has(defaults.entity)) {
    report(["defaults", "entity"], "unknown entity", JSON.stringify(defaults.entity), expectedId("an entity", defaults.entity, taxonomy.entities.keys()));
    ok = false;
  }
  if (defaults.segment !== undefined && !taxonomy.segments.has(defaults.segment)) {
    report(["defaults", "segment"], "unknown segment", JSON.stringify(defaults.segment), expectedId("a segment", defaults.segment, taxonomy.segments.keys()));
    ok = false;
  }
  return ok;
}

function expectedId(what: string, found: string, known: Iterable<string>): string {
  const suggestion = closestName(found, [...known]);
  return `${what} id from the taxonomy${suggestion ? ` (did you mean \`${suggestion}\`?)` : ""}`;
}

/** Resolves one fact against defaults and taxonomy; reports and returns undefined when it cannot be used. */
function buildFact(raw: RawFact, index: number, factIndex: number, context: FactContext): Fact | undefined {
  const { defaults } = context;
  const problemsBefore = context.diagnostics.length;
  const fail = (property: string | undefined, message: string, found: string, expected: string) => problem(context, index, property, message, found, expected);
  const unit = raw.unit ?? defaults.unit;
  const scale = raw.scale ?? defaults.scale;
  const measure: Measure = raw.measure ?? "level";
  const basis: Basis = raw.basis ?? defaults.basis ?? "reported";
  const qualifier: Qualifier = raw.qualifier ?? "exact";
  const key = resolveKeyOnce(
    {
      entityId: raw.entity ?? defaults.entity,
      segmentId: raw.segment ?? defaults.segment ?? "total",
      metricId: raw.metric,
      measure,
      of: raw.of,
      periodLabel: raw.period ?? defaults.period,
      periodOnFact: raw.period !== undefined,
      unit,
      scale,
    },
    context,
  );
  if (!key.ok) for (const found of key.problems) fail(found.property, found.message, found.found, found.expected);

  let parsed: Fact["parsed"] | undefined;
  const plain = unit !== "date" && raw.value_high === undefined && raw.precision === undefined;
  const common = plain ? (existingSubtree(context.parsedValues, scale)?.get(raw.value) as NumericValue | undefined) : undefined;
  if (common) parsed = common;
  else if (unit === "date") {
    if (!isCalendarDate(raw.value)) fail("value", "not a real date", JSON.stringify(raw.value), "a date YYYY-MM-DD, e.g. 2025-12-02");
    else if (raw.value_high !== undefined) fail("value_high", "a date fact cannot be a range", JSON.stringify(raw.value_high), "no value_high");
    else parsed = { kind: "date", date: raw.value };
  } else {
    const low = parseWrittenNumber(raw.value);
    const high = raw.value_high === undefined ? undefined : parseWrittenNumber(raw.value_high);
    const exponent = scaleExponent(scale);
    const precision = raw.precision === undefined ? undefined : parseWrittenNumber(raw.precision)?.value;
    if (!low) fail("value", "value is not a number as written", describeValue(raw.value), 'a decimal string as written, e.g. "1,271", "1270.83" or "-27", ASCII digits, at most 40 digits');
    else if (raw.value_high !== undefined && high === undefined) fail("value_high", "value_high is not a number as written", describeValue(raw.value_high), 'a decimal string as written, e.g. "1,785"');
    else if (high && compareExact(high.value, low.value) < 0) fail("value_high", "range low exceeds its high", `${raw.value} to ${raw.value_high}`, `a high of at least ${raw.value}`);
    else if (precision !== undefined && precision.n <= 0n) fail("precision", "precision must be positive", JSON.stringify(raw.precision), 'a positive decimal, e.g. "10"');
    else if (exponent !== undefined) {
      const decimals = high ? Math.max(low.decimals, high.decimals) : low.decimals;
      parsed = {
        kind: "number",
        value: scaleExact(low.value, exponent),
        high: high ? scaleExact(high.value, exponent) : undefined,
        halfStep: halfStepOf(decimals, exponent, precision),
      };
      if (plain) subtree(context.parsedValues, scale).set(raw.value, parsed);
    }
  }

  if (context.diagnostics.length > problemsBefore || !key.ok || !parsed || unit === undefined) return undefined;
  // Every fact has every property (absent ones undefined), so all facts share one shape: the rules
  // read a million of them, and property access on objects of one shape stays fast.
  return {
    index: factIndex,
    sourceId: context.sourceId,
    entity: key.entity,
    segment: key.segment,
    metric: key.metric,
    measure,
    of: raw.of,
    period: key.period,
    basis,
    qualifier,
    written: { value: raw.value, valueHigh: raw.value_high, scale, unit },
    unit,
    parsed,
    quote: raw.quote,
    note: raw.note,
    filing: raw.filing,
    supersededBy: raw.superseded_by,
    position: positionOf(context.document, index),
    groupKey: key.groupKey,
  };
}

function positionOf(document: ParsedDocument, index: number): Fact["position"] {
  const { line, column } = document.locateFact ? document.locateFact(index) : document.locate(["facts", index]);
  return { file: document.file, line, column };
}


function describeUnits(units: string[]): string {
  return `one of ${units.map((unit) => (unit === "currency" ? "a currency code (USD, CNY, ...)" : unit)).join(", ")}`;
}

