// The extractor: article text in, proposed facts out. Pure (no I/O) and linear in the text: figures,
// taxonomy words, cues and period words are each found in one pass, and every figure then looks back
// over its own sentence only (sentences are capped in length), so no input can make it slow; it
// never throws on text, whatever Unicode it holds.
import { PERCENT_MEASURES, unitFits, unitsFor } from "../taxonomy/units.js";
import type { Basis, Language, Measure, Qualifier } from "../model/types.js";
import type { MetricDefinition, SegmentDefinition, Taxonomy } from "../taxonomy/taxonomy.js";
import { cues, type Cue } from "./cues.js";
import { findFigures, type Figure } from "./figures.js";
import { splitFrontMatter, type ArticleHeader } from "./front-matter.js";
import { asciiLower, Lexicon, type TermMatch } from "./lexicon.js";
import { normaliseText } from "./normalise.js";
import { findPeriods, lastReportedQuarter, resolvePeriod, type PeriodContext, type PeriodMatch } from "./periods.js";
import { parsePeriod } from "../periods/period.js";

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
  | { kind: "measure"; id: Measure }
  | { kind: "anaphor" };

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
  for (const word of ANAPHORS) lexicon.add(word, { kind: "anaphor" });
  for (const metric of taxonomy.metrics.values()) {
    for (const alias of all(metric.aliases)) lexicon.add(alias, { kind: "metric", id: metric.id, loss: /亏损|虧損|loss/i.test(alias) });
  }
  termLexicons.set(taxonomy, lexicon);
  return lexicon;
}

/** Metrics whose figures are a state at a moment: without a stated period they are put at the article's date. */
const INSTANT_METRICS = new Set(["market_cap", "stock_price", "price_target", "valuation", "analyst_count", "analysts_strong_buy", "analysts_moderate_buy", "analysts_hold", "upside"]);
/**
 * Metrics that are a balance or an installed base (cash, backlog, chips shipped to date, robots in
 * service, countries served): stated for a quarter or a year they stand at its end, as an instant.
 */
const STOCK_METRICS = new Set(["cash", "short_term_debt", "backlog", "chips_deployed", "robots_deployed", "countries", "ai_applications", "ai_models_offered", "items_offered", "item_price", "fulfillment_regions", "power_capacity"]);
/** Specifications of a product (its node, its speed against the previous generation): no period unless one is stated in the sentence. */
const SPEC_METRICS = new Set(["process_node", "compute_throughput", "memory_capacity", "power_consumption"]);
/** Words right before a period that make it the start or the base of a comparison, not the figure's own period. */
const COMPARISON_BEFORE = /(?:从|自|比|较|相比|相较于|相较|than|from|compared\swith|compared\sto|versus|vs\.?)\s?$/;
/** Words that refer back to the segment just named: 该部门, the unit. */
const ANAPHORS = ["该部门", "该业务", "该分部", "这一部门", "这个部门", "此部门", "该板块", "the unit", "the segment", "the division", "this segment", "this unit", "the business"];
/** Joiners of a list ("A和B", "A、B", "A and B"), for 分别 / respectively. */
const LIST_JOINER = /^\s?(?:和|与|及|以及|、|,|，|and|,\sand)\s?$/;
/** Estimate cues that name analysts or a consensus (as against a bare "forecast", which a company makes too). */
const ANALYST_WORDS = /分析师|共识|一致预期|市场预期|普遍预期|analyst|consensus/;
/** Words that put what follows in the future. */
const FUTURE_WORDS = /将|\bwill\b/;
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


interface Context {
  original: string;
  text: string;
  lower: string;
  taxonomy: Taxonomy;
  terms: TermMatch<Term>[];
  cueMatches: TermMatch<Cue>[];
  periods: PeriodMatch[];
  /** Each period's label, with 同期 / the same period resolved to the period the text was just talking about. */
  periodLabels: (string | undefined)[];
  /** Periods that start or are the base of a comparison (从2024年的…, 比2024年…): they bind only the next figure. */
  periodComparison: boolean[];
  figures: Figure[];
  /** Per line: the segment a heading, a question ("Q: 关于AWS…") or the paragraph's own label ("北美部门：") names for it. */
  lineSegments: (string | undefined)[];
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
  const periodComparison = periods.map((period) => period.cue.kind !== "span" && COMPARISON_BEFORE.test(lower.slice(Math.max(0, period.start - 14), period.start)));
  const periodLabels: (string | undefined)[] = [];
  let topic: string | undefined;
  periods.forEach((period, index) => {
    let label = resolvePeriod(period.cue, periodContext);
    if (period.cue.kind === "same_as_before") label = topic;
    else if (period.cue.kind === "relative_quarter" && period.cue.offset === 0 && topic !== undefined && /-Q\d$/.test(topic)) label = topic;
    periodLabels.push(label);
    const topical = !["same_period_last_year", "none", "date", "same_as_before"].includes(period.cue.kind);
    if (label !== undefined && topical && !periodComparison[index]) topic = label;
  });
  const { sentences, clauses } = boundaries(text);
  const lineStarts = [0];
  for (let i = 0; i < body.length; i++) if (body[i] === "\n") lineStarts.push(i + 1);
  const lineSegments = topicSegments(text, lower, terms, lineStarts);
  const context: Context = {
    original: body,
    text,
    lower,
    taxonomy,
    terms,
    cueMatches: cues().matchAll(lower),
    periods,
    periodLabels,
    periodComparison,
    figures,
    lineSegments,
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

const QUESTION = /^\s*(?:q\s?[:：]|问\s?[:：]|question\s?[:：])/;
const LABEL = /^\s*(?:[#*>\-\d.、一二三四五六七八九十()（）\s]*)([^:：。.!?！？]{1,24})[:：]/;

/**
 * The segment each line is about when its sentences name none: a label-like heading ("AWS 业务：")
 * or a question ("Q: 关于 AWS…") names the topic of what follows until the next heading or question
 * (a headline without a colon only ends the previous topic); a paragraph's own label ("北美部门：营收…；营业利润…") names it for that paragraph.
 */
function topicSegments(text: string, lower: string, terms: TermMatch<Term>[], lineStarts: number[]): (string | undefined)[] {
  const result: (string | undefined)[] = [];
  let section: string | undefined;
  let cursor = 0;
  const firstSegment = (from: number, to: number): string | undefined => {
    while (cursor < terms.length && terms[cursor]!.start < from) cursor++;
    for (let i = cursor; i < terms.length && terms[i]!.start < to; i++) {
      const segment = terms[i]!.entries.find((entry) => entry.kind === "segment");
      if (segment && segment.kind === "segment") return segment.id;
    }
    return undefined;
  };
  for (let line = 0; line < lineStarts.length; line++) {
    const start = lineStarts[line]!;
    const end = line + 1 < lineStarts.length ? lineStarts[line + 1]! - 1 : text.length;
    const content = lower.slice(start, Math.min(end, start + 400));
    const trimmed = content.trim();
    if (trimmed.length === 0) {
      result.push(section);
      continue;
    }
    const heading = trimmed.length <= 40 && !/[。!?！？]/.test(trimmed) && !/\.\s/.test(trimmed);
    if (QUESTION.test(content) || heading) {
      // A question or a label-like heading ("AWS 业务：") sets the topic; a headline only ends the previous one.
      section = QUESTION.test(content) || /[:：]$/.test(trimmed) ? firstSegment(start, end) : undefined;
      result.push(section);
      continue;
    }
    const label = LABEL.exec(content);
    const labelled = label ? firstSegment(start, start + label[0].length) : undefined;
    result.push(labelled ?? section);
  }
  return result;
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
        // A ratio metric (speed, purchase frequency) written in 倍 is a multiple of a comparator.
        return metric.units.includes("multiple") && metric.kind !== "ratio" ? "level" : "multiple";
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
  // 分别 / respectively: "营收和净利润分别增长21%和72%" gives the k-th figure after 分别 the k-th metric of the list before it.
  const listed = respectively(context, s0, s1, figure, index, (match) => {
    const term = firstOf(match as TermMatch<Term>, "metric");
    const definition = term ? taxonomy.metrics.get(term.id) : undefined;
    return definition !== undefined && fits(definition);
  }, context.terms);
  if (listed) consider(listed as TermMatch<Term>);
  if (!metric) for (const match of forwards(context.terms, figure.numberEnd, Math.min(nextStart, figure.end + 2))) if (consider(match)) break;
  if (!metric) for (const match of backwards(context.terms, s0, figure.start)) if (consider(match)) break;
  if (!metric) for (const match of forwards(context.terms, figure.end, nextStart)) if (consider(match)) break;
  // Market share is revenue as a share of a market: "在公有云市场的份额为28%", "market share of 28%".
  if (!metric && figure.unitKind === "percent" && measureCue === "share") {
    const marketNamed = [...backwards(context.terms, s0, s1)].some((match) => match.entries.some((term) => term.kind === "segment" && taxonomy.segments.get(term.id)?.kind === "market"));
    const revenue = taxonomy.metrics.get("revenue");
    if (revenue && (marketNamed || /市场份额|市占率|market share/.test(context.lower.slice(c0, figure.end)))) metric = revenue;
  }
  if (!metric) return skip("no metric word fits this figure in its sentence");
  const measure = measureFor(metric);
  const unit = unitFor(metric)!;

  // Segment: the nearest before the figure in its clause, else one after it in the clause, else the
  // nearest before it in the sentence (segments carry across clauses).
  let segment: SegmentDefinition | undefined;
  let segmentAt = -1;
  let marketSegment: SegmentDefinition | undefined;
  const takeSegment = (match: TermMatch<Term>, allowMarket: boolean): boolean => {
    let term = firstOf(match, "segment");
    if (!term && firstOf(match, "anaphor")) {
      // 该部门 / the unit: the segment named last before it, in its paragraph or the one before.
      for (const earlier of backwards(context.terms, Math.max(0, match.start - 1500), match.start)) {
        const named = firstOf(earlier, "segment");
        if (named && !taxonomy.segments.get(named.id)?.entities?.includes("MARKET")) {
          term = named;
          break;
        }
      }
    }
    if (!term) return false;
    const definition = taxonomy.segments.get(term.id)!;
    if (allowMarket && measure === "share" && definition.kind === "market") {
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
  if (!segment && !marketSegment) {
    const topic = context.lineSegments[at.line - 1];
    const definition = topic === undefined ? undefined : taxonomy.segments.get(topic);
    if (definition && !definition.entities?.includes("MARKET")) segment = definition;
  }
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

  // Period: a period word right behind the figure ("$5bn next year", never inside a following aside),
  // else the nearest before it in its sentence, else the nearest earlier in its paragraph (a paragraph
  // that opens with 2025年全年 or 第四季度 talks about that period until it names another). 同期 and
  // 当季 take the period the text was just talking about. A period that starts or is the base of a
  // comparison (从2024年的592亿美元增至…, 比2024年增长20%) belongs to the figure right after it only, and a
  // year-ago period is the base of a change or a multiple, never its period.
  const paren = text.slice(figure.end, nextStart).search(/[（(]/);
  const limit = Math.min(nextStart, figure.end + 24, paren >= 0 ? figure.end + paren : nextStart);
  const periodIndex = (match: PeriodMatch) => firstFrom(context.periods, match.start);
  const comparesAgainst = measure !== "level" || figure.unitKind === "multiple";
  const usable = (match: PeriodMatch, before: boolean): boolean => {
    const i = periodIndex(match);
    if (match.cue.kind === "same_period_last_year" && comparesAgainst) return false;
    if (context.periodComparison[i] && (!before || comparesAgainst || firstFrom(context.figures, match.end) < index)) return false;
    return context.periodLabels[i] !== undefined;
  };
  let periodMatch: PeriodMatch | undefined = respectively(context, s0, s1, figure, index, (match) => context.periodLabels[periodIndex(match as PeriodMatch)] !== undefined, context.periods);
  if (!periodMatch) for (const match of forwards(context.periods, figure.end, limit)) {
    if (usable(match, false)) periodMatch = match;
    break;
  }
  let inSentence = true;
  if (!periodMatch) for (const match of backwards(context.periods, s0, figure.start)) if (usable(match, true)) {
    periodMatch = match;
    break;
  }
  if (!periodMatch) {
    const paragraphStart = context.text.lastIndexOf("\n", s0 - 1) + 1;
    if (paragraphStart < s0) for (const match of backwards(context.periods, Math.max(paragraphStart, s0 - 2000), s0)) if (match.cue.kind !== "date" && usable(match, true)) {
      periodMatch = match;
      inSentence = false;
      break;
    }
  }
  if (measure === "cagr" && periodMatch?.cue.kind !== "span") {
    for (const match of backwards(context.periods, s0, figure.start)) if (match.cue.kind === "span") {
      periodMatch = match;
      break;
    }
  }
  let period = periodMatch ? context.periodLabels[periodIndex(periodMatch)] : undefined;
  if (SPEC_METRICS.has(metric.id) && !(periodMatch && inSentence)) period = "none";
  if ((period === undefined || !inSentence) && INSTANT_METRICS.has(metric.id) && context.periodContext.date) period = `@${context.periodContext.date}`;
  period ??= context.defaultPeriod ?? "none";
  if (STOCK_METRICS.has(metric.id) && period !== "none" && !period.startsWith("@") && !period.includes("..")) {
    const parsed = parsePeriod(period, taxonomy.entities.get(entity)?.fiscalYearEnd);
    if (parsed.ok && parsed.period.end) period = `@${parsed.period.end}`;
  }
  if (measure === "cagr" && !period.includes("..")) return skip("a CAGR needs a span of periods, and none is stated in its sentence");

  // "57 位覆盖该股票的分析师": the analysts are what is counted, not who estimates.
  const overlapsMetric = (match: TermMatch<Cue>): boolean =>
    metricMatch !== undefined && match.start < metricMatch.end && metricMatch.start < match.end && match.entries.some((entry) => entry.kind === "basis" && entry.basis === "estimate");
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
      if (cue && cue.kind === "basis" && !overlapsMetric(match)) {
        found = cue.basis;
        break;
      }
    }
    if (!found) {
      for (const match of forwards(context.cueMatches, figure.end, nextStart)) {
        const cue = match.entries.find((entry) => entry.kind === "basis" && entry.scope === "sentence");
        if (cue && cue.kind === "basis" && !overlapsMetric(match)) {
          found = cue.basis;
          break;
        }
      }
    }
    // "expected … according to analysts": analysts or a consensus named anywhere in the sentence make a
    // forecast theirs, not the company's.
    if (found === "guidance") {
      for (const match of forwards(context.cueMatches, s0, s1)) {
        if (overlapsMetric(match)) continue;
        if (match.entries.some((entry) => entry.kind === "basis" && entry.basis === "estimate" && ANALYST_WORDS.test(context.lower.slice(match.start, match.end)))) {
          found = "estimate";
          break;
        }
      }
    }
    if (found) basis = found;
  }

  // A figure for a period that has not ended by the article's date cannot be reported: what the
  // company "will" do (将, will) in it is its plan.
  if (basis === "reported" && context.periodContext.date && period !== "none" && FUTURE_WORDS.test(context.lower.slice(s0, figure.start))) {
    const parsed = parsePeriod(period, taxonomy.entities.get(entity)?.fiscalYearEnd);
    if (parsed.ok && parsed.period.end !== undefined && parsed.period.end > context.periodContext.date) basis = "plan";
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

/**
 * 分别 / respectively: when the figure follows 分别 (or its sentence says "respectively") and the k-th
 * figure after it is this one, the k-th item of the list ("A和B", "A、B及C", "A and B") of the same kind
 * just before 分别 in the sentence, when that list has exactly as many items as there are figures.
 */
function respectively<T extends { start: number; end: number }>(context: Context, s0: number, s1: number, figure: Figure, index: number, accept: (match: T) => boolean, list: readonly T[]): T | undefined {
  const sentence = context.lower.slice(s0, s1);
  let marker = sentence.lastIndexOf("分别", figure.start - s0);
  let markerEnd = marker + 2;
  if (marker < 0) {
    const english = sentence.indexOf("respectively");
    if (english < 0) return undefined;
    // "A and B rose 21% and 72%, respectively": the list is before the first figure of the run.
    const first = context.figures[firstFrom(context.figures, s0)];
    if (!first || first.start >= s1) return undefined;
    marker = first.start - s0;
    markerEnd = marker;
  }
  // Only the sentence's own figures are looked at (sentences are capped in length), so this stays linear.
  const run: Figure[] = [];
  for (let i = firstFrom(context.figures, s0 + markerEnd); i < context.figures.length && context.figures[i]!.start < s1; i++) {
    if (i === index || context.figures[i]!.unitKind === figure.unitKind) run.push(context.figures[i]!);
  }
  const k = run.indexOf(figure);
  if (k < 0 || run.length < 2) return undefined;
  const before = [...backwards(list, s0, s0 + marker)].filter(accept).reverse();
  if (before.length < run.length) return undefined;
  const items = before.slice(before.length - run.length);
  for (let i = 1; i < items.length; i++) if (!LIST_JOINER.test(context.lower.slice(items[i - 1]!.end, items[i]!.start))) return undefined;
  return items[k];
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
