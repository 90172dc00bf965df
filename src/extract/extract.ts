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
import { findPeriods, fiscalQuarterOf, lastReportedQuarter, resolvePeriod, type PeriodContext, type PeriodMatch } from "./periods.js";
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
  /** `amount`: for a ratio written as an amount's word and 率 (营业利润率), that amount's metric (营业利润). */
  | { kind: "metric"; id: string; loss: boolean; amount?: string }
  | { kind: "segment"; id: string }
  | { kind: "entity"; id: string }
  | { kind: "measure"; id: Measure }
  | { kind: "anaphor" }
  /** A word for the whole company (全球, 公司, worldwide): the `total` segment's aliases. */
  | { kind: "whole" };

const termLexicons = new WeakMap<Taxonomy, Lexicon<Term>>();

function termLexicon(taxonomy: Taxonomy): Lexicon<Term> {
  let lexicon = termLexicons.get(taxonomy);
  if (lexicon) return lexicon;
  lexicon = new Lexicon<Term>();
  const all = (aliases: Record<string, string[]>) => Object.values(aliases).flat();
  for (const entity of taxonomy.entities.values()) for (const alias of all(entity.aliases)) lexicon.add(alias, { kind: "entity", id: entity.id });
  for (const segment of taxonomy.segments.values()) {
    const term: Term = segment.id === "total" ? { kind: "whole" } : { kind: "segment", id: segment.id };
    for (const alias of all(segment.aliases)) lexicon.add(alias, term);
  }
  for (const measure of taxonomy.measures.values()) {
    if (measure.id === "level" || measure.id === "multiple") continue;
    for (const alias of all(measure.aliases)) lexicon.add(alias, { kind: "measure", id: measure.id });
  }
  for (const word of ANAPHORS) lexicon.add(word, { kind: "anaphor" });
  const metricOfAlias = new Map<string, string>();
  for (const metric of taxonomy.metrics.values()) for (const alias of all(metric.aliases)) if (!metricOfAlias.has(alias)) metricOfAlias.set(alias, metric.id);
  // A segment's name that ends with a metric's word names that metric too: 服务收入 is service revenue,
  // "Trainium 2加速器" counts accelerators. The longest such ending counts.
  for (const segment of taxonomy.segments.values()) {
    if (segment.id === "total") continue;
    for (const alias of all(segment.aliases)) {
      let ending: string | undefined;
      for (const word of metricOfAlias.keys()) {
        if (word.length < alias.length && alias.toLowerCase().endsWith(word.toLowerCase()) && (ending === undefined || word.length > ending.length)) ending = word;
      }
      if (ending !== undefined) lexicon.add(alias, { kind: "metric", id: metricOfAlias.get(ending)!, loss: false });
    }
  }
  for (const metric of taxonomy.metrics.values()) {
    for (const alias of all(metric.aliases)) {
      // 营业利润率 is the rate of 营业利润: an amount written right with it (利润率37%，即106亿美元) is 营业利润's.
      const amount = alias.endsWith("率") ? metricOfAlias.get(alias.slice(0, -1)) : undefined;
      lexicon.add(alias, { kind: "metric", id: metric.id, loss: /亏损|虧損|loss/i.test(alias), ...(amount !== undefined && amount !== metric.id ? { amount } : {}) });
    }
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
/** Metrics that are estimates by their nature (the upside to a price target). */
const ESTIMATE_METRICS = new Set(["upside"]);
/** Specifications of a product (its node, its speed against the previous generation): no period unless one is stated in the sentence. */
const SPEC_METRICS = new Set(["process_node", "compute_throughput", "memory_capacity", "power_consumption"]);
/** Words right before a period that make it the start or the base of a comparison, not the figure's own period. */
const COMPARISON_BEFORE = /(?:从|自|比|较|相比|相较于|相较|than|from|compared\swith|compared\sto|versus|vs\.?)\s?$/;
/** The last fact proposed whose figure stands in [from, to): found walking back over the facts of the current clause. */
function factBefore(context: Context, from: number, to: number): ProposedFact | undefined {
  const bound = context.bound;
  for (let i = bound.length - 1; i >= 0 && bound[i]!.start >= from; i--) if (bound[i]!.start < to) return bound[i]!.fact;
  return undefined;
}

/** What may stand between a metric's word and its figure written right after it: a hedge, 可, 了, a space. */
const RIGHT_BEFORE = /^\s?(?:可|了|约|近|达|超过|超|逾)?\s?$/;
/** A clause opening that points back at what was just said: 这 / 此 / this. */
const THIS_OPENS = /^\s?(?:(?:这|此)(?:一数字|个数字|一数据)?(?:已经|已|也|将)?(?:是|为|相当于)|(?:this|that|it)\s(?:is|was|would\sbe)\s)/;
/** Words right before a segment that make it what a figure is compared with. */
const COMPARED_WITH = /(?:比|较|相比|相较于|相较|对比|than|compared\swith|compared\sto|versus|vs\.?)\s?$/;
/** The last characters of the COMPARED_WITH words: the regular expression runs only after one of them. */
const COMPARED_LAST = new Set([..."比较于nhos."]);

/** Whether a comparison word ends right before `at` (a space between at most). */
function comparedWith(lower: string, at: number): boolean {
  const last = lower[at - 1] === " " ? lower[at - 2] : lower[at - 1];
  return last !== undefined && COMPARED_LAST.has(last) && COMPARED_WITH.test(lower.slice(Math.max(0, at - 14), at));
}

/** Words right before a period that make it a deadline: what is counted by then (到2027年部署40个) is a count at its end. */
const DEADLINE_BEFORE = /(?:到|截至|截止到?|by\s)$/;
const DEADLINE_LAST = new Set([..."到至止 "]);
/** Words that refer back to the segment just named: 该部门, the unit. */
const ANAPHORS = ["该部门", "该业务", "该分部", "这一部门", "这个部门", "此部门", "该板块", "该服务", "这项服务", "此项服务", "该产品", "the unit", "the segment", "the division", "this segment", "this unit", "the business", "the service", "this service"];
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

const SENTENCE_END: ReadonlySet<number> = new Set([..."。！？!?\n\r"].map((c) => c.charCodeAt(0)));
const TITLE_OPEN = "《".charCodeAt(0);
const TITLE_CLOSE = "》".charCodeAt(0);
/** How far a title in 《》 is looked into for a figure. */
const TITLE_LOOK = 64;
const CLAUSE_END: ReadonlySet<number> = new Set([..."，；;：:、"].map((c) => c.charCodeAt(0)));
const isDigitCode = (code: number): boolean => code >= 48 && code <= 57;

/** Sentence and clause starts, in order. */
function boundaries(text: string): { sentences: number[]; clauses: number[] } {
  const sentences = [0];
  const clauses = [0];
  let last = 0;
  const length = text.length;
  /** Where a title in 《》 that holds a figure ends: it is a sentence of its own ("《2000亿军备赛》" is the title's figure, not the surrounding sentence's). */
  let titleEnd = -1;
  for (let i = 0; i < length; i++) {
    const c = text.charCodeAt(i);
    let sentence = SENTENCE_END.has(c) || i === titleEnd;
    if (c === TITLE_OPEN && i > last) {
      // A title naming a show or a book (《周四夜橄榄球》) stays part of its sentence; one with a number is cut off.
      let digit = false;
      let j = i + 1;
      for (; j < length && j - i <= TITLE_LOOK; j++) {
        const code = text.charCodeAt(j);
        if (code === TITLE_CLOSE || SENTENCE_END.has(code)) break;
        if (isDigitCode(code)) digit = true;
      }
      if (digit) {
        titleEnd = text.charCodeAt(j) === TITLE_CLOSE ? j : -1;
        sentences.push(i);
        clauses.push(i);
        last = i;
      }
    }
    if (c === 0x2e) {
      // A full stop ends a sentence before a space, a line end or the end, unless it ends an initial ("U.S. ").
      const next = text.charCodeAt(i + 1);
      const previous = text.charCodeAt(i - 1);
      if ((next === 0x20 || next === 0x0a || i + 1 === length) && !(previous >= 65 && previous <= 90)) sentence = true;
    }
    if (!sentence && i - last >= MAX_SENTENCE) sentence = true;
    if (sentence) {
      sentences.push(i + 1);
      clauses.push(i + 1);
      last = i + 1;
    } else if (CLAUSE_END.has(c) || (c === 0x2c && !(isDigitCode(text.charCodeAt(i - 1)) && isDigitCode(text.charCodeAt(i + 1))))) clauses.push(i + 1);
  }
  return { sentences, clauses };
}

const NUMERAL_CHARACTERS = new Set([..."一二两三四五六七八九十百千万亿"]);
/** Whether a number (digits or a numeral in characters) ends right before `at`. */
function isNumberEnd(lower: string, at: number): boolean {
  return isDigitCode(lower.charCodeAt(at - 1)) || NUMERAL_CHARACTERS.has(lower[at - 1] ?? "");
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

/**
 * A place in a list sorted by start, for the lookups bindFigure makes per figure: figures come in
 * order, so their keys (the figure's start, its clause's start, …) only grow, and the next answer is
 * found by walking on from the last one, a few steps, instead of a binary search over the whole list.
 */
interface Cursor<T extends { start: number }> {
  list: readonly T[];
  at: number;
}

const cursor = <T extends { start: number }>(list: readonly T[]): Cursor<T> => ({ list, at: 0 });

/** firstFrom(cursor.list, at), walking on from the cursor's last answer when `at` has not gone back. */
function seek<T extends { start: number }>(cursor: Cursor<T>, at: number): number {
  const list = cursor.list;
  let i = cursor.at;
  if (i > 0 && list[i - 1]!.start >= at) i = firstFrom(list, at);
  else {
    for (let steps = 0; i < list.length && list[i]!.start < at; i++) {
      if (++steps > 64) {
        i = firstFrom(list, at);
        break;
      }
    }
  }
  cursor.at = i;
  return i;
}

/** A place in an ascending list of span or line starts (the first is 0), for lookups whose keys mostly grow. */
interface StartsCursor {
  starts: readonly number[];
  at: number;
}

/** The index of the last start at or before `at` (walking on from the last answer). */
function startIndex(cursor: StartsCursor, at: number): number {
  const starts = cursor.starts;
  let i = cursor.at;
  if (starts[i]! > at) i = lastStart(starts, at);
  else {
    for (let steps = 0; i + 1 < starts.length && starts[i + 1]! <= at; i++) {
      if (++steps > 64) {
        i = lastStart(starts, at);
        break;
      }
    }
  }
  cursor.at = i;
  return i;
}

/** The index of the last start at or before `at`, by binary search (0 when none is). */
function lastStart(starts: readonly number[], at: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (starts[mid]! <= at) low = mid;
    else high = mid - 1;
  }
  return low;
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
  /** Periods written as a deadline (到2027年, by 2027): a count reached by then stands at their end. */
  periodDeadline: boolean[];
  figures: Figure[];
  /** Per line: the segment a heading, a question ("Q: 关于AWS…") or the paragraph's own label ("北美部门：") names for it. */
  lineSegments: (string | undefined)[];
  sentences: number[];
  clauses: number[];
  lineStarts: number[];
  periodContext: PeriodContext;
  defaultPeriod?: string;
  entity: string;
  /** bindFigure's lookups, one cursor per list and key (see Cursor). */
  cursors: {
    sentences: StartsCursor;
    clauses: StartsCursor;
    lines: StartsCursor;
    paragraphs: StartsCursor;
    termsBefore: Cursor<TermMatch<Term>>;
    termsAtNumberEnd: Cursor<TermMatch<Term>>;
    termsAfter: Cursor<TermMatch<Term>>;
    termsBeforeClause: Cursor<TermMatch<Term>>;
    cuesBefore: Cursor<TermMatch<Cue>>;
    cuesInClause: Cursor<TermMatch<Cue>>;
    cuesAfter: Cursor<TermMatch<Cue>>;
    periodsBefore: Cursor<PeriodMatch>;
    periodsAfter: Cursor<PeriodMatch>;
    periodsBeforeSentence: Cursor<PeriodMatch>;
  };
  /** The sentence (by its start) last checked for 分别 / respectively, and whether it says either. */
  respectivelySentence: number;
  respectivelySaid: boolean;
  /** Whether the figure bindFigure bound last had its period stated in its own sentence. */
  periodStated: boolean;
  /** The facts proposed so far, with where their figures start (in order). */
  bound: { fact: ProposedFact; start: number }[];
}

export function extractFacts(articleText: string, taxonomy: Taxonomy, options: ExtractOptions = {}): Extraction {
  const { header, body } = splitFrontMatter(articleText);
  const text = normaliseText(body);
  const lower = asciiLower(text);
  const language = header.language ?? detectLanguage(body, text);
  const date = options.date ?? header.date;
  const terms = termLexicon(taxonomy).matchAll(lower);
  const figures = keepBareCounts(findFigures(text, lower), terms, lower, taxonomy);
  const allPeriods = findPeriods(lower);
  // A period word inside a figure ("2025 亿") is the figure's, not a period.
  const periods = allPeriods.filter((period) => {
    const at = firstFrom(figures, period.start);
    const previous = figures[at - 1];
    const next = figures[at];
    return !(previous && previous.end > period.start) && !(next && next.start < period.end);
  });
  const entity = options.entity ?? mostNamedEntity(terms, taxonomy);
  const periodContext: PeriodContext = { ...(date ? { date } : {}) };
  if (date) periodContext.quarter = lastReportedQuarter(date);
  else {
    const first = periods.find((period) => period.cue.kind === "quarter" && period.cue.year !== undefined);
    if (first && first.cue.kind === "quarter") periodContext.quarter = { year: first.cue.year!, quarter: first.cue.quarter };
  }
  const periodComparison = periods.map((period) => period.cue.kind !== "span" && COMPARISON_BEFORE.test(lower.slice(Math.max(0, period.start - 14), period.start)));
  const periodDeadline = periods.map((period) => period.cue.kind !== "span" && DEADLINE_LAST.has(lower[period.start - 1] ?? "") && DEADLINE_BEFORE.test(lower.slice(Math.max(0, period.start - 3), period.start)));
  const periodLabels: (string | undefined)[] = [];
  let topic: string | undefined;
  periods.forEach((period, index) => {
    let label = resolvePeriod(period.cue, periodContext);
    if (period.cue.kind === "same_as_before") label = topic;
    else if (period.cue.kind === "relative_quarter" && period.cue.offset === 0 && topic !== undefined && /-Q\d$/.test(topic)) label = topic;
    periodLabels.push(label);
    const topical = !["same_period_last_year", "none", "date", "same_as_before", "now"].includes(period.cue.kind);
    if (label !== undefined && topical && !periodComparison[index]) topic = label;
  });
  const { sentences, clauses } = boundaries(text);
  const lineStarts = [0];
  for (let i = body.indexOf("\n"); i >= 0; i = body.indexOf("\n", i + 1)) lineStarts.push(i + 1);
  const lineSegments = topicSegments(text, lower, terms, lineStarts);
  const cueMatches = outsideNames(cues().matchAll(lower), terms);
  const context: Context = {
    original: body,
    text,
    lower,
    taxonomy,
    terms,
    cueMatches,
    periods,
    periodLabels,
    periodComparison,
    periodDeadline,
    figures,
    lineSegments,
    sentences,
    clauses,
    lineStarts,
    periodContext,
    ...(periodContext.quarter ? { defaultPeriod: `${periodContext.quarter.year}-Q${periodContext.quarter.quarter}` } : {}),
    entity,
    cursors: {
      sentences: { starts: sentences, at: 0 },
      clauses: { starts: clauses, at: 0 },
      lines: { starts: lineStarts, at: 0 },
      paragraphs: { starts: lineStarts, at: 0 },
      termsBefore: cursor(terms),
      termsAtNumberEnd: cursor(terms),
      termsAfter: cursor(terms),
      termsBeforeClause: cursor(terms),
      cuesBefore: cursor(cueMatches),
      cuesInClause: cursor(cueMatches),
      cuesAfter: cursor(cueMatches),
      periodsBefore: cursor(periods),
      periodsAfter: cursor(periods),
      periodsBeforeSentence: cursor(periods),
    },
    respectivelySentence: -1,
    respectivelySaid: false,
    periodStated: false,
    bound: [],
  };
  const facts: ProposedFact[] = [];
  const stated: boolean[] = [];
  const skipped: SkippedFigure[] = [];
  figures.forEach((figure, index) => {
    const result = bindFigure(context, figure, index);
    if ("reason" in result) skipped.push(result);
    else {
      facts.push(result);
      stated.push(context.periodStated);
      context.bound.push({ fact: result, start: figure.start });
    }
  });
  takeRestatedPeriods(facts, stated);
  return { header: { ...header, language }, ...(date ? { date } : {}), entity, facts, skipped };
}

/**
 * Cue words inside a name are part of the name, not cues: the 计划 of 雷尼尔计划 (Project Rainier) says
 * no plan. One pass over both lists, which are in order.
 */
function outsideNames(cueMatches: TermMatch<Cue>[], terms: readonly TermMatch<Term>[]): TermMatch<Cue>[] {
  let t = 0;
  return cueMatches.filter((cue) => {
    while (t < terms.length && terms[t]!.end <= cue.start) t++;
    const term = terms[t];
    return !(term && term.start <= cue.start && cue.end <= term.end && term.entries.some((entry) => entry.kind === "segment" || entry.kind === "entity"));
  });
}

/**
 * A figure restated where no period is said (a headline, a later aside: "900亿美元资本开支") is the
 * same figure as where the article states it with its period: it takes that period, and that basis when
 * it says none of its own. The same figure is the same entity, segment, metric, measure, unit and
 * value, or one end of a range stated there (a headline often gives the top of a range). The first
 * statement with a period wins; one pass to index them, one to look them up.
 */
function takeRestatedPeriods(facts: ProposedFact[], stated: readonly boolean[]): void {
  // By metric, then by value as written (commas dropped); the other fields are compared on lookup.
  const statements = new Map<string, Map<string, ProposedFact[]>>();
  const plain = (value: string) => (value.includes(",") ? value.replaceAll(",", "") : value);
  const same = (a: ProposedFact, b: ProposedFact) => a.entity === b.entity && a.segment === b.segment && a.measure === b.measure && a.unit === b.unit && a.scale === b.scale;
  const index = (fact: ProposedFact, value: string) => {
    let byValue = statements.get(fact.metric);
    if (!byValue) statements.set(fact.metric, (byValue = new Map()));
    const list = byValue.get(plain(value));
    // Only the first statement of each figure is kept, so a list is as long as the kinds of figure with that value, not the text.
    if (!list) byValue.set(plain(value), [fact]);
    else if (!list.some((other) => same(other, fact))) list.push(fact);
  };
  facts.forEach((fact, i) => {
    if (!stated[i] || fact.period === "none") return;
    index(fact, fact.value);
    if (fact.valueHigh !== undefined) index(fact, fact.valueHigh);
  });
  facts.forEach((fact, i) => {
    if (stated[i] || fact.valueHigh !== undefined) return;
    const statement = statements.get(fact.metric)?.get(plain(fact.value))?.find((other) => same(other, fact));
    if (!statement) return;
    fact.period = statement.period;
    if (fact.basis === "reported") fact.basis = statement.basis;
  });
}

/**
 * Bare English numbers ("49 new facilities") are kept only when a count metric's word follows within
 * one word: "open 49 new facilities" is a count, "in 49 places" or "Section 49 of" is not.
 */
function keepBareCounts(figures: Figure[], terms: TermMatch<Term>[], lower: string, taxonomy: Taxonomy): Figure[] {
  if (!figures.some((figure) => figure.bare)) return figures;
  return figures.filter((figure) => {
    if (!figure.bare) return true;
    const next = terms[firstFrom(terms, figure.end)];
    if (!next || next.start - figure.end > 16) return false;
    const between = lower.slice(figure.end, next.start);
    if ( !/^ (?:[a-z]+-?[a-z]* )?$/.test(between)) return false;
    const metric = firstOf(next, "metric");
    const definition = metric ? taxonomy.metrics.get(metric.id) : undefined;
    if (!definition || !definition.units.includes("count")) return false;
    // The count's words are its unit: the figure runs to their end.
    delete figure.bare;
    figure.end = next.end;
    return true;
  });
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

function firstOf<T extends Term["kind"]>(match: TermMatch<Term>, kind: T): Extract<Term, { kind: T }> | undefined {
  const entries = match.entries;
  for (let i = 0; i < entries.length; i++) if (entries[i]!.kind === kind) return entries[i] as Extract<Term, { kind: T }>;
  return undefined;
}

/** The basis a cue match says with the given scope, if it says one. */
function basisOf(match: TermMatch<Cue>, scope: "clause" | "sentence"): Basis | undefined {
  for (const entry of match.entries) if (entry.kind === "basis" && entry.scope === scope) return entry.basis;
  return undefined;
}

/**
 * A figure and the cue words of its clause before it: what its measure, its sign and its comparator
 * are decided by. Built once per figure and passed to the helpers below (no per-figure closures).
 */
interface FigureCues {
  figure: Figure;
  /** The measure word (同比, 环比, 份额, …) nearest before the figure in its clause. */
  measureCue: Measure | undefined;
  /** The decline-or-growth cue nearest before the figure in its clause is a decline. */
  decline: boolean;
  /** A share / loss / prior-generation cue is said before the figure in its clause. */
  share: boolean;
  loss: boolean;
  priorGeneration: boolean;
}

function measureFor(cues: FigureCues, metric: MetricDefinition): Measure {
  const { figure, measureCue } = cues;
  switch (figure.unitKind) {
    case "percent":
      if (measureCue && PERCENT_MEASURES.has(measureCue)) return measureCue;
      if (measureCue === "yoy_abs") return "yoy";
      if (measureCue === "qoq_abs") return "qoq";
      if (metric.units.includes("percent")) return "level";
      if (cues.share) return "share";
      return "yoy";
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
}

function unitFor(figure: Figure, metric: MetricDefinition): string | undefined {
  if (figure.unit !== undefined) return figure.unit;
  if (metric.units.includes("currency")) return "USD";
  if (metric.units.includes("count")) return "count";
  return undefined;
}

function fits(cues: FigureCues, metric: MetricDefinition): boolean {
  const figure = cues.figure;
  const unit = unitFor(figure, metric);
  if (unit === undefined) return false;
  if (figure.unitKind === "count" && figure.unit === "count" && !metric.units.includes("count")) return false;
  return unitFits(unit, unitsFor(metric, measureFor(cues, metric)));
}

/** The metric a term match names, when its units fit the figure. */
function fittingMetric(taxonomy: Taxonomy, match: TermMatch<Term>, cues: FigureCues, lower?: string): MetricDefinition | undefined {
  const term = firstOf(match, "metric");
  let definition = term ? taxonomy.metrics.get(term.id) : undefined;
  if (definition && term?.amount !== undefined && !fits(cues, definition)) definition = taxonomy.metrics.get(term.amount);
  // A count's words right after another number ("13个季度以来新高") belong to that number, not to a rate or an amount elsewhere.
  if (definition && lower !== undefined && definition.kind === "count" && cues.figure.unitKind !== "count" && match.start !== cues.figure.end && isNumberEnd(lower, match.start)) return undefined;
  return definition && fits(cues, definition) ? definition : undefined;
}

const acceptMetric = (match: TermMatch<Term>, data: { taxonomy: Taxonomy; cues: FigureCues }): boolean => fittingMetric(data.taxonomy, match, data.cues) !== undefined;
const acceptPeriod = (match: PeriodMatch, context: Context): boolean => context.periodLabels[firstFrom(context.periods, match.start)] !== undefined;

/** The segment picked for a figure so far. */
interface SegmentPick {
  segment: SegmentDefinition | undefined;
  at: number;
  market: SegmentDefinition | undefined;
}

function takeSegment(context: Context, match: TermMatch<Term>, allowMarket: boolean, measure: Measure, pick: SegmentPick): boolean {
  const { taxonomy, terms } = context;
  let term = firstOf(match, "segment");
  // What a figure is compared with (性价比比 Trainium2 高出40%, "than Graviton2") is not what it is about.
  if (term && comparedWith(context.lower, match.start)) return false;
  if (!term && firstOf(match, "anaphor")) {
    // 该部门 / the unit: the segment named last before it, in its paragraph or the one before.
    const from = Math.max(0, match.start - 1500);
    for (let i = firstFrom(terms, match.start) - 1; i >= 0 && terms[i]!.start >= from; i--) {
      const earlier = terms[i]!;
      if (earlier.end > match.start) continue;
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
    pick.market ??= definition;
    return false;
  }
  pick.segment = definition;
  pick.at = match.start;
  return true;
}

/** A list joiner with what may describe the next item ("A和通用处理器B"): the gap between two listed names. */
const LISTED = /^[^，,；;。!?！？]{0,12}$/;
const LIST_WORD = /和|与|及|、|\band\b|&/;

/**
 * "Trainium和Graviton的合计…", "A and B combined": when the picked segment is the last of a list of
 * segments and a word adding them up stands between it and the figure, the figure is the list's
 * together, the nearest segment both are part of (custom_chips for Trainium and Graviton), unless that
 * is the whole company.
 */
function listedTogether(context: Context, pick: SegmentPick, s0: number, figureStart: number, cuesBefore: number): SegmentDefinition | undefined {
  const { cueMatches, terms, taxonomy, lower } = context;
  const segment = pick.segment!;
  let together = false;
  for (let i = cuesBefore - 1; !together && i >= 0 && cueMatches[i]!.start >= pick.at; i--) together = cueMatches[i]!.entries.some((cue) => cue.kind === "together");
  if (!together) return segment;
  const at = firstFrom(terms, pick.at);
  for (let i = at - 1; i >= 0 && terms[i]!.start >= s0; i--) {
    const other = firstOf(terms[i]!, "segment");
    if (!other) continue;
    const gap = lower.slice(terms[i]!.end, terms[at]!.start);
    if (!LISTED.test(gap) || !LIST_WORD.test(gap)) return segment;
    const common = commonParent(taxonomy, segment, taxonomy.segments.get(other.id)!);
    return common && common.kind !== "total" && common.id !== segment.id ? common : segment;
  }
  return segment;
}

/**
 * A part of the picked segment named before it is the figure's when it opens the figure's clause, as
 * its subject ("某芯片号称AWS最快的芯片": the chip's, not AWS's), or when the picked segment's
 * word only repeats the end of the part's ("Prime Video广告覆盖十余国，…广告观众超2亿": Prime Video ads').
 */
function moreSpecific(context: Context, pick: SegmentPick, s0: number, c0: number): SegmentDefinition {
  const { terms, taxonomy, lower } = context;
  const segment = pick.segment!;
  if (!parentSegments(taxonomy).has(segment.id)) return segment;
  const at = firstFrom(terms, pick.at);
  const picked = terms[at];
  if (!picked) return segment;
  for (let i = at - 1; i >= 0 && terms[i]!.start >= s0; i--) {
    const other = firstOf(terms[i]!, "segment");
    const definition = other ? taxonomy.segments.get(other.id) : undefined;
    if (!definition || !isPartOf(taxonomy, definition, segment)) continue;
    if (comparedWith(lower, terms[i]!.start)) continue;
    const subject = terms[i]!.start >= c0 && /^\s*$/.test(lower.slice(c0, terms[i]!.start));
    if (subject || lower.slice(terms[i]!.start, terms[i]!.end).endsWith(lower.slice(picked.start, picked.end))) return definition;
  }
  return segment;
}

const parents = new WeakMap<Taxonomy, ReadonlySet<string>>();

/** The segments that have parts (that some segment names as its `parent`). */
function parentSegments(taxonomy: Taxonomy): ReadonlySet<string> {
  let set = parents.get(taxonomy);
  if (!set) parents.set(taxonomy, (set = new Set([...taxonomy.segments.values()].flatMap((segment) => (segment.parent ? [segment.parent] : [])))));
  return set;
}

/** Whether `part` is (by `parent`, at any depth) a part of `whole`. */
function isPartOf(taxonomy: Taxonomy, part: SegmentDefinition, whole: SegmentDefinition): boolean {
  let s: SegmentDefinition | undefined = part.parent ? taxonomy.segments.get(part.parent) : undefined;
  for (let depth = 0; s && depth < 16; s = s.parent ? taxonomy.segments.get(s.parent) : undefined, depth++) if (s.id === whole.id) return true;
  return false;
}

/** The nearest segment both are part of (by `parent`), if any. */
function commonParent(taxonomy: Taxonomy, a: SegmentDefinition, b: SegmentDefinition): SegmentDefinition | undefined {
  const ancestors = new Set<string>();
  for (let s: SegmentDefinition | undefined = a, depth = 0; s && depth < 16; s = s.parent ? taxonomy.segments.get(s.parent) : undefined, depth++) ancestors.add(s.id);
  for (let s: SegmentDefinition | undefined = b, depth = 0; s && depth < 16; s = s.parent ? taxonomy.segments.get(s.parent) : undefined, depth++) if (ancestors.has(s.id) && s.id !== b.id) return s;
  return undefined;
}

/** The market segment named last in the sentence [s0, s1), if any. */
function marketInSentence(context: Context, s0: number, s1: number): SegmentDefinition | undefined {
  const { terms, taxonomy } = context;
  for (let i = firstFrom(terms, s1) - 1; i >= 0 && terms[i]!.start >= s0; i--) {
    if (terms[i]!.end > s1) continue;
    for (const term of terms[i]!.entries) {
      if (term.kind !== "segment") continue;
      const definition = taxonomy.segments.get(term.id);
      if (definition?.kind === "market") return definition;
    }
  }
  return undefined;
}

const marketSellers = new WeakMap<Taxonomy, Map<string, SegmentDefinition | undefined>>();

/** The entity's segment that sells in a market (the taxonomy's `markets`): the first such segment the entity may use, if any. */
function marketSeller(taxonomy: Taxonomy, entity: string, market: string): SegmentDefinition | undefined {
  let cache = marketSellers.get(taxonomy);
  if (!cache) marketSellers.set(taxonomy, (cache = new Map()));
  const key = `${entity}\u0000${market}`;
  if (cache.has(key)) return cache.get(key);
  let seller: SegmentDefinition | undefined;
  for (const segment of taxonomy.segments.values()) {
    if (segment.markets?.includes(market) && (!segment.entities || segment.entities.includes(entity))) {
      seller = segment;
      break;
    }
  }
  cache.set(key, seller);
  return seller;
}

/** A figure's period from the chosen period match (or none): specifications, instants and balances put as they are stated. */
function finishPeriod(context: Context, metric: MetricDefinition, entity: string, periodAt: number, inSentence: boolean): string {
  let period = periodAt >= 0 ? context.periodLabels[periodAt] : undefined;
  if (SPEC_METRICS.has(metric.id) && !(periodAt >= 0 && inSentence)) period = "none";
  const now = periodAt >= 0 && context.periods[periodAt]!.cue.kind === "now";
  if ((period === undefined || !inSentence || now) && INSTANT_METRICS.has(metric.id) && context.periodContext.date) period = `@${context.periodContext.date}`;
  period ??= context.defaultPeriod ?? "none";
  // Quarters are written by the calendar unless marked fiscal: put them in the company's own quarters.
  const cue = periodAt >= 0 ? context.periods[periodAt]!.cue : undefined;
  if (!(cue?.kind === "quarter" && cue.fiscal)) period = fiscalQuarterOf(period, context.taxonomy.entities.get(entity)?.fiscalYearEnd);
  const deadline = periodAt >= 0 && context.periodDeadline[periodAt] && metric.kind === "count";
  if ((STOCK_METRICS.has(metric.id) || deadline) && period !== "none" && !period.startsWith("@") && !period.includes("..")) {
    const parsed = parsePeriod(period, context.taxonomy.entities.get(entity)?.fiscalYearEnd);
    if (parsed.ok && parsed.period.end) period = `@${parsed.period.end}`;
  }
  return period;
}

/** Whether a period (a label) has ended before the article's date, so it can have been reported (true without a date). */
function isOverBy(context: Context, entity: string, label: string): boolean {
  const date = context.periodContext.date;
  if (!date) return true;
  const parsed = parsePeriod(label, context.taxonomy.entities.get(entity)?.fiscalYearEnd);
  return !(parsed.ok && parsed.period.end !== undefined && parsed.period.end >= date);
}

/** Whether a term is followed by another figure in brackets ("营收增速(14%)"): that figure's metric, not one for figures after it. */
function ownedByAside(context: Context, term: TermMatch<Term>, index: number): boolean {
  const code = context.text.charCodeAt(term.end);
  if (code !== 0x28 && code !== 0xff08) return false;
  const at = firstFrom(context.figures, term.end + 1);
  const aside = context.figures[at];
  return aside !== undefined && at !== index && aside.start <= term.end + 2;
}

/** Whether a metric word is written right after another figure of the same kind (its unit's noun: "40位跟踪该公司的分析师"). */
function countsAnother(context: Context, term: TermMatch<Term>, figure: Figure, index: number): boolean {
  // The term is before this figure: walk back over the few figures between them.
  let at = index - 1;
  while (at >= 0 && context.figures[at]!.start >= term.start) at--;
  const other = context.figures[at];
  return other !== undefined && other.unitKind === figure.unitKind && term.start - other.end <= 1 && term.start >= other.end;
}

/**
 * Whether Chinese words stand between a figure and a period after it: "$5bn next year" and "50亿美元(明年)"
 * put the period right behind the figure, but in "…将再次翻倍仅第四季度…", two clauses run together
 * without a comma, the period opens the next clause. (Few characters: the gap is capped at 24.)
 */
function wordsBetween(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x4e00 && code <= 0x9fff && code !== DE && code !== ZAI && code !== YU) return true;
  }
  return false;
}
const DE = "的".charCodeAt(0);
const FANG = "方".charCodeAt(0);
const ZAI = "在".charCodeAt(0);
const YU = "于".charCodeAt(0);

/** Whether the period at `i` may be the figure's (see bindFigure). */
function usablePeriod(context: Context, i: number, before: boolean, comparesAgainst: boolean, index: number): boolean {
  const match = context.periods[i]!;
  if (match.cue.kind === "same_period_last_year" && comparesAgainst) return false;
  if (context.periodComparison[i] && (!before || comparesAgainst || firstFrom(context.figures, match.end) < index)) return false;
  return context.periodLabels[i] !== undefined;
}

/**
 * "40 位跟踪该公司的分析师": analysts who are what is counted are not who estimates: those named as the
 * figure's own metric, inside the longer words of another metric, or right after another figure (40 位分析师).
 */
function overlapsMetric(context: Context, match: TermMatch<Cue>, metricMatch: TermMatch<Term> | undefined): boolean {
  if (!match.entries.some(isEstimate)) return false;
  if (metricMatch !== undefined && match.start < metricMatch.end && metricMatch.start < match.end) return true;
  const term = context.terms[firstFrom(context.terms, match.end) - 1];
  if (term === undefined || !(match.start < term.end && term.start < match.end) || firstOf(term, "metric") === undefined) return false;
  if (term.end - term.start > match.end - match.start) return true;
  const counted = context.figures[firstFrom(context.figures, term.start) - 1];
  return counted !== undefined && term.start - counted.end <= 1;
}

/** Whether an entity's name ends right before `at` (a space or 也/还/则 between): the subject of the word at `at`. */
function entityRightBefore(terms: readonly TermMatch<Term>[], at: number, lower: string): boolean {
  const i = firstFrom(terms, at) - 1;
  const term = terms[i];
  if (!term || term.end > at || !firstOf(term, "entity")) return false;
  const between = lower.slice(term.end, at);
  return between.length <= 2 && /^\s?[也还则亦]?\s?$/.test(between);
}

/** Whether a fall word (a decline cue, or 低 / 少 of a comparison) ends right before `at`, with at most 了 or a space between. */
function fallRightBefore(lower: string, change: TermMatch<Cue> | undefined, decline: boolean, at: number): boolean {
  let end = at;
  while (end > 0 && at - end < 3 && (lower.charCodeAt(end - 1) === 0x20 || lower[end - 1] === "了")) end--;
  if (decline && change && change.end === end) return true;
  const previous = lower[end - 1];
  return (previous === "低" || previous === "少") && lower[end - 2] !== "最" && lower[end - 2] !== "至";
}

const isEstimate = (entry: Cue): boolean => entry.kind === "basis" && entry.basis === "estimate";
const FUTURE_CHARACTER = "将".charCodeAt(0);

/** FUTURE_WORDS.test(lower.slice(from, to)), without the slice when neither 将 nor a "w" is there. */
function saysFuture(lower: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const code = lower.charCodeAt(i);
    if (code === FUTURE_CHARACTER) return true;
    if (code === 0x77) return FUTURE_WORDS.test(lower.slice(from, to));
  }
  return false;
}

/** Whether the clause before a figure says it will spend it: 将 and then 投入 / 投资 / 花费 (or "will … invest / spend"). */
function willSpend(lower: string, from: number, to: number): boolean {
  for (let i = to - 1; i >= from; i--) if (lower.charCodeAt(i) === FUTURE_CHARACTER) return SPEND_WORDS.test(lower.slice(i, to));
  const english = lower.slice(from, to);
  return /\bwill\b/.test(english) && /\b(?:invest|spend)\b/.test(english);
}
const SPEND_WORDS = /投入|投资|花费|砸下/;

function skipFigure(context: Context, figure: Figure, line: number, column: number, reason: string): SkippedFigure {
  return { line, column, text: context.original.slice(figure.start, figure.end), reason };
}

function bindFigure(context: Context, figure: Figure, index: number): ProposedFact | SkippedFigure {
  const { taxonomy, text, terms, periods, cueMatches } = context;
  const cursors = context.cursors;
  // The sentence and the clause holding the figure: [s0, s1) and [c0, c1).
  const sentence = startIndex(cursors.sentences, figure.numberStart);
  const s0 = context.sentences[sentence]!;
  const s1 = context.sentences[sentence + 1] ?? text.length;
  const clause = startIndex(cursors.clauses, figure.numberStart);
  const c0 = context.clauses[clause]!;
  const c1 = context.clauses[clause + 1] ?? text.length;
  const previousEnd = Math.max(c0, context.figures[index - 1]?.end ?? 0);
  const nextStart = Math.min(c1, context.figures[index + 1]?.start ?? text.length);
  const lineIndex = startIndex(cursors.lines, figure.start);
  const line = lineIndex + 1;
  const column = figure.start - context.lineStarts[lineIndex]! + 1;
  /** Terms, cues and periods starting before the figure's start are before these indices; those starting at or after its end from these. */
  const termsBefore = seek(cursors.termsBefore, figure.start);
  const termsAfter = seek(cursors.termsAfter, figure.end);
  const cuesBefore = seek(cursors.cuesBefore, figure.start);
  const periodsBefore = seek(cursors.periodsBefore, figure.start);

  // Measure cues in the clause before the figure.
  let measureCue: Measure | undefined;
  for (let i = termsBefore - 1; i >= 0 && terms[i]!.start >= c0; i--) {
    if (terms[i]!.end > figure.start) continue;
    const measure = firstOf(terms[i]!, "measure");
    if (measure) {
      measureCue = measure.id;
      break;
    }
  }
  // "30%的市场份额", "a 30% share": a share word right after a percent names its measure when none is said
  // before it. So does an amount's or a count's word after 的 ("60%的收入", "三分之一的销量"): a percent of
  // revenue is a share of it.
  if (measureCue === undefined && figure.unitKind === "percent") {
    const lower = context.lower;
    let at = figure.end;
    if (lower.charCodeAt(at) === 0x20) at++;
    const of = lower.charCodeAt(at) === DE;
    if (of) at++;
    const i = seek(cursors.termsAfter, figure.end);
    const next = terms[i];
    if (next && next.start === at && next.start < nextStart) {
      const measure = firstOf(next, "measure");
      const metric = of ? firstOf(next, "metric") : undefined;
      const units = metric ? taxonomy.metrics.get(metric.id)?.units : undefined;
      if ((measure && measure.id === "share") || (units && !units.includes("percent") && !units.includes("multiple"))) measureCue = "share";
    }
  }
  // The clause's cue words before the figure, nearest first.
  let change: TermMatch<Cue> | undefined;
  let share = false;
  let loss = false;
  let priorGeneration = false;
  for (let i = cuesBefore - 1; i >= 0 && cueMatches[i]!.start >= c0; i--) {
    const match = cueMatches[i]!;
    if (match.end > figure.start) continue;
    for (const cue of match.entries) {
      if (cue.kind === "decline" || cue.kind === "growth") change ??= match;
      else if (cue.kind === "share") share = true;
      else if (cue.kind === "loss") loss = true;
      else if (cue.kind === "prior_generation") priorGeneration = true;
    }
  }
  const decline = change?.entries.some((cue) => cue.kind === "decline") ?? false;
  const figureCues: FigureCues = { figure, measureCue, decline, share, loss, priorGeneration };

  // Metric: a word right after the figure ("140万颗", "3亿客户"), else the nearest before it in the
  // sentence, else one after it in the clause; the first whose units fit the figure.
  let metricMatch: TermMatch<Term> | undefined;
  let metric: MetricDefinition | undefined;
  // 分别 / respectively: "营收和净利润分别增长21%和72%" gives the k-th figure after 分别 the k-th metric of the list before it.
  const listed = respectively(context, s0, s1, figure, index, terms, acceptMetric, { taxonomy, cues: figureCues });
  if (listed) {
    metric = fittingMetric(taxonomy, listed, figureCues);
    if (metric) metricMatch = listed;
  }
  // "…增加了3.9吉瓦，这已是2022年时的两倍", "this is twice…": a multiple in a clause that opens with 这 /
  // this is a multiple of the figure just stated in its sentence: its metric, segment and period (the
  // years in its own clause are the base it is compared with).
  const antecedent = figure.unitKind === "multiple" && THIS_OPENS.test(context.lower.slice(c0, Math.min(figure.start, c0 + 12))) ? factBefore(context, s0, c0) : undefined;
  if (!metric && antecedent) metric = taxonomy.metrics.get(antecedent.metric);
  // A term that holds the figure: a metric named with its count (三项特别费用) is the figure's metric; a
  // segment or an entity named with one (四家公司) makes the figure part of a name, not a fact.
  for (let i = Math.max(0, termsBefore - 1); !metric && i < terms.length && terms[i]!.start <= figure.start; i++) {
    const holder = terms[i]!;
    if (holder.end <= figure.start) continue;
    if (firstOf(holder, "segment") || firstOf(holder, "entity")) return skipFigure(context, figure, line, column, "the figure is part of a name");
    metric = fittingMetric(taxonomy, holder, figureCues);
    if (metric) metricMatch = holder;
  }
  if (!metric) {
    const to = Math.min(nextStart, figure.end + 2);
    for (let i = seek(cursors.termsAtNumberEnd, figure.numberEnd); i < terms.length && terms[i]!.start < to; i++) {
      metric = fittingMetric(taxonomy, terms[i]!, figureCues);
      if (metric) {
        metricMatch = terms[i]!;
        break;
      }
    }
    // "省下12亿美元的仓储开销": a metric named by a fall word right before the figure (a saving; a hedge or
    // 可 between at most) names it ahead of the one after 的, which says what falls (the costs saved).
    // "投入1000亿美元的资本支出" is no fall: there the word after 的 names the figure.
    if (metric && context.lower[figure.end] === "的" && termsBefore > 0) {
      const before = terms[termsBefore - 1]!;
      const fall = cueMatches[firstFrom(cueMatches, before.start)];
      const falls = fall !== undefined && fall.start === before.start && fall.entries.some((cue) => cue.kind === "decline");
      const said = falls && before.end <= figure.start && RIGHT_BEFORE.test(context.lower.slice(before.end, figure.start)) ? fittingMetric(taxonomy, before, figureCues) : undefined;
      if (said && said.kind === metric.kind) {
        metric = said;
        metricMatch = before;
      }
    }
  }
  /** A metric word before the figure that counts another figure of its kind ("57位分析师中，49位…"): taken only when none follows in the clause. */
  let countedElsewhere: { metric: MetricDefinition; match: TermMatch<Term> } | undefined;
  // "在资本支出方面再投约900亿美元": the metric named as the clause's topic (在…方面) is the figure's, not the verb after it.
  if (!metric) {
    for (let i = termsBefore - 1; !metric && i >= 0 && terms[i]!.start >= c0; i--) {
      if (terms[i]!.end > figure.start || context.lower.charCodeAt(terms[i]!.end) !== FANG || !context.lower.startsWith("方面", terms[i]!.end)) continue;
      metric = fittingMetric(taxonomy, terms[i]!, figureCues, context.lower);
      if (metric) metricMatch = terms[i]!;
    }
  }
  if (!metric) {
    for (let i = termsBefore - 1; i >= 0 && terms[i]!.start >= s0; i--) {
      if (terms[i]!.end > figure.start) continue;
      if (ownedByAside(context, terms[i]!, index)) continue;
      metric = fittingMetric(taxonomy, terms[i]!, figureCues, context.lower);
      if (metric) {
        metricMatch = terms[i]!;
        if (countsAnother(context, terms[i]!, figure, index)) {
          countedElsewhere = { metric, match: metricMatch };
          metric = metricMatch = undefined;
        }
        break;
      }
    }
  }
  if (!metric) {
    for (let i = termsAfter; i < terms.length && terms[i]!.start < nextStart; i++) {
      metric = fittingMetric(taxonomy, terms[i]!, figureCues, context.lower);
      if (metric) {
        metricMatch = terms[i]!;
        break;
      }
    }
  }
  if (!metric && countedElsewhere) {
    metric = countedElsewhere.metric;
    metricMatch = countedElsewhere.match;
  }
  // Market share is revenue as a share of a market: "在公有云市场的份额为28%", "market share of 28%".
  if (!metric && figure.unitKind === "percent" && measureCue === "share") {
    const marketNamed = marketInSentence(context, s0, s1) !== undefined;
    const revenue = taxonomy.metrics.get("revenue");
    if (revenue && (marketNamed || /市场份额|市占率|market share/.test(context.lower.slice(Math.max(c0, figure.start - 80), Math.min(nextStart, figure.end + 8))))) metric = revenue;
  }
  // "广告业务增长22%", "the cloud unit grew 24%": a business that grows, with no metric named, grows its revenue.
  if (!metric && figure.unitKind === "percent" && change !== undefined && figureCues.measureCue !== "share" && !share) {
    let named = false;
    for (let i = termsBefore - 1; !named && i >= 0 && terms[i]!.start >= c0; i--) {
      if (terms[i]!.end > change.start) continue;
      const term = firstOf(terms[i]!, "segment");
      named = term !== undefined && taxonomy.segments.get(term.id)?.kind !== "market";
    }
    if (named) metric = taxonomy.metrics.get("revenue");
  }
  if (!metric) return skipFigure(context, figure, line, column, "no metric word fits this figure in its sentence");
  const measure = measureFor(figureCues, metric);
  const unit = unitFor(figure, metric)!;

  // Segment: the nearest before the figure in its clause, else one after it in the clause, else the
  // nearest before it in the sentence (segments carry across clauses). A name running into the clause
  // ("甲、乙、丙和丁等四家公司", whose 、 end clauses) counts as in it.
  const pick: SegmentPick = { segment: undefined, at: -1, market: undefined };
  for (let i = termsBefore - 1; i >= 0 && terms[i]!.end > c0; i--) {
    if (terms[i]!.end > figure.start) continue;
    if (takeSegment(context, terms[i]!, true, measure, pick)) break;
  }
  if (!pick.segment) {
    for (let i = termsAfter; i < terms.length && terms[i]!.start < nextStart; i++) if (takeSegment(context, terms[i]!, true, measure, pick)) break;
  }
  // A company named after a segment, before the figure, is the new subject (…物流等业务扩张，预计亚马逊
  // 将投入…): the segment of an earlier clause stays behind.
  const isCompany = (match: TermMatch<Term>) => {
    const named = firstOf(match, "entity");
    return named !== undefined && named.id !== "MARKET" && !firstOf(match, "segment");
  };
  // So is a word for the whole company in the figure's clause (全球, 公司, globally). Looked for only
  // when an earlier clause has a segment to carry.
  if (!pick.segment) {
    for (let i = seek(cursors.termsBeforeClause, c0) - 1; i >= 0 && terms[i]!.start >= s0; i--) {
      if (terms[i]!.end > c0) continue;
      if (takeSegment(context, terms[i]!, true, measure, pick)) break;
      if (isCompany(terms[i]!)) break;
    }
    let companyInClause = false;
    for (let i = termsBefore - 1; pick.segment && !companyInClause && i >= 0 && terms[i]!.start >= c0; i--) companyInClause = terms[i]!.end <= figure.start && (isCompany(terms[i]!) || firstOf(terms[i]!, "whole") !== undefined);
    for (let i = termsAfter; pick.segment && !companyInClause && i < terms.length && terms[i]!.start < nextStart; i++) companyInClause = firstOf(terms[i]!, "whole") !== undefined;
    if (companyInClause) {
      pick.segment = undefined;
      pick.at = -1;
    }
  }
  if (pick.segment) pick.segment = moreSpecific(context, pick, s0, c0);
  if (pick.segment) pick.segment = listedTogether(context, pick, s0, figure.start, cuesBefore);
  let segment = pick.segment;
  const segmentAt = pick.at;
  // A share's market may be named anywhere in its sentence ("A以21%的份额居次，…三家合占公有云市场六成多的份额").
  const marketSegment = pick.market ?? (measure === "share" ? marketInSentence(context, s0, s1) : undefined);
  if (!segment && !marketSegment) {
    const topic = context.lineSegments[lineIndex];
    const definition = topic === undefined ? undefined : taxonomy.segments.get(topic);
    if (definition && !definition.entities?.includes("MARKET")) segment = definition;
  }
  // Entity: the segment's own, else the nearest named before the figure, else the article's.
  let entity = context.entity;
  let entityAt = -1;
  for (let i = termsBefore - 1; i >= 0 && terms[i]!.start >= s0; i--) {
    if (terms[i]!.end > figure.start) continue;
    const term = firstOf(terms[i]!, "entity");
    if (term && term.id !== "MARKET") {
      entity = term.id;
      entityAt = terms[i]!.start;
      break;
    }
  }
  if (segment?.entities && !segment.entities.includes(entity)) {
    if (entityAt > segmentAt && segmentAt >= 0 && !segment.entities.includes("MARKET")) segment = undefined;
    else entity = segment.entities[0]!;
  }
  // A company's share of a market is the share of the segment that sells in it ("亚马逊于公有云市场所占的份额"
  // is AWS's), when the text names the company but not that segment.
  if (!segment && marketSegment && measure === "share" && entity !== "MARKET") segment = marketSeller(taxonomy, entity, marketSegment.id);
  if (antecedent) {
    segment = taxonomy.segments.get(antecedent.segment);
    entity = antecedent.entity;
  }
  const segmentId = segment?.id ?? "total";

  // Period: a period word right behind the figure ("$5bn next year", never inside a following aside),
  // else the nearest before it in its sentence, else the nearest earlier in its paragraph (a paragraph
  // that opens with 2025年全年 or 第四季度 talks about that period until it names another). 同期 and
  // 当季 take the period the text was just talking about. A period that starts or is the base of a
  // comparison (从2024年的592亿美元增至…, 比2024年增长20%) belongs to the figure right after it only, and a
  // year-ago period is the base of a change or a multiple, never its period.
  let paren = -1;
  for (let i = figure.end; i < nextStart; i++) {
    const code = text.charCodeAt(i);
    if (code === 0xff08 || code === 0x28) {
      paren = i - figure.end;
      break;
    }
  }
  const limit = Math.min(nextStart, figure.end + 24, paren >= 0 ? figure.end + paren : nextStart);
  const comparesAgainst = measure !== "level" || figure.unitKind === "multiple";
  /** The chosen period's index in context.periods, or -1. */
  let periodAt = -1;
  const listedPeriod = respectively(context, s0, s1, figure, index, periods, acceptPeriod, context);
  if (listedPeriod) periodAt = firstFrom(periods, listedPeriod.start);
  if (periodAt < 0) {
    const i = seek(cursors.periodsAfter, figure.end);
    if (i < periods.length && periods[i]!.start < limit && !wordsBetween(text, figure.end, periods[i]!.start) && usablePeriod(context, i, false, comparesAgainst, index)) periodAt = i;
  }
  let inSentence = true;
  /** In a paragraph whose last period is still to come at the article's date, the last one that is over. */
  let pastPeriodAt = -1;
  if (periodAt < 0) {
    for (let i = periodsBefore - 1; i >= 0 && periods[i]!.start >= s0; i--) {
      if (periods[i]!.end > figure.start) continue;
      // 目前 / currently says when only for its own clause.
      if (periods[i]!.cue.kind === "now" && periods[i]!.start < c0) continue;
      if (usablePeriod(context, i, true, comparesAgainst, index)) {
        periodAt = i;
        break;
      }
    }
  }
  if (periodAt < 0) {
    // The paragraph's start: the last line start at or before s0 (normalising keeps every "\n" in place,
    // so the original's line starts are the text's; at s0 = 0 there is no earlier paragraph either way).
    const paragraphStart = context.lineStarts[startIndex(cursors.paragraphs, s0)]!;
    if (paragraphStart < s0) {
      const from = Math.max(paragraphStart, s0 - 2000);
      for (let i = seek(cursors.periodsBeforeSentence, s0) - 1; i >= 0 && periods[i]!.start >= from; i--) {
        if (periods[i]!.end > s0) continue;
        if (periods[i]!.cue.kind !== "date" && periods[i]!.cue.kind !== "now" && usablePeriod(context, i, true, comparesAgainst, index)) {
          if (periodAt < 0) {
            periodAt = i;
            inSentence = false;
            if (isOverBy(context, entity, context.periodLabels[i]!)) break;
          } else if (isOverBy(context, entity, context.periodLabels[i]!)) {
            // The paragraph's forecast period (预计第四季度…) is not the period of the reported figures after it.
            pastPeriodAt = i;
            break;
          }
        }
      }
    }
  }
  if (measure === "cagr" && (periodAt < 0 || periods[periodAt]!.cue.kind !== "span")) {
    for (let i = periodsBefore - 1; i >= 0 && periods[i]!.start >= s0; i--) {
      if (periods[i]!.end > figure.start) continue;
      if (periods[i]!.cue.kind === "span") {
        periodAt = i;
        break;
      }
    }
  }
  context.periodStated = periodAt >= 0 && inSentence;
  let period = antecedent ? antecedent.period : finishPeriod(context, metric, entity, periodAt, inSentence);
  if (measure === "cagr" && !period.includes("..")) return skipFigure(context, figure, line, column, "a CAGR needs a span of periods, and none is stated in its sentence");

  // Basis: ex-FX and non-GAAP are said in the figure's clause; guidance, estimates, plans and run
  // rates anywhere before it in the sentence (or right after it in the clause).
  let basis: Basis = "reported";
  for (let i = seek(cursors.cuesInClause, previousEnd); i < cueMatches.length && cueMatches[i]!.start < nextStart; i++) {
    const said = basisOf(cueMatches[i]!, "clause");
    if (said) {
      basis = said;
      break;
    }
  }
  if (basis === "reported") {
    let found: Basis | undefined;
    for (let i = cuesBefore - 1; i >= 0 && cueMatches[i]!.start >= s0; i--) {
      const match = cueMatches[i]!;
      if (match.end > figure.start) continue;
      const said = basisOf(match, "sentence");
      if (said && !overlapsMetric(context, match, metricMatch)) {
        found = said;
        // "谷歌预测…", "Alphabet forecasts…": a company's own forecast is its guidance, not an estimate.
        if (said === "estimate" && !ANALYST_WORDS.test(context.lower.slice(match.start, match.end)) && entityRightBefore(terms, match.start, context.lower)) found = "guidance";
        break;
      }
    }
    if (!found) {
      for (let i = seek(cursors.cuesAfter, figure.end); i < cueMatches.length && cueMatches[i]!.start < nextStart; i++) {
        const said = basisOf(cueMatches[i]!, "sentence");
        if (said && !overlapsMetric(context, cueMatches[i]!, metricMatch)) {
          found = said;
          break;
        }
      }
    }
    // "expected … according to analysts": analysts, a consensus or a bank (摩根士丹利预计) named anywhere in
    // the sentence make a forecast theirs, not the company's.
    if (found === "guidance") {
      for (let i = firstFrom(cueMatches, s0); i < cueMatches.length && cueMatches[i]!.start < s1; i++) {
        const match = cueMatches[i]!;
        if (overlapsMetric(context, match, metricMatch)) continue;
        if (match.entries.some((entry) => entry.kind === "analyst_house") || (match.entries.some(isEstimate) && ANALYST_WORDS.test(context.lower.slice(match.start, match.end)))) {
          found = "estimate";
          break;
        }
      }
    }
    if (found) basis = found;
  }

  // A run rate is a level: a growth rate said beside one ("年化收入…，并保持三位数增长") is not annualised.
  if (basis === "run_rate" && measure !== "level") basis = "reported";
  // Upside is the distance to a price target, which is an estimate, whoever states it.
  if (basis === "reported" && ESTIMATE_METRICS.has(metric.id)) basis = "estimate";
  if (basis === "reported" && pastPeriodAt >= 0) period = finishPeriod(context, metric, entity, pastPeriodAt, false);

  // A figure for a period that has not ended by the article's date cannot be reported: what the
  // company "will" do (将, will) in it is its plan.
  // The same goes for what a company expects it will spend (预计…将在资本支出方面追加投入…): what it will
  // invest is its plan, as 将投入 is, even with words between.
  const planned = basis === "reported" || (basis === "guidance" && willSpend(context.lower, c0, figure.start));
  if (planned && context.periodContext.date && period !== "none" && saysFuture(context.lower, s0, figure.start)) {
    const parsed = parsePeriod(period, taxonomy.entities.get(entity)?.fiscalYearEnd);
    if (parsed.ok && parsed.period.end !== undefined && parsed.period.end > context.periodContext.date) basis = "plan";
  }

  // Sign: a loss, or a fall for a change.
  let value = figure.value;
  const metricTerm = metricMatch ? firstOf(metricMatch, "metric") : undefined;
  const isLoss = (metricTerm?.loss ?? false) || loss;
  // A percent level written right after a fall word (功耗降低了40%, 价格低14%, "40% lower") is a negative difference;
  // after 降至 / fell to it is the new level.
  const fallBefore = measure === "level" && figure.unitKind === "percent" && metric.kind === "ratio" && !metric.units.includes("currency") && fallRightBefore(context.lower, change, decline, figure.start);
  const negative = (measure === "level" && (isLoss || fallBefore || (FALL_METRICS.has(metric.id) && decline))) || (CHANGE_MEASURES.has(measure) && decline);
  let valueHigh = figure.valueHigh;
  if (negative && !value.startsWith("-")) {
    // A fall of 20% to 40% runs from -40 to -20: the ends swap as they turn negative.
    if (valueHigh !== undefined && !valueHigh.startsWith("-")) [value, valueHigh] = [`-${valueHigh}`, `-${value}`];
    else value = `-${value}`;
  }

  let of: string | undefined;
  if (measure === "share") of = marketSegment ? `MARKET/${marketSegment.id}` : `${entity}/total`;
  if (measure === "multiple") of = priorGeneration ? "prior_generation" : "year_earlier";

  const written = figure.scale;
  const scale = written === undefined ? undefined : (written.includes("万") || written.includes("亿")) && figure.scaleAt !== undefined ? context.original.slice(figure.scaleAt, figure.scaleAt + written.length) : written;
  // Built field by field, in the order the fact file writes them.
  const fact = { entity, segment: segmentId, metric: metric.id, measure } as ProposedFact;
  if (of !== undefined) fact.of = of;
  fact.period = period;
  fact.basis = basis;
  fact.qualifier = figure.qualifier;
  fact.value = value;
  if (valueHigh !== undefined) fact.valueHigh = valueHigh;
  if (scale !== undefined) fact.scale = scale;
  fact.unit = unit;
  fact.quote = quoteFor(context, figure, c0, c1);
  fact.line = line;
  fact.column = column;
  return fact;
}

/**
 * 分别 / respectively: when the figure follows 分别 (or its sentence says "respectively") and the k-th
 * figure after it is this one, the k-th item of the list ("A和B", "A、B及C", "A and B") of the same kind
 * just before 分别 in the sentence, when that list has exactly as many items as there are figures.
 */
function respectively<T extends { start: number; end: number }, D>(context: Context, s0: number, s1: number, figure: Figure, index: number, list: readonly T[], accept: (match: T, data: D) => boolean, data: D): T | undefined {
  // Whether the sentence says 分别 or respectively at all, once per sentence (figures come in order).
  if (context.respectivelySentence !== s0) {
    const said = context.lower.slice(s0, s1);
    context.respectivelySentence = s0;
    context.respectivelySaid = said.includes("分别") || said.includes("respectively");
  }
  if (!context.respectivelySaid) return undefined;
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
  const to = s0 + marker;
  const before: T[] = [];
  for (let i = firstFrom(list, to) - 1; i >= 0 && list[i]!.start >= s0; i--) if (list[i]!.end <= to && accept(list[i]!, data)) before.push(list[i]!);
  before.reverse();
  if (before.length < run.length) return undefined;
  const items = before.slice(before.length - run.length);
  for (let i = 1; i < items.length; i++) if (!LIST_JOINER.test(context.lower.slice(items[i - 1]!.end, items[i]!.start))) return undefined;
  return items[k];
}

/** JavaScript's \s, by UTF-16 code unit. */
function isSpaceCode(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

/** Punctuation trimmed off a quote's ends (besides \s); "." only at its start. */
const QUOTE_TRIM: ReadonlySet<number> = new Set([..."，,；;：:、。!?！？《》"].map((c) => c.charCodeAt(0)));

/** How many code points text.slice(start, end) holds (as [...slice].length counts them). */
function codePointCount(text: string, start: number, end: number): number {
  let count = end - start;
  for (let i = start + 1; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xdc00 && code <= 0xdfff) {
      const previous = text.charCodeAt(i - 1);
      if (previous >= 0xd800 && previous <= 0xdbff) count--;
    }
  }
  return count;
}

/** The clause around the figure from the original text, trimmed, cut to at most 80 characters around the figure. */
function quoteFor(context: Context, figure: Figure, c0: number, c1: number): string {
  const text = context.original;
  let start = c0;
  let end = c1;
  for (let code = text.charCodeAt(start); start < figure.start && (isSpaceCode(code) || QUOTE_TRIM.has(code) || code === 0x2e); code = text.charCodeAt(++start));
  for (let code = text.charCodeAt(end - 1); end > figure.end && (isSpaceCode(code) || QUOTE_TRIM.has(code)); code = text.charCodeAt(--end - 1));
  if (codePointCount(text, start, end) > MAX_QUOTE) {
    start = Math.max(start, Math.min(figure.start, figure.end - MAX_QUOTE + 20));
    end = Math.min(end, start + MAX_QUOTE);
    if (end < figure.end) end = figure.end;
  }
  // Never cut a surrogate pair in two.
  const first = text.charCodeAt(start);
  if (first >= 0xdc00 && first <= 0xdfff) start++;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--;
  let quote = text.slice(start, end).trim();
  while (codePointCount(quote, 0, quote.length) > MAX_QUOTE) quote = [...quote].slice(0, MAX_QUOTE).join("").trim();
  return quote;
}
