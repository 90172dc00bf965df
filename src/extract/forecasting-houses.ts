// Which houses named in a text are forecasting rather than reporting: a bank or a research house the
// taxonomy knows as a company (Goldman Sachs, 高盛, UBS) that the lexicons also list as an
// `analyst_house` is, where it forecasts, is cited, or sets a rating or a price target, the source of an
// estimate and not the company the figure is of. Pure; reads the terms, the cue matches and the text.
import type { Cue } from "./cues.js";
import type { TermMatch } from "./lexicon.js";
import type { Term } from "./terms.js";

/** Verbs of forecasting, as one alternation every pattern of forecasters uses. */
export const FORECAST_VERBS = "预计|预测|预估|估计|预期|认为|料|expects?|forecasts?|estimates?|projects?|predicts?|sees|reckons";

/**
 * After a house's name (and its name in brackets, 摩根士丹利（Morgan Stanley）), the words of its forecasting:
 * "Goldman Sachs expects", "Morgan Stanley analysts see", "the $445 million UBS had forecast", 高盛预计,
 * 花旗在最新报告中预计 (a Chinese verb a few words on, within the clause); what its analysts said; a price
 * target or a rating it sets, keeps or moves, or a price target named in its clause.
 */
const HOUSE_FORECASTS_AFTER = new RegExp(
  `^[)）]?(?:\\s?[(（][^)）]{1,40}[)）])?(?:['’]s)?\\s?(?:(?:equity\\s|research\\s)?(?:analysts?|strategists?|economists?|research)\\s)?(?:(?:also|now|still|had|has|have|would|will)\\s)?(?:${FORECAST_VERBS}|see|reckon)(?:e?d|ing)?(?![a-z])` +
    `|^[)）]?(?:\\s?[(（][^)）]{1,40}[)）])?[^。；！？\\n，,a-z]{0,12}?(?:${FORECAST_VERBS})` +
    `|^(?:['’]s)?\\s(?:analysts?|strategists?|economists?)\\s(?:said|say|says|wrote|write|writes|noted|note|notes)\\b` +
    `|^(?:['’]s?)?(?:,\\s[a-z]+,)?\\s(?:(?:analysts?|strategists?)\\s)?(?:has\\s|have\\s)?(?:raised|cut|lifted|lowered|trimmed|kept|maintained|reiterated|set|upgraded|downgraded|initiated|assigned|rates|rated)\\b[^.;!?]{0,60}?\\b(?:rating|(?:price\\s)?target)\\b` +
    `|^[^.;!?。；！？\\n]{0,60}?\\b(?:price\\starget|target\\sprice)\\b` +
    `|^[^。；！？\\n]{0,20}?(?:目标价|评级)`,
  "u",
);
/** Before a house's name, the words that make it the source of a figure: "according to", "analysts at", 据. */
const HOUSE_CITED_BEFORE = /(?:\baccording\sto|\b(?:analysts?|strategists?|economists?)\sat|据)\s?$/;

/**
 * The terms less the company a house's name names where the house is forecasting or cited, not
 * reporting: "Goldman Sachs expects the company's revenue…", 高盛预计公司…, "according to Morgan Stanley"
 * (a house the lexicons' `analyst_house` lists is a company too, and its own results are its figures).
 */
export function withoutForecastingHouses(terms: readonly TermMatch<Term>[], houses: readonly TermMatch<Cue>[], lower: string): TermMatch<Term>[] {
  const forecasting = houses.filter((house) => house.entries.some((entry) => entry.kind === "analyst_house") && (HOUSE_FORECASTS_AFTER.test(lower.slice(house.end, house.end + 40)) || HOUSE_CITED_BEFORE.test(lower.slice(Math.max(0, house.start - 24), house.start))));
  if (forecasting.length === 0) return [...terms];
  return terms.flatMap((term) => {
    if (!term.entries.some((entry) => entry.kind === "entity") || !forecasting.some((house) => house.start < term.end && term.start < house.end)) return [term];
    const entries = term.entries.filter((entry) => entry.kind !== "entity");
    return entries.length > 0 ? [{ ...term, entries }] : [];
  });
}
