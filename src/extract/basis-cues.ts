// The basis words around a figure: the basis a cue says (for its clause or its whole sentence),
// analysts counted by a figure who therefore estimate nothing, a company's own forecast (its
// guidance), and the future words that make a figure for a period still to come a plan.
import type { Basis } from "../model/types.js";
import type { Context } from "./context.js";
import { placedWords, type Cue } from "./cues.js";
import type { TermMatch } from "./lexicon.js";
import { firstOf, type Term } from "./terms.js";
import { firstFrom } from "./text-structure.js";
import { wordsPattern } from "./word-patterns.js";

/** Estimate cues that name analysts or a consensus ("the Street" is the analysts who cover a company, "market expectations" a British story's consensus; as against a bare "forecast", which a company makes too). */
export const ANALYST_WORDS = /分析师|法人|共识|一致预期|市场(?:并|亦|也|则|普遍)?(?:预期|预计|估计|估算|料)|普遍预期|普遍预计|普遍估计|analyst|consensus|the street\b|\bmarket (?:expectations?|forecasts?|estimates?)\b/;
/**
 * A broker's or an analyst's note, by what only one says: a rating it gives or keeps (维持"买入"评级, "we
 * upgrade", "I reiterate") or a target price, its writers' own forecasts ("our forecasts", "my
 * estimates"). In one, "我们" or "we" or "I" forecasting is the note's analysts; elsewhere it is most
 * often a company's executive on a call ("我们预计全年毛利率将保持在70%左右"), whose forecast is guidance.
 */
export const BROKERS_NOTE = /(?:维持|给予|首次覆盖|上调至|下调至|重申)[^。\n]{0,10}(?:买入|增持|推荐|强烈推荐|优于大市|跑赢行业|谨慎推荐)[^。\n]{0,4}评级|目标价|\b(?:our|my)\s(?:own\s)?(?:[a-z-]+\s)?(?:forecasts?|estimates?|price\starget|target\sprice)\b|\b(?:we|i)\s(?:now\s)?(?:upgrade|downgrade|reiterate|initiate)\b/;
/** A broker's name: a Chinese name closed by a word of the lexicons' `broker_name_end` (卓域证券, 某某研究所). */
export const BROKER_NAME = new RegExp(`[\\u4e00-\\u9fff]{2,6}${wordsPattern(placedWords("broker_name_end", { language: "zh" }), "none")}`, "u");
/** A broker's name right before a verb of forecasting: "东吴证券预计…", "某证券分析师此前预测…", "德铭证券在最新报告中预计…" (where it says so between). */
export const BROKER_FORECASTS = new RegExp(`${BROKER_NAME.source}(?:的?分析师)?(?:此前|先前|之前|日前|早前)?(?:在[^，。,\n]{1,12}中[，,]?)?的?(?:预计|预测|预期|估计|料)`, "u");
/** A broker opening its sentence and revising or keeping a forecast (the lexicons' `revision` words): "卓域证券因此上调…每股盈利预测". */
export const BROKER_REVISES = new RegExp(`^[\\s*_]*${BROKER_NAME.source}(?:因此|亦|则|并|随即|同时)?${wordsPattern(placedWords("revision", { language: "zh" }), "none")}`, "u");
/**
 * The research houses a text names by what only a house does: a name of two to six characters opening a
 * clause right before publishing a research report, "大和发表研究报告指", "花旗发布报告称", "某行研报指"
 * (the text read simplified and lower case). Its forecasts after are its estimates, whatever the
 * taxonomy knows of the name (see houseForecasts).
 */
export function researchHousesIn(lower: string): string[] {
  const houses = new Set<string>();
  for (const match of lower.matchAll(HOUSE_PUBLISHES)) houses.add(match[1]!);
  return [...houses];
}
const HOUSE_PUBLISHES = /(?:^|[\n。！？；;，,：:])\s*([\u4e00-\u9fff]{2,6}?)(?:今日|昨日|近日|日前|最新)?(?:发表|发布)(?:最新)?(?:研究)?(?:报告|研报)/gu;
/** Whether a stretch (a sentence's opening up to a figure) opens on one of `houses` and its verb of forecasting: "大和预期，…", "大和将…预测上调". */
export function houseForecasts(houses: readonly string[], stretch: string): boolean {
  const opening = stretch.replace(/^[\s*_#>-]+/u, "");
  return houses.some((house) => opening.startsWith(house) && HOUSE_VERB_AFTER.test(opening.slice(house.length, house.length + 24)));
}
const HOUSE_VERB_AFTER = /^(?:的?分析师)?(?:此前|先前|同时|亦|则|并)?(?:在[^，。,\n]{1,12}中[，,]?)?(?:预计|预测|预期|估计|料|认为|将|把|上调|下调|维持)/u;
/** "我们预计", "我们上调…预测", "For FY27 I expect", "We now expect": the writers forecasting, in a broker's or an analyst's note the note's own estimate. */
export const WRITERS_FORECAST = /我们(?:预计|预测|预期|上调|下调|维持|给予)|\b(?:we|i)\s(?:now\s|also\s|still\s)?(?:expect|forecast|estimate|model|project|assume|pencil\sin)\b/;
/** Words that put what follows in the future (有望, 可望: is set to; the lexicon files' `future`). */
const FUTURE_WORD_LIST = placedWords("future");
const FUTURE_WORDS = new RegExp(wordsPattern(FUTURE_WORD_LIST, "both"));
/** The future words' last characters: saysFuture reads the text only where one of them stands. */
const FUTURE_LAST = new Set(FUTURE_WORD_LIST.map((word) => word.charCodeAt(word.length - 1)));

/** The basis a cue match says with the given scope, if it says one. */
export function basisOf(match: TermMatch<Cue>, scope: "clause" | "sentence" | "figure"): Basis | undefined {
  for (const entry of match.entries) if (entry.kind === "basis" && entry.scope === scope) return entry.basis;
  return undefined;
}

/**
 * "40 位跟踪该公司的分析师": analysts who are what is counted are not who estimates: those named as the
 * figure's own metric, inside the longer words of another metric, or right after another figure (40 位分析师).
 */
export function overlapsMetric(context: Context, match: TermMatch<Cue>, metricMatch: TermMatch<Term> | undefined): boolean {
  if (!match.entries.some(isEstimate)) return false;
  // Inside the metric's words: a word that only shares characters with them, starting before them
  // ("預計報告" and "報告營收" in 預計報告營收為…), is a word of its own.
  if (metricMatch !== undefined && match.start >= metricMatch.start && match.start < metricMatch.end) return true;
  const term = context.terms[firstFrom(context.terms, match.end) - 1];
  if (term === undefined || !(match.start >= term.start && match.start < term.end) || firstOf(term, "metric") === undefined) return false;
  if (term.end - term.start > match.end - match.start) return true;
  const counted = context.figures[firstFrom(context.figures, term.start) - 1];
  // "40 位分析师" counts analysts; "$6.7 billion analysts expected" is an amount the analysts expect.
  return counted !== undefined && term.start - counted.end <= 1 && (counted.unitKind === undefined || counted.unitKind === "count");
}

/** Whether an entity's name ends right before `at` (a space or 也/还/则/又/并 between): the subject of the word at `at`. */
export function entityRightBefore(terms: readonly TermMatch<Term>[], at: number, lower: string): boolean {
  const i = firstFrom(terms, at) - 1;
  const term = terms[i];
  if (!term || term.end > at || !firstOf(term, "entity")) return false;
  return SUBJECT_THEN_VERB.test(lower.slice(term.end, at));
}

/** Whether a word for the company itself (集团, the company) ends right before the cue at `index`: the forecast's subject. */
export function companyWordRightBefore(cueMatches: readonly TermMatch<Cue>[], index: number, lower: string): boolean {
  const before = cueMatches[index - 1];
  const at = cueMatches[index]!.start;
  if (!before || before.end > at || !before.entries.some((cue) => cue.kind === "the_company")) return false;
  return SUBJECT_THEN_VERB.test(lower.slice(before.end, at));
}
/** Between a forecast's subject and its verb: an adverb at most (也, 还, "still", "also", "now": "Kempenor still expected"). */
const SUBJECT_THEN_VERB = /^\s?(?:[也还则亦又并]|still\s|also\s|now\s)?\s?$/;

export const isEstimate = (entry: Cue): boolean => entry.kind === "basis" && entry.basis === "estimate";
const FUTURE_CHARACTER = "将".charCodeAt(0);

/** FUTURE_WORDS.test(lower.slice(from, to)), without the slice when no future word's last character is there. */
export function saysFuture(lower: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (FUTURE_LAST.has(lower.charCodeAt(i))) return FUTURE_WORDS.test(lower.slice(from, to));
  return false;
}

/** Whether the clause before a figure says it will spend it: 将 and then 投入 / 投资 / 花费 (or "will … invest / spend"). */
export function willSpend(lower: string, from: number, to: number): boolean {
  for (let i = to - 1; i >= from; i--) if (lower.charCodeAt(i) === FUTURE_CHARACTER) return SPEND_WORDS.test(lower.slice(i, to));
  const english = lower.slice(from, to);
  return /\bwill\b/.test(english) && /\b(?:invest|spend)\b/.test(english);
}
const SPEND_WORDS = /投入|投资|花费|砸下/;
