// A month or a day that dates a forecast is when the forecast was made, not the period it forecasts:
// 去年11月的预测, "the November forecast", "guidance issued in October", 预测由去年11月的9800亿上调至….
// Such a period names no figure's period (its label is dropped), and the text's topic stays. The
// forecast words are the lexicon files' `forecast_word`.
import { placedWords, type Cue } from "./cues.js";
import type { Figure } from "./figures.js";
import type { TermMatch } from "./lexicon.js";
import type { PeriodMatch } from "./periods.js";
import { lastStartAtOrBefore } from "../model/lines.js";
import { firstFrom } from "./text-structure.js";
import { wordsPattern } from "./word-patterns.js";

/** The kinds of period that can date a forecast: a month or a day. */
const DATING = new Set(["month", "relative_month_of_year", "relative_month", "date"]);
/**
 * A forecast word right after the month (its forecast): 11月的预测, 11月份预期, "November forecast".
 * The forecast words are the lexicon files' (`forecast_word`); what may stand between, 的 and 公布的
 * (published), is the pattern's.
 */
const FORECAST_AFTER = new RegExp(`^\\s?份?\\s?(?:的|时的|所作的?|公布的|发布的|给出的)?\\s?${wordsPattern(placedWords("forecast_word", { roles: ["noun"] }))}`);
/**
 * A forecast word right before it: "forecast in November", "guidance issued on October 30", 于…的预测
 * not. An English pattern: a participle for when it was made (issued), then in / on / of.
 */
const FORECAST_BEFORE = new RegExp(`${wordsPattern(placedWords("forecast_word", { roles: ["noun", "participle"], language: "en" }))}\\s(?:(?:made|given|issued|set|published)\\s)?(?:in|on|from|of)\\s$`);

/** A participle of giving a forecast, then in or on, right before a month: "given in July", "issued on May 2". */
const GIVEN_IN_BEFORE = /\b(?:given|issued|set|made|provided|published)\s(?:in|on)\s$/;

/** "In" opening a sentence (or a line, or a bold label's text). */
const SENTENCE_OPENING_IN = /(?:^|[.!?:]\s|\n|\*\*\s?)in\s$/;
/** A company's forecast verb before any figure in what follows a dating month ("…, the company guided for"). */
const FORECAST_VERB_NEXT = /^,?\s[^\d.;]{0,40}?\b(?:guided|forecast|projected|predicted|issued\s(?:a\s)?(?:guidance|forecast|outlook)|set\s(?:a\s)?(?:target|forecast))\b/;

/**
 * Per period: whether it dates a forecast. Either a forecast word stands right after or before it,
 * or the month runs straight into a figure (由去年11月9800亿上调至…, nothing but 的 between) in a
 * sentence that says the figures are forecasts (a guidance or estimate word).
 */
export function forecastDates(periods: readonly PeriodMatch[], figures: readonly Figure[], lower: string, cueMatches: readonly TermMatch<Cue>[], sentences: readonly number[]): boolean[] {
  // Where the forecast words start, so a long sentence is not read once per month in it.
  const forecasts = cueMatches.filter((match) => match.entries.some((cue) => cue.kind === "basis" && (cue.basis === "guidance" || cue.basis === "estimate")));
  return periods.map((period) => {
    if (!DATING.has(period.cue.kind)) return false;
    const after = lower.slice(period.end, period.end + 12);
    if (FORECAST_AFTER.test(after)) return true;
    if (FORECAST_BEFORE.test(lower.slice(Math.max(0, period.start - 40), period.start))) return true;
    // "In January, the company guided for revenue of…": a month opening the sentence before its forecast verb.
    if (SENTENCE_OPENING_IN.test(lower.slice(Math.max(0, period.start - 8), period.start)) && FORECAST_VERB_NEXT.test(lower.slice(period.end, period.end + 60))) return true;
    const sentence = lastStartAtOrBefore(sentences, period.start);
    const from = sentences[sentence] ?? 0;
    const to = sentences[sentence + 1] ?? lower.length;
    const first = forecasts[firstFrom(forecasts, from)];
    const saysForecast = first !== undefined && first.start < to;
    // ("raised its forecast to $550m–$600m, from a range of $500m to $550m given in July": in a sentence
    // of forecasts, a participle of giving one right before the month says when the earlier one was made.)
    if (saysForecast && GIVEN_IN_BEFORE.test(lower.slice(Math.max(0, period.start - 16), period.start))) return true;
    const next = figures[firstFrom(figures, period.end)];
    if (!next || !/^\s?的?\s?$/.test(lower.slice(period.end, next.start))) return false;
    return saysForecast;
  });
}
