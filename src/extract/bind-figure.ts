// Binding one figure: from its place in the text to a proposed fact (or the reason it is skipped),
// in named steps, each reading the context and what the steps before it decided: the metric (and
// with it the measure and the unit), the segment and the entity, the period, the basis, the sign,
// and last the fact itself with its quote.
import { type Basis, CHANGE_MEASURES, type Measure } from "../model/types.js";
import { lastStartAtOrBefore } from "../model/lines.js";
import { PeriodDays } from "../periods/period-days.js";
import { fiscalYearLabel, instantLabel, isSpanLabel, quarterLabel, quarterLabelAfter, quarterOfLabel, shiftLabel, spanLabel, yearOfFiscalYearLabel } from "../periods/period.js";
import { companyNamesOf, type MetricDefinition, type SegmentDefinition, type Taxonomy } from "../taxonomy/taxonomy.js";
import { ANALYST_WORDS, BROKER_FORECASTS, BROKER_NAME, BROKER_REVISES, BROKERS_NOTE, WRITERS_FORECAST, basisOf, houseForecasts, companyWordRightBefore, entityRightBefore, isEstimate, overlapsMetric, saysFuture, willSpend } from "./basis-cues.js";
import type { Context } from "./context.js";
import { hedgePattern, placedWords, THE_COMPANY_WORDS_EN, type Cue } from "./cues.js";
import { WHOSE_FIGURE_MOVES } from "./named-companies.js";
import { storeCountOf } from "./store-counts.js";
import { COHORT_DEFINED_BY, countedThingOf } from "./counted-things.js";
import type { Explanation, ProposedFact, SkippedFigure } from "./proposed-fact.js";
import { isUnitPrice, NUMBER_IN_WORDS, pointLeft, type Figure } from "./figures.js";
import type { TermMatch } from "./lexicon.js";
import { acceptMetric, fits, fittingMetric, measureFor, unitFor, type FigureCues } from "./metric-fit.js";
import { acceptPeriod, aroundStoryPeriod, finishPeriod, isOverBy, metricNamedBetween, namesAForecast, partOfStoryPeriod, runTradingDay, usablePeriod, wordsBetween } from "./period-choice.js";
import { DAY_KINDS, EVENT_PERIOD_KINDS, fiscalQuarterOf, GIVES_BASE_AFTER, isBareFullYear, lastReportedQuarter, type PeriodCue } from "./periods.js";
import { BULLET_LEAD, ITEM_MARKER, TIME_STAMP_LEAD, breakdownTitleOver } from "./layout.js";
import { BUSINESS_WORD, BUSINESS_WORD_START, REPORT_WORDS, REVENUE_WORD, endsWithShareHolder, labelledSharePart, SHARE_VERB, labelsAShare, marketWideBefore, ofWholeAfter, type NewSegment, partAfterOfWhich, renamedSegment, type SharedMarket, holdsShareBefore, marketOfShare, nextListedPart, sameMarket, saysMarketShare, sharesMarketWords, bulletLabelSegment, businessAfterMetric, businessAfterMove, businessBeforeMetric, businessBringingIn, businessSharing, cjkBusinessBeforeMetric, headingPartName, namesBusinessPast, cjkPartBeforeShare, indexSegment, keepNewSegment, businessesUpDown, namedKindMoving, partNamedAtFigure, newSegmentIn, openingNameBusiness, othersBusinessWithMetric, othersBusinessWord, parallelBusinessMoving, quotedNameBeforeMetric, marketNamedAfter, marketNamedBefore, regionAfterMetric, regionBeforeMetric, regionPointedBack, partBeforeWhere, regionLeadIn, regionNamedBefore, regionSourceAfter, saysShareSource } from "./new-segments.js";
import { OFFICER_WORD, othersForecast } from "./forecasters.js";
import { comparedName, entityFor, FIRM_NAME, holderNamed, introducedPeer, knownCompany, type NewEntity, PLACE_LEAD_IN, possessivePeer, sameComparedNames } from "./subject.js";
import { quoteFor } from "./quote.js";
import { respectively, respectivelyRun } from "./respectively.js";
import { listedTogether, marketInSentence, marketSeller, moreSpecific, RIVAL_BEFORE, takeSegment, type SegmentPick } from "./segment-choice.js";
import { companyWrittenAsName, firstOf, segmentFor, termLexicon, type Term } from "./terms.js";
import { asciiLower, isCjkCode, standsAsWord } from "./lexicon.js";
import { toSimplified } from "./normalise.js";
import { compareExact, exact, exactToString, scaleExact } from "../numbers/exact.js";
import { parseWrittenNumber } from "../numbers/written-number.js";
import { codeUnits, firstFrom, LIST_JOINER, seek, startIndex } from "./text-structure.js";
import { wordsPattern } from "./word-patterns.js";
import { SUBJECT_OPENING } from "./line-topics.js";

/** The last fact proposed whose figure stands in [from, to): found walking back over the facts of the current clause. */
function factBefore(context: Context, from: number, to: number): ProposedFact | undefined {
  const bound = context.bound;
  let last: number | undefined;
  for (let i = bound.length - 1; i >= 0 && bound[i]!.start >= from; i--) {
    if (bound[i]!.start >= to) continue;
    last ??= i;
    // "…fell 33.6% to A$1.21 billion, from A$1.82 billion a year earlier. That was short of…": the
    // year-ago base the sentence ends on is not what it was about; the figure it was set against is.
    const fact = bound[i]!.fact;
    let base = false;
    // (The figure it is set against may stand in an earlier sentence: a sentence of the base alone.)
    for (let j = i - 1; !base && j >= 0 && j >= i - 16; j--) {
      const other = bound[j]!.fact;
      base = other.metric === fact.metric && other.measure === fact.measure && shiftLabel(other.period, -1) === fact.period;
    }
    if (!base) return fact;
  }
  if (last === undefined) return undefined;
  // ("…net profit rose 11.2% to Rs 3,412 crore. Net profit stood at Rs 3,068 crore in the year-ago
  // quarter. The figure was ahead of…": a sentence of the base alone points back past it, at its result.)
  const only = bound[last]!.fact;
  for (let j = last - 1; j >= 0 && j >= last - 16; j--) {
    const other = bound[j]!.fact;
    if (other.entity === only.entity && other.metric === only.metric && other.measure === only.measure && shiftLabel(other.period, -1) === only.period) return other;
  }
  return only;
}

/** Whether a bare word for a margin ("a margin of", 利润率) stands right after the metric's word, right before the figure after it, or right after the figure ("a 19% margin"). */
function marginNamedBefore(context: Context, from: number, figureStart: number, figureEnd: number): boolean {
  const { cueMatches } = context;
  const isMargin = (match: TermMatch<Cue> | undefined) => match?.entries.some((cue) => cue.kind === "bare_margin") ?? false;
  // "The EBITDAaL margin widened … to 38.1%": the margin word right after the amount's word.
  const next = cueMatches[firstFrom(cueMatches, from)];
  if (isMargin(next) && next!.start - from <= 1 && next!.end <= figureStart) return true;
  // "…, giving a margin of 40.9%": the margin word right before the figure.
  let at = firstFrom(cueMatches, figureStart) - 1;
  // (A word of its change between is no margin's: "the margin contracting 40 basis points to 20.7%".)
  while (at > 0 && cueMatches[at]!.start >= from && cueMatches[at]!.entries.every((cue) => cue.kind === "decline" || cue.kind === "growth")) at--;
  const match = cueMatches[at];
  // ("a margin of roughly 21%": a hedge may stand between.)
  if (match !== undefined && match.start >= from && (figureStart - match.end <= 4 || HEDGE_BETWEEN.test(context.lower.slice(match.end, figureStart)) || MARGIN_CHANGE_BETWEEN.test(context.lower.slice(match.end, figureStart))) && isMargin(match)) return true;
  // "Free cash flow: $61.4 million, a 19% margin": the margin word right after the percent.
  const after = cueMatches[firstFrom(cueMatches, figureEnd)];
  return isMargin(after) && /^\s?$/.test(context.lower.slice(figureEnd, after!.start));
}
/** Whether a bare word for a margin ("its margin", 利润率 standing alone) stands in [from, to). */
function bareMarginBefore(context: Context, from: number, to: number): boolean {
  const { cueMatches } = context;
  for (let i = firstFrom(cueMatches, from); i < cueMatches.length && cueMatches[i]!.end <= to; i++) if (cueMatches[i]!.entries.some((cue) => cue.kind === "bare_margin")) return true;
  return false;
}
/** An English hedge before a figure (the lexicon's: "roughly", "more than", "close to"), as a pattern. */
const EN_HEDGE = hedgePattern("en");
/** A hedge between a margin's word and its figure: "roughly", "about", "nearly". */
const HEDGE_BETWEEN = new RegExp(`^\\s?${EN_HEDGE}\\s$`);

/** Between a bare margin's word and its figure, a change told of it ("lifting the margin by half a point to 12.4%"). */
// ("with the margin widening to 15.7 per cent": or a verb of its change, then "to", right before its new level;
// "the margin contracting 40 basis points to 20.7 per cent": the change may stand between, and is the margin's.)
const MARGIN_CHANGE_BETWEEN = new RegExp(`^\\s(?:(?:(?:widened|narrowed|rose|fell|improved|expanded|contracted|shrank|grew|slipped)\\s)?by\\s(?:[^,;]{1,40}?\\sto\\s)?|(?:widen(?:ed|ing)|narrow(?:ed|ing)|rose|rising|fell|falling|improv(?:ed|ing)|expand(?:ed|ing)|contract(?:ed|ing)|shr[ai]nk(?:ing)?|grew|growing|slipp(?:ed|ing)|climb(?:ed|ing)|eas(?:ed|ing)|edg(?:ed|ing)\\s(?:up|down))\\s(?:by\\s)?(?:[^,;]{1,30}?\\s)?(?:to|at)\\s|(?:widen(?:ed|ing)|narrow(?:ed|ing)|improv(?:ed|ing)|expand(?:ed|ing)|contract(?:ed|ing)|shr[ai]nk(?:ing)?)\\s(?:by\\s)?$|(?:was|is|stood\\sat|came\\sin\\sat)\\s)(?:${EN_HEDGE}\\s)?$`);

/** How far before its figure a peer may be introduced (a clause or two). */
const PEER_REACH = 200;
/** How far before a word an appositive that holds it may open. */
const APPOSITIVE_REACH = 80;

/**
 * The aside between dashes ("— … —", "-- … --") that holds `at`, when it opens right after a metric's
 * word and its sentence goes on after the closing dash: its span, else undefined.
 */
function dashAsideAfterMetric(context: Context, s0: number, s1: number, at: number): { start: number; end: number } | undefined {
  const { lower, terms } = context;
  const from = Math.max(s0, at - APPOSITIVE_REACH * 2);
  const before = lower.slice(from, at);
  const openAt = Math.max(before.lastIndexOf(" — "), before.lastIndexOf(" – "), before.lastIndexOf(" -- "));
  if (openAt < 0) return undefined;
  const open = from + openAt;
  // (The aside closes before the sentence ends, with words after it.)
  const rest = lower.slice(at, Math.min(s1, at + APPOSITIVE_REACH * 2));
  const closeAt = rest.search(/ (?:—|–|--) \S/);
  if (closeAt < 0) return undefined;
  const term = terms[firstFrom(terms, open) - 1];
  if (term === undefined || term.start < s0 || open - term.end > 1 || firstOf(term, "metric") === undefined) return undefined;
  return { start: open, end: at + closeAt + 2 };
}

/**
 * "The combined ratio, the share of premiums paid out in claims, improved 3.8 points": a word inside an
 * appositive that explains the metric named right before it (", the …," / ", a …,") is not the figure's.
 */
function inAppositive(context: Context, s0: number, term: TermMatch<Term>, figureStart: number): boolean {
  const { lower, terms } = context;
  // Looked for within the sentence only: a text with no ", " must not be scanned from each term to its start.
  const from = Math.max(s0, term.start - APPOSITIVE_REACH);
  const at = lower.slice(from, term.start).lastIndexOf(", ");
  const open = at < 0 ? -1 : from + at;
  if (open < 0 || !/^, (?:the|a|an|which is|or) /.test(lower.slice(open, open + 12))) return false;
  if (!lower.slice(term.end, figureStart).includes(",")) return false;
  // ("Operating profit, or EBITDA, climbed 31%": another metric's name alone after "or" names the
  // figure more exactly, the one the writer settles on; it is no explanation of the first.)
  if (lower.startsWith(", or ", open) && open + 5 === term.start && /^\s?,/.test(lower.slice(term.end, term.end + 2)) && firstOf(term, "metric") !== undefined) return false;
  // The appositive follows a metric's word.
  const before = terms[firstFrom(terms, open) - 1];
  return before !== undefined && before.start >= s0 && open - before.end <= 1 && firstOf(before, "metric") !== undefined;
}

/**
 * "The Data Center & Networking segment, which sells power-management and timing chips used in AI
 * servers, grew 41% to $884 million": a word inside a relative clause set off by commas (", which …,",
 * ", that …,", ", where …,") that closes before the figure says what the name before it is or does, not
 * what the figure measures.
 */
function inRelativeAside(context: Context, s0: number, term: TermMatch<Term>, figureStart: number): boolean {
  const { lower } = context;
  const from = Math.max(s0, term.start - APPOSITIVE_REACH);
  const at = lower.slice(from, term.start).lastIndexOf(", ");
  if (at < 0 || !RELATIVE_OPENING_WORD.test(lower.slice(from + at + 2, from + at + 9))) return false;
  // (The aside closes between the word and the figure, and holds no figure of its own there.)
  const comma = lower.slice(term.end, figureStart).indexOf(",");
  if (comma < 0) return false;
  const close = term.end + comma;
  const inside = context.figures[firstFrom(context.figures, from + at + 1)];
  return inside === undefined || inside.start >= close;
}

/** Words for revising or keeping a forecast (the lexicons' `revision`), anywhere before the figure in its sentence. */
const REVISION = new RegExp(wordsPattern(placedWords("revision"), "both"));

/**
 * Whether a sentence revises a forecast (the lexicons' \`revision\`: raised, 上调, 维持): not where an
 * English verb is a result's, a figure right after it before the forecast's word ("Comparable sales
 * increased 9.8%, against expectations of a 6.1% rise").
 */
function revisesForecast(context: Context, s0: number, s1: number): boolean {
  const cueAt = context.basisCue?.start ?? s1;
  const sentence = context.lower.slice(s0, s1);
  REVISIONS.lastIndex = 0;
  for (let match = REVISIONS.exec(sentence); match; match = REVISIONS.exec(sentence)) {
    const end = s0 + match.index + match[0].length;
    const figure = context.figures[firstFrom(context.figures, end)];
    // (English only: 维持1.9万亿日元的营业收入预期, 上调至760亿日元 put the revised forecast's figure right after the verb.)
    const resultVerb = /^[a-z]/.test(match[0]) && end < cueAt && figure !== undefined && figure.start < cueAt && figure.start - end <= RESULT_VERB_REACH;
    if (!resultVerb) return true;
  }
  return false;
}
/** Every revision word of a sentence, in turn. */
const REVISIONS = new RegExp(REVISION.source, "g");
/** Characters at most between a verb of a result and its figure ("increased 9.8%", "rose by about 4%"). */
const RESULT_VERB_REACH = 12;

/** Whether an analyst house (a bank, a broker) is named in the sentence. */
function namesHouse(context: Context, s0: number, s1: number): boolean {
  const { cueMatches } = context;
  for (let i = firstFrom(cueMatches, s0); i < cueMatches.length && cueMatches[i]!.start < s1; i++) if (cueMatches[i]!.entries.some((entry) => entry.kind === "analyst_house")) return true;
  return false;
}

/** Words that say a figure got better (the lexicons' `improvement`), as a whole cue word. */
const IMPROVEMENT = new RegExp(`^${wordsPattern(placedWords("improvement"))}$`);
/** Those words right before a figure, "of" or "by" and a hedge between at most: "an improvement of 4.3 points", 改善了1.2个百分点. */
const IMPROVEMENT_RIGHT_BEFORE = new RegExp(`${wordsPattern(placedWords("improvement"), "both")}\\s?(?:了\\s?)?(?:(?:of|by)\\s)?(?:(?:about|around|some|nearly|almost|约)\\s?)?$`);

/** What joins a figure to the next item of a list ("…4.61 billion and comparable operating profit…", 、, 及, "… with an adjusted operating margin of"). */
const LIST_NEXT = /^[^()（）]{0,4}?(?:\band\b|,|，|、|及|和|以及|\bwith\s(?:an?|its)\b)\s?$/;

/** Words that make a measure the base a ratio is taken of: "of", 的 right before the figure. */
const OF_BASE_AROUND = /\bof\s|的/u;
/** The end of a stretch that opens another item of the clause: "and" (or a comma), then the, its, a company's, at most; no bracket in it. */
const NEXT_ITEM_OPENS = /^[^()（）]*(?:\band|,)\s(?:(?:the|its|their|a)\s)?(?:[a-z]+['’]s\s)?$/;
/** Whether a cue word holds or stands right before the word of a metric other than the figure's own. */
function adjectiveOfAnotherMetric(context: Context, cue: TermMatch<Cue>, metricMatch: TermMatch<Term> | undefined): boolean {
  const { terms } = context;
  for (let i = Math.max(0, firstFrom(terms, cue.start) - 1); i < terms.length && terms[i]!.start <= cue.end + 1; i++) {
    const term = terms[i]!;
    if (term.end <= cue.start || term === metricMatch || firstOf(term, "metric") === undefined) continue;
    return true;
  }
  return false;
}

/** Whether a metric's word stands between `from` and `to`, after a comma (the start of another clause's figure). */
function metricWordBetween(context: Context, from: number, to: number): boolean {
  const comma = context.lower.slice(from, to).search(/[,;]\s/);
  return comma >= 0 && metricNamedBetween(context, from + comma, to);
}
/** A clause after a figure that turns to what someone said or why: ", saying", ", citing", ", as", "because". */
// ("employs about 5,300 people after cutting 240 roles in June", "S$1.2 billion after a strong July": a
// clause of what came before or after, an event, dates that event.)
const CLAUSE_TURN = /,\s(?:saying|citing|adding|noting|explaining|because|as\s(?:it|they|the|a|an|demand|customers|prices|costs)|which\s(?:it|they)\ssaid)\b|\bbecause\b|\b(?:after|following|before)\s(?:[a-z]+ing|a|an|its|their)\b/;
/** A share's move right before its figure, after the company's name: "closed up", "fell", "jumped". */
const COMPANY_MOVES_BEFORE = new RegExp(`\\s(?:(?:closed|ended|finished|traded)\\s(?:the\\s(?:session|day)\\s)?)?(?:[*_]{1,2})?${wordsPattern(placedWords("price_moves", { language: "en" }))}\\s(?:by\\s)?$`);
/** A company's legal form after its name, and its listing in brackets ("Inc. (TSX: SGN)", "(NASDAQ: GLMR)"). */
const LEGAL_FORM_AND_LISTING = String.raw`(?:,?\s(?:Inc|Corp|Corporation|Co|Ltd|plc|PLC|AG|SA|NV|SE|ASA|AB|Oyj|Bhd|Tbk|Limited)\.?)?\s\((?:[A-Za-z]{2,10}(?:\s[A-Za-z]{2,10})?\s?:\s?)?[A-Z0-9.]{1,8}\)`;
/** Between a company's name (a taxonomy term) and its share's move, in the lower-case text: a legal form, then its listing. */
const LISTING_BETWEEN = new RegExp(String.raw`^\.?${LEGAL_FORM_AND_LISTING}\s?$`, "i");
/** The last "and" or "while" with no comma before it, in a stretch that ends on a business's name: where a clause whose verb is left out opens. */
const GAPPED_CLAUSE_BEFORE = /.*\s(?:and|while|whereas)\s(?=[^,;]*$)/s;
/** Whether a figure of the figure's sentence stands in [from, to): the clause before the gapped one gave it. */
function previousFigureBetween(context: Context, place: Place, from: number, to: number): boolean {
  const previous = context.figures[place.index - 1];
  return previous !== undefined && previous.start >= from && previous.end <= to;
}
/** A session's verb right before a percent whose direction follows it: "closed", "finished", "has opened". */
const SESSION_VERB_BEFORE = /\s(?:(?:has|have|had)\s)?(?:closed|finished|ended|opened|traded|was|were|is|are)\s(?:the\s(?:day|session)\s)?$/;
/** A direction right after a percent: "higher", "lower", "up", "down". */
const DIRECTION_AFTER = /^\s?(?:higher|lower|up|down)\b/;
/** A session's verb in [from, the figure) when a direction follows the figure ("closed 7.8% lower"): the verb's match in that stretch, or null. */
function sessionMoveWords(context: Context, figure: Figure, from: number): RegExpExecArray | null {
  return DIRECTION_AFTER.test(context.lower.slice(figure.end, figure.end + 12)) ? SESSION_VERB_BEFORE.exec(context.lower.slice(from, figure.start)) : null;
}
/** An apposition between commas, after a company's name and before its verb: ", maker of PUBG: Battlegrounds, ". */
const APPOSITION_BETWEEN = /^,\s[^,;!?\n]{2,80},\s?$/;
/** A name in capitals, a legal form and its listing, right before a share's move: "Tolland Devices Inc. (TSX: TLD)". */
const NAME_LISTED_BEFORE = new RegExp(String.raw`[A-Z][\w&'-]*\.?${LEGAL_FORM_AND_LISTING}\s?$`);
/** A sentence that opens with a name in capitals and its listing: "Sorrelby Diagnostics (NASDAQ: SRBY) …". */
const LISTED_OPENING = new RegExp(String.raw`^\s*(?:shares\sof\s)?[A-Z][\w&'.-]*(?:\s[A-Z][\w&'.-]*){0,4}${LEGAL_FORM_AND_LISTING}`);
/** Right after a metric's word: a word that opens what is left out (the lexicons' `left_out`), then one to three words. */
const LEFT_OUT_AFTER_METRIC = new RegExp(`^\\s${wordsPattern(placedWords("left_out", { language: "en" }), "both")}\\s(?:[a-z&-]+\\s){1,3}`);
/** A verb of a share's move (the zh lexicon's `price_moves`: 上涨, 跌, 低开) and a trading session's word or when it moved (its `session`: 盘后, 收市, 今日). */
const CJK_MOVE = wordsPattern(placedWords("price_moves", { language: "zh" }));
const CJK_SESSION = wordsPattern(placedWords("session", { language: "zh" }));
/** A class of a company's shares: A股, H股, B股, its ADSs or ADRs, 存托股. */
const SHARE_CLASS = String.raw`(?:(?<![a-z])[ahb]股|(?<![a-z])ad[rs]s?|存托股|存托凭证)`;
/** A class of shares then, in a few characters, a verb of its move: "H股3月27日早盘一度上涨", "ADS盘后上涨". */
const SHARE_CLASS_MOVES_BEFORE = new RegExp(`${SHARE_CLASS}[^，,。；;]{0,12}?(?:一度)?${CJK_MOVE}了?$`, "u");
/** A class of shares right before 报 and its price: "安泓财险A股报16.42元". */
const SHARE_CLASS_BEFORE = new RegExp(`(?:${SHARE_CLASS}|港股|美股|基金单位)$`, "u");
/** A session's close right before a price: "今日午收3.62元", "收报21.36元", "收于7.24元" (an index's close is in points, not a currency). */
const CLOSED_AT = /(?:午收|收报|收于|收市报|收盘报|收市价为?|收盘价为?|现报|暂报|最新报|收盘|收市)\s?$/u;
/** A trading session's word then, in a few characters, a verb of a move: "美股盘后一度上涨", "今早低开", "年内累计上涨". */
// (A hedge may stand after the verb: "盘前一度涨超6%", "年内累计上涨逾三成".)
const SESSION_MOVES_BEFORE = new RegExp(`${CJK_SESSION}[^，,。；;\\d]{0,6}?(?:一度)?${CJK_MOVE}了?(?:${hedgePattern("zh")})?\\s?$`, "u");
/** A Chinese name opening a clause, words of when, then a verb of a share's move: "建朗今日收市跌", "雋安今日升". */
const CJK_NAME_MOVES = new RegExp(`^([\\u4e00-\\u9fff]{2,6}?)(?:${CJK_SESSION}|股价|股份|一度)+${CJK_MOVE}了?$`, "u");
/** A stock market index (the lexicons' `stock_index`, or a name ending in 指数) opening a clause, words of when at most, then a verb of a move. */
const CJK_STOCK_INDEX = String.raw`(?:${wordsPattern(placedWords("stock_index", { language: "zh" }))}|[\u4e00-\u9fff]{2,8}指数)`;
const CJK_INDEX_MOVES = new RegExp(`^${CJK_STOCK_INDEX}(?:${CJK_SESSION}|全日|一度)*${CJK_MOVE}了?$`, "u");
/** A clause that is an index's close and nothing after: "国指收报9,012点，" (its move follows in the next clause). */
const CJK_INDEX_CLOSED = new RegExp(`^[\\s，,；;。]*${CJK_STOCK_INDEX}(?:${CJK_SESSION})*(?:收报|收于|报)[\\d,.]+点[，,]\\s*$`, "u");
/** A clause that is a verb of a move alone before its percent: "升", "跌", "上涨". */
const BARE_MOVE = new RegExp(`^(?:${CJK_MOVE})了?$`, "u");
/**
 * A company's name and its listing code in brackets, then at most words of when, of contrast or of going
 * against the market, and a verb of a move: "比亚迪股份(01211)升", "蔚来(09866)则逆市跌" (a market wrap's list of movers).
 */
const CJK_LISTED_NAME_MOVES = new RegExp(`^([\\u4e00-\\u9fffA-Za-z]{2,10}?)[(（](?:\\d{4,6}|\\d{6}\\.s[hz]|\\d{4,5}\\.hk)[)）](?:${CJK_SESSION}|股价|股份|一度|则|亦|也|再|逆市|逆势|跟随大市)*${CJK_MOVE}了?$`, "u");
/** The word for "after adjustment" that, beside 调整前 (before adjustment), says a figure was restated. */
const RESTATED_PAIR = "调整后";
/** A bracket opening right between two figures: "24.6% (23.1%". */
const BRACKET_OPENS_BETWEEN = /^\s?[(（]\s?$/;
/** Between a price per unit and the base it is set against: "a pound from", ", against", "，较". */
const UNIT_PRICE_BASE_BETWEEN = /^\s?(?:(?:an?|per)\s[a-z]+\s|\/\s?[a-z]+\s)?,?\s?(?:(?:up|down)\s)?(?:from|against|compared\swith|compared\sto|versus|vs\.?)\s(?:a\s|an\s|the\s)?$/;
/** Right before a percent's number: a bracket and a sign ("(+7%)", "（-9.6%）"). */
const SIGNED_IN_BRACKETS = /[(（]\s?[+\-−]$/;
/** Between a figure and a percent set after it as an aside: a few words without figures or a clause's end, then a comma (and a hedge). */
const ASIDE_AFTER_FIGURE = new RegExp(`^[^,;.:\\d(（]{0,40},\\s(?:${EN_HEDGE}\\s)?$`);
/** A count's word for any thing at all ("units"): it names no metric a word before it in the clause does not name better. */
const GENERIC_UNITS = /^units?$/;
/** A company's own guidance named before a figure: "its … guidance", "the company's … guidance" (eight words between at most). */
const OWN_GUIDANCE_BEFORE = /\b(?:its|the\scompany['’]s|the\sgroup['’]s)\s(?:[\w'’+-]+\s){0,8}?guidance\b/;
/** Right before a percent of the whole: ", or ", ", about " (the clause may start at the comma). */
const OR_BEFORE_SHARE = /(?:^|,)\s?(?:or|about|roughly|some|nearly|almost)\s$/;
/** Right after it: "of the total", "of the whole", "of the group's revenue". */
const OF_THE_TOTAL_AFTER = /^\s?(?:per\s?cent\s|percent\s)?of\s(?:the\s)?(?:total|whole|group(?:'s|’s)?\s(?:total|revenue|sales))\b/;
/**
 * Of the verbs of bringing in (the lexicons' `brings_in`), those that say a part's takings and nothing
 * else (contributed, generated, brought in, 贡献; not earned, booked or made, which other figures take), right
 * before an amount, a hedge and a currency sign at most between.
 */
const BRINGS_IN_RIGHT_BEFORE = new RegExp(String.raw`(?:\b(?:contributed|generated|brought\sin)\s(?:${EN_HEDGE}\s)?(?:[a-z]{0,3}[$€£¥₹]|rs\.?\s?)?|贡献了?\s?(?:约|近|超过)?\s?)$`, "u");
/** A word joining a next item right before a period after a figure: " and ", ", while ", " but ", " versus " (a figure's own period follows it without one). */
const JOINS_NEXT_BEFORE = /\b(?:and|while|whereas|but|versus|vs\.?|against)\s(?:the\s|its\s)?$/;
/** Between a figure (and what it is of, and the period it is in) and a change right after it: ", up ", " of copper, a rise of ", " in the September quarter, up ", " by 2030, a CAGR of ", " (+". */
/** Between a count (and the day it stands at) and a bare number that is its change: ", down ", ", up by ". */
export const BARE_CHANGE_AFTER_COUNT = /^(?:\s(?:at|as\sof)\s(?:the\s)?(?:end\sof\s)?(?:the\s)?[a-z]+(?:\s\d{4})?)?,\s(?:up|down)\s(?:by\s)?$/;
const CHANGE_RIGHT_AFTER_FIGURE = new RegExp(`^(?:\\sof\\s[^,;.:\\d(（]{1,40}?)?(?:\\s(?:in|during|for)\\s(?:the\\s)?(?:[A-Za-z-]+\\s){0,2}(?:quarter|half|year|month|months|period)|\\s(?:last|this)\\s(?:quarter|month|year)|\\s(?:in|by)\\s20\\d{2})?(?:,\\s(?:up|down|rising|falling|an?\\s(?:increase|rise|gain|decline|drop|fall|compound\\sannual\\s(?:growth\\s)?rate|cagr)\\sof)\\s(?:${EN_HEDGE}\\s)?|\\s?[(（]\\s?)$`);
/** Right after a percent: more or fewer than a year before ("7% more than a year ago", "14% fewer than a year earlier"). */
const YEAR_AGO_COMPARATIVE_AFTER = /^\s?(?:more|fewer|less|higher|lower|up|down|above|below)\s(?:than|on|from)\s(?:in\s)?(?:a\syear\s(?:ago|earlier|before)|the\s(?:same|year-earlier|year-ago|prior-year)\s(?:period|quarter|half|month|months|time)|last\syear)/;
/**
 * Growth named alone right before its figure: "growth was", "organic growth of", "managed constant-currency
 * growth of just 0.8%" ("sales growth" has its metric; "reported like-for-like growth of 2.9%", a store
 * chain's, is left to its own words).
 */
const BARE_GROWTH_BEFORE = new RegExp(`(?:(?:^|[,;:]\\s|\\b(?:the|its|and|while|but)\\s|\\b(?:rates|basis|currencies|currency|terms),?\\s)(?:(?:organic|underlying|like-for-like|comparable|constant-currency|reported|overall|group)\\s)?|\\b(?:managed|posted|reported|delivered|recorded|logged|saw|achieved)\\s(?:(?:organic|underlying|constant-currency|overall|group)\\s)?)growth\\s(?:was|of|came\\sin\\sat|reached|stood\\sat|accelerated\\sto|slowed\\sto|would\\shave\\sbeen)\\s(?:(?:just|only|a\\smere)\\s)?(?:${EN_HEDGE}\\s)?$`);
/**
 * A word of adding right before a count (the lexicons' `adds`: "added 1.1 million members", "added a
 * net 41,000"), a hedge between at most; in Chinese, before what is counted (净增5G用户120万户).
 */
const ADDED_BEFORE = new RegExp(`(?:${wordsPattern(placedWords("adds", { language: "en" }), "start")}\\s(?:${EN_HEDGE}\\s)?|${wordsPattern(placedWords("adds", { language: "zh" }))}[^，,。；;、]{0,12})$`, "u");
/**
 * A verb of a company's earning right before its figure (the lexicons' `earns`: "it earned", "had
 * netted"), at most a hedge between: the amount is the company's earnings.
 */
const EARNS_BEFORE = new RegExp(`${wordsPattern(placedWords("earns", { language: "en" }), "start")}\\s(?:${EN_HEDGE}\\s)?$`);
/** A verb of earning right before an amount, anywhere in a stretch: "it earned $64.7 million". */
const EARNED_AMOUNT = new RegExp(`${wordsPattern(placedWords("earns", { language: "en" }), "start")}\\s(?:${EN_HEDGE}\\s)?(?:[a-z]{0,3}\\$|[€£¥]|[a-z]{3}\\s)?\\d`);
/** "at the operating level", "at the pre-tax level" right after an amount earned or lost: the amount is that line's, not the bottom line. */
const AT_ANOTHER_LEVEL_AFTER = /^\s(?:[a-z]+\s){0,2}at\s(?:the\s)?(?:operating|pre-?tax|ebitda|ebit|gross|underlying)\slevel\b/;
/** The end of a name right before a word for a business: two Chinese characters (预制菜业务), or a word and a space ("cloud business"). */
const NAME_ENDS_BEFORE = /(?:[\u4e00-\u9fff]{2}|[a-z]{2}\s)$/u;
/** A word for a part of a company (division, unit), which makes a clause's earnings that part's. */
const PART_NAMED = /\b(?:division|divisions|unit|units|segment|segments|business|businesses|arm|subsidiary|subsidiaries)\b/;
/** 由 / 从 right before a period that a change starts from (由第四季的27%提升至30%). */
const FROM_PERIOD_OF = /[由从從]\s?$/;
/** The words that open a span's start right before its period (从, 自, 由, since, from). */
const SPAN_START_BEFORE = /(?:从|自|由|since|from)\s?$/;
/** A month or a run of months by their numbers ("2026-02", "2026-01..2026-02"). */
const MONTHS_LABEL = /^\d{4}-\d{2}(?:\.\.\d{4}-\d{2})?$/;
/** 报 between a company's name and a price ("XX报3.27港元"): the price its shares are quoted at. */
const QUOTED_AT = /(?:股价|股價)?\s?(?:报|報)\s?$/;
const STOCK_PRICE = "stock_price";
/** "across the", "throughout its": what comes after says over what a figure runs. */
const ACROSS_BEFORE = /\b(?:across|throughout)\s(?:the|its|their)\s$/;
/** How far after a level its move may stand ("，年内累计上涨"): a clause's opening words, no more. */
const MOVE_REACH = 12;
/** "rounded to the nearest": the words before a rounding step. */
const ROUNDING_STEP_BEFORE = /(?:\brounded|\brounding)\s(?:up\s|down\s|off\s)?to\s(?:the\s)?nearest\s$/;

/** What may stand between a metric's word and its figure written right after it: a hedge, 可, 了, a space. */
const RIGHT_BEFORE = /^\s?(?:可|了|约|近|达|超过|超|逾)?\s?$/;
/** A clause opening that points back at what was just said: 这 / 此 / this. */
const THIS_OPENS = /^\s?(?:(?:这|此)(?:一数字|个数字|一数据)?(?:已经|已|也|将)?(?:是|为|相当于)|(?:this|that|it)\s(?:is|was|would\sbe)\s)/;
/** Whether a tolerance word stands right before the figure, after the figure before it. */
function toleranceBefore(context: Context, figureStart: number, previousEnd: number): boolean {
  const { cueMatches } = context;
  const at = firstFrom(cueMatches, figureStart) - 1;
  const match = cueMatches[at];
  return match !== undefined && match.start >= previousEnd && figureStart - match.end <= 3 && match.entries.some((cue) => cue.kind === "tolerance");
}

/** How far after the analysts' word the figure of a sentence opening with their expectation may stand. */
const ESTIMATE_OPENING_REACH = 32;

/** Whether the words of the sentence before the figure are its opening's estimate words alone ("Analysts had expected", 市场预期为). */
function opensWithEstimate(context: Context, s0: number, figureStart: number): boolean {
  const { cueMatches } = context;
  const first = cueMatches[firstFrom(cueMatches, s0)];
  if (!first || first.start >= figureStart || !first.entries.some((cue) => isEstimate(cue) || cue.kind === "analyst_house" || cue.kind === "consensus_source")) return false;
  // "Analysts had expected 262 billion yen", "Analysts had on average forecast EUR 181 million".
  // ("Estimates among the 24 analysts polled ranged from $1.31 billion to $1.39 billion": further on, past
  // how many analysts, where the estimates' range is said.)
  return LEAD_BEFORE_ESTIMATE.test(context.lower.slice(s0, first.start)) && (figureStart - first.end <= ESTIMATE_OPENING_REACH || ESTIMATES_RANGED.test(context.lower.slice(first.end, figureStart)));
}
/** Whether the company named at `at` is a broker (its name closed by a broker's word) in a sentence that forecasts. */
function brokerForecasting(context: Context, at: number, s0: number, s1: number): boolean {
  if (at < 0) return false;
  const term = context.terms[firstFrom(context.terms, at)];
  if (term === undefined || term.start !== at || !term.entries.some((entry) => entry.kind === "entity")) return false;
  return BROKER_NAME_ONLY.test(context.lower.slice(term.start, term.end)) && BROKER_FORECAST_WORD.test(context.lower.slice(s0, s1));
}
const BROKER_NAME_ONLY = new RegExp(`^(?:${BROKER_NAME.source})$`, "u");
/** A forecast's word of a broker's note: 预测, 预计, 目标价, "forecast", "estimate", "price target". */
const BROKER_FORECAST_WORD = /预测|预计|预期|目标价|评级|\b(?:forecasts?|estimates?|price\starget|target\sprice|rating)\b/u;

/** Between an amount's word and a percent taken of it: 的 (归母净利润的40%), or "of" and an article after the percent ("55% of earnings"). */
const TAKEN_OF = /^的\s?$|^\s(?:per\s?cent\s)?of\s(?:its\s|the\s)?$/u;

/** A sentence opening on a range's midpoint: "The midpoint of $1.52 billion". */
const MIDPOINT_OPENS = /^[\s*_"“]*the\s(?:midpoint|mid-point)\sof\b/;
/** After an estimates' word, within a clause: "… ranged from", "… ran between", a currency's sign at most. */
const ESTIMATES_RANGED = /^[^.;:，。；]{0,60}\b(?:ranged|ran|range|ranging)\s(?:from|between)\s(?:about\s)?(?:[a-z]{0,3}[$€£¥₹]|rs\.?\s?)?$/;

/** How many analysts, written out (a number in words, as figures.ts reads one, or several, most, some): "Six analysts surveyed by Zacks expected…". */
const COUNT_WORDS = `${NUMBER_IN_WORDS}|several|most|some`;
/** What may open a sentence before its estimate words: nothing, or a word that sets it against what came before (相比之下, by comparison), then how many analysts ("Six analysts…"). */
const LEAD_BEFORE_ESTIMATE = new RegExp(`^[\\s*_"“]*(?:${wordsPattern(placedWords("comparison", { roles: ["sentence_lead"] }))}[\\s,，]*)?(?:(?:the\\s)?(?:\\d{1,3}|${COUNT_WORDS})\\s)?$`);

/**
 * A sentence opening that points back at the figure just given: This / That / It / The figure, 这一数字, 此.
 * ("It" only before a verb a figure takes, "It was up 5%", "It beat the estimate": "It now plans to
 * spend $2.3 billion", "It bought back…" are the company's doings.)
 */
const POINTS_BACK = /^[\s*_"“]*(?:(?:this|that|which|they)\s(?!year|quarter|month|week|is\sa|was\sa)|it\s(?:(?:also|still|thus|again|now)\s)?(?!is\sa|was\sa)(?:was|is|were|came|rose|fell|grew|jumped|climbed|slipped|dropped|declined|increased|decreased|beat|beats|topped|missed|exceeded|compared|compares|represented|represents|marked|marks|amounted|amounts|stood|stands|reached|equals|equalled|equaled|surpassed|trailed|lagged|matched|would|has\sbeen|had\sbeen|was\sup|was\sdown)\b|the\s(?:figure|result|number|reading|profit\sfigure)\s(?:was|is|came|beat|topped|missed|exceeded|compared)|the\s(?:midpoint|mid-point)\sof\b|这一?(?:数字|数据|业绩|结果)|此(?:一)?(?:数字|数据)?(?:高于|低于|超过|超出|不及|好于|优于|逊于))/;
/**
 * A sentence that opens on the consensus alone, naming no metric: "The company-compiled consensus stands
 * at £231m", "The City consensus had been £436mn", or on someone's estimate, "Motilal Oswal's estimate
 * was ₹4,650 crore", "Kestrel's forecast had been $1.1bn" (about the figure just given).
 */
const CONSENSUS_POINTS_BACK = /^[\s*_"“]*(?:the\s(?:[a-z-]+\s)?consensus|(?:the\s)?(?:[a-z&.-]+\s){0,3}?[a-z&.-]+['’]s\s(?:(?:own|consensus|average|mean|previous|earlier)\s)?(?:estimate|forecast|projection|expectation)s?)\s(?:now\s)?(?:stands|stood|is|was|sits|sat|had\sbeen|has\sbeen)\s(?:at\s)?(?:about\s|around\s)?(?:[a-z]{0,3}[$€£¥₹]|rs\.?\s?)?$/;
/**
 * An adjustment word (non-GAAP, ex-FX) in the sentence's first clause, when that clause holds no figure
 * and ends before `before`. With `throughOwnClause`, in every clause before the figure's own that holds
 * no figure: the appositive of "Earnings, adjusted for one-time gains and costs, were $1.52 per share"
 * (for the basis only: the first clause alone is a lead-in whose period is the adjustment's).
 */
function leadInAdjustment(context: Context, s0: number, before: number, throughOwnClause = false): TermMatch<Cue> | undefined {
  const { clauses, cueMatches, figures } = context;
  const clause = lastStartAtOrBefore(clauses, s0);
  const firstEnd = clauses[clause]! === s0 ? (clauses[clause + 1] ?? before) : s0;
  if (firstEnd <= s0 || firstEnd > before) return undefined;
  const figure = figures[firstFrom(figures, s0)];
  const ownStart = clauses[lastStartAtOrBefore(clauses, before)] ?? firstEnd;
  const end = throughOwnClause && !(figure && figure.start < ownStart) ? Math.max(firstEnd, ownStart) : firstEnd;
  if (figure && figure.start < end) return undefined;
  for (let i = firstFrom(cueMatches, s0); i < cueMatches.length && cueMatches[i]!.start < end; i++) {
    const said = basisOf(cueMatches[i]!, "clause");
    if (said === "non_gaap" || said === "ex_fx") return cueMatches[i];
  }
  return undefined;
}

/**
 * The metric of the figure right before this one in its sentence, when a comparison word sets this
 * one against it (ahead of, versus, up from, 高于, 不及), no metric word stands between them and both
 * are written on the same scale ($2.05 against $1.94; not $1.87 a share against $355 million).
 */
function setAgainstPrevious(context: Context, place: Place, cues: ClauseCues): MetricDefinition | undefined {
  const { figure, index, s0 } = place;
  const previous = context.figures[index - 1];
  const bound = context.bound[context.bound.length - 1];
  if (!previous || previous.start < s0 || !bound || bound.start !== previous.start || previous.scale !== figure.scale) return undefined;
  if (!SET_AGAINST.test(context.lower.slice(previous.end, figure.start))) return undefined;
  // A metric word of its own right after the figure (相对于…3500亿美元的估值) names it.
  const after = context.terms[place.termsAfter];
  if (after && after.start - figure.end <= 2 && fittingMetric(context.taxonomy, after, cues)) return undefined;
  // ("$2.05 per share, ahead of…": the previous figure's own word for its metric may stand between.)
  const terms = context.terms;
  for (let i = firstFrom(terms, previous.end); i < terms.length && terms[i]!.start < figure.start; i++) {
    const named = firstOf(terms[i]!, "metric");
    // ("38.9% of sales from 38.2%": the top line a ratio is "of" belongs to the figure before.)
    const ratioOf = named?.id === context.taxonomy.topLine?.id && previous.unitKind === "percent" && /^\s?of\s$/.test(context.lower.slice(previous.end, terms[i]!.start));
    if (named && named.id !== bound.fact.metric && !ratioOf) return undefined;
  }
  return context.taxonomy.metrics.get(bound.fact.metric);
}
/** Words that set a figure against the one before it: a base's, and those that judge a result (ahead of, 高于, 不及). */
const SET_AGAINST = new RegExp(wordsPattern(placedWords("comparison", { roles: ["base", "than", "against", "above_below", "beat"] }), "both"));

/** Bases that say a figure is a forecast or an estimate, which an adjustment word does not undo. */
const FORECAST_BASES: ReadonlySet<Basis> = new Set(["guidance", "estimate", "plan"]);
/**
 * "同比增长超过一倍", "增加了0.5倍": a multiple of one or less right after a growth word (a hedge between
 * at most) is the growth in percent (增长一倍 is +100%: it cannot be one times the base). Above one,
 * "增长了15倍" is read either way in the news (15 times the base, or 16), so it stays the multiple
 * written, as "是去年的两倍" does.
 */
function grownByMultiple(context: Context, figure: Figure): Figure | undefined {
  if (figure.unitKind !== "multiple") return undefined;
  const { cueMatches } = context;
  const before = cueMatches[firstFrom(cueMatches, figure.start) - 1];
  if (!before || figure.start - before.end > 8 || !before.entries.some((cue) => cue.kind === "growth")) return undefined;
  if (!CHANGE_BY_GAP.test(context.lower.slice(before.end, figure.start))) return undefined;
  const parsed = parseWrittenNumber(figure.value);
  if (!parsed || compareExact(parsed.value, exact(1n)) > 0) return undefined;
  return { ...figure, value: exactToString(scaleExact(parsed.value, 2)), unit: "percent", unitKind: "percent" };
}

/** 的 alone between a period's comparison word (去年同期) and a figure: the figure is of that period. */
const OF_THE_PERIOD = /^\s?的\s?$/;

/** What may stand between a percent and a change word right after it: 的, "of", a space. */
const CHANGE_AFTER_GAP = /^\s?(?:的|of)?\s?$/;
/** A metric whose level is itself a move (a share price's change, same-store sales growth): a fall makes it negative (not a cut a company decides, which is a positive figure of a cut). */
const signedByFall = (metric: MetricDefinition): boolean => metric.change === true && (metric.level !== undefined || (metric.units.includes("percent") && !metric.decided));

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

const DE = "的".charCodeAt(0);
const FANG = "方".charCodeAt(0);

/** The first character after `at` that is not a space or punctuation. */
function skipToWord(text: string, at: number): number {
  let i = at;
  while (i < text.length && i - at < 8 && /[\s,，、.;:()（）*%]/.test(text[i]!)) i++;
  return i;
}

/** A fall named right after a percent: "a 3.9% drop", "a 5% decline in". */
const FALL_AFTER = /^\s?(?:\*\*\s?)?(?:drop|decline|fall|decrease|slide|slump|plunge|loss)\b/;
/** Right after a change: a comparative that makes it a fall ("30 basis points lower than a year ago", "14% fewer than a year earlier"). */
const LOWER_AFTER = /^\s?(?:lower|less|fewer|down|narrower|weaker|below|worse)\b/;

/**
 * "in" or "of" (and "the") between a figure and the metric it is: "Y980 billion in net profit", or
 * after the change a percent is ("a 5% drop in quarterly revenue", "a 3.9% decline in Amazon's shares");
 * "on" after an amount spent ("spend about £45 million on capital projects").
 */
const IN_METRIC_AFTER = /^\s(?:[a-z]+(?:\*\*)?\s)?(?:in|of)\s(?:the\s)?/;
const ON_SPENDING_AFTER = /^\son\s(?:the\s|its\s|new\s)?/;
/** A verb of spending before an amount, whose "on" names what it goes to. */
const SPENDING_BEFORE = /\b(?:spend|spends|spent|spending|invest|invests|invested|investing|allocat\w+|earmark\w*|budget\w*)\b/;
/** How far past "in" the metric's word may stand: a word or two ("quarterly", "Amazon's"). */
const IN_METRIC_REACH = 24;

/** Words that say a forecast was given before now: 此前, 先前, 原先, 给出的, earlier, previous. */
const GIVEN_EARLIER = new RegExp(wordsPattern(placedWords("given_earlier"), "both"));

/** "per share", "a diluted share": an amount's words that make it one per share (right after it: PER_SHARE_AFTER; said earlier in its sentence: PER_SHARE_SAID). */
const PER_SHARE = String.raw`(?:per|a)\s(?:diluted\s|basic\s)?share\b`;
const PER_SHARE_AFTER = new RegExp(String.raw`^\s*${PER_SHARE}|^\s?每股`);

/** Whether a fall word (a decline cue, or 低 / 少 of a comparison) ends right before `at`, with at most 了 or a space between. */
function fallRightBefore(lower: string, change: TermMatch<Cue> | undefined, decline: boolean, at: number): boolean {
  let end = at;
  while (end > 0 && at - end < 3 && (lower.charCodeAt(end - 1) === 0x20 || lower[end - 1] === "了")) end--;
  if (decline && change && change.end === end) return true;
  const previous = lower[end - 1];
  return (previous === "低" || previous === "少") && lower[end - 2] !== "最" && lower[end - 2] !== "至";
}

/** "¥145 to the dollar", "1.08 per euro", 兑1美元: what follows an exchange rate. */
const EXCHANGE_RATE_AFTER = /^\s?(?:to|per|against)\s(?:the\s|one\s|a\s|each\s)?(?:u\.?s\.?\s)?(?:dollar|euro|yen|pound|yuan|greenback)\b|^\s?兑(?:1|一)?(?:美元|欧元|日元)/;

/** Customers defined by what they pay or bring: "customers paying more than", "clients billing over". */
const COHORT_THRESHOLD = String.raw`\b(?:customers|clients|accounts|users|members|subscribers|buyers)\s${COHORT_DEFINED_BY}`;
const COHORT_THRESHOLD_BEFORE = new RegExp(`${COHORT_THRESHOLD}$`);

/** The same words anywhere before a count in its sentence, with the amount after them. */
const COHORT_THRESHOLD_IN = new RegExp(`${COHORT_THRESHOLD}[a-z]{0,3}[$€£¥₹]`);

/** A period's last day as an instant ("@2025-12-31"), the period as it is where it has none. */
function periodEnd(context: Context, period: string, entity: string): string {
  if (period === "none" || period.startsWith("@")) return period;
  const parsed = context.readPeriod(period, context.taxonomy.entities.get(entity)?.fiscalYearEnd);
  return parsed.ok && parsed.period.end ? instantLabel(parsed.period.end) : period;
}

/** A share's nominal value right before an amount (the lexicons' `nominal_value`), "of" or 为 between at most. */
const NOMINAL_VALUE_BEFORE = new RegExp(`${wordsPattern(placedWords("nominal_value"), "start")}\\s?(?:of\\s|为\\s?|:\\s?)?(?:[a-z]{0,3}\\$|[€£¥₹]|rs\\.?\\s?|inr\\s?)?$`, "u");

/** Words between a change and the level it reaches: " to ", a hedge at most. */
const REACHES_BETWEEN = new RegExp(`^\\s(?:to|at)\\s(?:${EN_HEDGE}\\s)?$`);

/**
 * The count metric's word right after the figure a change reaches ("fell 3.1% to 612,000 vehicles"):
 * a bare number (no currency, no percent) whose noun follows it at once.
 */
function reachedCount(context: Context, place: Place): TermMatch<Term> | undefined {
  const next = context.figures[place.index + 1];
  if (!next || next.start >= place.nextStart + 40 || (next.unitKind !== undefined && next.unitKind !== "count")) return undefined;
  if (!REACHES_BETWEEN.test(context.lower.slice(place.figure.end, next.start))) return undefined;
  const term = context.terms[firstFrom(context.terms, next.numberEnd)];
  if (!term || term.start > next.end + 1) return undefined;
  const metric = firstOf(term, "metric");
  return metric !== undefined && context.taxonomy.metrics.get(metric.id)?.kind === "count" ? term : undefined;
}

/** "assumes the dollar will average 150 yen", "with the euro at 1.08 dollars": a currency named right before its rate. */
const CURRENCY_AT_BEFORE = /\b(?:the\s)?(?:u\.?s\.?\s)?(?:dollar|euro|yen|pound|yuan|greenback)\s(?:(?:will|would|to|should)\s)?(?:average|averaging|averages|averaged|at|trading\sat)\s(?:about\s|around\s|roughly\s)?$/;

/** Words between an exchange rate and the earlier rate it is set against ("150 yen, against 146 yen previously"). */
const RATE_BASE_BETWEEN = /^[^.;。；\d]{0,40}?\b(?:against|from|versus|vs\.?|compared\swith|up\sfrom|down\sfrom)\s(?:about\s|around\s)?$/;

/**
 * Whether a figure is an exchange rate (its currency's rate against another), not an amount of the
 * company's: a currency after it ("¥145 to the dollar", 兑1美元), a rate's word or a currency averaging
 * before it, or the earlier rate such a figure is set against.
 */
function exchangeRate(context: Context, index: number, s0: number): boolean {
  const figure = context.figures[index]!;
  if (figure.unitKind !== "currency") return false;
  const lower = context.lower;
  if (EXCHANGE_RATE_AFTER.test(lower.slice(figure.end, figure.end + 24))) return true;
  const before = lower.slice(Math.max(s0, figure.start - 48), figure.start);
  if (/(?:汇率|exchange\srate)[^。，,.;；]{0,12}$/.test(before.slice(-24)) || CURRENCY_AT_BEFORE.test(before)) return true;
  const previous = context.figures[index - 1];
  return previous !== undefined && previous.start >= s0 && previous.unit === figure.unit && RATE_BASE_BETWEEN.test(lower.slice(previous.end, figure.start)) && exchangeRate(context, index - 1, s0);
}

/** Words of an earlier period a share is set against (上年同期, 上季, "a year earlier", "a decade earlier"). */
const EARLIER_PERIOD = /上年同期|去年同期|上年|去年|上季|上一季|前一季|\ba\s(?:year|decade)\s(?:earlier|ago|before)\b|\blast\syear\b|\bthe\sprevious\s(?:year|quarter)\b|\ba\squarter\s(?:earlier|ago|before)\b/;

/**
 * "China took 64 per cent of sales, Japan 12 per cent and India 9 per cent": the share just stated in
 * the sentence, as the share of the next part its list names (see nextListedPart), a part the taxonomy
 * knows by that name or a new one. Only a list of one company's parts: shares of a market list companies.
 */
function shareListedBefore(context: Context, place: Place): ProposedFact | undefined {
  const { figure, index, s0 } = place;
  const previous = context.figures[index - 1];
  const last = context.bound[context.bound.length - 1];
  if (!previous || !last || last.start !== previous.start || previous.start < s0 || last.fact.measure !== "share") return undefined;
  if (last.fact.entity === "MARKET" || (last.fact.of !== undefined && !last.fact.of.startsWith(`${last.fact.entity}/`))) return undefined;
  const termsFrom = firstFrom(context.terms, previous.end);
  const listed = nextListedPart(context.text, previous.end, figure.start, context.terms, termsFrom, last.fact.entity, othersBusinessWord(context.taxonomy, last.fact.entity));
  if (!listed) return undefined;
  // (A part the taxonomy knows by that name, a region or a business, is that part.)
  for (let i = termsFrom; i < context.terms.length && context.terms[i]!.start < listed.at + listed.name.length; i++) {
    const term = context.terms[i]!;
    if (term.start < listed.at) continue;
    const named = segmentFor(term, context.taxonomy, last.fact.entity);
    const definition = named ? context.taxonomy.segments.get(named.id) : undefined;
    if (definition && definition.kind !== "market" && (!definition.entities || definition.entities.includes(last.fact.entity))) return { ...last.fact, segment: definition.id };
    if (firstOf(term, "metric") !== undefined || firstOf(term, "entity") !== undefined) return undefined;
  }
  if (!listed.part) return undefined;
  return { ...last.fact, segment: keepNewSegment(context.newSegments, listed.part, context.taxonomy, context.segmentAliases).id };
}

/**
 * The share just stated in the sentence that a percent after it is set against, as the same share at
 * an earlier period: no metric's word between them, and a word of an earlier period around the figure.
 */
function shareSetAgainst(context: Context, place: Place, reached = false): ProposedFact | undefined {
  const { figure, index, s0, s1 } = place;
  const previous = context.figures[index - 1];
  const last = context.bound[context.bound.length - 1];
  if (!previous || !last || last.start !== previous.start || previous.start < s0 || last.fact.measure !== "share") return undefined;
  // (The share's own whole may be named after it: "60% of revenue, up from about 30% a decade earlier".)
  for (let i = firstFrom(context.terms, previous.end); i < context.terms.length && context.terms[i]!.start < figure.start; i++) {
    const named = firstOf(context.terms[i]!, "metric");
    if (named && named.id !== last.fact.metric) return undefined;
  }
  // (The earlier period's words are the figure's own clause's: in "…46% of sales, against 40% a year
  // before, as revenue rose 11%" the year before is the 40%'s, and the 11% is revenue's own growth.)
  const around = context.lower.slice(Math.max(previous.end, place.c0), Math.min(s1, figure.end + 24));
  // ("營收占比達18%，預計明年提升至25%以上", "…, and expects it to rise to 25% next year": the level a
  // change reached (至, to, `reached`), in a later clause, is the share's new level.)
  // (Not where the clause names its own share, "歐洲市場佔比升至26%": that is another part's.)
  const reaches = reached && place.c0 > previous.end && !OWN_SHARE_WORD.test(context.lower.slice(place.c0, figure.start));
  return EARLIER_PERIOD.test(around) || reaches ? last.fact : undefined;
}
/** A clause's own word for a share, before its figure: 占比, 比重, "share of", "made up". */
const OWN_SHARE_WORD = /占|佔|比重|share|proportion|made\sup|accounted|\bof\s(?:total|group|revenue|sales)/;


/**
 * After a subject's metric word: the rest of its clause, an aside set off by commas (", still the bulk
 * of the business,", ", which…,"), then a verb of change and at most a hedge before the figure.
 */
const SUBJECT_ASIDE_VERB = /^[^,;.]{0,40},\s[^,;.\d]{3,80},\s(?:(?:rose|fell|grew|jumped|slipped|dropped|climbed|declined|increased|decreased|edged\s(?:up|down)|was|were|came\sin|reached|brought\sin|generated)\s)(?:[\d.,]+(?:%|pc|\sper\scent)\s(?:to|at)\s)?(?:by\s)?(?:about\s|around\s|some\s|nearly\s)?(?:[a-z]{0,3}[$€£¥₹]\s?)?$/;

/** How many characters a period between a Chinese business's name and its metric's word may take (前三季度). */
const CJK_PERIOD_REACH = 6;
/** An answer's label opening a paragraph of a Q&A: 答：, A：, "A:". */
const ANSWER_LABEL = /^[\s*_]*(?:答|回答|a)\s?[:：]\s?(?:\*\*)?\s?/iu;
/** The kinds of part a part's name may end with, which a word pointing back may name (division, 事业群). */
const NAMED_PART_KINDS_EN = ["division", "unit", "segment", "arm", "brand"];
const NAMED_PART_KINDS_ZH = ["业务群", "事业本部", "事业部", "事业群", "事业处", "板块", "分部", "部门", "品牌", "产品线", "渠道"];
/** What may open a sentence or a clause before its first word: spaces, Markdown's marks, a quotation mark. */
const POINTS_BACK_OPENING = String.raw`^[\s*_"“]*`;
/**
 * A sentence opening that points back at a part of the company: "The region", "This division", "The
 * unit", 该业务, 该地区; or a metric's words and "there" ("Revenue there", "Operating margin there"), which
 * is not the "there" that opens a sentence ("There were 120 stores").
 */
// (A Chinese pointer may come after the period it speaks of: "上半年这一板块收入15.60亿元".)
const PART_POINTS_BACK = new RegExp(String.raw`${POINTS_BACK_OPENING}(?:(?:the|this|that)\s(?:region|business|${NAMED_PART_KINDS_EN.join("|")})\b|[a-z][a-z-]*(?:\s[a-z-]+){0,2}\sthere\b(?!\s(?:is|are|was|were|will|has|have|had\sbeen)\b)|(?:上半年|下半年|全年|前三季度|第[一二三四]季度?|今年|期内)?(?:该|此|这一|这个|这块)(?:地区|区域|${NAMED_PART_KINDS_ZH.join("|")}|业务))`);


/** Before a figure: a word of need (需, 需要, 须, 只要) in its clause; after it: the goal it reaches then (才能, 方能, 即可). */
const NEEDED_BEFORE = /(?:需|需要|须|必须|只要)[^，。；,;]{0,20}$/u;
const NEEDED_AFTER = /^[^，。；,;]{0,20}(?:才能|方能|才可|即可|就能|便能|方可)/u;

/** 占 and the company's own revenue (占营收, 占总营收, 占公司营业收入; the text as compared, simplified). */
const OWN_REVENUE = `占(?:公司|集团|本公司)?(?:总|整体)?(?:营业)?${REVENUE_WORD}`;
/** That in a share's clause, right before it but for a few words (占营收比重78%). */
const OWN_REVENUE_BEFORE = new RegExp(`${OWN_REVENUE}[^，,；;。]{0,6}$`, "u");
/** That anywhere in a stretch. */
const OWN_REVENUE_SAID = new RegExp(OWN_REVENUE, "u");
/** Right before a share: 占 alone, and at most a hedge (车用镜头占9%). */
const BARE_SHARE_BEFORE = /占\s?(?:约|近|逾|超过)?\s?$/u;

/**
 * Whether a share's clause says it is of the company's own revenue (OWN_REVENUE_BEFORE),
 * or goes on a list of shares its sentence opened with the company's revenue as their whole
 * ("手機鏡頭占營收比重78%，車用鏡頭占9%，其他產品占13%").
 */
function sharesOwnRevenue(context: Context, place: Place): boolean {
  const { figure, c0, s0 } = place;
  if (OWN_REVENUE_BEFORE.test(context.lower.slice(Math.max(c0, figure.start - 24), figure.start))) return true;
  return c0 > s0 && BARE_SHARE_BEFORE.test(context.lower.slice(c0, figure.start)) && OWN_REVENUE_SAID.test(context.lower.slice(s0, c0));
}

/** A clause opening with a verb of a move or a level (the lexicons' `moves`): its subject stands before it, at the sentence's opening. */
const MOVE_OPENS = new RegExp(`^\\s*${wordsPattern(placedWords("moves", { language: "en" }), "both")}`);
/** A clause's opening up to its verb of change: a joining word at most, then a name of one to four words. */
/** The figure bound last, in the sentence from `s0` and before clause `c0`, when it is a part's, not the whole's: "The Americas segment grew 8%, while …". */
function partFigureBefore(context: Context, s0: number, c0: number): Context["bound"][number] | undefined {
  const last = context.bound[context.bound.length - 1];
  return c0 > s0 && last !== undefined && last.start >= s0 && last.fact.segment !== "total" ? last : undefined;
}
/** A clause's opening joining it to the one before: "while", "and", "but", "whereas". */
const JOINED_CLAUSE_OPENS = /^[\s,;]*(?:while|and|but|whereas)\s/;
const NAME_ALONE_BEFORE_MOVE = /^[\s,;]*(?:(?:while|and|but|whereas)\s)?[a-z][\w&'-]*(?:\s(?:and\s|&\s)?[a-z][\w&'-]*){0,3}\s$/;
/** A word for a part only inside "of the/its …" (a share of the business): no part is the clause's subject. */
const PART_WORD_ONLY_AFTER_OF = /\bof\s(?:the|its)\s[\w\s-]{0,30}\b(?:segment|division|business|unit|arm)\b/;

/**
 * Whether a sentence names the story's company by a name the taxonomy does not know ("Gannetmoor cut 350
 * jobs") or one of its officers by role (the lexicons' `role`: "Chief executive Lorna Pettigrew said"):
 * it speaks of the whole company, not of the part its paragraph opened on.
 */
function speaksForCompany(context: Context, s0: number, s1: number): boolean {
  const sentence = context.text.slice(s0, s1);
  return context.subjectNames.some((name) => name.length >= 3 && sentence.includes(name)) || OFFICER_WORD.test(context.lower.slice(s0, s1));
}

/** A sentence opening on a word for the company itself (the lexicons' \`the_company\`: the company, the group). */
const COMPANY_OPENS = new RegExp(`^[\\s*_"“]*${wordsPattern(THE_COMPANY_WORDS_EN, "both")}`);

/** Between a metric's word and what it is set on: " on the ", " on its " (not "for": "the charge for credit impairment" is the impairment). */
const SET_ON_BETWEEN = /^\son\s(?:the\s|its\s)?$/;

/**
 * Where a Chinese clause's business name may start when the clause opens with the company's own name
 * said short and a period right after it (國鵬第三季客運營收): after the name; else the clause's start.
 * (Not after the name alone: 霁光储能电芯 is the company's product said in full.)
 */
function ownNameThenPeriod(context: Context, c0: number, to: number): number {
  const text = context.text;
  let at = c0;
  while (at < to && /[\s，,；;：:、。]/u.test(text[at]!)) at++;
  for (const name of context.subjectNames) {
    const short = shortForm(name);
    if (short.length < 2 || !text.startsWith(short, at)) continue;
    const period = context.periods[firstFrom(context.periods, at + short.length)];
    return period !== undefined && period.start === at + short.length && period.end < to ? at + short.length : c0;
  }
  return c0;
}

/**
 * Whether an earlier clause of the sentence gave the company's whole of a metric as a level (营收30亿元，
 * …): a clause after it that opens with a name before the same metric's word lists a part of that whole.
 */
function wholeGivenBefore(context: Context, s0: number, c0: number, entity: string, metric: string | undefined): boolean {
  if (metric === undefined) return false;
  for (let i = context.bound.length - 1; i >= 0 && context.bound[i]!.start >= s0; i--) {
    const { fact, start } = context.bound[i]!;
    if (start < c0 && fact.entity === entity && fact.segment === "total" && fact.metric === metric && fact.measure === "level") return true;
  }
  return false;
}

/** Right before a percent: a verb of a part's share (the lexicons' `shares_in`), at most "the remaining" and a hedge ("accounted for the remaining 23%"). */
const SHARE_VERB_BEFORE = new RegExp(`${SHARE_VERB}(?:${EN_HEDGE}\\s)?$`);

/** A clause opening with 占 (its share of a whole): "，占总营收的比重", "，约占营业收入的38.6%", "，占比". */
const SHARE_CLAUSE = /[，,；;]\s?(?:约|大约|仅|已|合计|共)?占(比)?/u;
/** How far after a figure its share of the whole is looked for: two or three clauses of a Chinese sentence. */
const SHARE_CLAUSE_REACH = 48;

/**
 * Whether a clause after `from` in the sentence (to `to`) gives a share of a whole (SHARE_CLAUSE) of
 * the figure's own metric (占总营收 after a revenue, or 占比 with no whole named): a dividend's share
 * of profit, 占归母净利润的比例, is its payout, no part's share.
 */
function shareOfWholeFollows(context: Context, from: number, to: number, metric: string | undefined): boolean {
  // (Within a few clauses of the figure: a sentence may run on for a whole text without a stop.)
  const share = SHARE_CLAUSE.exec(context.lower.slice(from, Math.min(to, from + SHARE_CLAUSE_REACH)));
  if (!share || metric === undefined) return false;
  if (share[1] !== undefined) return true;
  const at = from + share.index + share[0].length;
  const clauseEnd = context.clauses[lastStartAtOrBefore(context.clauses, at) + 1] ?? to;
  for (let i = firstFrom(context.terms, at); i < context.terms.length && context.terms[i]!.start < clauseEnd; i++) {
    const whole = firstOf(context.terms[i]!, "metric");
    if (whole !== undefined) return whole.id === metric;
  }
  return false;
}

/**
 * A business's name without the period's words it holds: none when a period covers most of it
 * ("September-quarter"), the rest when a period opens it and two characters or more are left
 * (前三季度电力业务 is 电力业务).
 */
function withoutPeriod(context: Context, business: NewSegment, s0: number, s1: number): NewSegment | undefined {
  const at = context.text.indexOf(business.name, s0);
  if (at < 0 || at >= s1) return business;
  const end = at + business.name.length;
  for (let i = Math.max(0, firstFrom(context.periods, at) - 1); i < context.periods.length && context.periods[i]!.start < end; i++) {
    const period = context.periods[i]!;
    if (period.end <= at) continue;
    const rest = context.text.slice(Math.max(at, period.end), end).replace(/^[\s-]+/, "");
    if (period.start <= at && rest.length >= 2 && rest.length < business.name.length) return renamedSegment(business, rest);
    if (period.end - period.start >= (end - at) / 2) return undefined;
  }
  return business;
}

/** Words that say a figure is the ratio just stated, again (这一比例, 该占比, "the ratio", "that share"). */
const RATIO_AGAIN = /(?:这一|该|此|這一|該)(?:比例|比重|占比|佔比|比率)|\b(?:the|that|this)\s(?:ratio|proportion|share)\s(?:was|stood|had\sbeen|is)\b/;

function skipFigure(context: Context, figure: Figure, line: number, column: number, reason: string): SkippedFigure {
  return { line, column, text: context.original.slice(figure.start, figure.end), reason };
}

/**
 * Binds one figure to a proposed fact, or says why it is skipped: its metric (which fixes its measure
 * and unit), its segment and entity, its period, its basis, its sign, then the fact in the order the
 * fact file writes its fields. Each step is a function below; they run in this order because each
 * reads what the ones before it chose.
 */
export function bindFigure(context: Context, found: Figure, index: number): ProposedFact | SkippedFigure {
  const figure = grownByMultiple(context, found) ?? found;
  const place = placeOf(context, figure, index);
  const { c0, c1, s0, line, column } = place;
  const cues = clauseCues(context, place);
  // "…增加了3.9吉瓦，这已是2022年时的两倍", "this is twice…": a multiple in a clause that opens with 这 /
  // this is a multiple of the figure just stated in its sentence: its metric, segment and period (the
  // years in its own clause are the base it is compared with).
  const multipleOf = figure.unitKind === "multiple" && THIS_OPENS.test(context.lower.slice(c0, Math.min(figure.start, c0 + 12))) ? factBefore(context, s0, c0) : undefined;
  // "海外收入占比为61%，去年同期这一比例约为54%", "the ratio was 54% a year earlier": a percent its clause says
  // is that ratio again is a figure of the ratio just stated: its metric, measure, company and part.
  // (So is a percent set against a share just stated, with no metric's word between and a word of a
  // period before: "占总销售额的31%，低于上年同期的45%", "up from about 30% a decade earlier".)
  const saidAgain = multipleOf === undefined && figure.unitKind === "percent" && RATIO_AGAIN.test(context.lower.slice(Math.max(s0, c0 - 2), figure.start));
  const setAgainst = multipleOf === undefined && figure.unitKind === "percent" && !saidAgain ? shareSetAgainst(context, place, cues.reached === true) : undefined;
  // ("China took 64 per cent of sales, Japan 12 per cent and India 9 per cent": a percent after the next
  // name of a list of parts' shares is that part's share of the same whole: the share before, on the
  // part named.)
  const listedShare = multipleOf === undefined && figure.unitKind === "percent" && !saidAgain && setAgainst === undefined ? shareListedBefore(context, place) : undefined;
  const ratioOf = saidAgain ? factBefore(context, s0, c0) : (setAgainst ?? listedShare);
  const chosen = chooseMetric(context, place, cues, multipleOf ?? ratioOf);
  if ("reason" in chosen) return chosen;
  const { metric, match: metricMatch } = chosen;
  // (Whether a word named the metric, or the list item above did: an item below may go on with it.)
  context.metricNamed = metricMatch !== undefined || chosen.fromItemAbove === true;
  // A sentence that points back at the figure before it (This beat…, 华尔街的平均预期为…) is about that
  // figure: its company, part and period too.
  const antecedent = chosen.pointedBack ?? multipleOf ?? ratioOf;
  // (Set against a share, "up from" and 低于 say how the two compare, not that this one is a change.)
  let measure = ratioOf && metric.id === ratioOf.metric && (cues.change === undefined || setAgainst !== undefined) ? ratioOf.measure : measureFor(cues, metric);
  // ("澔宇昨日股價收在256.5元" in a story whose amounts are in US dollars: a share's price in a bare 元 is
  // in the currency of the market it trades on, the text's own yuan, not the company's reporting currency.)
  // (Only over a currency not itself called 元: a Hong Kong story's 元 stays the Hong Kong dollar it set.)
  // ("騰訊(00700)升0.9%，收報596元": a share named with a Hong Kong listing's code, five digits, in the
  // sentence is priced in Hong Kong dollars, whatever the company reports in.)
  const hongKongListed = metric.timing === "market" && figure.bareYuan && HONG_KONG_CODE.test(context.text.slice(place.s0, figure.start));
  const unit = (hongKongListed ? "HKD" : undefined) ?? (metric.timing === "market" && figure.bareYuan && context.localYuan !== undefined && !YUAN_CURRENCIES.has(figure.currencyHint ?? "") ? context.localYuan : undefined) ?? unitFor(figure, metric)!;
  const stockIndex = metric.timing === "market" ? stockIndexOf(context, place) : undefined;
  const chosenSubject = metric.timing === "market" ? marketReadingSubject(context, chooseSubject(context, place, measure, antecedent, metricMatch), stockIndex) : chooseSubject(context, place, measure, antecedent, metricMatch);
  // ("青屿证券将其2025年归母净利润预测下调至38.6亿元": a broker named as the figure's company, forecasting, is
  // who forecasts; the figure is the story's company's, 其.)
  const subject = brokerForecasting(context, chosenSubject.entityAt, place.s0, place.s1) ? { ...chosenSubject, entity: context.entity, entityAt: -1 } : chosenSubject;
  const { segment, entity, marketSegment } = subject;
  const segmentId = segment?.id ?? "total";
  // (The ratio again, with a period of its own in its clause, 去年同期这一比例, is that period's.)
  const clausePeriod = ratioOf !== undefined ? context.periods[firstFrom(context.periods, c0)] : undefined;
  // (And a sentence that points back ("It was up 5% sequentially from $802 million in the September
  // quarter") takes the figure's metric from what it points at, not the period its clause names.)
  const clausePeriodAt = chosen.pointedBack !== undefined ? firstFrom(context.periods, c0) : -1;
  const pointedOwnPeriod = clausePeriodAt >= 0 && clausePeriodAt < context.periods.length && context.periods[clausePeriodAt]!.start < place.c1 && context.periodLabels[clausePeriodAt] !== undefined;
  // (A share taken to a new level, "expects it to rise to 45% next year", has its clause's period
  // wherever it stands in the clause.)
  const reachedLater = setAgainst !== undefined && clausePeriod !== undefined && clausePeriod.start < place.c1 && cues.reached === true;
  const ownPeriodNamed = (clausePeriod !== undefined && clausePeriod.end <= figure.start) || pointedOwnPeriod || reachedLater;
  const periodChoice = choosePeriod(context, place, metric, measure, entity, ownPeriodNamed ? undefined : antecedent);
  if ("reason" in periodChoice) return periodChoice;
  let period = periodChoice.period;
  // "The loyalty programme added 1.1 million members in the quarter", 本季净增5G用户120万户: a count the
  // company holds at a date, after a word of adding, is its change over the figure's period (from the
  // end of the quarter before, or of the year before in a story of a year), dated as the count is.
  if (measure === "level" && metric.timing === "balance" && metric.kind === "count" && metric.storeCount === undefined && ADDED_BEFORE.test(context.lower.slice(Math.max(c0, figure.start - 32), figure.start))) measure = context.defaultPeriod !== undefined && /^FY\d{4}$/.test(context.defaultPeriod) ? "yoy_abs" : "qoq_abs";
  // (同期, at the same time, before an index's move is the moment of the company's own reading beside
  // it: 同期恒生指数上涨0.6%.)
  if (stockIndex !== undefined && periodChoice.periodAt >= 0 && context.periods[periodChoice.periodAt]!.cue.kind === "same_as_before" && context.periodContext.date) period = `@${context.reportDay ?? runTradingDay(context, context.periodContext.date, false)}`;
  // "up 5.4% from December 2024 and up 35.9% from January 2024", 较前一季提升0.9个百分点: a change from the
  // period just before the figure's is period on period; from the same period a year back, year on year.
  if (CHANGE_MEASURES.has(measure) && measure !== "cagr") {
    const based = measureFromBase(context, place, period, metric, entity);
    if (based) measure = measure.endsWith("_abs") ? `${based}_abs` : based;
  }
  let basis = saidBasis(context, place, metric, metricMatch, measure);
  // ("…forecast revenue of $1.48 billion to $1.56 billion. The midpoint of $1.52 billion…": a range's midpoint
  // is on the range's basis.)
  if (basis === "reported" && chosen.pointedBack !== undefined && MIDPOINT_OPENS.test(context.lower.slice(place.s0, place.figure.start))) basis = chosen.pointedBack.basis;
  // ("…分析师许诺认为…。许诺预计，全年归母净利润约为13.2亿元", "analyst Priya Raman … Raman expects": an
  // analyst or a house forecasting in the figure's sentence gives an estimate: see forecasters.ts.)
  if (basis === "guidance" && othersForecast(context, place.s0, place.figure.start)) basis = "estimate";
  // (Under a heading of forecasts, 四季度指引乐观, a figure whose sentence names a period already over,
  // "竞争对手…三季度游戏收入同比增长9.2%", "2023年第三季度…单季收入仅为61.7亿元", is a result: the heading's
  // basis is for what its sentences leave unsaid.)
  if ((basis === "guidance" || basis === "plan") && context.basisCue === undefined && context.headingTopics[place.lineIndex]?.basis === basis && periodChoice.inSentence && periodChoice.periodAt >= 0 && isOverBy(context, entity, periodChoice.period)) basis = "reported";
  // (A surprise is a fact about the result: the estimate it is measured against makes it no estimate.)
  if (basis === "estimate" && metric.surprise) basis = "reported";
  // "展望今年，…1、2月合併營收合計62.3億元": months already over when the story is written are reported,
  // whatever outlook the sentence gives (a company forecasts quarters and years, not months gone by).
  // (Only when the forecast word is in another clause: "it expects revenue of $8.6 billion" forecasts.)
  // (So is a quarter or a year over, named in its own clause after a forecast's clause on a period to
  // come: "第四季产能利用率可望维持在85%以上，第三季则为88%".)
  if ((basis === "guidance" || basis === "plan") && periodChoice.inSentence && (context.basisCue?.start ?? c0) < c0 && (MONTHS_LABEL.test(period) || (periodChoice.periodAt >= 0 && context.periods[periodChoice.periodAt]!.start >= c0 && periodToComeIn(context, s0, c0, entity))) && isOverBy(context, entity, period) && !context.preview) basis = "reported";
  // (In a warning of results, too, a period named in its own clause that ended before the one the
  // sentence forecasts is over and reported: "預期2025年度股東應佔溢利按年增長45%至55%；2024年股東應佔溢利為32.6億元".)
  else if ((basis === "guidance" || basis === "estimate") && context.preview && periodChoice.inSentence && (context.basisCue?.start ?? c0) < c0 && periodChoice.periodAt >= 0 && context.periods[periodChoice.periodAt]!.start >= c0 && isOverBy(context, entity, period) && endsBeforePeriodIn(context, s0, c0, period, entity)) basis = "reported";
  if (basis === "reported" && periodChoice.pastPeriodAt >= 0) period = finishPeriod(context, metric, entity, periodChoice.pastPeriodAt, false);
  // What the company forecasts, or says will happen (将, will), in the figure's own stretch of its
  // clause (after the figure before it) is for a period still to come.
  // The company's forecast word may open the sentence in a clause of its own (集团预期，本季收入…).
  const stretch = Math.max(c0, context.figures[index - 1]?.end ?? 0);
  const guidanceStretch = Math.max(s0, context.figures[index - 1]?.end ?? 0);
  const saysItself = ((basis === "guidance" || basis === "plan") && (context.basisCue?.start ?? -1) >= guidanceStretch) || ((basis === "guidance" || basis === "reported") && saysFuture(context.lower, stretch, figure.start));
  // ("For the fiscal second quarter ending in December, Yarrowbeck expects:" over "- revenue of $395
  // million to $425 million": a list's title that names a forecast's period is read as the sentence
  // would read it, the next such period.)
  const listedUnderForecast = periodChoice.fromHeading && (basis === "guidance" || basis === "plan") && context.headingTopics[place.lineIndex]?.basis !== undefined;
  // (A forecast given earlier, "公司7月法说会时给出的…财测", "its earlier forecast", is of the period it names, over or not.)
  // "占比预计将由第四季的27%提升至30%": the figure a change starts from, right after its period, is that
  // period's as named, and what was, not what is forecast.
  const startOfChange = periodChoice.periodAt >= 0 && periodChoice.inSentence && FROM_PERIOD_OF.test(context.lower.slice(Math.max(0, context.periods[periodChoice.periodAt]!.start - 2), context.periods[periodChoice.periodAt]!.start)) && /^的?\s?(?:约|約)?$/.test(context.lower.slice(context.periods[periodChoice.periodAt]!.end, figure.start));
  if (startOfChange) {
    // (When the period is the story's, just reported, or ended two months before; analysts' words on a
    // year just over, "法人預估…毛利率由2025年的23%左右提升至25%" in January, still estimate it.)
    if ((basis === "guidance" || basis === "plan" || basis === "estimate") && isOverBy(context, entity, period) && (period === context.defaultPeriod || endedMonthsBefore(context, period, 2))) basis = "reported";
  } else if ((saysItself && periodChoice.inSentence && !GIVEN_EARLIER.test(context.lower.slice(s0, figure.start))) || listedUnderForecast) {
    // (A year a span gives each figure of its run, "2025-2027年…分别为13.4/15.9/18.7亿元", is that figure's
    // own, not the run's first.)
    // (Nor a forecast a result was judged against before it in its sentence, "came in at $412.3 million,
    // ahead of … management's own $396-$400 million guidance range": that forecast was for the
    // period just reported.)
    if (!periodChoice.yearOfSpan && !RESULT_JUDGED_BEFORE.test(context.lower.slice(s0, figure.start))) period = upcomingPeriod(context, periodChoice.periodAt, period, entity);
    context.forecastPeriod = { sentence: s0, periodAt: periodChoice.periodAt, period };
  }
  // "…第二财季销售额将达到约72亿美元。…每股盈利将为2.40美元": a later sentence that says what will come,
  // on the period an earlier forecast named, is for the period that forecast was read as.
  // (So is any forecast carrying that period word: "It expects a gross margin of 51% to 52% and adjusted
  // earnings of $0.92 to $0.98 a share", whose second clause says nothing of its own.)
  else if ((saysItself || basis === "guidance") && !periodChoice.inSentence && periodChoice.periodAt >= 0 && context.forecastPeriod?.periodAt === periodChoice.periodAt) period = context.forecastPeriod.period;
  // The market's expectation set beside that forecast, on the same period word, is for the same period
  // (本季收入介乎…，市场预期为…), and so is the forecast's next figure ("expects revenue of … and EPS of …").
  // (So is the expectation in the sentence after, on the period word it carries from the forecast's:
  // "For the fourth quarter it expects revenue of $3.1 billion. Analysts had been looking for $3.12 billion.")
  // (Not a price target, set on a day: "raised its full-year profit forecast to £296m and lifted its
  // target price to 265p".)
  else if ((basis === "estimate" || basis === "guidance") && metric.timing !== "market" && !periodChoice.yearOfSpan && context.forecastPeriod?.periodAt === periodChoice.periodAt && (periodChoice.inSentence ? context.forecastPeriod.sentence === s0 : basis === "estimate")) period = context.forecastPeriod.period;
  // Guidance that names no period (目前预计…, "the company expects…") is for the period after the one
  // reported: the next quarter after a first, second or third quarter ("营收在103-112亿美元" in a
  // first-quarter story), the next fiscal year after the last quarter or the year ("1,800 net restaurant
  // additions" in a fourth-quarter story).
  const noPeriodOfItsOwn = periodChoice.periodAt < 0 || (!periodChoice.inSentence && !periodChoice.fromHeading) || context.periods[periodChoice.periodAt]!.cue.kind === "now";
  // "第一季度指引不及预期，该公司目前预计净营收将介于…": 目前 says when the company said it; a period still
  // to come named earlier in the sentence is what the guidance is for.
  const forecastPeriod = basis === "guidance" && noPeriodOfItsOwn ? periodToComeBefore(context, s0, figure.start, metric, entity) : undefined;
  if (forecastPeriod !== undefined) period = forecastPeriod;
  else if ((basis === "guidance" || basis === "plan") && noPeriodOfItsOwn && isOverBy(context, entity, period) && !context.preview) period = periodAfter(period) ?? period;
  // What the company will do is its plan for what it decides (capex, job cuts), its guidance for what
  // it expects to come out (revenue, profit): the taxonomy says which a metric is.
  // "…to $842 million, compared with $713.6 million in the same period of fiscal 2025 and the $820
  // million analysts had expected": what analysts expected of a result is for the result's period, not
  // the period of the year-ago base named before it.
  if (basis === "estimate" && periodChoice.periodAt >= 0 && (context.periodAfterBase[periodChoice.periodAt] || context.periodYearAgo[periodChoice.periodAt]) && context.periods[periodChoice.periodAt]!.end <= figure.start) {
    for (let i = context.bound.length - 1; i >= 0 && context.bound[i]!.start >= s0; i--) {
      const result = context.bound[i]!.fact;
      if (result.metric === metric.id && result.basis !== "estimate" && result.measure === "level" && result.period !== period) {
        period = result.period;
        break;
      }
    }
  }
  // "EBIT before special items fell 14% to 612 million euros ($711 million) from 712 million a year
  // earlier": the base an adjusted figure is set against, in its sentence with no basis word of its
  // own, is on the same basis.
  if (basis === "reported" && context.basisCue === undefined && BASE_WORD_BEFORE.test(context.lower.slice(Math.max(s0, figure.start - 32), figure.start))) {
    for (let i = context.bound.length - 1; i >= 0 && context.bound[i]!.start >= s0; i--) {
      const compared = context.bound[i]!.fact;
      if (compared.metric !== metric.id || compared.entity !== entity || compared.measure !== "level") continue;
      if (compared.basis === "non_gaap" || compared.basis === "ex_fx") basis = compared.basis;
      break;
    }
  }
  // "Underlying EBIT rose 7.8% to A$214 million, giving an EBIT margin of 11.4%": the margin of an
  // adjusted amount given in its sentence, on the same period, is adjusted too.
  if (basis === "reported" && metric.marginOf !== undefined) {
    for (let i = context.bound.length - 1; i >= 0 && context.bound[i]!.start >= s0; i--) {
      const amount = context.bound[i]!.fact;
      if (amount.metric !== metric.marginOf || amount.entity !== entity || amount.period !== period) continue;
      if (amount.basis === "non_gaap") basis = "non_gaap";
      break;
    }
  }
  // ("法人認為在AI伺服器拉貨帶動下，高華第四季營收可望季增8%至10%", "analysts believe revenue will reach…":
  // what a sentence whose subject is the analysts says will come is their estimate, not the company's.)
  // (Asked only where a forecast's owner is in question: most figures never need it.)
  const analystsSay = () => ANALYSTS_SAY.test(context.lower.slice(s0, figure.start)) || othersForecast(context, s0, figure.start);
  if (isPlanned(context, basis, period, entity, c0, s0, figure.start)) basis = metric.decided || basis === "guidance" ? "plan" : analystsSay() ? "estimate" : "guidance";
  // "今年資本支出維持約120億元", "keep its capital spending for 2025 at about…": what the company decides
  // (capex) for a period not over by the article's date is its plan, said with a future word or not.
  // (Not an announcement dated by the month it was made, job cuts: "it cut 140 jobs" this month is done;
  // only a word of the future, "would cut", makes it a plan, as above.)
  else if (basis === "reported" && metric.decided && !metric.announced && !isOverBy(context, entity, period)) basis = "plan";
  // "2025 EPS: $5.10 to $5.25": a range for a period not over is the company's forecast: no result of a
  // period still running is reported as a range. (Not any figure beside a word of revision: "kept its
  // forecast of 19p to 21p for 2026, compared with 18.2p last year" reports last year's.)
  else if (basis === "reported" && metric.timing !== "market" && period !== "none" && !period.startsWith("@") && figure.valueHigh !== undefined && !isOverBy(context, entity, period)) basis = analystsSay() ? "estimate" : "guidance";
  // "同業景恒銀行上周公布，全年股東應佔溢利按年跌4.5%至96.3億元" after a paragraph on this year's outlook, in
  // a story of 2025 told in February 2026: a result of "the full year" with no year of its own is of a
  // year that is over, the story's, not the year still running that the outlook before it talked about.
  if (basis === "reported" && metric.timing !== "market" && periodChoice.inSentence && isBareFullYear(context.periods[periodChoice.periodAt]?.cue) && !isOverBy(context, entity, period) && context.defaultPeriod !== undefined && yearOfFiscalYearLabel(context.defaultPeriod) !== undefined && isOverBy(context, entity, context.defaultPeriod)) period = context.defaultPeriod;
  // (A forecast moved to the period to come is measured against its base again: "預估營收將與第三季持平至減少3%"
  // in a third-quarter story is the fourth quarter's, on the third.)
  if (period !== periodChoice.period && CHANGE_MEASURES.has(measure) && measure !== "cagr") {
    const based = measureFromBase(context, place, period, metric, entity);
    if (based) measure = measure.endsWith("_abs") ? `${based}_abs` : based;
  }
  // A market's figure is never a company's forecast: "2025年全球光伏新增装机量为570GW至630GW", "sales of obesity
  // drugs could reach $95 billion by 2030", a market's size for a period not over, is an estimate. (What
  // companies decide together stays their plan: "four companies are set to pour $660 billion into AI".)
  // (But a company's own guidance for its trade, "lifted its guidance for FY26 tractor industry volume
  // growth to 8%", is its guidance.)
  if (entity === "MARKET" && metric.timing !== "market" && !metric.decided && ((basis === "guidance" && !OWN_GUIDANCE_BEFORE.test(context.lower.slice(s0, figure.start))) || (basis === "reported" && period !== "none" && !period.startsWith("@") && !isOverBy(context, entity, period)))) basis = "estimate";
  // "公司第四季度单季归母净利润约为1.88亿元至2.68亿元" in a company's warning of its results (业绩预告, 盈警): a
  // range for a period over, in the company's own warning, is its forecast of the results to come.
  if (basis === "reported" && context.resultsWarning && figure.valueHigh !== undefined && metric.timing !== "market" && entity === context.entity && !analystsSay()) basis = "guidance";
  // "Underlying EBITDA rose 9% to A$1.2 billion … the EBITDA margin widened to 42.6 per cent": a text that
  // names a measure adjusted and never as reported means the adjusted one wherever it names it bare.
  // (The story's own company's only: a round-up's other companies name their own measures.)
  const adjustedElsewhere = basis === "reported" && context.basisCue === undefined && entity === context.entity ? adjustedThroughout(context).get(metric.id) : undefined;
  if (adjustedElsewhere) {
    basis = "non_gaap";
    context.basisCue = adjustedElsewhere;
  }
  let { value, valueHigh } = signedValue(context, place, cues, metric, metricMatch, measure);
  // "每10股派发现金红利45.53元": an amount for every ten shares is a tenth of it per share.
  if (metric.kind === "per_share" && PER_TEN_SHARES.test(context.lower.slice(c0, figure.start))) {
    value = pointLeft(value, 1);
    if (valueHigh !== undefined) valueHigh = pointLeft(valueHigh, 1);
  }

  let of: string | undefined;
  if (measure === "share") of = (ratioOf?.measure === "share" ? ratioOf.of : undefined) ?? (marketSegment ? `MARKET/${marketSegment.id}` : `${entity}/total`);
  if (measure === "multiple") of = cues.priorGeneration ? "prior_generation" : "year_earlier";

  const written = figure.scale;
  const scale = written === undefined ? undefined : (written.includes("万") || written.includes("亿")) && figure.scaleAt !== undefined ? context.original.slice(figure.scaleAt, figure.scaleAt + written.length) : written;
  // Built in the order the fact file writes them: the usual fact (no `of`, no high value, no precision)
  // in one literal, the rest field by field in the same order.
  const quote = quoteFor(context, figure, c0, c1);
  let fact: ProposedFact;
  if (of === undefined && valueHigh === undefined && figure.precision === undefined) {
    fact = scale !== undefined ? { entity, segment: segmentId, metric: metric.id, measure, period, basis, qualifier: figure.qualifier, value, scale, unit, quote, line, column } : { entity, segment: segmentId, metric: metric.id, measure, period, basis, qualifier: figure.qualifier, value, unit, quote, line, column };
  } else {
    fact = { entity, segment: segmentId, metric: metric.id, measure } as ProposedFact;
    if (of !== undefined) fact.of = of;
    fact.period = period;
    fact.basis = basis;
    fact.qualifier = figure.qualifier;
    fact.value = value;
    if (valueHigh !== undefined) fact.valueHigh = valueHigh;
    if (figure.precision !== undefined) fact.precision = figure.precision;
    if (scale !== undefined) fact.scale = scale;
    fact.unit = unit;
    fact.quote = quote;
    fact.line = line;
    fact.column = column;
  }
  if (context.explain) context.explain.push(explanation(context, fact, { metricMatch, antecedent, subject, periodChoice, basis, stockIndex }));
  return fact;
}

/** Which words decided each field of a fact, and why (for extract --explain). */
function explanation(
  context: Context,
  fact: ProposedFact,
  chosen: { metricMatch: TermMatch<Term> | undefined; antecedent: ProposedFact | undefined; subject: ReturnType<typeof chooseSubject>; periodChoice: { periodAt: number; inSentence: boolean }; basis: Basis; stockIndex: string | undefined },
): Explanation {
  const word = (start: number, end: number) => JSON.stringify(context.original.slice(start, end));
  const { metricMatch, antecedent, subject, periodChoice } = chosen;
  const why: Explanation = { line: fact.line, column: fact.column, fields: {} };
  why.fields.metric = antecedent ? "the figure before it that this one is a multiple of, or that its sentence points back at" : metricMatch ? `named by ${word(metricMatch.start, metricMatch.end)}` : "inferred: no metric word fits; the line's heading, a share of a market, a business that grows (its revenue), or the figure a sentence that points back is about";
  why.fields.segment = subject.segmentAt >= 0 ? `named by ${word(subject.segmentAt, context.terms[firstFrom(context.terms, subject.segmentAt)]?.end ?? subject.segmentAt)}` : subject.segmentFromLine ? "the paragraph's label or the heading over it" : "none named: the whole company";
  const pointer = subject.entityAt >= 0 ? COMPANY_ANAPHOR_AT.exec(context.lower.slice(subject.entityAt, subject.entityAt + 8)) : null;
  // (A company the taxonomy does not know, named where no term starts, "which has 23%"'s holder, by its name.)
  const termAt = subject.entityAt >= 0 ? context.terms[firstFrom(context.terms, subject.entityAt)] : undefined;
  const peer = termAt?.start !== subject.entityAt ? context.peers.get(fact.entity) : undefined;
  why.fields.entity = pointer ? `${word(subject.entityAt, subject.entityAt + pointer[0].length)} points back at ${fact.entity === context.entity ? "the article's company" : "the company named last before it in its paragraph"}` : peer ? `named by ${JSON.stringify(peer.name)}` : subject.entityAt >= 0 ? `named by ${word(subject.entityAt, termAt?.end ?? subject.entityAt)}` : fact.entity === context.entity ? `the article's company (${context.entityReason})` : "the company whose segment it is";
  if (chosen.stockIndex !== undefined) {
    why.fields.entity = `the market: a stock market index, ${JSON.stringify(chosen.stockIndex)}, named before the figure`;
    why.fields.segment = "the index, as a part of the market";
  }
  const at = periodChoice.periodAt;
  const period = at >= 0 ? context.periods[at]! : undefined;
  why.fields.period = period
    ? `${word(period.start, period.end)} ${periodChoice.inSentence ? "in its sentence" : context.headingPeriods[context.lineStarts.length > 0 ? lastStartAtOrBefore(context.lineStarts, period.start) : 0] === at ? "in the heading over it" : "earlier in its paragraph"}${fact.period !== context.periodLabels[at] ? `, read under the company's fiscal calendar and the metric's timing as ${fact.period}` : ""}`
    : fact.period.startsWith("@") ? "no period said: a reading at the article's date or a balance at its period's end (the metric's timing)" : "no period said: the quarter the article reports on";
  // (A session's reading put on the day the lead says the company reported, whatever the paragraph's period.)
  if (context.reportDay !== undefined && fact.period === `@${context.reportDay}` && context.taxonomy.metrics.get(fact.metric)?.timing === "market") why.fields.period = `the day the lead says the company reported, ${context.reportDay}: a session's reading with no day of its own`;
  const cue = context.basisCue;
  why.fields.basis = cue ? `${word(cue.start, cue.end)} (${fact.basis})` : fact.basis === "reported" ? "no forecast, estimate or adjustment word" : `the metric's own basis or the period still to come (${fact.basis})`;
  return why;
}


/** Where a figure stands: its sentence [s0, s1) and clause [c0, c1), its neighbours' bounds, its line and column, and where the lists of terms, cues and periods reach it. */
interface Place {
  figure: Figure;
  index: number;
  s0: number;
  s1: number;
  c0: number;
  c1: number;
  /** Its clause's bounds cut at the figures before and after it in the clause. */
  previousEnd: number;
  nextStart: number;
  lineIndex: number;
  line: number;
  column: number;
  /** The market a currency figure is the size of, named right before it (see marketNamedBefore), read once. */
  market: ReturnType<typeof marketNamedBefore>;
  /** The market a percent's sentence names as one a share is of (see marketOfShare), read once. */
  sharedMarket: SharedMarket | undefined;
  /** Terms, cues and periods starting before the figure's start are before these indices; those starting at or after its end from these. */
  termsBefore: number;
  termsAfter: number;
  cuesBefore: number;
  periodsBefore: number;
}

function placeOf(context: Context, figure: Figure, index: number): Place {
  const { text } = context;
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
  const termsBefore = seek(cursors.termsBefore, figure.start);
  const termsAfter = seek(cursors.termsAfter, figure.end);
  const cuesBefore = seek(cursors.cuesBefore, figure.start);
  const periodsBefore = seek(cursors.periodsBefore, figure.start);
  const market = figure.unitKind === "currency" ? (marketNamedBefore(text, context.lower, c0, figure.start) ?? marketNamedAfter(text, context.lower, figure.start, figure.end, c1)) : undefined;
  const sharedMarket = figure.unitKind === "percent" ? (marketOfShare(text, context.lower, s0, s1, figure.end) ?? marketSharedAgain(context, figure, s0, c0, lineIndex + 1)) : undefined;
  return { figure, index, s0, s1, c0, c1, previousEnd, nextStart, lineIndex, line, column, market, sharedMarket, termsBefore, termsAfter, cuesBefore, periodsBefore };
}

/** The figure's cues (see FigureCues), with the decline-or-growth cue nearest before it in its clause. */
interface ClauseCues extends FigureCues {
  change: TermMatch<Cue> | undefined;
  /** A verb of a part's share stands right before the percent ("accounted for the remaining 23%"). */
  shareVerbBefore: boolean;
  /** The loss word that made `loss`, when one did. */
  lossMatch: TermMatch<Cue> | undefined;
}

/** Words that introduce the period a change is counted from: from, compared with, versus, over (an English pattern: a space and "the" after them). */
// ("a 0.4% dip from September but 22.6% above October 2024": a noun of the change may stand between, and
// above or below names the base as from does; "0.3 percentage points lower than at the end of June": a
// base's day, at a period's end.)
const FROM_BASE = new RegExp(`^\\s?(?:(?:dip|drop|fall|decline|rise|gain|increase|jump|slide|climb|improvement)\\s)?(?:${wordsPattern(placedWords("comparison", { roles: ["base", "over"], language: "en" }))}|above|below|on|over|(?:higher|lower|more|less|up|down|bigger|smaller|wider|narrower)\\sthan(?:\\s(?:in|for|at))?)\\s(?:the\\s)?(?:end\\sof\\s(?:the\\s)?)?$`);

/**
 * The measure a change's base period says: period on period from the period just before the figure's
 * (the quarter before, the month before, the quarter-end before), year on year from the same period a
 * year back. The base stands right after the change after from / compared with ("up 5.4% from December
 * 2024", "up 6 bps from Q3", "up 1.8% from Sept. 30"), or before it in its clause as a comparison's base
 * (较前一季提升0.9个百分点, 较6月末下降, "compared with the previous quarter, …").
 */
function measureFromBase(context: Context, place: Place, period: string, metric: MetricDefinition, entity: string): "yoy" | "qoq" | undefined {
  const { periods, lower } = context;
  const { figure, nextStart, c0 } = place;
  let i = firstFrom(periods, figure.end);
  const after = periods[i];
  if (!after || after.start >= nextStart || !FROM_BASE.test(lower.slice(figure.end, after.start))) {
    i = firstFrom(periods, figure.start) - 1;
    const before = periods[i];
    // The base may open the sentence in a lead-in clause of its own, before any of its figures ("From the
    // previous quarter, operating profit rose 41% and revenue grew 3.1%", 与上季度相比，…).
    const leadIn = before !== undefined && before.start >= place.s0 && (context.figures[firstFrom(context.figures, place.s0)]?.start ?? figure.start) >= before.end;
    if (!before || (before.start < c0 && !leadIn) || !context.periodComparison[i]) return undefined;
  }
  // (The base read as a figure of the metric with that period would be, in the company's own quarters as
  // the figure's period is: "from the previous quarter" after "the July-September quarter" of a year to
  // March is the fiscal quarter before the fiscal second, not a calendar label read as a fiscal one.)
  const label = context.periodLabels[i] === undefined ? undefined : finishPeriod(context, metric, entity, i, true);
  if (label === undefined) return undefined;
  const calendar = context.taxonomy.entities.get(entity)?.fiscalYearEnd;
  const base = context.readPeriod(label, calendar);
  const own = context.readPeriod(period, calendar);
  if (!base.ok || !own.ok || !base.period.end || !own.period.end || !own.period.start || !base.period.start) return undefined;
  // A balance against a month (较6月末, "from June"): against that month's end.
  const baseKey = own.period.kind === "instant" && base.period.kind !== "instant" ? instantLabel(base.period.end) : base.period.key;
  if (baseKey === shiftedKey(context, own.period.key, -12)) return "yoy";
  // The period just before: a quarter (or month) back; an instant's is the quarter-end before.
  let months = context.keyMonths.get(own.period.key);
  if (months === undefined && !context.keyMonths.has(own.period.key)) context.keyMonths.set(own.period.key, (months = PeriodDays.fromKey(own.period.key)?.months));
  if (baseKey === shiftedKey(context, own.period.key, -(months ?? 3))) return "qoq";
  return undefined;
}

/** A period key moved by months (see PeriodDays.shiftMonths), kept in the run's context (a text's changes are set against the same few periods, figure after figure). */
function shiftedKey(context: Context, key: string, months: number): string | undefined {
  // (By months, then by key: no key string is built per figure to ask with.)
  let byKey = context.shiftedKeys.get(months);
  if (!byKey) context.shiftedKeys.set(months, (byKey = new Map()));
  if (!byKey.has(key)) byKey.set(key, PeriodDays.fromKey(key)?.shiftMonths(months)?.key);
  return byKey.get(key);
}

/**
 * "…net loss narrowed to $48.2 million, or 31 cents a share, from $66.9 million, or 45 cents": what
 * restates the loss just read (", or" its amount per share), and the base that loss is set against with
 * no word for a profit of its own, are losses too. Only a level below zero passes its sign on, not a
 * fall ("down 1.9% from €3.24 billion").
 */
function carriesLoss(context: Context, place: Place, metric: MetricDefinition): boolean {
  const last = context.bound[context.bound.length - 1];
  const before = context.figures[place.index - 1];
  if (!last || !before || last.start !== before.start || before.end <= place.s0 || last.fact.measure !== "level" || !last.fact.value.startsWith("-")) return false;
  const between = context.lower.slice(before.end, place.figure.start);
  if (OR_RESTATES.test(between)) return metric.kind === "per_share" || last.fact.metric === metric.id;
  return BASE_RIGHT_BEFORE.test(between) && last.fact.metric === metric.id && !PROFIT_WORD.test(between);
}

/** Verbs that tell what a company did or where a figure stood: a result, not a forecast, under any heading. */
const PAST_RESULT = new RegExp(wordsPattern(placedWords("past_result"), "both"));

/** ", or " between an amount and what restates it. */
const OR_RESTATES = /^,?\s?or\s$/;
/** A sentence that opens by saying its amounts are per share: "On a per-share basis, …", "Per share, …". */
const PER_SHARE_OPENING = /^[\s*_"“]*(?:on\sa\sper[\s-]share\sbasis|per\sshare)\s?,/;
/** A sentence that has said "a share" or "per share" already. */
const PER_SHARE_SAID = new RegExp(String.raw`\b${PER_SHARE}`);
/** Words that open a comparison's base right before its figure ("from", "compared with", "versus", "against": the lexicons' comparison roles base and against). */
const BASE_RIGHT_BEFORE = new RegExp(`${wordsPattern(placedWords("comparison", { roles: ["base", "against"] }), "both")}\\s?$`);
/** A loss's word right after an amount ("a $31.9 million loss", "a $4m net loss", 3亿元的亏损). */
const LOSS_AFTER = /^\s?(?:(?:net|operating|pre-?tax|quarterly|annual|full-year)\s)?loss(?:es)?\b|^的?(?:净)?亏损/;

/** A word for a profit, which gives a base a sign of its own ("from a profit of $45 million"). */
const PROFIT_WORD = /\b(?:profit|income|earnings|gain)\b|盈利|利润|溢利/;

/** A reporting verb right after a rival's name: the rival is its clause's subject. */
// (", which earlier this week reported…", ", whose results came out on Monday, posted…": a relative
// clause's subject is the rival, a few words of when between.)
// (", whose payment volume grew 12%": so is a rival whose own figure a relative clause moves.)
const RIVAL_REPORTS = new RegExp(String.raw`^['’]?s?,?\s(?:(?:which|who)\s(?:[a-z]+\s){0,3}?)?(?:(?:also|last\sweek|on\s\w+day|this\sweek|earlier\sthis\sweek|separately)\s)?(?:reported|posted|said|announced|recorded|saw|booked|forecast|expects)\b|^,\s${WHOSE_FIGURE_MOVES}|^(?:公布|宣布|录得|錄得|报告|報告|表示)`);

/**
 * What may stand between a change word and the amount it changes by ("增加3.3亿美元", "up $5bn",
 * "fell by 200 units"): 了, by, a hedge, spaces. After 至 / to the amount is the new level.
 */
const CHANGE_BY_GAP = /^(?:\s|了|by|of|约|大约|逾|超过|近|about|nearly|almost|more\sthan|some|over|roughly)*$/;

/** 至 / 到 / to right before a figure: the level a change reached. */
const REACHED_BEFORE = /(?:至|到|\bto)\s?$/;
/** A rate's new level or its old one right after: 至, to, from (see rateFell). */
/** "a lower", "the higher": a comparative right after an article, an adjective of the figure after it. */
const COMPARATIVE_AFTER_ARTICLE = /\b(?:a|an|the)\s(?:lower|higher|smaller|bigger|larger)$/;

/** Whether a change word is a comparative after an article right before the figure ("a lower A$512 million"): it describes the figure. */
function describesFigure(context: Context, match: TermMatch<Cue>, c0: number, figureStart: number): boolean {
  return COMPARATIVE_AFTER_ARTICLE.test(context.lower.slice(Math.max(c0, match.start - 4), match.end)) && /^\W*$/.test(context.lower.slice(match.end, figureStart));
}
const RATE_REACHED_BEFORE = /(?:至|到|\bto|\bfrom)\s?$/;
/** A noun for a growth rate (the lexicons' `growth_noun`) right before a fall word, perhaps with 率 / rate and a word of degree between. */
const GROWTH_NOUN_BEFORE = new RegExp(`${wordsPattern(placedWords("growth_noun"), "both")}\\s?(?:rate\\s|率)?(?:同比|进一步|明显|有所|再度|继续|略有|小幅|further\\s|sharply\\s|again\\s)?\\s?$`, "u");

/** A measure's words opening a sentence as its own clause: "Sequentially, revenue rose 5%", "On a quarterly basis, …". */
const OPENING_BEFORE_MEASURE = /^[\s*_•·-]*(?:and\s|but\s)?$/;
function measureOpeningSentence(context: Context, place: Place): Measure | undefined {
  const { terms } = context;
  const { s0, c0 } = place;
  if (c0 <= s0) return undefined;
  for (let i = firstFrom(terms, s0); i < terms.length && terms[i]!.end <= c0; i++) {
    const measure = firstOf(terms[i]!, "measure");
    if (!measure || (measure.id !== "qoq" && measure.id !== "yoy")) continue;
    if (OPENING_BEFORE_MEASURE.test(context.lower.slice(s0, terms[i]!.start)) && /^\s?[,，]/.test(context.lower.slice(terms[i]!.end, terms[i]!.end + 2))) return measure.id;
    return undefined;
  }
  return undefined;
}

function clauseCues(context: Context, place: Place): ClauseCues {
  const { terms, cueMatches } = context;
  const cursors = context.cursors;
  const { figure, c0, nextStart, termsBefore, cuesBefore } = place;
  // Measure cues in the clause before the figure.
  let measureCue: Measure | undefined;
  /** Where the measure word before the figure starts. */
  let measureAt = -1;
  for (let i = termsBefore - 1; i >= 0 && terms[i]!.start >= c0; i--) {
    if (terms[i]!.end > figure.start) continue;
    const measure = firstOf(terms[i]!, "measure");
    // "较去年同期的76%": a comparison's period joined to the figure by 的 names whose figure it is (the
    // level a year earlier), not the figure's measure.
    if (measure && OF_THE_PERIOD.test(context.lower.slice(terms[i]!.end, figure.start))) break;
    if (measure) {
      measureCue = measure.id;
      measureAt = terms[i]!.start;
      break;
    }
  }
  // "up 6.2% year-on-year and 2.9% quarter-on-quarter": a measure word right after the figure before
  // is that figure's, and this one's own word after it is its measure.
  const before = context.figures[place.index - 1];
  if (measureCue !== undefined && before !== undefined && before.end <= measureAt && measureAt - before.end <= 1 && (figure.unitKind === "percent" || figure.unitKind === "pp" || figure.unitKind === "bp")) {
    // The figure's own word after it wins over the one before that was written for the figure before.
    const own = measureRightAfter(context, place);
    if (own !== undefined) measureCue = own;
  }
  // "30%的市场份额", "a 30% share", "a 9% CAGR", "rose 5% sequentially": a share, CAGR or period-on-
  // period word right after a percent names its measure when none is said before it. So does an amount's or a count's word after 的 ("60%的收入", "三分之一的销量"): a percent of
  // revenue is a share of it.
  if (measureCue === undefined && (figure.unitKind === "percent" || figure.unitKind === "pp" || figure.unitKind === "bp")) measureCue = measureRightAfter(context, place) ?? measureOpeningSentence(context, place);
  // The clause's cue words before the figure, nearest first.
  let change: TermMatch<Cue> | undefined;
  let share = false;
  let loss = false;
  let lossMatch: TermMatch<Cue> | undefined;
  let priorGeneration = false;
  // A loss word before another figure of the clause is that figure's ("a net loss of $120 million …
  // from a profit of $45 million"), unless the two are one list ("亏损2亿元和1亿元").
  const previousFigure = context.figures[place.index - 1];
  const listed = previousFigure !== undefined && previousFigure.end > c0 && LIST_JOINER.test(context.lower.slice(previousFigure.end, figure.start));
  const lossFrom = previousFigure !== undefined && previousFigure.end > c0 && !listed ? previousFigure.end : c0;
  for (let i = cuesBefore - 1; i >= 0 && cueMatches[i]!.start >= c0; i--) {
    const match = cueMatches[i]!;
    if (match.end > figure.start) continue;
    // ("statutory net profit was a lower A$512 million": a comparative after an article describes the
    // figure it stands before, as an adjective; the figure is the level, not the change.)
    for (const cue of match.entries) {
      if ((cue.kind === "decline" || cue.kind === "growth") && !describesFigure(context, match, c0, figure.start)) change ??= match;
      else if (cue.kind === "share") share = true;
      else if (cue.kind === "loss" && !loss && match.start >= lossFrom) {
        loss = true;
        lossMatch = match;
      }
      else if (cue.kind === "prior_generation") priorGeneration = true;
    }
  }
  // "实现15%的增长", "出现3%的下滑", "a 700% increase": a change word right after a percent (的, of
  // between at most) says the percent is that change.
  if (change === undefined && (figure.unitKind === "percent" || figure.unitKind === "pp" || figure.unitKind === "bp")) {
    const i = seek(cursors.cuesAfter, figure.end);
    const after = cueMatches[i];
    // (Not when the change word has a figure of its own right after it: in "较去年同期的76%上升5个百分点"
    // the 5 points are the change and the 76% is the level it is from.)
    const next = context.figures[place.index + 1];
    const changesItsOwn = after !== undefined && next !== undefined && next.start >= after.end && CHANGE_BY_GAP.test(context.lower.slice(after.end, next.start));
    if (after && after.start < nextStart && !changesItsOwn && CHANGE_AFTER_GAP.test(context.lower.slice(figure.end, after.start)) && after.entries.some((cue) => cue.kind === "growth" || cue.kind === "decline")) change = after;
  }
  // ("营收增速放缓至3%", "revenue growth slowed to 3% from 9%": a fall word right after growth's own
  // noun, then 至 / to or from right before the percent, is the rate falling to or from the figure: the
  // figure is the growth, not a fall.)
  const rateFell = change !== undefined && change.end <= figure.start && figure.unitKind === "percent" && RATE_REACHED_BEFORE.test(context.lower.slice(Math.max(c0, figure.start - 8), figure.start)) && GROWTH_NOUN_BEFORE.test(context.lower.slice(Math.max(c0, change.start - 16), change.start));
  const decline = !rateFell && (change?.entries.some((cue) => cue.kind === "decline") ?? false);
  // "分别增加1.18亿美元及1.04亿美元": a figure listed right after one the change word stands before is a change too.
  const previous = context.figures[place.index - 1];
  const listedAfterChange = change !== undefined && previous !== undefined && previous.start >= change.end && CHANGE_BY_GAP.test(context.lower.slice(change.end, previous.start)) && LIST_JOINER.test(context.lower.slice(previous.end, figure.start));
  const changeBy = change !== undefined && (CHANGE_BY_GAP.test(context.lower.slice(change.end, figure.start)) || listedAfterChange);
  const reached = REACHED_BEFORE.test(context.lower.slice(Math.max(c0, figure.start - 4), figure.start));
  // "About 58% of revenue came from North America", 营收有约62%来自美国市场: a percent a region's share comes from.
  if (!share && figure.unitKind === "percent" && saysShareSource(context.lower, figure.end)) share = true;
  // "had sales of $188 million, or 23% of the channel": a percent set after an amount with "or", of a
  // whole or a part named after it, is the amount's share of it.
  if (!share && figure.unitKind === "percent" && OR_PERCENT_BEFORE.test(context.lower.slice(Math.max(0, figure.start - 24), figure.start)) && OF_A_WHOLE_AFTER.test(context.lower.slice(figure.end, figure.end + 40))) share = true;
  // A percent said to be a part's share where no word of a change stands before it: right after a verb
  // of a part's share ("Clinics accounted for the remaining 23%", of the top line when no whole is
  // named), in a list item labelled as a part's share ("- Hospital share of sales: 46% (40% a year
  // ago)"), or under a mix's title ("Revenue mix in the quarter:" over "- Hospitals: 46%").
  const shareVerbBefore = figure.unitKind === "percent" && SHARE_VERB_BEFORE.test(context.lower.slice(Math.max(place.c0, figure.start - 48), figure.start));
  if (figure.unitKind === "percent" && (shareVerbBefore || (change === undefined && (labelsAShare(context.lower.slice(context.lineStarts[place.lineIndex]!, context.lineStarts[place.lineIndex]! + 80)) || context.headingTopics[place.lineIndex]?.share === true)))) {
    share = true;
    measureCue ??= "share";
  }
  // "14% of the UK snacks market", 18%的洗地机市场份额: a market named right after a percent, as a share's, makes it a share.
  if (place.sharedMarket?.after) {
    share = true;
    measureCue ??= "share";
  }
  // "Passengers: 14.2 million (+7%)": a percent written with its sign in brackets after another figure
  // is that figure's change, as a change word would say.
  const signedInBrackets = figure.unitKind === "percent" && SIGNED_IN_BRACKETS.test(context.lower.slice(Math.max(0, figure.start - 3), figure.numberStart));
  // (lossMatch always set, undefined when none: one shape for every figure's cues, and no spread per figure.)
  return { figure, measureCue, decline, share, loss, lossMatch, priorGeneration, change, changeBy, reached, shareVerbBefore, changed: change !== undefined || signedInBrackets };
}

/**
 * The figure's metric and the term that names it (none when it is inferred: a share of a market, a
 * business that grows, a multiple of the figure before it), or why there is none.
 */
function chooseMetric(context: Context, place: Place, figureCues: ClauseCues, antecedent: ProposedFact | undefined): { metric: MetricDefinition; match: TermMatch<Term> | undefined; pointedBack?: ProposedFact; fromItemAbove?: boolean } | SkippedFigure {
  const { taxonomy, terms, cueMatches } = context;
  const cursors = context.cursors;
  const { figure, index, s0, s1, c0, nextStart, line, column, termsBefore, termsAfter } = place;
  const { measureCue, change, share } = figureCues;
  // "540亿美元，上下浮动2%", "plus or minus 2%", "give or take 50 basis points": a tolerance around the figure before is no figure of its own.
  if ((figure.unitKind === "percent" || figure.unitKind === "bp" || figure.unitKind === "pp") && index > 0 && toleranceBefore(context, figure.start, context.figures[index - 1]!.end)) return skipFigure(context, figure, line, column, "a tolerance around the figure before it (上下浮动, plus or minus), not a figure of its own");
  // "its combined ratio — claims as a share of premiums, where anything under 100% means a profit —
  // improved to 94.1%": a figure inside an aside between dashes that explains the metric named right
  // before it is part of the explanation, when the sentence goes on after the aside.
  if (dashAsideAfterMetric(context, s0, s1, figure.start) !== undefined) return skipFigure(context, figure, line, column, "inside an aside between dashes that explains the metric before it, not a figure of the company's");
  // "12月需交付约7.5万辆才能完成全年目标", "只要维持在52亿元以上即可达标": what the text works out is needed to
  // reach a goal is its own arithmetic, neither a result nor a forecast.
  if (NEEDED_BEFORE.test(context.lower.slice(Math.max(c0, figure.start - 24), figure.start)) && NEEDED_AFTER.test(context.lower.slice(figure.end, Math.min(s1, figure.end + 24)))) return skipFigure(context, figure, line, column, "what the text works out is needed to reach a goal, not a result or a forecast");
  // "The average realised price fell 6% to $11,480 a tonne", 每桶88.6美元: a price or a cost per unit
  // of a commodity (a barrel, a tonne, an ounce) is no amount of the company's the taxonomy's metrics hold.
  // ("C1 cash costs fell to US$1.86 a pound from US$2.04": so is the base such a price is set against.)
  const priceBefore = context.figures[index - 1];
  // "The ASX 200 has opened 0.2% higher", 沪深300: a number inside a stock market index's name is the name's.
  if (figure.unitKind !== "percent" && figure.unitKind !== "currency" && indicesIn(context, Math.max(s0, figure.start - 16), Math.min(s1, figure.end + 4)).some((index) => index.start <= figure.start && index.end > figure.start)) return skipFigure(context, figure, line, column, "a number inside a stock market index's name (S&P 500, ASX 200, 沪深300)");
  if (figure.unitKind === "currency" && (isUnitPrice(context.lower, figure, s0) || (priceBefore !== undefined && priceBefore.start >= s0 && priceBefore.unitKind === "currency" && UNIT_PRICE_BASE_BETWEEN.test(context.lower.slice(priceBefore.end, figure.start)) && isUnitPrice(context.lower, priceBefore, s0)))) return skipFigure(context, figure, line, column, "a price or cost per unit of a commodity (a barrel, a tonne, an ounce)");
  // "about 21 times forward earnings", 对应2026年约39倍市盈率, "a P/E of 18.5x", "net debt of 2.1 times
  // EBITDA", "Dollar-based net revenue retention was 117%, against 114% a year ago": a figure the
  // taxonomy holds no metric for is left out, with its base, as fact files leave it.
  if ((figure.unitKind === "multiple" || figure.unitKind === "percent") && unheldFigure(context, s0, figure)) return skipFigure(context, figure, line, column, "a figure the taxonomy holds no metric for (P/E, EV/EBITDA, times EBITDA, net revenue retention)");
  // "门店总数6,842家，较年初净增785家，上半年新开1,020家", "集团共经营248间分店", "opened 145 new stores",
  // "ending June with 6,480 locations": a count of stores (家 or 间 with a store's word or after one; a
  // number a store's word follows) is the number opened, the net number added or the total, as the
  // words right before it say.
  // (Which metric each count is the taxonomy says; restaurants opened are any stores opened where it
  // keeps them together.)
  const stores = storeCountOf(context.lower, figure, c0, s0);
  if (typeof stores === "object") return skipFigure(context, figure, line, column, stores.skip);
  const storesMetric = stores === undefined ? undefined : (context.taxonomy.storeCounts.get(stores) ?? (stores === "restaurants_opened" ? context.taxonomy.storeCounts.get("opened") : undefined));
  if (storesMetric) return { metric: storesMetric, match: undefined };
  // "cut about 300 jobs", "sold 41,200 tonnes of copper": what is done to what is counted names the
  // count (the taxonomy's `counted_by`), whatever metric's word stands nearer.
  const counted = countedThingOf(context.lower, figure, c0, taxonomy);
  if (counted) return { metric: counted, match: undefined };
  // "…when rounded to the nearest $5 billion": the step a figure was rounded to is no figure.
  // (The pattern ends with "nearest" and a space right before the figure: only then is it run.)
  if (context.lower.startsWith("nearest", figure.start - 8) && ROUNDING_STEP_BEFORE.test(context.lower.slice(Math.max(0, figure.start - 40), figure.start))) return skipFigure(context, figure, line, column, "the step a figure is rounded to, not a figure of its own");
  // "an exchange rate of ¥145 to the dollar", 匯率假設為1美元兌30元, "assumes the dollar will average 150 yen": an exchange rate is no figure of the company's.
  if (exchangeRate(context, index, s0)) return skipFigure(context, figure, line, column, "an exchange rate, not a figure of the company's");
  // "customers paying more than $100,000 a year", "clients billing over $10 million": the amount that
  // defines a group of customers is no figure of the company's.
  if (figure.unitKind === "currency" && COHORT_THRESHOLD_BEFORE.test(context.lower.slice(Math.max(s0, figure.start - 48), figure.start))) return skipFigure(context, figure, line, column, "the amount that defines a group of customers, not a figure of the company's");
  // "a dividend of ₹4 per share of face value ₹1", 每股面值1元: a share's nominal value says what the share is.
  if (figure.unitKind === "currency" && NOMINAL_VALUE_BEFORE.test(context.lower.slice(Math.max(s0, figure.start - 24), figure.start))) return skipFigure(context, figure, line, column, "a share's nominal value (face value, 面值), not a figure of the company's");
  // "Non-GAAP EPS of $1.12 beat by $0.07", "topped the $309.2 million consensus by about 3%": what a
  // result beat or missed its estimate by is the surprise on that result (its company, part and
  // period), per share or in percent; an amount of anything else has no metric of its own.
  // ("…, 4 cents above the average estimate", "two cents shy of the consensus": the surprise named before what it is against.)
  const surpriseAfter = (figure.unitKind === "currency" || figure.unitKind === "percent") && SURPRISE_AFTER.test(context.lower.slice(figure.end, Math.min(nextStart, figure.end + 72)));
  const beaten = surpriseAfter || BEAT_BY_BEFORE.test(context.lower.slice(c0, figure.start)) ? factBefore(context, s0, figure.start) : undefined;
  if (beaten) {
    // (The taxonomy's surprise metric whose units fit: in percent, or an amount per share of a per-share result.)
    const perShare = figure.unitKind === "currency" && taxonomy.metrics.get(beaten.metric)?.kind === "per_share";
    const definition = figure.unitKind === "percent" || perShare ? surpriseMetric(taxonomy, perShare ? "currency" : "percent") : undefined;
    if (!definition) return skipFigure(context, figure, line, column, "what a result beat or missed its estimate by, as an amount no metric holds");
    return { metric: definition, match: undefined, pointedBack: beaten };
  }
  // "Caldwick Homes closed up 7.4% at 486p", "Pettigrew Mining fell 5.1% to 1,212p": a company named
  // right before a move of its price, with no metric's word in the figure's own clause (a word in an
  // earlier clause, "had its worst day in three years, tumbling 14.2%", is not the move's), is its
  // share's move (the taxonomy's market metric that is a change of a level).
  // (A session's verb that is a metric's word too, "opened 0.2% higher", names the session when a
  // direction follows the percent.)
  const session = figure.unitKind === "percent" ? sessionMoveWords(context, figure, Math.max(c0, figure.start - 40)) : null;
  const sessionVerbOnly = session !== null && !metricWordIn(context, c0, Math.max(c0, figure.start - 40) + session.index);
  if (figure.unitKind === "percent" && (sessionVerbOnly || !metricWordIn(context, c0, figure.start))) {
    const move = companyMove(context, place);
    if (move) return { metric: move, match: undefined };
  }
  // "margin 24.6% (23.1% a year ago)": a figure in brackets right after another, the bracket closed by
  // words of a year before, is the year-ago value of the figure before it: its metric.
  if (index > 0 && BRACKET_OPENS_BETWEEN.test(context.lower.slice(context.figures[index - 1]!.end, figure.start)) && yearAgoClosesBracket(context, figure.end)) {
    const before = metricOfFigureBefore(context, index);
    if (before && fits(figureCues, before)) return { metric: before, match: undefined };
  }
  // "carried 14.2 million passengers in the half, 7% more than a year earlier", "1.03 million tests, 14%
  // fewer than a year before": a percent set after the figure before it, said as more or fewer than a
  // year earlier and with no metric's word of its own, is that figure's change on the year: its metric.
  if (figure.unitKind === "percent" && index > 0 && ASIDE_AFTER_FIGURE.test(context.lower.slice(context.figures[index - 1]!.end, figure.start)) && YEAR_AGO_COMPARATIVE_AFTER.test(context.lower.slice(figure.end, figure.end + 48))) {
    const before = metricOfFigureBefore(context, index);
    // (The comparison after it is its change word and its measure: a change on a year earlier.)
    const asChange: FigureCues = { ...figureCues, measureCue: figureCues.measureCue ?? "yoy", changed: true };
    if (before && fits(asChange, before)) {
      Object.assign(figureCues, asChange);
      return { metric: before, match: undefined };
    }
  }
  // "sold 41,200 tonnes of copper, up 5%", "opened 14 stores (+40%)": a change right after a count that
  // no metric's word names (the words around it did) is that count's change.
  // (So is a bare number after such a count, by a word of change: "Headcount stood at 148,320 at the end of
  // September, down 1,210 from the June quarter".)
  const figureBefore = index > 0 ? context.figures[index - 1]! : undefined;
  const countChange = figureBefore !== undefined && figure.unitKind === "count" && BARE_CHANGE_AFTER_COUNT.test(context.lower.slice(figureBefore.end, figure.start)) && !metricWordIn(context, figureBefore.end, figure.start);
  const percentChange = figureBefore !== undefined && figure.unitKind === "percent" && CHANGE_RIGHT_AFTER_FIGURE.test(context.lower.slice(figureBefore.end, figure.start)) && !metricWordIn(context, figureBefore.start, figure.start);
  if (countChange || percentChange) {
    const before = metricOfFigureBefore(context, index);
    const asChange: FigureCues = { ...figureCues, measureCue: figureCues.measureCue ?? "yoy", changed: true };
    // (Or a market's size, which names no metric either: "will grow … to $68 billion by 2030, a CAGR of 8.8%".)
    const marketSize = percentChange && context.bound[context.bound.length - 1]?.fact.entity === "MARKET" && before?.kind === "amount";
    if ((before?.kind === "count" || marketSize) && fits(asChange, before!)) {
      Object.assign(figureCues, asChange);
      return { metric: before, match: undefined };
    }
  }
  // "holds about 14% of the UK savoury snacks market", 在国内扫地机器人市场占有率约为9%: a share of a
  // market its sentence names, with no metric's word of its own, is a share of the market's sales,
  // whatever the market's name holds (扫地机器人 counts no robots there).
  const shared = place.sharedMarket;
  // (Of its volume when its paragraph counted one before it: a market of phones shipped, cars sold,
  // passengers flown is shared in those.)
  if (shared && (measureCue === "share" || share) && taxonomy.topLine && !shareableMetricIn(context, c0, Math.min(shared.at, figure.start)) && !shareableMetricIn(context, shared.end, figure.start)) return { metric: (shared.again ? taxonomy.metrics.get(shared.again.metric) : undefined) ?? volumeCountedBefore(context, place) ?? taxonomy.topLine, match: undefined };
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
  if (!metric && antecedent) metric = taxonomy.metrics.get(antecedent.metric);
  // "营收将介于…，运营利润将介于…，分别不及分析师预期的A和B": with no list of metrics before 分别, the run's
  // k-th figure is of the k-th of the metrics the sentence's figures before it were read as.
  if (!metric) {
    const run = respectivelyRun(context, s0, s1, figure, index);
    if (run) {
      const metrics: string[] = [];
      for (let i = context.bound.length - 1; i >= 0 && context.bound[i]!.start >= s0; i--) {
        const bound = context.bound[i]!;
        if (bound.start < run.marker && !metrics.includes(bound.fact.metric)) metrics.unshift(bound.fact.metric);
      }
      const named = metrics.length >= run.length ? taxonomy.metrics.get(metrics[metrics.length - run.length + run.k]!) : undefined;
      if (named && fits(figureCues, named)) metric = named;
    }
  }
  // "earnings were $2.05 per share, ahead of the $1.94 analysts had expected", "up from its earlier
  // forecast of $7.30": a figure set against the one right before it, with no metric word of its own
  // between them and written on the same scale, is a figure of the same metric.
  if (!metric) {
    const against = setAgainstPrevious(context, place, figureCues);
    if (against && fits(figureCues, against)) metric = against;
  }
  // "瀚屿地产报3.27港元", "截至收盘，某公司报21.36元/股": a company's name right before 报 and a price is
  // a quote of its shares (报 alone, after anything else, is too common a word to name a metric).
  // (So is 报 and a price right after a share's move: "收盘下跌3.85%，报7.24元".)
  if (!metric && figure.unitKind === "currency") {
    const quoted = QUOTED_AT.exec(context.lower.slice(Math.max(s0, figure.start - 4), figure.start));
    const name = quoted && termsBefore > 0 ? terms[termsBefore - 1]! : undefined;
    const last = context.bound[context.bound.length - 1];
    const afterMove = quoted !== null && index > 0 && last !== undefined && last.start === context.figures[index - 1]!.start && last.start >= s0 && taxonomy.metrics.get(last.fact.metric)?.level === STOCK_PRICE && figure.start - context.figures[index - 1]!.end <= quoted[0].length + 2;
    // (Or a class of its shares: "安泓财险A股报16.42元".)
    const classQuoted = quoted !== null && SHARE_CLASS_BEFORE.test(context.lower.slice(Math.max(s0, figure.start - quoted[0].length - 4), figure.start - quoted[0].length));
    // (Or a session's close: "恒湾REIT基金单位今日午收3.62元".)
    const closed = CLOSED_AT.test(context.lower.slice(Math.max(s0, figure.start - 6), figure.start));
    if ((name && name.end === figure.start - quoted![0].length && firstOf(name, "entity")) || afterMove || classQuoted || closed) metric = taxonomy.metrics.get(STOCK_PRICE);
  }
  // "…报3.27港元，跌2.1%", "…收报21.36元，年内累计上涨27%": a move right after a level that has a move of its
  // own (the taxonomy's `level` on the move: a share price's change), with no metric word between, is that move.
  if (!metric && figure.unitKind === "percent" && change !== undefined && index > 0) {
    const previous = context.figures[index - 1]!;
    const last = context.bound[context.bound.length - 1];
    const level = last && last.start === previous.start && previous.start >= s0 ? taxonomy.metrics.get(last.fact.metric) : undefined;
    const move = level?.move !== undefined && last!.fact.measure === "level" ? taxonomy.metrics.get(level.move) : undefined;
    const between = context.lower.slice(previous.end, figure.start);
    // (Nor with a metric's word after it in its clause: "有约21.9%的上涨空间" is an upside, not the move.)
    let metricBetween = false;
    for (let i = firstFrom(terms, previous.end); !metricBetween && i < terms.length && terms[i]!.start < nextStart; i++) metricBetween = firstOf(terms[i]!, "metric") !== undefined && (terms[i]!.end <= figure.start || terms[i]!.start >= figure.end);
    if (move && between.length <= MOVE_REACH && !metricBetween && fits(figureCues, move)) metric = move;
  }
  // A term that holds the figure: a metric named with its count (三项特别费用) is the figure's metric; a
  // segment or an entity named with one (四家公司) makes the figure part of a name, not a fact.
  for (let i = Math.max(0, termsBefore - 1); !metric && i < terms.length && terms[i]!.start <= figure.start; i++) {
    const holder = terms[i]!;
    if (holder.end <= figure.start) continue;
    if (firstOf(holder, "segment") || firstOf(holder, "entity")) return skipFigure(context, figure, line, column, "the figure is part of a name");
    metric = fittingMetric(taxonomy, holder, figureCues);
    if (metric) metricMatch = holder;
  }
  // "Global sales fell 3.1% to 612,000 vehicles": a change that reaches a count, whose noun right after
  // it names what is counted, is the change of that count (not of the sales word before it).
  if (!metric && change !== undefined && figure.unitKind === "percent") {
    const counted = reachedCount(context, place);
    const named = counted ? fittingMetric(taxonomy, counted, figureCues) : undefined;
    if (named) {
      metric = named;
      metricMatch = counted;
    }
  }
  // ("a payout ratio of 69 per cent of underlying profit": a ratio named right before a percent, "of"
  // between, is the figure's metric; the amount after it is what the ratio is of.)
  if (!metric && figure.unitKind === "percent" && termsBefore > 0) {
    const named = terms[termsBefore - 1]!;
    const ratio = named.start >= c0 && RATIO_OF_BETWEEN.test(context.lower.slice(named.end, figure.start)) ? fittingMetric(taxonomy, named, figureCues) : undefined;
    if (ratio && ratio.kind === "ratio" && ratio.units.includes("percent") && PERCENT_OF.test(context.lower.slice(figure.end, figure.end + 12))) {
      metric = ratio;
      metricMatch = named;
    }
  }
  if (!metric) {
    // "Y980 billion in net profit", "$2.8 billion of revenue": English names the metric after "in"/"of".
    // (Not "profit of ¥13.1 billion on revenue of…": "on" names the metric only after a verb of spending.)
    const preposition = IN_METRIC_AFTER.exec(context.lower.slice(figure.end, figure.end + 20)) ?? (figure.unitKind === "currency" && SPENDING_BEFORE.test(context.lower.slice(c0, figure.start)) ? ON_SPENDING_AFTER.exec(context.lower.slice(figure.end, figure.end + 20)) : null);
    // (A percent "of" may name a part's kind of sales first: "58% of system sales".)
    const to = Math.min(nextStart, figure.end + 2 + (preposition ? preposition[0].length + (/^\s(?:in|of)\s/.test(preposition[0]) ? (figure.unitKind === "percent" ? IN_METRIC_REACH : 0) : IN_METRIC_REACH) : 0));
    for (let i = seek(cursors.termsAtNumberEnd, figure.numberEnd); i < terms.length && terms[i]!.start < to; i++) {
      // ("EPS of 41 cents topped estimates by 4 cents": a metric's word ending in "by" names the figure after it.)
      if (context.lower.startsWith(" by", terms[i]!.end - 3)) continue;
      metric = fittingMetric(taxonomy, terms[i]!, figureCues);
      if (metric) {
        metricMatch = terms[i]!;
        break;
      }
    }
    // ("手機鏡頭出貨量約1.42億顆": a classifier alone after the figure, 颗, says less than a count's word
    // right before it, a hedge between at most: the figure is what that word counts. Not when the thing
    // counted is named after the classifier: 已交付超过140万颗Trainium2芯片 counts chips.)
    if (metric && metricMatch && metricMatch.end - metricMatch.start === 1 && termsBefore > 0 && !termOfKindIn(context, metricMatch.end, nextStart, METRIC_ONLY)) {
      const before = terms[termsBefore - 1]!;
      const said = before.end <= figure.start && before.start >= c0 && RIGHT_BEFORE.test(context.lower.slice(before.end, figure.start)) ? fittingMetric(taxonomy, before, figureCues) : undefined;
      if (said && said.kind === "count") {
        metric = said;
        metricMatch = before;
      }
    }
    // ("global e-scooter shipments reached 41 million units": so does "units", a count's word for any
    // thing, after the figure, when its clause counts something named before it.)
    if (metric && metricMatch && GENERIC_UNITS.test(context.lower.slice(metricMatch.start, metricMatch.end)) && termsBefore > 0) {
      const before = terms[termsBefore - 1]!;
      const said = before.start >= c0 && before.end <= figure.start ? fittingMetric(taxonomy, before, figureCues) : undefined;
      if (said && said.kind === "count" && said !== metric) {
        metric = said;
        metricMatch = before;
      }
    }
    // "Gross margin improved to 38.9% of sales": a percent "of" the top line is a ratio to it, the one
    // its clause names before it, not a change of the top line.
    if (metric && metric === taxonomy.topLine && figure.unitKind === "percent" && preposition && /\sof\s/.test(preposition[0])) {
      for (let i = termsBefore - 1; i >= 0 && terms[i]!.start >= c0; i--) {
        const ratio = fittingMetric(taxonomy, terms[i]!, figureCues);
        if (ratio?.units.includes("percent") && ratio !== taxonomy.topLine) {
          metric = ratio;
          metricMatch = terms[i]!;
          break;
        }
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
      if (inClosedParentheses(context.lower, s0, terms[i]!, figure.start)) continue;
      if (inAppositive(context, s0, terms[i]!, figure.start)) continue;
      if (inRelativeAside(context, s0, terms[i]!, figure.start)) continue;
      // ("RevPAR across the portfolio edged up 1.8%": a metric's word after "across the" says over what the
      // figure runs, when another metric's word before it says what the figure is.)
      if (ACROSS_BEFORE.test(context.lower.slice(Math.max(s0, terms[i]!.start - 16), terms[i]!.start)) && metricWordIn(context, s0, terms[i]!.start)) continue;
      // (Nor a word inside such an aside between dashes: "— …, where anything under 100% means an underwriting profit —".)
      const aside = dashAsideAfterMetric(context, s0, s1, terms[i]!.start);
      if (aside !== undefined && aside.end <= figure.start) continue;
      metric = fittingMetric(taxonomy, terms[i]!, figureCues, context.lower);
      // "营收…增长7.2%，增速较上季度放缓2.1个百分点，环比增长3.5%": a word for a rate of change (增速) in an
      // earlier clause is that clause's subject; a later clause's change is of the metric before it.
      if (metric?.changeRate && terms[i]!.start < c0) {
        metric = undefined;
        continue;
      }
      if (metric) {
        metricMatch = terms[i]!;
        // "归属于上市公司股东的净利润亏损2.14亿元", "net income, a loss of…": a loose word for profit (亏损,
        // 盈利) right after a precise metric's word says how it came out; the precise metric is the figure's.
        const precise = terms[i - 1] !== undefined && terms[i - 1]!.end >= terms[i]!.start - 1 && terms[i - 1]!.start >= s0 ? fittingMetric(taxonomy, terms[i - 1]!, figureCues, context.lower) : undefined;
        // ("cut its price target on the shares to 2,900 yen": what a metric's word is "on" names what it
        // is set on; the word before it names the figure.)
        const setOn = terms[i - 1] !== undefined && terms[i - 1]!.start >= s0 && SET_ON_BETWEEN.test(context.lower.slice(terms[i - 1]!.end, terms[i]!.start)) ? fittingMetric(taxonomy, terms[i - 1]!, figureCues, context.lower) : undefined;
        if (precise && metric.looselyFor?.includes(precise.id)) {
          metric = precise;
          metricMatch = terms[i - 1]!;
        } else if (setOn) {
          metric = setOn;
          metricMatch = terms[i - 1]!;
        }
        // "…净利润亏损3.8亿元至4.6亿元，上年同期为盈利2.15亿元": a loose word in a clause about the same
        // period a year back restates the metric of the figure it is set against, earlier in the sentence.
        else if (metric.looselyFor && terms[i]!.start >= c0 && yearAgoInClause(context, c0, figure.start, false)) {
          const against = context.bound.length > 0 ? context.bound[context.bound.length - 1] : undefined;
          const its = against && against.start >= s0 && metric.looselyFor.includes(against.fact.metric) ? taxonomy.metrics.get(against.fact.metric) : undefined;
          if (its) metric = its;
        }
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
      // ("EPS of 41 cents topped estimates by 4 cents": a word ending in "by" names the figure after it.)
      if (context.lower.startsWith(" by", terms[i]!.end - 3)) continue;
      metric = fittingMetric(taxonomy, terms[i]!, figureCues, context.lower);
      if (metric) {
        metricMatch = terms[i]!;
        break;
      }
    }
  }
  // "高压电缆毛利率达到22.4%，收入占比提升至38%": a share word that names the top line (收入占比) in the
  // figure's own clause says whose share it is, over a metric's word in an earlier clause.
  if (metric && metricMatch && metricMatch.start < c0 && measureCue === "share" && taxonomy.topLine) {
    const shareWord = shareWordBefore(context, place);
    if (shareWord && TOP_LINE_SHARE.test(context.lower.slice(shareWord.start, shareWord.end))) {
      metric = taxonomy.topLine;
      metricMatch = undefined;
    }
  }
  // "前五大客户合计占比为27.3%", "工业客户贡献了约45%的收入", "The top five customers accounted for 37%": a
  // word for who holds the share (the lexicons' `share_holder`) right before the share's words names the
  // part, not what is counted: the share is of the top line, unless the whole after it is that word again
  // (企业客户占客户总数的三成).
  if (metric && metricMatch && measureCue === "share" && taxonomy.topLine && metricMatch.start >= c0 && metricMatch.end <= figure.start && holderBeforeShare(context, metricMatch, nextStart)) {
    metric = taxonomy.topLine;
    metricMatch = undefined;
  }
  if (!metric && countedElsewhere) {
    metric = countedElsewhere.metric;
    metricMatch = countedElsewhere.match;
  }
  // Market share is revenue as a share of a market: "在公有云市场的份额为28%", "market share of 28%".
  if (!metric && figure.unitKind === "percent" && measureCue === "share") {
    const marketNamed = marketInSentence(context, s0, s1) !== undefined;
    const revenue = taxonomy.topLine;
    if (revenue && (marketNamed || figureCues.shareVerbBefore || /市场份额|市占率|market share/.test(context.lower.slice(Math.max(c0, figure.start - 80), Math.min(nextStart, figure.end + 8))))) metric = revenue;
    // "北美市場收入佔比由52%降至47%": a word for a share that says whose (收入占比, 营收占比) names the top line.
    const shareWord = metric === undefined ? shareWordBefore(context, place) : undefined;
    // So does a bare one right after a region or a channel (歐洲市場佔比升至26%): a part's share of the whole is of its sales.
    if (revenue && shareWord && (TOP_LINE_SHARE.test(context.lower.slice(shareWord.start, shareWord.end)) || regionNamedBefore(context.lower, c0, shareWord.start))) metric = revenue;
  }
  // "广告业务增长22%", "the cloud unit grew 24%": a business that grows, with no metric named, grows its revenue.
  if (!metric && figure.unitKind === "percent" && change !== undefined && figureCues.measureCue !== "share" && !share) {
    let named = false;
    for (let i = termsBefore - 1; !named && i >= 0 && terms[i]!.start >= c0; i--) {
      if (terms[i]!.end > change.start) continue;
      const term = firstOf(terms[i]!, "segment");
      named = term !== undefined && taxonomy.segments.get(term.id)?.kind !== "market";
    }
    // (Or a part the taxonomy does not know, named with its word for a part: "The Data Center & Networking
    // segment, which sells…, grew 41%", 企业服务BG增长12%.)
    // (A clause that opens with its verb has its subject at the sentence's opening, before an aside.)
    const subjectFrom = c0 > s0 && MOVE_OPENS.test(context.lower.slice(c0, c0 + 16)) ? s0 : c0;
    if (!named) named = BUSINESS_WORD.test(context.lower.slice(subjectFrom, change.start)) && !PART_WORD_ONLY_AFTER_OF.test(context.lower.slice(subjectFrom, change.start));
    // (Or a name alone opening its clause, in a sentence that opens on a breakdown's words: "By vertical,
    // retail grew 6.2%, while manufacturing declined 1.4%".)
    if (!named) named = c0 > s0 && cueBetween(context, s0, Math.min(c0, s0 + 4), "by_part") && NAME_ALONE_BEFORE_MOVE.test(context.lower.slice(c0, change.start));
    // (Or a name alone opening a clause joined to a part's figure just given in the sentence: "The
    // Americas segment grew 8% to $400 million, while EMEA slipped 2%": the same metric, the other part's.)
    const partBefore = partFigureBefore(context, s0, c0);
    const opening = context.lower.slice(c0, change.start);
    if (!named && partBefore && JOINED_CLAUSE_OPENS.test(opening) && NAME_ALONE_BEFORE_MOVE.test(opening)) {
      metric = taxonomy.metrics.get(partBefore.fact.metric);
    } else if (named) metric = taxonomy.topLine;
  }
  // "Industrial Solutions contributed $640 million, or 53% of the total", 其中上海项目贡献约19.8亿元: an amount
  // a part contributes, with no metric named, is its part of what its paragraph has been counting (the last
  // amount's metric there: revenue, contracted sales, profit), else of the top line.
  if (!metric && figure.unitKind === "currency" && BRINGS_IN_RIGHT_BEFORE.test(context.lower.slice(Math.max(c0, figure.start - 32), figure.start))) {
    const last = context.bound[context.bound.length - 1];
    const counted = last !== undefined && !/\n\s*\n/.test(context.text.slice(last.start, figure.start)) ? taxonomy.metrics.get(last.fact.metric) : undefined;
    metric = counted?.kind === "amount" && fits(figureCues, counted) ? counted : taxonomy.topLine;
  }
  // ("…contributed $640 million, or 53% of the total": the share of the whole the amount before it is, in
  // that amount's metric and of its part.)
  if (!metric && figure.unitKind === "percent" && index > 0 && OR_BEFORE_SHARE.test(context.lower.slice(Math.max(c0, figure.start - 12), figure.start)) && OF_THE_TOTAL_AFTER.test(context.lower.slice(figure.end, figure.end + 24))) {
    const before = metricOfFigureBefore(context, index);
    const part = context.bound[context.bound.length - 1]!.fact;
    if (before?.kind === "amount" && part.segment !== "total") return { metric: before, match: undefined, pointedBack: part };
  }
  // "outpacing a 0.9% gain in the benchmark KOSPI": a percent whose move's noun names an index after it is the index's move.
  if (!metric && figure.unitKind === "percent" && stockIndexAfter(context, figure.end, nextStart) !== undefined) metric = shareMoveMetric(taxonomy);
  // "广昱保险H股早盘一度上涨4.8%": a class of shares (A股, H股) and a move of it, with no word for its price, is the share's move.
  if (!metric && figure.unitKind === "percent" && SHARE_CLASS_MOVES_BEFORE.test(context.lower.slice(Math.max(c0, figure.start - 24), figure.start))) metric = shareMoveMetric(taxonomy);
  // "美股盘后一度上涨6%", "今早低開4.3%", "截至午间收盘涨5.6%": a trading session's word and a verb of a
  // move right before a percent, no metric named, is a share's move.
  if (!metric && figure.unitKind === "percent" && SESSION_MOVES_BEFORE.test(context.lower.slice(Math.max(c0, figure.start - 16), figure.start))) metric = shareMoveMetric(taxonomy);
  // "建朗今日收市跌7.4%": a company's name or short name (the first characters of the story's company or
  // of one named earlier in its paragraph) opening a clause, words of when at most, then a verb of a
  // move right before a percent, is its share's move.
  if (!metric && figure.unitKind === "percent") {
    const opening = context.lower.slice(c0, figure.start).replace(/^[\s，,；;。、]+/u, "");
    const said = CJK_NAME_MOVES.exec(opening);
    if (said && namesACompany(context, said[1]!, context.lineStarts[place.lineIndex]!, figure.start)) metric = shareMoveMetric(taxonomy);
    // (A name with its listing code is a listed company's whatever the taxonomy knows of it: "小鹏汽车(09868)升3.5%".)
    else if (CJK_LISTED_NAME_MOVES.test(opening)) metric = shareMoveMetric(taxonomy);
    // ("恒指升1.1%", "国指收报9,012点，升1.3%": a stock market index and a move, its close between at most,
    // moves as a share does; whose move it is, the index's, is chosen after.)
    else if (CJK_INDEX_MOVES.test(opening) || (BARE_MOVE.test(opening) && CJK_INDEX_CLOSED.test(context.lower.slice(s0, c0)))) metric = shareMoveMetric(taxonomy);
  }
  // ("…closed up 7.4% at 486p", "fell 5.1% to 1,212p", 上涨4.8%，至12.36港元: the price right after such a move is the level it moved to.)
  if (!metric && figure.unitKind === "currency") {
    const last = context.bound[context.bound.length - 1];
    const moved = last && last.start >= s0 && /^\s?(?:(?:higher|lower|up|down)\s)?(?:to|at|[，,]?\s?(?:至|报|收于|收报))\s?$/.test(context.lower.slice(context.figures[place.index - 1]?.end ?? figure.start, figure.start)) ? taxonomy.metrics.get(last.fact.metric) : undefined;
    if (moved?.change && moved.level !== undefined && taxonomy.metrics.get(moved.level)?.timing === "market") metric = taxonomy.metrics.get(moved.level);
    // ("The Data Center segment, which sells…, grew 41% to $884 million": the amount right after a part's
    // change read as a metric's is that metric's level, the part's revenue.)
    else if (moved && last!.fact.measure === "yoy" && last!.fact.segment !== "total" && moved.units.some((unit) => unit !== "percent" && unit !== "count")) metric = moved;
  }
  // "At constant exchange rates growth was 7.9%", "organic growth of 6%": growth named alone, no metric
  // in the clause, is the top line's.
  if (!metric && figure.unitKind === "percent" && BARE_GROWTH_BEFORE.test(context.lower.slice(Math.max(c0, figure.start - 48), figure.start))) metric = taxonomy.topLine;
  // "it earned $64.7 million", "A year earlier it had earned $127 million": an amount right after a
  // verb of earning, with no metric named, is the company's earnings (the taxonomy's bottom line); not
  // a part's, whose earnings may be any of its profits ("the chip division earned about 1.4 trillion won").
  // (An amount with no scale word is a share's: "the company earned $2.83".)
  // (And the base it is set against: "it earned $64.7 million …, up from $52.3 million a year earlier".)
  const earnedBase = () => BASE_RIGHT_BEFORE.test(context.lower.slice(Math.max(s0, figure.start - 24), figure.start)) && EARNED_AMOUNT.test(context.lower.slice(s0, figure.start));
  // (Not one said of another line: "lost NOK 2.3 billion at the operating level".)
  if (!metric && figure.unitKind === "currency" && figure.scale !== undefined && taxonomy.bottomLine && (EARNS_BEFORE.test(context.lower.slice(Math.max(c0, figure.start - 40), figure.start)) || earnedBase()) && !AT_ANOTHER_LEVEL_AFTER.test(context.lower.slice(figure.end, Math.min(place.nextStart, figure.end + 40)))) {
    let partNamed = PART_NAMED.test(context.lower.slice(c0, figure.start));
    for (let i = termsBefore - 1; !partNamed && i >= 0 && terms[i]!.start >= c0; i--) partNamed = firstOf(terms[i]!, "segment") !== undefined;
    if (!partNamed) metric = taxonomy.bottomLine;
  }
  // "净利润507亿元 同比增长15%": a part of a headline that names no metric goes on about the one before it.
  if (!metric && s0 > 0 && context.text.charCodeAt(s0 - 1) === 0x20 && measureCue !== "share") {
    const lineStart = context.lineStarts[place.lineIndex]!;
    for (let i = firstFrom(terms, s0) - 1; i >= 0 && terms[i]!.start >= lineStart; i--) {
      metric = fittingMetric(taxonomy, terms[i]!, figureCues, context.lower);
      if (metric) {
        metricMatch = terms[i]!;
        break;
      }
    }
  }
  // "现金、现金等价物、受限资金和短期投资合计412.3亿元", "cash and short-term investments combined": a list
  // of metrics' words that a word for adding up closes is the sum, named by its first word.
  if (metric && metricMatch && metricMatch.end <= figure.start && TOGETHER_BETWEEN.test(context.lower.slice(metricMatch.end, figure.start))) {
    let first = firstFrom(terms, metricMatch.start);
    while (first > 0 && terms[first - 1]!.start >= s0 && LIST_BETWEEN.test(context.lower.slice(terms[first - 1]!.end, terms[first]!.start)) && firstOf(terms[first - 1]!, "metric") !== undefined) first--;
    const listed = first < firstFrom(terms, metricMatch.start) ? fittingMetric(taxonomy, terms[first]!, figureCues, context.lower) : undefined;
    if (listed) {
      metric = listed;
      metricMatch = terms[first]!;
    }
  }
  // ("The global pet food market was worth about $150 billion": a market's size is its sales, the top line,
  // before any metric a list or a heading would give.)
  if (!metric && place.market && taxonomy.topLine) metric = taxonomy.topLine;
  // "- Wealth management: C$236 million, up 14.6%" after "- Canadian banking: net income of C$682
  // million": a list item that names no metric goes on with the metric of the item right above it.
  let fromItemAbove = false;
  if (!metric) {
    const above = metricOfItemAbove(context, place.lineIndex, figure.start) ?? changeOfItemFigure(context, place);
    if (above) {
      metric = above;
      fromItemAbove = true;
    }
  }
  // A list under a heading that names the metric ("## Revenue by segment", "- AWS: $28.8 billion").
  if (!metric) {
    const headed = context.headingTopics[place.lineIndex]?.metric;
    const definition = headed === undefined ? undefined : taxonomy.metrics.get(headed);
    if (definition && bareMarginBefore(context, c0, figure.start)) {
      // ("## Divisions … Its margin slipped 60 basis points to 9.6%": a bare word for a margin before
      // the figure in its clause says it is a margin, not the heading's amount; the amount's margin when
      // the taxonomy gives one, else no metric the heading can say.)
      const of = definition.margin === undefined ? undefined : taxonomy.metrics.get(definition.margin);
      if (of && fits(figureCues, of)) metric = of;
    } else if (definition) {
      const match = terms.find((term) => firstOf(term, "metric")?.id === headed);
      if (match && fittingMetric(taxonomy, match, figureCues)) metric = definition;
    }
  }
  // "- Data center: $612 million (up 41%)": a list's item whose label names a part of the company, with no
  // metric named (nor by the item above or the heading), gives that part's top line: its amount of money,
  // and the change beside that amount.
  if (!metric && itemAmountOfPart(context, place, figureCues.changed === true)) metric = taxonomy.topLine;
  // "收入增速为25%", "GMV growth rate of 25%": a word for a rate of change right after a metric's word is
  // that metric's change (the taxonomy's `change_rate`), the measure a percent of it takes (yoy).
  if (metric?.changeRate && metricMatch) {
    // (收入同比增速: a word for which change it is may stand between, and the measure is read from it anyway.)
    let at = firstFrom(terms, metricMatch.start) - 1;
    let end = metricMatch.start;
    if (terms[at] !== undefined && end - terms[at]!.end <= 1 && terms[at]!.entries.every((entry) => entry.kind === "measure")) end = terms[at--]!.start;
    const before = terms[at];
    const named = before && end - before.end <= 1 ? firstOf(before, "metric") : undefined;
    const changed = named ? taxonomy.metrics.get(named.id) : undefined;
    if (changed && !changed.units.includes("percent")) return { metric: changed, match: before };
  }
  // "$2.02B or $2.80 per share", "earnings of 39 cents per share": an amount per share is earnings per
  // share, unless its metric is one per share already (a dividend, a price target).
  // ("…, or 31 cents a share, from $66.9 million, or 45 cents, a year earlier": cents right after ", or"
  // and an amount restate that amount per share, as the pair before them did.)
  const previousFigure = context.figures[place.index - 1];
  // (Dollars with no scale too: "from $84.6 million, or $1.49, in the fourth quarter of 2024".)
  const perShareRestated = figure.unitKind === "currency" && (figure.bareCents === true || figure.scale === undefined) && previousFigure !== undefined && previousFigure.scale !== undefined && OR_RESTATES.test(context.lower.slice(previousFigure.end, figure.start)) && PER_SHARE_SAID.test(context.lower.slice(place.s0, figure.start));
  // ("On a per-share basis, the company said it had profit of $1.38": the sentence's opening says it.)
  const perShareOpening = figure.unitKind === "currency" && figure.scale === undefined && PER_SHARE_OPENING.test(context.lower.slice(place.s0, figure.start));
  const perShare = (figure.unitKind === "currency" && PER_SHARE_AFTER.test(context.lower.slice(figure.end, figure.end + 20))) || perShareRestated || perShareOpening;
  if (perShare && (!metric || metric.kind === "amount")) {
    const eps = taxonomy.metrics.get("eps_diluted");
    if (eps) return { metric: eps, match: undefined };
  }
  // "adjusted earnings of 92 cents a share, compared with analysts' average estimate of 89 cents": bare
  // cents set against a per-share figure of the sentence are that figure's metric (an amount of a whole
  // company is not written in cents).
  // (So are dollars with no scale against a per-share figure with none: "expects adjusted earnings of
  // $11.20 to $11.80 a share …, bracketing the $11.55 analysts expected" — a whole company's earnings
  // are not written without a scale.)
  const unscaledDollars = figure.unitKind === "currency" && figure.scale === undefined && !figure.bareYuan;
  if ((figure.bareCents === true || unscaledDollars) && (!metric || metric.kind === "amount")) {
    const last = context.bound[context.bound.length - 1];
    const its = last !== undefined && last.start >= s0 ? taxonomy.metrics.get(last.fact.metric) : undefined;
    const lastUnscaled = last !== undefined && context.figures[place.index - 1]?.start === last.start && context.figures[place.index - 1]?.scale === undefined;
    if (its?.kind === "per_share" && (figure.bareCents === true || lastUnscaled)) return { metric: its, match: undefined };
  }
  // ("…the memory-interface market will reach about $7 billion in 2026, from $4.3 billion this year": the
  // base a market's size is set against, right after it in its sentence and naming no metric, is the
  // same market's size, its company and part too.)
  if (!metricMatch && BASE_BEFORE_FIGURE.test(context.lower.slice(Math.max(s0, figure.start - 16), figure.start))) {
    const last = context.bound[context.bound.length - 1];
    const definition = last !== undefined && last.start >= s0 && last.fact.entity === "MARKET" && last.fact.measure === "level" ? taxonomy.metrics.get(last.fact.metric) : undefined;
    if (definition && fits(figureCues, definition)) return { metric: definition, match: undefined, pointedBack: last!.fact };
  }
  // "This beat analysts' expectations of $934.9 million", 这一数字高于市场预期的…, "Analysts had expected 262
  // billion yen": a sentence that opens by pointing back, or with the analysts' expectation, and names no
  // metric is about the last figure of the sentence before it.
  if (!metric && (POINTS_BACK.test(context.lower.slice(s0, Math.min(figure.start, s0 + 16))) || CONSENSUS_POINTS_BACK.test(context.lower.slice(s0, figure.start)) || opensWithEstimate(context, s0, figure.start))) {
    // The sentence before, across the blank lines of a paragraph break.
    let sentence = startIndex(cursors.sentences, s0) - 1;
    while (sentence > 0 && !/\S/.test(context.text.slice(context.sentences[sentence]!, context.sentences[sentence + 1] ?? s0))) sentence--;
    const before = factBefore(context, context.sentences[sentence] ?? 0, s0);
    const definition = before ? taxonomy.metrics.get(before.metric) : undefined;
    if (before && definition && fits(figureCues, definition)) return { metric: definition, match: undefined, pointedBack: before };
    // ("The number to watch is like-for-like sales. They rose 3.6%": with no figure in the sentence
    // before, the metric it names last.)
    if (!before) {
      for (let i = firstFrom(terms, s0) - 1; i >= 0 && terms[i]!.start >= (context.sentences[sentence] ?? 0); i--) {
        const named = fittingMetric(taxonomy, terms[i]!, figureCues, context.lower);
        if (named) return { metric: named, match: terms[i]! };
      }
    }
  }
  if (!metric) return skipFigure(context, figure, line, column, "no metric word fits this figure in its sentence");
  // "Underlying EBITDA came in at A$3.05 billion, giving a margin of 40.9%": a bare word for a margin
  // right before a percent, after an amount's word in the sentence, is that amount's margin (the
  // taxonomy's `margin_of`).
  if (metric.kind === "amount" && metricMatch && (figure.unitKind === "percent" || figure.unitKind === "pp" || figure.unitKind === "bp")) {
    const margin = marginNamedBefore(context, metricMatch.end, figure.start, figure.end);
    const of = margin && metric.margin !== undefined ? taxonomy.metrics.get(metric.margin) : undefined;
    if (of) return { metric: of, match: metricMatch };
  }
  // "研发开支22.5亿元，占收入的17.2%", "R&D spending was $1.1 billion, or 17% of revenue": a share of the
  // top line said of an amount named before it in the sentence is that amount's ratio to revenue (the
  // taxonomy's margin_of: an expense ratio, a margin), not the share of a part of the revenue.
  if (metric === taxonomy.topLine && figure.unitKind === "percent" && metricMatch && (share || measureCue === "share")) {
    for (let i = firstFrom(terms, metricMatch.start) - 1; i >= 0 && terms[i]!.start >= s0; i--) {
      const amount = firstOf(terms[i]!, "metric");
      const definition = amount ? taxonomy.metrics.get(amount.id) : undefined;
      if (!definition) continue;
      // ("真正撐起獲利的是貨運：…貨運營收58.9億元，年增14.6%，占總營收約22%": a part's revenue named nearer is
      // what the share is of; a profit word earlier in the sentence is no amount the share is taken of.)
      if (definition === taxonomy.topLine) break;
      const ratio = definition.kind === "amount" && definition.margin !== undefined ? taxonomy.metrics.get(definition.margin) : undefined;
      if (ratio) return { metric: ratio, match: metricMatch };
      break;
    }
  }
  // "每年现金分红比例不低于归母净利润的40%", "a payout ratio of 55% of earnings": a percent taken of an amount
  // (X的40%, "40% of X"), with a ratio's word before the amount in its sentence, is that ratio; the amount is
  // only what it is taken of.
  // (Not a share a part makes of the whole, 占总营收的76.9%, "accounted for 31% of revenue".)
  if (metric.kind === "amount" && metricMatch && figure.unitKind === "percent" && !share && measureCue !== "share" && metric !== taxonomy.topLine && TAKEN_OF.test(metricMatch.end <= figure.start ? context.lower.slice(metricMatch.end, figure.start) : context.lower.slice(figure.end, metricMatch.start))) {
    for (let i = firstFrom(terms, Math.min(metricMatch.start, figure.start)) - 1; i >= 0 && terms[i]!.start >= s0; i--) {
      const ratio = fittingMetric(taxonomy, terms[i]!, figureCues, context.lower);
      if (ratio?.kind === "ratio" && !ratio.change) return { metric: ratio, match: terms[i]! };
    }
  }
  return { metric, match: metricMatch, ...(fromItemAbove ? { fromItemAbove } : {}) };
}


/** Names of figures the taxonomy holds no metric for (the lexicons' `unheld_metric`: 市盈率, P/E, net revenue retention). */
const UNHELD_WORDS = wordsPattern(placedWords("unheld_metric"), "both");
const UNHELD_METRIC = new RegExp(UNHELD_WORDS, "g");
/** Such a name right after a multiple (39倍市盈率, "18.5x P/E"), or what makes a multiple one ("21 times forward earnings"). */
const UNHELD_AFTER = new RegExp(`^\\s?(?:(?:20\\d{2}|fy\\d{2,4})\\s?年?\\s?)?(?:${UNHELD_WORDS}|${wordsPattern(placedWords("unheld_multiple_after", { language: "en" }), "both")})`);
/**
 * Whether a percent or a multiple is a figure the taxonomy holds no metric for: its name before it in
 * its sentence (60 characters back at most) with no metric's word after the name ("P/E of about 18.5x",
 * "net revenue retention was 117%, against 114%") and none right after the figure, or, for a
 * multiple, its name right after it.
 */
function unheldFigure(context: Context, s0: number, figure: Figure): boolean {
  if (figure.unitKind === "multiple" && UNHELD_AFTER.test(context.lower.slice(figure.end, figure.end + 28))) return true;
  // (A figure its own metric's word follows, "约3.1倍市销率" after "约30倍市盈率、", is that metric's.)
  const next = context.terms[firstFrom(context.terms, figure.end)];
  if (next && /^\s?$/.test(context.lower.slice(figure.end, next.start)) && firstOf(next, "metric") !== undefined) return false;
  const from = Math.max(s0, figure.start - 60);
  const window = context.lower.slice(from, figure.start);
  let end = -1;
  UNHELD_METRIC.lastIndex = 0;
  for (let match = UNHELD_METRIC.exec(window); match; match = UNHELD_METRIC.exec(window)) end = from + match.index + match[0].length;
  return end >= 0 && !termOfKindIn(context, end, figure.start, METRIC_ONLY);
}

/**
 * Whether a term stands in parentheses closed before the figure: "核心经营利润率（不扣除贷款损失等）同比提升
 * 3.6pct": an aside explains the metric before it and names none of its own for the figure.
 */
function inClosedParentheses(lower: string, from: number, term: TermMatch<Term>, figureStart: number): boolean {
  // The closing bracket first: the stretch to the figure is short, the one back to the sentence's start is not.
  let closed = false;
  for (let i = term.end; i < figureStart; i++) {
    const code = lower.charCodeAt(i);
    if (code === 0x29 || code === 0xff09) {
      closed = true;
      break;
    }
    if (code === 0x28 || code === 0xff08) return false;
  }
  if (!closed) return false;
  for (let i = term.start - 1; i >= from; i--) {
    const code = lower.charCodeAt(i);
    if (code === 0x29 || code === 0xff09) return false;
    if (code === 0x28 || code === 0xff08) return true;
  }
  return false;
}

/**
 * "Tarnwick holds about 14% of the UK chutney market…, behind Gallowmere Foods, which has 23%", "拾光的
 * 份额约为11%，行业龙头映川约占38%": a percent a verb of holding introduces (holds, has, 约占) with no
 * metric's word in its clause, right after its paragraph gave a share of a market, is a share of the
 * same market, in the same metric (whose share it is, its clause says).
 */
function marketSharedAgain(context: Context, figure: Figure, s0: number, c0: number, line: number): SharedMarket | undefined {
  // (The market's own figures may stand between: "…14% of the £3.1bn UK snacks market, behind Crisperton Foods, which has 31%".)
  let k = context.bound.length - 1;
  while (k >= 0 && context.bound[k]!.fact.line === line && context.bound[k]!.fact.entity === "MARKET") k--;
  const last = context.bound[k];
  if (!last || last.fact.line !== line || last.fact.measure !== "share" || !last.fact.of?.startsWith("MARKET/")) return undefined;
  const verbAt = holdsShareBefore(context.lower, c0, figure.start);
  if (verbAt < 0 || shareableMetricIn(context, c0, figure.start)) return undefined;
  // (Whose share it is must be said: a company the taxonomy knows, or a name right before the verb.
  // A share no one is named as holding is not filed under the story's company.)
  // (It may stand in the clause before: "…, behind Gallowmere Foods, which has 23%".)
  const from = Math.max(s0, verbAt - HOLDER_REACH);
  const passage = context.text.slice(from, verbAt);
  const name = holderNamed(passage);
  if (name === undefined && !termOfKindIn(context, c0, verbAt, ENTITY_ONLY)) return undefined;
  const holder = name === undefined ? undefined : { name, at: from + passage.lastIndexOf(name) };
  const id = last.fact.of.slice("MARKET/".length);
  const market = context.taxonomy.segments.get(id) ?? context.newSegments.get(id);
  return market ? { id, name: market.name, entity: "MARKET", at: figure.end, end: figure.end, after: true, again: { metric: last.fact.metric, market }, ...(holder !== undefined ? { holder } : {}) } : undefined;
}

/**
 * The company a word pointing back at one (the lexicons' `company_anaphor`: 该公司, 该集团, 该行) before
 * the figure in its sentence means: the one named last before the word in its paragraph, a company the
 * taxonomy knows, a peer the text introduced or the story's own by one of its names; the story's own
 * right after a word of contrast (相比之下). Where the word stands, as where the company is named.
 */
function companyPointedBack(context: Context, place: Place): { entity: string; at: number } | undefined {
  const said = COMPANY_ANAPHOR.exec(context.lower.slice(place.s0, place.figure.start));
  if (!said) return undefined;
  const at = place.s0 + said.index;
  if (CONTRAST_BEFORE.test(context.lower.slice(Math.max(place.s0, at - 8), at))) return { entity: context.entity, at };
  const from = context.lineStarts[place.lineIndex]!;
  let last: { entity: string; named: number } | undefined;
  for (let i = firstFrom(context.terms, from); i < context.terms.length && context.terms[i]!.start < at; i++) {
    const named = firstOf(context.terms[i]!, "entity");
    if (named && named.id !== "MARKET") last = { entity: named.id, named: context.terms[i]!.start };
  }
  // (Looked for in the paragraph before the word only: a name the paragraph does not hold is not searched for back to the text's start.)
  const paragraph = context.lower.slice(from, at);
  const lastNamed = (name: string) => {
    const found = name.length >= 2 ? paragraph.lastIndexOf(asciiLower(name)) : -1;
    return found < 0 ? -1 : from + found;
  };
  for (const peer of context.peers.values()) {
    const named = lastNamed(peer.name);
    if (named >= from && named > (last?.named ?? -1)) last = { entity: peer.id, named };
  }
  for (const name of context.subjectNames) {
    const named = lastNamed(name);
    if (named >= from && named > (last?.named ?? -1)) last = { entity: context.entity, named };
  }
  return last === undefined ? undefined : { entity: last.entity, at };
}
/** A counterparty's words right before a name (the lexicons' `counterparty`), a rank or "its" between: "sales to its largest customer, ", 向第一大客户. */
const COUNTERPARTY_BEFORE = new RegExp(String.raw`(?:\b${wordsPattern(placedWords("counterparty", { language: "en" }), "both")}\s(?:(?:its|the|their)\s)?(?:(?:largest|biggest|top|main|key|major)\s)?(?:customer,?\s|client,?\s)?|${wordsPattern(placedWords("counterparty", { language: "zh" }))}(?:其|公司)?(?:第[一二三四五]大|最大|主要|核心|重要)?(?:客户|供应商)?)$`, "u");
const COMPANY_ANAPHOR = new RegExp(wordsPattern(placedWords("company_anaphor", { language: "zh" })), "u");
/** COMPANY_ANAPHOR at a position (for --explain). */
const COMPANY_ANAPHOR_AT = new RegExp(`^${COMPANY_ANAPHOR.source}`, "u");
const CONTRAST_BEFORE = new RegExp(`${wordsPattern(placedWords("contrast", { language: "zh" }))}[，,]?\\s?$`, "u");

/** Whether `name` is one of the story's company's names, as sameCompanyName says (the run's names converted once). */
function isSubjectName(context: Context, name: string): boolean {
  if (context.subjectNamesCompared.length === 0) return false;
  const compared = comparedName(name);
  return context.subjectNamesCompared.some((own) => sameComparedNames(compared, own));
}

/** Whether a name is a business called after the story's company ("Nike Direct"), none of the company's own names (see namesBusinessPast). */
function businessPastSubjectName(context: Context, name: string): boolean {
  const compared = comparedName(name);
  return !context.subjectNamesCompared.includes(compared) && context.subjectNames.some((own) => namesBusinessPast(name, own));
}


/** The entity a holder's name is: the story's company by one of its names, else the peer it names (see peerId). */
function heldBy(context: Context, name: string): string {
  if (isSubjectName(context, name)) return context.entity;
  return peerId(context, entityFor(name, undefined, "text", false)) ?? context.entity;
}

/**
 * The id of a peer the text names: the company the taxonomy knows by its ticker (同業美利達（9914）), by
 * its name ("Larger rival Dollar Tree (DLTR.O)") or by the Latin name the text gives it in brackets
 * (日商島野（Shimano）); else a company the taxonomy does not know, kept among the text's peers (the first
 * reading of an id stands). Undefined for an unknown name whose id a known company already has.
 */
function peerId(context: Context, peer: NewEntity): string | undefined {
  const known = knownCompany(context.taxonomy, peer);
  if (known !== undefined) return known;
  if (context.taxonomy.entities.has(peer.id)) return undefined;
  if (!context.peers.has(peer.id)) context.peers.set(peer.id, peer);
  return peer.id;
}

/**
 * The market a share is of when the taxonomy knows none in its sentence: the one its sentence names as
 * a share's (see marketOfShare), else the market whose size its paragraph gave before it, when a word
 * for a market share says the share is one ("The UK snacks market is worth £3.1 billion. Harrowfield's
 * share rose to 14%").
 */
function newMarketOfShare(context: Context, place: Place): SegmentDefinition | undefined {
  const sized = context.marketFigure && context.marketFigure.at <= place.figure.start ? context.marketFigure : undefined;
  const sizedMarket = sized ? context.newSegments.get(sized.id) : undefined;
  const near = sized !== undefined && sized.line === place.lineIndex;
  const shared = place.sharedMarket;
  if (shared?.again) return shared.again.market;
  // (A market named again under other words is the one sized: 国内软镜市场 after 中国软性内镜市场规模.)
  if (shared) return sizedMarket && sameMarket(sizedMarket.name, shared.name, near) ? sizedMarket : keepNewSegment(context.newSegments, shared, context.taxonomy);
  if (near && saysMarketShare(context.lower, place.c0, place.nextStart)) return sizedMarket;
  return undefined;
}

/** Where the text after the last clause in [from, to) that a source's verb of giving closes starts (预计，, 统计，), else `from`. */
function afterSourceClause(lower: string, from: number, to: number): number {
  let after = from;
  for (const said of lower.slice(from, to).matchAll(SOURCE_SAYS_CLAUSE_END)) after = from + said.index + said[0].length;
  return after;
}
/** A source's verb of giving closing its clause (the zh lexicon's `source_says`), then the comma or colon. */
const SOURCE_SAYS_CLAUSE_END = new RegExp(`${wordsPattern(placedWords("source_says", { language: "zh" }))}[，,：:]`, "gu");

/**
 * Where what is sold ends inside a metric's word that names it before another metric's word (快递 of
 * 快递业务量, whose 业务量 is a metric's word of its own): at least two characters of goods, else none.
 */
function goodsInMetricWord(context: Context, metricMatch: TermMatch<Term>): number | undefined {
  const word = context.lower.slice(metricMatch.start, metricMatch.end);
  if (!/^\p{Script=Han}{4,}$/u.test(word)) return undefined;
  const lexicon = termLexicon(context.taxonomy);
  for (let at = 2; at <= word.length - 2; at++) {
    const inner = lexicon.matchAll(word.slice(at))[0];
    if (inner && inner.start === 0 && inner.end === word.length - at && inner.entries.some((entry) => entry.kind === "metric")) return metricMatch.start + at;
  }
  return undefined;
}

/** The figure's segment and entity, and the market a share of it is of (see segment-choice.ts). */
function chooseSubject(context: Context, place: Place, measure: Measure, antecedent: ProposedFact | undefined, metricMatch: TermMatch<Term> | undefined): { segment: SegmentDefinition | undefined; entity: string; marketSegment: SegmentDefinition | undefined; segmentAt: number; entityAt: number; segmentFromLine: boolean } {
  const { taxonomy, terms } = context;
  const cursors = context.cursors;
  const { figure, s0, s1, c0, nextStart, lineIndex, termsBefore, termsAfter, cuesBefore } = place;
  // Segment: the nearest before the figure in its clause, else one after it in the clause, else the
  // nearest before it in the sentence (segments carry across clauses). A name running into the clause
  // ("甲、乙、丙和丁等四家公司", whose 、 end clauses) counts as in it.
  // "中国宠物食品市场规模约1,686亿元，同比增长8.3%": a market named right before its size is the figure's,
  // a new market of MARKET's; a change right after it in the sentence, with no company or business named
  // between, is that market's too.
  const { market } = place;
  if (market) {
    const segment = keepNewSegment(context.newSegments, market, taxonomy);
    context.marketFigure = { sentence: s0, line: place.lineIndex, id: segment.id, at: figure.end };
    return { segment, entity: "MARKET", marketSegment: undefined, segmentAt: market.at, entityAt: -1, segmentFromLine: false };
  }
  // "9月全国乘用车零售销量为224.1万辆，同比增长6.3%": a metric's word in a clause that opens on the whole
  // market or an industry is that market's figure, and so is its change after it (see marketWideBefore).
  // (A company named in the clause before the metric's word, or one of its parts anywhere in the sentence
  // before the market's name, makes it theirs: "Prime Video 广告已在16个国家上线，…，全球平均广告受众达3.15亿"
  // is the business's worldwide audience.)
  const wide = metricMatch !== undefined && metricMatch.start >= c0 && metricMatch.end <= figure.start && !termOfKindIn(context, c0, metricMatch.start, ENTITY_ONLY) ? marketWideBefore(context.text, context.lower, c0, metricMatch.start, metricMatch.end, () => goodsInMetricWord(context, metricMatch)) : undefined;
  // (The market's own word does not count: "市場面，根據IDC統計，第三季全球PC出貨量…" opens on the market side;
  // nor does a source's name in a clause its verb of giving closes, "中国光伏行业协会预计，2025年全球光伏…".)
  if (wide && !termIn(context, afterSourceClause(context.lower, s0, wide.at), wide.at, (entry) => COMPANY_OR_PART.has(entry.kind) && !(entry.kind === "entity" && entry.id === "MARKET"))) {
    // ("全球手机出货量": a market the taxonomy knows, named inside the whole's name, is that market.)
    const known = knownMarketIn(context, wide.at, metricMatch!.start);
    const segment = known ?? keepNewSegment(context.newSegments, wide, taxonomy);
    context.marketFigure = { sentence: s0, line: place.lineIndex, id: segment.id, at: figure.end };
    return { segment, entity: "MARKET", marketSegment: undefined, segmentAt: wide.at, entityAt: -1, segmentFromLine: false };
  }
  const previousMarket = context.marketFigure?.sentence === s0 && figure.unitKind === "percent" && measure !== "level" && measure !== "share" ? context.newSegments.get(context.marketFigure.id) : undefined;
  if (previousMarket && !termOfKindIn(context, context.marketFigure!.at, figure.start, COMPANY_OR_PART)) return { segment: previousMarket, entity: "MARKET", marketSegment: undefined, segmentAt: -1, entityAt: -1, segmentFromLine: false };
  const pick: SegmentPick = { segment: undefined, at: -1, market: undefined };
  // 分别 / respectively: "永利皇宫及永利澳门的物业EBITDAR分别增加1.18亿美元及1.04亿美元" gives the k-th
  // figure the k-th business of the list.
  const listed = respectively(context, s0, place.s1, figure, place.index, terms, (match: TermMatch<Term>) => segmentFor(match, taxonomy, context.entity) !== undefined, undefined);
  if (listed) takeSegment(context, listed, true, measure, pick);
  for (let i = termsBefore - 1; !pick.segment && i >= 0 && terms[i]!.end > c0; i--) {
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
  // (Nor when the figure's clause names a part of its own by a part's word: "速冻面点在商超及餐饮渠道放量，
  // 预制菜业务收入突破6亿元" is the prepared-meals business's, not the catering channel's.)
  // (A business's word with a name before it: not 分部溢利, segment profit, nor 上一代产品.)
  const ownPart = context.partWords[lastStartAtOrBefore(context.partWords, figure.start - 1)];
  const namesOwnPart = ownPart !== undefined && ownPart >= c0 + 2 && ownPart < figure.start && NAME_ENDS_BEFORE.test(context.lower.slice(Math.max(c0, ownPart - 3), ownPart)) && BUSINESS_WORD_START.test(context.lower.slice(ownPart, ownPart + 8));
  if (!pick.segment && !namesOwnPart) {
    for (let i = seek(cursors.termsBeforeClause, c0) - 1; i >= 0 && terms[i]!.start >= s0; i--) {
      if (terms[i]!.end > c0) continue;
      // "营业额升至…，主要由游戏业务带动，经营溢利…": a business named as what drove a result is no subject.
      if (inCauseClause(context, terms[i]!.start)) continue;
      if (takeSegment(context, terms[i]!, true, measure, pick)) break;
      if (isCompany(terms[i]!)) break;
    }
    let companyInClause = false;
    for (let i = termsBefore - 1; pick.segment && !companyInClause && i >= 0 && terms[i]!.start >= c0; i--) companyInClause = terms[i]!.end <= figure.start && (isCompany(terms[i]!) || namesTheWhole(context, terms[i]!));
    for (let i = termsAfter; pick.segment && !companyInClause && i < terms.length && terms[i]!.start < nextStart; i++) companyInClause = namesTheWhole(context, terms[i]!);
    if (companyInClause) {
      pick.segment = undefined;
      pick.at = -1;
    }
  }
  if (pick.segment) pick.segment = moreSpecific(context, pick, s0, c0);
  if (pick.segment) pick.segment = listedTogether(context, pick, s0, cuesBefore);
  let segment = pick.segment;
  const segmentAt = pick.at;
  // A share's market may be named anywhere in its sentence ("A以21%的份额居次，…三家合占公有云市场六成多的份额").
  // ("手機鏡頭占營收比重78%": a share of the company's own revenue
  // is no share of a market; a market's word there names the company's product for that market.)
  const ownRevenueShare = measure === "share" && sharesOwnRevenue(context, place);
  const marketSegment = ownRevenueShare ? undefined : (pick.market ?? (measure === "share" ? (marketInSentence(context, s0, s1) ?? newMarketOfShare(context, place)) : undefined));
  // (A part a heading or the paragraph's opening gives is what a sentence is about only when the sentence
  // names no part of its own: "## 广告业务承压" over "企业软件BG收入41.5亿元".)
  let fromTopic = false;
  if (!segment && !marketSegment) {
    const paragraph = context.openingSegments[lineIndex];
    // A sentence that names the company itself is about the whole of it, not the paragraph's part.
    // So is one that names a company the paragraph's part is not of (…TikTok Shop的GMV…。亚马逊净利润…).
    const owners = paragraph === undefined ? undefined : (taxonomy.segments.get(paragraph.segment)?.entities ?? context.newSegments.get(paragraph.segment)?.entities);
    // (So is one that opens on a word for the company, "The group opened 6 branches", or names the company
    // or one of its officers: "Chief executive Lorna Pettigrew said orders reached $2.05 billion".)
    const opening = paragraph !== undefined && s0 >= paragraph.from && !namedInSentence(context, [context.entity], s0, s1) && !namesOtherCompany(context, owners ?? [], s0, s1) && !COMPANY_OPENS.test(context.lower.slice(s0, s0 + 24)) && !speaksForCompany(context, s0, s1) ? paragraph.segment : undefined;
    const topic = context.lineSegments[lineIndex] ?? (namesWhole(context, s0, s1) ? undefined : (opening ?? context.headingTopics[lineIndex]?.segment));
    const definition = topic === undefined ? undefined : taxonomy.segments.get(topic);
    if (definition && !definition.entities?.includes("MARKET")) {
      segment = definition;
      fromTopic = true;
    }
  }
  // Entity: the segment's own, else the nearest named before the figure, else the article's.
  let entity = context.entity;
  let entityAt = -1;
  for (let i = termsBefore - 1; i >= 0 && terms[i]!.start >= s0; i--) {
    if (terms[i]!.end > figure.start) continue;
    // A company named in a closed aside ("（…TikTok 被监管的负面影响）") is not the figure's.
    if (inClosedParentheses(context.lower, s0, terms[i]!, figure.start)) continue;
    const term = firstOf(terms[i]!, "entity") ?? entityInName(context, terms[i]!);
    // A company named as a rival or a comparison ("rivals like Temu", "than Walmart", 对手拼多多) is
    // what the figure is set against, not whose it is.
    // ("…, while rival Microsoft reported Azure growth of 40%": a rival that its clause goes on to say
    // reported or posted is that clause's company.)
    if (term && term.id !== context.entity && RIVAL_BEFORE.test(context.lower.slice(Math.max(s0, terms[i]!.start - 24), terms[i]!.start)) && !RIVAL_REPORTS.test(context.lower.slice(terms[i]!.end, terms[i]!.end + 48))) continue;
    // ("向第一大客户澄曜汽车的销售额约33.4亿元", "sales to its largest customer, Norvane, rose 40%": the other
    // side of the company's trade is not whose figure it is.)
    if (term && term.id !== context.entity && COUNTERPARTY_BEFORE.test(context.lower.slice(Math.max(s0, terms[i]!.start - 32), terms[i]!.start))) continue;
    if (term && term.id !== "MARKET") {
      // ("Kaolin Peak shares rose 2.3%, Anping Optical fell 1.1%": the story's own company named after
      // another, nearer the figure, is the figure's.)
      const between = term.id !== context.entity ? context.lower.slice(terms[i]!.end, figure.start) : "";
      const own = between.length > 0 ? context.subjectNames.findIndex((name, k) => name.length >= 4 && between.includes(context.subjectNamesLower[k]!)) : -1;
      entity = own >= 0 ? context.entity : term.id;
      entityAt = own >= 0 ? terms[i]!.end + between.indexOf(context.subjectNamesLower[own]!) : terms[i]!.start;
      break;
    }
  }
  // ("以营收计，美的约为海尔智家的1.6倍": a multiple of a company named after 为 / 是 and before 的 is the
  // multiple of the company the clause names before it, the one compared.)
  if (figure.unitKind === "multiple" && entityAt >= 0) {
    const base = terms[firstFrom(terms, entityAt)];
    const compared = base && MULTIPLE_OF_BASE.test(context.lower.slice(base.end, figure.start)) ? companyNamedBefore(context, c0, entityAt) : undefined;
    if (compared && MULTIPLE_BASE_BEFORE.test(context.lower.slice(compared.end, entityAt))) {
      entity = compared.id;
      entityAt = compared.start;
    }
  }
  // A peer the taxonomy does not know, named in the possessive in the figure's clause, or introduced in
  // its sentence with its Latin name or code in brackets or as a rival: its own entity.
  // Peers are introduced near their figures: a window of the sentence, not all of a sentence that may run on.
  const peerFrom = Math.max(s0, figure.start - PEER_REACH);
  const insideTerm = (start: number, end: number): boolean => {
    // The terms around the bracket (offsets in the window): the one starting before it, which may run over it, and those inside.
    for (let i = Math.max(0, firstFrom(terms, peerFrom + start) - 1); i < terms.length && terms[i]!.start < peerFrom + end; i++) {
      if (terms[i]!.end > peerFrom + start && (firstOf(terms[i]!, "metric") !== undefined || firstOf(terms[i]!, "segment") !== undefined)) return true;
    }
    return false;
  };
  // "…竞争对手禾穗乳品也发布预告…。该公司预计计提减值约2.8亿元": 该公司, 该集团, 该行 point back at the
  // company named last before them in the paragraph (相比之下 and the like turn back to the story's own).
  const pointedAt = entityAt < 0 ? companyPointedBack(context, place) : undefined;
  if (pointedAt !== undefined) {
    entity = pointedAt.entity;
    entityAt = pointedAt.at;
  }
  // ("…, behind Gallowmere Foods, which has 23%": the holder a share's verb names is whose share it is.)
  // (Nearer the figure than a company named earlier in the sentence: "Harrowfield holds 14% …, behind Crisperton Foods, which has 31%".)
  const held = place.sharedMarket?.holder;
  if (held !== undefined && entityAt < held.at) {
    entity = heldBy(context, held.name);
    entityAt = held.at;
  }
  const introduced = entityAt < 0 ? introducedPeer(context.text.slice(peerFrom, figure.start), context.subjectNames, insideTerm) : undefined;
  const introducedId = introduced ? peerId(context, introduced) : undefined;
  if (introducedId !== undefined) {
    entity = introducedId;
  } else if (entityAt < 0) {
    const peer = /['’]/.test(context.text.slice(c0, figure.start)) ? possessivePeer(context.text.slice(c0, figure.start), context.text, context.subjectNames, c0) : undefined;
    // "驰骋汽车…发布的第三季度财报显示，…。当季整体毛利率为16.3%", "HOSHIZORA INSTRUMENTS. The Kyoto-based
    // maker…": a paragraph about a company the text names goes on about it until a sentence names another.
    const paragraphCompany = peer ? undefined : namedEarlierInParagraph(context, place);
    const peerIs = peer ? peerId(context, peer) : undefined;
    if (peerIs !== undefined) {
      entity = peerIs;
    } else if (paragraphCompany !== undefined) entity = paragraphCompany;
  }
  // A segment belongs to its own companies: it makes the figure theirs only when one of them is named
  // in the sentence or is the article's subject. A word another company uses for its segment
  // (advertising, 北美) in an article about a third company leaves the figure with that company.
  if (segment?.entities && !segment.entities.includes(entity)) {
    const owners = segment.entities;
    const ownerNamed = owners.includes("MARKET") || owners.includes(context.entity) || namedInSentence(context, owners, s0, s1);
    if ((entityAt > segmentAt && segmentAt >= 0 && !owners.includes("MARKET")) || !ownerNamed) segment = undefined;
    else entity = owners.includes(context.entity) ? context.entity : owners.find((owner) => namedInSentence(context, [owner], s0, s1)) ?? owners[0]!;
  }
  // A company's share of a market is the share of the segment that sells in it ("亚马逊于公有云市场所占的份额"
  // is AWS's), when the text names the company but not that segment.
  if (!segment && marketSegment && measure === "share" && entity !== "MARKET") segment = marketSeller(taxonomy, entity, marketSegment.id) ?? newMarketSeller(context, entity, marketSegment);
  if (antecedent) {
    segment = taxonomy.segments.get(antecedent.segment) ?? context.newSegments.get(antecedent.segment);
    entity = antecedent.entity;
  }
  // "North America … sales jumped 14pc to $445m. The region now makes up 14pc of group revenue": a
  // sentence that opens with "the region" (division, unit, segment, business) is about the part the
  // sentence before gave its figures to.
  // (So does a clause after a semicolon or a comma that opens so: "Beverages revenue fell 2%; the unit's
  // margin narrowed to 11.4%", 企业服务收入5.1亿元；该业务毛利率为22.5%: the part of the figure before it in the sentence.)
  const clausePart = (!segment || fromTopic) && !marketSegment && !antecedent && c0 > s0 && PART_POINTS_BACK.test(context.lower.slice(c0, Math.min(figure.start, c0 + 24))) ? factBefore(context, s0, c0) : undefined;
  if (clausePart && clausePart.segment !== "total" && clausePart.entity === entity) {
    segment = partOfKindBefore(context, c0, entity) ?? taxonomy.segments.get(clausePart.segment) ?? context.newSegments.get(clausePart.segment);
    fromTopic = false;
  }
  if ((!segment || fromTopic) && !marketSegment && !antecedent && PART_POINTS_BACK.test(context.lower.slice(s0, Math.min(figure.start, s0 + 24)))) {
    const previousStart = context.sentences[Math.max(0, startIndex(cursors.sentences, s0) - 1)] ?? 0;
    const before = factBefore(context, previousStart, s0);
    const part = before && before.segment !== "total" && before.entity === entity ? (partOfKindBefore(context, s0, entity) ?? taxonomy.segments.get(before.segment) ?? context.newSegments.get(before.segment)) : undefined;
    if (part) {
      segment = part;
      fromTopic = false;
    }
    // ("The Flow Control division, which makes pumps, did most of the work. Revenue there rose 9.8%": a
    // sentence before with no figure points at the part it names.)
    else if (!before) {
      // ("答：呼吸治疗解决方案。上半年这一板块收入…": or a sentence that is a business's name alone, by what it
      // does, after an answer's label at most.)
      const stop = context.text.slice(previousStart, s0).search(/[。．.!?！？]\s*$/u);
      const bare = stop < 0 ? undefined : cjkBusinessBeforeMetric(context.text, previousStart + (ANSWER_LABEL.exec(context.text.slice(previousStart, s0))?.[0].length ?? 0), previousStart + stop, terms, firstFrom(terms, previousStart), entity, othersBusinessWord(taxonomy, entity), true);
      const named = newSegmentIn(context.text, previousStart, s0, terms, firstFrom(terms, previousStart), entity, othersBusinessWord(taxonomy, entity)) ?? bare;
      if (named && !isSubjectName(context, named.name)) {
        segment = keepNewSegment(context.newSegments, named, taxonomy, context.segmentAliases);
        fromTopic = false;
      }
    }
  }
  // "The Marine Engines division had a tougher quarter. Revenue fell 3%": a paragraph whose first
  // sentence gives no figure and opens with a part the taxonomy does not know is about that part in the
  // sentences after it that name no part, nor the company or its whole ("The group opened…").
  const paragraphStart = context.lineStarts[lineIndex]!;
  if ((!segment || fromTopic) && !marketSegment && !antecedent && entity === context.entity && s0 > paragraphStart) {
    const second = context.sentences[startIndex(cursors.sentences, paragraphStart) + 1];
    const figureless = second !== undefined && second <= s0 && (context.figures[firstFrom(context.figures, paragraphStart)]?.start ?? Number.POSITIVE_INFINITY) >= second;
    if (figureless && !namesWhole(context, s0, s1) && !namedInSentence(context, [context.entity], s0, s1) && !COMPANY_OPENS.test(context.lower.slice(s0, s0 + 24)) && !speaksForCompany(context, s0, s1) && !BUSINESS_WORD.test(context.lower.slice(s0, figure.start))) {
      const named = newSegmentIn(context.text, paragraphStart, second, terms, firstFrom(terms, paragraphStart), entity, othersBusinessWord(taxonomy, entity));
      const at = named ? context.text.indexOf(named.name, paragraphStart) : -1;
      if (named && at >= 0 && at < second && SUBJECT_OPENING.test(context.lower.slice(paragraphStart, at)) && !isSubjectName(context, named.name)) {
        segment = keepNewSegment(context.newSegments, named, taxonomy, context.segmentAliases);
        fromTopic = false;
      }
    }
  }
  // A business the clause names that the taxonomy does not know: kept as a segment of its own.
  if ((!segment || fromTopic) && !marketSegment && !antecedent && entity !== "MARKET") {
    // Like a known segment, it carries across the clauses of its sentence.
    // Most sentences name no part of a company at all: only those with a word for one are read.
    const othersWord = othersBusinessWord(taxonomy, entity);
    // ("Quandong lifts final dividend…": the company's own name where a business's would stand is no business of it.)
    // (Nor a kind of business said of the company right before its name: "量販通路立豐量販昨日公布", the
    // hypermarket chain Lifeng.)
    const beforeTheName = (business: NewSegment) => {
      const at = context.text.indexOf(business.name, s0);
      return at >= 0 && at < figure.start && context.subjectNames.some((name) => name.length >= 2 && context.text.startsWith(shortForm(name), at + business.name.length));
    };
    // ("Nike Direct revenue fell 4%": the company's name going on to a business's is that business.)
    const notTheCompany = (business: NewSegment | undefined) => (business && !(isSubjectName(context, business.name) && !businessPastSubjectName(context, business.name)) && !beforeTheName(business) ? business : undefined);
    // "Digital sales were 91% of revenue": a share's metric named after the figure (of revenue) may be
    // named before it too, where the words that open the clause name the part.
    const named = metricMatch && metricMatch.start > figure.start && measure === "share" ? (sameMetricBefore(context, place, metricMatch) ?? metricMatch) : metricMatch;
    const after = lastStartAtOrBefore(context.partWords, figure.start - 1);
    const part = context.partWords[after];
    // A business named in the figure's own clause first; one named in an earlier clause of the sentence
    // only when the clause names none of its own (a region or a channel before its metric's word).
    let found = part !== undefined && part >= c0 && part < figure.start ? notTheCompany(newSegmentIn(context.text, c0, figure.start, terms, firstFrom(terms, c0), entity, othersWord)) : undefined;
    /** Whether the part was found as the one a "where" clause is about (it then holds for that clause only). */
    let whereClause = false;
    // "Freight brokerage revenue fell 3%", "广告收入增长12%": the name that opens the clause before its metric's word.
    if (!found && named && named.start >= c0 && named.start < figure.start) {
      // ("Mobile revenue rose to 433.5 billion won and PC revenue to 352.0 billion won": a clause whose
      // verb is left out, after "and" or "while" with no comma, opens there.)
      const gapped = GAPPED_CLAUSE_BEFORE.exec(context.text.slice(c0, named.start));
      const opens = gapped && previousFigureBetween(context, place, c0, named.start) ? c0 + gapped.index + gapped[0].length : c0;
      const business = notTheCompany(businessBeforeMetric(context.text, opens, named.start, terms, firstFrom(terms, opens), entity, othersWord));
      const periodInside = business !== undefined && firstFrom(context.periods, opens) < context.periods.length && context.periods[firstFrom(context.periods, opens)]!.start < named.start;
      if (!periodInside) found = business;
    }
    // "Sales of the heart-failure drug Cordavin climbed 12%": the name after the metric's word that opens the clause.
    if (!found && named && named.start >= c0 && named.start < figure.start) {
      const business = notTheCompany(businessAfterMetric(context.text, c0, named.start, named.end, terms, firstFrom(terms, c0), entity, othersWord));
      if (business && business.name.length <= figure.start - named.end) found = business;
    }
    // "…, while the diabetes pill Glymera slid 31%": a clause naming the kind of thing and its name, no metric's word.
    let kindNamed = false;
    if (!found && (!named || named.start < c0)) {
      found = notTheCompany(namedKindMoving(context.text, c0, figure.start, terms, firstFrom(terms, c0), entity, othersWord));
      kindNamed = found !== undefined;
    }
    // "Same-restaurant sales grew 4.1%, led by LongHorn Steakhouse at 5.6% and Olive Garden at 5.0%": a
    // name right before "at" and the figure, after a figure of the sentence, names the part it is of.
    if (!found && (!named || named.start < c0) && context.figures[place.index - 1] !== undefined && context.figures[place.index - 1]!.start >= s0) {
      found = notTheCompany(partNamedAtFigure(context.text, s0, figure.start, terms, firstFrom(terms, s0), entity, othersWord));
      kindNamed = found !== undefined;
    }
    // "…sales increased 7%, and skin and hair care edged up 2%": a clause opening with a name and a verb of
    // change, after a clause of the sentence that named a business, names the next business of the list.
    // (So does one in a sentence that opens on a breakdown's words: "By vertical, retail grew 6.2%, while
    // manufacturing declined 1.4%".)
    // (Or after a part's figure the sentence just gave: "The Americas segment grew 8%, while EMEA slipped 2%".)
    const afterPartFigure = partFigureBefore(context, s0, c0)?.fact.entity === entity;
    const listingParts = (context.clauseBusiness?.sentence === s0 && context.clauseBusiness.entity === entity) || (c0 > s0 && cueBetween(context, s0, Math.min(c0, s0 + 4), "by_part")) || afterPartFigure;
    if (!found && (!named || named.start < c0) && listingParts) {
      found = notTheCompany(parallelBusinessMoving(context.text, c0, figure.start, terms, firstFrom(terms, c0), entity, othersWord));
      kindNamed = found !== undefined;
    }
    // "…, outpacing a 1% rise in main-cabin sales": the business named after the move, before its metric's word.
    if (!found && named && named.start > figure.end && named.start < nextStart && figure.unitKind === "percent") found = notTheCompany(businessAfterMove(context.text, figure.end, named.start, terms, firstFrom(terms, figure.end), entity, othersWord));
    // "…, with supermarkets up 4.9% and pharmacies up 7.2%": the parts a figure breaks into, each with its move.
    if (!found && (!named || named.start < c0)) {
      const previous = context.figures[place.index - 1];
      const from = previous !== undefined && previous.end > c0 && previous.end < figure.start ? previous.end : c0;
      found = notTheCompany(businessesUpDown(context.text, from, figure.start, terms, firstFrom(terms, from), entity, othersWord));
    }
    // "Commercial lines wrote £408 million of premiums": the name before a verb of bringing in, the metric's word after the figure.
    if (!found && named && named.start >= figure.end && named.start < nextStart) {
      found = notTheCompany(businessBringingIn(context.text, c0, figure.start, terms, firstFrom(terms, c0), entity, othersWord));
    }
    // ("Industrial Solutions contributed $640 million, or 53% of the total": with no metric's word at all,
    // the name before a verb that says a part's takings.)
    if (!found && !named && BRINGS_IN_RIGHT_BEFORE.test(context.lower.slice(Math.max(c0, figure.start - 32), figure.start))) {
      found = notTheCompany(businessBringingIn(context.text, c0, figure.start, terms, firstFrom(terms, c0), entity, othersWord));
    }
    // ("Continental Europe, where it sells mainly through discounters, brought in €812m": the name may
    // open the sentence before an aside, the verb of bringing in, itself the metric's word, the figure's
    // own clause.)
    if (!found && named && named.end <= figure.start && named.start >= c0 && c0 > s0) {
      found = notTheCompany(businessBringingIn(context.text, s0, figure.start, terms, firstFrom(terms, s0), entity, othersWord));
    }
    // 分业务看，输配电设备收入52.1亿元: in a breakdown by business, the Chinese name before the metric's word too.
    // (Outside a breakdown, when the name says what the business does: 物业管理收入18.4亿元, 货运营收为68.9亿元.)
    if (!found && named && named.start >= c0 && named.start < figure.start) {
      // (其中, "of which", before it in its sentence makes what follows parts of the whole: 其中商场出租率95.1%，写字楼出租率90.2%.)
      // (So does a list item under a breakdown's title: "業務方面：" then "‧流動通訊服務收入31.8億元".)
      // (And the top line's whole given earlier in the sentence: 营收30亿元，奶粉收入7.8亿元 lists a part after
      // the whole. Only the top line's: before a profit's or a dividend's word, the words name what kind of
      // profit or dividend it is, 基础溢利, 中期息, not a part.)
      // (And a share of the whole later in the sentence, 车规芯片收入21.4亿元，同比增长63%，占总营收的36.4%:
      // a figure whose share of the whole the sentence goes on to give is a part's.)
      // (A metric's word inside the name is then the product's: 模拟芯片收入 is revenue from chips.)
      const shareFollows = shareOfWholeFollows(context, figure.end, s1, firstOf(named, "metric")?.id);
      const inBreakdown = cueBetween(context, context.lineStarts[lineIndex] ?? s0, figure.start, "by_part") || context.lower.slice(s0, named.start).includes("其中") || context.headingTopics[lineIndex]?.breakdown === true || (firstOf(named, "metric")?.id === context.taxonomy.topLine?.id && wholeGivenBefore(context, s0, c0, entity, context.taxonomy.topLine?.id)) || shareFollows;
      // ("國鵬第三季客運營收398.7億元": the company's own name and a period may open the clause before the name.)
      const opening = ownNameThenPeriod(context, c0, named.start);
      const business = cjkBusinessBeforeMetric(context.text, opening, named.start, terms, firstFrom(terms, opening), entity, othersWord, !inBreakdown, shareFollows ? "all" : !inBreakdown);
      // (A period opening the clause before the name, 10月新能源汽车销量, is left out of it, and so is one
      // between the name and its metric's word, 解决方案上半年收入; one inside it is not.)
      const nameStart = business !== undefined ? Math.max(named.start - business.name.length - CJK_PERIOD_REACH, context.text.lastIndexOf(business.name.slice(0, 2), named.start - 1)) : named.start;
      const nameEnd = nameStart + (business?.name.length ?? 0);
      const periodInside = business !== undefined && firstFrom(context.periods, nameStart) < context.periods.length && context.periods[firstFrom(context.periods, nameStart)]!.start < nameEnd;
      // (霁光储能电芯出货量: a name that opens with the company's own is the company's product said in full,
      // not the part a breakdown's label names.)
      const ownNameFirst = business !== undefined && context.subjectNames.some((name) => name.length >= 2 && business.name.startsWith(shortForm(name)));
      if (business && !periodInside && !ownNameFirst) found = business;
    }
    // ("**224.1億元**　客運營收，年增11.3%": on a line a bold figure heads, the label after it names the part
    // before the metric's word, on the same tests, when the name says what the business does.)
    if (!found && named && named.start >= figure.end && named.start < nextStart && opensWithBoldFigure(context, context.lineStarts[lineIndex]!) && headsLabelLine(context, figure, named.start)) {
      const labelStart = figure.end + (/^\**[\s\u3000]*/u.exec(context.text.slice(figure.end, named.start))?.[0].length ?? 0);
      const periodInLabel = firstFrom(context.periods, labelStart) < context.periods.length && context.periods[firstFrom(context.periods, labelStart)]!.start < named.start;
      const business = periodInLabel ? undefined : cjkBusinessBeforeMetric(context.text, labelStart, named.start, terms, firstFrom(terms, labelStart), entity, othersWord, true, true);
      if (business) found = business;
    }
    // ("主力燒肉品牌「炙宴」12月營收3.12億元": a brand named in quotes right before the metric's word.)
    // ("- 电商平台“栖梧小铺”GMV：412亿元": in a label before its colon too, where the colon opens the figure's clause.)
    const labelFrom = named && named.start < c0 && LABEL_COLON_GAP.test(context.text.slice(named.end, figure.start)) ? context.lineStarts[lineIndex]! : c0;
    if (!found && named && named.start >= labelFrom && named.start < figure.start) found = notTheCompany(quotedNameBeforeMetric(context.text, labelFrom, named.start, entity));
    // (So read, the label's business holds for its whole item, "412亿元（同比+35%）", as a list item's label does.)
    let labelled = found !== undefined && labelFrom < c0;
    // "- Surgical Systems revenue: $468.0 million": a list item's label names the business before its
    // metric's word, as a clause's opening does.
    if (!found && named && named.start < c0 && named.start >= context.lineStarts[lineIndex]!) {
      const lineStart = context.lineStarts[lineIndex]!;
      const bullet = BULLET_LABEL_START.exec(context.text.slice(lineStart, named.start));
      if (bullet && LABEL_END.test(context.lower.slice(named.end, c0))) {
        // ("- 客运收入：100.3亿元": a Chinese label on the tests of a clause's opening, any name under a
        // breakdown's title, elsewhere a name that says what the business does; none under a title that
        // names a part itself or a heading's part, "**财产险业务**" over "- 财产险原保险保费收入：", whose items are that part's.)
        const labelStart = lineStart + bullet[0].length;
        const title = breakdownTitleOver(context.lower, lineStart);
        const titlePart = context.headingTopics[lineIndex]?.segment !== undefined || (title !== undefined && headingPartName(context.text.slice(title[0], title[1])) !== undefined);
        found = businessBeforeMetric(context.text, labelStart, named.start, terms, firstFrom(terms, lineStart), entity, othersWord) ?? (titlePart ? undefined : notTheCompany(cjkBusinessBeforeMetric(context.text, labelStart, named.start, terms, firstFrom(terms, labelStart), entity, othersWord, title === undefined)));
        labelled = found !== undefined;
      }
    }
    // "海外收入163.4亿元", "China sales fell 3%", 海外交付4218辆: a region right before a metric's word.
    // ("Sales in the UK and Ireland, still the bulk of the business, rose 2.1pc": the subject's clause
    // before an aside set off by commas, when the figure's clause opens with its verb.)
    if (!found && named && named.start < figure.start) {
      const regionClause = named.start < c0 && named.start >= s0 && SUBJECT_ASIDE_VERB.test(context.lower.slice(named.end, figure.start)) ? context.clauses[lastStartAtOrBefore(context.clauses, named.start)]! : c0;
      if (named.start >= regionClause) found = regionBeforeMetric(context.text, context.lower, regionClause, named.start, entity) ?? regionAfterMetric(context.text, context.lower, regionClause, named.start, named.end, entity);
      const previousSentence = context.sentences[lastStartAtOrBefore(context.sentences, s0) - 1];
      if (!found && previousSentence !== undefined) found = regionPointedBack(context.text, context.lower, previousSentence, s0, named.end, entity);
      if (!found && named.start >= c0 && c0 > s0) {
        found = notTheCompany(partBeforeWhere(context.text, c0, named.start, terms, firstFrom(terms, Math.max(s0, c0 - 60)), entity, othersWord));
        whereClause = found !== undefined;
      }
    }
    // (The story's own company's parts only: "海外方面，日本同业丸冈工机…" turns to a peer abroad.)
    if (!found && entity === context.entity && !namesOtherCompany(context, [context.entity], s0, figure.start)) found = regionLeadIn(context.text, context.lower, s0, figure.start, entity);
    // "海外市场占比升至12%", 华东市场收入占比: with no metric's word before the figure in its clause, a region or
    // channel right before the word for its share.
    if (!found && (!named || named.start < c0) && measure === "share") {
      const shareWord = shareWordBefore(context, place);
      if (shareWord !== undefined) found = regionBeforeMetric(context.text, context.lower, c0, shareWord.start, entity);
    }
    // "…, with copper contributing 38% of group revenue": the name before a verb of a part's share;
    // "網通晶片占第三季營收比重達44%": the name opening the clause before 占 is the part whose share it is.
    if (!found && measure === "share" && figure.unitKind === "percent") {
      found = notTheCompany(businessSharing(context.text, c0, figure.start, figure.end, terms, firstFrom(terms, c0), entity, othersWord)) ?? notTheCompany(cjkPartBeforeShare(context.text, context.lower, c0, figure.start, terms, firstFrom(terms, c0), entity, othersWord));
    }
    // "Subscription revenue, which makes up 94% of the total, rose 19%": another company's word for its
    // business, said with the metric's word, before the figure in its sentence names this company's own.
    if (!found && named && named.start >= s0 && named.start < figure.start) found = notTheCompany(othersBusinessWithMetric(context.text, named, taxonomy, entity));
    // "Licensing revenue, which makes up 12% of the total, rose 19%": the name the sentence opens with,
    // before a clause set off about it, in every clause of the sentence.
    if (!found && c0 > s0) {
      const openingEnd = context.clauses[lastStartAtOrBefore(context.clauses, s0) + 1];
      if (openingEnd !== undefined && openingEnd <= c0) found = notTheCompany(openingNameBusiness(context.text, s0, openingEnd - 1, named, terms, firstFrom(terms, s0), entity, othersWord));
    }
    // (Not a business named as what drove the result in a clause before: 受惠中场业务…，收益上升7.4%.)
    // (Nor one a later clause's business has taken over from: 奶粉业务方面，婴幼儿配方奶粉收入19.6亿元，占该品类
    // 收入的62.2% is the formula's share, carried below.)
    const laterBusiness = context.clauseBusiness !== undefined && context.clauseBusiness.sentence === s0 && part !== undefined && context.clauseBusiness.at > part && carriesClauseBusiness(context, s0, entity, named, figure.start);
    if (!found && part !== undefined && part >= s0 && part < c0 && !inCauseClause(context, part) && !laterBusiness) found = notTheCompany(newSegmentIn(context.text, s0, figure.start, terms, firstFrom(terms, s0), entity, othersWord));
    // "About 58% of revenue came from North America": the region a share comes from.
    if (!found && measure === "share" && figure.unitKind === "percent") found = regionSourceAfter(context.text, context.lower, figure.end, entity);
    // "## Segments" then "- North America: $2.61B": a bullet's label under a breakdown heading.
    // (Or any list's item whose figure no metric word names, its label a part's: see itemLabelPart.)
    // (Or any list's item whose first figure is a share of the whole, "- Subscription: 67% of revenue
    // (61% a year ago)", "- 线上：占比33%": its label names the part, for every figure of the item.)
    if (!found && (context.headingTopics[lineIndex]?.breakdown || (metricMatch === undefined && itemAmountOfPart(context, place, CHANGE_MEASURES.has(measure))) || itemShareOfPart(context, place) || (metricMatch !== undefined && itemMetricOfPart(context, lineIndex, metricMatch)))) {
      const lineStart = context.lineStarts[lineIndex]!;
      const lineEnd = context.lineStarts[lineIndex + 1] ?? context.text.length;
      found = bulletLabelSegment(context.text.slice(lineStart, lineEnd), lineStart, terms, firstFrom(terms, lineStart), entity);
      // (The label's part holds for the item's later figures too, over a heading's part: "- Pennybrook:
      // £842m (+11.2%), like-for-like sales +6.4%" under "## United Kingdom".)
      labelled ||= found !== undefined;
    }
    // ("- Hospital share of sales: 46%": the label's holder of the share.)
    if (!found && measure === "share") {
      const lineStart = context.lineStarts[lineIndex]!;
      found = notTheCompany(labelledSharePart(context.text, context.lower, lineStart, terms, firstFrom(terms, lineStart), entity, othersWord));
    }
    // (其中新能源车26.8万辆: after 其中, a name right before the figure names a part of the whole before it.)
    if (!found && (!named || named.start < c0)) found = notTheCompany(partAfterOfWhich(context.text, c0, figure.start, terms, firstFrom(terms, c0), entity, othersWord));
    // ("a 27% rise in September-quarter net profit": a name that is a period's words is no business; one
    // a period opens, 前三季度电力业务, is the business after it.)
    if (found) found = withoutPeriod(context, found, s0, s1);
    // "永利澳门…澳门业务": a business named by part of the company's own name is the whole company.
    if (found && !partOfCompanyName(context, found.name)) {
      segment = keepNewSegment(context.newSegments, found, taxonomy, context.segmentAliases);
      // (A label's business holds for its whole item: "…: $468.0 million, up 11.2% year over year".)
      const itemLabel = labelled && ITEM_MARKER.test(context.text.slice(context.lineStarts[lineIndex]!, context.lineStarts[lineIndex]! + 8));
      // (A "where" clause's part holds for that clause only: "…in Southeast Asia, where sales rose 30%, and
      // to a gross margin that widened to 38%" gives the margin to the whole.)
      if ((named && (named.start >= c0 || labelled)) || kindNamed || itemLabel) context.clauseBusiness = { sentence: s0, id: segment.id, entity, at: figure.end, ofShare: measure === "share" && named !== undefined && named.start > figure.start, ...(itemLabel ? { itemLabel: true } : {}), ...(whereClause ? { clauseOnly: true } : {}) };
    }
    // A business named before its metric's word in one clause carries to the clauses after it in the
    // sentence (输配电设备收入52.1亿元，同比增长14.8%，毛利率28.6%).
    // (Not to a metric's word named after a semicolon, which opens the next item of a list: "其中物业销售
    // 收入为118.4亿元；租金收入为37.6亿元"; a clause after one that names none goes on about the same
    // business: "境外收入同比增长6.4%；若按固定汇率计算，则增长8.9%".)
    else if (!found && carriesClauseBusiness(context, s0, entity, named, figure.start)) segment = context.newSegments.get(context.clauseBusiness!.id);
  }
  return { segment, entity, marketSegment, segmentAt: segment ? segmentAt : -1, entityAt, segmentFromLine: segment !== undefined && segmentAt < 0 };
}

/** The lexicons' words for a reading at a session's close: closed, 收盘. */
const SESSION_CLOSE = new RegExp(wordsPattern(placedWords("session_close"), "both"));

/** A move over a window up to now, not a session's: "has gained", "over the past year", "since", "so far this year". */
const OVER_A_WINDOW = /\b(?:has|have|had)\s(?:\w+\s)?(?:gained|risen|fallen|lost|climbed|dropped|slipped|rallied|added|shed|doubled|tumbled|surged|jumped)\b|\bover\sthe\s(?:past|last)\b|\bsince\b|\bso\sfar\b|\bthis\syear\b|\byear\sto\sdate\b|\bin\sthe\s(?:past|last)\b/;

/**
 * Whether the business an earlier clause of the sentence named carries to a figure at `figureStart`:
 * the same company's, and no metric's word after a semicolon since (see chooseSubject).
 */
function carriesClauseBusiness(context: Context, s0: number, entity: string, named: TermMatch<Term> | undefined, figureStart: number): boolean {
  const business = context.clauseBusiness;
  if (business === undefined || business.sentence !== s0 || business.entity !== entity) return false;
  // ("Hospital clients made up 46% of sales, as revenue rose 11%": a part named as the holder of a
  // share of a whole names no part of a later clause that names its own metric: that is the whole's.)
  if (business.ofShare && named && named.start > business.at && named.start < figureStart) return false;
  // (A list item's label names its part for the whole item, past a semicolon too: "- Supermarkets sales:
  // $21.1 billion (+5.0%); comparable sales +4.3%".)
  if (business.itemLabel && !context.text.slice(business.at, figureStart).includes("\n")) return true;
  if (business.clauseOnly && /[,，;；]/.test(context.text.slice(business.at, figureStart))) return false;
  return !(named && named.start < figureStart && named.start > lastSemicolon(context.text, business.at, figureStart));
}

/** Where the last semicolon in [from, to) stands, or Infinity when there is none. */
function lastSemicolon(text: string, from: number, to: number): number {
  for (let i = to - 1; i >= from; i--) if (text[i] === "；" || text[i] === ";") return i;
  return Number.POSITIVE_INFINITY;
}

/** The market segment a taxonomy word in [from, to) names, if one does (the last of them). */
function knownMarketIn(context: Context, from: number, to: number): SegmentDefinition | undefined {
  let found: SegmentDefinition | undefined;
  for (let i = firstFrom(context.terms, from); i < context.terms.length && context.terms[i]!.start < to; i++) {
    const named = firstOf(context.terms[i]!, "segment");
    const definition = named ? context.taxonomy.segments.get(named.id) : undefined;
    if (definition?.kind === "market" && context.terms[i]!.end <= to) found = definition;
  }
  return found;
}
/** A Hong Kong listing's code in brackets: five digits ("(00700)"), or four or five with ".HK". */
const HONG_KONG_CODE = /[(（](?:\d{5}|\d{4,5}\.HK)[)）]/i;
/** Currencies a Chinese text calls 元 (a bare 元 in its amounts is one of these). */
const YUAN_CURRENCIES: ReadonlySet<string> = new Set(["CNY", "HKD", "TWD", "MOP", "SGD"]);

/**
 * The subject of a reading of the market (a share's price or move, a market value, a target price): the
 * listed company's, never a part's ("CKH shares closed", "Its New York-listed shares gained 2.6%" name
 * no business of it); or, when its clause names a stock market index, the index's, on a part of the
 * market of the index's own name.
 */
function marketReadingSubject(context: Context, chosen: ReturnType<typeof chooseSubject>, stockIndex: string | undefined): ReturnType<typeof chooseSubject> {
  if (stockIndex !== undefined) return { ...chosen, entity: "MARKET", segment: keepNewSegment(context.newSegments, indexSegment(stockIndex), context.taxonomy), segmentAt: -1, marketSegment: undefined };
  if (chosen.entity !== "MARKET" && !chosen.marketSegment && chosen.segment !== undefined) return { ...chosen, segment: undefined, segmentAt: -1 };
  return chosen;
}

/**
 * The stock market index a market reading's clause names before its figure ("…, while the S&P 500 index
 * has climbed 15%", 同期恒生指数上涨3%), or the one the clause before ends with when the figure's clause
 * is a relative clause about it ("outperforming the Nasdaq, which rose 0.8%").
 */
function stockIndexOf(context: Context, place: Place): string | undefined {
  const { c0, figure } = place;
  // (So is the clause before, in its sentence, when the figure's opens on its verb alone: "国指收报9,012点，升1.3%".)
  const relative = RELATIVE_OPENING.test(context.lower.slice(c0, c0 + 8)) || (c0 > place.s0 && BARE_MOVE.test(context.lower.slice(c0, figure.start).replace(/^[\s，,；;]+/u, "")));
  const from = relative ? (context.clauses[lastStartAtOrBefore(context.clauses, c0 - 1)] ?? c0) : c0;
  return stockIndexBefore(context, from, figure.start, from < c0) ?? stockIndexAfter(context, figure.end, place.nextStart);
}

/** The form a company goes by for short: a Chinese name of four characters or more by its first two (霁光 of 霁光新能源, 立豐 of 立豐量販); any other by itself. */
function shortForm(name: string): string {
  return /^[\u4e00-\u9fff]{4,}$/u.test(name) ? name.slice(0, 2) : name;
}

/** Whether a Chinese name is the story's company's, or a company's named in [from, to), in full or by its first characters (建朗 of 建朗地產). */
function namesACompany(context: Context, name: string, from: number, to: number): boolean {
  const opens = (full: string) => full.length > name.length ? full.startsWith(name) : full === name;
  if (context.subjectNamesLower.some((subjectName) => opens(toSimplified(subjectName)))) return true;
  for (let i = firstFrom(context.terms, from); i < context.terms.length && context.terms[i]!.start < to; i++) {
    const term = context.terms[i]!;
    if (firstOf(term, "entity") !== undefined && opens(context.lower.slice(term.start, term.end))) return true;
  }
  return false;
}

/** The taxonomy's market metric that is a change of a share's price (a share's move): found once per taxonomy, asked for per figure. */
function shareMoveMetric(taxonomy: Taxonomy): MetricDefinition | undefined {
  if (!SHARE_MOVE.has(taxonomy)) SHARE_MOVE.set(taxonomy, [...taxonomy.metrics.values()].find((candidate) => candidate.change && candidate.level !== undefined && taxonomy.metrics.get(candidate.level)?.kind === "per_share" && taxonomy.metrics.get(candidate.level)?.timing === "market"));
  return SHARE_MOVE.get(taxonomy);
}
/** The share's move a verb of a move right before the percent names, after the company's name (see chooseMetric). */
function companyMove(context: Context, place: Place): MetricDefinition | undefined {
  const { figure, s0, c0 } = place;
  const from = Math.max(c0, figure.start - 40);
  // ("Cochlear closed 7.8% lower", "The S&P/ASX 200 finished 0.4% higher": a session's verb before the
  // percent and its direction after it say the same as a verb of a move.)
  const moveWords = COMPANY_MOVES_BEFORE.exec(context.lower.slice(from, figure.start)) ?? sessionMoveWords(context, figure, from);
  if (!moveWords) return undefined;
  const nameEnd = from + moveWords.index;
  // ("Saugeen Transit Systems Inc. (TSX: SGN) gained 3.8%": a legal form and the listing in brackets may
  // stand between, and so named, a company in capitals the taxonomy does not know is one; the listing's
  // colon may open a clause of its own, the name then earlier in the sentence.)
  // ("Sorrelby Diagnostics (NASDAQ: SRBY) had its worst day in almost three years on Tuesday, tumbling
  // 14.2% to $31.06": or a participle's clause, in a sentence that opens with a listed company's name and
  // listing; not "…'s net January revenue rose to T$293.29 billion, up 5.4%", a change of that revenue.)
  const participle = /ing\s(?:by\s)?$/.test(moveWords[0]);
  const listed = NAME_LISTED_BEFORE.test(context.text.slice(s0, nameEnd)) || (participle && LISTED_OPENING.test(context.text.slice(s0, Math.min(figure.start, s0 + 120))));
  // (Or the story's own company by its name, "Ashby Inns closed up 7.4% at 218p", a name the taxonomy does not know.)
  // (Its name in a link, "[Ashby Inns](…) finished the session up": the link's brackets stand between.)
  const before = context.text.slice(Math.max(c0, nameEnd - 160), nameEnd).replace(/\]\([^)]*\)\s*$/, "").replace(/[*_]+\s*$/, "").trimEnd();
  const ownName = context.subjectNames.some((name) => name.length >= 3 && before.endsWith(name));
  // ("Krafton, maker of PUBG: Battlegrounds, rose 6.2%": an apposition between commas may stand between.)
  const named = listed || ownName || context.terms.some((term) => term.end <= nameEnd && firstOf(term, "entity") !== undefined && ((term.start >= c0 && nameEnd - term.end <= 1) || (term.start >= s0 && (LISTING_BETWEEN.test(context.lower.slice(term.end, nameEnd)) || APPOSITION_BETWEEN.test(context.text.slice(term.end, nameEnd))))));
  // ("The FTSE 250 was up 0.3%", "The benchmark Straits Times Index rose 0.4 per cent": a stock market
  // index as the verb's subject moves as a share does; whose move it is, the index's, is chosen after.)
  // ("…, with blue-chip developer Tamran Properties up 3.8%": the story's company by its name and a
  // company's own closing word, the lexicons' firm_name_end, though the taxonomy knows neither.)
  // (Or another company so named at the head of its clause, "In Abu Dhabi, Harwa Properties rose 2.2%",
  // whose move is that company's: see introducedPeer.)
  const firmFrom = Math.max(c0, nameEnd - 60);
  const firm = FIRM_NAME_BEFORE_MOVE.exec(context.text.slice(firmFrom, nameEnd));
  const firmName = firm?.[1];
  const opensClause = firm !== null && CLAUSE_HEAD_ONLY.test(context.text.slice(c0, firmFrom + firm.index + firm[0].indexOf(firmName!)));
  const firmNamed = !named && firmName !== undefined && (opensClause || context.subjectNames.some((name) => name.length >= 3 && firmName.startsWith(name)));
  const indexMoved = !named && !firmNamed && INDEX_ENDS_BEFORE_MOVE.test(context.lower.slice(Math.max(c0, nameEnd - 60), nameEnd)) && stockIndexBefore(context, Math.max(c0, nameEnd - 60), nameEnd, false) !== undefined;
  return named || firmNamed || indexMoved ? shareMoveMetric(context.taxonomy) : undefined;
}
/** FIRM_NAME at the end of a stretch (a space at most after it), and where it starts: its group. */
const FIRM_NAME_BEFORE_MOVE = new RegExp(String.raw`(?:^|[^\p{L}])(${FIRM_NAME})\s?$`, "u");
/** Only PLACE_LEAD_IN or spaces: what may stand between a clause's start and the name it opens on. */
const CLAUSE_HEAD_ONLY = new RegExp(String.raw`^\s*(?:${PLACE_LEAD_IN})?$`, "u");

/** A stock market index's name ending right before a verb of a move ("index", "was" or "has" between at most). */
// (Or any name ending with "index", "the Straits Times Index slipped 0.3 per cent", which stockIndexBefore then judges.)
const INDEX_ENDS_BEFORE_MOVE = new RegExp(`(?:${wordsPattern(placedWords("stock_index"), "both")}(?:\\sindex)?|\\sindex)(?:\\s(?:was|is|has|had))?\\s?$`);

/** shareMoveMetric's answer per taxonomy (a weak map: a taxonomy's goes with it). */
const SHARE_MOVE = new WeakMap<Taxonomy, MetricDefinition | undefined>();

/** A move's noun right after a percent, then "in" or "for" ("a 0.8 percent gain in the benchmark KOSPI"): what the index named next did. */
const MOVE_OF_AFTER = /^\s?(?:percent|per\scent|pct)?\s?(?:gain|rise|increase|advance|jump|drop|fall|decline|slide|loss|dip)\s(?:in|for|by|of)\s(?:the\s)?(?:benchmark\s|broader\s|main\s|blue-chip\s)?/;

/** The stock market index a percent's move names right after it ("outpacing a 0.9% gain in the KOSPI"). */
function stockIndexAfter(context: Context, figureEnd: number, to: number): string | undefined {
  const move = MOVE_OF_AFTER.exec(context.lower.slice(figureEnd, Math.min(to, figureEnd + 48)));
  if (!move) return undefined;
  const from = figureEnd + move[0].length;
  const named = indicesIn(context, from, Math.min(to, from + 40))[0];
  return named && named.start === from ? context.text.slice(named.start, named.end).replace(/^[Tt]he\s/, "") : undefined;
}

/** A relative clause's opening: which, that. */
const RELATIVE_OPENING = /^\s?(?:which|that)\b/;
/** A stock market index's name (the lexicons' `stock_index`), as a whole word; not "Nasdaq-listed", where a company is listed. */
const STOCK_INDEX = new RegExp(`${wordsPattern(placedWords("stock_index"), "both")}(?!-)`, "g");
/**
 * Any other index's name, by its end word: words from a capital to "index" ("the Straits Times Index",
 * "the KBW Regional Banking Index", "the S&P/TSX energy index", in the text as written), or Chinese words
 * before 指数 (中证全指证券公司指数, 半导体类股指数, in the lower-cased text).
 */
const NAMED_INDEX_EN = /(?<![\p{L}\d&/.-])[A-Z0-9][\w&/.-]*(?:\s[\w&/.-]+){0,3}?\s[Ii]ndex\b/gu;
const NAMED_INDEX_ZH = /[\u4e00-\u9fff]{2,10}?指数/gu;
/** A word of an economic index (the lexicons' `economic_index`: price, confidence, managers'): its move is no market's reading. */
const ECONOMIC_INDEX_WORD = new RegExp(wordsPattern(placedWords("economic_index"), "both"));

/** The stock market indices named in [from, to): the lexicons' by their names, else any by its end word (NAMED_INDEX_EN, NAMED_INDEX_ZH). */
function indicesIn(context: Context, from: number, to: number): { start: number; end: number }[] {
  const found: { start: number; end: number }[] = [];
  const stretch = context.lower.slice(from, to);
  STOCK_INDEX.lastIndex = 0;
  for (let match = STOCK_INDEX.exec(stretch); match; match = STOCK_INDEX.exec(stretch)) found.push({ start: from + match.index, end: from + match.index + match[0].length });
  if (found.length > 0) return found;
  for (const match of [...context.text.slice(from, to).matchAll(NAMED_INDEX_EN), ...stretch.matchAll(NAMED_INDEX_ZH)]) {
    // (Not an index of prices or of a survey: "the consumer price index", "Consumer Confidence Index".)
    if (!ECONOMIC_INDEX_WORD.test(match[0].toLowerCase())) found.push({ start: from + match.index, end: from + match.index + match[0].length });
  }
  return found.sort((a, b) => a.start - b.start);
}

/**
 * The last stock market index named in [from, to), as the text writes it, if any, and not one the
 * company's move is set against ("outperforming the Nasdaq by 2 points", 跑赢大盘5个百分点: that figure
 * is the company's lead over the index); `relative`: the figure's clause is a relative clause about it.
 */
function stockIndexBefore(context: Context, from: number, to: number, relative: boolean): string | undefined {
  const found = indicesIn(context, from, to).pop();
  if (!found) return undefined;
  // (A relative clause after the index is the index's own, whatever set it against the company: "outperforming the Nasdaq, which rose 0.8%".)
  if (!relative && (AGAINST_INDEX_BEFORE.test(context.lower.slice(Math.max(from, found.start - 20), found.start)) || AGAINST_INDEX_BETWEEN.test(context.lower.slice(found.end, to)))) return undefined;
  return context.text.slice(found.start, found.end).replace(/^[Tt]he\s/, "");
}
/** Words that set a company's move against an index named after them: outperformed, beat, 跑赢. */
// (The text is read simplified: 跑贏 is 跑赢 here.)
const AGAINST_INDEX_BEFORE = /(?:outperform\w*|underperform\w*|beat\w*|trail\w*|lagg?\w*|than|跑赢|跑输|优于|胜过)\s?(?:the\s)?$/;
/** Words between an index and a figure that make the figure a difference from it: by, than, 高于, 低于. */
const AGAINST_INDEX_BETWEEN = /\b(?:by|than)\b|高于|低于/;

/** A list item's marker, a label of a few words and a colon, then at most a currency sign: what stands before an item's bare figure. */
const LABEL_THEN_FIGURE = new RegExp(`^${BULLET_LEAD}\\s*([^:：\\d]{2,60}?)\\s*[:：]\\s*(?:[a-z]{0,3}\\$|[€£¥₹]|[A-Z]{3}\\s)?$`, "u");

/** Between an item's figure and its change: "C$236 million, up 14.6%". */
const ITEM_CHANGE_BETWEEN = /^,?\s(?:up|down)\s$/;

/** The metric of an item's figure that this change follows ("- Wealth management: C$236 million, up 14.6%"), when that one took its metric from the item above. */
function changeOfItemFigure(context: Context, place: Place): MetricDefinition | undefined {
  const previous = context.figures[place.index - 1];
  const last = context.bound[context.bound.length - 1];
  if (!previous || !last || last.start !== previous.start || previous.start < context.lineStarts[place.lineIndex]!) return undefined;
  if (!last.metricNamed || metricWordIn(context, context.lineStarts[place.lineIndex]!, place.figure.start) || !ITEM_CHANGE_BETWEEN.test(context.lower.slice(previous.end, place.figure.start))) return undefined;
  return context.taxonomy.metrics.get(last.fact.metric);
}

/** Whether a taxonomy word for a metric or for the whole stands in [from, to). */
function metricWordIn(context: Context, from: number, to: number): boolean {
  return termOfKindIn(context, from, to, METRIC_OR_WHOLE);
}
const METRIC_OR_WHOLE: ReadonlySet<Term["kind"]> = new Set(["metric", "whole"]);
const COMPANY_OR_PART: ReadonlySet<Term["kind"]> = new Set(["entity", "segment"]);
const METRIC_ONLY: ReadonlySet<Term["kind"]> = new Set(["metric"]);
const ENTITY_ONLY: ReadonlySet<Term["kind"]> = new Set(["entity"]);
/** How far before a verb of holding its holder's name may stand (a name and ", which"). */
const HOLDER_REACH = 64;
/**
 * The business of a company new to the taxonomy that sells in a market new to it too: the one of its
 * businesses the text named whose name shares the market's own words (软性内镜 and 国内软镜市场, "Snacks"
 * and "the UK savoury snacks market"). The words of place do not count (see sameMarket).
 */
function newMarketSeller(context: Context, entity: string, market: SegmentDefinition): SegmentDefinition | undefined {
  if (context.taxonomy.segments.has(market.id)) return undefined;
  for (const segment of context.newSegments.values()) {
    if (segment.kind !== "market" && segment.entities?.includes(entity) && sharesMarketWords(market.name, segment.name)) return segment;
  }
  return undefined;
}

/**
 * The volume a market share is counted in: the metric of the last figure its paragraph bound before
 * it, when that is a count over a period (units shipped, cars sold, passengers), not an amount.
 * ("全球智能手机出货量3.1亿部，…森屿份额为5.8%", "the roughly 59 million passengers…, about 24% flew with Aurvik".)
 */
function volumeCountedBefore(context: Context, place: Place): MetricDefinition | undefined {
  const last = context.bound[context.bound.length - 1];
  // (The market's own volume, or a count in the share's own sentence: a company's unit sales two
  // sentences back say nothing of how a market is shared.)
  if (!last || last.fact.line !== place.line || (last.fact.entity !== "MARKET" && last.start < place.s0)) return undefined;
  const metric = context.taxonomy.metrics.get(last.fact.metric);
  return metric?.kind === "count" && metric.timing === "flow" && !metric.levelOnly ? metric : undefined;
}

/** Whether a metric's word that may be a share (not a level-only count: "holds", 持有) starts in [from, to). */
function shareableMetricIn(context: Context, from: number, to: number): boolean {
  return termIn(context, from, to, (entry) => entry.kind === "metric" && context.taxonomy.metrics.get(entry.id)?.levelOnly !== true);
}

/** Whether a term with a reading of one of `kinds` starts in [from, to). */
function termOfKindIn(context: Context, from: number, to: number, kinds: ReadonlySet<Term["kind"]>): boolean {
  return termIn(context, from, to, (entry) => kinds.has(entry.kind));
}

/** Whether a term with a reading that `reads` starts in [from, to). */
function termIn(context: Context, from: number, to: number, reads: (entry: Term) => boolean): boolean {
  for (let i = firstFrom(context.terms, from); i < context.terms.length && context.terms[i]!.start < to; i++) {
    if (context.terms[i]!.entries.some(reads)) return true;
  }
  return false;
}

/**
 * The metric of the figures bound on the line right above `lineIndex`, when both lines are items of
 * one list (each opens with a list's marker) and the one above names its metric by a word.
 */
function metricOfItemAbove(context: Context, lineIndex: number, figureStart: number): MetricDefinition | undefined {
  const { lineStarts, text, bound, taxonomy } = context;
  if (lineIndex < 1) return undefined;
  const start = lineStarts[lineIndex]!;
  const aboveStart = lineStarts[lineIndex - 1]!;
  // (Only an item that is a label and its figure, "- Wealth management: C$236 million": one that goes on
  // in words of its own says what it is, or is no figure of the list's.)
  const label = LABEL_THEN_FIGURE.exec(text.slice(start, figureStart));
  if (!label || !ITEM_MARKER.test(text.slice(aboveStart, aboveStart + 8))) return undefined;
  // (And only in a list of the company's parts, each item a part's name and its figures: the item above
  // is a part's, and this item's label holds no word of a metric. "- Loan growth: low single digits"
  // after "- 2026 net interest income growth: 4% to 6%" names a figure of its own.)
  const labelStart = start + label[0].indexOf(label[1]!);
  if (metricWordIn(context, labelStart, labelStart + label[1]!.length)) return undefined;
  // (The first figure of the item above: the one its label's metric word names.)
  let first: (typeof bound)[number] | undefined;
  for (let i = bound.length - 1; i >= 0 && bound[i]!.start >= aboveStart; i--) if (bound[i]!.start < start) first = bound[i];
  if (!first?.metricNamed || first.fact.segment === "total") return undefined;
  return taxonomy.metrics.get(first.fact.metric);
}

/** The last word in the figure's clause before it that names the same metric as `match`. */
function sameMetricBefore(context: Context, place: Place, match: TermMatch<Term>): TermMatch<Term> | undefined {
  const { terms } = context;
  const id = firstOf(match, "metric")?.id;
  for (let i = place.termsBefore - 1; id !== undefined && i >= 0 && terms[i]!.start >= place.c0; i--) {
    if (terms[i]!.end <= place.figure.start && firstOf(terms[i]!, "metric")?.id === id) return terms[i];
  }
  return undefined;
}

/** A word for a share that names the top line it is a share of: 收入占比, 营收占比, 销售占比. */
const TOP_LINE_SHARE = /^(?:营业收入|收入|营收|销售额|销售|销售收入)占比$/;

/** The word for a share (占比, 收入占比) before the figure in its clause, if one stands there. */
/** After a holder's word, before the share: 合计, its revenue, a hedge, then 占 or 贡献; or a verb of a part's share. */
const HOLDER_THEN_SHARE = new RegExp(`^\\s?(?:合计|合共|共|的?收入|的?营收)?\\s?(?:约|大约|近|逾)?\\s?(?:占|贡献|${wordsPattern(placedWords("shares_in", { language: "en" }), "both")})`);

/** Whether a metric's word ends in a holder's word and is followed by the words of its share, and no later word of the clause names that metric again (the whole). */
function holderBeforeShare(context: Context, match: TermMatch<Term>, clauseEnd: number): boolean {
  const word = context.lower.slice(match.start, match.end);
  if (!endsWithShareHolder(word) || !HOLDER_THEN_SHARE.test(context.lower.slice(match.end, match.end + 24))) return false;
  const metric = firstOf(match, "metric")?.id;
  for (let i = firstFrom(context.terms, match.end); i < context.terms.length && context.terms[i]!.start < clauseEnd; i++) if (firstOf(context.terms[i]!, "metric")?.id === metric) return false;
  return true;
}

function shareWordBefore(context: Context, place: Place): TermMatch<Term> | undefined {
  const { terms } = context;
  for (let i = place.termsBefore - 1; i >= 0 && terms[i]!.start >= place.c0; i--) {
    if (terms[i]!.end <= place.figure.start && firstOf(terms[i]!, "measure")?.id === "share") return terms[i];
  }
  return undefined;
}

/** A company named inside a segment's name (微软云 is Microsoft's cloud, "Google Cloud" Google's). */
function entityInName(context: Context, match: TermMatch<Term>): { kind: "entity"; id: string } | undefined {
  if (!firstOf(match, "segment")) return undefined;
  const name = context.lower.slice(match.start, match.end);
  // A text repeats a few segment names: look each up once per article. The names come from the text,
  // so the answers are the article's, not the taxonomy's: kept per taxonomy they would pile up over
  // every text a long-lived taxonomy reads.
  const known = context.namedInside;
  let found = known.get(name);
  if (found === undefined) {
    found = null;
    for (const [alias, id] of entityAliases(companyNamesOf(context.taxonomy))) {
      const at = wordAt(name, alias);
      // ("its lending arm" names no Arm: a company's name counts only written as the taxonomy writes it.)
      if (at >= 0 && companyWrittenAsName(context.text.slice(match.start + at, match.start + at + alias.length), context.taxonomy)) {
        found = { kind: "entity", id };
        break;
      }
    }
    known.set(name, found);
  }
  return found ?? undefined;
}

/** Where `name` holds `alias` as a whole word, or -1: "Google Cloud" holds Google, "subscription" no UBS (Chinese has no spaces to ask for). */
function wordAt(name: string, alias: string): number {
  for (let at = name.indexOf(alias); at >= 0; at = name.indexOf(alias, at + 1)) if (standsAsWord(name, at, at + alias.length)) return at;
  return -1;
}

/**
 * Per taxonomy, its entities' aliases (see entityAliases). Kept for as long as the taxonomy object is
 * and no longer (a WeakMap), and it grows with nothing the texts say: one list per taxonomy, as much
 * a view of it as its own maps, the same for every run that reads it.
 */
const entityAliasLists = new WeakMap<Taxonomy, [string, string][]>();
/** Every entity's aliases as the lexicon matches them (simplified, ASCII lower-cased), longest first. */
function entityAliases(taxonomy: Taxonomy): [string, string][] {
  let list = entityAliasLists.get(taxonomy);
  if (!list) {
    list = [];
    for (const entity of taxonomy.entities.values()) {
      if (entity.id === "MARKET") continue;
      for (const alias of Object.values(entity.aliases).flat()) if (alias.length >= 2) list.push([asciiLower(toSimplified(alias)), entity.id]);
    }
    list.sort((a, b) => b[0].length - a[0].length);
    entityAliasLists.set(taxonomy, list);
  }
  return list;
}

/** Whether the sentence [s0, s1) has a word for the whole company (全球, globally): a heading's segment then stays behind. */
function namesWhole(context: Context, s0: number, s1: number): boolean {
  const terms = context.terms;
  for (let i = firstFrom(terms, s0); i < terms.length && terms[i]!.start < s1; i++) if (namesTheWhole(context, terms[i]!)) return true;
  return false;
}

/** The kind of part a word pointing back names, right after it opens a clause: 该事业群 → 事业群, "the division" → division. */
/** A word pointing back that names a kind of part (see NAMED_PART_KINDS_EN), the kind caught: group 1 in English, 2 in Chinese. */
const KIND_POINTED_BACK = new RegExp(String.raw`${POINTS_BACK_OPENING}(?:(?:the|this|that)\s(${NAMED_PART_KINDS_EN.join("|")})\b|(?:该|此|这一)(${NAMED_PART_KINDS_ZH.join("|")}))`);
/** How far back a part named with the kind of part a word points back at is looked for. */
const KIND_LOOK = 1500;

/**
 * "饮料事业群营收47.2亿元…，其中果汁…。该事业群实现经营利润5.9亿元": a word pointing back that names a kind of
 * part (事业群, division) points at the last part before it whose name ends with that kind, not at a
 * product named in between; undefined when no figure before it in reach is of such a part.
 */
function partOfKindBefore(context: Context, at: number, entity: string): SegmentDefinition | undefined {
  // (The text is read simplified: 該事業群 is 该事业群 here.)
  const kind = KIND_POINTED_BACK.exec(context.lower.slice(at, at + 24));
  const word = kind?.[1] ?? kind?.[2];
  if (word === undefined) return undefined;
  for (let i = context.bound.length - 1; i >= 0 && context.bound[i]!.start >= at - KIND_LOOK; i--) {
    const { fact, start } = context.bound[i]!;
    if (start >= at || fact.entity !== entity || fact.segment === "total") continue;
    const part = context.taxonomy.segments.get(fact.segment) ?? context.newSegments.get(fact.segment);
    if (part && toSimplified(part.name).toLowerCase().endsWith(word)) return part;
  }
  return undefined;
}

/** Whether a term is a word for the whole company as the subject (集团, the company), not the whole a share is of (佔集團總收入約28%, 占公司营收的, "41% of the company total"). */
function namesTheWhole(context: Context, term: TermMatch<Term>): boolean {
  return firstOf(term, "whole") !== undefined && !/[占佔]\s?$|\bof\s(?:the\s|its\s|their\s)?(?:company\s|group\s)?$/u.test(context.lower.slice(Math.max(0, term.start - 18), term.start));
}

/** Whether [s0, s1) names a company (not the market) other than the given ones. */
function namesOtherCompany(context: Context, entities: readonly string[], s0: number, s1: number): boolean {
  const terms = context.terms;
  for (let i = firstFrom(terms, s0); i < terms.length && terms[i]!.start < s1; i++) {
    const term = firstOf(terms[i]!, "entity");
    if (term && term.id !== "MARKET" && !entities.includes(term.id)) return true;
  }
  return false;
}

function namedInSentence(context: Context, entities: readonly string[], s0: number, s1: number): boolean {
  const terms = context.terms;
  for (let i = firstFrom(terms, s0); i < terms.length && terms[i]!.start < s1; i++) {
    const term = firstOf(terms[i]!, "entity");
    if (term && entities.includes(term.id)) return true;
  }
  return false;
}

/** Whether the period at `i` opens a bracket ("(FY24: 44.3%)", "（2024年：0.70港元）"): a base for the figure in it. */
function opensBracket(context: Context, i: number): boolean {
  const start = context.periods[i]!.start;
  return /[(（]\s?$/.test(context.lower.slice(Math.max(0, start - 2), start));
}

/** Whether a period cue names the calendar year the story is written in (今年, this year, 2025 in 2025). */
function yearUnderWay(cue: PeriodCue, date: string | undefined): boolean {
  // ("shares are up 20% year to date": so far this year, as "so far this year" is.)
  if (cue.kind === "to_date" && cue.quarters === 0) return true;
  if (cue.kind !== "year" || cue.fiscal) return false;
  return cue.relative === 0 || (cue.year !== undefined && date !== undefined && String(cue.year) === date.slice(0, 4));
}

/**
 * The figure's period (with, for a paragraph whose period is still to come, the last one that is
 * over: the period of a reported figure), or why there is none. Records whether the period was stated
 * in the figure's own sentence (context.periodStated).
 */
/** Whether the line at `lineStart` opens with a figure in bold, a list's marker before it at most: "**224.1億元**　客運營收". */
// (Not a live blog's time in bold, "**07:06** Group sales…".)
function opensWithBoldFigure(context: Context, lineStart: number): boolean {
  const opening = context.text.slice(lineStart, lineStart + 28);
  return BOLD_FIGURE_OPENING.test(opening) && !TIME_STAMP_LEAD.test(opening);
}
const BOLD_FIGURE_OPENING = /^\s*(?:[-•·]\s)?\*\*[^*\n\d]{0,8}\d[^*\n]{0,16}\*\*/u;

/** Whether a figure heads its line and the words up to `to` are its label, with no stop between: "**35亿元**　公司2025年资本开支计划", "- 4.2 亿元：前三季度…". */
function headsLabelLine(context: Context, figure: Figure, to: number): boolean {
  const lineStart = context.lineStarts[lastStartAtOrBefore(context.lineStarts, figure.start)] ?? 0;
  return FIGURE_LINE_OPENING.test(context.text.slice(lineStart, figure.start)) && FIGURE_LINE_LABEL.test(context.text.slice(figure.end, to));
}
/** What may stand before a figure that heads its line: a list marker, bold marks, spaces. */
const FIGURE_LINE_OPENING = /^[\s*_\-•·]*$/;
/** A label right after a line's figure: bold marks closing it, a space, a colon or a dash, then words with no stop or other figure. */
const FIGURE_LINE_LABEL = /^\**(?:[\s\u3000]+|\s?[:：—–-]\s?)[^，,；;。.!！?？\n\d]*$/u;

function choosePeriod(context: Context, place: Place, metric: MetricDefinition, measure: Measure, entity: string, antecedent: ProposedFact | undefined): { period: string; pastPeriodAt: number; periodAt: number; inSentence: boolean; fromHeading: boolean; yearOfSpan: boolean } | SkippedFigure {
  const { text, periods } = context;
  const cursors = context.cursors;
  const { figure, index, s0, s1, c0, nextStart, line, column, periodsBefore } = place;
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
  const comparesAgainst = (measure !== "level" && measure !== "share") || figure.unitKind === "multiple";
  /** The chosen period's index in context.periods, or -1. */
  let periodAt = -1;
  const listedPeriod = respectively(context, s0, s1, figure, index, periods, acceptPeriod, context);
  if (listedPeriod) periodAt = firstFrom(periods, listedPeriod.start);
  if (periodAt < 0) {
    const i = seek(cursors.periodsAfter, figure.end);
    // ("5.4p from 5.1p last year": a year-ago year right behind a base is read by the base's result, below.)
    const yearAgoYear = i < periods.length && context.periodYearAgo[i] && periods[i]!.cue.kind === "year";
    // (Nor one a second predicate names: "… to 288 billion yen and left its full-year forecast unchanged".)
    // (Words may stand between on a line a figure heads, "**35亿元**　公司2025年资本开支计划": the label after
    // it is all the figure's, its period too, up to the label's first comma.)
    // (Nor one after "and" that opens the next figure's words: "FY27 revenue of ₹21,400 crore and FY28 revenue of ₹24,900 crore".)
    if (i < periods.length && !yearAgoYear && periods[i]!.start < limit && (!wordsBetween(text, figure.end, periods[i]!.start) || headsLabelLine(context, figure, periods[i]!.start)) && !SECOND_PREDICATE.test(context.lower.slice(figure.end, periods[i]!.start)) && !JOINS_NEXT_BEFORE.test(context.lower.slice(figure.end, periods[i]!.start)) && usablePeriod(context, i, false, comparesAgainst, index, metric)) periodAt = i;
  }
  let inSentence = true;
  /** In a paragraph whose last period is still to come at the article's date, the last one that is over. */
  let pastPeriodAt = -1;
  if (periodAt < 0) {
    // Where a lead-in adjustment clause ("Adjusted for a one-time correction in Q2, …") ends: its
    // periods are the adjustment's (s0 when there is none).
    const leadInEnd = leadInAdjustment(context, s0, figure.start) !== undefined ? (context.clauses[lastStartAtOrBefore(context.clauses, s0) + 1] ?? c0) : s0;
    for (let i = periodsBefore - 1; i >= 0 && periods[i]!.start >= s0; i--) {
      if (periods[i]!.end > figure.start) continue;
      // 目前 / currently says when only for its own clause.
      if (periods[i]!.cue.kind === "now" && periods[i]!.start < c0) continue;
      // "由于在2023年12月若干掉期到期，…，融资成本增加30.4%": the day an earlier clause gives as a cause is
      // when that happened, not the period of a figure after it.
      if (periods[i]!.start < c0 && EVENT_PERIOD_KINDS.has(periods[i]!.cue.kind) && inCauseClause(context, periods[i]!.start)) continue;
      // "Adjusted for a one-time correction in Q2, revenue stood at…": the period of a lead-in adjustment is the adjustment's.
      if (periods[i]!.start < leadInEnd) continue;
      // ("Birrigai Copper — the former Gundarra Resources, bought for A$4.8 billion in 2023 — lifted revenue
      // 22%", "Lithium, folded into another segment last year, made a loss as revenue dropped 31%": the
      // period of an aside about the name, closed before the figure, is the aside's.)
      if (inClosedAside(context, s0, periods[i]!.start, figure.start)) continue;
      // "…，上年同期为盈利1.06亿元；扣非净利润亏损2.87亿元", "compared with Rs 1,124 crore a year earlier, and
      // ahead of…": a year-ago base in an earlier clause, with its own figure right after or right before
      // it, was that figure's; it says nothing of a later clause's.
      const previousFigure = context.figures[index - 1];
      // ("compared with $1.29 in the same quarter last year, and net income rose…": "in the" may stand between.)
      const ownedByPrevious = previousFigure !== undefined && (previousFigure.start > periods[i]!.end || (previousFigure.end <= periods[i]!.start && (periods[i]!.start - previousFigure.end <= 4 || /^\s(?:in|for|during)\s(?:the\s)?$/.test(context.lower.slice(previousFigure.end, periods[i]!.start)))));
      // ("In the same quarter last year, Corvane earned $1.41 a share on revenue of $981.6 million": a
      // year-ago period opening the sentence is every figure's in it.)
      // (A list item's marker before it too: "- 上年同期，公司…净利润为8.9亿元".)
      const opensSentence = /^[\s*_\-•·]*(?:in|for|during)?\s?(?:the\s)?$/.test(context.lower.slice(s0, periods[i]!.start));
      // (In the figure's own clause too, when it stands right after the figure before: "down 1% from $4.76
      // billion a year earlier and short of the $4.80 billion analysts had expected".)
      // (Only with a space between: 上年同期为 after "，" opens the next figure's base, "8亿元，上年同期为6亿元".)
      const rightAfterPrevious = previousFigure !== undefined && previousFigure.end <= periods[i]!.start && /^\s{1,2}$/.test(context.lower.slice(previousFigure.end, periods[i]!.start));
      if ((periods[i]!.start < c0 || rightAfterPrevious) && context.periodYearAgo[i] && ownedByPrevious && !opensSentence) continue;
      // ("不良贷款率1.21%，与上年末持平；拨备覆盖率236.47%": the base an item before a semicolon compares with
      // is that item's, never a later item's period.)
      if (periods[i]!.start < c0 && context.periodComparison[i] && !opensSentence && /[；;]/.test(context.lower.slice(periods[i]!.end, figure.start))) continue;
      // ("Net debt rose to $512 million at December 31 from $488 million at June 30, and gearing was 34.2
      // per cent": the day of a base's figure, "from $488 million at June 30", in an earlier clause is
      // that base's, never a later clause's period.)
      if (periods[i]!.start < c0 && previousFigure !== undefined && previousFigure.end <= periods[i]!.start && BASE_FIGURE_DAY.test(context.lower.slice(previousFigure.end, periods[i]!.start)) && BASE_BEFORE_FIGURE.test(context.lower.slice(Math.max(s0, previousFigure.start - 16), previousFigure.start))) continue;
      if (usablePeriod(context, i, true, comparesAgainst, index, metric)) {
        periodAt = i;
        break;
      }
    }
  }
  // English often names the period last: "sales climbed to 9.8 trillion yen, …, for the six months
  // ended Sept. 30". A period later in the sentence, with no Chinese between, is the figure's when none
  // comes before it; a change's base (from a year earlier) is not.
  if (periodAt < 0 && !isCjkCode(text.charCodeAt(skipToWord(text, figure.end)))) {
    // "to Rs 4,210.5 crore, from Rs 3,880.2 crore in Q2FY23": a period after the base of a comparison is
    // the base's ("Y9.8 trillion, equivalent to $64 billion, for the six months" restates, and shares it).
    // ("rose 20.3% to Rs 30,963 crore, from Rs 25,736 crore in Q3FY24": the base may stand after a
    // figure of the same result; the period after it is still the base's.)
    const baseAt = firstBaseAfter(context, index, s1);
    for (let i = seek(cursors.periodsAfter, figure.end); i < periods.length && periods[i]!.start < s1; i++) {
      if (wordsBetween(text, figure.end, periods[i]!.start)) break;
      if (baseAt < periods[i]!.start) break;
      // ("kept its revenue forecast at 420 billion yen, saying it would wait for … plans for the next
      // fiscal year": a period past a clause that turns to what was said or why is that clause's.)
      if (CLAUSE_TURN.test(context.lower.slice(figure.end, periods[i]!.start))) break;
      // ("adjusted EPS of $1.12, and its backlog ended December at $6.4 billion": a period after another
      // metric's word, past a comma, is that metric's.)
      if (metricWordBetween(context, figure.end, periods[i]!.start)) break;
      // ("Cloud made up 41% of revenue, and the company expects it to rise to 45% next year": a period
      // after another figure, in a later clause, is that figure's.)
      const nextFigure = context.figures[index + 1];
      if (nextFigure !== undefined && nextFigure.end <= periods[i]!.start && /,\s(?:and|while|but|whereas)\s/.test(context.lower.slice(figure.end, nextFigure.start))) break;
      // "$48.2 million, or $1.12 per share (Q4 2024: $51.9 million, …)": a period opening a bracket is
      // the bracket's figures', not those before it.
      // (The bracket's own period is skipped, not a stop: "revenue of £4.2bn (FY24: £3.9bn) for the year to
      // December" names the result's period after the bracket.)
      if (/[(（]\s*$/.test(text.slice(figure.end, periods[i]!.start))) {
        const close = text.slice(periods[i]!.end, s1).search(/[)）]/);
        if (close < 0) break;
        const after = periods[i]!.end + close;
        while (i + 1 < periods.length && periods[i + 1]!.start < after) i++;
        continue;
      }
      if (context.periodComparison[i] || periods[i]!.cue.kind === "same_period_last_year" || context.periodYearAgo[i]) continue;
      if (usablePeriod(context, i, false, comparesAgainst, index, metric)) {
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
        // (Nor an earlier sentence's aside: "— bought for A$4.8 billion in 2023 —".)
        if (inClosedAside(context, from, periods[i]!.start, s0)) continue;
        if (carriesOn(context, i, false) && usablePeriod(context, i, true, comparesAgainst, index, metric)) {
          if (periodAt < 0) {
            periodAt = i;
            inSentence = false;
            // ("For the full year, revenue rose 6%. Fourth-quarter sales grew 2%. Net profit climbed 9%": an
            // aside on a part of the story's period, after the paragraph named that period, does not
            // carry to the sentences after it.)
            if (partOfStoryPeriod(context, entity, context.periodLabels[i]!)) {
              for (let j = i - 1; j >= 0 && periods[j]!.start >= from; j--) {
                if (context.periodLabels[j] === context.defaultPeriod && carriesOn(context, j, false) && usablePeriod(context, j, true, comparesAgainst, index, metric)) {
                  periodAt = j;
                  break;
                }
              }
            }
            if (isOverBy(context, entity, context.periodLabels[periodAt]!)) break;
          } else if (isOverBy(context, entity, context.periodLabels[i]!)) {
            // The paragraph's forecast period (预计第四季度…) is not the period of the reported figures after it.
            pastPeriodAt = i;
            break;
          }
        }
      }
    }
  }
  // A paragraph that names no period goes on with the one before it ("…for the nine months ended Dec. 31.
  // ¶ However, net profit fell to…"): its last period that is over, unless that is a year-ago base. (A
  // heading between them ends this, and then the heading's period is the figure's.)
  if (periodAt < 0) {
    // (Not from one item of a by-the-numbers list to the next, "**16.42元**　前三季累計每股稅後純益" then
    // "**224.1億元**　客運營收": each bold figure's line says what it is, and says no period when it is
    // of the story's.)
    const previous = opensWithBoldFigure(context, context.lineStarts[place.lineIndex]!) ? undefined : previousParagraph(context, place.lineIndex);
    const forecast = forecastSaid(context, s0, s1);
    if (previous) {
      for (let i = firstFrom(periods, previous.end) - 1; i >= 0 && periods[i]!.start >= previous.start; i--) {
        const stillToCome = context.periodLabels[i] !== undefined && !isOverBy(context, entity, context.periodLabels[i]!);
        if (!carriesOn(context, i, true, forecast && stillToCome)) continue;
        const label = context.periodLabels[i];
        // ("单季度来看，第四季度…" in a story of the year, "In the second quarter alone, …" in a story of
        // the half: an aside on a part of the story's period does not go on into the next paragraph,
        // which is about the whole period again.)
        if (label !== undefined && partOfStoryPeriod(context, entity, label)) break;
        // ("Rival Pellbrook said its sales rose 63% in the third quarter. ¶ Elsewhere, Neuroscience
        // revenue was…": a period whose sentence gives only another company's figures is that company's,
        // and does not go on into a paragraph about this one.)
        if (othersPeriod(context, periods[i]!.start, entity)) break;
        // ("…expects operating profit of 165 billion yen for the year through March. ¶ It lifted its net
        // sales forecast to 1.08 trillion yen": a forecast's sentence goes on with the period still to come.)
        const over = label !== undefined && isOverBy(context, entity, label);
        if (label !== undefined && (over || forecast) && usablePeriod(context, i, true, comparesAgainst, index, metric)) {
          periodAt = i;
          inSentence = false;
          // ("三季度营收312.6亿元，…；前三季度累计营收873.5亿元。¶ 经调整净利润18.4亿元": a paragraph that opens
          // on the story's period and ends on a longer one holding it, a cumulative aside, goes on with
          // the one it opened on.)
          if (aroundStoryPeriod(context, entity, label)) {
            for (let j = firstFrom(periods, previous.start); j < i; j++) {
              if (context.periodLabels[j] === context.defaultPeriod && carriesOn(context, j, true) && usablePeriod(context, j, true, comparesAgainst, index, metric)) {
                periodAt = j;
                break;
              }
            }
          }
        }
        break;
      }
    }
  }
  // Under a heading that names a period ("## Fourth quarter 2025", "2025 guidance:"), what states none
  // is that period's: the heading says it for its lines, as a sentence would.
  let fromHeading = false;
  // (Not a period still to come that only the heading's own forecast is of, "## 分红率提高，2026年目标收入190亿元"
  // over a dividend proposed for the year reported: a figure of no forecast under it is not of that period.)
  const headingPeriod = context.headingPeriods[place.lineIndex];
  const headingAhead = headingPeriod !== undefined && context.periodLabels[headingPeriod] !== undefined && !isOverBy(context, entity, context.periodLabels[headingPeriod]!) && context.headingTopics[place.lineIndex]?.basis === undefined && !forecastSaid(context, s0, s1) && !saysFuture(context.lower, s0, s1);
  if (periodAt < 0 && headingPeriod !== undefined && !headingAhead) {
    periodAt = headingPeriod;
    inSentence = false;
    fromHeading = true;
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
  // A share price or its move stands at a moment: a results period named in an earlier clause ("首季
  // 多赚88%，股价两日累涨两成") is not when it was read.
  // (Nor one named in a later clause: "逆勢上漲4.8%至56.6元，1月營收5.93億元".)
  if (metric.timing === "market" && periodAt >= 0 && (periods[periodAt]!.end <= c0 || (periods[periodAt]!.start > figure.end && /[，,；;。]|\s(?:after|as|because|when|while|and)\s/.test(text.slice(figure.end, periods[periodAt]!.start)))) && !DAY_KINDS.has(periods[periodAt]!.cue.kind)) inSentence = false;
  // (A price target is set on a day: "profit of £178m for the year to March 2027 and kept a 360p price
  // target" names the forecast's year, not the target's.)
  if (metric.timing === "market" && metric.basis === "estimate" && periodAt >= 0 && !DAY_KINDS.has(periods[periodAt]!.cue.kind)) inSentence = false;
  // A move over the year so far ("down 4% so far this year", 今年以來已上漲42%) is read at a moment too:
  // the day its sentence names, else the story's trading day.
  if (metric.timing === "market" && periodAt >= 0 && inSentence && yearUnderWay(periods[periodAt]!.cue, context.periodContext.date)) {
    let dayAt = -1;
    for (let i = firstFrom(periods, s0); dayAt < 0 && i < periods.length && periods[i]!.end <= s1; i++) if (DAY_KINDS.has(periods[i]!.cue.kind)) dayAt = i;
    if (dayAt >= 0) periodAt = dayAt;
    else inSentence = false;
  }
  context.periodStated = periodAt >= 0 && inSentence;
  // (A session's move or close, not a count of analysts or a move over a window up to now: "has gained
  // about 35% over the past year".)
  const sessionMove = metric.timing === "market" && context.reportDay !== undefined && figure.unitKind !== "count" && !OVER_A_WINDOW.test(context.lower.slice(s0, s1));
  // ("The shares closed up 7.4% at 318p" in a paper out at 6 a.m.: a close read before noon is the
  // session before; not an analyst's figure beside it, a price target set as the paper goes out.)
  const sessionBefore = metric.timing === "market" && (cueInSentence(context, place, "after_hours") || (context.morningEdition && metric.basis !== "estimate" && figure.unitKind !== "count" && SESSION_CLOSE.test(context.lower.slice(s0, s1))));
  let period = antecedent ? antecedent.period : finishPeriod(context, metric, entity, periodAt, inSentence, sessionBefore, s0, sessionMove);
  // "Customers paying more than $100,000 a year: 3,412": customers a threshold defines are counted at
  // a day, the period's end, as a balance is (customers served over a period are a flow).
  if (metric.kind === "count" && metric.timing === "flow" && COHORT_THRESHOLD_IN.test(context.lower.slice(s0, figure.start))) period = periodEnd(context, period, entity);
  // "2025—2027年归母净利润预测分别为7.35亿元、9.12亿元和11.08亿元": a span of years before 分别 or
  // "respectively" is a list of its years, one per figure of the run (a run that lists them again, a
  // forecast's earlier values in brackets, starts the years over).
  const spanned = measure !== "cagr" && periodAt >= 0 && periods[periodAt]!.cue.kind === "span" ? /^FY(\d{4})\.\.FY(\d{4})$/.exec(period) : null;
  let yearOfSpan = false;
  if (spanned) {
    const years = Number(spanned[2]) - Number(spanned[1]) + 1;
    // (Numbers joined by slashes are such a run of their own, "2025-2027年归母净利润预测至8.46/9.72/11.05亿元",
    // with 分别 or without.)
    const run = figure.slashList ? { k: figure.slashList.k, length: figure.slashList.length, marker: figure.slashList.start } : respectivelyRun(context, s0, s1, figure, index);
    if (run && years >= 2 && run.length % years === 0 && periods[periodAt]!.end <= run.marker) {
      period = fiscalYearLabel(Number(spanned[1]) + (run.k % years));
      yearOfSpan = true;
    }
  }
  // "has grown at a compound annual rate of 11.3% since 2019": a rate since a year runs from that year
  // to the latest year its sentence names before the rate, else the story's own. ("since 2019" dates
  // when something began, so the year has no label of its own: its cue is read.)
  if (measure === "cagr" && !isSpanLabel(period)) {
    let since: number | undefined;
    for (let i = firstFrom(periods, s0); i < periods.length && periods[i]!.start < s1 && since === undefined; i++) {
      const cue = periods[i]!.cue;
      if (cue.kind === "year" && cue.year !== undefined && SINCE_BEFORE.test(context.lower.slice(Math.max(0, periods[i]!.start - 7), periods[i]!.start))) since = cue.year;
    }
    let to = /^FY(\d{4})$/.exec(context.defaultPeriod ?? "");
    for (let i = firstFrom(periods, s0); i < periods.length && periods[i]!.end <= figure.start; i++) {
      const named = /^FY(\d{4})$/.exec(context.periodLabels[i] ?? "");
      if (named && (!to || Number(named[1]) > Number(to[1]))) to = named;
    }
    if (since !== undefined && to && since < Number(to[1])) period = spanLabel(fiscalYearLabel(since), to[0]);
    // ("2024年…市场规模达到5,200亿元，预计2029年将增至9,800亿元，年复合增长率13.5%", "from $41bn in 2024 to
    // $68bn by 2030, a CAGR of 8.8%": a rate after levels its sentence gives for two years or more runs
    // from the first year to the last.)
    // (Not when the sentence names a year after the rate: "…at a compound annual rate of 24% between 2024
    // and 2029" says its own span.)
    else if (since === undefined && !/\b(?:19|20)\d{2}\b/.test(context.lower.slice(figure.end, s1))) {
      const years: number[] = [];
      for (let i = context.bound.length - 1; i >= 0 && context.bound[i]!.start >= s0; i--) {
        const { fact, start } = context.bound[i]!;
        const named = /^FY(\d{4})$/.exec(fact.period);
        if (named && fact.measure === "level" && start < figure.start) years.push(Number(named[1]));
      }
      const first = Math.min(...years);
      const last = Math.max(...years);
      if (years.length >= 2 && first < last) period = spanLabel(fiscalYearLabel(first), fiscalYearLabel(last));
    }
  }
  if (measure === "cagr" && !isSpanLabel(period)) return skipFigure(context, figure, line, column, "a CAGR needs a span of periods, and none is stated in its sentence");
  return { period, pastPeriodAt, periodAt, inSentence, fromHeading, yearOfSpan };
}

/**
 * Whether the stretch between commas holding `at` names what drove a result (a cause word: 带动,
 * driven by). A list's 、 ends a clause but not this stretch: "主要由金融服务、游戏业务带动" is one cause.
 */
function inCauseClause(context: Context, at: number): boolean {
  const { text } = context;
  let start = at;
  while (start > 0 && at - start < CAUSE_REACH && !STRETCH_END.has(text.charCodeAt(start - 1))) start--;
  let end = at;
  while (end < text.length && end - at < CAUSE_REACH && !STRETCH_END.has(text.charCodeAt(end))) end++;
  // ("生活产业部门则受惠于食品与零售事业，净利年增14.6%": a word after which the cause is named, 受惠于 or
  // 由于, standing after the business makes the business what benefits, not the cause.)
  if (!cueBetween(context, start, end, "cause")) return false;
  for (let i = firstFrom(context.cueMatches, start); i < context.cueMatches.length && context.cueMatches[i]!.start < end; i++) {
    const match = context.cueMatches[i]!;
    if (!match.entries.some((cue) => cue.kind === "cause")) continue;
    // ("汽车系统事业本部则受欧洲车市疲弱拖累": 受 between the business and 拖累 makes what follows 受 the cause,
    // the business what suffers.)
    if (match.start > at && CAUSE_OPENS_BETWEEN.test(context.lower.slice(at, match.start))) continue;
    if (!(match.start > at && CAUSE_FOLLOWS.test(context.lower.slice(match.start, match.end)))) return true;
  }
  return false;
}
/** Cause words the cause follows (受惠于食品事业, 由于油价), as against those it comes before (由游戏业务带动). */
const CAUSE_FOLLOWS = /^(?:受|得益|主要由于|主要受|由于|因为|鉴于|考虑到)/;

/**
 * Whether `at` stands inside an aside closed before the figure: between two dashes ("— the former
 * Gundarra Resources, bought in 2023 —"), or after a comma and a word that opens an aside about the
 * name before it (which, that, formerly, bought, folded…) up to the next comma.
 */
function inClosedAside(context: Context, s0: number, at: number, figureStart: number): boolean {
  const { lower } = context;
  const before = lower.slice(Math.max(s0, at - APPOSITIVE_REACH), at);
  // (What closes the aside is looked for up to the figure only: a text with no dash must not be scanned
  // to its end for each period.)
  const after = lower.slice(at, figureStart);
  if (DASHES.some((dash) => before.includes(dash) && after.includes(dash))) return true;
  const comma = before.lastIndexOf(", ");
  if (comma < 0 || !ASIDE_OPENING.test(before.slice(comma + 2))) return false;
  // (The aside follows the name the sentence opens with: "Lithium, folded into…, made a loss", never
  // "Dekkerhof Group, the Dutch operator of shops, reported growth of 4.6% for the first half".)
  const commaAt = at - before.length + comma;
  return NAME_OPENING.test(lower.slice(s0, commaAt)) && after.includes(", ");
}
/** A sentence's opening that is a name alone: up to four words. */
const NAME_OPENING = /^[\s*_"“]*(?:the\s)?[\w&'’.-]+(?:\s[\w&'’.-]+){0,3}$/;
/** The dashes that open and close an aside, spaced. */
const DASHES = [" — ", " – ", " -- "];
/** The relative words that open an aside about the name before them: ", which …,". */
const RELATIVE_WORDS = "which|that|who|whose|where";
const RELATIVE_OPENING_WORD = new RegExp(`^(?:${RELATIVE_WORDS})\\s`);
/** Words that open an aside about the name before it, after a comma: a relative word, or one of having been (formerly, bought, folded). */
const ASIDE_OPENING = new RegExp(`^(?:${RELATIVE_WORDS}|formerly|once|the\\sformer|bought|acquired|reported|folded|spun|sold|founded|listed|set\\sup|created)\\b`);

/** A word that opens a cause named after it (受, 由于), standing between a business and a cause word. */
const CAUSE_OPENS_BETWEEN = /受|由于|因为|得益于|鉴于/u;

/** How far around a name a cause word is looked for, and what ends the stretch (commas, stops, a line's end). */
const CAUSE_REACH = 60;
const STRETCH_END = codeUnits("，,；;。！？!?\n");

/**
 * Whether [from, to) is a company's forecast: a guidance or plan word of the lexicons' basis cues, and
 * no estimate's (a sentence that sets a result against what analysts expected reports the result).
 */
function forecastSaid(context: Context, from: number, to: number): boolean {
  const { cueMatches } = context;
  let forecast = false;
  for (let i = firstFrom(cueMatches, from); i < cueMatches.length && cueMatches[i]!.start < to; i++) {
    for (const cue of cueMatches[i]!.entries) {
      if (cue.kind !== "basis") continue;
      if (cue.basis === "estimate") return false;
      if (cue.basis === "guidance" || cue.basis === "plan") forecast = true;
    }
  }
  return forecast;
}

/** Whether a cue of the kind stands anywhere in the figure's sentence. */
function cueInSentence(context: Context, place: Place, kind: Cue["kind"]): boolean {
  return cueBetween(context, place.s0, place.s1, kind);
}

/** Whether a cue of the kind starts in [from, to): a binary search over that kind's starts (a long line is read in linear time). */
function cueBetween(context: Context, from: number, to: number, kind: Cue["kind"]): boolean {
  let starts = context.cueStarts.get(kind);
  if (!starts) {
    starts = [];
    for (const match of context.cueMatches) if (match.entries.some((cue) => cue.kind === kind)) starts.push(match.start);
    context.cueStarts.set(kind, starts);
  }
  let low = 0;
  let high = starts.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (starts[middle]! < from) low = middle + 1;
    else high = middle;
  }
  return low < starts.length && starts[low]! < to;
}

/** The word for a part of a company at the end of a proposed segment's name (业务, segment). */
const PART_SUFFIX = /(?:业务|部门|分部|板块|事业部|事业群|\s(?:segment|business|division|unit))$/i;

/** Whether a business's name, less its word for a part, is part of the company's own name (澳门业务 of 永利澳门). */
function partOfCompanyName(context: Context, name: string): boolean {
  const core = asciiLower(name.replace(PART_SUFFIX, "")).trim();
  if (core.length < 2) return false;
  return context.subjectNamesCompared.some((known) => known.includes(core));
}

/** Per ten shares (每10股, 10派), as A-share dividends are written. */
const PER_TEN_SHARES = /每\s?(?:10|十)\s?股|(?:^|[^\d.])10\s?派/;

/** Words that open the base a figure is set against: from, compared with, versus, than (the English words: this reads English figures' bases). */
const BASE_INTRO = new RegExp(wordsPattern(placedWords("comparison", { roles: ["base", "than", "against"], language: "en" }), "both"));

/** Where the first figure after the one at `index` that a comparison word introduces (from, versus) starts, before `end`; Infinity if none. */
function firstBaseAfter(context: Context, index: number, end: number): number {
  const { figures, lower } = context;
  for (let i = index + 1; i < figures.length && figures[i]!.start < end; i++) {
    if (BASE_INTRO.test(lower.slice(figures[i - 1]!.end, figures[i]!.start))) return figures[i]!.start;
  }
  return Infinity;
}

/** A list item's bullet (or number), and bold marks, at the start of its line. */
const BULLET_LABEL_START = new RegExp(BULLET_LEAD);
/** What may stand between a label's metric word and the colon that ends the label: bold marks, spaces. */
const LABEL_END = /^(?:\*\*)?\s*[:：]\s*(?:\*\*)?\s*$/;

/** How far into its paragraph a section's opening name may stand (after a bullet, bold marks). */
const PARAGRAPH_OPENING = 4;
/** What stands between a label's last word and its figure: the label's colon (and bold's marks). */
const LABEL_COLON_GAP = /^[\s*_]*[:：][\s*_]*$/;
/** Between a figure and the day it stood at: " at ", " as of ", " at the end of ". */
const BASE_FIGURE_DAY = /^\s(?:at|as\sof|on)\s(?:the\s)?(?:end\sof\s(?:the\s)?)?$/;
/** A base's word right before its figure (a currency sign between): "from $488 million", "against 41.2", "compared with". */
const BASE_BEFORE_FIGURE = new RegExp(String.raw`\b${wordsPattern(placedWords("comparison", { roles: ["base", "against"], language: "en" }), "both")}\s(?:[a-z]{0,3}\$|[€£¥₹]|rs\.?\s?)?$`);
/** A Markdown heading's line. */
const HEADING_LINE = /^#{1,6}\s/m;

/** Whether a name opens its sentence as its subject, a few words describing it before at most ("Cosmetics maker Amorepacific", "Rival NCSoft"). */
function startsItsSentence(context: Context, at: number, sentenceStart: number): boolean {
  return /^[\s*_]*(?:[A-Za-z][\w'’-]*\s){0,3}$/.test(context.text.slice(sentenceStart, at)) && !/[,;:]/.test(context.text.slice(sentenceStart, at));
}
/**
 * The company its paragraph last named before the figure's sentence, when that is one the text names
 * (named-companies.ts), or one the taxonomy knows that the paragraph opens on, and not the story's own.
 */
function namedEarlierInParagraph(context: Context, place: Place): string | undefined {
  const paragraphStart = context.lineStarts[place.lineIndex]!;
  const terms = context.terms;
  // ("Toronto's Great Lakes Drug Mart Ltd. has no link to Great Prairie. Its third-quarter revenue
  // rose…": a sentence opening with "Its" or "The company" goes on about the subject of the sentence
  // before, the first company it names, not the last.)
  if (PRONOUN_OPENING.test(context.text.slice(place.s0, place.s0 + 16))) {
    const before = lastStartAtOrBefore(context.sentences, place.s0 - 1);
    const previous = before >= 0 ? Math.max(context.sentences[before]!, paragraphStart) : paragraphStart;
    // (A company the taxonomy knows too, a rival in a market wrap: "Cosmetics maker Amorepacific slid
    // 4.5% after… Its sales rose 3.8%".)
    for (let i = firstFrom(terms, previous); i < terms.length && terms[i]!.start < place.s0; i++) {
      const named = firstOf(terms[i]!, "entity");
      if (named) return named.id !== context.entity && named.id !== "MARKET" && startsItsSentence(context, terms[i]!.start, previous) ? named.id : context.namedCompanies.has(named.id) && named.id !== context.entity ? named.id : undefined;
    }
  }
  for (let i = firstFrom(terms, place.s0) - 1; i >= 0 && terms[i]!.start >= paragraphStart; i--) {
    const named = firstOf(terms[i]!, "entity");
    if (!named) continue;
    if (named.id === context.entity || named.id === "MARKET") return undefined;
    // ("格力电器（000651.SZ）前三季度营业收入…。其中第三季度营收同比下降15.0%": a company the taxonomy
    // knows goes on so when the paragraph opens on it, as its subject.)
    return context.namedCompanies.has(named.id) || opensParagraphOn(context, paragraphStart, named.id) ? named.id : undefined;
  }
  // ("**Marrowfield Stores** posted…" then "The Ohio-based discounter raised…": a round-up's section goes
  // on about its company, as a heading's does, until the next section.)
  // (A heading after the section's opening ends it: "## By segment" after a paragraph about a customer
  // is the story's own again.)
  let section: { start: number; id: string } | undefined;
  for (const opener of context.sectionOpeners) if (opener.start <= paragraphStart + PARAGRAPH_OPENING) section = opener;
  if (section === undefined || section.id === context.entity) return undefined;
  return HEADING_LINE.test(context.text.slice(context.text.indexOf("\n", section.start) + 1, paragraphStart)) ? undefined : section.id;
}

/** Whether the paragraph opens on company `id`: its first words (after a list's or a bold mark) are the company's name. */
function opensParagraphOn(context: Context, paragraphStart: number, id: string): boolean {
  const first = context.terms[firstFrom(context.terms, paragraphStart)];
  return first !== undefined && firstOf(first, "entity")?.id === id && /^[\s>*_#-]*$/.test(context.text.slice(paragraphStart, first.start));
}

/** Between a base company's name and a multiple of it: 的 (a hedge at most). */
const MULTIPLE_OF_BASE = /^\s?的\s?(?:约|約|近|逾|超过|超過)?\s?$/u;
/** Between the company compared and the base company: 约为, 是, 相当于 (its words of amounting). */
const MULTIPLE_BASE_BEFORE = /^\s?(?:约|約|大约|大約|已|仍)?\s?(?:为|為|是|相当于|相當於)\s?$/u;
/** The last company the clause names (from `from`) before `before`, and where. */
function companyNamedBefore(context: Context, from: number, before: number): { id: string; start: number; end: number } | undefined {
  for (let i = firstFrom(context.terms, before) - 1; i >= 0 && context.terms[i]!.start >= from; i--) {
    const named = firstOf(context.terms[i]!, "entity");
    if (named && named.id !== "MARKET") return { id: named.id, start: context.terms[i]!.start, end: context.terms[i]!.end };
  }
  return undefined;
}

/** "Its" or "The company" opening a sentence: it points back at the subject of the sentence before. */
const PRONOUN_OPENING = /^\s*(?:Its|The\scompany(?:['’]s)?)\s/;

/**
 * Whether the period at `i` may carry on to later sentences: not a day or 目前 (they date a reading);
 * not a base: a year ago ("higher than the same quarter last year"), a comparison's period ("…23% higher
 * than in the September quarter. Adjusted earnings came to…"), a period opening a bracket ("Final
 * dividend: A$0.62 (FY24 final: A$0.55)"), one named right after a base's figure ("easing to 1.94% from
 * 2.11% at the end of June"); nor a forecast's ("raised its full-year revenue forecast"). Into a later
 * paragraph, not when its sentence reports no result either (a share price's window; "For the fourth
 * quarter, the company expects…"): within its paragraph, a forecast's period goes on for the forecasts
 * after it (全年盈利预测…上调至…).
 */
/** A figure, then "in the" right before a period: "4.5% in the second quarter". */
const QUARTER_AFTER_FIGURE = /(?:\d%|\d\s?per\s?cent|\dpc)\s(?:in|during|for)\s(?:the\s)?$/;
/** Whether the paragraph of the period at \`i\` names a half, nine months or a year before it. */
function opensOnLongerPeriod(context: Context, i: number): boolean {
  const at = context.periods[i]!.start;
  const paragraphStart = context.lineStarts[lastStartAtOrBefore(context.lineStarts, at)]!;
  for (let k = firstFrom(context.periods, paragraphStart); k < i; k++) {
    const cue = context.periods[k]!.cue;
    if (cue.kind === "half" || cue.kind === "year" || cue.kind === "to_date" || (cue.kind === "ending" && cue.months >= 6)) return true;
  }
  return false;
}
/** Whether a period stands in the short label its line opens with, text following the label's colon on that line ("2. **第二财季**：单季…", "- Q3: revenue…"). */
function inOwnLabel(context: Context, period: { start: number; end: number }): boolean {
  const lineStart = context.lineStarts[lastStartAtOrBefore(context.lineStarts, period.start)]!;
  const label = OWN_LABEL.exec(context.lower.slice(lineStart, lineStart + 40));
  return label !== null && period.end <= lineStart + label[0].length;
}
/** A line's own label: a list's marker at most, a few words or characters (bold or not), a colon, then text on the same line. */
const OWN_LABEL = new RegExp(`^(?:${BULLET_LEAD})?\\s*(?:\\*\\*)?[^:：\\n*]{1,24}?(?:\\*\\*)?\\s*[:：](?=\\s*(?:\\*\\*)?\\s*\\S)`, "u");
/** 其中 right before a period: a part of what the sentence has just given, singled out. */
const ASIDE_BEFORE = /其中\s?$/;
function carriesOn(context: Context, i: number, acrossParagraph: boolean, forForecast = false): boolean {
  const period = context.periods[i]!;
  const kind = period.cue.kind;
  // (The months or years ahead, 未来3年, "over the next two years", are a plan's or a forecast's span:
  // what the text goes on to report is not in them.)
  if (kind === "ahead" || kind === "now" || kind === "none" || DAY_KINDS.has(kind) || context.periodYearAgo[i] || opensBracket(context, i)) return false;
  // ("全年淨利息收入…；其中下半年淨息差為1.81%。…淨服務費收入按年增長18.9%": a part of the story's period
  // singled out with 其中 is an aside of its sentence; the text goes on about the whole.)
  if (ASIDE_BEFORE.test(context.lower.slice(Math.max(0, period.start - 3), period.start))) return false;
  // ("In the six months to 31 August, … Like-for-like growth quickened to 4.5% in the second quarter,
  // from 3.1% in the first. Underlying pre-tax profit climbed 9%": a quarter named right after its
  // figure, in a paragraph that opened on a longer period, is a part singled out; the text goes on
  // about the whole.)
  if (kind === "quarter" && QUARTER_AFTER_FIGURE.test(context.lower.slice(Math.max(0, period.start - 24), period.start)) && opensOnLongerPeriod(context, i)) return false;
  // ("as freight rates eased from last year's highs": a period in the possessive qualifies a noun.)
  if (/^['’]s\b/.test(context.lower.slice(period.end, period.end + 3))) return false;
  // (A period a span starts from, 自2023年, still goes on in its paragraph: "…自2023年首次投资以来…。彼时80亿美元的承诺";
  // not into the next, where "up 1.8% from Sept. 30" in a bullet is a base the next bullet does not share.)
  if (context.periodComparison[i] && (acrossParagraph || !SPAN_START_BEFORE.test(context.lower.slice(Math.max(0, period.start - 6), period.start)))) return false;
  // ("2. **第二财季**：单季销售额…" then "3. **分业务**：…": a period that is a paragraph's own label, its
  // text going on after the colon, is that paragraph's topic, not the next one's.)
  if (acrossParagraph && inOwnLabel(context, period)) return false;
  // (A forecast's period goes on into a forecast after it: "…expects operating profit of 165 billion yen
  // for the year through March. ¶ It lifted its net sales forecast to…".)
  if (forForecast) return !context.periodAfterBase[i];
  return !context.periodAfterBase[i] && !namesAForecast(context, i) && !(acrossParagraph && reportsNoResults(context, context.periods[i]!.start));
}

/**
 * Whether the figures bound in the sentence at `at` are all market readings, forecasts or estimates ("The
 * stock has gained 18% in the last 12 months", "For the fourth quarter, the company expects…"): the window
 * of a share price's move or a forecast's period is not a period results go on in.
 */
function reportsNoResults(context: Context, at: number): boolean {
  const { sentences, bound } = context;
  const sentence = lastStartAtOrBefore(sentences, at);
  const from = sentences[sentence] ?? 0;
  const to = sentences[sentence + 1] ?? context.text.length;
  let readings = 0;
  // Figures are bound in order and the sentence is just behind the one being bound: scan back from the last.
  for (let i = bound.length - 1; i >= 0 && bound[i]!.start >= from; i--) {
    const { fact, start } = bound[i]!;
    if (start >= to) continue;
    // (Forecasts and estimates are no results either: "For the fourth quarter, the company expects…".)
    if (context.taxonomy.metrics.get(fact.metric)?.timing !== "market" && fact.basis !== "guidance" && fact.basis !== "estimate" && fact.basis !== "plan") return false;
    readings++;
  }
  return readings > 0;
}

/** A Chinese sentence opened by its source: 据…, 根据… up to the first comma ("据美股研究社汇总的分析师预测，"). */
const SOURCE_OPENING = /^\s*(?:根据|据)([^，,。；;]{2,40})[，,]/;

/** A company's warning or alert of its coming results: 盈利警告, 盈警, 盈喜, 业绩预告, "profit warning". */
export const PROFIT_WARNING = new RegExp(wordsPattern(placedWords("results_warning"), "both"));

/** Whether a period (a label, in the text's company's calendar) ended at least `months` months before the article's date. */
function endedMonthsBefore(context: Context, label: string, months: number): boolean {
  const date = context.periodContext.date;
  if (!date) return true;
  const parsed = context.readPeriod(label, context.taxonomy.entities.get(context.entity)?.fiscalYearEnd);
  if (!parsed.ok || parsed.period.end === undefined) return false;
  const later = PeriodDays.fromKey(instantLabel(parsed.period.end))?.shiftMonths(months);
  return later !== undefined && later.last < date;
}

/** Whether a level's clause, or the lead-in of its sentence, names a year-ago period: "上年同期为6.4亿元", "上年同期，…净利润为8.9亿元". */
function yearAgoLevel(context: Context, place: Place, measure: Measure): boolean {
  const { c0, s0, figure } = place;
  return measure === "level" && (yearAgoInClause(context, c0, figure.start, true) || yearAgoInClause(context, s0, Math.min(figure.start, s0 + 8), true));
}

/** Whether a period a year back (去年同期, "a year earlier") is named in [from, to). */
function yearAgoInClause(context: Context, from: number, to: number, level: boolean): boolean {
  for (let i = firstFrom(context.periods, from); i < context.periods.length && context.periods[i]!.start < to; i++) {
    if (context.periods[i]!.cue.kind === "same_period_last_year") return true;
    // "…，而2024年則錄得溢利約6,800萬港元": a year named that is over, with a verb of a result.
    const label = context.periodLabels[i];
    if (label !== undefined && context.periods[i]!.cue.kind === "year" && isOverBy(context, context.entity, label) && PAST_RESULT.test(context.lower.slice(context.periods[i]!.end, to))) return true;
    // "较上年的812亿元", "较2024财年的34.2亿元", "上一财年为12.1亿元": a period that is over, named as the base
    // a forecast is set against (a comparison's, or 为 right after it), is a past result's.
    // (Only a level is that base; a change set against it is the forecast's: "较2024财年的34.2亿元增长约12.9%".)
    if (level && comparisonBaseAt(context, i)) return true;
  }
  return false;
}

/** Whether a period in [from, to) is named as the base a figure is set against and is over (see comparisonBaseAt). */
function comparisonBaseIn(context: Context, from: number, to: number): boolean {
  for (let i = firstFrom(context.periods, from); i < context.periods.length && context.periods[i]!.start < to; i++) if (comparisonBaseAt(context, i)) return true;
  return false;
}

/**
 * Whether the i-th period is named as a comparison's base (较上年的, 由上年的) or with 为 right after it
 * (上一财年为), and ended at least two months before the article: a period that ended less than two months
 * before may not be reported yet ("法人預估…毛利率由2025年的23%左右提升至25%" in January 2026 is the
 * analysts' figure for 2025 too).
 */
function comparisonBaseAt(context: Context, i: number): boolean {
  const label = context.periodLabels[i];
  return label !== undefined && (context.periodComparison[i] === true || GIVES_BASE_AFTER.test(context.lower.slice(context.periods[i]!.end, context.periods[i]!.end + 3))) && endedMonthsBefore(context, label, 2);
}

/** Whether the period right after a base's figure ("…, compared with €548 million in fiscal 2025") is over: the base is a result, not the sentence's forecast. */
function overBaseAfter(context: Context, figureEnd: number, to: number): boolean {
  const i = firstFrom(context.periods, figureEnd);
  const label = context.periodLabels[i];
  return i < context.periods.length && context.periods[i]!.start < to && context.periodAfterBase[i] === true && label !== undefined && isOverBy(context, context.entity, label);
}

/** Whether the sentence of a period at `at` gives figures, all of them another company's than `entity`. */
function othersPeriod(context: Context, at: number, entity: string): boolean {
  const sentence = lastStartAtOrBefore(context.sentences, at);
  const s0 = context.sentences[sentence] ?? 0;
  const s1 = context.sentences[sentence + 1] ?? context.text.length;
  // (The facts are bound in the text's order: the sentence's are the last ones before its end, looked up from the end.)
  let found = false;
  for (let i = context.bound.length - 1; i >= 0 && context.bound[i]!.start >= s0; i--) {
    const { fact, start } = context.bound[i]!;
    if (start >= s1) continue;
    if (fact.entity === entity) return false;
    found = true;
  }
  return found;
}

/** The paragraph before the line's (its text span), skipping blank lines; none when a heading or a table row comes first. */
function previousParagraph(context: Context, lineIndex: number): { start: number; end: number } | undefined {
  const { lineStarts, text } = context;
  // ("**Same-store sales.** The consensus…": a paragraph its own label opens starts a section of its own.)
  if (context.layout.leadIns.has(lineIndex)) return undefined;
  // ("- **软性内镜**：前三季度收入7.92亿元 / - **硬性内镜**：收入3.87亿元 / - **耗材**：收入1.79亿元": a list's
  // items that name no period go on with the items before them, back to the one that names one, a few
  // lines back at most; so does the paragraph after the list.)
  let found: { start: number; end: number } | undefined;
  for (let line = lineIndex - 1; line >= 0; line--) {
    const start = lineStarts[line]!;
    const end = line + 1 < lineStarts.length ? lineStarts[line + 1]! - 1 : text.length;
    const content = text.slice(start, end).trim();
    if (content.length === 0) continue;
    const item = ITEM_MARKER.test(content);
    // (A short line is a title, not a paragraph; a list's item is an item however short.)
    if (content.startsWith("#") || content.startsWith("|") || (content.length <= 40 && !item)) return found;
    if (found && !item) return found;
    found ??= { start, end };
    if (!item || periodIn(context, start, end) || lineIndex - line >= LIST_REACH) return periodIn(context, start, end) ? { start, end } : found;
  }
  return found;
}

/** Whether the figure is a list item's amount of money (no price of a unit), or the change right after one, and the item's label names a part (itemLabelPart). */
function itemAmountOfPart(context: Context, place: Place, isChange: boolean): boolean {
  const { figure } = place;
  const amount = figure.unitKind === "currency" ? figure : figure.unitKind === "percent" && isChange ? context.figures[place.index - 1] : undefined;
  if (amount === undefined || amount.unitKind !== "currency" || amount.start < context.lineStarts[place.lineIndex]! || isUnitPrice(context.lower, amount)) return false;
  return itemLabelPart(context, place.lineIndex) !== undefined;
}

/** What may stand between a list item's label and the metric's word opening its text: the colon, bold marks, "a", "its". */
const LABEL_THEN_METRIC = /^(?:\*\*)?\s*[:：]\s*(?:\*\*)?\s*(?:(?:a|an|its|the)\s)?$/;
/**
 * Whether the figure stands in a list's item that opens with a part's label and then the metric's
 * word ("- **Data center:** revenue of $452 million, up 44%"), beside another item opening with a
 * part's label: a breakdown list, whose items each give a part's figures under the metric they name.
 */
function itemMetricOfPart(context: Context, lineIndex: number, metricMatch: TermMatch<Term>): boolean {
  const part = itemLabelPart(context, lineIndex);
  // (Not a label of a report's part, "- **Balance sheet:** Cash and equivalents stood at…".)
  if (part === undefined || part.name.toLowerCase().split(/\s+/).some((word) => REPORT_WORDS.has(word))) return false;
  const labelEnd = context.text.indexOf(part.name, context.lineStarts[lineIndex]!) + part.name.length;
  if (metricMatch.start < labelEnd || !LABEL_THEN_METRIC.test(context.lower.slice(labelEnd, metricMatch.start))) return false;
  return itemLabelPart(context, lineIndex - 1) !== undefined || (lineIndex + 1 < context.lineStarts.length && itemLabelPart(context, lineIndex + 1) !== undefined);
}

/** Before a share's percent in a Chinese item: 占 and at most the whole's words (占比, 占营收). */
const SHARE_OF_BEFORE = /占[\u4e00-\u9fff]{0,6}\s?(?:约|近|逾|超过)?\s?$/u;

/**
 * Whether the figure stands in a list's item whose first figure is a share of the whole ("- Cloud
 * payroll: 20% of revenue (+30% year over year)", "- 线上渠道：占比33%") and whose label names a part
 * (itemLabelPart): a mix list, whose every item is a part's, under any heading.
 */
function itemShareOfPart(context: Context, place: Place): boolean {
  const lineStart = context.lineStarts[place.lineIndex]!;
  const share = context.figures[firstFrom(context.figures, lineStart)]!;
  if (share.unitKind !== "percent") return false;
  const before = context.lower.slice(Math.max(lineStart, share.start - 12), share.start);
  if (!ofWholeAfter(context.lower, share.end) && !SHARE_OF_BEFORE.test(before)) return false;
  return itemLabelPart(context, place.lineIndex) !== undefined;
}

/**
 * The part of the company a list's item names by its label, under any heading ("- Data center: $612
 * million"): a label with no taxonomy word but a part's, no digit and no cue word (not "- Guidance:",
 * "- Consensus:", "- Outlook:"), on a line that opens with a bullet.
 */
function itemLabelPart(context: Context, lineIndex: number): NewSegment | undefined {
  const start = context.lineStarts[lineIndex]!;
  const end = context.lineStarts[lineIndex + 1] ?? context.text.length;
  const line = context.text.slice(start, end);
  if (!ITEM_MARKER.test(line)) return undefined;
  const part = bulletLabelSegment(line, start, context.terms, firstFrom(context.terms, start), context.entity);
  if (part === undefined) return undefined;
  const at = context.text.indexOf(part.name, start);
  const { cueMatches, terms } = context;
  for (let i = firstFrom(cueMatches, at); i < cueMatches.length && cueMatches[i]!.start < at + part.name.length; i++) if (cueMatches[i]!.end > at) return undefined;
  // (A company's name is no part: "- Brennock: $612 million" lists companies. But the story's own name
  // opening a longer label names one of its banners or channels: "- Rookholt department stores: £786m",
  // "- Rookholt.com (UK online): £322m".)
  const ownBanner = (term: TermMatch<Term>) => term.start === at && term.end < at + part.name.length && term.entries.every((entry) => entry.kind === "entity" && entry.id === context.entity);
  for (let i = firstFrom(terms, at); i < terms.length && terms[i]!.start < at + part.name.length; i++) if (terms[i]!.end > at && terms[i]!.entries.some((entry) => entry.kind !== "segment") && !ownBanner(terms[i]!)) return undefined;
  return part;
}
/** How many lines back a list's items go on with an earlier item's period. */
const LIST_REACH = 8;
/** Whether a period starts in [start, end). */
function periodIn(context: Context, start: number, end: number): boolean {
  const i = firstFrom(context.periods, start);
  return i < context.periods.length && context.periods[i]!.start < end;
}

/**
 * Whether words that set a result against the expectation, ending at `end`, name the figure at `start`:
 * only when little more than "of" or 的 stands between ("above expectations of $605 million", 低于预期的0.98美元).
 * A verb's object does not reach across a conjunction to the result it judged ("tops estimates as
 * same-store sales rise 2.9%").
 */
/** Between an estimate's word and its figure: "of", perhaps "about", and a currency sign ("estimates of $1.14 billion"). */
const ESTIMATE_OF = /^\sof\s(?:about\s|around\s)?(?:[a-z]{0,3}[$€£¥₹]|rs\.?\s?)?$/;

function namesFigureAfter(lower: string, end: number, start: number): boolean {
  if (end > start) return false;
  if (start - end > 20) return false;
  return !JUDGED_RESULT_AFTER.test(lower.slice(end, start));
}
/**
 * "beat analysts' estimates as sales rose 2.9%", 业绩超出市场预期，营收增长10%: an expectation that a verb
 * says the result beat, missed or matched is what the result was judged against, not the basis of a
 * figure after it, unless it names that figure ("topped estimates of $1.02").
 */
function judgedExpectation(lower: string, cue: { start: number; end: number }, s0: number, figureStart: number): boolean {
  if (namesFigureAfter(lower, cue.end, figureStart)) return false;
  return JUDGING_BEFORE.test(lower.slice(Math.max(s0, cue.start - 40), cue.start));
}
/** A word that judges a result against an expectation (the lexicons' comparison role beat: ahead of, topped, missed), anywhere in a stretch. */
const RESULT_JUDGED_BEFORE = new RegExp(wordsPattern(placedWords("comparison", { roles: ["beat"] }), "both"));
/** Words that judge a result against what it is set against (the lexicons' comparison roles beat and above_below), a few words before an expectation. */
const JUDGING_BEFORE = new RegExp(`${wordsPattern(placedWords("comparison", { roles: ["beat", "above_below"] }), "both")}[^.;,，。；\\d]{0,30}$`);
/** The text from `from` to `to` with the metric's own words blanked out, when they stand there. */
function outsideTerm(lower: string, from: number, to: number, term: TermMatch<Term> | undefined): string {
  const text = lower.slice(from, to);
  if (!term || term.end <= from || term.start >= to) return text;
  const start = Math.max(term.start, from) - from;
  const end = Math.min(term.end, to) - from;
  return text.slice(0, start) + " ".repeat(end - start) + text.slice(end);
}
/**
 * A conjunction that opens a clause with its own subject and verb ("as sales climb", "after revenue
 * rose"); "as much as" and "as high as" are hedges. (The letter the clause holds is looked ahead for:
 * two runs of [^,;]* around it backtrack cubically on a long clause without a comma.)
 */
const NEW_CLAUSE_BETWEEN = /\b(?:as(?!\s(?:much|many|high|low|well|little|far|of|part|a\b|an\b))|after|while|whereas)\s(?!(?:much|many|high|low)\b)(?=[^,;]*[a-z])[^,;]*$/;
const JUDGED_RESULT_AFTER = /[,，;；:：]|\b(?:as|with|after|while|when|and|but|on|thanks|because|since|helped|rose|rise|rises|fell|fall|falls|grew|grow|grows|climbed|jumped)\b|随着|因|由于|，/;

/** Whether a word at `at`, after a figure ending at `from`, stands in a bracket opened after the figure that holds a figure of its own. */
function bracketHoldsOwnFigure(lower: string, from: number, at: number): boolean {
  const open = OPEN_BRACKET_BEFORE.exec(lower.slice(from, at));
  if (!open) return false;
  const close = lower.slice(at, at + 80).search(/[)）]/);
  return /\d/.test(lower.slice(from + open.index, close < 0 ? at : at + close));
}
/** Analysts named as a sentence's subject, then a verb of saying or believing (法人认为, 分析师指出, "analysts believe"). */
const ANALYSTS_SAY = /(?:^|[，,。\s])(?:不过|但|而|另外)?[，,\s]?(?:法人|分析师|分析師|券商)(?:则|則|也|亦|普遍)?(?:认为|認為|看好|指出|表示|估计|估計|估算|预估|預估|预期|預期)|\banalysts?\s(?:believe|think|say|said|expect|see|reckon)\b/u;

/** A base's word right before its figure: "from", "against", "compared with", "versus" (a currency or a hedge between at most). */
const BASE_WORD_BEFORE = new RegExp(String.raw`\b(?:from|against|compared\swith|versus|vs\.?)\s(?:${EN_HEDGE}\s)?(?:[a-z]{0,3}[$€£¥₹]|rs\.?\s?)?$`);

/** ", or " right before a percent (set after an amount), a hedge between at most. */
const OR_PERCENT_BEFORE = new RegExp(String.raw`[,，]\s?or\s(?:${EN_HEDGE}\s)?$`);
/** "of the channel", "of group sales", "of its total": a whole or a part of the company right after a percent. */
const OF_A_WHOLE_AFTER = /^\s?(?:per\s?cent\s)?of\s(?:the\s|its\s|their\s)?(?:[a-z-]+\s)?(?:channel|segment|division|business|unit|group|total|company|portfolio|market|sales|revenue|revenues|turnover|income)\b/;

/** What may stand between a figure and the analysts' word after it: "the 84 cents the Street estimated", "the 497 billion yen average estimate". */
const ESTIMATE_WORD_BETWEEN = /^\s?(?:that\s|(?:average|mean|median)\s)?$/;

/** The clause-wide basis cue that starts right after a figure (a space and a preposition between at most), before `to`. */
function cueRightAfter(context: Context, at: number, to: number): { match: TermMatch<Cue>; basis: Basis } | undefined {
  const { cueMatches } = context;
  // (A preposition may stand between: "5% at constant currency", "4% in local terms".)
  for (let i = firstFrom(cueMatches, at); i < cueMatches.length && cueMatches[i]!.start <= at + 4 && cueMatches[i]!.start < to; i++) {
    const match = cueMatches[i]!;
    const basis = basisOf(match, "clause");
    if (basis !== undefined && match.start >= at && /^\s?(?:(?:at|in|on)\s)?$/.test(context.lower.slice(at, match.start))) return { match, basis };
  }
  return undefined;
}

/** A bracket opened and not closed between a figure and a word after it: the word stands inside it. */
const OPEN_BRACKET_BEFORE = /[(（][^()（）]*$/;

/** After a figure, "and" or "but" then a past verb: a second predicate of the sentence's subject ("… and cut its forecast"). */
const SECOND_PREDICATE = /\s(?:and|but)\s(?:also\s|then\s)?(?:[a-z]+ed|cut|set|kept|held|said|gave|made|saw|put|left)\s/;

/** "and", "but" or "while" (then "also" or "then" at most) right before a verb: the verb opens a second predicate. */
const CONJOINED_VERB_BEFORE = /\b(?:and|but|while)\s(?:also\s|then\s)?$/;

/** The basis the words around the figure say (a period still to come may yet make it a plan: see isPlanned). */
function saidBasis(context: Context, place: Place, metric: MetricDefinition, metricMatch: TermMatch<Term> | undefined, measure: Measure): Basis {
  const { terms, cueMatches } = context;
  const cursors = context.cursors;
  const { figure, s0, s1, c0, previousEnd, nextStart, cuesBefore } = place;
  // Basis: ex-FX and non-GAAP are said in the figure's clause; guidance, estimates, plans and run
  // rates anywhere before it in the sentence (or right after it in the clause).
  let basis: Basis = "reported";
  context.basisCue = undefined;
  /** Whether the clause says outright that the figure is the actual result (实际为, actual). */
  let actual = false;
  // "up 7.4% on a reported basis and 5.1% organically": a basis word right after the figure is its own,
  // before any word back in the clause, which is the figure's before it.
  const rightAfter = cueRightAfter(context, figure.end, nextStart);
  if (rightAfter !== undefined) {
    basis = rightAfter.basis;
    actual = basis === "reported";
    context.basisCue = rightAfter.match;
  }
  for (let i = seek(cursors.cuesInClause, previousEnd); rightAfter === undefined && i < cueMatches.length && cueMatches[i]!.start < nextStart; i++) {
    // "sales totalled EUR 4.61 billion and comparable operating profit EUR 512.6 million": an adjustment
    // word after the figure that names (or stands right before) another metric is that metric's.
    // ("made revenue of £2.14bn in the year to March and adjusted operating profit of…", "Revenue fell 4% to
    // £1.21bn and the division's adjusted operating profit dropped": however far on, after "and".)
    if (cueMatches[i]!.start >= figure.end && (LIST_NEXT.test(context.lower.slice(figure.end, cueMatches[i]!.start)) || NEXT_ITEM_OPENS.test(context.lower.slice(figure.end, cueMatches[i]!.start))) && adjectiveOfAnotherMetric(context, cueMatches[i]!, metricMatch)) continue;
    // ("a payout ratio of 60% of underlying earnings", 派息比率约为核心溢利的65%: an adjustment word of the
    // measure a ratio is taken of names that base, not the ratio, which its own word names.)
    if (metric.kind === "ratio" && metricMatch !== undefined && basisOf(cueMatches[i]!, "clause") === "non_gaap" && adjectiveOfAnotherMetric(context, cueMatches[i]!, metricMatch) && OF_BASE_AROUND.test(context.lower.slice(Math.min(figure.end, cueMatches[i]!.start), Math.max(figure.start, cueMatches[i]!.end + 12)))) continue;
    // "net sales £812m (organic -0.6%)": a basis word in a bracket opened after the figure, beside a
    // figure of the bracket's own, says what the bracket holds, not the figure before it (which a
    // bracket of words alone does qualify: "增长9%(剔除汇率影响)").
    if (cueMatches[i]!.start >= figure.end && bracketHoldsOwnFigure(context.lower, figure.end, cueMatches[i]!.start)) continue;
    // 低于预期的0.98美元: words that set a result against the expectation name the figure after them only.
    const said = basisOf(cueMatches[i]!, "clause") ?? (namesFigureAfter(context.lower, cueMatches[i]!.end, figure.start) ? basisOf(cueMatches[i]!, "figure") : undefined);
    if (said) {
      basis = said;
      actual = said === "reported";
      context.basisCue = cueMatches[i]!;
      break;
    }
  }
  // "营业收入：调整前201.17亿元，调整后219.46亿元": 调整后 beside 调整前 on its line is a figure after a
  // restatement (重述, 追溯调整), reported as restated, not an adjusted (non-GAAP) one.
  if (basis === "non_gaap" && context.basisCue !== undefined && context.lower.slice(context.basisCue.start, context.basisCue.end) === RESTATED_PAIR && context.lower.slice(context.lineStarts[place.lineIndex]!, nextStart).includes("调整前")) {
    basis = "reported";
    context.basisCue = undefined;
  }
  // "below the $4.52 analysts expected", "the 84 cents the Street estimated": the analysts' words right
  // after the figure say it is their expectation, whatever forecast the sentence reports before it.
  if (basis !== "estimate") {
    // ("the 497 billion yen average estimate of nine analysts": an average's word may stand between; so may
    // a house, or the one that compiles it, "the A$1.39 billion Visible Alpha consensus".)
    let from = figure.end;
    for (let i = seek(cursors.cuesAfter, figure.end); i < cueMatches.length && cueMatches[i]!.start - from <= 16; i++) {
      if (!ESTIMATE_WORD_BETWEEN.test(context.lower.slice(from, cueMatches[i]!.start))) continue;
      if (cueMatches[i]!.entries.some((entry) => entry.kind === "analyst_house" || entry.kind === "consensus_source")) from = cueMatches[i]!.end;
      else if (basisOf(cueMatches[i]!, "sentence") === "estimate") {
        basis = "estimate";
        context.basisCue = cueMatches[i]!;
        break;
      }
    }
  }
  // 法人估第四季營收季減3%: a forecast word that names its figure is the analysts' when they are named before it.
  if (basis === "guidance" && context.basisCue !== undefined && basisOf(context.basisCue, "figure") === "guidance" && ANALYST_WORDS.test(context.lower.slice(s0, figure.start))) basis = "estimate";
  // "Excluding one-time items, earnings were $2.05 per share", "Adjusted for a one-time correction,
  // revenue stood at…", 剔除一次性项目后，…: an adjustment said in a lead-in clause that holds no figure
  // holds for the sentence.
  if (basis === "reported" && !actual) {
    // (After a semicolon too: "Revenue fell 3.4%; on an organic basis, revenue declined 1.2%".)
    // (Looked for within the sentence only: a search back through the whole text, per figure, is quadratic.)
    // (The last ; or ； before the figure, read back from it without a slice: s0 - 1 when there is none.)
    let semicolon = s0 - 1;
    for (let i = figure.start - 1; i >= s0; i--) {
      const code = context.lower.charCodeAt(i);
      if (code === 0x3b || code === 0xff1b) {
        semicolon = i;
        break;
      }
    }
    const from = semicolon > s0 ? (context.clauses[lastStartAtOrBefore(context.clauses, semicolon + 1)] ?? s0) : s0;
    const lead = leadInAdjustment(context, from < figure.start ? from : s0, figure.start, true);
    if (lead) {
      basis = basisOf(lead, "clause")!;
      context.basisCue = lead;
    }
  }
  // An adjusted figure may still be a forecast or an estimate ("expects adjusted earnings of $7.60",
  // 經調整EBITDA預測): the forecast is what it is, so the sentence's forecast words are read too.
  const adjustment = basis === "non_gaap" || basis === "ex_fx" ? { basis, cue: context.basisCue } : undefined;
  if ((basis === "reported" || adjustment) && !actual) {
    let found: Basis | undefined;
    for (let i = cuesBefore - 1; i >= 0 && cueMatches[i]!.start >= s0; i--) {
      const match = cueMatches[i]!;
      if (match.end > figure.start) continue;
      const said = basisOf(match, "sentence");
      // ("forecast revenue of $1.15 billion, above estimates of $1.14 billion": an estimate's word with
      // "of" right before the figure names it, whatever forecast the sentence opened with.)
      if (said === "estimate" && ESTIMATE_OF.test(context.lower.slice(match.end, figure.start))) {
        found = said;
        context.basisCue = match;
        break;
      }
      if (said === "estimate" && (introducesAnother(context, match, place.index) || followsAnother(context, match, place.index) || judgedExpectation(context.lower, match, s0, figure.start))) continue;
      // "毛利率31.4%，…，優於公司財測上緣；營業利益率19.8%": a forecast a result is said to beat is judged, not the next figures' basis.
      if (said === "guidance" && judgedExpectation(context.lower, match, s0, figure.start)) continue;
      // "raises profit outlook as like-for-like sales climb 3.6%": a clause of its own after as / after /
      // while reports what happened; the forecast or expectation before it is not its figure's.
      // (A metric's own words are no clause: "expects profit after tax of…" keeps its forecast.)
      if (said && said !== "reported" && NEW_CLAUSE_BETWEEN.test(outsideTerm(context.lower, match.end, figure.start, metricMatch))) continue;
      if (said && !overlapsMetric(context, match, metricMatch)) {
        found = said;
        context.basisCue = match;
        // "谷歌预测…", "Alphabet forecasts…", 集团预期, "the company expects": a company's own forecast is
        // its guidance, not an estimate.
        // (So is one in a sentence that reports what the company said: "集团指，…，基础溢利预期约1.2亿元".)
        // ("comfortable with market expectations for…": the market's word right before it says whose.)
        if (said === "estimate" && !ANALYST_WORDS.test(context.lower.slice(Math.max(s0, match.start - 7), match.end)) && (entityRightBefore(terms, match.start, context.lower) || companyWordRightBefore(cueMatches, i, context.lower) || COMPANY_SAYS_OPENING.test(context.lower.slice(s0, match.start)) || OFFICER_RIGHT_BEFORE.test(context.lower.slice(Math.max(s0, match.start - 40), match.start)))) found = "guidance";
        // ("Capital spending is still expected at $700 million", "…are now expected to be C$190 million to
        // C$200 million": in a story of results, not a preview, a passive expectation that names no analyst,
        // consensus or house in its sentence is the company's own forecast.)
        // (And "It still expected full-year sales growth of around 10%", "with the EBITDA margin expected
        // at around 24 per cent": "expected" said of the company's pronoun or of its own measure, no analyst
        // in the sentence, is its forecast too; a name or "the group" with an adverb is read above.)
        else if (said === "estimate" && !context.preview && context.lower.slice(match.start, match.end) === "expected" && (PASSIVE_BEFORE.test(context.lower.slice(Math.max(s0, match.start - 24), match.start)) || PRONOUN_OR_MEASURE_BEFORE.test(context.text.slice(Math.max(s0, match.start - 24), match.start))) && !ANALYST_WORDS.test(context.lower.slice(s0, s1)) && !namesHouse(context, s0, s1) && !othersForecast(context, s0, s1)) found = "guidance";
        break;
      }
    }
    if (!found) {
      // A forecast word after the figure is its own ("$5bn, analysts expected"), unless another figure
      // follows it in the sentence: then it introduces that one ("$5bn against expectations of $4.8bn").
      const following = context.figures[place.index + 1];
      for (let i = seek(cursors.cuesAfter, figure.end); i < cueMatches.length && cueMatches[i]!.start < nextStart; i++) {
        const said = basisOf(cueMatches[i]!, "sentence");
        // ("…a 9.4% rise in profit for the year to June 30 and forecast further growth": a forecast verb
        // joined by "and" is a second predicate with an object of its own.)
        // (Nor one a few words into such a predicate: "… to £1.1bn and cut its profit forecast".)
        if (said && (CONJOINED_VERB_BEFORE.test(context.lower.slice(Math.max(figure.end, cueMatches[i]!.start - 12), cueMatches[i]!.start)) || SECOND_PREDICATE.test(context.lower.slice(figure.end, cueMatches[i]!.start)))) break;
        // ("€412 million of revenue fell short of forecasts", 高于预期: the forecast it is judged against is not the figure's basis.)
        if (said && (said === "guidance" || said === "estimate") && JUDGING_BEFORE.test(context.lower.slice(Math.max(figure.end, cueMatches[i]!.start - 40), cueMatches[i]!.start))) break;
        if (said && !overlapsMetric(context, cueMatches[i]!, metricMatch)) {
          // "维持经营亏损3,100亿元的预测，全年收入预测约…": a forecast word joined to the figure by 的 is its own.
          const joined = /^\s?的\s?$/.test(context.lower.slice(figure.end, cueMatches[i]!.start));
          if (!joined && following !== undefined && following.start < s1 && following.start - cueMatches[i]!.end <= 24) break;
          found = said;
          context.basisCue = cueMatches[i]!;
          break;
        }
      }
    }
    // "嘉澄國際發盈利警告，預期…錄得虧損": a profit warning (or alert, 业绩预告) is the company's own forecast.
    // (So is a bare expectation anywhere in a story that is such a warning, its headline or lead says so:
    // a bullet under it, "預期全年按年下跌約18%至約24億港元", names no one else.)
    if (found === "estimate" && !ANALYST_WORDS.test(context.lower.slice(s0, s1)) && !namesHouse(context, s0, s1) && (PROFIT_WARNING.test(context.lower.slice(s0, figure.start)) || context.resultsWarning)) found = "guidance";
    // "…，而去年同期則錄得溢利3,260萬港元", "compared with a profit of $12 million a year earlier": a
    // forecast word earlier in the sentence does not reach a clause about a period a year back.
    // (Within the clause too, for a level named after the forecast word as its base: "毛利率料由上年的58.3%微降至57.5%".)
    if ((found === "estimate" || found === "guidance") && context.basisCue !== undefined && (context.basisCue.start < c0 ? yearAgoInClause(context, c0, figure.start, measure === "level") || overBaseAfter(context, figure.end, nextStart) : measure === "level" && (context.figures[place.index - 1]?.start ?? -1) < context.basisCue.end && comparisonBaseIn(context, context.basisCue.end, figure.start))) found = undefined;
    // "浅间汽车将本财年营业利润预期从6,000亿日元下调至…", 维持…的营业收入预期不变: a revision of a bare
    // expectation, in a sentence that names no analyst, is the company revising its own forecast.
    if (found === "estimate" && !ANALYST_WORDS.test(context.lower.slice(s0, s1)) && !namesHouse(context, s0, s1) && revisesForecast(context, s0, place.s1)) found = "guidance";
    // "expected … according to analysts": analysts, a consensus or a bank (摩根士丹利预计) named anywhere in
    // the sentence make a forecast theirs, not the company's.
    // ("据…汇总的分析师预测，营收预计为…；每股收益预计为…": a sentence opened by its source, analysts or a
    // consensus, is theirs throughout, past its semicolons.)
    const source = found === "guidance" ? SOURCE_OPENING.exec(context.lower.slice(s0, Math.min(s1, s0 + 48))) : null;
    if (source && ANALYST_WORDS.test(source[1]!)) found = "estimate";
    if (found === "guidance") {
      // Only words in the figure's own stretch of the sentence count: "guidance of $5bn, versus the $4.8bn
      // analysts expected" leaves the company's figure its guidance.
      // A bank named before the figure makes the forecast the bank's.
      // Words after the figure that stand before another figure of the sentence introduce that one
      // ("expects $2.4bn, while analysts expected $2.43bn").
      const from = Math.max(s0, context.figures[place.index - 1]?.end ?? s0);
      const next = context.figures[place.index + 1]?.start ?? s1;
      const to = next < s1 ? figure.start : s1;
      for (let i = firstFrom(cueMatches, s0); i < cueMatches.length && cueMatches[i]!.start < to; i++) {
        const match = cueMatches[i]!;
        if (overlapsMetric(context, match, metricMatch)) continue;
        const house = match.entries.some((entry) => entry.kind === "analyst_house");
        if (!house && match.start < from) continue;
        // ("guided revenue of $270 million to $285 million, versus the $251 million analysts had been
        // modeling, and adjusted EPS of…": analysts right after the figure before are that figure's.)
        if (!house && followsAnother(context, match, place.index)) continue;
        // (A consensus's compiler, LSEG, FactSet, in the figure's own stretch says the same as the analysts' words.)
        const compiler = match.entries.some((entry) => entry.kind === "consensus_source");
        if (house || compiler || (match.entries.some(isEstimate) && ANALYST_WORDS.test(context.lower.slice(match.start, match.end)))) {
          found = "estimate";
          context.basisCue = match;
          break;
        }
      }
    }
    // "我们上调公司2025-2027年归母净利润预测至…": in a broker's note, a forecast in a sentence where the
    // writers forecast is the broker's estimate, not the company's guidance.
    if (found === "guidance" && context.brokersNote && WRITERS_FORECAST.test(context.lower.slice(s0, figure.start))) found = "estimate";
    // "东吴证券预计公司2025年全年归母净利润为4.45亿元", "…，维持买入评级": a forecast a broker makes (its name,
    // closed by a word of the lexicons' broker_name_end, right before the verb), or one in a sentence
    // that gives a broker's rating or target price, is the broker's estimate.
    // (So is one a broker opening its sentence revises or keeps: "卓域证券因此上调…每股盈利预测6%及5%，至0.62元及0.71元".)
    // (So is one a house the text has named as publishing its research, "大和发表研究报告指", forecasts: "大和预期，…".)
    if (found === "guidance" && (BROKER_FORECASTS.test(context.lower.slice(s0, figure.start)) || BROKERS_NOTE.test(context.lower.slice(s0, s1)) || BROKER_REVISES.test(context.lower.slice(s0, figure.start)) || houseForecasts(context.researchHouses, context.lower.slice(s0, figure.start)))) found = "estimate";
    if (found && (!adjustment || FORECAST_BASES.has(found))) basis = found;
    else if (adjustment) context.basisCue = adjustment.cue;
  }
  // "经调整EBITDA跌1.4%，至2.92亿美元", "非GAAP毛利率下降140基点至45.3%": an adjustment word right before the
  // metric's word belongs to the metric, and so to every figure that takes its metric from that word (a
  // forecast or an estimate of it stays one).
  if (basis === "reported" && !actual && metricMatch && metricMatch.end <= previousEnd) {
    const adjective = adjectiveBasis(context, metricMatch, place.c0);
    if (adjective) {
      basis = basisOf(adjective, "clause")!;
      context.basisCue = adjective;
    }
  }
  // "Capital expenditure excluding spectrum was €468 million", "EBIT before special items rose": what
  // an adjusted amount leaves out, named right after its metric's word, makes it adjusted. (Not a
  // rate's: "like-for-like sales excluding fuel" is how that measure is defined.)
  if (basis === "reported" && !actual && metricMatch && (metric.kind === "amount" || metric.kind === "per_share") && metricMatch.end < figure.start && LEFT_OUT_AFTER_METRIC.test(context.lower.slice(metricMatch.end, Math.min(figure.start, metricMatch.end + 48)))) basis = "non_gaap";

  // Under a heading that says whose figures follow ("## Outlook", 业绩指引), what says no basis of its own
  // is theirs; a share price is the market's, never a company's forecast.
  const headed = context.headingTopics[place.lineIndex]?.basis;
  // (A clause that tells what happened, "paid an interim dividend", "stood at", is a result wherever it stands.)
  // (An adjusted figure under such a heading is a forecast of the adjusted figure: "Fourth-quarter
  // adjusted EPS: $1.12 to $1.16" under "Guidance".)
  // (Nor is a level of the year before, "上年同期为6.4亿元", "上年同期，…净利润为8.9亿元", under a heading of forecasts.)
  if ((basis === "reported" || basis === "non_gaap" || basis === "ex_fx") && !actual && headed && metric.timing !== "market" && !PAST_RESULT.test(context.lower.slice(place.s0, figure.start)) && !yearAgoLevel(context, place, measure)) basis = headed;
  // A share price or its move is the market's reading, never a company's forecast or an analysts'
  // estimate ("raised its forecast, and its shares jumped 9%"; "above estimates, and its shares rose").
  if ((basis === "guidance" || basis === "estimate") && metric.timing === "market" && metric.basis !== "estimate") basis = "reported";
  // (And a price target is the analysts' whatever forecast its sentence goes on to: "cut his price target
  // to $31 from $35 and now expects…" does not make $35 a company's guidance.)
  else if (basis === "guidance" && metric.timing === "market" && metric.basis === "estimate") basis = "estimate";
  // A run rate is a level: a growth rate said beside one ("年化收入…，并保持三位数增长") is not annualised.
  if (basis === "run_rate" && measure !== "level") basis = "reported";
  // A price target, or the upside to one, is an estimate whoever states it (the taxonomy's `basis`).
  if (basis === "reported" && !actual && metric.basis === "estimate") basis = "estimate";
  // "按年初设定的全年40万辆交付目标", "维持全年交付32万辆的目标不变": a figure a target's noun follows (past its
  // metric's words, in its clause) is the company's target: its guidance, or its plan for what it decides.
  if (basis === "reported" && !actual && TARGET_AFTER.test(context.lower.slice(figure.end, Math.min(place.nextStart, figure.end + 16)))) basis = metric.decided ? "plan" : "guidance";
  // "Adjusted earnings are forecast at 47 cents a share" in a preview: a forecast said in the passive,
  // no company making it, is the market's expectation of the results to come.
  if (basis === "guidance" && context.preview && context.basisCue !== undefined && PASSIVE_BEFORE.test(context.lower.slice(Math.max(0, context.basisCue.start - 12), context.basisCue.start))) basis = "estimate";
  return basis;
}
/** A target's noun after a figure, its unit and its metric's words at most (the lexicons' `target_after`), within its clause. */
const TARGET_AFTER = new RegExp(`^[^，,。；;：:]{0,20}?${wordsPattern(placedWords("target_after"), "both")}`);
/** Between the last of a list's words and its figure: a word for adding up (合计, 共计, combined), little else. */
const TOGETHER_BETWEEN = /^\s?(?:等\s?)?(?:合计|共计|总计|合共|加起来|together|combined)/;
/** Between two of a list's words: the rest of an item, joiners and other items (现金|等价物、受限资金和短期|投资). */
const LIST_BETWEEN = /^(?:[^，。；,;\d、及和与]{0,8}(?:、|及|和|与|以及|,\s|\sand\s|,\sand\s|\s&\s)){1,4}[^，。；,;\d、]{0,6}$/;
/** "since" right before a year: where a rate's span starts. */
const SINCE_BEFORE = /\bsince\s$|自$|从$/;
/** "are forecast", "is projected": the verb's passive before a forecast's word. */
const PASSIVE_BEFORE = /\b(?:is|are|was|were|being|been)\s(?:now\s|also\s|currently\s|still\s)?$/;
/** Before "expected" as a verb: the company's pronoun ("It still"), or a measure's word ("the margin expected at"), in the text as written. */
const PRONOUN_OR_MEASURE_BEFORE = /(?:\b[Ii]t\s(?:still\s|also\s|now\s)?|\b(?:margin|sales|revenue|profit|costs?|capex|spending)\s)$/;

/**
 * A company's forecast is for a period still to come: a quarter or half named without its year
 * ("第二财季销售额将达到…", "second-quarter revenue of $7.1bn expected", "For the December quarter it
 * expects…"), or 本季 / this quarter, that
 * reads as one already over by the article's date is the next one of that name (for 本季, the quarter
 * under way). A period the text dates (2024年第二季度) is kept as written.
 */
function upcomingPeriod(context: Context, periodAt: number, period: string, entity: string): string {
  const date = context.periodContext.date;
  if (periodAt < 0 || !date || !isOverBy(context, entity, period)) return period;
  const cue = context.periods[periodAt]!.cue;
  // (And the months to a month, "the December quarter", 截至12月的季度, named without a year.)
  // (A year to a day, "the year to Oct. 31", told just after it ended, is the year just over.)
  // (And "the full (fiscal) year" with no year of its own: after a year's results, the forecast is for the next.)
  const fullYear = isBareFullYear(cue);
  // (Of the months to a month, only a quarter so named: "1、2月合併營收" told in March is the months just over.)
  // (Nor a span from month to month, "which covers October through December", 10月至12月, with no year.)
  const cueText = context.lower.slice(context.periods[periodAt]!.start, context.periods[periodAt]!.end);
  const namedQuarter = cue.kind === "ending" && ((cue.months === 3 && /quarter|季/.test(cueText)) || (cue.year === undefined && cue.over === undefined && MONTH_SPAN.test(cueText)));
  const unnamedYear = ((cue.kind === "quarter" || cue.kind === "half" || namedQuarter) && cue.year === undefined) || fullYear;
  const thisQuarter = cue.kind === "relative_quarter" && cue.offset === 0;
  if (!unnamedYear && !thisQuarter) return period;
  // ("预计第四季度单季归母净利润为…" in a January 业绩预告: a preview forecasts the period just over, not the next one.)
  if (unnamedYear && context.preview) return period;
  const calendar = context.taxonomy.entities.get(entity)?.fiscalYearEnd;
  // ("Sees Q4 net bookings of €500 million" in February, of a company whose year ends in March: a quarter
  // named by its number alone is the company's own of that number still to come, when that one ends
  // before the next calendar quarter so numbered.)
  const ownToCome = cue.kind === "quarter" && cue.year === undefined && !cue.fiscal && calendar !== undefined ? ownQuarterToCome(context, cue.quarter, entity, date) : undefined;
  for (let label = period, years = 0; years < 2; years++) {
    const next = shiftLabel(label, 1);
    if (next === undefined) return period;
    if (!isOverBy(context, entity, next)) {
      if (ownToCome !== undefined && ownToCome.end < periodEnd(context, next, entity)) return ownToCome.label;
      if (!thisQuarter) return next;
      // 本季: the quarter under way, which is the quarter after the last one over.
      return fiscalQuarterOf(nextQuarterLabel(lastReportedQuarter(date)), calendar, context.readPeriod, context.fiscalQuarters);
    }
    label = next;
  }
  return period;
}

/**
 * The measures the text names adjusted, each with the adjustment word that names it first (the lexicons'
 * basis words right before or after the measure's own, as adjectiveBasis reads them: "Underlying
 * EBITDA", 经调整EBITDA), and never as reported ("statutory EBITDA"): EBITDA and its margin together.
 * Read once per text.
 */
function adjustedThroughout(context: Context): ReadonlyMap<string, TermMatch<Cue>> {
  if (context.adjustedMeasures) return context.adjustedMeasures;
  const adjusted = new Map<string, TermMatch<Cue>>();
  const reported = new Set<string>();
  for (const term of context.terms) {
    const id = firstOf(term, "metric")?.id;
    const family = id === undefined ? undefined : ADJUSTED_FAMILIES[id];
    if (family === undefined) continue;
    const cue = adjectiveBasis(context, term, term.start);
    const said = cue === undefined ? undefined : basisOf(cue, "clause");
    for (const member of family) {
      if (said === "non_gaap" && !adjusted.has(member)) adjusted.set(member, cue!);
      else if (said === "reported") reported.add(member);
    }
  }
  for (const member of reported) adjusted.delete(member);
  context.adjustedMeasures = adjusted;
  return adjusted;
}
/** The measures whose adjusted form a text may mean throughout, each with the ones it goes with (EBITDA and its margin). */
// (Not operating profit: "core operating profit" beside a statutory one the writer names bare is common.)
const ADJUSTED_FAMILIES: Readonly<Record<string, readonly string[]>> = { ebitda: ["ebitda", "ebitda_margin"], ebitda_margin: ["ebitda", "ebitda_margin"] };

/** The company's own quarter numbered `quarter` that ends first on or after `date`, with its last day as an instant (see periodEnd). */
function ownQuarterToCome(context: Context, quarter: number, entity: string, date: string): { label: string; end: string } | undefined {
  const year = Number(date.slice(0, 4));
  for (let fiscalYear = year; fiscalYear <= year + 2; fiscalYear++) {
    const label = quarterLabel(fiscalYear, quarter);
    const end = periodEnd(context, label, entity);
    if (end.startsWith("@") && end >= `@${date}`) return { label, end };
  }
  return undefined;
}

/** A span written from one month to another: "October through December", "Oct-Dec", 10月至12月. */
const MONTH_SPAN = /[a-z.]\s?(?:to|through|-|–)\s?[a-z]|月\s?(?:至|到|-|–|~)\s?\d/;

/** The last period still to come by the article's date named before `to` in the sentence (not 目前, not a comparison's), as the figure would take it. */
function periodToComeBefore(context: Context, s0: number, to: number, metric: MetricDefinition, entity: string): string | undefined {
  const { periods } = context;
  for (let i = firstFrom(periods, to) - 1; i >= 0 && periods[i]!.start >= s0; i--) {
    const kind = periods[i]!.cue.kind;
    if (kind === "now" || DAY_KINDS.has(kind) || context.periodComparison[i] || context.periodYearAgo[i]) continue;
    const label = context.periodLabels[i];
    if (label === undefined || isOverBy(context, entity, label)) continue;
    return finishPeriod(context, metric, entity, i, true);
  }
  // "raised its operating profit forecast for the fiscal year ending March 2026 … ¶ The group now expects
  // operating profit of…": the period a forecast named in the paragraph before (or earlier in this one)
  // is for, when it is still to come.
  const line = lastStartAtOrBefore(context.lineStarts, s0);
  const from = previousParagraph(context, line)?.start ?? context.lineStarts[line] ?? 0;
  for (let i = firstFrom(periods, s0) - 1; i >= 0 && periods[i]!.start >= from; i--) {
    const label = context.periodLabels[i];
    // (A day is when a forecast was made, "on Thursday forecast fiscal 2026…", never what it is for.)
    if (label === undefined || DAY_KINDS.has(periods[i]!.cue.kind) || context.periodComparison[i] || context.periodYearAgo[i] || isOverBy(context, entity, label)) continue;
    if (namesAForecast(context, i) || FORECAST_FOR_BEFORE.test(context.lower.slice(Math.max(0, periods[i]!.start - 32), periods[i]!.start))) return finishPeriod(context, metric, entity, i, true);
  }
  return undefined;
}
/** A forecast's noun and "for", or a verb of forecasting, right before a period: "its operating profit forecast for the fiscal year ending March 2026", "now expects 2025 same-store sales growth". */
const FORECAST_FOR_BEFORE = new RegExp(String.raw`\b(?:(?:${wordsPattern(placedWords("forecast_word", { roles: ["noun"], language: "en" }))}|targets?)\s(?:for|of)\s(?:the\s)?|(?:expects|sees|forecasts|projects|targets)\s)$`);

/** Whether a period still to come is named in [from, to). */
function periodToComeIn(context: Context, from: number, to: number, entity: string): boolean {
  for (let i = firstFrom(context.periods, from); i < context.periods.length && context.periods[i]!.start < to; i++) {
    const label = context.periodLabels[i];
    if (label !== undefined && !isOverBy(context, entity, label)) return true;
  }
  return false;
}

/** Whether a period named in [from, to) (not a base's or a year ago's) ends after `period` does. */
function endsBeforePeriodIn(context: Context, from: number, to: number, period: string, entity: string): boolean {
  const fiscalYearEnd = context.taxonomy.entities.get(entity)?.fiscalYearEnd;
  const own = context.readPeriod(period, fiscalYearEnd);
  if (!own.ok || own.period.end === undefined) return false;
  for (let i = firstFrom(context.periods, from); i < context.periods.length && context.periods[i]!.start < to; i++) {
    const label = context.periodLabels[i];
    if (label === undefined || context.periodComparison[i] || context.periodYearAgo[i]) continue;
    const other = context.readPeriod(label, fiscalYearEnd);
    if (other.ok && other.period.end !== undefined && other.period.end > own.period.end) return true;
  }
  return false;
}

/** The period a forecast made with this one is for: the next quarter (2025-Q1: 2025-Q2), or the next fiscal year after a last quarter or a year (2024-Q4, FY2024: FY2025). */
function periodAfter(period: string): string | undefined {
  const year = yearOfFiscalYearLabel(period);
  if (year !== undefined) return fiscalYearLabel(year + 1);
  const quarter = quarterOfLabel(period);
  if (quarter === undefined || quarter.quarter < 1 || quarter.quarter > 4) return undefined;
  return quarter.quarter === 4 ? fiscalYearLabel(quarter.year + 1) : quarterLabel(quarter.year, quarter.quarter + 1);
}

const nextQuarterLabel = (last: { year: number; quarter: number }): string => quarterLabelAfter(last.year, last.quarter, 1);

/** A clause-scope basis word (经调整, adjusted, 非GAAP) standing right before a metric's word (a few characters between at most), or right after it in the figure's clause. */
function adjectiveBasis(context: Context, metricMatch: TermMatch<Term>, clauseStart: number): TermMatch<Cue> | undefined {
  const cues = context.cueMatches;
  // The word may also be part of the metric's own alias ("经调整后的物业EBITDAR").
  for (let i = firstFrom(cues, metricMatch.end) - 1; i >= 0 && cues[i]!.end > metricMatch.start - ADJECTIVE_GAP - 8; i--) {
    const cue = cues[i]!;
    if (cue.end > metricMatch.end || !basisOf(cue, "clause")) continue;
    // (Nor across a sentence's or a line's end: "…in constant currency\n- Net profit:" is the list's next item.)
    if (metricMatch.start - cue.end > ADJECTIVE_GAP || /[，,；;。!?！？\n]|\.\s/.test(context.lower.slice(cue.end, metricMatch.start))) return undefined;
    return cue;
  }
  // ("EBIT excluding special items fell 6% to $212 million", "sales on an adjusted basis": an adjustment
  // written right after the metric's word qualifies it, as one written before it does, for the figures
  // of its clause: "归母净利润调整后为4.22亿元，调整前为3.98亿元" gives the next clause's its own word.)
  const after = cues[firstFrom(cues, metricMatch.end)];
  if (after !== undefined && after.start >= clauseStart && basisOf(after, "clause") && /^\s?$/.test(context.lower.slice(metricMatch.end, after.start))) return after;
  return undefined;
}
/** Characters between an adjustment word and the metric it qualifies ("经调整后的物业EBITDAR": 的物业). */
const ADJECTIVE_GAP = 6;

/**
 * Whether an estimate word introduces a figure before this one ("EPS of $2.38, against expectations
 * of $2.28; revenue rose to $7.17bn"): 市场预期为, "expectations of" name the figure right after them
 * and no other, so a later result in the sentence is not an estimate for it.
 */
function introducesAnother(context: Context, cue: TermMatch<Cue>, index: number): boolean {
  const next = firstFrom(context.figures, cue.end);
  // A count right after it is who expects, not what ("the expectation of twenty three analysts …
  // was for earnings of 43 cents").
  if (!(next < index && context.figures[next]!.start - cue.end <= INTRODUCES_WITHIN && context.figures[next]!.unitKind !== "count")) return false;
  // "分析师预期的1586亿美元和182亿美元": figures joined as one list after the word are all what it introduces.
  // ("cut its FY27 EPS estimate by 3% to ₹48.2": a move "by" one figure "to" the next is of one estimate, which the word introduces whole.)
  for (let i = next + 1; i <= index; i++) if (!LIST_JOINER.test(context.lower.slice(context.figures[i - 1]!.end, context.figures[i]!.start)) && !(MOVED_TO_BETWEEN.test(context.lower.slice(context.figures[i - 1]!.end, context.figures[i]!.start)) && /\bby\s$/.test(context.lower.slice(context.figures[i - 1]!.start - 3, context.figures[i - 1]!.start)))) return true;
  return false;
}
/** Between a move "by" a figure and the level it moved "to": " to ", " to $", " to ₹". */
const MOVED_TO_BETWEEN = /^\s(?:to|at)\s(?:[a-z]{0,3}[$€£¥₹]|rs\.?\s?)?$/;
/**
 * Whether an estimate word stands right after an earlier figure of the sentence, a word at most
 * between ("above the 81-cent consensus estimate, on revenue that rose 3.4%"): it is that figure's.
 */
function followsAnother(context: Context, cue: TermMatch<Cue>, index: number): boolean {
  const before = firstFrom(context.figures, cue.start) - 1;
  if (before < 0 || before >= index) return false;
  // ("$4.1 billion against expectations of $4.0 billion": a word that goes on to introduce this figure is this one's.)
  const next = firstFrom(context.figures, cue.end);
  if (next === index && context.figures[index]!.start - cue.end <= INTRODUCES_WITHIN) return false;
  // ("the $905 million analysts polled by LSEG had expected": who expected it may stand between, in a few words.)
  // (Or a few Chinese words: "高于市场此前22.5亿元左右的一致预期；扣非归母净利润23.60亿元" is the 22.5's expectation.)
  const between = context.lower.slice(context.figures[before]!.end, cue.start);
  return /^ (?:[a-z][a-z&'’-]* ){0,6}$/.test(between) || /^\s?[\u4e00-\u9fff]{0,6}$/u.test(between);
}

/** Characters between an estimate word and the figure it introduces (为, 是, of, " at ", a currency sign). */
const INTRODUCES_WITHIN = 6;

/** A word that judges a result against an estimate (the lexicons' comparison role beat: beat, topped, missed), then in its clause "by", a hedge and a currency sign right before the figure. */
const BEAT_BY_BEFORE = new RegExp(`${wordsPattern(placedWords("comparison", { roles: ["beat"] }), "both")}(?:[^.;!?。；]|\\.(?=\\d)){0,80}?\\sby\\s(?:${EN_HEDGE}\\s)?(?:[a-z]{0,2}[$€£¥₹]|us\\$)?$`);
/** A sentence opened by the company saying it (集团指，…; 公司表示…; 管理层称…): what follows is the company's word. */
/** One of the company's officers by role, perhaps with a Chinese name and a Latin one in brackets, right before a word of expectation: 财务总监瓦尔加（Hollis Varga）预期. */
const OFFICER_RIGHT_BEFORE = new RegExp(`(?:${OFFICER_WORD.source})(?:\\s?[\\u4e00-\\u9fff]{2,4})?(?:\\s?[(（][^)）]{1,30}[)）])?\\s?$`, "u");
const COMPANY_SAYS_OPENING = /^\s?(?:集团|公司|该公司|本公司|该集团|管理层|董事会)(?:指|表示|称|透露|强调|公告称|公告指)[，,：:\s]/u;
/** Whether a period read as a year before ("a year ago", 上年同期) stands right after a figure and closes its bracket: "23.1% a year ago)". */
function yearAgoClosesBracket(context: Context, figureEnd: number): boolean {
  const i = firstFrom(context.periods, figureEnd);
  const period = context.periods[i];
  return period !== undefined && context.periodYearAgo[i] === true && /^\s?$/.test(context.lower.slice(figureEnd, period.start)) && /^\s?[)）]/.test(context.lower.slice(period.end, period.end + 2));
}

/** The metric the figure right before the index-th was bound to, when it was bound (not left out). */
function metricOfFigureBefore(context: Context, index: number): MetricDefinition | undefined {
  const last = context.bound[context.bound.length - 1];
  return last && last.start === context.figures[index - 1]!.start ? context.taxonomy.metrics.get(last.fact.metric) : undefined;
}

/** The taxonomy's surprise metric (its `surprise`) whose units hold `unit`: in percent of the estimate, or per share. */
function surpriseMetric(taxonomy: Taxonomy, unit: "percent" | "currency"): MetricDefinition | undefined {
  for (const metric of taxonomy.metrics.values()) if (metric.surprise && metric.units.includes(unit)) return metric;
  return undefined;
}
/** After a figure: above or below an estimate ("4 cents above the average estimate", "2% ahead of the consensus", "a penny below what analysts expected"). */
const SURPRISE_AFTER = /^\s(?:above|ahead\sof|better\sthan|below|shy\sof|short\sof|under|worse\sthan)\s(?:the\s|what\s)?(?:[\w$.'’-]+\s){0,3}?(?:estimates?|consensus|expectations?|forecasts?|analysts(?:'|’)?\s(?:expected|estimates?|forecasts?|had\sexpected))\b/;
/** Right after a surprise's figure: below what it is set against ("2 cents shy of the consensus"). */
const SHORT_AFTER = /^\s(?:below|shy\sof|short\sof|under|worse\sthan)\s/;
/** Words of a result that fell short of its estimate (its surprise is negative). */
const MISSED_BEFORE = /\b(?:miss(?:ed|es|ing)?|trail(?:ed|s|ing)?|lagg(?:ed|ing)|short\sof|below|under)\b(?:[^.;!?]|\.(?=\d)){0,80}?\sby\s[^.;!?]{0,20}$/;

function isPlanned(context: Context, basis: Basis, period: string, entity: string, c0: number, s0: number, figureStart: number): boolean {
  // A figure for a period that has not ended by the article's date cannot be reported: what the
  // company "will" do (将, will) in it is its plan.
  // The same goes for what a company expects it will spend (预计…将在资本支出方面追加投入…): what it will
  // invest is its plan, as 将投入 is, even with words between.
  const planned = basis === "reported" || (basis === "guidance" && willSpend(context.lower, c0, figureStart));
  if (planned && context.periodContext.date && period !== "none" && saysFuture(context.lower, s0, figureStart)) {
    const parsed = context.readPeriod(period, context.taxonomy.entities.get(entity)?.fiscalYearEnd);
    if (parsed.ok && parsed.period.end !== undefined && parsed.period.end > context.periodContext.date) return true;
  }
  return false;
}

/** The figure's value and high end, negative for a loss or a fall. */
function signedValue(context: Context, place: Place, cues: ClauseCues, metric: MetricDefinition, metricMatch: TermMatch<Term> | undefined, measure: Measure): { value: string; valueHigh: string | undefined } {
  const { figure, change, decline, loss } = cues;
  // Sign: a loss, or a fall for a change.
  let value = figure.value;
  const metricTerm = metricMatch ? firstOf(metricMatch, "metric") : undefined;
  // ("Loan-loss provisions were DKK 112 million": a loss word inside the metric's own name makes no loss.)
  const lossInName = cues.lossMatch !== undefined && metricMatch !== undefined && cues.lossMatch.start >= metricMatch.start && cues.lossMatch.end <= metricMatch.end && !(metricTerm?.loss ?? false);
  const isLoss = (metricTerm?.loss ?? false) || (loss && !lossInName);
  // A percent level written right after a fall word (功耗降低了40%, 价格低14%, "40% lower") is a negative difference;
  // after 降至 / fell to it is the new level.
  // (Not for a metric that is itself the change, a cut or a saving: 削减20%高管职位 cuts 20%, a positive cut.)
  const fallBefore = measure === "level" && figure.unitKind === "percent" && metric.kind === "ratio" && !metric.change && !metric.units.includes("currency") && fallRightBefore(context.lower, change, decline, figure.start);
  // "a 3.9% drop in its stock": English may name the fall after the figure.
  // ("30 basis points lower than a year ago": so may a change in points, by a comparative after it.)
  // ("14% fewer than a year earlier": a percent change too.)
  const after = context.lower.slice(figure.end, figure.end + 16);
  const fallAfter = !decline && ((figure.unitKind === "percent" && FALL_AFTER.test(after)) || ((figure.unitKind === "percent" || figure.unitKind === "pp" || figure.unitKind === "bp") && CHANGE_MEASURES.has(measure) && LOWER_AFTER.test(after)));
  // "The combined ratio improved 3.8 points": for a metric that is better lower, getting better is falling.
  // ("…, an improvement of 4.3 percentage points": so is the noun right before a change's figure.)
  const improved = metric.lowerIsBetter && ((change !== undefined && IMPROVEMENT.test(context.lower.slice(change.start, change.end))) || (CHANGE_MEASURES.has(measure) && IMPROVEMENT_RIGHT_BEFORE.test(context.lower.slice(Math.max(place.c0, figure.start - 32), figure.start))));
  // ("a 0.4% dip from September but 22.6% above October 2024": a percent right before "above" or
  // "higher than" its base rose, whatever fall the clause told before it.)
  const riseAfter = figure.unitKind === "percent" && RISE_AFTER.test(context.lower.slice(figure.end, figure.end + 16));
  // ("down from 38% growth", 由去年的52%降至: a figure right after "down from" is the base the fall
  // started from, as written.)
  const baseOfFall = change !== undefined && /^\s(?:from)\s(?:the\s|a\s|an\s)?$/.test(context.lower.slice(change.end, figure.start));
  const falls = (decline && !riseAfter && !baseOfFall) || fallAfter || improved;
  // ("missed by 4 cents": a surprise below the estimate is negative.)
  const missed = metric.surprise && (MISSED_BEFORE.test(context.lower.slice(place.c0, figure.start)) || SHORT_AFTER.test(context.lower.slice(figure.end, figure.end + 16)));
  // ("from a $20.1 million loss a year ago", 录得3亿元的亏损: a profit's amount with its loss word right after it.)
  const lossAfter = measure === "level" && figure.unitKind === "currency" && metric.kind === "amount" && PROFIT_WORD.test(metric.name.toLowerCase()) && LOSS_AFTER.test(context.lower.slice(figure.end, figure.end + 24));
  const negative = missed || (measure === "level" && (isLoss || lossAfter || fallBefore || (signedByFall(metric) && falls) || carriesLoss(context, place, metric))) || (CHANGE_MEASURES.has(measure) && falls);
  let valueHigh = figure.valueHigh;
  if (negative && !value.startsWith("-")) {
    // A fall of 20% to 40% runs from -40 to -20: the ends swap as they turn negative.
    // (Flat to down 3% runs from -3 to 0.)
    if (valueHigh !== undefined && !valueHigh.startsWith("-")) [value, valueHigh] = [`-${valueHigh}`, value === "0" ? "0" : `-${value}`];
    else value = `-${value}`;
  }
  return { value, valueHigh };
}


/** Right after a percent: a word that sets it above its base ("above", "higher than", "ahead of"). */
const RISE_AFTER = /^\s(?:above|higher\sthan|more\sthan|ahead\sof|up\s(?:from|on|over))\b/;

/** Between a ratio's word and its percent: "of", "at", "was" (a hedge at most). */
const RATIO_OF_BETWEEN = /^\s(?:of|at|was|stood\sat)\s(?:about\s|around\s|some\s|nearly\s)?$/;
/** "of", then at most an article, a possessive or "group", right after a percent: "of the group's", "of its". */
const PERCENT_OF = /^\s?of\s(?:(?:the|its|their|group|group['’]s|company['’]s|quarterly|annual|overall)\s)*/;

/**
 * "30%的市场份额", "a 30% share", "a 9% CAGR", "rose 5% sequentially": a share, CAGR or period-on-
 * period word right after a percent names its measure. So does an amount's or a count's word after 的
 * ("60%的收入", "三分之一的销量"): a percent of revenue is a share of it.
 */
function measureRightAfter(context: Context, place: Place): Measure | undefined {
  const { figure, nextStart } = place;
  const { terms, taxonomy, cursors } = context;
  const lower = context.lower;
  let measureCue: Measure | undefined;
  {
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
      // Points and basis points are a change already ("4 basis points from the previous half"): only its base is read.
      if (measure && (measure.id === "qoq" || measure.id === "yoy" || (figure.unitKind === "percent" && (measure.id === "share" || measure.id === "cagr")))) measureCue = measure.id;
      else if (figure.unitKind === "percent" && units && !units.includes("percent") && !units.includes("multiple")) measureCue = "share";
    }
  }
  // "91% of revenue", "about 16% of the group total": a percent of an amount, a count or the whole is a
  // share of it (a ratio named for the figure stays a level: see measureFor).
  if (measureCue === undefined && figure.unitKind === "percent") {
    const of = PERCENT_OF.exec(lower.slice(figure.end, figure.end + 40));
    const next = of ? terms[seek(cursors.termsAfter, figure.end)] : undefined;
    if (of && next && next.start === figure.end + of[0].length && next.start < nextStart) {
      const metric = firstOf(next, "metric");
      const units = metric ? taxonomy.metrics.get(metric.id)?.units : undefined;
      if (next.entries.some((entry) => entry.kind === "whole") || (units && !units.includes("percent") && !units.includes("multiple"))) measureCue = "share";
    }
  }
  return measureCue;
}
