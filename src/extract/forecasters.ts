// Who makes a forecast the company does not: an analyst the text names (by name, or as "he" or "she"
// pointing back at one), a house named by the word its name ends with, a sentence opening on an analyst,
// the analysts or a house, or the analysts' own forecasts named after them. Their forecast is an
// estimate, not the company's guidance. Pure reads of the text the binder holds.
import type { Context } from "./context.js";
import { BROKER_NAME } from "./basis-cues.js";
import { FORECAST_VERBS } from "./forecasting-houses.js";
import { placedWords } from "./cues.js";
import { lineOverList } from "./layout.js";
import { firstFrom, positionsOf } from "./text-structure.js";
import { lastStartAtOrBefore } from "../model/lines.js";
import { wordsPattern } from "./word-patterns.js";

/** A person the text names as an analyst: 分析师许诺, "analyst Priya Raman" (the Chinese name, or the English surname). */
const ANALYST_NAMED_ZH = /(?:分析师|研究员|首席)\s?([\u4e00-\u9fff]{2,3}?)(?=认为|表示|指出|预计|预测|估计|称|说|[，,：:（(])/gu;
const ANALYST_NAMED_EN = /\banalyst\s(?:[A-Z][a-z]+\s){1,2}([A-Z][a-z]+)\b/g;
/** "Priya Castellane, an analyst at Pardew Hume,": a name set before its role (the surname). */
const ANALYST_APPOSED_EN = /\b[A-Z][a-z]+\s(?:[A-Z][a-z]+\s)?([A-Z][a-z'-]+),\s(?:an?|the)\s(?:[a-z-]+\s){0,2}analyst\b/g;
/** A verb of forecasting right after a name. */
const FORECASTS_AFTER = new RegExp(`^\\s?(?:则|也|亦|还|並|并)?(?:${FORECAST_VERBS})`, "u");

/**
 * Whether the forecast in [from, to) is someone else's than the company's: an analyst the text has named
 * right before a verb of forecasting, a pronoun pointing back at an analyst, a house named by its end
 * word, or a sentence opening on an analyst or a house.
 */
export function othersForecast(context: Context, from: number, to: number): boolean {
  context.analystNames ??= [
    ...new Set([
      ...[...context.lower.matchAll(ANALYST_NAMED_ZH)].map((match) => match[1]!),
      ...[...context.text.matchAll(ANALYST_NAMED_EN), ...context.text.matchAll(ANALYST_APPOSED_EN)].map((match) => match[1]!.toLowerCase()),
    ]),
  ];
  if (context.analystNames.length > 0) {
    const stretch = context.lower.slice(from, to);
    for (const name of context.analystNames) for (const at of positionsOf(stretch, name)) if (FORECASTS_AFTER.test(stretch.slice(at + name.length, at + name.length + 12))) return true;
  }
  return pronounOfAnalystForecasts(context, from, to) || houseForecasts(context, from, to) || forecasterOpens(context, from, to) || ANALYSTS_OWN_FORECASTS.test(context.lower.slice(from, to)) || listOfForecaster(context, from);
}

/**
 * "Kestrel Securities raised its forecasts after the results:" over "- 2025 revenue: 2.36 trillion won":
 * a list item whose list's lead-in line (the line with content right above its items, see lineOverList,
 * closed by a colon) opens on a house or an analyst forecasting is that forecaster's, as a sentence so opened is.
 */
function listOfForecaster(context: Context, at: number): boolean {
  const lineStart = context.lineStarts[lastStartAtOrBefore(context.lineStarts, at)] ?? 0;
  const over = lineOverList(context.lower, lineStart);
  if (over === undefined) return false;
  const end = over[0] + context.lower.slice(over[0], over[1]).trimEnd().length;
  return /[:：]$/.test(context.lower.slice(over[0], end)) && forecasterOpens(context, over[0], end);
}

/** "four analysts polled by Bloomberg, whose forecasts ranged from…", "analysts and their estimates": the analysts' own forecasts, named after them. */
const ANALYSTS_OWN_FORECASTS = /\banalysts?\b(?:\s(?:polled|surveyed|tracked)\sby\s[\w&.\s-]{1,30}?)?,?\s(?:whose|and\stheir|with)\s(?:[a-z]+\s)?(?:forecasts?|estimates?|projections?)\b/;

/** What may come, said with a modal: "could hit", "would reach", "may touch". */
const MAY_COME = /\b(?:could|would|may|might)\s(?:\w+\s)?(?:reach|hit|touch|top|exceed|rise|climb|grow|fall|drop|be|come\sin|land)\b/;
/** A verb of forecasting anywhere: "and now expects", "and forecasts", 并预测. */
const FORECAST_VERB = new RegExp(`(?<![a-z])(?:${FORECAST_VERBS})(?![a-z])`, "u");
/**
 * "Quillfield analyst Tom Reyes cut his price target … and now expects…", "Gorsefield Securities kept its
 * rating and forecasts…": a sentence that opens on an analyst or a house (named by its end word, or one
 * of the lexicons' `analyst_house`) forecasts as that analyst or house, however far on its verb stands.
 */
function forecasterOpens(context: Context, from: number, to: number): boolean {
  const stretch = context.text.slice(from, to);
  // ("Valerian Securities said revenue could hit $2.35 billion": what it says could come is its forecast too.)
  if (!FORECAST_VERB.test(stretch.toLowerCase()) && !MAY_COME.test(stretch.toLowerCase())) return false;
  const lead = /^[\s*_"“>-]*/.exec(stretch)![0].length;
  const opening = stretch.slice(lead);
  if (ANALYST_OPENS_EN.test(opening) || HOUSE_OPENS_EN.test(opening) || BROKER_OPENS.test(opening)) return true;
  // (A house the lexicons name, 摩根士丹利, "Morgan Stanley", opening the sentence.)
  const { cueMatches } = context;
  const at = from + lead;
  for (let i = firstFrom(cueMatches, at); i < cueMatches.length && cueMatches[i]!.start === at; i++) if (cueMatches[i]!.entries.some((entry) => entry.kind === "analyst_house")) return true;
  return false;
}
/** "Analysts polled by LSEG expect…", "Quillfield analyst Tom Reyes", "Analyst Tom Reyes", "Tom Reyes, an analyst at…". */
const ANALYST_OPENS_EN = /^(?:[Aa]nalysts\b|[Tt]he\s(?:broker(?:age)?|house|research\shouse|bank['’]s\sanalysts)\b|(?:[A-Z][\w&'.-]*\s){0,3}analysts?\s(?:[A-Z][a-z]+\s){1,2}|[A-Z][a-z]+\s(?:[A-Z][a-z]+\s)?[A-Z][a-z'-]+,\s(?:an?|the)\s(?:[a-z-]+\s){0,2}analyst\b)/;

/** "She forecasts…", 他预计…: a person's pronoun opening a forecast. */
const PRONOUN_FORECASTS = new RegExp(`(?:^|[\\s，,。“"])(?:he|she|他|她)\\s?(?:now\\s|also\\s|still\\s|则|也|亦|还)?(?:${FORECAST_VERBS})`, "u");
/** An analyst's word among the lexicons' `role` words. */
const IS_ANALYST_WORD = /^analysts?$|分析师|研究员/;
/** Who such a pronoun may point back to: an analyst, or one of the company's officers (the lexicons' `role` words, in every language). */
const ANALYST_ROLE = new RegExp(wordsPattern(placedWords("role").filter((word) => IS_ANALYST_WORD.test(word)), "both"), "g");
/** A word of an officer's role: the lexicons' `role` words but an analyst's, and CEO and CFO. */
export const OFFICER_WORD = new RegExp(wordsPattern([...placedWords("role").filter((word) => !IS_ANALYST_WORD.test(word)), "ceo", "cfo"], "both"));
const OFFICER_ROLE = new RegExp(OFFICER_WORD.source, "g");
/** How far back a pronoun is looked up, within its paragraph. */
const PRONOUN_REACH = 400;

/**
 * "Priya Castellane, an analyst at Pardew Hume, raised her target price. She forecasts full-year revenue
 * at £1.29bn": a pronoun forecasting, whose nearest role named before it in its paragraph is an analyst's,
 * is the analyst. (After "Chief executive Ann Cole said…", "she expects" is the company's.)
 */
function pronounOfAnalystForecasts(context: Context, from: number, to: number): boolean {
  const stretch = context.lower.slice(from, to);
  const pronoun = PRONOUN_FORECASTS.exec(stretch);
  if (!pronoun) return false;
  const at = from + pronoun.index;
  const paragraph = context.lower.lastIndexOf("\n\n", at);
  const before = context.lower.slice(Math.max(paragraph + 1, at - PRONOUN_REACH), at);
  const analyst = lastMatch(ANALYST_ROLE, before);
  return analyst >= 0 && analyst > lastMatch(OFFICER_ROLE, before);
}

function lastMatch(pattern: RegExp, text: string): number {
  let last = -1;
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) last = match.index;
  return last;
}

/** The lexicons' `broker_name_end` words in English, each open to a capital first letter ("Securities", "Research"). */
const HOUSE_END_EN = placedWords("broker_name_end", { language: "en" }).map((word) => `[${word[0]!.toUpperCase()}${word[0]}]${word.slice(1).replace(/\s/g, "\\s")}`);
/**
 * "Marrowby Research, which covers the stock, expects…", "Quillfield Securities forecasts…": a house whose
 * capitalised name ends in a broker's word, the subject of a verb of forecasting (an aside between).
 */
const HOUSE_FORECASTS_EN = new RegExp(String.raw`\b(?:[A-Z][\w&'.-]*\s){1,3}(?:${HOUSE_END_EN.join("|")})\b(?:,[^,.;]{1,80},)?\s(?:now\s|also\s|still\s)?(?:${FORECAST_VERBS})\b`);

function houseForecasts(context: Context, from: number, to: number): boolean {
  return HOUSE_FORECASTS_EN.test(context.text.slice(from, to));
}
/** A sentence opening on a house named by its end word: "Gorsefield Securities kept…", 光谷证券维持…. */
const HOUSE_OPENS_EN = new RegExp(String.raw`^(?:[A-Z][\w&'.-]*\s){1,3}(?:${HOUSE_END_EN.join("|")})\b`);
const BROKER_OPENS = new RegExp(`^${BROKER_NAME.source}`, "u");
