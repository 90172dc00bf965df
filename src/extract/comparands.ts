// A refiner run after every figure is bound: the figure a result is compared with ("rose to $5.2bn
// from $4.8bn", 由3000亿增至3700亿, "compared to $2.04bn for the same period last year") is the
// same figure for an earlier period, not a second value for the result's own period, and on the
// result's basis (adjusted against adjusted).
import { PeriodDays } from "../periods/period-days.js";
import { fiscalYearLabel, shiftLabel } from "../periods/period.js";
import type { Context } from "./context.js";
import { placedWords } from "./cues.js";
import type { ProposedFact } from "./proposed-fact.js";
import { CONVERSION_GAP, type Figure } from "./figures.js";
import { lastStartAtOrBefore } from "../model/lines.js";
import { firstFrom } from "./text-structure.js";
import { wordsPattern } from "./word-patterns.js";

/** A bound figure: its fact and where the figure stands. */
export interface BoundFigure {
  fact: ProposedFact;
  figure: Figure;
}

/**
 * Words right before a figure that make it the base a result is set against (from, compared with, 较),
 * then at most the metric's words ending in "of" ("compared with net income of"), an article and a
 * currency sign. Not "than", "above", "over": right before a figure
 * they are hedges ("more than $5bn").
 */
const BASE_BEFORE = new RegExp(`${wordsPattern(placedWords("comparison", { roles: ["base", "against", "short"] }), "start")}\\s?(?:(?:a\\s|an\\s|the\\s)?(?:[a-z][a-z'-]*\\s){1,3}of\\s)?(?:the\\s|a\\s)?(?:[$¥€£]|us\\$|hk\\$|rs\\.?\\s?|₹)?$`);
/** Words right before a figure that open a change's base, when its result follows after 至 / to: 由3000亿增至3700亿, "rose from $3.1 billion to $3.4 billion". */
const BASE_OPENS = /(?:由|从|\bfrom)\s?(?:[$¥€£₹]|us\$|hk\$|a\$|s\$|c\$|nt\$)?$/;
/** Words between a base opened by 由 / 从 and the result: 增至, 降至, 上调至, to. */
const RESULT_AFTER_BASE = /(?:至|到|\bto)\s?(?:[$¥€£]|us\$|hk\$)?$/;
/** Words in the clause that make the base a figure of another kind of period: a quarter before, or an earlier forecast. */
const NOT_A_YEAR_AGO = /sequential|previous\squarter|prior\squarter|last\squarter|quarter-on-quarter|环比|上季|上一季|前一季|forecast|previous|prior\sestimate|预测|预期|预计|此前|原先|原本|先前|指引|目标/;

/**
 * Sets the period of each base a reported result is compared with: the result's period a year back,
 * as results news means when it names no other ("net profit fell to ¥805bn from ¥870bn"). A base whose
 * own period the text states is left as bound; so is one set against a forecast (the earlier forecast
 * is for the same period), a quarter-on-quarter one, a rate, and what is not a flow over a period (a
 * balance "rose to X from Y" may be set against the last year-end or the last quarter's).
 */
export function takeComparandPeriods(context: Context, bound: readonly BoundFigure[]): void {
  const { lower } = context;
  // (Past an estimate set beside the adjusted figure: "adjusted EPS of $1.12, ahead of the $1.03
  // consensus and up from 94 cents a year ago" sets the 94 cents against the $1.12.)
  for (let k = 1; k < bound.length; k++) {
    let j = k - 1;
    while (j > 0 && bound[j]!.fact.basis === "estimate" && bound[k]!.fact.basis === "reported") j--;
    takeComparedBasis(context, bound[j]!, bound[k]!);
  }
  for (let k = 1; k < bound.length; k++) {
    takeBracketedBase(context, bound[k - 1]!, bound[k]!);
    if (k >= 2) takeComparativeAfterChange(context, bound[k - 2]!, bound[k - 1]!, bound[k]!);
  }
  for (let k = 1; k < bound.length; k++) takeForecastsPeriod(context, bound[k - 1]!, bound[k]!);
  for (let k = 1; k < bound.length; k++) takePercentBase(context, bound[k - 1]!, bound[k]!);
  for (let k = 1; k < bound.length; k++) takePercentResult(context, bound[k - 1]!, bound[k]!);
  for (let k = 1; k < bound.length; k++) {
    const current = bound[k]!;
    const previous = bound[k - 1]!;
    // "…, up from $350 million", "compared with 3.5 trillion yen": the base follows its result, perhaps
    // with the result's restatement between ("$412 million, or $1.87 a share, up from $350 million").
    if (BASE_BEFORE.test(lower.slice(previous.figure.end, current.figure.start))) {
      const result = resultBefore(context, bound, k);
      if (result && monthsAgoBase(context, result, current)) continue;
      if (result && yearAgoBase(context, result, current)) takeRestatement(context, bound, k, result.fact.period);
      else if (result) takeRestatementsPeriod(context, bound, k, result.fact.period);
    } else if (sameFigure(previous.fact, current.fact) && sameSentence(context, previous.figure.start, current.figure.end) && RESULT_AFTER_BASE.test(lower.slice(previous.figure.end, current.figure.start)) && BASE_OPENS.test(lower.slice(Math.max(0, previous.figure.start - 10), previous.figure.start))) {
      // 由3000亿增至3700亿, "rose from $3.1 billion to $3.4 billion": the base comes first.
      yearAgoBase(context, current, previous);
    }
  }
}

/**
 * "Online orders made up 13.5% of sales, compared with 11.8% a year earlier", "revenue rose 5%,
 * compared with 3% a year earlier": a percent set right after a percent result, by a comparison's word,
 * is the same figure at another time: the result's measure, part and what it is a share of, and (when
 * the words after it say a year earlier) the result's period a year back. A base read as a change of
 * its own was read as the result's period's change.
 */
function takePercentBase(context: Context, result: BoundFigure, base: BoundFigure): void {
  const a = result.fact;
  const b = base.fact;
  if (a.unit !== "percent" || b.unit !== "percent" || a.entity !== b.entity || a.basis !== b.basis) return;
  if (a.metric !== b.metric && a.measure !== "share") return;
  if (!sameSentence(context, result.figure.start, base.figure.end)) return;
  const between = context.lower.slice(result.figure.end, base.figure.start);
  if (!(BASE_BEFORE.test(between) || (BRACKET_BEFORE_BASE.test(between) && yearAgoInBracketAfter(context, base.figure.end))) || !/^[^.;。；]*$/.test(between)) return;
  b.metric = a.metric;
  b.measure = a.measure;
  b.segment = a.segment;
  if (a.of !== undefined) b.of = a.of;
  else delete b.of;
  // The year-ago words right after the base ("a year earlier", 去年同期) move it a year back.
  const after = periodIn(context, base.figure.end, Math.min(nextClauseStart(context, base.figure.end), base.figure.end + 40));
  if (after >= 0 && context.periodYearAgo[after] && b.period === a.period) {
    const yearAgo = shiftLabel(a.period, -1);
    if (yearAgo !== undefined) b.period = yearAgo;
  }
}

/** Between a percent and another in brackets after it: at most "of" and the whole's words, then the bracket ("67% of revenue (61% a year ago)"). */
const BRACKET_BEFORE_BASE = /^\s?(?:of\s(?:[a-z][a-z'-]*\s){1,3})?[(（]\s?$/;

/** Whether words of a year before stand right after `end` and close a bracket: "61% a year ago)", "28%去年同期）". */
function yearAgoInBracketAfter(context: Context, end: number): boolean {
  const i = periodIn(context, end, end + 24);
  if (i < 0 || !context.periodYearAgo[i]) return false;
  const period = context.periods[i]!;
  return /^\s?$/.test(context.lower.slice(end, period.start)) && /^\s?[)）]/.test(context.lower.slice(period.end, period.end + 2));
}

/**
 * "营收占比已由去年同期的不到20%，拉升至约35%", 毛利率由去年的52%降至47%: a percent after 至 / 到 whose
 * sentence opened its base with 由 / 从 is the same figure as the base, now: the base's metric, measure,
 * part and what it is a share of (a change word before it, 拉升, says it moved, not that it is a change).
 */
function takePercentResult(context: Context, base: BoundFigure, result: BoundFigure): void {
  const a = base.fact;
  const b = result.fact;
  if (a.unit !== "percent" || b.unit !== "percent" || a.entity !== b.entity || a.measure !== "share" || b.measure === "share") return;
  if (!sameSentence(context, base.figure.start, result.figure.end)) return;
  const { lower } = context;
  const opening = lower.slice(Math.max(0, base.figure.start - 24), base.figure.start);
  if (!/(?:由|从)[^，,。；;]{0,20}$/.test(opening) || !RESULT_AFTER_BASE.test(lower.slice(base.figure.end, result.figure.start).replace(/[约約]$/, ""))) return;
  b.metric = a.metric;
  b.measure = a.measure;
  b.segment = a.segment;
  if (a.of !== undefined) b.of = a.of;
  else delete b.of;
}

/** The nearest figure before the k-th in its sentence of the same key: the result the k-th is set against. */
function resultBefore(context: Context, bound: readonly BoundFigure[], k: number): BoundFigure | undefined {
  const base = bound[k]!;
  for (let j = k - 1; j >= 0 && sameSentence(context, bound[j]!.figure.start, base.figure.end); j--) {
    if (sameFigure(bound[j]!.fact, base.fact)) return bound[j];
  }
  return undefined;
}

/** "$350 million, or $1.55 a share": the figure that restates the base right after it has the base's period too. */
const RESTATES = /^\s*[,，]?\s*(?:or|即|合)\s*(?:[$¥€£]|us\$)?$/;

/**
 * "compared with $198.0 million or $2.79 per share in fiscal 2024": a base left on its result's period,
 * whose restatement right after it took the year before from the words after it, is of that year too.
 */
function takeRestatementsPeriod(context: Context, bound: readonly BoundFigure[], k: number, resultPeriod: string): void {
  const base = bound[k]!;
  const next = bound[k + 1];
  if (!next || base.fact.period !== resultPeriod || next.fact.entity !== base.fact.entity || next.fact.period !== shiftLabel(resultPeriod, -1)) return;
  if (RESTATES.test(context.lower.slice(base.figure.end, next.figure.start))) base.fact.period = next.fact.period;
}

function takeRestatement(context: Context, bound: readonly BoundFigure[], k: number, resultPeriod: string): void {
  const base = bound[k]!;
  const next = bound[k + 1];
  if (next && next.fact.period === resultPeriod && next.fact.entity === base.fact.entity && RESTATES.test(context.lower.slice(base.figure.end, next.figure.start))) next.fact.period = base.fact.period;
}

/** Right after a base: how many months before ("six months earlier", "three months ago", "a quarter before"). */
const MONTHS_AGO_AFTER = /^\s(?:(three|six|nine|3|6|9)\smonths|(a|one|two)\squarters?)\s(?:earlier|ago|before)\b/;
const MONTHS: Readonly<Record<string, number>> = { three: 3, six: 6, nine: 9, "3": 3, "6": 6, "9": 9 };

/**
 * "Gearing rose to 41.2%, up from 37.6% six months earlier", "occupancy of 95.1%, from 93.1 per cent
 * three months earlier": a base the words after it date some months back is the result's period that
 * many months earlier (a balance at that day; a flow over the same stretch then). Whether it did.
 */
function monthsAgoBase(context: Context, result: BoundFigure, base: BoundFigure): boolean {
  const said = MONTHS_AGO_AFTER.exec(context.lower.slice(base.figure.end, base.figure.end + 32));
  if (!said || result.fact.period === "none" || result.fact.metric !== base.fact.metric) return false;
  const months = said[1] !== undefined ? MONTHS[said[1]]! : (said[2] === "two" ? 6 : 3);
  const parsed = context.readPeriod(result.fact.period, context.taxonomy.entities.get(result.fact.entity)?.fiscalYearEnd);
  const shifted = parsed.ok ? PeriodDays.fromKey(parsed.period.key)?.shiftMonths(-months) : undefined;
  if (shifted === undefined) return false;
  base.fact.period = shifted.key;
  base.fact.measure = result.fact.measure;
  return true;
}

/**
 * Gives the base the result's period a year back, when nothing says otherwise (see takeComparandPeriods);
 * whether it did.
 */
function yearAgoBase(context: Context, result: BoundFigure, base: BoundFigure): boolean {
  const { lower, periods } = context;
  // (A result and its base on one basis: reported, or adjusted against adjusted. A forecast's base only
  // when the words right after it say a year earlier: "19p to 21p for the year to June 2026, compared
  // with 18.2p last year" is last year's result.)
  // (The base of a forecast may have been bound on the forecast's words, "expects $150 million this
  // year, down from $171 million last year": a year before, it is a result all the same; see below.)
  const forecast = result.fact.basis === "guidance" || result.fact.basis === "plan";
  if (forecast ? base.fact.basis === "estimate" || base.fact.basis === "non_gaap" || base.fact.basis === "ex_fx" : (result.fact.basis !== "reported" && result.fact.basis !== "non_gaap") || base.fact.basis !== result.fact.basis) return false;
  const metric = context.taxonomy.metrics.get(result.fact.metric);
  // (A result's own ratio, a margin or a load factor, "improved to 38.9% from 38.2%", is set against a
  // year ago as an amount is; a rate someone sets, a commission rate "cut from 17% to 5%", is not.)
  const resultRate = metric !== undefined && metric.kind === "ratio" && !metric.term && !metric.change && result.fact.unit === "percent" && result.fact.measure === "level";
  if (metric?.timing !== "flow" || (RATIO_UNITS.has(result.fact.unit) && !resultRate) || result.fact.period.startsWith("@") || result.fact.period === "none") return false;
  // ("2022—2025年，归母净利润从2.36亿元增长到6.18亿元", "From 2021 to 2024, profit rose from $1.2bn to
  // $2.9bn": over a span of years, the base is the first year's level and the result the last's.)
  const span = YEAR_SPAN.exec(result.fact.period);
  if (span && result.fact.measure === "level") {
    base.fact.period = fiscalYearLabel(Number(span[1]));
    result.fact.period = fiscalYearLabel(Number(span[2]));
    return true;
  }
  const [first, second] = result.figure.start < base.figure.start ? [result, base] : [base, result];
  // A period named between the two figures, or right behind the base, is the base's own: it was bound with it.
  const clauseEnd = nextClauseStart(context, base.figure.end);
  // (When the base comes second, right after its word, a period between is the result's: "rose to $88
  // million in the quarter ended Sept. 27, from $71 million".)
  const periodBetween = base === first ? periodIn(context, first.figure.end, second.figure.start) : -1;
  const periodAfterBase = base === second ? periodIn(context, base.figure.end, Math.min(clauseEnd, base.figure.end + 40)) : -1;
  if (periodBetween >= 0) return false;
  // ("…to 5.4p from 5.1p last year": last year right after a base is the year-ago period too.)
  const after = periodAfterBase >= 0 ? periods[periodAfterBase]! : undefined;
  // ("against $1.9 billion in the previous year", "compared with $190 million the year before": words
  // of the year before, which name no period of their own, say so too.)
  const yearAgoAfter = (after !== undefined && context.periodYearAgo[periodAfterBase]!) || (base === second && YEAR_BEFORE_AFTER.test(lower.slice(base.figure.end, base.figure.end + 40)));
  if ((periodAfterBase >= 0 || forecast) && !yearAgoAfter) return false;
  if (!yearAgoAfter && NOT_A_YEAR_AGO.test(lower.slice(clauseStart(context, first.figure.start), clauseEnd))) return false;
  // ("92 cents vs. 84 cents expected": the analysts' words, the lexicons' estimate cues, in the clause
  // make the base their expectation, not a year-ago result.)
  if (!yearAgoAfter && saysEstimate(context, clauseStart(context, first.figure.start), clauseEnd)) return false;
  const yearAgo = shiftLabel(result.fact.period, -1);
  if (yearAgo === undefined) return false;
  base.fact.period = yearAgo;
  // (A forecast's base a year back is a result, whatever the forecast's words bound it as.)
  if (forecast) base.fact.basis = "reported";
  return true;
}

/** Right after a base: the year before, in words that name no period ("in the previous year", "the prior financial year", "the year before"). */
const YEAR_BEFORE_AFTER = /^\s?(?:(?:in|for)\s)?the\s(?:(?:previous|prior|preceding)\s(?:fiscal\s|financial\s)?year|year\sbefore)\b/;
/** A span of whole years: FY2022..FY2025. */
const YEAR_SPAN = /^FY(\d{4})\.\.FY(\d{4})$/;

/**
 * A bracket opened by a period and a colon right after a figure, "(2024: £3.9bn)", "(FY24: 9.5%)",
 * "（2024年：0.70港元）", "(H1 2024: £1.2bn)": what the figure was in that period, written the way
 * British and Hong Kong results statements set each figure beside last year's.
 */
const BRACKET_OPENS = /^[*_]{0,2}\s?[(（]\s?$/;
/** A few words of the figure's own (its unit, its period: " per share for 2025"), with no stop, then the bracket. */
const OWN_WORDS_THEN_BRACKET = /^\s[a-z][^(（)）,，;；.。\d]{0,16}(?:\s20\d{2})?\s?[(（]\s?$/;
const BRACKET_PERIOD_ENDS = /^\s?(?:年度?|财年|財年)?\s?[:：]\s?(?:[$¥€£]|[a-z]{1,2}\$|rs\.?\s?|₹|[a-z]{3}\s)?$/;

/**
 * The figure in such a bracket is the figure before it at another time: its metric, measure, part and
 * basis, for the bracket's period; a bare year ("(2024: …)", last year's) is the same stretch of that
 * year as the figure's own (a half against the half a year before).
 */
function takeBracketedBase(context: Context, result: BoundFigure, base: BoundFigure): void {
  const a = result.fact;
  const b = base.fact;
  if (a.entity !== b.entity) return;
  const { lower } = context;
  let i = periodIn(context, result.figure.end, base.figure.start);
  if (i < 0) {
    takeComparativeInBrackets(context, result, base);
    return;
  }
  // ("a dividend of NOK 4.00 per share for 2025 (2024: NOK 5.50)": the bracket's period is the last one
  // before its figure; the figure's own words and period may stand before the bracket.)
  while (i + 1 < context.periods.length && context.periods[i + 1]!.start < base.figure.start) i++;
  const period = context.periods[i]!;
  // (After the figure's own words, only a figure of its kind: "$1.12 per diluted share (Q4 2024: $51.9
  // million, …)" sets the bracket's amount against the amount before.)
  if (!BRACKET_OPENS.test(lower.slice(result.figure.end, period.start)) && !(OWN_WORDS_THEN_BRACKET.test(lower.slice(result.figure.end, period.start)) && result.figure.scale === base.figure.scale)) return;
  if (!BRACKET_PERIOD_ENDS.test(lower.slice(period.end, base.figure.start))) return;
  if (a.unit !== b.unit && (RATIO_UNITS.has(a.unit) || RATIO_UNITS.has(b.unit))) return;
  const cue = period.cue;
  const label = context.periodLabels[i];
  // How many years back the bracket's base stands from the result, on the result's own label:
  // ("(a year earlier: $111.4 million)", "(pcp: …)": a year-ago word with no year of its own, one.)
  // ("Revenue was $684.2 million for the six months to December 31 (2024: $637.7 million)" of a year
  // ending in June: a year written out is a calendar year, set against the calendar year the result's
  // own stretch ended in, 2025, not its fiscal label's, 2026-Q1..2026-Q2.)
  // (A year against a result for a year is that year, as labelled; against a shorter stretch, the same stretch of it.)
  const labelYear = Number(/\d{4}/.exec(a.period)?.[0]);
  const written = cue.kind === "same_period_last_year" || cue.kind === "year" ? cue.year : undefined;
  const read = written !== undefined && !/^FY\d{4}$/.test(a.period) ? context.readPeriod(a.period, context.taxonomy.entities.get(a.entity)?.fiscalYearEnd) : undefined;
  const endYear = read?.ok && read.period.end !== undefined ? Number(read.period.end.slice(0, 4)) : labelYear;
  const back = written !== undefined ? written - endYear : cue.kind === "same_period_last_year" ? -1 : cue.kind === "year" && label !== undefined ? Number(/\d{4}/.exec(label)?.[0]) - labelYear : undefined;
  let period_ = back !== undefined && Number.isFinite(back) && !(/^FY\d{4}$/.test(a.period) && label !== undefined && /^FY\d{4}$/.test(label)) ? shiftLabel(a.period, back) : label;
  // ("Revenue rose 6.1% to £412.6m (H1 2024: £388.9m)" of a year ending in March: the bracket names the
  // same half a year back by the calendar year it fell in, where the company's own label is a year on;
  // the half or quarter of the result's own number, one or two years back as labelled, is the one a year before.)
  // (A half may be written as its two quarters, 2026-Q1..2026-Q2.)
  const stretch = /^(\d{4})-([HQ]\d)$/.exec(a.period.replace(/^(\d{4})-Q1\.\.\1-Q2$/, "$1-H1").replace(/^(\d{4})-Q3\.\.\1-Q4$/, "$1-H2"));
  const bracketed = label !== undefined ? /^(\d{4})-([HQ]\d)$/.exec(label) : null;
  if (stretch && bracketed && stretch[2] === bracketed[2] && (cue.kind === "half" || cue.kind === "quarter") && [1, 2].includes(Number(stretch[1]) - Number(bracketed[1]))) period_ = shiftLabel(a.period, -1);
  if (period_ === undefined) return;
  b.metric = a.metric;
  b.measure = a.measure;
  b.segment = a.segment;
  b.basis = a.basis;
  if (a.of !== undefined) b.of = a.of;
  else delete b.of;
  b.period = period_;
}

/**
 * Between a figure and a comparative in brackets with no period: "per share", a word or two of what
 * it is (", fully franked"), the bracket, a currency sign or a rate's sign ("+3.1% (+1.8%)").
 */
const COMPARATIVE_OPENS = /^(?:\s(?:per|a)\s(?:share|unit))?(?:,\s[a-z]+(?:[\s-][a-z]+)?)?\s?[(（]\s?(?:[$€£¥]|[a-z]{1,2}\$|[a-z]{3}\s|[+\-−])?$/;

/**
 * "Revenue £1.42bn (£1.37bn)", "margin 11.1pc (10.4pc)", "16.3 percent (15.8)": a figure alone in
 * brackets right after a figure of the same unit, as British and Nordic results write last year's
 * figure beside this year's, is the figure a year back (a conversion is in another currency, and a
 * change in brackets, "(+21% YoY)", has words after it).
 */
function takeComparativeInBrackets(context: Context, result: BoundFigure, base: BoundFigure): void {
  const a = result.fact;
  const b = base.fact;
  if (a.unit !== b.unit || (a.valueHigh === undefined) !== (b.valueHigh === undefined)) return;
  if (!COMPARATIVE_OPENS.test(context.lower.slice(result.figure.end, base.figure.start)) || !/^\s?[)）]/.test(context.lower.slice(base.figure.end, base.figure.end + 2))) return;
  takeYearAgoComparative(a, b);
}

/** The comparative `b` is the figure `a` a year back: its metric, measure, part and basis (a balance at the day a year before). */
function takeYearAgoComparative(a: ProposedFact, b: ProposedFact): void {
  const yearAgo = a.period === "none" ? undefined : shiftLabel(a.period, -1);
  if (yearAgo === undefined) return;
  b.metric = a.metric;
  b.measure = a.measure;
  b.segment = a.segment;
  b.basis = a.basis;
  if (a.of !== undefined) b.of = a.of;
  else delete b.of;
  b.period = yearAgo;
}

/**
 * "Revenue: A$4.86 billion, up 5.1% (A$4.62 billion)": a comparative in brackets right after a level's
 * change, in the level's unit, is the level's a year back (the change stands between them).
 */
function takeComparativeAfterChange(context: Context, level: BoundFigure, change: BoundFigure, base: BoundFigure): void {
  const a = level.fact;
  const c = change.fact;
  if (a.measure !== "level" || c.measure === "level" || c.metric !== a.metric || c.entity !== a.entity || base.fact.unit !== a.unit || c.unit === a.unit) return;
  if (!/^,?\s(?:up|down|rising|falling|an?\s(?:increase|decrease|rise|fall|drop)\sof)\s$/.test(context.lower.slice(level.figure.end, change.figure.start))) return;
  if (!COMPARATIVE_OPENS.test(context.lower.slice(change.figure.end, base.figure.start)) || !/^\s?[)）]/.test(context.lower.slice(base.figure.end, base.figure.end + 2))) return;
  takeYearAgoComparative(a, base.fact);
}

/**
 * "It expects adjusted profit of 96 cents to 98 cents per share, against expectations of 93 cents",
 * "guidance of $1.2 billion versus the $1.25 billion analysts expected": the analysts' figure a
 * company's forecast is set against, in its sentence, is for the forecast's period.
 */
function takeForecastsPeriod(context: Context, forecast: BoundFigure, estimate: BoundFigure): void {
  const a = forecast.fact;
  const b = estimate.fact;
  if ((a.basis !== "guidance" && a.basis !== "plan") || b.basis !== "estimate" || a.entity !== b.entity || a.metric !== b.metric || a.measure !== b.measure || a.period === b.period) return;
  if (!sameSentence(context, forecast.figure.start, estimate.figure.end) || !COMPARED.test(context.lower.slice(forecast.figure.end, estimate.figure.start))) return;
  // (Unless the estimate's own period is named right after it.)
  if (periodIn(context, estimate.figure.end, Math.min(nextClauseStart(context, estimate.figure.end), estimate.figure.end + 40)) >= 0) return;
  b.period = a.period;
}

/**
 * A rate set against another: a rate someone sets ("佣金率从17%调至5%", a price gap "from 40% to 27%":
 * the taxonomy's `term`) moves as a change of terms; of the others, only a ratio's level is read as a
 * result against a year ago, as amounts and counts are.
 */
const RATIO_UNITS: ReadonlySet<string> = new Set(["percent", "pp", "bp", "multiple"]);

/** A word that sets what follows against what came before: than, compared with, 而, 较. */
const COMPARED = new RegExp(wordsPattern(placedWords("comparison", { roles: ["base", "than", "against", "above_below", "contrast", "short"] }), "both"));
/** Words that give the later figure a basis of its own (GAAP EPS beside an adjusted one). */
const OWN_BASIS = /gaap|unadjusted|reported\sbasis|statutory|未经调整|公认会计准则/;

/**
 * A figure set against an adjusted or ex-FX one of the same metric ("adjusted EPS of 39 cents, higher
 * than a year earlier, when it reported EPS of 34 cents"; 经调整EBITDAR为X，而2023年第四季则为Y) is meant
 * on the same basis unless its own words give it another.
 */
function takeComparedBasis(context: Context, first: BoundFigure, second: BoundFigure): void {
  const a = first.fact;
  const b = second.fact;
  if (b.basis !== "reported" || (a.basis !== "non_gaap" && a.basis !== "ex_fx")) return;
  const between = context.lower.slice(first.figure.end, second.figure.start);
  // ("经调整后为8.51元（约合1.20美元）": a conversion in brackets is the same figure, in another currency.)
  const conversion = CONVERSION_GAP.test(between);
  if (a.entity !== b.entity || a.segment !== b.segment || a.metric !== b.metric || a.measure !== b.measure || (a.unit !== b.unit && !conversion)) return;
  if (!sameSentence(context, first.figure.start, second.figure.end)) return;
  // ("扣非归母净利润为2.41亿元，上年同期为盈利1.87亿元": so is the year-ago figure in the clause after it.)
  if (conversion || ((COMPARED.test(between) || yearAgoBetween(context, first.figure.end, second.figure.start)) && !OWN_BASIS.test(between))) b.basis = a.basis;
}

/** Whether a period read as a year before (上年同期, "a year earlier") stands in [from, to). */
function yearAgoBetween(context: Context, from: number, to: number): boolean {
  for (let i = firstFrom(context.periods, from); i < context.periods.length && context.periods[i]!.start < to; i++) if (context.periodYearAgo[i]) return true;
  return false;
}

function sameFigure(a: ProposedFact, b: ProposedFact): boolean {
  return a.period === b.period && a.entity === b.entity && a.segment === b.segment && a.metric === b.metric && a.measure === "level" && b.measure === "level" && a.unit === b.unit;
}

/** The first period match that starts in [from, to), or -1. */
function periodIn(context: Context, from: number, to: number): number {
  const i = firstFrom(context.periods, from);
  return i < context.periods.length && context.periods[i]!.start < to ? i : -1;
}

function sameSentence(context: Context, from: number, to: number): boolean {
  const sentences = context.sentences;
  const next = lastStartAtOrBefore(sentences, from) + 1;
  return next >= sentences.length || sentences[next]! >= to;
}

/** Whether an estimate's word (the lexicons' basis cues for estimates) stands in [from, to). */
function saysEstimate(context: Context, from: number, to: number): boolean {
  const { cueMatches } = context;
  for (let i = firstFrom(cueMatches, from); i < cueMatches.length && cueMatches[i]!.start < to; i++) {
    if (cueMatches[i]!.entries.some((cue) => cue.kind === "basis" && cue.basis === "estimate")) return true;
  }
  return false;
}

function clauseStart(context: Context, at: number): number {
  return context.clauses[lastStartAtOrBefore(context.clauses, at)] ?? 0;
}

function nextClauseStart(context: Context, at: number): number {
  return context.clauses[lastStartAtOrBefore(context.clauses, at) + 1] ?? context.lower.length;
}
