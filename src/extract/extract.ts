// The extractor: article text in, proposed facts out. Pure (no I/O) and linear in the text: figures,
// taxonomy words, cues and period words are each found in one pass, and every figure then looks back
// over its own sentence only (sentences are capped in length), so no input can make it slow; it
// never throws on text, whatever Unicode it holds.
import type { Basis, Language, Measure, Qualifier } from "../model/types.js";
import type { MetricDefinition, SegmentDefinition, Taxonomy } from "../taxonomy/taxonomy.js";
import { cues, type Cue } from "./cues.js";
import { findFigures, type Figure } from "./figures.js";
import { splitFrontMatter, type ArticleHeader } from "./front-matter.js";
import { asciiLower, Lexicon, type TermMatch } from "./lexicon.js";
import { normaliseText } from "./normalise.js";
import { findPeriods, lastReportedQuarter, resolvePeriod, type PeriodContext, type PeriodMatch } from "./periods.js";

export interface ExtractOptions {
  /** The article's date (YYYY-MM-DD), for 今年/去年/第四季度; overrides the front matter's. */
  date?: string;
  /** The entity figures belong to when the text names none; default: the entity the text names most. */
  entity?: string;
}

export interface ProposedFact {
  entity: string;
  segment: string;
  metric: string;
  measure: Measure;
  of?: string;
  period: string;
  basis: Basis;
  qualifier: Qualifier;
  /** As written: ASCII digits, thousands commas kept, "-" for a loss or a fall. */
  value: string;
  valueHigh?: string;
  scale?: string;
  unit: string;
  /** The clause holding the figure, word for word from the original text, at most 80 characters. */
  quote: string;
  /** 1-based line and column of the figure in the original text. */
  line: number;
  column: number;
}

export interface SkippedFigure {
  line: number;
  column: number;
  text: string;
  reason: string;
}

export interface Extraction {
  header: ArticleHeader & { language: Language };
  /** The date relative periods were resolved against. */
  date?: string;
  entity: string;
  facts: ProposedFact[];
  skipped: SkippedFigure[];
}

type Term =
  | { kind: "metric"; id: string; loss: boolean }
  | { kind: "segment"; id: string }
  | { kind: "entity"; id: string }
  | { kind: "measure"; id: Measure };

const termLexicons = new WeakMap<Taxonomy, Lexicon<Term>>();

function termLexicon(taxonomy: Taxonomy): Lexicon<Term> {
  let lexicon = termLexicons.get(taxonomy);
  if (lexicon) return lexicon;
  lexicon = new Lexicon<Term>();
  const all = (aliases: Record<string, string[]>) => Object.values(aliases).flat();
  for (const entity of taxonomy.entities.values()) for (const alias of all(entity.aliases)) lexicon.add(alias, { kind: "entity", id: entity.id });
  for (const segment of taxonomy.segments.values()) {
    if (segment.id === "total") continue;
    for (const alias of all(segment.aliases)) lexicon.add(alias, { kind: "segment", id: segment.id });
  }
  for (const measure of taxonomy.measures.values()) {
    if (measure.id === "level" || measure.id === "multiple") continue;
    for (const alias of all(measure.aliases)) lexicon.add(alias, { kind: "measure", id: measure.id });
  }
  for (const metric of taxonomy.metrics.values()) {
    for (const alias of all(metric.aliases)) lexicon.add(alias, { kind: "metric", id: metric.id, loss: /亏损|虧損|loss/i.test(alias) });
  }
  termLexicons.set(taxonomy, lexicon);
  return lexicon;
}

/** Metrics whose figures are a state at a moment: without a stated period they are put at the article's date. */
const INSTANT_METRICS = new Set(["market_cap", "stock_price", "price_target", "valuation", "analyst_count", "analysts_strong_buy", "analysts_moderate_buy", "analysts_hold", "upside"]);
const PERCENT_MEASURES: ReadonlySet<Measure> = new Set(["yoy", "qoq", "cagr", "share"]);
const CHANGE_MEASURES: ReadonlySet<Measure> = new Set(["yoy", "qoq", "yoy_abs", "qoq_abs", "cagr"]);
const FALL_METRICS = new Set(["stock_price_change", "market_cap_change"]);
const MAX_SENTENCE = 400;
const MAX_QUOTE = 80;

const SENTENCE_END = new Set(["。", "！", "？", "!", "?", "\n", "\r"]);
const CLAUSE_END = new Set(["，", "；", ";", "：", ":", "、", "，"]);

/** Sentence and clause starts, in order. */
function boundaries(text: string): { sentences: number[]; clauses: number[] } {
  const sentences = [0];
  const clauses = [0];
  let last = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    let sentence = SENTENCE_END.has(c);
    if (c === "." && (text[i + 1] === " " || text[i + 1] === "\n" || i + 1 === text.length) && !/^[A-Z]$/.test(text[i - 1] ?? "")) sentence = true;
    if (!sentence && i - last >= MAX_SENTENCE) sentence = true;
    if (sentence) {
      sentences.push(i + 1);
      clauses.push(i + 1);
      last = i + 1;
    } else if (CLAUSE_END.has(c) || (c === "," && !(/\d/.test(text[i - 1] ?? "") && /\d/.test(text[i + 1] ?? "")))) clauses.push(i + 1);
  }
  return { sentences, clauses };
}

/** The range [start, end) of the span (sentence or clause) holding `at`. */
function spanOf(starts: number[], at: number, length: number): [number, number] {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (starts[mid]! <= at) low = mid;
    else high = mid - 1;
  }
  return [starts[low]!, starts[low + 1] ?? length];
}

/** Index of the first match starting at or after `at`. */
function firstFrom<T extends { start: number }>(list: readonly T[], at: number): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (list[mid]!.start < at) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** Matches wholly inside [from, to), nearest `to` first. */
function* backwards<T extends { start: number; end: number }>(list: readonly T[], from: number, to: number): Generator<T> {
  for (let i = firstFrom(list, to) - 1; i >= 0 && list[i]!.start >= from; i--) if (list[i]!.end <= to) yield list[i]!;
}

/** Matches starting inside [from, to), in order. */
function* forwards<T extends { start: number }>(list: readonly T[], from: number, to: number): Generator<T> {
  for (let i = firstFrom(list, from); i < list.length && list[i]!.start < to; i++) yield list[i]!;
}

function detectLanguage(original: string, normalised: string): Language {
  let cjk = 0;
  let changed = 0;
  const limit = Math.min(original.length, 20_000);
  for (let i = 0; i < limit; i++) {
    const code = original.charCodeAt(i);
    if (code >= 0x4e00 && code <= 0x9fff) {
      cjk++;
      if (original[i] !== normalised[i]) changed++;
    }
  }
  if (cjk < 10) return "en";
  return changed / cjk > 0.02 ? "zh-Hant" : "zh-Hans";
}

function unitsFor(metric: MetricDefinition, measure: Measure): string[] {
  if (PERCENT_MEASURES.has(measure)) return ["percent"];
  if (measure === "multiple") return ["multiple"];
  if (measure === "yoy_abs" || measure === "qoq_abs") return ["bp", "pp", ...metric.units.filter((unit) => unit !== "percent")];
  return metric.units;
}

function unitFits(unit: string, allowed: string[]): boolean {
  return allowed.includes(unit) || (allowed.includes("currency") && /^[A-Z]{3}$/.test(unit));
}

interface Context {
  original: string;
  text: string;
  lower: string;
  taxonomy: Taxonomy;
  terms: TermMatch<Term>[];
  cueMatches: TermMatch<Cue>[];
  periods: PeriodMatch[];
  figures: Figure[];
  sentences: number[];
  clauses: number[];
  lineStarts: number[];
  periodContext: PeriodContext;
  defaultPeriod?: string;
  entity: string;
}

export function extractFacts(articleText: string, taxonomy: Taxonomy, options: ExtractOptions = {}): Extraction {
  const { header, body } = splitFrontMatter(articleText);
  const text = normaliseText(body);
  const lower = asciiLower(text);
  const language = header.language ?? detectLanguage(body, text);
  const date = options.date ?? header.date;
  const figures = findFigures(text);
  const allPeriods = findPeriods(lower);
  // A period word inside a figure ("2025 亿") is the figure's, not a period.
  const periods = allPeriods.filter((period) => {
    const at = firstFrom(figures, period.start);
    const previous = figures[at - 1];
    const next = figures[at];
    return !(previous && previous.end > period.start) && !(next && next.start < period.end);
  });
  const terms = termLexicon(taxonomy).matchAll(lower);
  const entity = options.entity ?? mostNamedEntity(terms, taxonomy);
  const periodContext: PeriodContext = { ...(date ? { date } : {}) };
  if (date) periodContext.quarter = lastReportedQuarter(date);
  else {
    const first = periods.find((period) => period.cue.kind === "quarter" && period.cue.year !== undefined);
    if (first && first.cue.kind === "quarter") periodContext.quarter = { year: first.cue.year!, quarter: first.cue.quarter };
  }
  const { sentences, clauses } = boundaries(text);
  const lineStarts = [0];
  for (let i = 0; i < body.length; i++) if (body[i] === "\n") lineStarts.push(i + 1);
  const context: Context = {
    original: body,
    text,
    lower,
    taxonomy,
    terms,
    cueMatches: cues().matchAll(lower),
    periods,
    figures,
    sentences,
    clauses,
    lineStarts,
    periodContext,
    ...(periodContext.quarter ? { defaultPeriod: `${periodContext.quarter.year}-Q${periodContext.quarter.quarter}` } : {}),
    entity,
  };
  const facts: ProposedFact[] = [];
  const skipped: SkippedFigure[] = [];
  figures.forEach((figure, index) => {
    const result = bindFigure(context, figure, index);
    if ("reason" in result) skipped.push(result);
    else facts.push(result);
  });
  return { header: { ...header, language }, ...(date ? { date } : {}), entity, facts, skipped };
}

function mostNamedEntity(terms: TermMatch<Term>[], taxonomy: Taxonomy): string {
  const counts = new Map<string, number>();
  for (const match of terms) {
    for (const term of match.entries) {
      const id = term.kind === "entity" ? term.id : term.kind === "segment" ? taxonomy.segments.get(term.id)?.entities?.[0] : undefined;
      if (id !== undefined && id !== "MARKET") counts.set(id, (counts.get(id) ?? 0) + 1);
    }
  }
  let best: string | undefined;
  for (const [id, count] of counts) if (best === undefined || count > counts.get(best)!) best = id;
  return best ?? taxonomy.entities.keys().next().value ?? "AMZN";
}

function position(context: Context, at: number): { line: number; column: number } {
  const starts = context.lineStarts;
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (starts[mid]! <= at) low = mid;
    else high = mid - 1;
  }
  return { line: low + 1, column: at - starts[low]! + 1 };
}

function firstOf<T extends Term["kind"]>(match: TermMatch<Term>, kind: T): Extract<Term, { kind: T }> | undefined {
  return match.entries.find((term): term is Extract<Term, { kind: T }> => term.kind === kind);
}

function bindFigure(context: Context, figure: Figure, index: number): ProposedFact | SkippedFigure {
  const { taxonomy, text } = context;
  const [s0, s1] = spanOf(context.sentences, figure.numberStart, text.length);
  const [c0, c1] = spanOf(context.clauses, figure.numberStart, text.length);
  const previousEnd = Math.max(c0, context.figures[index - 1]?.end ?? 0);
  const nextStart = Math.min(c1, context.figures[index + 1]?.start ?? text.length);
  const at = position(context, figure.start);
  const written = context.original.slice(figure.start, figure.end);
  const skip = (reason: string): SkippedFigure => ({ ...at, text: written, reason });

  // Measure cues in the clause before the figure.
  let measureCue: Measure | undefined;
  for (const match of backwards(context.terms, c0, figure.start)) {
    const measure = firstOf(match, "measure");
    if (measure) {
      measureCue = measure.id;
      break;
    }
  }
  const clauseCues = [...backwards(context.cueMatches, c0, figure.start)];
  const nearest = (kinds: Cue["kind"][]) => clauseCues.find((match) => match.entries.some((cue) => kinds.includes(cue.kind)));
  const decline = nearest(["decline", "growth"])?.entries.some((cue) => cue.kind === "decline") ?? false;
  const growth = nearest(["growth", "decline"]) !== undefined;
  const shareCue = nearest(["share"]) !== undefined;

  const measureFor = (metric: MetricDefinition): Measure => {
    switch (figure.unitKind) {
      case "percent":
        if (measureCue && PERCENT_MEASURES.has(measureCue)) return measureCue;
        if (measureCue === "yoy_abs") return "yoy";
        if (measureCue === "qoq_abs") return "qoq";
        if (metric.units.includes("percent")) return "level";
        if (shareCue) return "share";
        return growth ? "yoy" : "yoy";
      case "bp":
      case "pp":
        if (metric.units.includes(figure.unit!)) return "level";
        return measureCue === "qoq" || measureCue === "qoq_abs" ? "qoq_abs" : "yoy_abs";
      case "multiple":
        return metric.units.includes("multiple") ? "level" : "multiple";
      default:
        return measureCue === "yoy_abs" || measureCue === "qoq_abs" ? measureCue : "level";
    }
  };
  const unitFor = (metric: MetricDefinition): string | undefined => {
    if (figure.unit !== undefined) return figure.unit;
    if (metric.units.includes("currency")) return "USD";
    if (metric.units.includes("count")) return "count";
    return undefined;
  };
  const fits = (metric: MetricDefinition): boolean => {
    const unit = unitFor(metric);
    if (unit === undefined) return false;
    if (figure.unitKind === "count" && figure.unit === "count" && !metric.units.includes("count")) return false;
    return unitFits(unit, unitsFor(metric, measureFor(metric)));
  };

  // Metric: a word right after the figure ("140万颗", "3亿客户"), else the nearest before it in the
  // sentence, else one after it in the clause; the first whose units fit the figure.
  let metricMatch: TermMatch<Term> | undefined;
  let metric: MetricDefinition | undefined;
  const consider = (match: TermMatch<Term>): boolean => {
    const term = firstOf(match, "metric");
    const definition = term ? taxonomy.metrics.get(term.id) : undefined;
    if (definition && fits(definition)) {
      metricMatch = match;
      metric = definition;
      return true;
    }
    return false;
  };
  for (const match of forwards(context.terms, figure.numberEnd, Math.min(nextStart, figure.end + 2))) if (consider(match)) break;
  if (!metric) for (const match of backwards(context.terms, s0, figure.start)) if (consider(match)) break;
  if (!metric) for (const match of forwards(context.terms, figure.end, nextStart)) if (consider(match)) break;
  if (!metric) return skip("no metric word fits this figure in its sentence");
  const measure = measureFor(metric);
  const unit = unitFor(metric)!;

  // Segment: the nearest before the figure in its clause, else one after it in the clause, else the
  // nearest before it in the sentence (segments carry across clauses).
  let segment: SegmentDefinition | undefined;
  let segmentAt = -1;
  let marketSegment: SegmentDefinition | undefined;
  const takeSegment = (match: TermMatch<Term>, allowMarket: boolean): boolean => {
    const term = firstOf(match, "segment");
    if (!term) return false;
    const definition = taxonomy.segments.get(term.id)!;
    if (allowMarket && measure === "share" && definition.entities?.length === 1 && definition.entities[0] === "MARKET") {
      marketSegment ??= definition;
      return false;
    }
    segment = definition;
    segmentAt = match.start;
    return true;
  };
  for (const match of backwards(context.terms, c0, figure.start)) if (takeSegment(match, true)) break;
  if (!segment) for (const match of forwards(context.terms, figure.end, nextStart)) if (takeSegment(match, false)) break;
  if (!segment) for (const match of backwards(context.terms, s0, c0)) if (takeSegment(match, true)) break;
  // Entity: the segment's own, else the nearest named before the figure, else the article's.
  let entity = context.entity;
  let entityAt = -1;
  for (const match of backwards(context.terms, s0, figure.start)) {
    const term = firstOf(match, "entity");
    if (term && term.id !== "MARKET") {
      entity = term.id;
      entityAt = match.start;
      break;
    }
  }
  if (segment?.entities && !segment.entities.includes(entity)) {
    if (entityAt > segmentAt && segmentAt >= 0 && !segment.entities.includes("MARKET")) segment = undefined;
    else entity = segment.entities[0]!;
  }
  const segmentId = segment?.id ?? "total";

  // Period: the nearest period word before the figure in its sentence, else one after it in the clause.
  // Period: a period word right behind the figure ("$5bn next year", never inside a following aside),
  // else the nearest before it in its sentence.
  const paren = text.slice(figure.end, nextStart).search(/[（(]/);
  const limit = Math.min(nextStart, figure.end + 24, paren >= 0 ? figure.end + paren : nextStart);
  let periodMatch: PeriodMatch | undefined = forwards(context.periods, figure.end, limit).next().value ?? undefined;
  if (periodMatch?.cue.kind === "same_period_last_year" && CHANGE_MEASURES.has(measure)) periodMatch = undefined;
  if (!periodMatch) {
    for (const match of backwards(context.periods, s0, figure.start)) {
      if (match.cue.kind === "same_period_last_year" && CHANGE_MEASURES.has(measure)) continue;
      periodMatch = match;
      break;
    }
  }
  let period = periodMatch ? resolvePeriod(periodMatch.cue, context.periodContext) : undefined;
  if (period === undefined && INSTANT_METRICS.has(metric.id) && context.periodContext.date) period = `@${context.periodContext.date}`;
  period ??= context.defaultPeriod ?? "none";
  if (measure === "cagr" && !period.includes("..")) return skip("a CAGR needs a span of periods, which the extractor does not read");

  // Basis: ex-FX and non-GAAP are said in the figure's clause; guidance, estimates, plans and run
  // rates anywhere before it in the sentence (or right after it in the clause).
  let basis: Basis = "reported";
  for (const match of forwards(context.cueMatches, previousEnd, nextStart)) {
    const cue = match.entries.find((entry) => entry.kind === "basis" && entry.scope === "clause");
    if (cue && cue.kind === "basis") {
      basis = cue.basis;
      break;
    }
  }
  if (basis === "reported") {
    let found: Basis | undefined;
    for (const match of backwards(context.cueMatches, s0, figure.start)) {
      const cue = match.entries.find((entry) => entry.kind === "basis" && entry.scope === "sentence");
      if (cue && cue.kind === "basis") {
        found = cue.basis;
        break;
      }
    }
    if (!found) {
      for (const match of forwards(context.cueMatches, figure.end, nextStart)) {
        const cue = match.entries.find((entry) => entry.kind === "basis" && entry.scope === "sentence");
        if (cue && cue.kind === "basis") {
          found = cue.basis;
          break;
        }
      }
    }
    if (found) basis = found;
  }

  // Sign: a loss, or a fall for a change.
  let value = figure.value;
  const metricTerm = metricMatch ? firstOf(metricMatch, "metric") : undefined;
  const loss = (metricTerm?.loss ?? false) || nearest(["loss"]) !== undefined;
  const negative = (measure === "level" && (loss || (FALL_METRICS.has(metric.id) && decline))) || (CHANGE_MEASURES.has(measure) && decline);
  if (negative && !value.startsWith("-")) value = `-${value}`;

  let of: string | undefined;
  if (measure === "share") of = marketSegment ? `MARKET/${marketSegment.id}` : `${entity}/total`;
  if (measure === "multiple") of = nearest(["prior_generation"]) ? "prior_generation" : "year_earlier";

  const scale = figure.scale === undefined ? undefined : /[万亿]/.test(figure.scale) && figure.scaleAt !== undefined ? context.original.slice(figure.scaleAt, figure.scaleAt + figure.scale.length) : figure.scale;
  return {
    entity,
    segment: segmentId,
    metric: metric.id,
    measure,
    ...(of !== undefined ? { of } : {}),
    period,
    basis,
    qualifier: figure.qualifier,
    value,
    ...(figure.valueHigh !== undefined ? { valueHigh: figure.valueHigh } : {}),
    ...(scale !== undefined ? { scale } : {}),
    unit,
    quote: quoteFor(context, figure, c0, c1),
    ...at,
  };
}

/** The clause around the figure from the original text, trimmed, cut to at most 80 characters around the figure. */
function quoteFor(context: Context, figure: Figure, c0: number, c1: number): string {
  const text = context.original;
  let start = c0;
  let end = c1;
  while (start < figure.start && /[\s，,；;：:、。.!?！？]/.test(text[start]!)) start++;
  while (end > figure.end && /[\s，,；;：:、。!?！？]/.test(text[end - 1]!)) end--;
  if ([...text.slice(start, end)].length > MAX_QUOTE) {
    start = Math.max(start, Math.min(figure.start, figure.end - MAX_QUOTE + 20));
    end = Math.min(end, start + MAX_QUOTE);
    if (end < figure.end) end = figure.end;
  }
  // Never cut a surrogate pair in two.
  if (/[\uDC00-\uDFFF]/.test(text[start] ?? "")) start++;
  if (/[\uD800-\uDBFF]/.test(text[end - 1] ?? "")) end--;
  let quote = text.slice(start, end).trim();
  while ([...quote].length > MAX_QUOTE) quote = [...quote].slice(0, MAX_QUOTE).join("").trim();
  return quote;
}
