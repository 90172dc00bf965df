// The taxonomy as data: which entities, segments, measures and metrics exist, their fiscal calendars,
// the units each metric allows, and the words sources use for them.
import type { Diagnostic, Language, Measure, MetricKind } from "../model/types.js";
import type { ParsedDocument } from "../load/parse-document.js";
import { parseFiscalYearEnd, type FiscalCalendar } from "../periods/period.js";
import { ADDITIVE_MEASURES, REQUIRED_FIELDS, type Identity, type OperandSpec } from "../identities/identity.js";

export type Aliases = Record<Language, string[]>;

export interface EntityDefinition {
  id: string;
  /** Position in the taxonomy, for compact in-memory keys (never written out). */
  ordinal: number;
  name: string;
  fiscalYearEnd: FiscalCalendar;
  /**
   * Which calendar year names a fiscal year when the company (and the press after it) writes one:
   * `end` (the default; Apple's fiscal 2025 ends in September 2025, India's FY25 in March 2025) or
   * `start` (Japanese companies: Sony's fiscal 2024 runs April 2024 to March 2025). Period labels
   * (FY2025) always name the year in which the fiscal year ends.
   */
  fiscalYearNamedBy: "start" | "end";
  /** The currency the company reports in, when the taxonomy says. */
  currency?: string;
  /** The company's Central Index Key at the SEC, for a company that files there. */
  cik?: number;
  /** Its ticker symbols. */
  tickers?: string[];
  aliases: Aliases;
}

export interface SegmentDefinition {
  id: string;
  ordinal: number;
  name: string;
  kind: "total" | "reportable" | "product_line" | "business" | "product" | "market" | "group";
  parent?: string;
  entities?: string[];
  /** Markets this segment sells in: a company's share of one of them is this segment's revenue share. */
  markets?: string[];
  aliases: Aliases;
}

export interface MeasureDefinition {
  id: Measure;
  name: string;
  aliases: Aliases;
}

/** When a metric's figure stands: over a period, at its end, at a moment of the market, or timeless. */
export type MetricTiming = "flow" | "balance" | "market" | "spec";
/** Which count of stores a metric is (the taxonomy's `store_count`): all there are, those opened, restaurants opened, the net number added. */
export type StoreCount = "all" | "opened" | "restaurants_opened" | "net_added";

export interface MetricDefinition {
  id: string;
  ordinal: number;
  name: string;
  kind: MetricKind;
  timing: MetricTiming;
  /** The basis a figure has when its words say none: an analyst's figure by nature (a price target) is an estimate. */
  basis: "reported" | "estimate";
  /** What a company decides (capex, job cuts): what it says it will reach is its plan, not its guidance. */
  decided: boolean;
  /** A rate someone sets (a commission rate, a tariff, a stake): "from 17% to 5%" is a change of terms, not a result against a year before. */
  term: boolean;
  /** How far a result came above or below the analysts' estimate (a beat in percent, an EPS surprise): a miss is negative. */
  surprise: boolean;
  /** A figure of this metric is itself a change (capacity added, market value lost, costs saved). */
  change: boolean;
  /** A word for the rate at which the metric named before it changes (收入增速: revenue's growth). */
  changeRate: boolean;
  /** For a change of another metric (a share price's move): that metric, which an amount written with this one's words is. */
  level?: string;
  /** Only ever stated as a level (a count of analysts, a rank): never a change or a share. */
  levelOnly: boolean;
  /** Metrics this one's words are used loosely for (a headline's 利润: operating income, profit attributable). */
  looselyFor: readonly string[];
  /** The metric this one is a narrower form of (profit attributable of net profit): in a story that states this one, that one's bare words mean it. */
  narrows?: string;
  /** For a margin: the amount it is the margin of (ebitda for the EBITDA margin). */
  marginOf?: string;
  /** Better lower (a cost ratio, a bad-loan ratio): a change said to improve it is a fall. */
  lowerIsBetter: boolean;
  /** The metric a business is measured by first (the taxonomy's `top_line`: revenue). */
  topLine: boolean;
  /** The metric a company's earnings are (the taxonomy's `bottom_line`: net income). */
  bottomLine: boolean;
  /** Which count of stores the metric is, when it is one (the taxonomy's `store_count`). */
  storeCount?: StoreCount;
  /** Figures are announcements (the taxonomy's `announced`: job cuts), dated by the article's month where no period is said. */
  announced?: boolean;
  /** Words that make a bare number this count without the metric's own word (the taxonomy's `counted_by`): what is done to what is counted ("cut about 300 jobs"). */
  countedBy?: { verbs: Aliases; things: Aliases };
  /** Derived: the margin of this amount (the metric whose `margin_of` it is). */
  margin?: string;
  /** Derived: the move of this level (the change metric whose `level` it is: a share price's change). */
  move?: string;
  units: string[];
  /** XBRL concepts (`us-gaap:Revenues`, `ifrs-full:Revenue`) that state the metric in SEC filings, in order of precedence. */
  secConcepts?: string[];
  aliases: Aliases;
  /** Words that name the metric's negative ("net cash" for net debt): their figure is the metric's, its sign turned. */
  negatedAliases?: Aliases;
}

export interface Taxonomy {
  entities: Map<string, EntityDefinition>;
  segments: Map<string, SegmentDefinition>;
  measures: Map<Measure, MeasureDefinition>;
  metrics: Map<string, MetricDefinition>;
  identities: Identity[];
  /** The metric marked `top_line` (revenue), if any. */
  topLine?: MetricDefinition;
  /** The metric marked `bottom_line` (net income), if any. */
  bottomLine?: MetricDefinition;
  /** The metrics marked `store_count`, by the count each is. */
  storeCounts: ReadonlyMap<StoreCount, MetricDefinition>;
}

interface RawTaxonomy {
  entities: Record<string, { name: string; fiscal_year_end: string; fiscal_year_named_by?: "start" | "end"; currency?: string; cik?: number; tickers?: string[]; aliases: Aliases }>;
  segments: Record<string, { name: string; kind: SegmentDefinition["kind"]; parent?: string; entities?: string[]; markets?: string[]; aliases: Aliases }>;
  measures: Record<Measure, { name: string; aliases: Aliases }>;
  metrics: Record<string, { name: string; kind: MetricKind; timing?: MetricTiming; basis?: "reported" | "estimate"; decided?: boolean; term?: boolean; surprise?: boolean; change?: boolean; change_rate?: boolean; level?: string; level_only?: boolean; loosely_for?: string[]; narrows?: string; margin_of?: string; lower_is_better?: boolean; top_line?: boolean; bottom_line?: boolean; store_count?: StoreCount; announced?: boolean; counted_by?: { verbs: Aliases; things: Aliases }; units: string[]; sec_concepts?: string[]; aliases: Aliases; negated_aliases?: Aliases }>;
  identities?: Identity[];
}

/** Per taxonomy made from another with no company's name added, the one whose companies' names it has. */
const namesFrom = new WeakMap<Taxonomy, Taxonomy>();

/**
 * The taxonomy whose companies' names this one has: itself, or the one it was made from by adding only
 * what names no company (a company a text tells the calendar of, with no names of its own; parts a text
 * names). What is read off the companies' names alone (their words as a text writes them) is kept per
 * that taxonomy, so a taxonomy made per article does not build it again.
 */
export function companyNamesOf(taxonomy: Taxonomy): Taxonomy {
  return namesFrom.get(taxonomy) ?? taxonomy;
}

/** The taxonomy with other entities or segments, none of the added entities with a name of its own (see companyNamesOf). */
export function withoutNewNames(taxonomy: Taxonomy, changes: Pick<Partial<Taxonomy>, "entities" | "segments">): Taxonomy {
  for (const [id, entity] of changes.entities ?? []) if (!taxonomy.entities.has(id) && Object.values(entity.aliases).some((aliases) => aliases.length > 0)) throw new Error(`entity ${id} added with names of its own`);
  const made = { ...taxonomy, ...changes };
  namesFrom.set(made, companyNamesOf(taxonomy));
  return made;
}

/** Builds the taxonomy from a schema-valid document, checking what a schema cannot: references between items. */
export function buildTaxonomy(document: ParsedDocument): { taxonomy: Taxonomy; diagnostics: Diagnostic[] } {
  const raw = document.data as RawTaxonomy;
  const diagnostics: Diagnostic[] = [];
  const report = (path: (string | number)[], message: string, found: string, expected: string) =>
    diagnostics.push({ file: document.file, ...document.locate(path), path: `/${path.join("/")}`, message, found, expected });

  const entities = new Map<string, EntityDefinition>();
  const ciks = new Map<number, string>();
  // (A name two companies list would file one's figures under the other: each name is one company's, in any case.)
  const named = new Map<string, string>();
  for (const [id, entity] of Object.entries(raw.entities)) {
    if (entity.cik !== undefined) {
      const other = ciks.get(entity.cik);
      if (other !== undefined) report(["entities", id, "cik"], "duplicate CIK", String(entity.cik), `a CIK no other entity has (${other} has it)`);
      else ciks.set(entity.cik, id);
    }
    for (const [language, aliases] of Object.entries(entity.aliases)) {
      aliases.forEach((alias, index) => {
        const other = named.get(alias.toLowerCase());
        if (other !== undefined && other !== id) report(["entities", id, "aliases", language, index], "a name another company has", JSON.stringify(alias), `a name no other entity lists (${other} lists it)`);
        else named.set(alias.toLowerCase(), id);
      });
    }
    const fiscalYearEnd = parseFiscalYearEnd(entity.fiscal_year_end);
    if (!fiscalYearEnd) {
      report(["entities", id, "fiscal_year_end"], "impossible fiscal year end", JSON.stringify(entity.fiscal_year_end), "a real month and day, MM-DD, e.g. 12-31");
      continue;
    }
    entities.set(id, { id, ordinal: entities.size, name: entity.name, fiscalYearEnd, fiscalYearNamedBy: entity.fiscal_year_named_by ?? "end", ...(entity.currency ? { currency: entity.currency } : {}), ...(entity.cik !== undefined ? { cik: entity.cik } : {}), ...(entity.tickers ? { tickers: entity.tickers } : {}), aliases: entity.aliases });
  }
  const segments = new Map<string, SegmentDefinition>();
  for (const [id, segment] of Object.entries(raw.segments)) {
    segments.set(id, { id, ordinal: segments.size, ...segment });
  }
  for (const segment of segments.values()) {
    if (segment.parent !== undefined && !segments.has(segment.parent)) {
      report(["segments", segment.id, "parent"], "unknown parent segment", JSON.stringify(segment.parent), "the id of a segment in this taxonomy");
    }
    segment.entities?.forEach((entity, index) => {
      if (!entities.has(entity)) report(["segments", segment.id, "entities", index], "unknown entity", JSON.stringify(entity), "the id of an entity in this taxonomy");
    });
    segment.markets?.forEach((market, index) => {
      if (segments.get(market)?.kind !== "market") report(["segments", segment.id, "markets", index], "not a market segment", JSON.stringify(market), "the id of a segment of kind `market` in this taxonomy");
    });
  }
  if (!segments.has("total")) report(["segments"], "the taxonomy has no `total` segment", "no `total`", "a segment `total`, the default for facts");
  const measures = new Map<Measure, MeasureDefinition>();
  for (const [id, measure] of Object.entries(raw.measures) as [Measure, RawTaxonomy["measures"][Measure]][]) {
    measures.set(id, { id, ...measure });
  }
  const metrics = new Map<string, MetricDefinition>();
  for (const [id, metric] of Object.entries(raw.metrics)) {
    const { sec_concepts: secConcepts, loosely_for: looselyFor, change_rate: changeRate, level_only: levelOnly, margin_of: marginOf, lower_is_better: lowerIsBetter, top_line: topLine, bottom_line: bottomLine, store_count: storeCount, counted_by: countedBy, negated_aliases: negatedAliases, ...rest } = metric;
    metrics.set(id, { id, ordinal: metrics.size, ...rest, ...(marginOf !== undefined ? { marginOf } : {}), timing: metric.timing ?? "flow", basis: metric.basis ?? "reported", decided: metric.decided ?? false, term: metric.term ?? false, surprise: metric.surprise ?? false, change: metric.change ?? false, changeRate: changeRate ?? false, levelOnly: levelOnly ?? false, lowerIsBetter: lowerIsBetter ?? false, topLine: topLine ?? false, bottomLine: bottomLine ?? false, ...(storeCount !== undefined ? { storeCount } : {}), ...(countedBy !== undefined ? { countedBy } : {}), looselyFor: looselyFor ?? [], ...(secConcepts ? { secConcepts } : {}), ...(negatedAliases ? { negatedAliases } : {}) });
  }
  // A word listed as a metric's negative and as a metric's own word would read one figure two ways.
  const metricOfWord = new Map<string, string>();
  for (const metric of metrics.values()) for (const words of Object.values(metric.aliases)) for (const word of words) metricOfWord.set(word.toLowerCase(), metric.id);
  for (const metric of metrics.values()) {
    for (const [language, words] of Object.entries(metric.negatedAliases ?? {})) {
      words.forEach((word, index) => {
        const other = metricOfWord.get(word.toLowerCase());
        if (other !== undefined) report(["metrics", metric.id, "negated_aliases", language, index], "a word for the metric's negative that is also a metric's word", JSON.stringify(word), `a word no metric lists under aliases (${other} does)`);
      });
    }
  }
  const topLines = [...metrics.values()].filter((metric) => metric.topLine);
  for (const extra of topLines.slice(1)) report(["metrics", extra.id, "top_line"], "a second top-line metric", extra.id, `one top-line metric only (${topLines[0]!.id} is)`);
  const bottomLines = [...metrics.values()].filter((metric) => metric.bottomLine);
  for (const extra of bottomLines.slice(1)) report(["metrics", extra.id, "bottom_line"], "a second bottom-line metric", extra.id, `one bottom-line metric only (${bottomLines[0]!.id} is)`);
  const storeCounts = new Map<StoreCount, MetricDefinition>();
  for (const metric of metrics.values()) {
    if (metric.storeCount === undefined) continue;
    const marked = storeCounts.get(metric.storeCount);
    if (marked) report(["metrics", metric.id, "store_count"], `a second metric marked \`${metric.storeCount}\``, metric.id, `one metric per count of stores (${marked.id} is \`${metric.storeCount}\`)`);
    else storeCounts.set(metric.storeCount, metric);
  }
  for (const metric of metrics.values()) {
    if (metric.level !== undefined && !metrics.has(metric.level)) report(["metrics", metric.id, "level"], "unknown metric", JSON.stringify(metric.level), "a metric id from this taxonomy");
    if (metric.marginOf !== undefined && !metrics.has(metric.marginOf)) report(["metrics", metric.id, "margin_of"], "unknown metric", JSON.stringify(metric.marginOf), "a metric id from this taxonomy");
    if (metric.narrows !== undefined && !metrics.has(metric.narrows)) report(["metrics", metric.id, "narrows"], "unknown metric", JSON.stringify(metric.narrows), "a metric id from this taxonomy");
    metric.looselyFor.forEach((other, index) => {
      if (!metrics.has(other)) report(["metrics", metric.id, "loosely_for", index], "unknown metric", JSON.stringify(other), "a metric id from this taxonomy");
    });
  }
  // The links read from the other side: an amount's margin (EBITDA's EBITDA margin), a level's move (a
  // share price's change), so the extractor asks the metric it has rather than searching for them.
  for (const metric of metrics.values()) {
    const amount = metric.marginOf !== undefined ? metrics.get(metric.marginOf) : undefined;
    if (amount) amount.margin = metric.id;
    const level = metric.level !== undefined && metric.change ? metrics.get(metric.level) : undefined;
    if (level) level.move = metric.id;
  }
  const identities = raw.identities ?? [];
  const seenIdentities = new Set<string>();
  identities.forEach((identity, index) => {
    const at = (field: string) => ["identities", index, field];
    if (seenIdentities.has(identity.id)) report(at("id"), "duplicate identity id", JSON.stringify(identity.id), "an id no other identity uses");
    seenIdentities.add(identity.id);
    const fields = identity as unknown as Record<string, unknown>;
    for (const field of REQUIRED_FIELDS[identity.kind]) {
      if (fields[field] === undefined) report(["identities", index], `identity of kind ${identity.kind} needs \`${field}\``, "nothing", `\`${field}\``);
    }
    // Items of a list are reported where they stand (/identities/0/parts/2), as segments' entities are.
    const checkMetric = (path: (string | number)[], id: unknown) => {
      if (typeof id === "string" && !metrics.has(id)) report(path, "unknown metric", JSON.stringify(id), "a metric id from this taxonomy");
    };
    const checkSegment = (path: (string | number)[], id: unknown) => {
      if (typeof id === "string" && !segments.has(id)) report(path, "unknown segment", JSON.stringify(id), "a segment id from this taxonomy");
    };
    const checkEntity = (path: (string | number)[], id: unknown) => {
      if (typeof id === "string" && !entities.has(id)) report(path, "unknown entity", JSON.stringify(id), "an entity id from this taxonomy");
    };
    // An operand named in full ({ entity, segment, metric, measure, of }): each id it gives must exist.
    const checkOperand = (path: (string | number)[], name: unknown, bare: "metric" | "segment") => {
      if (typeof name === "string") return bare === "metric" ? checkMetric(path, name) : checkSegment(path, name);
      if (typeof name !== "object" || name === null) return;
      const spec = name as OperandSpec;
      checkEntity([...path, "entity"], spec.entity);
      checkSegment([...path, "segment"], spec.segment);
      checkMetric([...path, "metric"], spec.metric);
      if (identity.kind === "ratio" && spec.metric === undefined) report(path, "a ratio's operand named in full needs `metric`", "no `metric`", "the operand's `metric`");
      if (identity.kind === "sum" && spec.measure !== undefined && !ADDITIVE_MEASURES.includes(spec.measure)) report([...path, "measure"], "a measure that does not add up", JSON.stringify(spec.measure), `one of ${ADDITIVE_MEASURES.join(", ")}`);
    };
    for (const field of ["result", "numerator", "denominator"]) checkOperand(at(field), fields[field], "metric");
    checkMetric(at("metric"), fields.metric);
    checkOperand(at("total"), fields.total, "segment");
    ((fields.parts as unknown[] | undefined) ?? []).forEach((part, item) => checkOperand([...at("parts"), item], part, "segment"));
    if (identity.kind === "sum" && identity.measure !== undefined && !ADDITIVE_MEASURES.includes(identity.measure)) report(at("measure"), "a measure that does not add up", JSON.stringify(identity.measure), `one of ${ADDITIVE_MEASURES.join(", ")}`);
    ((fields.metrics as unknown[] | undefined) ?? []).forEach((metric, item) => checkMetric([...at("metrics"), item], metric));
    (identity.entities ?? []).forEach((entity, item) => checkEntity([...at("entities"), item], entity));
  });
  return { taxonomy: { entities, segments, measures, metrics, identities, storeCounts, ...(topLines[0] ? { topLine: topLines[0] } : {}), ...(bottomLines[0] ? { bottomLine: bottomLines[0] } : {}) }, diagnostics };
}
