// Which of the text's periods a figure may take and what it becomes: comparison bases and year-ago
// periods are kept off changes, a period after the figure must follow it with no Chinese words
// between, and the chosen label is finished by the metric (specifications, instants and balances)
// and put in the company's fiscal quarters.
import { lastStartAtOrBefore } from "../model/lines.js";
import type { MetricDefinition } from "../taxonomy/taxonomy.js";
import { PeriodDays } from "../periods/period-days.js";
import { instantLabel, isSpanLabel, quarterLabel, quarterLabelAfter, shiftLabel } from "../periods/period.js";
import type { Context } from "./context.js";
import { fiscalQuarterOf, lastOwnQuarter, lastReportedQuarter, ownPeriod, type PeriodMatch } from "./periods.js";
import { BARE_MARGIN_WORDS, placedWords } from "./cues.js";
import { firstOf } from "./terms.js";
import { wordsPattern } from "./word-patterns.js";
import { firstFrom } from "./text-structure.js";

/**
 * Whether the text writes a company's quarters by its own fiscal year even where it does not say
 * "fiscal": a results story of Dec. 4 whose table heads a column "Q4 2025", about a bank whose year ends
 * in October, reports the fiscal fourth quarter (August–October), since the calendar's fourth quarter is
 * not over. So when some quarter written with its year is over as the company's own quarter but not as
 * the calendar's (and none written as the calendar's is), every quarter written with a year in the
 * text is read as the company's. Answered once
 * per company and text (kept on the company's readings).
 */
function writesFiscalQuarters(context: Context, entity: string, readings: string[] & { fiscalWriting?: boolean }): boolean {
  if (readings.fiscalWriting !== undefined) return readings.fiscalWriting;
  const calendar = context.taxonomy.entities.get(entity)?.fiscalYearEnd;
  const date = context.periodContext.date;
  let answer = false;
  const reported = lastOwnQuarter(calendar, date);
  if (calendar && date && reported) {
    const endOf = (label: string) => {
      const parsed = context.readPeriod(label, calendar);
      return parsed.ok ? parsed.period.end : undefined;
    };
    const written = context.periods.flatMap(({ cue }) => (cue.kind === "quarter" && cue.year !== undefined && !cue.fiscal ? [quarterLabel(cue.year, cue.quarter)] : []));
    // Written as the company's (its label is the reported quarter, while the calendar's is not over) and
    // never as the calendar's (no label whose calendar reading is the reported quarter).
    const asOwn = written.some((label) => label === reported && (endOf(fiscalQuarterOf(label, calendar, context.readPeriod, context.fiscalQuarters)) ?? "") >= date);
    const asCalendar = written.some((label) => fiscalQuarterOf(label, calendar, context.readPeriod, context.fiscalQuarters) === reported);
    answer = asOwn && !asCalendar;
  }
  readings.fiscalWriting = answer;
  return answer;
}

/**
 * Whether the text names a quarter as the company's fiscal one, in Latin letters and in other
 * scripts: read once per text and company (kept on the company's readings), not per period.
 */
function namesFiscalQuarters(context: Context, readings: string[] & { fiscalNamed?: { latin: boolean; other: boolean } }): { latin: boolean; other: boolean } {
  if (readings.fiscalNamed) return readings.fiscalNamed;
  const named = { latin: false, other: false };
  // (A quarter written as the company's own is the period reader's fiscal quarter: "fiscal second quarter", 第二财季, Q2FY26.)
  for (let i = 0; i < context.periods.length; i++) {
    const { cue } = context.periods[i]!;
    if (cue.kind === "quarter" && cue.fiscal) named[writtenInLatin(context, i) ? "latin" : "other"] = true;
  }
  return (readings.fiscalNamed = named);
}

/** Whether the period at `index` is written in Latin letters (an English story's words), not in Chinese. */
const writtenInLatin = (context: Context, index: number): boolean => /^[\x00-\x7f]*$/.test(context.lower.slice(context.periods[index]!.start, context.periods[index]!.end));

export const acceptPeriod = (match: PeriodMatch, context: Context): boolean => context.periodLabels[firstFrom(context.periods, match.start)] !== undefined;

/** Right before a period that says when something is to be done by: "by the end of", "over", 到 (not 于, which says when). */
const DEADLINE_BEFORE = /(?:\b(?:by|until|through|over|within)\s(?:the\s)?(?:end\sof\s)?|到)$/;

/**
 * A figure's period from the chosen period match (or none): specifications, instants and balances put
 * as they are stated. `afterHours`: the sentence says the move was in a session after the close;
 * `sessionMove`: the figure is a share's price or move in one session (not a count, not a window).
 */
export function finishPeriod(context: Context, metric: MetricDefinition, entity: string, periodAt: number, inSentence: boolean, afterHours = false, sentenceStart?: number, sessionMove = false): string {
  let period = periodAt >= 0 ? context.periodLabels[periodAt] : undefined;
  // What a figure of the metric is (the taxonomy's `timing`) decides where it stands when no period is said.
  if (metric.timing === "spec" && !(periodAt >= 0 && inSentence)) period = "none";
  const now = periodAt >= 0 && context.periods[periodAt]!.cue.kind === "now";
  // "shares had risen 12.1% this quarter": a market reading over 本季 / this quarter runs in the quarter under way.
  const cue = periodAt >= 0 ? context.periods[periodAt]!.cue : undefined;
  if (inSentence && metric.timing === "market" && cue?.kind === "relative_quarter" && cue.offset === 0 && context.periodContext.date) {
    const last = lastReportedQuarter(context.periodContext.date);
    return quarterLabelAfter(last.year, last.quarter, 1);
  }
  // ("Kelderwick shares rose 2.3%" in Thursday's story of results "reported on Wednesday": a session's
  // move or close is the day it reported.)
  if ((period === undefined || !inSentence || now) && metric.timing === "market" && context.periodContext.date) period = `@${(sessionMove ? context.reportDay : undefined) ?? runTradingDay(context, context.periodContext.date, afterHours)}`;
  // "plans to cut about 300 jobs": an announcement with no period of its own in its sentence stands in
  // the month it was announced, the article's (the taxonomy's `announced`), not in the story's period;
  // so does one whose sentence names only when it is to be done by ("by the end of 2026", 到2026年底).
  if (metric.announced && context.periodContext.date && (period === undefined || !inSentence || DEADLINE_BEFORE.test(context.lower.slice(Math.max(0, context.periods[periodAt]!.start - 16), context.periods[periodAt]!.start)))) return context.periodContext.date.slice(0, 7);
  // ("线上渠道收入8.7亿元…，但目前占总营收的比重仍只有4.1%": "now" of a flow, a share of the top line, is
  // the period the story reports, not the quarter last over.)
  if (now && inSentence && metric.timing === "flow" && context.defaultPeriod !== undefined) period = undefined;
  // The story's period, read from a headline or a lead, is then read in the company's own calendar.
  let fromStory = false;
  if (period === undefined) {
    period = context.defaultPeriod ?? "none";
    fromStory = context.defaultPeriodAt !== undefined && context.defaultPeriod !== undefined;
  }
  // Quarters are written by the calendar unless marked fiscal: put them in the company's own quarters.
  // A fiscal year or quarter as the company names it, a run of quarters to date and the months ending
  // on a day are the company's own periods.
  const definition = context.taxonomy.entities.get(entity);
  // Read once per period and company in a text (its figures share a handful of periods), not per figure.
  let readings = context.ownPeriods.get(entity);
  if (!readings) context.ownPeriods.set(entity, (readings = []));
  const ownOf = (index: number, label: string): string => {
    const known = readings[index];
    if (known !== undefined) return known;
    let at = context.periods[index]!.cue;
    if (at.kind === "quarter" && at.year !== undefined && !at.fiscal && writesFiscalQuarters(context, entity, readings)) at = { ...at, fiscal: true };
    // "the fiscal second quarter ended Dec. 31 … For the third quarter, it forecast…": a text that names
    // the story's quarter as the company's fiscal one numbers its other quarters the company's way too,
    // in the same fiscal year.
    // (Written in the same language: a story's own words, not a quote of another's.)
    if (at.kind === "quarter" && at.year === undefined && !at.fiscal && namesFiscalQuarters(context, readings)[writtenInLatin(context, index) ? "latin" : "other"]) {
      const reported = lastOwnQuarter(definition?.fiscalYearEnd, context.periodContext.date);
      // (A quarter more than one after the one reported has not come yet this year: in a story of the
      // first quarter, "C$436 million in the fourth quarter" is last year's fourth, the one before; the
      // next quarter is the one a forecast names.)
      if (reported) return (readings[index] = quarterLabel(Number(reported.slice(0, 4)) - (at.quarter > Number(reported.slice(-1)) + 1 ? 1 : 0), at.quarter));
    }
    const own = at.kind !== "same_as_before" ? ownPeriod(at, definition?.fiscalYearEnd, definition?.fiscalYearNamedBy, context.periodContext.date, label, context.readPeriod, context.fiscalQuarters) : undefined;
    return (readings[index] = own ?? (at.kind === "quarter" && at.fiscal ? label : fiscalQuarterOf(label, definition?.fiscalYearEnd, context.readPeriod, context.fiscalQuarters)));
  };
  const stated = periodAt >= 0 && period === context.periodLabels[periodAt];
  const base = stated ? context.periodBase[periodAt] : undefined;
  const same = stated ? context.periodSameAs[periodAt] : undefined;
  // (Not a quarter's end read as its day, 前一季末: the day stays.)
  const back = stated && /^\d{4}-Q[1-4]$/.test(period!) ? context.periodQuartersBack[periodAt] : undefined;
  // "from the previous quarter" after "the July-September quarter" of a year to March: the quarter before
  // the one the text is about, as the company counts its quarters.
  const quarterBack = back !== undefined && context.periodLabels[back.at] !== undefined ? /^(\d{4})-Q([1-4])$/.exec(ownOf(back.at, context.periodLabels[back.at]!)) : null;
  if (quarterBack) period = quarterLabelAfter(Number(quarterBack[1]), Number(quarterBack[2]), -back!.quarters);
  else if (base !== undefined && context.periodLabels[base] !== undefined) {
    // A year ago of the period the text is about: that period as the company counts it, a year back;
    // or, when the sentence has just given the figure it is set against ("营业利润率9%（高于去年同期的8%）"),
    // a year before that figure's period.
    const compared = sentenceStart === undefined ? undefined : comparedFigure(context, metric.id, entity, sentenceStart, context.periods[periodAt]!.start);
    period = (compared && shiftLabel(compared.period, -1)) ?? shiftLabel(ownOf(base, context.periodLabels[base]!), -1) ?? period;
  } else if (same !== undefined && context.periodLabels[same] !== undefined) {
    // 同期 / 期内: the period the text is about, read as its own words say (首季 of a September year).
    period = ownOf(same, context.periodLabels[same]!);
    // (期内 / 本期, within the period: the report's, when the text has turned to a part of it, a quarter
    // of the half it reports; "前三季度…期内销售费用" stays on the nine months.)
    const within = WITHIN_PERIOD.test(context.lower.slice(context.periods[periodAt]!.start, context.periods[periodAt]!.end));
    if (within && context.defaultPeriod !== undefined && ownPartOfStory(context, entity, period)) period = context.defaultPeriodAt !== undefined ? ownOf(context.defaultPeriodAt, context.defaultPeriod) : context.defaultPeriod;
  } else if (stated) period = ownOf(periodAt, period);
  else if (fromStory) period = ownOf(context.defaultPeriodAt!, period);
  else period = fiscalQuarterOf(period, definition?.fiscalYearEnd, context.readPeriod, context.fiscalQuarters);
  const deadline = periodAt >= 0 && context.periodDeadline[periodAt] && metric.kind === "count";
  // (A run of quarters or months, 2025-Q1..2025-Q2, is a half as much as 2025-H1: a balance stands at its end.
  // A run of years, FY2016..FY2026, is a plan's span and stays.)
  if ((metric.timing === "balance" || deadline) && period !== "none" && !period.startsWith("@") && !(period.startsWith("FY") && isSpanLabel(period))) {
    const parsed = context.readPeriod(period, context.taxonomy.entities.get(entity)?.fiscalYearEnd);
    if (parsed.ok && parsed.period.end) period = instantLabel(parsed.period.end);
  }
  return period;
}

/**
 * The session a market reading dated by the article alone was taken in: markets do not trade at the
 * weekend, so a Saturday's or Sunday's article reports Friday's session; a move after the close that
 * the language's news reports a day later (see the lexicons' `after_hours`) is the weekday before.
 */
/** tradingDay of the run's date (`date` is always context.periodContext.date), remembered for the run. */
export function runTradingDay(context: Context, date: string, afterHours: boolean): string {
  let day = context.tradingDays.get(afterHours);
  if (day === undefined) context.tradingDays.set(afterHours, (day = tradingDay(date, afterHours)));
  return day;
}

function tradingDay(date: string, afterHours: boolean): string {
  let day = new Date(`${date}T00:00:00Z`);
  const back = () => (day = new Date(day.getTime() - 86_400_000));
  if (afterHours) back();
  while (day.getUTCDay() === 0 || day.getUTCDay() === 6) back();
  return day.toISOString().slice(0, 10);
}

/** 期内 / 本期: within the period (the report's), not 同期, the same period as just named. */
const WITHIN_PERIOD = /^(?:期[内內]|本期)$/;

/** How far a base's figure stands after the period that gives it (上一季度为12.6%: 为 and a space). */
const BASE_GAP = 4;

/** The last figure bound in the sentence (from `sentenceStart`) of the same company and metric, if any. */
function comparedFigure(context: Context, metric: string, entity: string, sentenceStart: number, yearAgoAt: number): { period: string } | undefined {
  const bound = context.bound;
  // (At most the last 32 figures: a sentence holds fewer, and a text with no stops stays linear.)
  for (let i = bound.length - 1; i >= 0 && i >= bound.length - 32 && bound[i]!.start >= sentenceStart; i--) {
    // "上年同期，公司归母净利润为2.64亿元，扣非净利润为2.31亿元": a figure after the year-ago words took
    // them too; it is not the one they are set against.
    if (bound[i]!.start > yearAgoAt) continue;
    // "毛利率为14.9%，上一季度为12.6%，去年同期为10.3%": a base the sentence gave for another comparison
    // (上一季度为…) is not the result a year-ago figure is set against.
    const before = firstFrom(context.periods, bound[i]!.start) - 1;
    if (before >= 0 && context.periodComparison[before] && bound[i]!.start - context.periods[before]!.end <= BASE_GAP) continue;
    // ("slipped to 95.1% from 96.4% in the third quarter and 97.3% a year earlier": a base the sentence
    // set the result against is not the result a year-ago figure is set against.)
    if (BASE_WORD_RIGHT_BEFORE.test(context.lower.slice(Math.max(0, bound[i]!.start - 16), bound[i]!.start))) continue;
    const fact = bound[i]!.fact;
    if (fact.metric === metric && fact.entity === entity && !fact.period.startsWith("@") && fact.period !== "none") return fact;
  }
  return undefined;
}

/** An English base's word right before a figure, its currency's sign between (the lexicon's comparison roles `base` and `against`: from, compared with, versus). */
const BASE_WORD_RIGHT_BEFORE = new RegExp(`${wordsPattern(placedWords("comparison", { roles: ["base", "against"], language: "en" }), "both")}\\s(?:[a-z]{0,3}\\$|[€£¥₹])?$`);

/** Whether a period (a label) has ended before the article's date, so it can have been reported (true without a date). */
export function isOverBy(context: Context, entity: string, label: string): boolean {
  const date = context.periodContext.date;
  if (!date) return true;
  const parsed = context.readPeriod(label, context.taxonomy.entities.get(entity)?.fiscalYearEnd);
  return !(parsed.ok && parsed.period.end !== undefined && parsed.period.end >= date);
}

/**
 * Whether Chinese words stand between a figure and a period after it: "$5bn next year" and "50亿美元(明年)"
 * put the period right behind the figure, but in "…将再次翻倍仅第四季度…", two clauses run together
 * without a comma, the period opens the next clause. (Few characters: the gap is capped at 24.)
 */
export function wordsBetween(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x4e00 && code <= 0x9fff && code !== DE && code !== ZAI && code !== YU) return true;
  }
  return false;
}
const DE = "的".charCodeAt(0);
const ZAI = "在".charCodeAt(0);
const YU = "于".charCodeAt(0);

/** "up 22% on the September quarter", "down 3% on a year earlier": a change's percent, then on, opens its base. */
export const CHANGE_ON_BEFORE = /(?:\d%|\d\s(?:per\s?cent|percent|pc))\s(?:on|over|ahead\sof|behind)\s(?:the\s|a\s)?$/;

/** Words that point back at the time just named: 彼时, 当时, 那时, "at the time", "back then". */
const AT_THAT_TIME = /彼时|当时|那时|届时|\bat\sthe\stime\b|\bback\sthen\b|\bthen\b/;

/**
 * Whether a base's clause goes on past it before a stop ("较去年回落，", "與去年相同，", "自2月起小幅上调售价，"):
 * then the base was that clause's. Not when the stop comes right after it ("from the fiscal fourth
 * quarter, when it booked $1.74 billion", "两年前即2023年第三季度，…") or the clause is a point of view
 * (从前三季度累计数据看，).
 */
function baseClauseGoesOn(between: string): boolean {
  const stop = between.search(/[，,；;。]/);
  if (stop < 0) return false;
  const rest = between.slice(0, stop);
  return /\S/.test(rest) && !/(?:看|来看|而言|来说)\s*$/.test(rest);
}

/** Whether the period at `i` may be the figure's (see bindFigure). */
export function usablePeriod(context: Context, i: number, before: boolean, comparesAgainst: boolean, index: number, metric: MetricDefinition): boolean {
  const match = context.periods[i]!;
  // A day of the week dates a market reading ("closed higher on Thursday"), not a result the company
  // "said Thursday", and not a name (《周四夜橄榄球》).
  if ((match.cue.kind === "weekday" || match.cue.kind === "day_of_month" || match.cue.kind === "relative_day") && metric.timing !== "market") return false;
  if (match.cue.kind === "same_period_last_year" && comparesAgainst) return false;
  // ("the forecasts they laid out for fiscal 2026 lifted the shares 2.8%": a forecast's period is what the
  // forecast is for, never when a market reading was taken.)
  if (metric.timing === "market" && namesAForecast(context, i)) return false;
  // A comparison's period right before a figure is that figure's own ("较上月57%的增速": last month's growth).
  // (Only with nothing but 的 between: in "较上季度下降0.2个百分点" the quarter is the change's base.)
  // (And a period that gives the base of the figure just stated, 上年度為10港仙, is the figure right after it's.)
  const own = before && context.figures[index] !== undefined && context.figures[index]!.start - match.end <= 3 && /^\s?(?:的|为|為|则为|則為|时为|時為)?\s?$/.test(context.lower.slice(match.end, context.figures[index]!.start));
  // "grew 22% to $4.15bn from a year ago; forecasts had $4.02bn": the base of a change is the
  // period of no figure but the one it stands right before (较上年同期的1.25美元).
  if (match.cue.kind === "same_period_last_year" && context.periodComparison[i] && !own) return false;
  if (context.periodComparison[i] && !own && (!before || comparesAgainst || firstFrom(context.figures, match.end) < index)) return false;
  // ("票價較去年回落，客運營收196.3億元": a base an earlier clause's change is set against, with no figure of
  // its own, is no later clause's period either.)
  const next = context.figures[index];
  // (Unless the figure's own words point back at that time: "自2023年首次投资以来，…。彼时80亿美元的承诺".)
  if (context.periodComparison[i] && !own && before && next !== undefined && baseClauseGoesOn(context.lower.slice(match.end, next.start)) && !AT_THAT_TIME.test(context.lower.slice(Math.max(match.end, next.start - 12), next.start))) return false;
  // ("sold 201,300 ounces, up 4 per cent on the September quarter, and generated free cash flow of A$287
  // million": a change's base "on" a period, in an earlier clause, is no later figure's period.)
  if (context.periodComparison[i] && before && CHANGE_ON_BEFORE.test(context.lower.slice(Math.max(0, match.start - 24), match.start)) && context.figures[index] !== undefined && lastStartAtOrBefore(context.clauses, match.start) !== lastStartAtOrBefore(context.clauses, context.figures[index]!.start)) return false;
  // ("Net interest income rose 4.1% from the second quarter to $1.07 billion": the base's period right
  // before "to" and the new level is the change's base, not the level's period; a comma may stand
  // between, "narrowed 3 basis points from the second quarter, to 2.08%".)
  const level = context.figures[index];
  if (context.periodComparison[i] && before && level !== undefined && /^,?\s(?:to|at)\s(?:[a-z]{0,3}\$|[€£¥₹])?$/.test(context.lower.slice(match.end, level.start))) return false;
  // "Orders rose 12% to $1.95 billion, leaving a backlog of $4.3 billion at the end of September": a day
  // named in a later clause is the balance's there, not the period of a flow before it.
  const figure = context.figures[index];
  // ("Operating cash flow rose 18% to A$176 million and gearing eased to 28.4% at the end of December": or
  // in the same clause, past another metric's word.)
  if (!before && metric.timing === "flow" && context.periodLabels[i]?.startsWith("@") && figure !== undefined && (lastStartAtOrBefore(context.clauses, match.start) !== lastStartAtOrBefore(context.clauses, figure.start) || metricNamedBetween(context, figure.end, match.start, metric))) return false;
  // ("…3,410 patients on therapy at the end of September. ¶ The company narrowed its net loss to $18.4
  // million": a balance's day in an earlier sentence is no period of a flow after it.)
  if (before && metric.timing === "flow" && context.periodLabels[i]?.startsWith("@") && match.cue.kind !== "date" && figure !== undefined && lastStartAtOrBefore(context.sentences, match.start) !== lastStartAtOrBefore(context.sentences, figure.start)) return false;
  // ("dropped to 1,870 from 2,040 in the first half of last year": a period right after a base's figure
  // is that base's, not the period of the figure the base stands after.)
  if (!before && context.periodAfterBase[i] && figure !== undefined && BASE_FIGURE_BETWEEN.test(context.lower.slice(figure.end, match.start))) return false;
  // ("Gross margin was 45.1%, compared with 44.9% in the second quarter of last year, and EBITDA climbed
  // 9.7%": nor is it the period of a figure in a later clause that names its own metric.)
  const baseFigure = before && context.periodAfterBase[i] ? context.figures[firstFrom(context.figures, match.start) - 1] : undefined;
  if (baseFigure !== undefined && figure !== undefined && match.start - baseFigure.end <= 24) {
    const periodClause = lastStartAtOrBefore(context.clauses, match.start);
    if (lastStartAtOrBefore(context.clauses, baseFigure.start) === periodClause && periodClause !== lastStartAtOrBefore(context.clauses, figure.start) && metricNamedBetween(context, match.end, figure.start)) return false;
  }
  // "Pre-tax profit rose to £312m, and the final dividend is 8.1p": a dividend's own word for its half
  // (final, 末期) dates the dividend it names, not another metric's figure in the sentence.
  if (match.cue.kind === "half" && match.cue.dividend && !namesMetricFrom(context, match.start, metric)) return false;
  // "Steinfurt cuts 2025 margin goal as order intake slips 7%": a year written right before another
  // metric's word is that metric's, not the period of a figure of another.
  if (match.cue.kind === "year" && /^\d{4}$/.test(context.lower.slice(match.start, match.end)) && yearOfAnotherMetric(context, match.end, metric)) return false;
  return context.periodLabels[i] !== undefined;
}

/** A base's word and its figure between a figure and a period after it: "to 1,870 from 2,040 in …". */
const BASE_FIGURE_BETWEEN = /\b(?:from|against|versus|vs\.?|compared\s(?:with|to))\s(?:a\s|an\s|the\s)?[^\s,;]*\d/;

/** Whether a term naming `metric` starts near `at` (派末期息, 末期息, "final dividend"). */
function namesMetricFrom(context: Context, at: number, metric: MetricDefinition): boolean {
  for (let i = firstFrom(context.terms, Math.max(0, at - 4)); i < context.terms.length && context.terms[i]!.start <= at + 12; i++) {
    if (firstOf(context.terms[i]!, "metric")?.id === metric.id) return true;
  }
  return false;
}

/** Whether a word for a metric (other than `except`, when given) stands in [from, to). */
export function metricNamedBetween(context: Context, from: number, to: number, except?: MetricDefinition): boolean {
  for (let i = firstFrom(context.terms, from); i < context.terms.length && context.terms[i]!.start < to; i++) {
    const named = firstOf(context.terms[i]!, "metric");
    if (named !== undefined && named.id !== except?.id) return true;
  }
  return false;
}

/** A bare word for a margin right after a position ("2025 margin goal"). */
const BARE_MARGIN_AFTER = new RegExp(`^\\s${wordsPattern(BARE_MARGIN_WORDS, "both")}`);
/** Whether a metric other than `metric` is named right after `at` ("2025 margin goal", "2025 revenue"), in Latin script. */
function yearOfAnotherMetric(context: Context, at: number, metric: MetricDefinition): boolean {
  if (context.lower.charCodeAt(at) !== 0x20) return false;
  // (A bare word for a margin, "2025 margin goal", names a margin: another metric for any amount's figure.)
  if (metric.kind !== "ratio" && BARE_MARGIN_AFTER.test(context.lower.slice(at, at + 24))) return true;
  const term = context.terms[firstFrom(context.terms, at)];
  if (term === undefined || term.start !== at + 1) return false;
  const named = firstOf(term, "metric");
  return named !== undefined && named.id !== metric.id && !metric.looselyFor.includes(named.id) && !(context.taxonomy.metrics.get(named.id)?.looselyFor.includes(metric.id) ?? false);
}

/** Whether a period is a shorter part of the story's period when that is a half or a year (a quarter of the year or of the half the story reports). */
export function partOfStoryPeriod(context: Context, entity: string, label: string): boolean {
  if (context.defaultPeriod === undefined || context.defaultPeriod === label) return false;
  // (A quarter is read as the company numbers it: 第二季 of a March year is July to September.)
  return ownPartOfStory(context, entity, fiscalQuarterOf(label, context.taxonomy.entities.get(entity)?.fiscalYearEnd, context.readPeriod, context.fiscalQuarters));
}

/**
 * Whether a period holds the story's period and is longer ("前三季度累计营收…" in a story of the third
 * quarter): a cumulative aside, in the company's own calendar.
 */
export function aroundStoryPeriod(context: Context, entity: string, label: string): boolean {
  if (context.defaultPeriod === undefined || context.defaultPeriod === label) return false;
  const calendar = context.taxonomy.entities.get(entity)?.fiscalYearEnd;
  const part = context.readPeriod(context.defaultPeriod, calendar);
  const whole = context.readPeriod(label, calendar);
  if (!whole.ok || !part.ok || whole.period.kind === "instant" || part.period.kind === "instant" || whole.period.start === undefined || part.period.start === undefined) return false;
  return part.period.start >= whole.period.start && part.period.end! <= whole.period.end! && part.period.key !== whole.period.key;
}

/** Whether a period read in the company's own calendar lies inside the story's period, a half or a year, and is shorter. */
function ownPartOfStory(context: Context, entity: string, own: string): boolean {
  const calendar = context.taxonomy.entities.get(entity)?.fiscalYearEnd;
  const whole = context.readPeriod(context.defaultPeriod!, calendar);
  const part = context.readPeriod(own, calendar);
  if (!whole.ok || !part.ok || whole.period.kind === "instant" || part.period.kind === "instant" || whole.period.start === undefined || part.period.start === undefined) return false;
  return part.period.start >= whole.period.start && part.period.end! <= whole.period.end! && part.period.key !== whole.period.key && (PeriodDays.fromKey(whole.period.key)?.months ?? 0) >= 6;
}

/**
 * Whether the period at `i` is a forecast's ("raised its full-year revenue forecast", "raised its
 * outlook for the year"): it says what the forecast is for, not the period the sentences after it report on. (Chinese stories go on about the
 * forecast after 全年盈利预测, so only the English word order is read.)
 */
export function namesAForecast(context: Context, i: number): boolean {
  const { start, end } = context.periods[i]!;
  return FORECAST_NOUN_AFTER.test(context.lower.slice(end, end + 40)) || FORECAST_NOUN_BEFORE.test(context.lower.slice(Math.max(0, start - 40), start));
}
/** A forecast's noun (the lexicon's English `forecast_word` nouns, or a target) a few words after a period: "its 2025 revenue forecast". */
export const FORECAST_NOUN_AFTER = new RegExp(String.raw`^[\s-]?(?:(?!(?:and|but|while|then|as)\s)[a-z-]+\s){0,3}(?:${wordsPattern(placedWords("forecast_word", { roles: ["noun"], language: "en" }))}|targets?)\b`);
/**
 * A forecast's noun and "for" or "of" right before a period ("outlook for the year"): the period is the
 * forecast's (see forecastsPeriod, and namesAForecast for what carries). A short clause of who gave the
 * forecast may stand between: "the forecasts they laid out for fiscal 2026", "the guidance the company
 * gave for the year".
 */
export const FORECAST_NOUN_BEFORE = new RegExp(String.raw`(?:${wordsPattern(placedWords("forecast_word", { roles: ["noun"], language: "en" }))}|targets?)\s(?:(?:that|which)\s)?(?:(?:it|they|we|he|she|(?:the\s)?(?:company|group|management|executives|board))\s(?:[a-z-]+\s){1,3}?)?(?:for|of)\s$`);
