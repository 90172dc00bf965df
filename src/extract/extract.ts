// The extractor: article text in, proposed facts out. Pure (no I/O) and linear in the text: figures,
// taxonomy words, cues and period words are each found in one pass, and every figure then looks back
// over its own sentence only (sentences are capped in length), so no input can make it slow; it
// never throws on text, whatever Unicode it holds.
// This file runs the pipeline (extractFacts); bind-figure.ts binds each figure to its fields, and
// the steps both call live beside them: text-structure, terms, line-topics, metric-fit,
// segment-choice, period-choice, basis-cues, respectively, quote and restated-periods.
import { lastStartAtOrBefore, lineStarts as lineStartsOf } from "../model/lines.js";
import { addDays, dayNumber, daysInMonth, lastDayOfMonth } from "../periods/days.js";
import { fiscalYearLabel, halfLabel, instantLabel, monthLabel, monthSpanMonths, parseFiscalYearEnd, labelMonths, parsePeriod, periodReader, quarterLabel, quartersLabel, sameDays, shiftLabel, spanLabel, yearOfFiscalYearLabel, type FiscalCalendar, type ReadPeriod } from "../periods/period.js";
import type { Basis, Language } from "../model/types.js";
import { basisOf, BROKERS_NOTE, researchHousesIn } from "./basis-cues.js";
import { type SegmentDefinition, type Taxonomy, withoutNewNames } from "../taxonomy/taxonomy.js";
import { BARE_CHANGE_AFTER_COUNT, bindFigure, PROFIT_WARNING } from "./bind-figure.js";
import type { Context } from "./context.js";
import { houseForecastsHere, withoutForecastingHouses } from "./forecasting-houses.js";
import { cues, hedgePattern, placedWords } from "./cues.js";
import { afterBoldLabelMark, articleCurrencies, BARE_HOME_DOLLARS, findFigures, homeDollar, withHomeDollar, type Figure } from "./figures.js";
import { splitFrontMatter, type ArticleHeader } from "./front-matter.js";
import { asciiLower, isCjkCode, type TermMatch } from "./lexicon.js";
import { paragraphSegments, topicSegments } from "./line-topics.js";
import { normaliseText, toSimplified } from "./normalise.js";
import { blankPageFurniture } from "./page-furniture.js";
import { calendarQuarterHolding, DAY_KINDS, lastOwnQuarter, EVENT_PERIOD_KINDS, findPeriods, GIVES_BASE_AFTER, isBareFullYear, lastMonthOf, lastReportedQuarter, monthOf, ownPeriod, resolvePeriod, type PeriodContext, type PeriodCue, type PeriodMatch } from "./periods.js";
import { takeComparandPeriods, type BoundFigure } from "./comparands.js";
import { unchangedBases } from "./unchanged-bases.js";
import { takeWholesPeriods } from "./part-totals.js";
import { CHANGE_ON_BEFORE, FORECAST_NOUN_AFTER, FORECAST_NOUN_BEFORE } from "./period-choice.js";
import { takeForecastRevisions } from "./forecast-revisions.js";
import { BREAKDOWN_TITLE, BULLET_LEAD, ITEM_MARKER, sectionCallsItAPart } from "./layout.js";
import { definedNarrower, takePreciseMetrics, takeRestatedPeriods, takeStoryMetrics } from "./restated-periods.js";
import { marketYearsOnStoryCalendar } from "./market-fiscal-years.js";
import { forecastDates } from "./forecast-dates.js";
import { BUSINESS_NAME_END, catchAllItemMentions, headingNameEnd, headingPartName, keepNewSegment, LATIN_PART_END, leadInPartMentions, listPartMentions, namedPartSegment, partWords, segmentAliases, tablePartMentions, type NewSegment } from "./new-segments.js";
import { comparedName, findSubject, GROUP_BEFORE_UNDER, knownCompany, mentionWeight, nameInLead, NO_COMPANY, PEER_WORDS, sameCompanyName, shortensName, type NewEntity } from "./subject.js";
import { appositionCompanies, headingParts, kinCompanies, knownShortNames, linkedCompanies, namedCompanies, notTheStory, ownNamedParts, parentMentions, roundUpOpeners, withNamedCompanies, type NamedCompany } from "./named-companies.js";
import { firstOf, namesAsWritten, outsideNames, ratiosOfAmounts, segmentFor, termLexicon, type Term } from "./terms.js";
import { boundaries, cursor, firstFrom, positionsOf } from "./text-structure.js";
import { readLayout, type Layout } from "./layout.js";
import { COHORT_DEFINED_BY, countedThingAt } from "./counted-things.js";
import { englishEstateBefore, englishStoreWordAfter } from "./store-counts.js";
import { escapeRegExp, wordsPattern } from "./word-patterns.js";
import type { Explanation, ProposedFact, SkippedFigure } from "./proposed-fact.js";

export type { Explanation, ProposedFact, SkippedFigure } from "./proposed-fact.js";
import { bindTableCell, cellFigure, type CellPlace } from "./table-cells.js";
import { dayOnOrAfter, dayOnOrBefore, weekYearEndTold } from "./week-years.js";

export interface ExtractOptions {
  /** The article's date (YYYY-MM-DD), for 今年/去年/第四季度; overrides the front matter's. */
  date?: string;
  /** The entity figures belong to when the text names none; default: the entity the text names most. */
  entity?: string;
  /** Record, for each fact, which words decided each field (extract --explain). */
  explain?: boolean;
}

export interface Extraction {
  header: ArticleHeader & { language: Language };
  /** The date relative periods were resolved against. */
  date?: string;
  entity: string;
  /** Why the article's entity is the one it is. */
  entityReason: string;
  /** The article's subject when the taxonomy does not know it: its figures are filed under this id. */
  newEntity?: NewEntity;
  /** Businesses the article names that the taxonomy does not know: their figures are kept on them. */
  newSegments: NewSegment[];
  /** Other companies the taxonomy does not know whose figures the article quotes (named in the possessive). */
  newPeers: NewEntity[];
  facts: ProposedFact[];
  skipped: SkippedFigure[];
  /** With `explain`: one per fact, in order. */
  explanations?: Explanation[];
}

/** A heading that joins two topics ("Results and Outlook", 业绩与展望) or sets results against forecasts ("Against forecasts"). */
const JOINED_HEADING = /\s(?:and|&)\s|[与及和、]|\b(?:against|versus|vs\.?|compared\swith|beats?|miss(?:es)?)\b|对比|對比|相比/;
/** A sentence's opening words up to a period, when they are a base's lead (作为对比，公司; "For comparison, the company's"). */
const BASE_LEAD = new RegExp(`^[\\s*_"“]*${wordsPattern(placedWords("comparison", { roles: ["base_lead"] }), "start")}[\\s,，]+[^。.;；,，]{0,24}$`);
/** Words right before a period that make it the start or the base of a comparison, not the figure's own period (从, 较, than, from). */
// ("0.3 percentage points lower than at the end of June": at or as of, and the end of, between the
// comparison's word and a day's period. "than in" is COMPARISON_IN_BEFORE's, which leaves the same
// period a year earlier to the clause that gives its figure.)
const COMPARISON_BEFORE = new RegExp(`${wordsPattern(placedWords("comparison", { roles: ["base", "than", "short", "period_start"] }))}\\s?(?:(?:at|as\\sof)\\s)?(?:the\\s|a\\s)?(?:end\\sof\\s(?:the\\s)?)?$`);
/** "the same as last year", "unchanged from a year earlier": a level said to equal another period's names that period as its base. */
const SAME_AS_BEFORE = /\b(?:the\s)?same\sas\s(?:in\s)?$|\bunchanged\s(?:from|on)\s$|\bflat\s(?:on|with)\s$/;
/** Kinds of period that "on" after a change's percent sets as its base (not a day: "rose 3.1 per cent on Thursday" is when). */
const CHANGE_ON_BASE_KINDS: ReadonlySet<string> = new Set(["quarter", "half", "year", "month", "relative_quarter", "relative_month", "same_period_last_year", "ending"]);
/** "23% higher than in the September quarter": a comparison's word, then in, for or during. */
const COMPARISON_IN_BEFORE = new RegExp(`${wordsPattern(placedWords("comparison", { roles: ["than"] }), "both")}\\s(?:in|for|during)\\s(?:the\\s|a\\s)?$`);
/** A figure in English words: its number (a comma only inside it), a scale word, a currency's name. */
const FIGURE_WORDS = String.raw`(?:[^\s,;]|,(?=\d))+(?:\s(?:million|billion|trillion|crore|lakh|per\scent|percent|cents?))?(?:\s(?:swiss\s|hong\skong\s|us\s)?(?:francs|yen|euros?|pounds|dollars|yuan|rupees|won|baht|ringgit|rupiah|crowns|kronor|kroner|rand|pesos|dirhams|riyals|shekels|zlotys|naira))?`;
/**
 * A comparison's base word (the lexicons' base and against roles), its figure, perhaps a second base
 * listed after the first ("from C$455 million a year earlier and C$436 million") or restating it ("from
 * $84.6 million, or $1.49,"), and at most "at the end of", "in", "for".
 */
const AFTER_BASE_FIGURE = new RegExp(`${wordsPattern(placedWords("comparison", { roles: ["base", "against"] }), "start")}\\s(?:(?:a|an|the|its)\\s(?:[a-z-]+\\s){0,2}(?:of\\s)?)?${FIGURE_WORDS}(?:,?\\s(?:[a-z-]+\\s){0,3}(?:and|or)\\s${FIGURE_WORDS})?(?:\\s(?:growth|rise|increase|gain|decline|drop|fall))?,?\\s(?:(?:at\\s)?(?:the\\s)?end\\sof\\s|in\\s(?:the\\s)?|at\\s|for\\s(?:the\\s)?)?$`);
/** 高于上季的, "above the previous quarter's": a period a result is put above or below is a base too (目前 after them is not: 远高于目前营收增速). */
const ABOVE_BELOW_BEFORE = new RegExp(`${wordsPattern(placedWords("comparison", { roles: ["above_below"] }))}\\s?(?:the\\s|a\\s)?$`);

/** Words right before a period that make it a deadline: what is counted by then (到2027年部署40个) is a count at its end. */
const DEADLINE_BEFORE = /(?:到|截至|截止到?|by\s)$/;
const DEADLINE_LAST = new Set([..."到至止 "]);

function detectLanguage(original: string, normalised: string): Language {
  let cjk = 0;
  let changed = 0;
  const limit = Math.min(original.length, 20_000);
  for (let i = 0; i < limit; i++) {
    const code = original.charCodeAt(i);
    // (A character blanked to a space, an image's text or a link to another story, is not the article's.)
    if (code >= 0x4e00 && code <= 0x9fff && normalised.charCodeAt(i) !== 0x20) {
      cjk++;
      if (original[i] !== normalised[i]) changed++;
    }
  }
  if (cjk < 10) return "en";
  return changed / cjk > 0.02 ? "zh-Hant" : "zh-Hans";
}

/**
 * Whether the period at `index` dates an event told in passing rather than a figure's period:
 * - a month after a past verb ("the plant it bought in January", "the closure, announced in August") or
 *   inside a relative clause (", which was put on care and maintenance in March");
 * - a time right before a word of announcing (上月公布半年业绩), when the sentence goes on to name the period
 *   announced (去年11月宣布裁员 alone dates the plan announced, as it should);
 * - a year a company began in ("founded in 1897", 成立于2006年), or a year or month a run started in
 *   ("highest since 2012", "its biggest gain since March 2024");
 * - a relative year right after a past verb of a deal or an opening ("a park bought last year").
 */
function datesAnEvent(periods: readonly PeriodMatch[], index: number, lower: string): boolean {
  const { cue, start, end } = periods[index]!;
  if (cue.kind === "month" && (EVENT_MONTH_BEFORE.test(lower.slice(Math.max(0, start - 24), start)) || RELATIVE_CLAUSE_BEFORE.test(lower.slice(Math.max(0, start - 80), start)))) return true;
  if (EVENT_PERIOD_KINDS.has(cue.kind) && ANNOUNCED_AFTER.test(lower.slice(end, end + 2)) && periodNamedAfter(periods, index, lower)) return true;
  if (cue.kind === "month" && /\bsince\s$/.test(lower.slice(Math.max(0, start - 6), start))) return true;
  // "公司7月法说会时给出的财测", "its July investor day": a month that names a meeting dates the meeting.
  if (cue.kind === "month" && MEETING_AFTER.test(lower.slice(end, end + 12))) return true;
  // ("approved at the company's annual meeting in September": so does a month right after a meeting and "in".)
  if (cue.kind === "month" && MEETING_IN_BEFORE.test(lower.slice(Math.max(0, start - 40), start))) return true;
  // ("fallen 11% since the company's November report": a month before a document's noun dates the document.)
  if (cue.kind === "month" && DOCUMENT_AFTER.test(lower.slice(end, end + 16))) return true;
  // "a logistics park in Melbourne bought last year", "the plant it opened this year": a relative year
  // right after a past verb dates that event.
  // (Not the Korean won after an amount: "invest 1.1 trillion won this year".)
  if (cue.kind === "year" && cue.relative !== undefined && PAST_VERB_BEFORE.test(lower.slice(Math.max(0, start - 16), start)) && !AMOUNT_IN_WON_BEFORE.test(lower.slice(Math.max(0, start - 24), start))) return true;
  // "helped by the purchase of a German caterer in January", "a plant it acquired in March": a month or a
  // year after "in" that closes a deal's clause dates the deal.
  // (Not the Korean won after an amount, "2.36 trillion won in 2026", nor a deal's word on a line above.)
  if (cue.kind === "month" || cue.kind === "year") {
    const from = Math.max(0, start - 60);
    const deal = DEAL_IN_BEFORE.exec(lower.slice(from, start));
    if (deal && !AMOUNT_IN_WON_BEFORE.test(lower.slice(Math.max(0, from + deal.index - 24), from + deal.index + 4))) return true;
  }
  // "…improved to 11.8%, as price increases pushed through in 2024 reached the income statement": a
  // month or a year after "in" in a clause of cause or time set off after the figures (as, because,
  // after) dates what that clause tells, not the text's period.
  if ((cue.kind === "month" || cue.kind === "year") && SET_OFF_IN_BEFORE.test(lower.slice(Math.max(0, start - 72), start))) return true;
  // "from its 2023 purchase of a payroll lender", "the 2019 listing": a year before a deal's noun dates the deal.
  if (cue.kind === "year" && DEAL_AFTER.test(lower.slice(end, end + 16))) return true;
  return cue.kind === "year" && (BEGAN_IN_BEFORE.test(lower.slice(Math.max(0, start - 18), start)) || /(?:成立|创立|创办|上市)于$/.test(lower.slice(Math.max(0, start - 3), start)) || /^(?:成立|创立|创办)/.test(lower.slice(end, end + 2)));
}
/** A clause of cause or time set off by a comma (as, because, after, since, when), words with no figure, then "in" right before a period. */
const SET_OFF_IN_BEFORE = /,\s(?:as|because|after|since|when|while)\s[^,.;:\d%$€£¥]{0,60}\sin\s$/;
/** A meeting named right after a month (the lexicons' `meeting`: 法说会, "investor day"), through 份 and 的. */
const MEETING_AFTER = new RegExp(`^\\s?(?:份)?(?:的)?\\s?${wordsPattern(placedWords("meeting"), "both")}`);
/** A target's words and "for" or "on" right before a word for the shares: "target price for the shares", "price target on the stock". */
const TARGET_FOR_BEFORE = /\b(?:target\sprice|price\starget|target)\s(?:for|on)\s(?:the\s|its\s|their\s)?$/;
/** A meeting (the lexicons' `meeting`), perhaps "held", then "in" right before a month. */
const MEETING_IN_BEFORE = new RegExp(`${wordsPattern(placedWords("meeting", { language: "en" }), "both")}\\s(?:held\\s|scheduled\\s)?(?:in|on)\\s$`);
/** A deal's noun right after a year (the lexicons' `deal`: acquisition, listing, 收购, 上市), through 年. */
const DEAL_AFTER = new RegExp(`^\\s?年?${wordsPattern(placedWords("deal"), "both")}`);
/** A deal's noun or past verb (the lexicons' `deal`, `deal_verb`), a few words, then "in" right before a period, in one clause. */
// (Not where a figure stands between: "opened 31 stores in 2025" counts what was opened in the year.)
const DEAL_IN_BEFORE = new RegExp(`${wordsPattern([...placedWords("deal"), ...placedWords("deal_verb")], "both")}[^,.;:\\d\\n]{0,40}\\sin\\s$`);
/** A past verb right before a period (the lexicons' `deal_verb`): "bought last year", not "earned last year", a result. */
const PAST_VERB_BEFORE = new RegExp(`${wordsPattern(placedWords("deal_verb"), "both")}\\s$`);
/** An amount in won right before: the currency, not the past verb. */
const AMOUNT_IN_WON_BEFORE = /\d(?:\s?(?:thousand|million|billion|trillion|bn|tn))?\swon\s$/;
/** "since 2012", "founded in 1897": a year where something began. */
const BEGAN_IN_BEFORE = /\b(?:since|(?:founded|established|incorporated|listed|created|formed)\sin)\s$/;

/**
 * "fiscal 2025, which ends in March", "the year that ended in June", "fiscal 2026, which ends Jan. 30,
 * 2027": a year and the month (or the day) it ends in, told apart. The year is the twelve months to that month's end (the one still to come when it "ends",
 * the last one over when it "ended"); the month names no period of its own. Keyed by period index.
 */
function yearsEndingIn(periods: readonly PeriodMatch[], lower: string, date: string | undefined): Map<number, string | undefined> {
  const found = new Map<number, string | undefined>();
  if (!date) return found;
  // ("the fiscal second quarter ending in March", "the fiscal fourth quarter, which ends in late January",
  // "a half that ended in June": a month right after a verb of a period's ending restates that period's
  // end, no period of its own.)
  for (let i = 0; i < periods.length; i++) {
    const cue = periods[i]!.cue;
    if (cue.kind === "month" && ENDS_IN_BEFORE.test(lower.slice(Math.max(0, periods[i]!.start - 32), periods[i]!.start))) found.set(i, undefined);
    // ("For the first quarter of fiscal 2026, which ends Dec. 27, …": so does a day right after a period
    // and its verb of ending.)
    else if (cue.kind === "date" && i > 0 && PERIOD_THEN_ENDS.test(lower.slice(periods[i - 1]!.end, periods[i]!.start))) found.set(i, undefined);
  }
  for (let i = 0; i + 1 < periods.length; i++) {
    const ending = yearEndingIn(periods, i, lower, date);
    if (!ending) continue;
    const [dateYear, dateMonth] = date.split("-").map(Number) as [number, number];
    // The month's end still to come (ends) or last over (ended), from the article's date.
    const endYear = ending.endYear ?? (ending.still ? (ending.month >= dateMonth ? dateYear : dateYear + 1) : ending.month < dateMonth ? dateYear : dateYear - 1);
    const startMonth = (ending.month % 12) + 1;
    found.set(ending.yearAt, spanLabel(monthLabel(startMonth === 1 ? endYear : endYear - 1, startMonth), monthLabel(endYear, ending.month)));
    found.set(ending.yearAt === i ? i + 1 : i, undefined);
  }
  return found;
}

/**
 * The year the periods at `index` and the one after it tell with the month it ends in: the year first
 * and the month right after it (", which ends in March"), or, in Chinese, the month first after 截至 and
 * the fiscal year it ends (截至明年2月的2026财年). `yearAt` is the year's index; `still` whether the end is
 * still to come; `endYear` the year of the end when said.
 */
function yearEndingIn(periods: readonly PeriodMatch[], index: number, lower: string, date?: string): { yearAt: number; month: number; still: boolean; endYear?: number } | undefined {
  return yearThenEnd(periods, index, lower) ?? endThenYear(periods, index, lower, date);
}

/** The month the year at `index` is said to end in by the month right after it (see yearEndingIn). */
function yearThenEnd(periods: readonly PeriodMatch[], index: number, lower: string): { yearAt: number; month: number; still: boolean; endYear?: number } | undefined {
  const year = periods[index]!;
  const month = periods[index + 1];
  // ("fiscal 2026, which ends Jan. 30, 2027": a day with its year says which year ends then, whatever
  // the company's year is named by.)
  const cue = month?.cue;
  // ("2025财年（截至2026年3月）": a bracket after a Chinese fiscal year gives the month it ends, with its year.)
  // ("2025年度将于2026年3月底结束": or, after it, 于 and the month, then 结束 or 止.)
  const ends = month !== undefined && CJK_ENDS_AFTER_MONTH.test(lower.slice(month.end, month.end + 4));
  const between = YEAR_ENDS_IN.exec(lower.slice(year.end, month?.start ?? year.end)) ?? CJK_YEAR_ENDS_IN.exec(lower.slice(year.end, month?.start ?? year.end)) ?? (ends ? CJK_YEAR_ENDS_ON.exec(lower.slice(year.end, month!.start)) : null);
  const withYear = cue !== undefined && between !== null && between[1] === undefined && cue.kind === "month" && cue.year !== undefined;
  // ("fiscal 2026, which ended January 31": a day without its year says the month as a month does.)
  if (year.cue.kind !== "year" || !month || !cue || !((cue.kind === "month" && (cue.year === undefined || withYear)) || cue.kind === "date")) return undefined;
  if (!between) return undefined;
  return { yearAt: index, month: cue.month, still: !/^(?:ended|closed|ran)/.test(between[1] ?? ""), ...((cue.kind === "date" || cue.kind === "month") && cue.year !== undefined ? { endYear: cue.year } : {}) };
}

/**
 * 截至明年2月的2026财年, 截至2027年2月底止的2026财年: in Chinese the month a fiscal year ends in comes first,
 * after 截至, with its year (said, or 明年 and 今年 from the article's date), then 的 and the year.
 */
function endThenYear(periods: readonly PeriodMatch[], index: number, lower: string, date: string | undefined): { yearAt: number; month: number; still: boolean; endYear?: number } | undefined {
  const end = periods[index]!;
  const year = periods[index + 1];
  if (year?.cue.kind !== "year" || year.cue.fiscal !== true) return undefined;
  if (!CJK_ENDS_BEFORE.test(lower.slice(Math.max(0, end.start - 3), end.start)) || !CJK_END_THEN_YEAR.test(lower.slice(end.end, year.start))) return undefined;
  const cue = end.cue;
  const dateYear = date === undefined ? undefined : Number(date.slice(0, 4));
  const endYear = cue.kind === "month" || cue.kind === "date" ? cue.year : cue.kind === "relative_month_of_year" && dateYear !== undefined ? dateYear + cue.relative : undefined;
  if (endYear === undefined || !("month" in cue)) return undefined;
  return { yearAt: index + 1, month: cue.month, still: true, endYear };
}
/** 截至 or 截止 right before a month. */
const CJK_ENDS_BEFORE = /(?:截至|截止)\s?$/u;
/** Between the month a Chinese fiscal year ends in and the year: 底 or 末, 止, then 的. */
const CJK_END_THEN_YEAR = /^\s?(?:底|末)?\s?止?\s?的\s?$/u;

/** Whether the text names a fiscal year by the year it starts in: "fiscal 2026, which runs through January 31, 2027". */
function yearNamedByStart(periods: readonly PeriodMatch[], lower: string, date?: string): boolean {
  for (let i = 0; i + 1 < periods.length; i++) {
    const ending = yearEndingIn(periods, i, lower, date);
    const cue = ending && periods[ending.yearAt]!.cue;
    if (cue?.kind !== "year" || cue.year === undefined || !cue.fiscal) continue;
    if (ending?.endYear !== undefined) return ending.endYear === cue.year + 1;
  }
  // ("Halbrook, whose fiscal year ends January 31, 2026, now expects fiscal 2025 net sales…": the year
  // said to end in 2026 is named 2025 when the company's forecast is for fiscal 2025 and the text never
  // names a fiscal 2026; "compared with €548 million in fiscal 2025", a base, says nothing of the kind.)
  const said = FISCAL_YEAR_ENDS_ON.exec(lower);
  if (said) {
    const ends = Number(said[1]);
    const fiscal = periods.filter(({ cue }) => cue.kind === "year" && cue.fiscal && cue.year !== undefined);
    const named = (year: number) => fiscal.filter(({ cue }) => cue.kind === "year" && cue.year === year);
    return named(ends).length === 0 && named(ends - 1).some((period) => forecastsPeriod(lower, period, 0, false));
  }
  return false;
}
/** "whose fiscal year ends January 31, 2026", "its financial year ending on 28 February 2026": a year's end with its year. */
const FISCAL_YEAR_ENDS_ON = /\b(?:fiscal|financial)\syear\s(?:ends|ending|will\send|runs\s(?:to|through))\s(?:on\s)?(?:(?:january|february|march|april|may|june|july|august|september|october|november|december)\.?\s\d{1,2}(?:st|nd|rd|th)?,?|\d{1,2}(?:st|nd|rd|th)?\s(?:january|february|march|april|may|june|july|august|september|october|november|december),?)\s(20\d{2})\b/;
// ("whose financial year ends on 31 March", "Quillfeather's fiscal year runs through June 30": a day may come before the month.)
const FISCAL_YEAR_ENDS = /\b(?:fiscal|financial)\syear\s(?:ends|ended|ending|runs\s(?:to|through|until)|closes)\s(?:in\s|on\s)?(?:late\s|early\s|mid-|the\send\sof\s|\d{1,2}(?:st|nd|rd|th)?\s)?(january|february|march|april|may|june|july|august|september|october|november|december)\b/g;
/** Right before a month: a verb of a period's ending ("ending in", ", which ends in late", "that ended in"). */
const ENDS_IN_BEFORE = /\b(?:ends|ended|ending|will\send|closes|closed|closing|runs\s(?:through|to|until)|ran\s(?:through|to|until))\s(?:in\s)?(?:late\s|early\s|mid-|the\send\sof\s)?$/;
/**
 * Between a period and the day (or month) it ends on, which then names no period of its own: ", which
 * ended", " ending in", " through", "（截至", ", for the period ended", ", the three months that ended".
 */
const PERIOD_THEN_ENDS = /^(?:\s?[(（]\s?(?:截至|截止|ended|ending|to|through)?\s?|\s?(?:截至|截止)于?\s?|,?\s(?:(?:for\s)?the\s(?:period|quarter|half|(?:three|six|nine)\smonths)\s)?(?:(?:which|that)\s)?(?:ends|ended|ending|will\send|closes|closed|through|to)\s(?:on\s|in\s)?)$/;
/**
 * A clause's "the period ended" right before a day, the period it restates named earlier in the same
 * sentence: "second-quarter revenue of $812 million for the period ended Nov. 29".
 */
const THE_PERIOD_ENDED_BEFORE = /\bthe\s(?:period|quarter|half|(?:three|six|nine)\smonths)\s(?:(?:which|that)\s)?(?:ended|ending|through|to)\s(?:on\s)?$/;
/** Whether the day (or month) `day` restates when the period `before` ends, so names no period of its own. */
function restatesEndOf(lower: string, before: PeriodMatch, day: PeriodMatch): boolean {
  const between = lower.slice(before.end, day.start);
  if (between.length <= 40 && PERIOD_THEN_ENDS.test(between)) return true;
  return between.length <= 120 && THE_PERIOD_ENDED_BEFORE.test(between) && !/[。！？!?;；\n]|\.\s/.test(between);
}
/** A quarter pointed back at and a word of its end right before a day: 该季度截至, 本财季截止于. */
const QUARTER_POINTED_AT_ENDS = /(?:该|本|这一?)(?:财季|季度)\s?(?:截至|截止)于?\s?$/u;
/** Of those words, the ones of an end still to come: "which ends", "will end" (not "ended", "through"). */
const ENDS_AHEAD = /\b(?:ends|ending|will\send|closes)\b/;
/**
 * A name in the possessive right before a year's words ("Pennock's financial"): its first word. (Not a
 * common noun after "the": "the company's fiscal year", "the group's", point back to the story's own.)
 */
const POSSESSIVE_BEFORE_YEAR = /(?<!\bthe\s)\b([a-z][\w-]*)['’]s\s(?:(?:financial|fiscal)\s)?$/;
/** A bracket opening right after a Chinese fiscal year, then 截至 (and the month it ends in, with its year). */
const CJK_YEAR_ENDS_IN = /^\s?[（(]\s?(?:截至|截止)\s?$/u;
/** Between a Chinese fiscal year and the month it ends in: (将)于 (the text is simplified). */
const CJK_YEAR_ENDS_ON = /^\s?(?:将|会)?\s?于\s?$/u;
/** Right after that month: (底)结束 or 止. */
const CJK_ENDS_AFTER_MONTH = /^\s?[底末]?\s?(?:结束|止)/u;
const YEAR_ENDS_IN = /^,?\s(?:which|that)\s(ends|ended|will\send|closes|closed|runs\s(?:through|to|until)|ran\s(?:through|to|until))\s(?:in\s|on\s)?(?:the\send\sof\s)?$/;

/** Words right after a metric's word that make it a document's or an event's name (the lexicons' `document`: an earnings release, a profit warning). */
const DOCUMENT_AFTER = new RegExp(`^\\s${wordsPattern(placedWords("document"), "both")}`);
/** "EBIT before special items", "sales excluding fuel": the words that open what an adjusted figure leaves out, a word or two before a metric's word. */
// (In Chinese, right before the metric's word: 若撇除匯率影響，以固定匯率計算則增長1% is the revenue's growth.)
const LEFT_OUT_BEFORE = new RegExp(`${wordsPattern(placedWords("left_out", { language: "en" }), "both")}\\s(?:[a-z][a-z-]*\\s){0,2}$|(?:${wordsPattern(placedWords("left_out", { language: "zh" }))})$`, "u");

/** Words in a headline or lead that say the results are still to come: an earnings preview, or a company's own warning of them (the lexicons' `results_warning`: 业绩预告, 盈警). */
const PREVIEW_WORDS = new RegExp(`\\b(?:earnings\\spreview|results\\spreview|preview|what\\sto\\s(?:watch|expect)|reports\\s(?:its\\s)?(?:[\\w-]+\\s){0,2}results\\s(?:after|before|on)\\s|(?:is|are)\\s(?:scheduled|set|due|expected)\\sto\\s(?:report|release|post)|will\\s(?:report|release|post)\\s(?:its\\s)?(?:\\w+\\s){0,3}results|ahead\\sof\\s(?:its\\s)?(?:\\w+\\s){0,2}(?:results|earnings))\\b|业绩前瞻|财报前瞻|即将公布|即将发布|将于[^。，]{0,10}(?:公布|发布)|${wordsPattern(placedWords("results_warning"), "both")}`);
/** The company's preliminary results (the lexicons' `preliminary_results`: 业绩快报, "preliminary results"). */
const PRELIMINARY_RESULTS = new RegExp(wordsPattern(placedWords("preliminary_results"), "both"));

/** 去年底为, 上年末时: the end of last year given as a base (its value follows). */
const YEAR_END_BASE = /^(?:去年|上年)(?:底|末)(?:为|時|时)/;

/** An English forecast's verb, then at most four words in its clause, right before a period: "forecast second-quarter revenue", "forecast further growth in fiscal 2026". */
const FORECAST_VERB_EN = /\b(?:forecast|forecasts|forecasted|expects|expected|sees|guided|guides|projects|projected|predicts)\s(?:[a-z-]+\s){0,4}$/;
/** A forecast's verb and at most three words of its object right before a period ("forecast fourth-quarter", "expects second-quarter"), not a noun the clause goes on from ("raised its forecast on Tuesday after third-quarter results"). */
const FORECASTS_PERIOD_BEFORE = /\b(?:forecasts?|forecasted|expects|expected|sees|guided|guides|projects|projected|predicts)\s(?:(?!(?:after|as|when|following|on|with|and|but)\s)[a-z-]+\s){0,3}$/;
/** The same in Chinese: 预计2025年, 预期第四季度. */
const FORECAST_WORD_ZH = /(?:预计|预期|预测|指引)[^，。,]{0,4}$/;

/**
 * Whether a period is the one a forecast is for: a forecast's verb a few words before it, or a
 * forecast's noun a few words after ("its full-year forecast"). With `chinese` false only an English
 * verb counts: a Chinese profit warning forecasts the very period it is about (預期截至9月30日止六個月).
 * (With it, asked of a headline's, a heading's or a lead's period, so is a forecast's noun and "for"
 * right before it, "raised its revenue growth outlook for the year"; in the body "set targets for
 * 2028: …" goes on to give that year's targets.)
 */
function forecastsPeriod(lower: string, period: { start: number; end: number }, from: number, chinese: boolean): boolean {
  const before = lower.slice(Math.max(from, period.start - 48), period.start);
  return FORECAST_VERB_EN.test(before) || (chinese && (FORECAST_WORD_ZH.test(before) || FORECAST_NOUN_BEFORE.test(before) || FORECAST_NOUN_AFTER_ZH.test(lower.slice(period.end, period.end + 8)))) || FORECAST_NOUN_AFTER.test(lower.slice(period.end, period.end + 40));
}
/** A Chinese forecast's noun right after a period, a word or two between at most: 2025年度财测, 全年营收指引, 2026年目标. */
const FORECAST_NOUN_AFTER_ZH = /^(?:[\u4e00-\u9fff]{0,3}?)(?:财测|财务预测|预测|指引|展望|目标|预估)/u;

/** Whether another period is named after the one at `index` in its sentence. */
function periodNamedAfter(periods: readonly PeriodMatch[], index: number, lower: string): boolean {
  const next = periods[index + 1];
  return next !== undefined && !/[。！？.!?\n]/.test(lower.slice(periods[index]!.end, next.start));
}
/** "…, which was put on care and maintenance in March": a month in a relative clause dates what the clause tells. */
const RELATIVE_CLAUSE_BEFORE = /,\s(?:which|that|who)\s[^,;.]*\s(?:in|on|since)\s$/;
const ANNOUNCED_AFTER = /^(?:公布|披露|宣布|发布|表示|称|指)/;
/** "until the end of", "by the end of": a deadline's words before a period. */
const UNTIL_END_OF = /\b(?:until|till|by|through)\s(?:the\s)?end\sof\s$/;
/** What stands between the day a period ends and the period, in Chinese: 止, 的, or nothing. */
const ENDS_BEFORE = /^\s?(?:止)?\s?(?:的)?\s?$/;
/** A past verb and in / on right before a month: the month an event happened in ("bought in January", "announced in August"). */
// ("the range the company had guided to in February": a particle may stand between.)
const EVENT_MONTH_BEFORE = /\b(?:[a-z]+ed|said|told|wrote|gave|bought|sold|began|begun|won|made|took|held|set|struck|built|shut|paid|spent|signed|unveiled|launched)\s(?:(?:to|for|up|down|out|off)\s)?(?:in|on|since|during|back\sin)\s$/;

/** A verb of a company's reporting, a few words before the day it did so ("reported a stronger fourth quarter on Wednesday"), or right before it ("said Wednesday"). */
const REPORTED_ON = /\b(?:reported|said|posted|announced|released|delivered|unveiled|raised|lifted|cut|forecast|beat|missed|topped)\b(?:[^.;]{0,80}?\b(?:on|late on|early on))?\s$/;

/**
 * The day the story's lead says the company reported ("…reported a stronger-than-expected fourth
 * quarter on Wednesday" in Thursday's paper), when it is before the article's date: the day a share
 * price or move with no day of its own was read on (English news; see finishPeriod).
 */
function reportDayOf(language: string, lower: string, lead: { start: number; end: number } | undefined, periods: readonly PeriodMatch[], labels: readonly (string | undefined)[], date: string | undefined): { reportDay?: string } {
  if (language !== "en" || !lead || !date) return {};
  for (let i = firstFrom(periods, lead.start); i < periods.length && periods[i]!.start < lead.end; i++) {
    const { cue, start } = periods[i]!;
    const label = labels[i];
    if ((cue.kind !== "weekday" && cue.kind !== "relative_day") || !label?.startsWith("@") || label.slice(1) >= date) continue;
    if (REPORTED_ON.test(lower.slice(Math.max(lead.start, start - 100), start))) return { reportDay: label.slice(1) };
  }
  return {};
}

/** A dateline's place in capitals opening a line ("STUTTGART —", "SYDNEY, Feb 25 —"). */
const DATELINE_PLACE = /^[ \t]*([A-Z][A-Z'’-]{2,20}(?:\s[A-Z][A-Z'’-]{2,20})?)(?:,\s[^\n—–-]{0,40}?)?\s?[—–-]\s/m;
/**
 * Words for a firm after a place ("the Stuttgart group"): the lexicons' `firm_noun`, but not a peer's
 * (rival, competitor): "the Stuttgart rival" is another company of the same city.
 */
const FIRM_AFTER_PLACE = wordsPattern(placedWords("firm_noun", { language: "en" }).filter((word) => !PEER_WORDS.includes(word)), "none", " ");

/**
 * The story's own company where the text names it by the dateline's place and a word for a firm
 * ("the Stuttgart group", "the Stuttgart-based maker"), as mentions of `entity`; undefined when the
 * story has no dateline or never writes it so.
 */
function datelineReferences(text: string, entity: string): NamedCompany | undefined {
  // (On a line of its own near the top: the story's first paragraph, after the headline.)
  const said = DATELINE_PLACE.exec(text.slice(0, 800));
  if (!said) return undefined;
  const place = said[1]!.split(" ").map((word) => word[0]! + word.slice(1).toLowerCase()).join(" ");
  const pattern = new RegExp(String.raw`\b[Tt]he\s${escapeRegExp(place)}(?:-based)?\s(?:[a-z-]+\s){0,2}?(?:${FIRM_AFTER_PLACE})\b`, "g");
  const mentions: TermMatch<Term>[] = [];
  for (const match of text.matchAll(pattern)) mentions.push({ start: match.index, end: match.index + match[0].length, entries: [{ kind: "entity", id: entity }] });
  return mentions.length > 0 ? { entity: { id: entity, name: place, foundIn: "text", strong: false }, mentions } : undefined;
}

/** A verb of keeping a calendar right before a year ending on a day: "runs a (financial year to June 30)", "has a", "uses a". */
const TELLS_CALENDAR_BEFORE = /\b(?:runs?|running|has|having|uses?|using|keeps?|operates?(?:\son)?|follows?|reports?\son)\s(?:a|an|its)\s$/;

/** The taxonomy with the parts the text names (a parts table's rows, a heading's name) as segments, when it lacks any of them. */
function withParts(taxonomy: Taxonomy, parts: ReadonlyMap<string, SegmentDefinition>): Taxonomy {
  const missing = [...parts].filter(([id, part]) => taxonomy.segments.get(id) !== part);
  return missing.length === 0 ? taxonomy : withoutNewNames(taxonomy, { segments: new Map([...taxonomy.segments, ...missing]) });
}

/** A year end as the taxonomy writes it: "06-30", or the day given. */
function monthEnd(month: number, day?: number): string {
  return `${String(month).padStart(2, "0")}-${String(day ?? daysInMonth(2001, month)).padStart(2, "0")}`;
}

/**
 * The last day of a fiscal year the text tells, as MM-DD: a year (12 months) that ends on a day, or
 * an interim (6 months) that ends on one, six months before the year's end. None for the calendar year.
 */
function toldFiscalYearEnd(periods: readonly PeriodMatch[], lowerText: string, date: string | undefined, from = 0, to = lowerText.length, ownName = "", othersParagraph: (at: number) => boolean = () => false): string | undefined {
  const told = (month: number, day?: number): string | undefined => {
    const said = monthEnd(month, day);
    return said === "12-31" ? undefined : said;
  };
  // Quarter `quarter` (2 for a half, 3 for nine months, 4 for the year) ended on the cue's day: a year
  // ending in the month that makes it so, on a weekday when the day is not the month's last ("the
  // second quarter ended Dec. 27": the last Saturday of June).
  // (A quarter that ends on a day still to come, "the fiscal third quarter, which ends March 28", ends
  // on the first such day after the article's date.)
  const toldByQuarterEnd = (quarter: number, cue: { year?: number; month: number; day: number }, ahead = false): string | undefined => {
    const month = ((lastMonthOf(cue) + 3 * (4 - quarter) - 1) % 12) + 1;
    const day = ahead ? dayOnOrAfter(cue, date) : dayOnOrBefore(cue, date);
    return (day && weekYearEndTold(quarter, day, month)) ?? told(month);
  };
  // The year ending in a month says it best ("the full year to June 30", where "the six months to June 30"
  // before it was the second half).
  // (Not another company's, named in the possessive right before: "…; Pennock's financial year ends in September.")
  // (And in Chinese: "日本同业丸冈工机的财年截至每年3月", not 公司的 or 集团的, the story's own.)
  // (Whether another company's calendar is told is asked of the whole text only: a round-up's section is one company's.)
  const wholeText = from === 0 && to === lowerText.length;
  // (The story's own name in the possessive is its own year: "Quillmoor's fiscal year runs through June 30".)
  const ownWord = asciiLower(ownName).split(/\s+/)[0] ?? "";
  const othersYear = (at: number) => {
    if (!wholeText) return false;
    if (othersParagraph(at)) return true;
    const possessive = POSSESSIVE_BEFORE_YEAR.exec(lowerText.slice(Math.max(0, at - 34), at));
    if (possessive && (ownWord.length < 3 || possessive[1] !== ownWord)) return true;
    return /[\u4e00-\u9fff]{2}(?<!公司|集团|本公司|该公司)的(?:财年|财政年度|会计年度)?$/u.test(lowerText.slice(Math.max(0, at - 12), at));
  };
  // "whose fiscal year ends in late September", "its financial year ends on 31 March": said outright,
  // it is told before any year a table's caption ends ("Tarnwick & Sloe at a glance (year to December)").
  // (Not another company's, named in the possessive right before: "…; Pennock's financial year ends in September.")
  const stretch = wholeText ? lowerText : lowerText.slice(from, to);
  for (const said of stretch.matchAll(FISCAL_YEAR_ENDS)) {
    if (othersYear(said.index)) continue;
    return told(monthOf(said[1]));
  }
  const year = periods.find((period) => period.cue.kind === "ending" && period.cue.months === 12 && !othersYear(period.start));
  // (A year to December tells the calendar, which the periods after it may still gainsay: "in the year to
  // 31 December 2024" of a company being bought, then "the six months to 30 September, the first half of
  // its financial year", the story's own.)
  if (year?.cue.kind === "ending") {
    const day = dayOnOrBefore(year.cue, date);
    const end = (day && weekYearEndTold(4, day, lastMonthOf(year.cue))) ?? told(year.cue.month, year.cue.day);
    if (end !== undefined) return end;
  }
  const calendarTold = year !== undefined;
  for (let i = 0; i < periods.length; i++) {
    const { cue } = periods[i]!;
    if (cue.kind !== "ending") continue;
    // (A peer's stretch, "日本同业丸冈工机…，其2025年4月至12月营收", tells the peer's calendar, not the story's.)
    if (wholeText && (aboutPeer(lowerText, periods[i]!.start) || othersParagraph(periods[i]!.start))) continue;
    // A half or the nine months ending in a month (the year ends 6 or 3 later).
    // (Unless the story opens on the second half of the company's year, "a 31 per cent rise in net
    // profit for the second half of its financial year … for the six months ended Dec 31": that half
    // ends the year.)
    if (cue.months === 6 && from === 0 && opensOnSecondHalf(lowerText)) return toldByQuarterEnd(4, cue);
    // (Once a year to December is told, a half or nine months that fit it say nothing against it: "the six
    // months to December" is then the second half.)
    if ((cue.months === 6 || cue.months === 9) && !(calendarTold && cue.month % cue.months === 0)) return toldByQuarterEnd(cue.months / 3, cue);
    // "the October-December quarter (Q3FY25)": a fiscal quarter written beside its months.
    const near = (other: PeriodMatch | undefined) => other !== undefined && (Math.abs(other.start - periods[i]!.end) <= 12 || Math.abs(periods[i]!.start - other.end) <= 12);
    const beside = [periods[i - 1], periods[i + 1]].find(near);
    if (cue.months === 3 && beside?.cue.kind === "quarter" && beside.cue.fiscal) return toldByQuarterEnd(beside.cue.quarter, cue);
  }
  // "fiscal 2025, which ends in March": a year and the month it ends in.
  for (let i = 0; i + 1 < periods.length; i++) {
    const ending = yearEndingIn(periods, i, lowerText, date);
    if (ending) return told(ending.month);
  }
  // "the third quarter of fiscal 2026, which ended Oct. 31", "its third quarter ended Nov. 1": a quarter
  // and the day it ended, told apart (a day early in a month ends a 52/53-week quarter of the month before).
  // ("the fourth quarter ending in January": a month tells it as its last day does.)
  // ("the first half to 30 November": a half is its year's second quarter's end.)
  for (let i = 1; i < periods.length; i++) {
    const { cue } = periods[i]!;
    const part = periods[i - 1]!;
    if ((cue.kind !== "date" && cue.kind !== "month") || (part.cue.kind !== "quarter" && part.cue.kind !== "half") || !restatesEndOf(lowerText, part, periods[i]!)) continue;
    const day = cue.kind === "month" ? { month: cue.month, day: daysInMonth(2001, cue.month) } : cue;
    return toldByQuarterEnd(part.cue.kind === "half" ? 2 * part.cue.half : part.cue.quarter, day, ENDS_AHEAD.test(lowerText.slice(part.end, periods[i]!.start)));
  }
  // "截至10月31日的2026财年第三季度", "截至今年9月30日的2026财年首季": the day a fiscal quarter ends, written
  // before it (its fiscal year between at most).
  for (let i = 0; i + 1 < periods.length; i++) {
    const { cue, end } = periods[i]!;
    if (cue.kind !== "date") continue;
    let next = i + 1;
    const fiscalYear = periods[next]!.cue;
    if (fiscalYear.kind === "year" && fiscalYear.fiscal === true && periods[next]!.start - end <= 3) next++;
    const quarter = periods[next];
    if (quarter?.cue.kind !== "quarter" || quarter.start - end > 12 || !ENDS_BEFORE.test(lowerText.slice(end, periods[i + 1]!.start))) continue;
    // (A quarter named by its number alone is the fiscal one only with its fiscal year before it.)
    if (!quarter.cue.fiscal && next === i + 1) continue;
    return toldByQuarterEnd(quarter.cue.quarter, cue);
  }
  // "third-quarter results … in the quarter ended Nov. 1": the story's quarter, named by its number
  // before a quarter ending on a day, tells where the year ends (a third quarter ending in October: a
  // year ending in January).
  // (In Chinese the quarter may be pointed back at: "第三财季营收…。该季度截至10月31日。")
  const endedLater = periods.find((period) => period.cue.kind === "date" && QUARTER_POINTED_AT_ENDS.test(lowerText.slice(Math.max(0, period.start - 10), period.start)));
  const ended = periods.find((period) => period.cue.kind === "ending" && period.cue.months === 3) ?? (endedLater?.cue.kind === "date" ? { ...endedLater, cue: { kind: "ending" as const, months: 3, month: endedLater.cue.month, day: endedLater.cue.day, ...(endedLater.cue.year === undefined ? {} : { year: endedLater.cue.year }) } } : undefined);
  // (A fiscal quarter with its year counts too: "third-quarter fiscal 2026 results … the quarter ended
  // October 31"; a quarter a forecast is for does not, "forecast fourth-quarter earnings", "fiscal Q2 guide".)
  const forecastFor = (period: PeriodMatch) => FORECASTS_PERIOD_BEFORE.test(lowerText.slice(Math.max(0, period.start - 40), period.start)) || FORECAST_NOUN_AFTER.test(lowerText.slice(period.end, period.end + 16));
  // (Of several, one written as the fiscal quarter goes first: "visibility into the fourth quarter,"
  // said on "the call to discuss fiscal third-quarter results" is the year's next quarter.)
  const numberedQuarters = ended ? periods.filter((period) => period.start < ended.start && period.cue.kind === "quarter" && (period.cue.year === undefined || period.cue.fiscal === true) && !forecastFor(period)) : [];
  const numbered = numberedQuarters.find((period) => period.cue.kind === "quarter" && period.cue.fiscal === true) ?? numberedQuarters[0];
  if (ended?.cue.kind === "ending" && numbered?.cue.kind === "quarter") return toldByQuarterEnd(numbered.cue.quarter, ended.cue);
  return undefined;
}

/** A quoted term, then a word of defining, right before a period: “本期”指, "the period" means. */
const DEFINES_PERIOD = /[“"「『]([^”"」』\n]{1,12})[”"」』]\s?(?:指|是指|系指|即|means|refers\sto)\s?$/u;
/** "the same year", 同年: the same period as before, a year long. */
const SAME_YEAR = /^(?:the\ssame\syear|同年)$/;
/** Words right before a day that make it the day a balance stands on: "at 30 September", "as of Dec. 31", 截至9月30日. */
const BALANCE_DAY_BEFORE = /(?:\bat|\bas\sat|\bas\sof|截至|截止|于)\s?(?:the\s)?$/;
/** How far into a text its opening runs: the headline and the lead. */
const OPENING_CHARACTERS = 600;
/** Results of the second half of a company's year: "2H profit", "the second half of its financial year", "second-half net profit", 下半财年业绩. */
const SECOND_HALF_RESULTS = /\b(?:2h|h2)\b|\bsecond[- ]half\s(?:of\s(?:its|the)\s(?:financial|fiscal)\syear|(?:net\s|pre-tax\s|pretax\s)?(?:profits?|earnings|results|revenue|sales))|下半(?:财|財)?年度?(?:业绩|業績|净利|淨利|盈利|纯利|純利|收入|营收|營收)/;
/** A first half or an interim named in the same opening: then "the second half" is an outlook or a comparison. */
const FIRST_HALF_WORDS = /\b(?:1h|h1|interim|half-year|half year)\b|\bfirst[- ]half\b|上半(?:财|財)?年|中期/;

/** A period label's year to date and its last quarter (2025-Q1..2025-Q3 → 2025-Q1..2025-Q3 and 2025-Q3; 2025-H1 → 2025-Q1..2025-Q2 and 2025-Q2); undefined for labels not made of quarters. */
function yearToDateOf(label: string): { toDate: string; lastQuarter: string } | undefined {
  const last = /(?:^|\.\.)(?:(\d{4})-Q([1-4])|(\d{4})-H([12])|FY(\d{4}))$/.exec(label);
  if (!last) return undefined;
  const year = Number(last[1] ?? last[3] ?? last[5]);
  const quarter = last[2] ? Number(last[2]) : last[4] ? Number(last[4]) * 2 : 4;
  return { toDate: quartersLabel(year, 1, quarter), lastQuarter: quarterLabel(year, quarter) };
}

/** Whether the story's opening is about the second half of the company's year, and names no first half. */
function opensOnSecondHalf(lowerText: string): boolean {
  const opening = lowerText.slice(0, OPENING_CHARACTERS);
  return SECOND_HALF_RESULTS.test(opening) && !FIRST_HALF_WORDS.test(opening);
}

/**
 * "Q3FY25 net profit rose…" in a story of late January 2025: a fiscal quarter named with its year is
 * the one last over by the article's date (results come within three months of a quarter's end), so
 * it tells where the year ends (a third quarter ending in December: a year ending in March), when the
 * year it names is the one that then ends. So does a half written as a fiscal one with its year that
 * the opening reports ("higher earnings for the first half of fiscal 2026" in late February: a half to
 * December, a year to June), the half last over some days before the date. Undefined for the calendar year, or when nothing fits.
 */
function quarterToldFiscalYearEnd(periods: readonly PeriodMatch[], lower: string, date: string | undefined, forecastInSentence: (at: number) => boolean): string | undefined {
  if (!date) return undefined;
  const reported = lastReportedQuarter(date);
  // ("said revenue in its fiscal fourth quarter rose 6%" in a story of mid-November: a fiscal quarter
  // without its year, reported in the opening, is the one last over some days before the date, so it
  // tells the year's end the same way. Not one a forecast is for, "expects fiscal third-quarter sales".)
  const justOver = lastReportedQuarter(addDays(date.slice(0, 10), -QUARTER_RESULTS_DAYS));
  const reportedInOpening = (period: PeriodMatch) => period.start < OPENING_CHARACTERS && !forecastsPeriod(lower, period, 0, true) && !forecastInSentence(period.start);
  for (const [index, period] of periods.entries()) {
    const { cue } = period;
    // ("the first half of its 2025/26 financial year" in mid-October: a half written as a fiscal year's,
    // read as one period or as a half and the fiscal year right after it, ended at a month's end some
    // weeks before, Aug. 31, so the year ends six months later; when the half names its year, the year
    // that ends so must be that one.)
    const next = periods[index + 1];
    const fiscalYearAfter = next?.cue.kind === "year" && next.cue.fiscal === true && next.start - period.end <= 12 && /^\s(?:of\s)?(?:its|the|their)?\s?$/.test(lower.slice(period.end, next.start));
    // (So is a yearless half written as a fiscal one: 上半財年, "the first half of its fiscal year".)
    const fiscalHalf = cue.kind === "half" && (cue.year === undefined ? fiscalYearAfter || FISCAL_WRITTEN.test(lower.slice(period.start, period.end)) : cue.fiscal === true);
    if (fiscalHalf && !forecastsPeriod(lower, period, 0, true) && !forecastInSentence(period.start)) {
      const month = quarterEndMonthBefore(date, HALF_RESULTS_DAYS, HALF_RESULTS_DAYS[1]);
      if (month !== undefined) {
        const told = yearEndAfterMonth(Number(date.slice(0, 4)) - (month > Number(date.slice(5, 7)) ? 1 : 0), month, 6 * (2 - cue.half));
        if (cue.year === undefined || cue.year === told.year) return told.end;
      }
    }
    if (cue.kind === "half" && cue.year !== undefined && FISCAL_WRITTEN.test(lower.slice(period.start, period.end)) && reportedInOpening(period)) {
      // (A half named by a calendar year that is over by the date, "the first half of 2025" in August or
      // "2025年下半年" in January, is the calendar's.)
      if (isOver(halfLabel(cue.year, cue.half), date)) return undefined;
      const told = yearEndAfter(justOver, (2 - cue.half) * 6);
      return told.year === cue.year ? told.end : undefined;
    }
    // ("9M FY26 revenue rose" in early February: a fiscal year's first months with its year tell it as
    // their last quarter does, the nine months to December of a year to March.)
    if (cue.kind === "to_date" && cue.fiscal === true && cue.year !== undefined && reportedInOpening(period)) {
      const told = yearEndAfter(reported, (4 - cue.quarters) * 3);
      if (told.year === cue.year) return told.end;
      continue;
    }
    if (cue.kind !== "quarter" || !cue.fiscal) continue;
    const yearless = cue.year === undefined;
    // ("Net revenue for the fiscal second quarter" in early October: no calendar second quarter is still
    // news, so the quarter is one that ended in the weeks before, Aug. 31, and the year ends in February;
    // written "fiscal", it says so wherever the story reports it, not only in the opening.)
    const reportedAnywhere = FISCAL_WRITTEN.test(lower.slice(period.start, period.end)) && !forecastsPeriod(lower, period, 0, true) && !forecastInSentence(period.start);
    if (yearless && !reportedInOpening(period) && !reportedAnywhere) continue;
    if (yearless && !endedWithin(quarterLabel(justOver.year, cue.quarter), date, USUAL_REPORT_DAYS) && !endedWithin(quarterLabel(justOver.year - 1, cue.quarter), date, USUAL_REPORT_DAYS)) {
      const month = quarterEndMonthBefore(date);
      if (month !== undefined && month % 3 !== 0) return yearEndAfterMonth(Number(date.slice(0, 4)), month, 3 * (4 - cue.quarter)).end;
    }
    if (yearless && !reportedInOpening(period)) continue;
    // (Nor a calendar quarter of the number that ended lately: "its fiscal second quarter" in September is the one to June.)
    if (yearless && [0, -1].some((back) => endedLately(quarterLabel(justOver.year + back, cue.quarter), date))) return undefined;
    const told = yearEndAfter(yearless ? justOver : reported, (4 - cue.quarter) * 3);
    return yearless || told.year === cue.year ? told.end : undefined;
  }
  return undefined;
}
/** A period written as the company's fiscal one: "fiscal 2026", "1H FY26", "financial year", 财年, 财政年度. */
const FISCAL_WRITTEN = /fiscal|financial\syear|\bfy|财年|财政年度/;
/** Whether a calendar period ended before `date` and at most `days` before it. */
function endedWithin(label: string, date: string, days: number): boolean {
  const parsed = parsePeriod(label);
  const end = parsed.ok ? parsed.period.end : undefined;
  return end !== undefined && end < date && dayNumber(date) - dayNumber(end) <= days;
}
/** Days within which most companies give a quarter's results (a 10-Q is due within 40 to 45 days; a few days' slack). */
const USUAL_REPORT_DAYS = 50;
/**
 * The month a quarter (or a half) reported at `date` most likely ended in: of the month ends the window's
 * days before it, a calendar quarter's end if one is among them within `calendarWithin` days (most
 * fiscal years end with one), else the one whose results would come nearest the usual lag.
 */
function quarterEndMonthBefore(date: string, [fewest, most]: readonly [number, number] = [QUARTER_RESULTS_DAYS, REPORTED_WITHIN_DAYS / 2], calendarWithin = USUAL_REPORT_DAYS): number | undefined {
  const [year, month] = date.slice(0, 10).split("-").map(Number) as [number, number];
  const ends: { month: number; lag: number }[] = [];
  for (let back = 0; back <= 3; back++) {
    const m = ((month - 1 - back + 12) % 12) + 1;
    const y = month - back >= 1 ? year : year - 1;
    const lag = dayNumber(date.slice(0, 10)) - dayNumber(lastDayOfMonth(y, m));
    if (lag >= fewest && lag <= most) ends.push({ month: m, lag });
  }
  const usual = [...ends].sort((a, b) => Math.abs(a.lag - USUAL_RESULTS_LAG_DAYS) - Math.abs(b.lag - USUAL_RESULTS_LAG_DAYS))[0];
  return (ends.find((end) => end.month % 3 === 0 && end.lag <= calendarWithin) ?? usual)?.month;
}
/** Days most companies take to give a quarter's results (US filers four to six weeks, Asian ones about as long). */
const USUAL_RESULTS_LAG_DAYS = 35;
/** Days between a half's end and its results: a half's accounts take four weeks at least, and come within about ten. */
const HALF_RESULTS_DAYS = [28, 75] as const;
/** Whether a calendar period ended before `date` and within the months a company takes to report it (REPORTED_WITHIN_DAYS). */
function endedLately(label: string, date: string): boolean {
  return endedWithin(label, date, REPORTED_WITHIN_DAYS);
}
/**
 * The end of the fiscal year whose last quarter ends `months` after quarter `over`: its month's last
 * day (MM-DD) and the calendar year it falls in; no end for a year ending in December, the calendar's.
 */
function yearEndAfter(over: { year: number; quarter: number }, months: number): { end: string | undefined; year: number } {
  return yearEndAfterMonth(over.year, over.quarter * 3, months);
}
/** The same from a month's end (month `month` of `year`): the end of a year ending `months` after it. */
function yearEndAfterMonth(year: number, month: number, months: number): { end: string | undefined; year: number } {
  const endMonth = month + months;
  const yearEnd = ((endMonth - 1) % 12) + 1;
  return { end: yearEnd === 12 ? undefined : monthEnd(yearEnd), year: year + (endMonth > 12 ? 1 : 0) };
}
/** A word for a range's end that a fall's or a rise's word also is: "the lower end", "the higher end of its range". */
const RANGE_END_WORD = /^(?:lower|higher|upper)$/;
const RANGE_END_AFTER = /^[\s-](?:end|bound|limit)s?\b/;
/** What makes 估值 after it the value of an estimate, not a valuation: 初估值 (a first estimate's), 预估值 (a forecast's). */
const ESTIMATE_BEFORE_VALUE = /^[初预預]$/u;
/** Days at least between a quarter's end and its results (a bank's come about two weeks after). */
const QUARTER_RESULTS_DAYS = 10;

/**
 * "Kestrel Outdoor's full-year result, released on Wednesday" in a story of late August: a year's
 * results the opening reports are those of the year last over by the article's date, so the year ends
 * at the last quarter's end at least a month before the date (a year's accounts take that long): June
 * for August, March for May, December for April (an A-share annual report). Undefined for the calendar
 * year, or when the opening names no year's results (a forecast of them, "raised its full-year
 * earnings forecast", names none).
 */
function resultsYearToldFiscalYearEnd(periods: readonly PeriodMatch[], lower: string, date: string | undefined): string | undefined {
  if (!date) return undefined;
  // ("Breville Group has just released its fiscal 2025 result" on 13 August, on a live page whose opening
  // is its latest entry: a fiscal year named with its year before a word for results, anywhere, is the
  // year last over a month before the date, when that year ends in the year it names.)
  const over = lastReportedQuarter(addDays(date.slice(0, 10), -ACCOUNTS_DAYS));
  for (const period of periods) {
    if (period.cue.kind !== "year" || period.cue.year !== over.year || !FISCAL_WRITTEN.test(lower.slice(period.start, period.end))) continue;
    // ("reported record profit for fiscal 2025": so does one a verb of reporting gives results for.)
    const reported = YEAR_RESULTS_AFTER.test(lower.slice(period.end, period.end + 24)) || YEAR_RESULTS_VERB_BEFORE.test(lower.slice(Math.max(0, period.start - 80), period.start));
    if (reported && !forecastsPeriod(lower, period, 0, true)) return over.quarter === 4 ? undefined : monthEnd(over.quarter * 3);
  }
  // (Only where the opening names no other period of the company's than such years, the headline's and
  // the lead's: a quarter's, a half's or a year's by its number would tell the story's period otherwise.)
  const opening = periods.filter((period) => period.start < OPENING_CHARACTERS && OWN_PERIOD_KINDS.has(period.cue.kind));
  if (!opening.every(({ cue }) => cue.kind === "year" && cue.year === undefined && cue.relative === undefined)) return undefined;
  if (!opening.some((period) => YEAR_RESULTS_AFTER.test(lower.slice(period.end, period.end + 24)) && !forecastsPeriod(lower, period, 0, true))) return undefined;
  // (The last quarter over a month before the date: for a story of late August, the one ending in June.)
  return over.quarter === 4 ? undefined : monthEnd(over.quarter * 3);
}
/**
 * A year's results named (results, 业绩; a forecast of them, "results outlook", is forecastsPeriod's to
 * tell); "earnings" is left out, a year's earnings being as often a forecast's ("its full-year earnings
 * range").
 */
const YEAR_RESULTS_AFTER = /^\s?(?:results?|业绩|業績|财报|財報)/;
/** A verb of giving results, then the clause's words, then "for" right before a year: "reported record profit for". */
const YEAR_RESULTS_VERB_BEFORE = /\b(?:reported|posted|announced|booked|recorded|delivered)\s[^.;:!?]{0,60}?\b(?:for|in)\s$/;
/** Kinds of period a story's opening names its company's own by. */
const OWN_PERIOD_KINDS: ReadonlySet<string> = new Set(["quarter", "half", "year", "to_date", "ending", "report_period"]);
/** Days at least between a year's end and its results. */
const ACCOUNTS_DAYS = 30;

/** The taxonomy with a company it does not know added, on the fiscal year its text tells. */
function withToldEntity(taxonomy: Taxonomy, entity: NewEntity, fiscalYearEnd: string): Taxonomy {
  const calendar = parseFiscalYearEnd(fiscalYearEnd);
  if (!calendar) return taxonomy;
  const entities = new Map(taxonomy.entities);
  entities.set(entity.id, { id: entity.id, ordinal: entities.size, name: entity.name || entity.id, fiscalYearEnd: calendar, fiscalYearNamedBy: entity.fiscalYearNamedBy ?? "end", aliases: { "zh-Hans": [], "zh-Hant": [], en: [] } });
  return withoutNewNames(taxonomy, { entities });
}

/**
 * What a bare 元 is when the company's reporting currency is unknown: in traditional Chinese the Hong
 * Kong dollar, unless the text is Taiwan's (新台币, 台股); in simplified Chinese the yuan.
 */
function localYuan(language: Language, lower: string): string | undefined {
  if (language !== "zh-Hant") return undefined;
  // Taiwan's own words for a results story (营益率, 税后纯益, 每股纯益) say so as well as its currency's.
  return TAIWAN_WORDS.test(lower) ? "TWD" : "HKD";
}
/**
 * Taiwan's own words: the lexicon files' `taiwan`, not inside Hong Kong's 按年 / 按月 / 按季 (按年增长 holds
 * Taiwan's 年增).
 */
const TAIWAN_WORDS = new RegExp(`(?<!按)${wordsPattern(placedWords("taiwan"))}`);

export function extractFacts(articleText: string, taxonomy: Taxonomy, options: ExtractOptions = {}): Extraction {
  const { header, body } = splitFrontMatter(articleText);
  // (The taxonomy as given, whose word lexicon is built once: the one a told calendar adds a company to is not.)
  const givenTaxonomy = taxonomy;
  // (A saved page's furniture, links to other stories, widgets, promotions and counters, is blanked:
  // its figures are not the article's.)
  const text = blankPageFurniture(normaliseText(body));
  const lower = asciiLower(text);
  const language = header.language ?? detectLanguage(body, text);
  const date = options.date ?? header.date;
  const cueWords = cues().matchAll(lower);
  // (A house that forecasts or is cited, "Goldman Sachs expects…", is no company the figure is of.)
  let terms = withoutForecastingHouses(ratiosOfAmounts(namesAsWritten(termLexicon(taxonomy).matchAll(lower), text, taxonomy), lower, taxonomy), cueWords, lower);
  const lineStarts = lineStartsOf(body);
  const layout = readLayout(text, lineStarts);
  const { figures, cells } = withTableCells(keepBareCounts(findFigures(text, lower), terms, lower, taxonomy), layout, lower);
  const allPeriods = findPeriods(lower);
  // A period word inside a figure ("2025 亿") is the figure's, not a period.
  // A period word inside a figure ("2025 亿") is the figure's, not a period; a period in brackets right
  // after another ("第一财季（截至2024年12月）") only restates when that one ends.
  // (A year alone in a table's header cell, "| 2025 | 2024 |", names its column's year, though it reads as a number too.)
  // (So does a year alone as a row's label: "| 年度 | EPS |" over "| 2021 | 5.46 |".)
  // (The spans in text order, looked up by halving: a long text holds many tables.)
  const yearCells = layout.tables
    .flatMap((table) => [{ start: lineStarts[table.header.line]!, end: lineStarts[table.header.line + 1] ?? text.length }, ...table.rows.map((row) => ({ start: row.cells[0]!.start, end: row.cells[0]!.end }))])
    .sort((a, b) => a.start - b.start);
  const inYearCell = (at: number) => {
    const k = firstFrom(yearCells, at + 1) - 1;
    return k >= 0 && at < yearCells[k]!.end;
  };
  // ("the second quarter ended June 30": the day after ended restates when the quarter ends, too.)
  // (Not a bracket's base, "for 2025 (2024: NOK 5.50)": a period and a colon open last year's figure.)
  const restates = (index: number) => {
    const before = allPeriods[index - 1];
    const period = allPeriods[index]!;
    // (Not a weekday, "this year through Wednesday's close", the day a move is measured to; nor the month
    // or day yearsEndingIn reads with the period before it, "fiscal 2025, which ends in March", "the fiscal
    // second quarter ending in December".)
    if (before === undefined || period.cue.kind === "weekday") return false;
    const readWithItsPeriod = (period.cue.kind === "month" && ENDS_IN_BEFORE.test(lower.slice(Math.max(0, period.start - 32), period.start))) || yearThenEnd(allPeriods, index - 1, lower) !== undefined;
    return !readWithItsPeriod && restatesEndOf(lower, before, period) && !bracketedBasePeriod(lower, period);
  };
  // ("上半财年（4月至9月）": the months a bracket names say more than a fiscal half or quarter named
  // without a year, which the company's calendar, not yet known, would have to place: they stand for it.)
  const yearlessFiscal = (cue: PeriodCue) => (cue.kind === "half" || cue.kind === "quarter") && cue.fiscal === true && cue.year === undefined;
  const placedByBracket = (index: number) => index + 1 < allPeriods.length && restates(index + 1) && yearlessFiscal(allPeriods[index]!.cue) && allPeriods[index + 1]!.cue.kind === "ending";
  const periods = allPeriods.filter((period, index) => {
    const at = firstFrom(figures, period.start);
    const previous = figures[at - 1];
    const next = figures[at];
    const headerYear = period.cue.kind === "year" && inYearCell(period.start);
    if (!headerYear && ((previous && previous.end > period.start) || (next && next.start < period.end))) return false;
    if (placedByBracket(index)) return false;
    return !restates(index) || placedByBracket(index - 1);
  });
  const named = namedCompanies(lower, terms, language);
  const { sentences, clauses } = withClauseStarts(withLeadIns(boundaries(text), layout.leadIns), reportedClauseStarts(lower));
  const headline = headlineLine(text, header.title !== undefined);
  const inHeadline = (start: number) => headline !== undefined && start >= headline.start && start < headline.end;
  const knownWords = termLexicon(givenTaxonomy);
  const isKnownWord = (name: string) => knownWords.matchAll(name).some((match) => match.start === 0 && (match.end - match.start) * 2 >= name.length);
  // (A round-up that names no company in its headline is about the companies its paragraphs and rows open with.)
  const headlineText = headline ? text.slice(headline.start, headline.end) : "";
  // ("**Kenji Marlowe-Sato** in Tokyo · 12 November": the byline's writer, named as the front matter's
  // author, is a person wherever the text names them, never a company.)
  const byAuthor = (company: NamedCompany) => header.author !== undefined && header.author.includes(company.entity.name);
  const allOpeners = roundUpOpeners(text, lineStarts, inHeadline, isKnownWord, headlineText).filter((company) => !byAuthor(company));
  // ("Trollheim Airlines, the former flag carrier, …": an English name an apposition says is a company.)
  if (language === "en") named.push(...appositionCompanies(text, isKnownWord).filter((company) => !allOpeners.some((opener) => sameCompanyName(opener.entity.name, company.entity.name))));
  // ("分拆上市的附属公司凯澜铁塔", "its listed subsidiary Ostraven Marine": a name after a word for a company's kin in its group.)
  // (Its full name overlaps the short name of the company it is kin to, 凯澜 of 凯澜通信: only the same name is the same company.)
  const kin = kinCompanies(lower, text, isKnownWord);
  // (A company another holds a stake in stays the kin though a paragraph opens on its name: "Marrowby Land,
  // the listed developer in which Marrowby Holdings owns a 62% stake, reported…" is not the story's
  // company by its first word; only a company named already by that very name is.)
  const namedAlreadyAsKin = (company: NamedCompany) =>
    company.held ? named.some((other) => other.entity.name.toLowerCase() === company.entity.name.toLowerCase()) : [...named, ...allOpeners].some((other) => sameCompanyName(other.entity.name, company.entity.name));
  named.push(...kin.filter((company) => !namedAlreadyAsKin(company)));
  // ("[禾嘉宠物](…/stock/301209)": a name linked to a stock's page, in either language.)
  named.push(...linkedCompanies(body, lower, isKnownWord).filter((company) => !namedAmong(company, [...named, ...allOpeners])));
  const titleLower = normaliseText(header.title ?? "").toLowerCase();
  // (A mention inside a known company's name is that company's: "Saudi" of "Saudi Aramco" names no other.)
  const weight = mentionWeight(header, text);
  const weightOutsideKnown = (at: number) => {
    const term = terms[firstFrom(terms, at + 1) - 1];
    return term !== undefined && at < term.end && term.entries.some((entry) => entry.kind === "entity" && entry.id !== "MARKET") ? 0 : weight(at);
  };
  const namedSubject = withNamedSubject(options.entity ? { entity: options.entity, reason: "given with --entity" } : findSubject(header, text, terms, taxonomy), [...named, ...allOpeners], titleLower, headline ? text.slice(headline.end) : text, weightOutsideKnown);
  // (Nothing named a company: the lead's first name written as one, rather than none.)
  const lastResort = namedSubject.entity === NO_COMPANY ? nameInLead(header, text) : undefined;
  const found = lastResort ? { entity: lastResort.id, reason: "a company the taxonomy does not know, the first name the lead writes", newEntity: lastResort } : namedSubject;
  // 滿福餐飲, "Harbour Foods": the words of a new company's own name are not a business it reports.
  if ("newEntity" in found && found.newEntity) terms = outsideName(terms, lower, found.newEntity.name);
  // 連鎖餐飲集團, 电商巨头, "the packaging group": a business word before a word for a company says what
  // kind of company it is, not a business whose figures follow.
  terms = terms.filter((term) => !(term.entries.every((entry) => entry.kind === "segment") && COMPANY_WORD_AFTER.test(lower.slice(term.end, term.end + 12))));
  // "in a preliminary earnings release", "a profit warning", "the earnings call": a metric's word that
  // names a document or an event is no metric of a figure.
  terms = terms.filter((term) => !(lower.charCodeAt(term.end) === 0x20 && term.entries.every((entry) => entry.kind === "metric") && DOCUMENT_AFTER.test(lower.slice(term.end, term.end + 16))));
  // ("第3季營業利益初估值為9.8兆韓元", 预估值: the value of a first or a forecast estimate, 初估 / 预估, is no valuation.)
  terms = terms.filter((term) => !(lower.startsWith("估值", term.start) && ESTIMATE_BEFORE_VALUE.test(lower.slice(term.start - 1, term.start))));
  // ("raised his target price for the shares to 360p": the shares a target is for name no price of their own.)
  if (lower.includes("target")) terms = terms.filter((term) => !(term.entries.every((entry) => entry.kind === "metric") && TARGET_FOR_BEFORE.test(lower.slice(Math.max(0, term.start - 32), term.start))));
  // "EBIT before special items fell 6%", "sales excluding fuel": a metric's word in what an adjusted
  // figure leaves out names no figure; the metric before it does.
  terms = terms.filter((term) => !(term.entries.every((entry) => entry.kind === "metric") && LEFT_OUT_BEFORE.test(lower.slice(Math.max(0, term.start - 40), term.start))));
  // A company the taxonomy does not know is read on the fiscal year its text tells ("the year ending
  // in March", 截至6月底止年度, an interim ending in December), else the calendar's.
  // A round-up's sections each tell their own company's fiscal year ("BRIGHTWATER OUTFITTERS. The
  // Denver retailer, whose fiscal year ends on the Saturday closest to January 31, …").
  const sections = roundUpSections(allOpeners, found, text);
  const sectionOf = (id: string): readonly [number, number] | undefined => {
    const at = sections.findIndex((section) => section.id === id);
    return at < 0 ? undefined : [sections[at]!.start, sections[at + 1]?.start ?? lower.length];
  };
  const toldIn = (id: string): string | undefined => {
    const span = sectionOf(id);
    return span && toldFiscalYearEnd(allPeriods.filter((period) => period.start >= span[0] && period.end <= span[1]), lower, date, span[0], span[1]);
  };
  // (A table row of another company tells that company's calendar, not the story's: "| Pennock Coatings | Q1 FY26 (Oct–Dec) |".)
  const otherRows = allOpeners.filter((opener) => opener.row && opener.entity.id !== found.entity && !("newEntity" in found && found.newEntity && sameCompanyName(opener.entity.name, found.newEntity.name))).map((opener) => {
    const at = opener.mentions[0]!.start;
    return [lower.lastIndexOf("\n", at) + 1, lower.indexOf("\n", at) < 0 ? lower.length : lower.indexOf("\n", at)] as const;
  });
  const outsideOtherRows = (period: PeriodMatch) => !otherRows.some(([start, end]) => period.start >= start && period.start < end);
  // (A story's company with a section of its own in a round-up is told its year there, never by another
  // section's "whose financial year ends in June".)
  const ownSection = sectionOf(found.entity);
  const inOwnSection = (period: PeriodMatch) => ownSection === undefined || (period.start >= ownSection[0] && period.end <= ownSection[1]);
  // ("For the fiscal fourth quarter, Calvary said it expects revenue of…": a word of the company's forecast
  // in the sentence, the lexicons' guidance words.)
  const guidanceInSentence = (at: number): boolean => {
    const sentence = lastStartAtOrBefore(sentences, at);
    const to = sentences[sentence + 1] ?? lower.length;
    for (let i = firstFrom(cueWords, sentences[sentence] ?? 0); i < cueWords.length && cueWords[i]!.start < to; i++) if (basisOf(cueWords[i]!, "sentence") === "guidance") return true;
    return false;
  };
  // ("Siemens Energy's wind unit, Siemens Gamesa, is still losing money. It reported a loss … for the
  // fiscal year to September": a paragraph that names another company and never the story's tells that
  // company's calendar, not the story's.)
  const ownWords = "newEntity" in found && found.newEntity ? [asciiLower(normaliseText(found.newEntity.name)).split(/\s+/)[0]!].filter((word) => word.length >= 2) : [];
  // (Never the opening's: the lead is the story's company's, by whatever name it was read.)
  const othersParagraph = (at: number) => {
    if (at < OPENING_CHARACTERS) return false;
    const start = lower.lastIndexOf("\n\n", at) + 1;
    const end = lower.indexOf("\n\n", at) < 0 ? lower.length : lower.indexOf("\n\n", at);
    const inside = (where: number) => where >= start && where < end;
    if (ownWords.some((word) => lower.slice(start, end).includes(word))) return false;
    for (let i = firstFrom(terms, start); i < terms.length && terms[i]!.start < end; i++) if (terms[i]!.entries.some((entry) => entry.kind === "entity" && entry.id !== found.entity && entry.id !== "MARKET")) return true;
    return named.some((company) => company.entity.id !== found.entity && company.mentions.some((mention) => inside(mention.start)));
  };
  const fiscalYearEnd = "newEntity" in found && found.newEntity && !taxonomy.entities.has(found.entity) ? (ownSection ? toldIn(found.entity) : toldFiscalYearEnd(allPeriods.filter(outsideOtherRows), lower, date, 0, lower.length, found.newEntity.name, othersParagraph)) ?? quarterToldFiscalYearEnd(periods.filter((period) => outsideOtherRows(period) && inOwnSection(period)), lower, date, guidanceInSentence) ?? (ownSection ? undefined : resultsYearToldFiscalYearEnd(periods.filter(outsideOtherRows), lower, date)) : undefined;
  // ("fiscal 2026, which runs through January 31, 2027": a year named by the calendar year it starts in.)
  const namedByStart = fiscalYearEnd !== undefined && yearNamedByStart(allPeriods.filter(outsideOtherRows), lower, date);
  const subject = fiscalYearEnd && "newEntity" in found && found.newEntity ? { ...found, newEntity: { ...found.newEntity, fiscalYearEnd, ...(namedByStart ? { fiscalYearNamedBy: "start" as const } : {}) } } : found;
  const entity = subject.entity;
  if (fiscalYearEnd && "newEntity" in subject && subject.newEntity) taxonomy = withToldEntity(taxonomy, subject.newEntity, fiscalYearEnd);
  articleCurrencies(text, figures, taxonomy.entities.get(entity)?.currency ?? localYuan(language, lower), language === "zh-Hans");
  // A story about a company the taxonomy does not know, whose lead says it is Australian (Canadian…),
  // writes that country's dollar as a bare "$"; so does one about a company the taxonomy says reports
  // in a dollar written so at home (Woolworths' "$69.1 billion" is Australian dollars).
  const known = taxonomy.entities.get(entity)?.currency;
  const home = language !== "en" ? undefined : known === undefined ? homeDollar(text.slice(0, 600), text) : BARE_HOME_DOLLARS.has(known) ? known : undefined;
  if (home) withHomeDollar(text, figures, home);
  // (The figures are read from here on, not changed: each in one shape, see sameShape.)
  for (let i = 0; i < figures.length; i++) {
    const figure = sameShape(figures[i]!);
    const cell = cells.get(figures[i]!);
    if (cell) cells.set(figure, cell);
    figures[i] = figure;
  }
  const subjectNames = subjectNamesOf(subject, taxonomy);
  // The companies the text names (极岸汽车, 驰骋汽车; a round-up's "HOSHIZORA INSTRUMENTS.") are entity
  // terms where it names them: the story's own under its id, the others as peers.
  // (A table row both finders read is the Chinese finder's: one company, one set of mentions.)
  // (Nor one that is a company the finders already named, by a shorter form of its name: "Merrivale, which…"
  // after "rival Merrivale Line".)
  const namedAlready = (company: NamedCompany) => namedAmong(company, named);
  const openers = notTheStory(allOpeners, subjectNames).filter((company) => !namedAlready(company));
  // (The story's own company opening a paragraph, "Caldwick Homes closed up 7.4%", is named there under
  // its id, as the finders' mentions of it are; it makes no peer.)
  const ownOpenings = "newEntity" in subject && subject.newEntity ? allOpeners.filter((company) => !company.row && sameCompanyName(company.entity.name, subject.newEntity!.name) && !namedAlready(company)).map((company) => ({ ...company, entity: { ...company.entity, id: entity }, mentions: company.mentions.map((mention) => ({ ...mention, entries: [{ kind: "entity" as const, id: entity }] })) })) : [];
  // ("Telkom shares closed higher" in a story of Telkom Indonesia: a name the text writes that opens one of
  // a known story company's names, the rest of it left off, is that company.)
  const shortensOwnName = (name: string) => !("newEntity" in subject && subject.newEntity) && subjectNames.some((own) => shortensName(name, own));
  let textCompanies = [...named.filter((company) => !byAuthor(company)), ...openers].map((company) => {
    // (A listed kin of the story's company, "its subsidiary Lanxu Cold Chain (SZ: 002916)" beside Lanxu, is
    // that company only by the very same name.)
    if (("newEntity" in subject && subject.newEntity && (company.listed ? company.entity.name === subject.newEntity.name : sameCompanyName(company.entity.name, subject.newEntity.name))) || (!company.listed && shortensOwnName(company.entity.name))) return { ...company, entity: { ...company.entity, id: entity }, mentions: company.mentions.map((mention) => ({ ...mention, entries: [{ kind: "entity" as const, id: entity }] })) };
    // (陽明 of 陽明海運: a name the text gives that the taxonomy knows a company by, short or by ticker, is that company.)
    const known = company.listed ? undefined : knownCompany(taxonomy, company.entity);
    if (known !== undefined && known !== entity) return { ...company, entity: { ...company.entity, id: known }, mentions: company.mentions.map((mention) => ({ ...mention, entries: [{ kind: "entity" as const, id: known }] })) };
    // 同样以6月为年结的港湾地产: a peer introduced with the month its year ends in is read on that year.
    const first = company.mentions[0]!;
    const told = YEAR_END_BEFORE_NAME.exec(lower.slice(Math.max(0, first.start - 16), first.start));
    return told ? { ...company, entity: { ...company.entity, fiscalYearEnd: monthEnd(Number(told[1])) } } : company;
  });
  // 伟升集团及旗下嘉朗酒店同步公布截至9月30日止六个月业绩: the companies of the sentence that tells the
  // story's fiscal year share it.
  const telling = fiscalYearEnd ? allPeriods.find((period) => period.cue.kind === "ending") : undefined;
  const toldSentence = telling ? lastStartAtOrBefore(sentences, telling.start) : -1;
  const toldInSentence = telling ? { start: sentences[toldSentence] ?? 0, end: sentences[toldSentence + 1] ?? text.length } : undefined;
  for (const [i, company] of textCompanies.entries()) {
    const own = company.entity.id !== entity && !company.entity.fiscalYearEnd ? toldIn(company.entity.id) : undefined;
    if (own) textCompanies[i] = { ...company, entity: { ...company.entity, fiscalYearEnd: own } };
    else if (fiscalYearEnd && toldInSentence && !company.entity.fiscalYearEnd && company.entity.id !== entity && company.mentions.some((mention) => mention.start >= toldInSentence.start && mention.end <= toldInSentence.end)) textCompanies[i] = { ...company, entity: { ...company.entity, fiscalYearEnd } };
    // ("…compare favourably with Coorong Care, which last week posted a rise in half-year revenue": a
    // peer set beside the story's company, whose calendar the text does not tell, is read on the
    // story's company's, the year the text has been counting in.)
    // (Not in a round-up, whose companies each keep their own: its sections are theirs.)
    // (Nor a peer whose own paragraph says it keeps the calendar year: "财政年度与历年一致的粤湘汇控股".)
    else if (fiscalYearEnd && sections.length === 0 && notTheStory(allOpeners, subjectNames).length === 0 && !company.entity.fiscalYearEnd && company.entity.id !== entity && !keepsCalendarYear(lower, company.mentions[0]!.start)) textCompanies[i] = { ...company, entity: { ...company.entity, fiscalYearEnd } };
  }
  // 嘉禾银行 and 嘉禾人寿 in a story about 嘉禾金控: companies named by the story company's own name are
  // its parts, kept as segments of it by their names (unless the text shows them listed).
  const ownParts = "newEntity" in subject && subject.newEntity ? ownNamedParts(textCompanies, subject.newEntity, entity, lower, text) : new Set<NamedCompany>();
  // ("## Smart Grids" over "Revenue rose 11% to €5.2 billion" in a story whose headline names its one company: a part of it.)
  for (const part of headingParts(textCompanies, subjectNames, headlineText)) ownParts.add(part);
  const partSegments = new Map<string, SegmentDefinition>();
  const partMentions: NamedCompany[] = [];
  for (const part of ownParts) {
    const definition = keepNewSegment(partSegments, namedPartSegment(part.entity.name, entity), taxonomy);
    partMentions.push({ ...part, mentions: part.mentions.map((mention) => ({ ...mention, entries: [{ kind: "segment" as const, id: definition.id }] })) });
  }
  // "| Segment | Revenue |" over "| Data center | $1.62 billion |", then "Data center now accounts for
  // 57% of sales": a part a parts table names is a part the prose goes on to name.
  // (And "分品类看：" over "- 液态奶：收入58.30亿元", then "液态奶收入增速放缓": a breakdown list's labels likewise.)
  for (const { id, name, mentions } of [...tablePartMentions(layout.tables, text, lower, terms, entity, taxonomy, partSegments), ...listPartMentions(text, lower, lineStarts, terms, entity, taxonomy, partSegments), ...(entity === NO_COMPANY ? [] : leadInPartMentions(text, lower, layout.leadIns, lineStarts, terms, entity, taxonomy, partSegments, subjectNames)), ...catchAllItemMentions(text, lineStarts, entity, taxonomy, partSegments)]) partMentions.push({ entity: { id, name, foundIn: "text", strong: false }, mentions });
  taxonomy = withParts(taxonomy, partSegments);
  textCompanies = textCompanies.filter((company) => !ownParts.has(company));
  // (嘉恒控股持股60%的嘉恒物业…: another company's short name, 嘉恒 of 嘉恒控股, where it opens the story's
  // own Chinese name is no mention of that company: the story's full name stands there.)
  const ownName = "newEntity" in subject && subject.newEntity && /^\p{Script=Han}{3,}$/u.test(subject.newEntity.name) ? asciiLower(normaliseText(subject.newEntity.name)) : undefined;
  // (And the story's name is then named wherever the text writes it, as a strong one is, below.)
  const insideOwnName = (company: NamedCompany) => company.entity.id !== entity && company.mentions.some((mention) => lower.startsWith(ownName!, mention.start) && mention.end - mention.start < ownName!.length);
  const ownNameShadowed = ownName !== undefined && textCompanies.some(insideOwnName);
  if (ownNameShadowed) textCompanies = textCompanies.map((company) => (insideOwnName(company) ? { ...company, mentions: company.mentions.filter((mention) => !lower.startsWith(ownName, mention.start)) } : company));
  for (const { entity: peer } of textCompanies) if (peer.fiscalYearEnd && !taxonomy.entities.has(peer.id)) taxonomy = withToldEntity(taxonomy, peer, peer.fiscalYearEnd);
  // "STUTTGART — Hollin Drive Systems said… Adjusted EBIT at the Stuttgart group dropped": the dateline's
  // place with a word for a firm after it names the story's own company wherever the text writes it.
  const datelineCompany = language === "en" ? datelineReferences(text, entity) : undefined;
  // "its parent Ostraven Holdings … while the parent's shares gained 1.2 per cent": a word for a parent
  // standing alone points back at the company the text introduced with one.
  const parentKin = kin.find((company) => company.parent);
  const parent = parentKin && textCompanies.find((company) => sameCompanyName(company.entity.name, parentKin.entity.name));
  const parentReferences = parent ? [{ entity: parent.entity, mentions: parentMentions(lower, text, parent.entity.id) }] : [];
  // (这家钟表珠宝零售商，即泽升集团，…公布: the story's own company, found by a reader no finder of names
  // shares, is named wherever the text writes its name, so a company named earlier in the paragraph does
  // not take its figures. Only where no other company's mention stands.)
  const ownNamed = "newEntity" in subject && subject.newEntity && (subject.newEntity.strong || ownNameShadowed) && /\p{Script=Han}/u.test(subject.newEntity.name) && subject.newEntity.name.length >= 3 ? subjectMentions(lower, subject.newEntity.name, entity, terms, [...textCompanies, ...ownOpenings]) : undefined;
  // (美的 after 美的集团: a known company's short Chinese name, where nothing else is named.)
  const knownShort = language === "en" ? [] : knownShortNames(lower, terms, entity);
  // (The companies found in the text are houses where they forecast or employ the analysts who speak,
  // as the taxonomy's are: "an analyst at Tamagawa Securities, which raised its target price".)
  terms = withoutForecastingHouses(withNamedCompanies(terms, [...textCompanies, ...ownOpenings, ...partMentions, ...parentReferences, ...(datelineCompany ? [datelineCompany] : []), ...(ownNamed ? [ownNamed] : []), ...knownShort]), cueWords, lower);
  const periodContext: PeriodContext = { ...(date ? { date } : {}) };
  if (date) periodContext.quarter = lastReportedQuarter(date);
  else {
    const first = periods.find((period) => period.cue.kind === "quarter" && period.cue.year !== undefined);
    if (first && first.cue.kind === "quarter") periodContext.quarter = { year: first.cue.year!, quarter: first.cue.quarter };
  }
  /** Periods that are the period in hand a year back (上年同期, "in Q3FY24" in a Q3FY25 story): bases, never carried on. */
  const periodYearAgo: boolean[] = [];
  // 较上季度, "from the previous quarter", and 与上季度相比 (the comparison word after the period).
  // (…为1.62%，去年底为1.55%: the end of last year, stated after this period's figure, is a base too.)
  const periodComparison = periods.map((period) => bracketedBasePeriod(lower, period) || (period.cue.kind !== "span" && ((/[，,；;]$/.test(lower.slice(Math.max(0, period.start - 1), period.start)) && YEAR_END_BASE.test(lower.slice(period.start, period.end + 2))) || (period.cue.kind !== "now" && ABOVE_BELOW_BEFORE.test(lower.slice(Math.max(0, period.start - 8), period.start))) || COMPARISON_BEFORE.test(lower.slice(Math.max(0, period.start - 24), period.start)) || (CHANGE_ON_BASE_KINDS.has(period.cue.kind) && (CHANGE_ON_BEFORE.test(lower.slice(Math.max(0, period.start - 24), period.start)) || SAME_AS_BEFORE.test(lower.slice(Math.max(0, period.start - 16), period.start)))) || (period.cue.kind !== "same_period_last_year" && COMPARISON_IN_BEFORE.test(lower.slice(Math.max(0, period.start - 24), period.start))) || (/[与和跟同]$/.test(lower.slice(0, period.start)) && /^[末底]?(?:相比|相较|比较|对比|持平|相当|相若|相同)/.test(lower.slice(period.end, period.end + 3))))));
  // "较上一个财政年度下半年的6.2%": a period written right onto a comparison's period is part of it.
  for (let i = 1; i < periods.length; i++) if (periodComparison[i - 1] && periods[i]!.start - periods[i - 1]!.end <= 1 && /^\s?$/.test(lower.slice(periods[i - 1]!.end, periods[i]!.start))) periodComparison[i] = true;
  // "easing to 1.94% from 2.11% at the end of June", "to 5.4p from 5.1p last year": a period right
  // after a comparison's base figure is that base's.
  const periodAfterBase = periods.map((period) => AFTER_BASE_FIGURE.test(lower.slice(Math.max(0, period.start - 96), period.start)));
  const periodDeadline = periods.map((period) => period.cue.kind !== "span" && DEADLINE_LAST.has(lower[period.start - 1] ?? "") && DEADLINE_BEFORE.test(lower.slice(Math.max(0, period.start - 3), period.start)));
  // ("Operating profit, the measure most closely watched by analysts, fell 19%": analysts who watch or
  // follow a measure say what it is, not that a figure is their expectation.)
  // ("raised the lower end of its forecast": a range's lower or upper end is no fall or rise.)
  const cueMatches = outsideNames(cueWords, terms).filter((match) => !(basisOf(match, "sentence") === "estimate" && WATCHED_BY_BEFORE.test(lower.slice(Math.max(0, match.start - 32), match.start))) && !(RANGE_END_WORD.test(lower.slice(match.start, match.end)) && RANGE_END_AFTER.test(lower.slice(match.end, match.end + 8))));
  const datesForecast = forecastDates(periods, figures, lower, cueMatches, sentences);
  const periodLabels: (string | undefined)[] = [];
  /** For a year-ago period taken from the topic: the topic period's index, so the company's calendar reads it first. */
  const periodBase: (number | undefined)[] = [];
  const periodSameAs: (number | undefined)[] = [];
  const periodQuartersBack: ({ at: number; quarters: number } | undefined)[] = [];
  let topic: string | undefined;
  let topicAt: number | undefined;
  /** The last year-long period named (see SAME_YEAR): a fiscal year's label, or a span of twelve months. */
  let lastYear: { label: string; at: number } | undefined;
  /** The last day a sentence named as its own (not a base's), for "a year earlier" later in that sentence. */
  let sentenceDay: { label: string; at: number; sentence: number } | undefined;
  /** The last month the text named as its topic, for 去年同月. */
  let lastMonth: { label: string; at: number } | undefined;
  const endingIn = yearsEndingIn(periods, lower, date);
  // (One reader of period labels for the run: the topic is read again for each period that follows it.)
  const readPeriod = periodReader();
  periods.forEach((period, index) => {
    // 较上季度 compares with the quarter before the one in hand, whatever the day of writing, and so
    // does 上季度 listed with the year-ago period (上年同期及上季度: the two bases of one comparison).
    const previous = periods[index - 1];
    const paired = previous?.cue.kind === "same_period_last_year" && period.start - previous.end <= 3;
    // So does 上季度 giving the base of the figure just stated (汽车毛利率为14.6%，上一季度为13.1%), a
    // comparison's base that binds only that figure.
    const givesBase = GIVES_BASE_AFTER.test(lower.slice(period.end, period.end + 3)) && isCjkCode(lower.charCodeAt(period.start));
    // (So does 上一财年 / 上年 giving it: "经调整净利润预计为13.4亿元，上一财年为12.1亿元，增幅约10.7%".)
    if (givesBase && ((period.cue.kind === "relative_quarter" && period.cue.offset < 0) || (period.cue.kind === "year" && period.cue.relative === -1))) periodComparison[index] = true;
    // "作为对比，公司第二季度净营收为13.96亿元", "For comparison, …": a sentence that gives the base the one
    // before is set against names a comparison's period, not what the text goes on about.
    if (BASE_LEAD.test(lower.slice(sentences[lastStartAtOrBefore(sentences, period.start)] ?? 0, period.start))) periodComparison[index] = true;
    const cue = period.cue.kind === "relative_quarter" && period.cue.fromDate && (periodComparison[index] || paired) ? { ...period.cue, fromDate: false } : period.cue;
    // 较上年, 由上年的41.2%: in a comparison, 上年 is the year before the year in hand (a results story
    // of 2024 told in 2025 compares with 2023), as 上年同期 is.
    // (So is 去年 in such a comparison when, counted from the article's date, it is the very year in hand:
    // "成本收入比率由去年的41.2%改善至39.6%" in a 2025 results story told in 2026 sets 2025 against 2024.)
    const lastYearWord = period.cue.kind === "year" && period.cue.relative === -1 && periodComparison[index] && topic !== undefined && isYearLong(topic) ? lower.slice(period.start, period.end) : "";
    let label = resolvePeriod(cue, periodContext);
    // ("£96.2m (H1 last year: £118.4m)" in a story of the six months to October: the half a year back is the
    // half in hand a year back, in whatever months the company's half runs.)
    // (Only where the text told the half by its months and the half read by the company's calendar is
    // other days: a known calendar reads "the first half of last year" as its own half already.)
    const halfLastYear = cue.kind === "relative_year_half" && cue.relative === -1 && topic !== undefined && isSixMonths(topic) && !(label !== undefined && sameDays(label, shiftLabel(topic, -1) ?? "", taxonomy.entities.get(entity)?.fiscalYearEnd, readPeriod));
    const priorYear = /^上一?年度?$/.test(lastYearWord) || (/^去年度?$/.test(lastYearWord) && label === topic) || halfLastYear;
    // The period in hand for "a year earlier": the text's topic, or a day its own sentence named before
    // ("Net debt was £146m at 30 September, down from £171m at the end of March and £189m a year
    // earlier" after a paragraph on the year to March: a year before 30 September). A day is never the
    // text's topic, so it is kept apart, for its sentence only.
    const sentenceAt = lastStartAtOrBefore(sentences, period.start);
    const dayInHand = sentenceDay !== undefined && sentenceDay.sentence === sentenceAt ? sentenceDay : undefined;
    // (去年同月, "the same month last year": the month the text last named, though a cumulative
    // stretch, 累计前11月, came after it.)
    const sameMonth = period.cue.kind === "same_period_last_year" && /同月|same\smonth/.test(lower.slice(period.start, period.end)) ? lastMonth : undefined;
    const ownBase = period.cue.kind === "same_period_last_year" ? (dayInHand ?? sameMonth) : undefined;
    const inHand = ownBase ? ownBase.label : topic;
    const inHandAt = ownBase ? ownBase.at : topicAt;
    // (So does a quarter named by its number giving the base of the figure just stated, when it is not
    // the quarter in hand: "每股純益3.12元，第二季為2.80元，去年同期為2.63元".)
    if (givesBase && period.cue.kind === "quarter" && topic !== undefined && /-Q\d$/.test(topic) && label !== undefined && label !== topic && figureEndsRightBefore(figures, period.start)) periodComparison[index] = true;
    // 全年 / the full year with no year of its own, while the text is about a year (今年营收可望成长25%，
    // 全年每股纯益…): that year.
    if (isBareFullYear(period.cue) && topic !== undefined && isYearLong(topic)) label = topic;
    // (So, while it is about a quarter or a half of a year, is that year: "第四季度…" then "全年收入…" in
    // a story of the year told in April.)
    // (Chinese prose only: an English table's "Full year" column beside a quarter's is read by its own year.)
    else if (isBareFullYear(period.cue) && topic !== undefined && /^\d{4}-(?:Q[1-4]|H[12])$/.test(topic) && lower.startsWith("全年", period.start)) label = fiscalYearLabel(Number(topic.slice(0, 4)));
    // A final dividend with no year of its own, in a text about a year: that year's second half.
    if (period.cue.kind === "half" && period.cue.dividend && period.cue.year === undefined && topic !== undefined && /^FY\d{4}$/.test(topic)) label = halfLabel(Number(topic.slice(2)), 2);
    if (endingIn.has(index)) label = endingIn.get(index);
    // The month a forecast was made in is no figure's period (see forecast-dates.ts).
    if (datesForecast[index]) label = undefined;
    else if (period.cue.kind === "same_as_before") {
      // ("has guided for ¥22 billion for the same year", 同年: the last year named, forecast's or not,
      // not a month the text went on to talk about.)
      const year = SAME_YEAR.test(lower.slice(period.start, period.end)) ? lastYear : undefined;
      label = year?.label ?? topic;
      periodSameAs[index] = year?.at ?? topicAt;
    }
    // 上年同期 / a year earlier: the period the text is talking about, a year back.
    // (Over by the calendar, or by the company's own: "the first half of its 2026 financial year" for a
    // year to June is over in February 2026.)
    else if ((period.cue.kind === "same_period_last_year" || priorYear) && inHand !== undefined && (isOver(inHand, date, readPeriod) || isOver(inHand, date, (label) => readPeriod(label, taxonomy.entities.get(entity)?.fiscalYearEnd)))) {
      // 2023年同期: the period in hand in the year named (most often the year before).
      const named = period.cue.kind === "same_period_last_year" ? period.cue.year : undefined;
      const back = named !== undefined && /^(?:FY)?(\d{4})/.test(inHand) ? named - Number(/(\d{4})/.exec(inHand)![1]) : -1;
      label = shiftLabel(inHand, back) ?? label;
      if (back === -1) periodBase[index] = inHandAt;
    }
    // 本季度 is the quarter the text is about, unless that is a quarter still to come (an outlook just
    // read): the quarter being reported is one that is over.
    else if (period.cue.kind === "relative_quarter" && period.cue.offset === 0 && topic !== undefined && /-Q\d$/.test(topic) && isOver(topic, date, readPeriod)) label = topic;
    // 前一季度, 較前一季, "the previous quarter": the quarter before the one the text is about.
    else if (cue.kind === "relative_quarter" && cue.offset < 0 && !cue.fromDate && topic !== undefined && /^\d{4}-Q[1-4]$/.test(topic)) {
      const [year, quarter] = topic.split("-Q").map(Number) as [number, number];
      label = resolvePeriod(cue, { ...periodContext, quarter: { year, quarter } });
      if (topicAt !== undefined) periodQuartersBack[index] = { at: topicAt, quarters: -cue.offset };
    }
    // The period in hand a year back, written out (而2023年第四季则为…, "高于2023年第四季的23.6%"), is the
    // base of a comparison like 上年同期: it binds the figure after it, and the text's topic stays.
    // (English names such a period after its figure, "from Rs 2,658 crore in Q3FY24", where the figure
    // before it takes it: only a period written into Chinese text is read so.)
    const yearAgo = label !== undefined && topic !== undefined && period.cue.kind === "quarter" && label === shiftLabel(topic, -1);
    // ("raised the dividend to 5.4p from 5.1p last year": last year after a base is a year-ago base too.)
    const lastYearBase = period.cue.kind === "year" && period.cue.relative === -1 && periodAfterBase[index]!;
    periodYearAgo[index] = yearAgo || priorYear || lastYearBase || period.cue.kind === "same_period_last_year";
    if (yearAgo && isCjkCode(lower.charCodeAt(period.start - 1))) periodComparison[index] = true;
    periodLabels.push(label);
    // A time that dates an event told in passing is no figure's period and not what the text goes on
    // to talk about; "at the end of October", the day a balance stands on, is not the latter either.
    const event = datesAnEvent(periods, index, lower);
    // ("The Perth-based miner, which runs a financial year to June 30, posted…": the company's calendar
    // told in passing is no figure's period either.)
    if (event || (period.cue.kind === "ending" && period.cue.months === 12 && TELLS_CALENDAR_BEFORE.test(lower.slice(Math.max(0, period.start - 24), period.start)))) periodLabels[index] = undefined;
    // (於9月底, 较3月底的: a month's end in Chinese too, unless 截至 makes it the end of a run to date or 前 a deadline;
    // "at end-September", "at end September" as "at the end of September".)
    const monthEnd = (period.cue.kind === "month" || period.cue.kind === "relative_month_of_year") && (/\bend(?:\sof\s|-|\s)$/.test(lower.slice(Math.max(0, period.start - 8), period.start)) || (/^[底末](?!前|之前|止)/.test(lower.slice(period.end, period.end + 3)) && !/截至\s?$/.test(lower.slice(Math.max(0, period.start - 3), period.start))));
    // "8.78 million customers at the end of September": the month's last day, the day a count stands on.
    const resolvedLabel = periodLabels[index];
    if (monthEnd && resolvedLabel !== undefined && /^\d{4}-\d{2}$/.test(resolvedLabel)) {
      const [year, month] = resolvedLabel.split("-").map(Number) as [number, number];
      periodLabels[index] = instantLabel(lastDayOfMonth(year, month));
    }
    // "高于前一季末的96.1%", 第三季末, "at the end of the previous quarter": a quarter's end is its last day
    // (in the company's calendar), the day a rate or a count stands on, as a month's end is.
    const quarterEnd = (period.cue.kind === "quarter" || period.cue.kind === "relative_quarter") && resolvedLabel !== undefined && /^\d{4}-Q[1-4]$/.test(resolvedLabel) && (/\bend\sof\s(?:the\s)?$/.test(lower.slice(Math.max(0, period.start - 12), period.start)) || /^[底末](?!前|之前|止)/.test(lower.slice(period.end, period.end + 3)));
    if (quarterEnd) {
      const read = parsePeriod(resolvedLabel, taxonomy.entities.get(entity)?.fiscalYearEnd);
      if (read.ok && read.period.end !== undefined) periodLabels[index] = instantLabel(read.period.end);
    }
    // ("…for the year to June 30 and forecast further growth in fiscal 2026": the period a forecast is
    // for is not the one the text goes on to report.)
    // (Nor is one a forecast's noun follows: "raised its full-year forecast".)
    const forecastFor = forecastsPeriod(lower, period, 0, false);
    // ("a share buyback … to run until the end of 2026": a deadline is not what the text goes on about.)
    const deadline = UNTIL_END_OF.test(lower.slice(Math.max(0, period.start - 24), period.start));
    const topical = !event && !monthEnd && !quarterEnd && !forecastFor && !deadline && !DAY_KINDS.has(period.cue.kind) && !["same_period_last_year", "none", "same_as_before", "now", "report_period"].includes(period.cue.kind) && !(period.cue.kind === "half" && period.cue.dividend);
    if (label !== undefined && (topical || forecastFor) && !periodComparison[index] && !periodAfterBase[index] && !periodYearAgo[index] && (label.startsWith("FY") || label.includes("..")) && labelMonths(label) === 12) lastYear = { label, at: index };
    if (label !== undefined && topical && !periodComparison[index] && !periodAfterBase[index]) {
      topic = label;
      topicAt = index;
      if (/^\d{4}-\d{2}$/.test(label)) lastMonth = { label, at: index };
    }
    const resolved = periodLabels[index];
    // (A balance's day, "at 30 September", 截至9月30日, "at the end of June": not the day a thing was said,
    // "said Thursday", 8月20日晚间公布.)
    if (resolved?.startsWith("@") && ((period.cue.kind === "date" && BALANCE_DAY_BEFORE.test(lower.slice(Math.max(0, period.start - 8), period.start))) || monthEnd || quarterEnd) && !periodComparison[index] && !periodYearAgo[index] && !periodAfterBase[index] && !event) sentenceDay = { label: resolved, at: index, sentence: sentenceAt };
  });
  const lineSegments = topicSegments(text, lower, terms, lineStarts, taxonomy, entity);
  const openingSegments = paragraphSegments(lower, terms, figures, lineStarts, taxonomy, entity);
  const lead = leadSentence(text, headline, sentences);
  // (An earnings preview or a company's warning of its results, said in the headline or the lead.)
  const opening = lower.slice(0, lead?.end ?? Math.min(lower.length, 600));
  const preview = PREVIEW_WORDS.test(asciiLower(header.title ?? "")) || PREVIEW_WORDS.test(opening);
  // (Not a lead that says the company published its preliminary results, 业绩快报: a regulator's or a
  // market's word on warnings beside it is commentary.)
  const resultsWarning = PROFIT_WARNING.test(titleLower) || (PROFIT_WARNING.test(opening) && !PRELIMINARY_RESULTS.test(opening));
  // (Not the base of a change, "from a year earlier in Q3FY24".)
  const fiscalAsCalendar = (label: string, index: number) => (periodAfterBase[index] ? undefined : fiscalQuarterAsCalendar(label, taxonomy.entities.get(entity)?.fiscalYearEnd, date, readPeriod));
  // (A half's label, or a fiscal year's, is read in the company's own calendar, as its figures' periods
  // are: "the first half of fiscal 2026" of a year to June is over in February 2026, 2026财年 of a year to
  // March in May 2026, "a full-year result" of a year to June in August.)
  // (Read as the company names its periods, "2025财年" of a year named by its start being the year to January 2026.)
  const company = taxonomy.entities.get(entity);
  const overInOwnCalendar = (index: number, label: string): boolean => {
    const own = ownPeriod(periods[index]!.cue, company?.fiscalYearEnd, company?.fiscalYearNamedBy, date, label, readPeriod) ?? label;
    return isOver(own, date, (read) => readPeriod(read, company?.fiscalYearEnd));
  };
  const storyPeriod: Partial<StoryPeriod> =
    storyPeriodIn(headline, "headline", periods, periodLabels, periodComparison, date, lower, terms, preview, fiscalAsCalendar, overInOwnCalendar) ??
    storyPeriodIn(lead, "lead", periods, periodLabels, periodComparison, date, lower, terms, preview, fiscalAsCalendar, overInOwnCalendar) ??
    storyPeriodIn(nextParagraphOpening(text, lead, sentences), "lead", periods, periodLabels, periodComparison, date, lower, terms, preview, fiscalAsCalendar, overInOwnCalendar) ??
    storyPeriodIn(titlesBeforeFirstFigure(text, lead, figures), "lead", periods, periodLabels, periodComparison, date, lower, terms, preview, fiscalAsCalendar, overInOwnCalendar) ??
    storyPeriodIn(resultsPeriodNamed(lower, periods), "lead", periods, periodLabels, periodComparison, date, lower, terms, preview, fiscalAsCalendar, overInOwnCalendar) ??
    lastFiscalQuarterOver(company?.fiscalYearEnd, date, readPeriod) ??
    (periodContext.quarter ? { defaultPeriod: quarterLabel(periodContext.quarter.year, periodContext.quarter.quarter) } : {});
  // "MUMBAI, Oct 18 —", "PERTH, Feb 19 (Meridian Wire) -": a dateline's day says where and when the story
  // was filed, not the period of any figure.
  periods.forEach((period, index) => {
    if (period.cue.kind === "date" && isDateline(text, period.start, period.end)) periodLabels[index] = undefined;
  });
  // The quarter named just before a period, in its line and 120 characters back at most, not a
  // comparison's base ("第三季度…，较二季度的16.2%…；当季…" is the third quarter); -1 for none.
  const quarterNamedJustBefore = (index: number): number => {
    const at = periods[index]!.start;
    for (let k = index - 1; k >= 0 && at - periods[k]!.end < 120 && !lower.slice(periods[k]!.end, at).includes("\n"); k--) {
      if (periods[k]!.cue.kind === "quarter" && periodLabels[k] !== undefined && !periodComparison[k]) return k;
    }
    return -1;
  };
  // 报告期内, "in the reporting period": the period of the report the story tells of, the story's.
  const yearToDateTold = periods.some((period) => period.cue.kind === "report_period" && period.cue.yearToDate);
  periods.forEach((period, index) => {
    // "the half": the half the story reports, or one a round-up's paragraph names (its company's own).
    if (period.cue.kind === "report_period" && period.cue.halfOnly) {
      // The story's period when that is a half; else the last half named before it, read as that
      // period's own words say, in the company's calendar (as 同期 is: see periodSameAs).
      if (labelMonths(storyPeriod.defaultPeriod) === 6) {
        periodLabels[index] = storyPeriod.defaultPeriod;
        if (storyPeriod.defaultPeriodAt !== undefined) periodSameAs[index] = storyPeriod.defaultPeriodAt;
      } else {
        let named = -1;
        for (let i = index - 1; i >= 0 && named < 0; i--) if (!periodComparison[i] && !periodYearAgo[i] && labelMonths(periodLabels[i]) === 6) named = i;
        if (named >= 0) {
          periodLabels[index] = periodLabels[named];
          periodSameAs[index] = named;
        }
      }
      return;
    }
    // ("the best in our portfolio this quarter", 本季: the quarter the story reports, as "in the quarter" is,
    // read in the company's calendar from the words the story's period was read from. Not 当季, "that
    // quarter", after a quarter its paragraph has just named: it points back at that one.)
    if (period.cue.kind === "relative_quarter" && period.cue.offset === 0 && !period.cue.fromDate) {
      const named = lower.startsWith("当", period.start) ? quarterNamedJustBefore(index) : -1;
      if (named >= 0) {
        periodLabels[index] = periodLabels[named];
        periodSameAs[index] = named;
      } else if (storyPeriod.defaultPeriod !== undefined && labelMonths(storyPeriod.defaultPeriod) === 3) {
        periodLabels[index] = storyPeriod.defaultPeriod;
        if (storyPeriod.defaultPeriodAt !== undefined) periodSameAs[index] = storyPeriod.defaultPeriodAt;
      }
      return;
    }
    if (period.cue.kind !== "report_period" || storyPeriod.defaultPeriod === undefined) return;
    // 年初至报告期末 beside 本报告期, an A-share quarterly report's two columns: the year to the end of the
    // story's period, and 本报告期 that period's last quarter alone (a third-quarter report's 本报告期 is
    // July to September, even in a story that leads on the nine months).
    const toDate = yearToDateTold && !period.cue.quarterOnly ? yearToDateOf(storyPeriod.defaultPeriod) : undefined;
    if (toDate) {
      // (Not read "as the story's period is": that would give it the story's label back.)
      periodLabels[index] = period.cue.yearToDate ? toDate.toDate : toDate.lastQuarter;
      return;
    }
    if (period.cue.yearToDate) return;
    if (!period.cue.quarterOnly || labelMonths(storyPeriod.defaultPeriod) === 3) {
      periodLabels[index] = storyPeriod.defaultPeriod;
      // (Read as the period it was taken from is, in the company's calendar: "in the quarter" after a
      // lead's "third-quarter earnings" is a March-year company's third quarter, October to December.)
      if (storyPeriod.defaultPeriodAt !== undefined) periodSameAs[index] = storyPeriod.defaultPeriodAt;
    }
  });
  // “本期”指2025年7月1日至9月30日, '"the period" means the three months to September': a term the text
  // defines as a period is that period wherever else it stands (a table's column headed 本期, 本期同比).
  periods.forEach((period, index) => {
    const defined = periodLabels[index] !== undefined ? DEFINES_PERIOD.exec(lower.slice(Math.max(0, period.start - 24), period.start)) : null;
    if (!defined) return;
    for (let other = 0; other < periods.length; other++) {
      if (other === index || lower.slice(periods[other]!.start, periods[other]!.end) !== defined[1]) continue;
      periodLabels[other] = periodLabels[index];
      periodSameAs[other] = undefined;
    }
  });
  // (After the story's period is known: a list's lead-in, "Key numbers for the half:", names the half the
  // story reports, and sets it for the items under it over a heading's quarter.)
  const { headingPeriods, headingTopics } = headingContext(layout, lineStarts, text.length, periods, periodLabels, periodComparison, terms, taxonomy, entity, lower, headline?.start, { text, parts: partSegments });
  taxonomy = withParts(taxonomy, partSegments);
  const context: Context = {
    original: body,
    text,
    lower,
    taxonomy,
    terms,
    cueMatches,
    periods,
    periodLabels,
    periodBase,
    periodQuartersBack,
    periodSameAs,
    periodComparison,
    periodYearAgo,
    periodAfterBase,
    periodDeadline,
    figures,
    lineSegments,
    openingSegments,
    layout,
    headingPeriods,
    headingTopics,
    preview,
    resultsWarning,
    sentences,
    clauses,
    lineStarts,
    periodContext,
    ownPeriods: new Map(),
    shiftedKeys: new Map(),
    keyMonths: new Map(),
    fiscalQuarters: new Map(),
    tradingDays: new Map(),
    cueStarts: new Map(),
    ...storyPeriod,
    entity,
    entityReason: subject.reason,
    ...(home ? { homeDollar: home } : {}),
    newSegments: new Map(partSegments),
    segmentAliases: segmentAliases(text),
    subjectNames,
    subjectNamesLower: subjectNames.map((name) => name.toLowerCase()),
    subjectNamesCompared: subjectNames.map(comparedName),
    namedCompanies: new Set(textCompanies.map((company) => company.entity.id)),
    sectionOpeners: sections,
    peers: new Map(textCompanies.filter((company) => company.entity.id !== entity).map((company) => [company.entity.id, company.entity])),
    partWords: partWords(text),
    namedEntities: namedEntities(terms),
    ...(options.explain ? { explain: [] } : {}),
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
    brokersNote: BROKERS_NOTE.test(lower),
    researchHouses: researchHousesIn(lower),
    // (Taiwan's only: a mainland or Hong Kong text's bare 元 may be a Singapore or a mainland listing's.)
    ...(localYuan(language, lower) === "TWD" ? { localYuan: "TWD" } : {}),
    ...reportDayOf(language, lower, lead, periods, periodLabels, date),
    morningEdition: header.hour !== undefined && header.hour < 12,
    periodStated: false,
    metricNamed: false,
    bound: [],
    tableAnchors: new Map(),
    namedInside: new Map(),
    readPeriod,
  };
  const facts: ProposedFact[] = [];
  const stated: boolean[] = [];
  const skipped: SkippedFigure[] = [];
  const boundFigures: BoundFigure[] = [];
  figures.forEach((figure, index) => {
    const cell = cells.get(figure);
    context.metricNamed = cell !== undefined;
    const result = cell ? bindTableCell(context, figure, cell) : bindFigure(context, figure, index);
    if ("reason" in result) skipped.push(result);
    else {
      facts.push(result);
      stated.push(context.periodStated);
      context.bound.push({ fact: result, start: figure.start, metricNamed: context.metricNamed });
      boundFigures.push({ fact: result, figure });
    }
  });
  takeComparandPeriods(context, boundFigures);
  takeForecastRevisions(context, boundFigures);
  takeWholesPeriods(context, boundFigures);
  // ("…，與去年相同": the year-ago level, proposed right after the figure's fact; `facts` and
  // `boundFigures` hold the same facts in the same order, so the k-th bound figure's fact is facts[k].)
  for (const { after, fact } of unchangedBases(context, boundFigures).reverse()) {
    facts.splice(after + 1, 0, fact);
    stated.splice(after + 1, 0, true);
    // (The figure itself keeps its period: the year-ago copy beside it, with the same value, is no
    // statement of the same figure for another period to take.)
    stated[after] = true;
  }
  // (A headline proper, one sentence: a first line of prose read as the headline keeps lending.)
  const headlineProper = headline !== undefined && !/[。！？；]|[.;]\s/.test(text.slice(headline.start, headline.end).trim().slice(0, -1));
  takeRestatedPeriods(facts, stated, (line) => headlineProper && context.lineStarts[line - 1] !== undefined && headline!.start >= context.lineStarts[line - 1]! && headline!.start < (context.lineStarts[line] ?? context.text.length));
  takeStoryMetrics(facts, taxonomy.metrics, definedNarrower(terms, lower, taxonomy.metrics));
  takePreciseMetrics(facts, stated, taxonomy.metrics, (line) => onHeadline(context, line, headline), (a, b) => a.period === b.period || sameDays(a.period, b.period, taxonomy.entities.get(a.entity)?.fiscalYearEnd, context.readPeriod));
  marketYearsOnStoryCalendar(facts, taxonomy.entities.get(entity)?.fiscalYearEnd, context.readPeriod, (fact) => {
    const lineStart = context.lineStarts[fact.line - 1] ?? 0;
    return context.text.slice(lineStart, lineStart + fact.column - 1);
  });
  // A table cell's fact is bound without the prose binder: it says so.
  const explanations = context.explain ? facts.map((fact) => context.explain!.find((why) => why.line === fact.line && why.column === fact.column) ?? { line: fact.line, column: fact.column, fields: { metric: "a table cell: its row label and column header", segment: "a table cell: its row label and column header", period: "a table cell: its row label and column header" } }) : undefined;
  // "Kessendorf's €2,031 million" and a table row "Kessendorf Antriebe": a company new to the taxonomy
  // named by the first words of another's name is that company, under the fuller name's id (the
  // story's own company keeps its id).
  // (Not a listed kin of the group, "Marrowby Land" beside Marrowby Holdings: a company of its own.)
  const kinIds = new Set(kin.filter((company) => company.held).map((company) => company.entity.id));
  const sameAs = shortNamesOf("newEntity" in subject && subject.newEntity ? subject.newEntity : undefined, [...context.peers.values()].filter((peer) => !kinIds.has(peer.id)));
  if (sameAs.size > 0) {
    for (const fact of facts) {
      fact.entity = sameAs.get(fact.entity) ?? fact.entity;
      if (fact.of !== undefined) fact.of = fact.of.replace(/^[A-Z][A-Z0-9_]*(?=\/)/, (id) => sameAs.get(id) ?? id);
    }
  }
  // (A market a share is of is a new segment too, named only in the share's `of`.)
  const used = new Set(facts.flatMap((fact) => (fact.of === undefined ? [fact.segment] : [fact.segment, fact.of.slice(fact.of.indexOf("/") + 1)])));
  const entitiesUsed = new Set(facts.map((fact) => fact.entity));
  const newPeers = [...context.peers.values()].filter((peer) => entitiesUsed.has(peer.id));
  const newSegments = [...context.newSegments.values()].filter((segment) => used.has(segment.id)).map((segment) => ({ id: segment.id, name: segment.name, entity: segment.entities![0]! }));
  return { ...(explanations ? { explanations } : {}), newSegments, newPeers, header: { ...header, language }, ...(date ? { date } : {}), entity, entityReason: subject.reason, ...("newEntity" in subject && subject.newEntity ? { newEntity: subject.newEntity } : {}), facts, skipped };
}

/**
 * The figures with each table cell that holds exactly one figure read as that cell ("$(1,247)" is a
 * loss of 1,247), in place of what the prose reader found in it, and where each such figure stands.
 */
function withTableCells(found: Figure[], layout: Layout, lower: string): { figures: Figure[]; cells: Map<Figure, CellPlace> } {
  const cells = new Map<Figure, CellPlace>();
  if (layout.tables.length === 0) return { figures: found, cells };
  const replaced: Figure[] = [];
  for (const table of layout.tables) {
    table.rows.forEach((row, r) => {
      row.cells.forEach((cell, column) => {
        if (column === 0) return;
        const figure = cellFigure(lower, cell);
        if (!figure) return;
        cells.set(figure, { table, row: r, column });
        replaced.push(figure);
      });
    });
  }
  // Both lists are in text order: one sweep drops what the prose reader found inside a read cell.
  replaced.sort((a, b) => a.start - b.start);
  let r = 0;
  const kept = found.filter((figure) => {
    while (r < replaced.length && replaced[r]!.end <= figure.start) r++;
    const cell = replaced[r];
    return !(cell && cell.start < figure.end && figure.start < cell.end);
  });
  const figures = [...kept, ...replaced].sort((a, b) => a.start - b.start);
  return { figures, cells };
}

/**
 * A figure with every field a figure may have, in one order (an absent one undefined; no field is read
 * by its presence): binding reads each figure's fields many times over, and a read that meets objects
 * of many shapes (each figure built with only the fields its words gave it) is the engine's slow kind.
 */
function sameShape(figure: Figure): Figure {
  // (Typed so that a field added to Figure and not listed here does not compile.)
  const { start, numberStart, numberEnd, end, value, valueHigh, scale, scaleAt, unit, unitKind, qualifier, bare, bracketed, bareYuan, bareCents, currencyHint, yuanHint, slashList, precision } = figure;
  return { start, numberStart, numberEnd, end, value, valueHigh, scale, scaleAt, unit, unitKind, qualifier, bare, bracketed, bareYuan, bareCents, currencyHint, yuanHint, slashList, precision } satisfies Record<keyof Figure, unknown>;
}

/**
 * The text's sentences and clauses with a paragraph's bold label as a sentence of its own ("**What the
 * Street expects:** In the same quarter last year, …"): its words reach no figure after it as a
 * sentence's would.
 */
function withLeadIns(found: { sentences: number[]; clauses: number[] }, leadIns: ReadonlyMap<number, number>): { sentences: number[]; clauses: number[] } {
  if (leadIns.size === 0) return found;
  const merge = (starts: number[]) => [...new Set([...starts, ...leadIns.values()])].sort((a, b) => a - b);
  return { sentences: merge(found.sentences), clauses: merge(found.clauses) };
}

/** Clause starts added to those found: each a clause's start, never a sentence's. */
function withClauseStarts(found: { sentences: number[]; clauses: number[] }, starts: readonly number[]): { sentences: number[]; clauses: number[] } {
  if (starts.length === 0) return found;
  return { sentences: found.sentences, clauses: [...new Set([...found.clauses, ...starts])].sort((a, b) => a - b) };
}

/**
 * "Corvallan said on Wednesday that hospital clients made up 46% of sales": a verb of saying or
 * reporting (the lexicons' `reports_that`), at most a phrase of when, where or to whom it was said,
 * then "that": what was said opens a clause of its own, so the name it opens with opens the figure's
 * clause as it would in a sentence of its own. (Only a phrase opening with a preposition, or the
 * hearers after "told": in "reported a profit that beat forecasts" the "that" opens no report.)
 */
const REPORTED_THAT = new RegExp(String.raw`\b${wordsPattern(placedWords("reports_that", { language: "en" }), "both")}(?:\s(?:on|in|at|during|late|early|last|this|to|after|before|from)\b[^,;:!?\n\d]{0,40}?|(?<=told|tells)\s(?:[a-z][\w-]*\s?){1,3}(?:\s(?:on|in|at)\b[^,;:!?\n\d]{0,30}?)?)?\sthat\s`, "g");

/** Where the words a verb of saying reports open (see REPORTED_THAT), in the lower-case text. */
function reportedClauseStarts(lower: string): number[] {
  const starts: number[] = [];
  REPORTED_THAT.lastIndex = 0;
  for (let match = REPORTED_THAT.exec(lower); match; match = REPORTED_THAT.exec(lower)) starts.push(match.index + match[0].length);
  return starts;
}

/** The first line of the body with anything on it, past the headline kept from front matter (starting at `headlineAt`), or -1. */
function firstContentLine(lower: string, lineStarts: readonly number[], headlineAt: number | undefined): number {
  for (let line = 0; line < lineStarts.length; line++) {
    const end = lineStarts[line + 1] ?? lower.length;
    if (headlineAt !== undefined && headlineAt >= lineStarts[line]! && headlineAt < end) continue;
    if (lower.slice(lineStarts[line]!, end).trim() !== "") return line;
  }
  return -1;
}

/** Period cues a heading may hold that are not the period of the figures under it: a span ahead, a weekday, a day relative to today. */
const NOT_A_HEADING_PERIOD: ReadonlySet<string> = new Set(["ahead", "weekday", "day_of_month", "relative_day"]);

/**
 * Per line, what the headings over it name: the period (an index into `periods`), the segment and
 * the metric of the innermost heading that names each. A heading holds until the next of its level.
 */
/** A breakdown's title that names the whole's mix: 比重, 占比, 构成, "mix". */
const MIX_TITLE = /比重|占比|佔比|构成|構成|\bmix\b/;

function headingContext(layout: Layout, lineStarts: readonly number[], length: number, periods: readonly PeriodMatch[], labels: readonly (string | undefined)[], comparison: readonly boolean[], terms: readonly TermMatch<Term>[], taxonomy: Taxonomy, entity: string, lower: string, headlineAt?: number, namedParts?: { text: string; parts: Map<string, SegmentDefinition> }): { headingPeriods: (number | undefined)[]; headingTopics: { segment?: string; metric?: string; basis?: Basis; breakdown?: boolean; share?: boolean }[] } {
  const named = new Map<number, { period?: number; segment?: string; metric?: string; basis?: Basis; breakdown?: boolean; share?: boolean; listPart?: string }>();
  // "# Tallowmere holds full-year outlook after steady first half" opening the body: a title in a
  // heading's marks is the story's headline; it says whose figures follow no more than a headline does.
  const titleLine = firstContentLine(lower, lineStarts, headlineAt);
  // The levels of the Markdown headings that name a part of the company (a segment of its, known or
  // proposed, the heading a name alone), worked out on first use.
  let partLevels: Set<number> | undefined;
  const partHeadingLevels = (): ReadonlySet<number> => {
    if (partLevels) return partLevels;
    partLevels = new Set();
    for (let line = 0; line < lineStarts.length; line++) {
      const start = lineStarts[line]!;
      const level = headingLevel(lower, start);
      if (level === 0 || line === titleLine || partLevels.has(level)) continue;
      const end = line + 1 < lineStarts.length ? lineStarts[line + 1]! : length;
      if (headingPartName((namedParts?.text ?? lower).slice(start, end)) === undefined) continue;
      for (let i = firstFrom(terms, start); i < terms.length && terms[i]!.start < end; i++) {
        const segment = segmentFor(terms[i]!, taxonomy, entity);
        if (segment && taxonomy.segments.get(segment.id)?.entities?.includes(entity)) partLevels.add(level);
      }
    }
    return partLevels;
  };
  const namedBy = (line: number) => {
    let found = named.get(line);
    if (found) return found;
    found = {};
    const title = line === titleLine && /^#\s/.test(lower.slice(lineStarts[line]!, lineStarts[line]! + 2));
    const start = lineStarts[line]!;
    const end = layout.leadIns.get(line) ?? (line + 1 < lineStarts.length ? lineStarts[line + 1]! : length);
    for (let i = firstFrom(periods, start); i < periods.length && periods[i]!.start < end; i++) {
      // (A heading's months or years ahead, 料未來3年收入年增9.4%, are its forecast's span, not the period of what stands under it;
      // nor is the day it names, "Key points from the results, released on Tuesday evening:", the day of what it lists.)
      // (Nor, in a title, the period a forecast's noun follows: "holds full-year outlook" is the outlook's;
      // under a section's "**Q1 2026 outlook**" the forecasts are that quarter's.)
      if (labels[i] !== undefined && !comparison[i] && !NOT_A_HEADING_PERIOD.has(periods[i]!.cue.kind) && !(title && forecastsPeriod(lower, periods[i]!, start, true))) {
        found.period = i;
        break;
      }
    }
    let namesCompany = false;
    let namesOwnPart = false;
    // (In a heading that is a name and a comment after its colon, "## 云业务：增速放缓", only the name can
    // make it a part's: the comment's words, a metric's 增速, are said about the part.)
    const nameEnd = start + (headingNameEnd(lower.slice(start, end)) ?? end - start);
    let metricInName = false;
    for (let i = firstFrom(terms, start); i < terms.length && terms[i]!.start < end; i++) {
      const segment = segmentFor(terms[i]!, taxonomy, entity);
      found.segment ??= segment?.id;
      namesOwnPart ||= segment !== undefined && (taxonomy.segments.get(segment.id)?.entities?.includes(entity) ?? true);
      found.metric ??= firstOf(terms[i]!, "metric")?.id;
      metricInName ||= terms[i]!.start < nameEnd && firstOf(terms[i]!, "metric") !== undefined;
      namesCompany ||= terms[i]!.start < nameEnd && terms[i]!.entries.some((entry) => entry.kind === "entity" || entry.kind === "whole");
    }
    const periodInName = found.period !== undefined && periods[found.period]!.start < nameEnd;
    // "**Consumer Banking and Wealth Management (CBWM)**" over "- Total income: S$1.58 billion (+8%)": a
    // heading that is a name alone, over a list of the key figures (each item labelled by a metric), is
    // a part of the company those figures are of, kept as a new segment when the taxonomy has none.
    // (Another company's word for a part inside the name, "Services" of "Personal Financial Services", is no part of this one.)
    if (namedParts && !namesOwnPart && !metricInName && !periodInName && !namesCompany && !title && keyFiguresUnder(line, lineStarts, lower, terms)) {
      const name = headingPartName(namedParts.text.slice(start, end));
      if (name !== undefined) {
        found.listPart = keepNewSegment(namedParts.parts, namedPartSegment(name, entity), taxonomy).id;
        delete found.segment;
      }
    } else if (namedParts && !namesOwnPart && !metricInName && !periodInName && !namesCompany && !title && !layout.leadIns.has(line)) {
      // "### International" over prose: a section heading that can only be a part's name (one word, or a
      // name closed by a word for a part, "Marine Division", 云业务) names the part the section is about.
      // ("## Mobility" beside "## Smart Grids" and "## Factory Automation", which name parts of the company:
      // a heading at the level of others that name its parts names one too.)
      const name = sectionPartName(namedParts.text.slice(start, end), namedParts.text, sectionCallsItAPart(namedParts.text, lineStarts, line) || partHeadingLevels().has(headingLevel(lower, start)));
      if (name !== undefined) found.segment = keepNewSegment(namedParts.parts, namedPartSegment(name, entity), taxonomy).id;
    }
    // "## Segments", "By region", 分部业绩: a heading over a breakdown by business names their revenue
    // when it names no metric (what a business or a region is measured by first).
    if (BREAKDOWN_TITLE.test(lower.slice(start, end))) {
      found.breakdown = true;
      found.metric ??= taxonomy.topLine?.id;
      // (产品营收比重如下：, "Revenue mix in the quarter:": a breakdown's title that names a mix says each
      // percent under it is its part's share of the whole.)
      if (MIX_TITLE.test(lower.slice(start, end))) found.share = true;
    }
    // "## Outlook", "业绩指引": a heading that says the company's forecasts follow. (Not the market's
    // expectations: "毛利率：不及预期" is commentary on the results under it; and not a heading that joins
    // the outlook to something else, "Results and Outlook", 现状与展望: what stands under it is both; nor
    // one that sets results against forecasts, "Against forecasts".)
    const heading = lower.slice(start, end);
    // (A paragraph's bold label, "**What the Street expects:**", says what the paragraph is about, not whose figures all of them are.)
    for (const match of JOINED_HEADING.test(heading) || layout.leadIns.has(line) || title ? [] : cues().matchAll(heading)) {
      const basis = basisOf(match, "sentence");
      if (basis === "guidance" || basis === "plan") {
        found.basis = basis;
        break;
      }
    }
    named.set(line, found);
    return found;
  };
  const headingPeriods: (number | undefined)[] = [];
  const headingTopics: { segment?: string; metric?: string; basis?: Basis; breakdown?: boolean; share?: boolean }[] = [];
  for (const [at, chain] of layout.headings.entries()) {
    let period: number | undefined;
    let segment: string | undefined;
    let metric: string | undefined;
    let basis: Basis | undefined;
    let breakdown = false;
    let share = false;
    for (const line of chain) {
      const found = namedBy(line);
      period ??= found.period;
      // (A part a heading names over its list of key figures is that list's: the prose after the list
      // is the section's, as "### Other businesses" over three items says nothing of the outlook after.)
      segment ??= found.segment ?? (found.listPart !== undefined && onlyItemsBetween(line, at, lineStarts, lower) ? found.listPart : undefined);
      metric ??= found.metric;
      basis ??= found.basis;
      breakdown ||= found.breakdown === true;
      share ||= found.share === true;
    }
    headingPeriods.push(period);
    headingTopics.push({ ...(segment ? { segment } : {}), ...(metric ? { metric } : {}), ...(basis ? { basis } : {}), ...(breakdown ? { breakdown } : {}), ...(share ? { share } : {}) });
  }
  return { headingPeriods, headingTopics };
}


/** Whether every line after `heading` up to `line` (itself included) is a list item or blank. */
function onlyItemsBetween(heading: number, line: number, lineStarts: readonly number[], lower: string): boolean {
  if (line <= heading) return false;
  for (let at = heading + 1; at <= line; at++) {
    const content = lower.slice(lineStarts[at]!, at + 1 < lineStarts.length ? lineStarts[at + 1]! : lower.length);
    if (content.trim().length > 0 && !ITEM_MARKER.test(content)) return false;
  }
  return true;
}

/** Whether the first line with content under `line` is a list item labelled by a metric's word ("- Total income: …", "• 营收："). */
function keyFiguresUnder(line: number, lineStarts: readonly number[], lower: string, terms: readonly TermMatch<Term>[]): boolean {
  for (let next = line + 1; next < lineStarts.length && next <= line + 3; next++) {
    const start = lineStarts[next]!;
    const end = next + 1 < lineStarts.length ? lineStarts[next + 1]! : lower.length;
    const content = lower.slice(start, end);
    if (content.trim().length === 0) continue;
    const label = KEY_FIGURE_ITEM.exec(content);
    if (!label) return false;
    const labelEnd = start + label[0].length;
    for (let i = firstFrom(terms, start); i < terms.length && terms[i]!.start < labelEnd; i++) if (terms[i]!.entries.some((entry) => entry.kind === "metric")) return true;
    return false;
  }
  return false;
}
/**
 * A section heading's part name (see headingPartName) when the heading can name nothing else: one
 * capitalised word ("International", "Fairlop"), a name closed by a word for a part ("Marine
 * Division"), or in Chinese a part's or a region's name; not a headline-style phrase of several words
 * ("Margins Under Pressure"), which may be about anything.
 */
function sectionPartName(heading: string, text: string, calledAPart: boolean): string | undefined {
  const name = headingPartName(heading);
  if (name === undefined) return undefined;
  // (Not a heading of the parts in general, 业务板块, 主营业务.)
  if (/^[\u4e00-\u9fff]+$/u.test(name)) return GENERIC_PART_HEADING.test(toSimplified(name)) ? undefined : name;
  // (Or a name the section under it points back at as a part, "## Infrastructure Software" over "…, the
  // segment grew 6%".)
  // (Or one of several words closed by a word a business's name ends with: "Canadian Personal and
  // Business Banking", "Capital Markets", "Wealth Management".)
  if (LATIN_PART_END.test(name) || REGION_OR_CHANNEL.has(name.toLowerCase()) || calledAPart || (name.includes(" ") && BUSINESS_NAME_END.has(name.slice(name.lastIndexOf(" ") + 1).toLowerCase()))) return name;
  // (One word that the text writes capitalised inside a sentence too, a proper name: "Fairlop", not
  // "Advertisement" or "Players".)
  return !name.includes(" ") && new RegExp(`[a-z,]\\s${name}\\b`).test(text) ? name : undefined;
}
/** The level of the Markdown heading opening at `start` (the number of its #), or 0 for a line that is none. */
function headingLevel(lower: string, start: number): number {
  let level = 0;
  while (lower.charCodeAt(start + level) === 0x23) level++;
  return level > 0 && level <= 6 && lower.charCodeAt(start + level) === 0x20 ? level : 0;
}
/** A Chinese heading that names parts in general, not one: 业务板块, 主营业务, 核心业务, 各业务. */
const GENERIC_PART_HEADING = /^(?:业务|主营|核心|主要|各项?|分|重点)?(?:业务|板块|分部|事业部)+$/u;
/** Regions' and channels' names (the lexicons' \`region\` and \`channel\`, English), lower case. */
const REGION_OR_CHANNEL: ReadonlySet<string> = new Set([...placedWords("region", { language: "en" }), ...placedWords("channel", { language: "en" })]);

/** A list item's label up to its colon: "- Total income:", "• 营收：". */
const KEY_FIGURE_ITEM = new RegExp(String.raw`^${BULLET_LEAD}[^:：\n\d]{2,40}[:：]`, "u");

/** A participle of watching a measure, then "by", right before the analysts or investors who do. */
const WATCHED_BY_BEFORE = /\b(?:watched|followed|tracked|monitored|favou?red|preferred|used|cited|scrutini[sz]ed)\s(?:(?:most|more|closely|keenly)\s){0,2}by\s(?:many\s|most\s)?$/;

/** Whether the sentence up to `at` names a peer (同业, rival, peer): what it tells is the peer's. */
function aboutPeer(lower: string, at: number): boolean {
  const start = Math.max(lower.lastIndexOf("。", at), lower.lastIndexOf("\n", at), lower.lastIndexOf(". ", at)) + 1;
  return PEER_IN_SENTENCE.test(lower.slice(start, at));
}
const PEER_IN_SENTENCE = new RegExp(wordsPattern(PEER_WORDS, "both"), "u");

/** Whether the paragraph around `at` says its company's fiscal year is the calendar year. */
function keepsCalendarYear(lower: string, at: number): boolean {
  const start = lower.lastIndexOf("\n", at) + 1;
  const end = lower.indexOf("\n", at);
  return CALENDAR_YEAR_SAID.test(lower.slice(start, end < 0 ? lower.length : end));
}
/** Words that say a fiscal year is the calendar year: 财政年度与历年一致, 以历年为财政年度, "financial year is the calendar year". */
const CALENDAR_YEAR_SAID = /(?:财政年度|财年|会计年度)与(?:历年|自然年|日历年)一致|以(?:历年|自然年)为(?:财政|会计)年度|(?:fiscal|financial)\syear\s(?:is|matches|follows)\sthe\scalendar\syear/;

/** "以6月为年结的" right before a company's name: the month its financial year ends in. */
const YEAR_END_BEFORE_NAME = /以(\d{1,2})月(?:底|末)?(?:为|作为)(?:财政)?年结(?:日)?的$/u;

const COMPANY_WORD_AFTER = /^(?:集团|集團|企业|企業|公司|巨头|巨頭|龙头|龍頭|上市公司|\s(?:group|company|firm|giant|maker|chain|conglomerate)\b)/;

/** The term matches that do not lie inside an occurrence of `name` in the text. */
function outsideName(terms: TermMatch<Term>[], lower: string, name: string): TermMatch<Term>[] {
  const written = asciiLower(normaliseText(name));
  if (written.length < 2) return terms;
  const spans = [...positionsOf(lower, written)].map((at): [number, number] => [at, at + written.length]);
  if (spans.length === 0) return terms;
  return terms.filter((term) => !spans.some(([start, end]) => term.start >= start && term.end <= end && !term.entries.some((entry) => entry.kind === "entity")));
}

/**
 * Where a round-up's sections begin: the paragraphs opening with a company's name in capitals or in
 * bold, when there are two or more (a table's rows are not sections); the story's own company by its id.
 */
function roundUpSections(openers: readonly NamedCompany[], subject: { entity: string; newEntity?: NewEntity }, text: string): { start: number; id: string }[] {
  const companies = openers.filter((company) => !company.row);
  if (companies.length < 2) return [];
  // A section begins where a company opens the round-up's paragraph about it, and again at each later
  // paragraph that opens with its name ("Kilbride agreed to pay…" after Saltash's paragraph).
  const sections = companies.flatMap((company) => {
    const id = subject.newEntity && sameCompanyName(company.entity.name, subject.newEntity.name) ? subject.entity : company.entity.id;
    // ("Pellam Securities raised its forecasts after the results:" over a list of them: a house opening a
    // paragraph to forecast opens no section of its own; what follows is about the story's company.)
    const forecasts = (at: number) => houseForecastsHere(company.entity.name, text.slice(at, at + 120).toLowerCase());
    return company.mentions.flatMap((mention, k) => ((k === 0 || opensParagraph(text, mention.start)) && !forecasts(mention.end) ? [{ start: k === 0 && company.opensAt !== undefined ? company.opensAt : mention.start, id }] : []));
  });
  // (Paragraphs that open with one company's name, the story's own said short ("Kurobane kept its
  // forecast…" in a story about Kurobane Motor), make no round-up.)
  if (new Set(sections.map((section) => section.id)).size < 2) return [];
  return sections.sort((a, b) => a.start - b.start);
}

/** Whether a name at `at` opens its paragraph: only a bullet, bold or spaces stand before it on its line. */
function opensParagraph(text: string, at: number): boolean {
  const lineStart = text.lastIndexOf("\n", at - 1) + 1;
  return /^[\s>*_#-]*$/.test(text.slice(lineStart, at));
}

/**
 * New companies one of which is named by the first words of another's Latin name ("Kessendorf",
 * "Kessendorf Antriebe"): each short one's id mapped to the fuller one's, or the peer's to the story's
 * own company's when that is one of the two.
 */
function shortNamesOf(own: NewEntity | undefined, peers: readonly NewEntity[]): Map<string, string> {
  const sameAs = new Map<string, string>();
  const all = own ? [own, ...peers] : [...peers];
  for (const short of all) {
    if (!LATIN_NAME.test(short.name)) continue;
    const long = all.find((other) => other.id !== short.id && other.name.startsWith(`${short.name} `) && LATIN_NAME.test(other.name.replace(/[^\x00-\x7f]/g, "e")));
    if (!long) continue;
    if (short === own) sameAs.set(long.id, short.id);
    else if (long === own) sameAs.set(short.id, long.id);
    else if (!sameAs.has(long.id)) sameAs.set(short.id, long.id);
  }
  return sameAs;
}

/** Whether a figure ends at most three characters before `at` (the figures are in order: a binary search). */
function figureEndsRightBefore(figures: readonly Figure[], at: number): boolean {
  const before = figures[firstFrom(figures, at) - 1];
  return before !== undefined && before.end <= at && at - before.end <= 3;
}

/** A name in Latin letters of at least four (a word a body can be searched for whole). */
const LATIN_NAME = /^[A-Za-z][A-Za-z '’&.-]{3,}$/;

/**
 * The story's company when the text names companies the taxonomy does not know (极岸汽车…驰骋汽车…): a
 * subject found only through a business's word or not at all is the one of them the text names most.
 */
function withNamedSubject<T extends { entity: string; reason: string; newEntity?: NewEntity; bySegments?: true; byCount?: number }>(found: T, named: readonly NamedCompany[], title: string, body = "", weight: (at: number) => number = () => 1): T | { entity: string; reason: string; newEntity: NewEntity } {
  // (The one the text names most by its full name; of those named as often, the first.)
  // (A mention by its first words, "Thanh Loc" of "Thanh Loc Commercial Bank", is no full one.)
  const full = (company: NamedCompany) => {
    const longest = Math.max(...company.mentions.map((mention) => mention.end - mention.start));
    return company.mentions.filter((mention) => mention.end - mention.start === longest).length;
  };
  const first = named.reduce<NamedCompany | undefined>((best, company) => (best === undefined || full(company) > full(best) ? company : best), undefined);
  if (!first) return found;
  if (found.bySegments || found.entity === NO_COMPANY) return { entity: first.entity.id, reason: "a company the taxonomy does not know, the one the text names most", newEntity: first.entity };
  // (A known company chosen as the one the text names most, 中通快递 named once in the lead of a story
  // about 顺丰控股, which it names a dozen times by its full and short names, gives way to a company the
  // text names more than twice as often, counted the same way, its mentions inside a known company's
  // name left out: "Saudi" of "Saudi Aramco" names no company of its own.)
  const most = named.reduce<NamedCompany | undefined>((best, company) => (best === undefined || weighed(company) > weighed(best) ? company : best), undefined);
  function weighed(company: NamedCompany): number {
    return company.mentions.reduce((sum, mention) => sum + weight(mention.start), 0);
  }
  if (found.byCount !== undefined && most !== undefined) {
    if (weighed(most) > 2 * found.byCount) return { entity: most.entity.id, reason: "a company the taxonomy does not know, which the text names more than twice as often as any company it knows", newEntity: most.entity };
  }
  // "貨櫃航運雙雄第三季獲利腰斬 嶺洋每股賺1.86元": a title's name and trade that the body never names as
  // a company (货柜航运, container shipping) gives way to a company the body names, by its full name
  // and again, whose name or short name the title holds too.
  // (Not a title's name the body goes on to write, capitalised as a name: "Northwake swings to loss…;
  // rival Merrivale…" over "Northwake posted a net loss…".)
  const fromTitle = found.newEntity?.foundIn === "title" && !found.newEntity.strong ? found.newEntity : undefined;
  if (fromTitle && !named.some((company) => sameCompanyName(company.entity.name, fromTitle.name)) && !(LATIN_NAME.test(fromTitle.name) && new RegExp(`\\b${escapeRegExp(fromTitle.name)}\\b`).test(body))) {
    // (Of several, the one the title names first: a round-up's headline leads with the company it leads with.)
    const inTitle = (company: NamedCompany) => Math.min(...[company.entity.name, company.short].filter((name): name is string => name !== undefined).map((name) => title.indexOf(name.toLowerCase())).filter((at) => at >= 0));
    // (Not the group a headline names before 旗下: 嘉恒控股旗下嘉恒物业… is about the company it owns.)
    const owner = GROUP_BEFORE_UNDER.exec(title)?.[0].length ?? 0;
    const titled = named.filter((company) => Number.isFinite(inTitle(company)) && inTitle(company) >= owner);
    const best = titled.reduce<NamedCompany | undefined>((best, company) => (best === undefined || inTitle(company) < inTitle(best) ? company : best), undefined);
    if (best) return { entity: best.entity.id, reason: "a company the taxonomy does not know, named in the title and the body", newEntity: best.entity };
  }
  return found;
}

/** The story company's Chinese name where the text writes it and no taxonomy word or company's mention already stands, as its mentions. */
function subjectMentions(lower: string, name: string, entity: string, terms: readonly TermMatch<Term>[], companies: readonly NamedCompany[]): NamedCompany | undefined {
  const written = asciiLower(normaliseText(name));
  // (In text order, so each place is checked against its neighbours only: a term or mention is a few
  // characters long, and starts at most 64 before the place it could cover.)
  const taken = [...terms, ...companies.flatMap((company) => company.mentions)].sort((a, b) => a.start - b.start);
  const covered = (at: number, end: number): boolean => {
    for (let i = firstFrom(taken, end) - 1; i >= 0 && at - taken[i]!.start <= 64; i--) if (taken[i]!.end > at) return true;
    return false;
  };
  const mentions: TermMatch<Term>[] = [];
  for (const at of positionsOf(lower, written)) {
    if (covered(at, at + written.length)) continue;
    mentions.push({ start: at, end: at + written.length, entries: [{ kind: "entity", id: entity }] });
  }
  return mentions.length > 0 ? { entity: { id: entity, name, foundIn: "text", strong: true }, mentions } : undefined;
}

/** The names the article's company goes by, so a possessive of one of them is never taken for a peer. */
function subjectNamesOf(subject: { entity: string; newEntity?: NewEntity }, taxonomy: Taxonomy): string[] {
  // A new company read on a fiscal year its text tells is in the taxonomy by now, with no aliases.
  const known = subject.newEntity ? undefined : taxonomy.entities.get(subject.entity);
  if (known) return Object.values(known.aliases).flat();
  return subject.newEntity ? [subject.newEntity.name, ...(subject.newEntity.ticker ? [subject.newEntity.ticker] : []), ...(subject.newEntity.latinName ? [subject.newEntity.latinName] : [])] : [];
}

/** Every company the terms name. */
function namedEntities(terms: readonly TermMatch<Term>[]): Set<string> {
  const named = new Set<string>();
  for (const match of terms) for (const entry of match.entries) if (entry.kind === "entity") named.add(entry.id);
  return named;
}

/** Whether a calendar period label has ended before the date (true without a date). */
function isOver(label: string, date: string | undefined, read: ReadPeriod = parsePeriod): boolean {
  if (!date) return true;
  const parsed = read(label);
  return !(parsed.ok && parsed.period.end !== undefined && parsed.period.end >= date);
}

/** Between a count's label and its number: a few words of the label, then a colon or a bar ("at quarter end: ", " | "). */
const COUNT_LABEL_BETWEEN = new RegExp(String.raw`^(?:\s[a-z-]+){0,3}\s?(?:\*\*)?\s?[:：]\s?(?:\*\*)?\s?(?:${hedgePattern("en")}\s)?$`);

/**
 * Bare English numbers ("49 new facilities") are kept only when a count metric's word follows within
 * one word, or a store's word within three: "open 49 new facilities" is a count, "in 49 places" or
 * "Section 49 of" is not.
 */
/** Between a count's word and a colon: what defines the counted ("paying more than $100,000 a year", "billing over $10 million"). */
const COHORT_LABEL_BETWEEN = new RegExp(String.raw`^\s${COHORT_DEFINED_BY}[a-z]{0,3}[$€£¥₹]\s?[\d,.]+\s?(?:k|m|bn|mn|million|billion|thousand|crore|lakh)?(?:\s(?:a|per)\syear|\sannually|\sin\sannual\s[a-z]+)?\s?(?:\*\*)?\s?[:：]\s?(?:\*\*)?\s?(?:${hedgePattern("en")}\s)?$`);
/** Between a count and a bare number it is set against: a few words, then "from", "up from", "against", "versus", "compared with" (a hedge after at most). */
const COUNT_BASE_BETWEEN = new RegExp(String.raw`^[^.;!?\d]{0,32}?\b(?:from|against|versus|vs\.?|compared\s(?:with|to))\s(?:${hedgePattern("en")}\s)?$`);
/** Right before a bare number: a word that ranks a group by size ("top", "largest", "biggest"). */
const RANK_BEFORE = /\b(?:top|largest|biggest)\s$/;
/** Right after it: a word or two, then a word for who holds a share (the lexicons' `share_holder`: customers). */
const HOLDER_AFTER = new RegExp(`^\\s(?:[a-z-]+\\s)?${wordsPattern(placedWords("share_holder", { language: "en" }), "both")}`);

function keepBareCounts(figures: Figure[], terms: TermMatch<Term>[], lower: string, taxonomy: Taxonomy): Figure[] {
  if (!figures.some((figure) => figure.bare)) return figures;
  const countMetric = (term: TermMatch<Term> | undefined) => {
    const metric = term ? firstOf(term, "metric") : undefined;
    return metric !== undefined && (taxonomy.metrics.get(metric.id)?.units.includes("count") ?? false);
  };
  /** The high ends of ranges of stores, "140 to 150 restaurants", read with their low end. */
  const highEnds = new Set<Figure>();
  return figures.filter((figure, k) => {
    if (!figure.bare) return true;
    if (highEnds.has(figure)) return false;
    if (figure.bracketed) return comparativeInBrackets(figure, figures[k - 1], lower);
    // ("The top five customers accounted for 37%", "its largest three clients": a number after "top"
    // or "largest" before a word for who holds a share sizes a group the text ranks, no count of them.)
    if (RANK_BEFORE.test(lower.slice(Math.max(0, figure.start - 9), figure.start)) && HOLDER_AFTER.test(lower.slice(figure.end, figure.end + 24))) return false;
    // "opened 145 new stores", "ending June with 6,480 locations": a store's word after the number,
    // a few describing words between at most, makes it a count of stores, which runs to that word;
    // "plans to open 140 to 150 restaurants" is one range.
    const high = figures[k + 1];
    const ranged = high?.bare && !high.bracketed && RANGE_BETWEEN.test(lower.slice(figure.numberEnd, high.start)) ? high : undefined;
    // ("**3,412** — stores at the end of September": a bold number's label after the bold's close and a
    // dash is what it counts.)
    const last = afterBoldLabelMark(lower, (ranged ?? figure).numberEnd);
    // "opened 145 new stores", "taking its estate to 318" (see above); "cut about 300 jobs", "completed
    // 2,184 new homes", "expects to sell 470,000 to 510,000 ounces": what is done to what is counted
    // makes it a count (the taxonomy's `counted_by`); "49 new facilities", "185,000 to 195,000
    // vehicles": a count metric's word within one word after it. The figure (or its range) runs to
    // the word that counts it.
    const next = terms[firstFrom(terms, last)];
    const countsTo = englishStoreWordAfter(lower, last)?.end ?? (englishEstateBefore(lower, figure.start) ? figure.numberEnd : undefined) ?? countedThingAt(lower, figure.start, last, 0, taxonomy)?.end ?? (next && next.start - last <= 16 && /^ (?:[a-z]+-?[a-z]* )?$/.test(lower.slice(last, next.start)) && countMetric(next) ? next.end : undefined);
    if (countsTo !== undefined) {
      delete figure.bare;
      figure.end = countsTo;
      if (ranged) {
        figure.valueHigh = ranged.value;
        highEnds.add(ranged);
      }
      return true;
    }
    // "Headcount fell to 18,400", "employees totaled 1,556,000": a count's word a few verbs before it.
    const before = terms[firstFrom(terms, figure.start) - 1];
    if (before && figure.start - before.end <= 44 && COUNT_VERBS.test(lower.slice(before.end, figure.start)) && countMetric(before)) {
      delete figure.bare;
      return true;
    }
    // "- Headcount: 1,42,380", "Stores at quarter end: 612": a count's label before a colon, the number
    // right after; "Customers paying more than $100,000 a year: 3,412": the amount that defines them
    // may stand in the label.
    if (before && figure.start - before.end <= 72 && (COUNT_LABEL_BETWEEN.test(lower.slice(before.end, figure.start)) || COHORT_LABEL_BETWEEN.test(lower.slice(before.end, figure.start))) && countMetric(before)) {
      delete figure.bare;
      return true;
    }
    // "completed 3,912 homes, up from 3,655 a year earlier", "rose to 612 from 488": a bare number set
    // against a count right before it is that count's base.
    const counted = figures[k - 1];
    // ("Headcount stood at 148,320 at the end of September, down 1,210": by a word of change, its change.)
    if (counted && !counted.bare && counted.unitKind === "count" && figure.start - counted.end <= 48 && (COUNT_BASE_BETWEEN.test(lower.slice(counted.end, figure.start)) || BARE_CHANGE_AFTER_COUNT.test(lower.slice(counted.end, figure.start)))) {
      delete figure.bare;
      return true;
    }
    return false;
  });
}
/** Between the two ends of a range of bare numbers: "140 to 150", "140-150". */
const RANGE_BETWEEN = /^(?:\s(?:to|and)\s|\s?[-–—]\s?)$/;
/** Between a figure and a number alone in brackets after it: a space, "per share" or "a share", the bracket. */
const BEFORE_COMPARATIVE = /^(?:\s(?:per|a)\s(?:share|unit))?\s?[(（]\s?$/;

/**
 * "the adjusted EBITA margin was 16.3 percent (15.8)", "a dividend of SEK 4.75 per share (4.40)": a
 * number alone in brackets right after a figure is that figure's comparative, written in its unit and
 * scale (comparands.ts gives it the figure's key a year back). Whether it is kept.
 */
function comparativeInBrackets(figure: Figure, previous: Figure | undefined, lower: string): boolean {
  if (previous === undefined || previous.unit === undefined || previous.unitKind === undefined || previous.bare) return false;
  if (!BEFORE_COMPARATIVE.test(lower.slice(previous.end, figure.start))) return false;
  delete figure.bare;
  delete figure.bracketed;
  figure.unit = previous.unit;
  figure.unitKind = previous.unitKind;
  if (previous.scale !== undefined) figure.scale = previous.scale;
  if (previous.scaleAt !== undefined) figure.scaleAt = previous.scaleAt;
  return true;
}

/**
 * What may stand between a count's word and its figure: at most four of the lexicon files' `count_link`
 * words (fell, was, to, about), each after a space ("opened 9 supermarkets" has none), and the count's
 * change among them ("Fibre connections rose 5 per cent to 612,000").
 */
const COUNT_VERBS = new RegExp(`^ (?:(?:${wordsPattern(placedWords("count_link", { language: "en" }), "none", " ")}|[\\d.]+(?:%|\\s?per\\scent|\\s?percent|pc)) ){0,4}$`);


/** Whether one of `others` names the company already: by the same name, or with a mention where it has one. */
function namedAmong(company: NamedCompany, others: readonly NamedCompany[]): boolean {
  return others.some((other) => sameCompanyName(other.entity.name, company.entity.name) || other.mentions.some((its) => company.mentions.some((mention) => its.start < mention.end && its.end > mention.start)));
}

/** A line's closing stop: a sentence of the body ends with one, a headline does not. */
const SENTENCE_END = /[。.!?！？]["”’)）*]*$/;

/**
 * Whether a line (counted from 1) is a headline: the story's headline (see headlineLine), a Markdown
 * heading, or a short line (40 characters at most) that ends with no full stop and is not a bullet
 * or a table row (a section headline set between paragraphs).
 */
function onHeadline(context: Context, line: number, headline: { start: number } | undefined): boolean {
  const start = context.lineStarts[line - 1];
  if (start === undefined) return false;
  const end = context.lineStarts[line] ?? context.text.length;
  const content = context.text.slice(start, end).trim();
  if (content.length === 0) return false;
  if (content.startsWith("#")) return true;
  if (headline !== undefined && headline.start >= start && headline.start < end) return true;
  return content.length <= 40 && !SENTENCE_END.test(content) && !/^(?:[-*•|]|\d+[.)、])/.test(content);
}

/** Whether a period label is six months written as months ("2025-05..2025-10"). */
function isSixMonths(label: string): boolean {
  return monthSpanMonths(label) === 6;
}

/** Whether a period label is a whole year: a fiscal year, or twelve months written out (2024-01..2024-12). */
function isYearLong(label: string): boolean {
  return yearOfFiscalYearLabel(label) !== undefined || monthSpanMonths(label) === 12;
}

/** Period kinds a headline or a lead names its story's period by: a quarter, a half, a year, the months to date. */
const STORY_PERIOD_KINDS: ReadonlySet<string> = new Set(["quarter", "half", "year", "to_date", "ending", "month"]);

/**
 * The period a headline or a lead names for the story: the default for a figure the text gives no
 * period. The first period of the span that is the period of its own figures (not a comparison's
 * base), of a kind a story is told by (a quarter, a half, a year, the months to date), and over by the
 * article's date (a forecast is not the story's period).
 * - A headline (星辰电气2024年净利润增长18.6%, "Q3 profit beats") must name the period's year: "Q2" alone
 *   in a headline is as often the guidance's quarter; and a headline's period still to come is no story
 *   period at all.
 * - A lead ("…said that operating profit for the year ended March 31 fell", 公司上半年营收…) may leave
 *   the year to the date, as a lead's often does; a period still to come by the date (a calendar half
 *   read before the company's own calendar is known, a forecast) is passed over for the next one.
 * (A fiscal quarter's label is the company's own, not the calendar label a default is read from.)
 */
function storyPeriodIn(span: { start: number; end: number } | undefined, from: "headline" | "lead", periods: readonly PeriodMatch[], labels: readonly (string | undefined)[], comparison: readonly boolean[], date: string | undefined, lower: string, terms: readonly TermMatch<Term>[], preview = false, fiscalAsCalendar?: (label: string, index: number) => { label: string; over: boolean } | undefined, overInOwnCalendar?: (index: number, label: string) => boolean): StoryPeriod | undefined {
  if (!span) return undefined;
  let namedBefore = false;
  let end = span.end;
  for (let i = firstFrom(periods, span.start); i < periods.length && periods[i]!.start < end; i++) {
    const label = labels[i];
    const cue = periods[i]!.cue;
    // "… as quarterly profit rises 11%": a headline about a quarter is about the last one over.
    if (from === "headline" && cue.kind === "report_period" && cue.quarterOnly && date) {
      const last = lastReportedQuarter(date);
      return { defaultPeriod: quarterLabel(last.year, last.quarter) };
    }
    // ("Nike beat expectations for its fiscal first quarter": the company's own quarter, given as the
    // calendar quarter that holds its middle day, which the company's calendar reads back as it. A
    // headline must name its year; a quarter still to come, or a forecast's, is none.)
    if (cue.kind === "quarter" && cue.fiscal) {
      // (Without its year, the fiscal year a quarter of which is over lately by the date: the label read
      // here takes the date's year, and a year that ends in May has its first quarter in the calendar
      // year before the fiscal year's name.)
      const readings = label === undefined || comparison[i] || (from === "headline" && cue.year === undefined) ? [] : cue.year === undefined ? [label, shiftLabel(label, 1)] : [label];
      const asCalendar = readings.map((reading) => (reading === undefined ? undefined : fiscalAsCalendar?.(reading, i))).find((reading) => reading?.over);
      // (Not tied to the quarter's own words, whose label here is read before the company's calendar is.)
      if (asCalendar && !forecastsPeriod(lower, periods[i]!, span.start, true)) return { defaultPeriod: asCalendar.label };
      continue;
    }
    if (label === undefined || comparison[i] || !STORY_PERIOD_KINDS.has(cue.kind)) continue;
    // (A report's name, 三季报, says which report the story is of; a period named after it says which of
    // the report's figures it tells: "三季报：前三季度净利润5.12亿元" in a headline is about the nine months,
    // and so is a lead that names the report, "披露2025年三季报。前三季度实现营业收入…", whose next
    // sentence's opening, in its paragraph, is read with it.)
    if (REPORT_NAME_AFTER.test(lower.slice(periods[i]!.end, periods[i]!.end + 2))) {
      if (from === "lead") {
        const paragraphEnd = lower.indexOf("\n", span.end);
        end = Math.max(end, Math.min(paragraphEnd < 0 ? lower.length : paragraphEnd, span.end + REPORT_FIGURES_REACH));
      }
      if (laterStoryPeriod(periods, labels, i, end)) continue;
    }
    // (A month is the story's only as the month of the figures it reports, its metric's word right after
    // it: 11月合併營收, "October sales"; "April's rise in insurance", "a year ending in late September" are not.)
    if (cue.kind === "month" && !metricRightAfter(terms, periods[i]!.end, lower)) continue;
    // (The months of the year so far without a year, 前三季度, are the last ones over, unless the
    // headline named another period first: "三季度营收增长38% 前三季度新签订单…" is about the quarter.)
    // (A year named relatively, 去年 or "last year", is a year all the same: the date says which.)
    const relativeYear = cue.kind === "year" && cue.relative !== undefined;
    // (So is a half or a year named as the results the story reports: "half-year results", 中期业绩,
    // "full-year results": the last such over by the date.)
    const resultsNamed = (cue.kind === "half" || cue.kind === "year") && RESULTS_AFTER.test(lower.slice(periods[i]!.end, periods[i]!.end + 12));
    if (from === "headline" && (!("year" in cue) || cue.year === undefined) && !relativeYear && !resultsNamed && !(cue.kind === "to_date" && !namedBefore)) {
      namedBefore = true;
      continue;
    }
    // "forecast second-quarter revenue above estimates": the period a forecast is for is not the one reported.
    // ("raised its annual revenue growth forecast": nor the period a forecast's noun after it is for.)
    // (Unless the story is a warning or a preview of results and the period is over: 预期截至2025年12月31日
    // 止年度录得亏损, in a profit warning told in January, is about that year.)
    if (forecastsPeriod(lower, periods[i]!, span.start, true) && !(preview && isOver(label, date))) continue;
    // (A year written right onto the quarter or half after it, 2025财年第三财季, names that quarter's year, not the story's period.)
    const ownYear = cue.kind === "year" && (cue.fiscal || (cue.year === undefined && cue.relative === undefined)) && !(i + 1 < periods.length && periods[i + 1]!.start - periods[i]!.end <= 1 && (periods[i + 1]!.cue.kind === "quarter" || periods[i + 1]!.cue.kind === "half"));
    if (isOver(label, date) || (((cue.kind === "half" && cue.year !== undefined) || ownYear) && overInOwnCalendar?.(i, label))) return { defaultPeriod: label, defaultPeriodAt: i };
    // ("full-year result, released on Wednesday": a year's results named without the year are the last
    // year over, the one before the year the date is in.)
    // (Not a forecast's, "raised its full-year results outlook", nor where the opening names the year's
    // end after it: "full-year results for the twelve months to June 30".)
    const endNamedAfter = periods.slice(i + 1).some((period) => period.start < end && STORY_PERIOD_KINDS.has(period.cue.kind));
    const lastYear = from === "lead" && cue.kind === "year" && cue.year === undefined && !relativeYear && !endNamedAfter && YEAR_RESULTS_AFTER.test(lower.slice(periods[i]!.end, periods[i]!.end + 24)) ? shiftLabel(label, -1) : undefined;
    if (lastYear !== undefined && isOver(lastYear, date)) return { defaultPeriod: lastYear, defaultPeriodAt: i };
  }
  return undefined;
}

/**
 * A company's fiscal quarter (its own label, read on its calendar) as the calendar quarter a story's
 * period is given in (see calendarQuarterHolding), and whether it is over by the date, lately enough to
 * be the one a story reports; undefined where the quarter does not read.
 */
function fiscalQuarterAsCalendar(label: string, calendar: FiscalCalendar | undefined, date: string | undefined, read: ReadPeriod): { label: string; over: boolean } | undefined {
  const held = calendarQuarterHolding(label, calendar, read);
  if (!held) return undefined;
  // (Over, and lately: a quarter a story reports ended within a few months of it; one further back is
  // history or a change's base, "from Rs 26,330 crore in Q3FY24".)
  const over = date === undefined || (held.end < date && dayNumber(date) - dayNumber(held.end) <= REPORTED_WITHIN_DAYS);
  return { label: held.label, over };
}

/**
 * Where neither the headline nor the opening names the story's period (a live blog opens on its latest
 * entry, "Closing bell"), the first period the text names as the one its key figures cover: the months a
 * list's title gives them for, ending its line ("For the six months to December:"). Its span, read as a
 * lead's is. (Not a sentence's opening, "In January-September, sales totalled…": a results story's
 * cumulative aside, whose quarter the default already is.)
 */
function resultsPeriodNamed(lower: string, periods: readonly PeriodMatch[]): { start: number; end: number } | undefined {
  for (const period of periods) {
    const { cue, start, end } = period;
    if (cue.kind === "ending" && FOR_THE_BEFORE.test(lower.slice(Math.max(0, start - 12), start)) && /^\s?[:：]\s*\n/.test(lower.slice(end, end + 4))) return { start, end };
  }
  return undefined;
}
/** "For the" right before a run of months: the months a list gives its figures for. */
const FOR_THE_BEFORE = /\bfor\s(?:the\s)?$/;

/**
 * Where the opening names no period, the quarter a story of a company whose year does not end in
 * December reports is its own fiscal quarter last over by the date ("during the quarter" in a story of
 * 10 December about a year ending late in November is September to November), as a calendar company's
 * is the calendar quarter last over; given as the calendar quarter holding its middle day (see
 * fiscalQuarterAsCalendar). Undefined for a calendar-year company or without a date.
 */
function lastFiscalQuarterOver(calendar: FiscalCalendar | undefined, date: string | undefined, read: ReadPeriod): StoryPeriod | undefined {
  const own = lastOwnQuarter(calendar, date);
  const held = own === undefined ? undefined : calendarQuarterHolding(own, calendar, read);
  return held ? { defaultPeriod: held.label } : undefined;
}

/** How long after its end a quarter's results are still news: companies report within about three months. */
const REPORTED_WITHIN_DAYS = 120;

/** Words for results right after a period: "half-year results", "full-year earnings", 中期业绩, 全年業績. */
const RESULTS_AFTER = /^\s?(?:results?|earnings|figures|numbers|report|statement|accounts|业绩|業績|财报|財報)/;

/** What makes a quarter's word an A-share report's name (三季报, 三季度报告): the report it is in. */
const REPORT_NAME_AFTER = /^度?报/u;
/** How far after a lead that names a report its figures' period may be named (the next sentence's opening). */
const REPORT_FIGURES_REACH = 24;

/** Whether a period of a kind a story is told by, not a comparison's, follows period `index` before `end`. */
function laterStoryPeriod(periods: readonly PeriodMatch[], labels: readonly (string | undefined)[], index: number, end: number): boolean {
  for (let j = index + 1; j < periods.length && periods[j]!.start < end; j++) if (labels[j] !== undefined && STORY_PERIOD_KINDS.has(periods[j]!.cue.kind)) return true;
  return false;
}

/** Whether a metric's word follows a position with at most a few characters between (份, 合并, 自结, a space). */
function metricRightAfter(terms: readonly TermMatch<Term>[], at: number, lower: string): boolean {
  const next = terms[firstFrom(terms, at)];
  return next !== undefined && next.start - at <= 4 && /^[\s份合并自结单月度的]*$/u.test(lower.slice(at, next.start)) && firstOf(next, "metric") !== undefined;
}

/**
 * A period opening a bracket before a colon, "(2024: £3.9bn)", "(FY24: 9.5%)", "（2024年：0.70港元）": the
 * period of the base the bracket gives (comparands.ts binds its figure), not one the story goes on about.
 */
function bracketedBasePeriod(lower: string, period: PeriodMatch): boolean {
  // ("Key figures (year to June 30; FY24 in brackets)", "prior year in parentheses": the period said to
  // stand in brackets is the bracketed comparatives'.)
  if (IN_BRACKETS_AFTER.test(lower.slice(period.end, period.end + 24))) return true;
  // ("(end-February: £712m)": the end of a month may open the bracket before its month.)
  return /[(（]\s?(?:(?:the\s)?end[\s-](?:of\s)?)?$/.test(lower.slice(Math.max(0, period.start - 11), period.start)) && /^\s?(?:年度?|财年|財年)?\s?[:：]/.test(lower.slice(period.end, period.end + 5));
}
/** After a period: that it is what the brackets hold ("FY24 in brackets", "2024 figures in parentheses"). */
const IN_BRACKETS_AFTER = /^\s(?:figures?\s|numbers?\s|comparatives?\s)?(?:are\s|is\s|shown\s)*in\s(?:brackets|parentheses|parenthesis)\b/;

/** A dateline: a line that opens with a place in capitals, a comma and the date, then a dash (after an agency in brackets). */
function isDateline(text: string, start: number, end: number): boolean {
  // A dateline's place is a few words: only the 40 characters before the date can hold the line's start.
  const window = text.slice(Math.max(0, start - 40), start);
  const newline = window.lastIndexOf("\n");
  if (newline < 0 && start > 40) return false;
  // (The place may carry its state or country after a comma: "ORLANDO, Fla., Dec 18 (…) –".)
  return /^\s*[A-Z][A-Z .'-]{1,30},\s(?:[A-Z][A-Za-z.]{1,12}(?:\s[A-Z][A-Za-z.]{1,12})?,\s)?$/.test(window.slice(newline + 1)) && /^\s?(?:\([^()\n]{1,40}\)\s?)?[—–-]/.test(text.slice(end, end + 50));
}

/** The story's period, and the period match it was read from (so it is read in the company's own calendar). */
interface StoryPeriod {
  defaultPeriod: string;
  defaultPeriodAt?: number;
}

/** A kicker or rubric line over a story: short, with no sentence's end, a bar in it or capitals opening it. */
const KICKER_LINE = /^\s*(?=[^\n]{0,80}\n)(?:[^\n.!?。！？]*\s[|｜]\s[^\n.!?。！？]*|[A-Z][A-Z'’&-]{2,}(?:\s[A-Z][A-Z'’&-]*)*\s?[|｜:：—–-]?[^\n.!?。！？]*)\n/;

/**
 * The story's lead: its first two sentences after the headline (the first with words, where it has
 * no headline), within the first paragraph.
 */
function leadSentence(text: string, headline: { start: number; end: number } | undefined, sentences: readonly number[]): { start: number; end: number } | undefined {
  const from = headline ? headline.end : 0;
  // A table is no lead: its first row's periods are its columns', not the story's.
  // (Nor is a kicker line over the story, "THE COMPOUNDER'S DESK | Thursday earnings note": a short
  // line with no sentence's end, a bar or capitals opening it.)
  const prose = (start: number, end: number) => {
    const words = text.slice(start, end);
    return /\S/.test(words) && !/^\s*\|/.test(words) && !KICKER_LINE.test(words) && !pageLine(text, firstWordAt(text, start));
  };
  const at = sentences.findIndex((start, i) => (sentences[i + 1] ?? text.length) > from && prose(Math.max(start, from), sentences[i + 1] ?? text.length));
  if (at < 0) return undefined;
  const start = Math.max(sentences[at]!, from);
  const paragraphEnd = text.indexOf("\n\n", firstWordAt(text, start));
  const end = sentences[at + 2] ?? text.length;
  return { start, end: paragraphEnd >= 0 ? Math.min(end, paragraphEnd) : end };
}

/**
 * Whether the line at `at` is a saved page's furniture over the story rather than its lead: a heading
 * (the headline again), a photo's caption with its credit, or a short line with no sentence's end in
 * it (a byline, "Tue 16 Sep 2025 07.58 BST · Last modified …", a standfirst in italics). A bullet is not.
 */
function pageLine(text: string, at: number): boolean {
  const end = text.indexOf("\n", at);
  const line = text.slice(at, end < 0 ? text.length : end).trim();
  if (/^#{1,6}\s/.test(line) || PHOTO_CREDIT.test(line)) return true;
  // (No sentence's end anywhere in it: "07.58 BST", "19:05" have a point or a colon before digits only.)
  return line.length <= 160 && !/^(?:[-*+•·]\s|\d{1,2}[.)]\s)/.test(line) && !/[。！？!?]|[.:：](?!\d)/.test(line);
}
/** A photo's credit in its caption: "Photograph: …", "Photo: …", "(File photo)", "Purchase Licensing Rights", 图片来源, 資料圖片. */
const PHOTO_CREDIT = /\b(?:photograph|photo|picture|image|credit)s?\s?:|\bfile (?:photo|picture|image)\b|\blicensing rights\b|图片来源|资料图片|(?:图|摄)\s?[／/|｜]/i;

/** Where the first character that is not a space stands at or after `from` (the text's length if none), without copying the text. */
function firstWordAt(text: string, from: number): number {
  const word = /\S/g;
  word.lastIndex = from;
  return word.exec(text)?.index ?? text.length;
}

/**
 * The first sentence of the paragraph after the lead: a lead that tells the news without its period
 * ("posted a better-than-expected first-half profit on Wednesday") leaves it to the next paragraph
 * ("Cash profit rose 2.1% … in the six months to March 31").
 */
function nextParagraphOpening(text: string, lead: { start: number; end: number } | undefined, sentences: readonly number[]): { start: number; end: number } | undefined {
  if (!lead) return undefined;
  const paragraphEnd = text.indexOf("\n\n", lead.end - 1);
  if (paragraphEnd < 0) return undefined;
  const start = firstWordAt(text, paragraphEnd);
  if (start >= text.length || /^[|#]/.test(text.slice(start, start + 1))) return undefined;
  const next = sentences[lastStartAtOrBefore(sentences, start) + 1] ?? text.length;
  const lineEnd = text.indexOf("\n", start);
  return { start, end: Math.min(next, lineEnd >= 0 ? lineEnd : text.length) };
}

/**
 * "## The half at a glance / For the six months to 31 December 2025: / - Revenue of A$1.48 billion":
 * the headings and titles between the lead and the first figure after it, which say what period the
 * story's first figures are of, when the lead does not (a short stretch only).
 */
function titlesBeforeFirstFigure(text: string, lead: { start: number; end: number } | undefined, figures: readonly Figure[]): { start: number; end: number } | undefined {
  if (!lead) return undefined;
  const first = figures[firstFrom(figures, lead.end)];
  if (!first) return undefined;
  // (A table's header, "| | Q4 2025 | Q4 2024 |", names its columns' periods, not the story's.)
  // (Looked for within the reach only: the stretch is read only when that short.)
  const lineEnd = text.lastIndexOf("\n", first.start) + 1;
  const table = text.slice(lead.end, Math.min(lineEnd, lead.end + TITLES_REACH + 2)).indexOf("\n|");
  const end = table < 0 ? lineEnd : lead.end + table + 1;
  return end > lead.end && end - lead.end <= TITLES_REACH ? { start: lead.end, end } : undefined;
}
const TITLES_REACH = 240;

/**
 * The story's headline: its first line with words (front matter is blanked to spaces but for the
 * values of its headline fields, which stay where they stand), unless that line is a sentence (ends
 * with a full stop, or runs long) and no front matter named it the title: then the text opens with its
 * lead and has no headline.
 */
function headlineLine(text: string, titled: boolean): { start: number; end: number } | undefined {
  const at = text.search(/\S/);
  if (at < 0) return undefined;
  const start = text.lastIndexOf("\n", at) + 1;
  const newline = text.indexOf("\n", at);
  const end = newline < 0 ? text.length : newline;
  const content = text.slice(start, end).trim();
  // A title the front matter gives is the headline however long it runs.
  return !titled && (content.length > 80 || SENTENCE_END.test(content)) ? undefined : { start, end };
}
