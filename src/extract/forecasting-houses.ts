// Which houses named in a text are forecasting rather than reporting: a bank or a research house the
// taxonomy knows as a company (Goldman Sachs, 高盛, UBS, 中信证券) that the lexicons list as an
// `analyst_house` or whose name ends with a broker's word is, where it forecasts, is cited, or sets a
// rating or a price target, the source of an estimate and not the company the figure is of; so is any
// company whose analysts speak. Pure; reads the terms, the cue matches and the text.
import { placedWords, type Cue } from "./cues.js";
import type { TermMatch } from "./lexicon.js";
import type { Term } from "./terms.js";
import { wordsPattern } from "./word-patterns.js";

/** Verbs of forecasting, as one alternation every pattern of forecasters uses. */
export const FORECAST_VERBS = "预计|预测|预估|估计|预期|认为|料|expects?|forecasts?|estimates?|projects?|predicts?|sees|reckons";

/**
 * After a house's name (and its name in brackets, 摩根士丹利（Morgan Stanley）), the words of its forecasting:
 * "Goldman Sachs expects", "Morgan Stanley analysts see", "the $445 million UBS had forecast", 高盛预计,
 * 花旗在最新报告中预计 (a Chinese verb a few words on, within the clause); what its analysts said or its
 * report says (花旗发表报告指); a price target, a rating or its forecasts that it sets, keeps or moves
 * ("raised its forecasts"), or a price target named in its clause.
 */
const HOUSE_FORECASTS_AFTER = new RegExp(
  `^[)）]?(?:\\s?[(（][^)）]{1,40}[)）])?(?:['’]s)?\\s?(?:(?:equity\\s|research\\s)?(?:analysts?|strategists?|economists?|research)\\s)?(?:(?:also|now|still|had|has|have|would|will)\\s)?(?:${FORECAST_VERBS}|see|reckon)(?:e?d|ing)?(?![a-z])` +
    `|^[)）]?(?:\\s?[(（][^)）]{1,40}[)）])?[^。；！？\\n，,a-z]{0,12}?(?:${FORECAST_VERBS})` +
    `|^(?:['’]s)?\\s(?:analysts?|strategists?|economists?)\\s(?:said|say|says|wrote|write|writes|noted|note|notes)\\b` +
    // ("Valerian Securities said revenue could hit…": a house saying what could come.)
    `|^\\s(?:said|says|wrote|writes|noted|notes)\\b(?:\\s(?:that|on\\s\\w+))?[^.;!?]{0,40}?\\b(?:could|would|may|might)\\s` +
    `|^(?:['’]s?)?(?:,\\s[a-z]+,)?\\s(?:(?:analysts?|strategists?)\\s)?(?:has\\s|have\\s)?(?:raised|cut|lifted|lowered|trimmed|kept|maintained|reiterated|set|upgraded|downgraded|initiated|assigned|rates|rated)\\b[^.;!?]{0,60}?\\b(?:rating|(?:price\\s)?target|forecasts|estimates)\\b` +
    `|^[^.;!?。；！？\\n]{0,60}?\\b(?:price\\starget|target\\sprice)\\b` +
    `|^[^。；！？\\n]{0,20}?(?:目标价|评级)` +
    // (花旗發表報告指, 高盛研报称: a house's report that says is its view.)
    `|^[^。；！？\\n，,a-z]{0,8}?(?:发表|发布)?(?:研究)?(?:报告|研报)(?:指|称|表示|认为)`,
  "u",
);
/**
 * Whether a name closed by a broker's word ("Pellam Securities", 卓域证券) is a house forecasting where it
 * stands: the words after it (`after`, lower case) are its forecasting, its rating or its target.
 */
export function houseForecastsHere(name: string, after: string): boolean {
  return BROKER_NAME_END.test(name) && HOUSE_FORECASTS_AFTER.test(after.slice(0, HOUSE_REACH));
}
/** How far after a house's name its forecasting words are looked for (a rating and a target may come a clause on). */
const HOUSE_REACH = 90;
/** Before a house's name, the words that make it the source of a figure: "according to", "analysts at", 据. */
const HOUSE_CITED_BEFORE = /(?:\baccording\sto|\b(?:analysts?|strategists?|economists?)\sat|据)\s?$/;

/** A company's name that ends with a broker's or a research house's word (the lexicons' `broker_name_end`: 中信证券, "Daiwa Securities"): a house, whatever the lexicons list. */
export const BROKER_NAME_END = new RegExp(`(?:${wordsPattern(placedWords("broker_name_end"), "none")})$`, "iu");
/** Right after a company's name, an English broker's word that goes on with it: "RBC Capital Markets", "Nomura Research". */
const BROKER_WORD_AFTER = new RegExp(`^\\s(?:${wordsPattern(placedWords("broker_name_end", { language: "en" }), "none")})\\b`);
/** Before any company's name, the words that make it a house: "analysts at Maybank", "strategists at". */
const ANALYSTS_AT_BEFORE = /\b(?:analysts?|strategists?|economists?)\s(?:at|from|with)\s$/;
/** After any company's name, an analyst's word that makes it the analyst's employer: "a Morgan Stanley analyst", "Jefferies analysts", 摩根士丹利分析师, 华衡证券互联网行业分析师. */
const ANALYST_AFTER = /^(?:['’]s)?\s?(?:(?:equity|research|sell-side)\s)?(?:analysts?|strategists?|economists?)\b|^的?(?:[\u4e00-\u9fff]{2,6}?(?:行业|板块))?(?:首席)?(?:分析师|研究员|策略师)/u;

/**
 * The terms less the company a house's name names where the house is forecasting or cited, not
 * reporting: "Goldman Sachs expects the company's revenue…", 高盛预计公司…, "according to Morgan Stanley"
 * (a house the lexicons' `analyst_house` lists, or a company whose name ends with a broker's word,
 * 中信证券, is a company too, and its own results are its figures); and any company named as the
 * employer of the analysts who speak ("analysts at Maybank expect") or ask ("asked by a Morgan Stanley analyst").
 */
export function withoutForecastingHouses(terms: readonly TermMatch<Term>[], houses: readonly TermMatch<Cue>[], lower: string): TermMatch<Term>[] {
  const listed = houses.filter((house) => house.entries.some((entry) => entry.kind === "analyst_house"));
  // ("RBC Capital Markets kept its rating": a company's name that a broker's word goes on from names its house.)
  const brokerWordAfter = (term: TermMatch<Term>) => BROKER_WORD_AFTER.exec(lower.slice(term.end, term.end + 24))?.[0].length ?? 0;
  const isHouse = (term: TermMatch<Term>) => listed.some((house) => house.start < term.end && term.start < house.end) || BROKER_NAME_END.test(lower.slice(term.start, term.end)) || brokerWordAfter(term) > 0;
  const forecasting = (term: TermMatch<Term>) => {
    const end = term.end + brokerWordAfter(term);
    return ANALYSTS_AT_BEFORE.test(lower.slice(Math.max(0, term.start - 24), term.start)) || ANALYST_AFTER.test(lower.slice(term.end, term.end + 24)) || (isHouse(term) && (HOUSE_FORECASTS_AFTER.test(lower.slice(end, end + HOUSE_REACH)) || HOUSE_CITED_BEFORE.test(lower.slice(Math.max(0, term.start - 24), term.start))));
  };
  return terms.flatMap((term) => {
    if (!term.entries.some((entry) => entry.kind === "entity") || !forecasting(term)) return [term];
    const entries = term.entries.filter((entry) => entry.kind !== "entity");
    return entries.length > 0 ? [{ ...term, entries }] : [];
  });
}
