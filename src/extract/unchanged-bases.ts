// A refiner run after every figure is bound: a level said to be the same as a year before ("全年派息68仙，
// 與去年相同", "a dividend of 20 cents, unchanged from a year earlier") states the year-ago figure too,
// with the same value; a balance said to be the same as at the last year's end (不良贷款率1.12%，与上年末
// 持平) states the level at that year's end. The earlier fact is proposed beside the figure's, quoting
// the figure and the words that say so.
import { lastStartAtOrBefore } from "../model/lines.js";
import { fiscalYearLabel, instantLabel, shiftLabel } from "../periods/period.js";
import type { BoundFigure } from "./comparands.js";
import type { Context } from "./context.js";
import { placedWords } from "./cues.js";
import type { ProposedFact } from "./proposed-fact.js";
import { quoteFor } from "./quote.js";
import { wordsPattern } from "./word-patterns.js";

/**
 * Right after a figure (a few words such as "a share for 2024" or "at the end of September" and a comma between at most), words
 * saying it is the same as a year before (the lexicons' `same_as_last_year`).
 */
// (A bracketed aside may stand between: "每股0.52元（含税），与上年持平", "5.2p (tax included), unchanged from…".)
const SAME_BEFORE = String.raw`^(?:\s?[(（][^)）]{1,12}[)）])?(?:(?:\s[a-z0-9'-]+){0,6}?\s?[,，]\s?|\s?)(?:which\swas\s|and\s)?`;
const SAME_AS_LAST_YEAR = new RegExp(`${SAME_BEFORE}${wordsPattern(placedWords("same_as_last_year"), "start")}`);
/** The same, for a balance the same as at the last year's end (the lexicons' `same_as_year_end`). */
const SAME_AS_YEAR_END = new RegExp(`${SAME_BEFORE}${wordsPattern(placedWords("same_as_year_end"), "start")}`);

/**
 * The year-ago facts the bound figures imply, each with the index of the fact it follows: a level of a
 * result (not a forecast or an estimate) whose period can be moved back a year.
 */
export function unchangedBases(context: Context, bound: readonly BoundFigure[]): { after: number; fact: ProposedFact }[] {
  const found: { after: number; fact: ProposedFact }[] = [];
  bound.forEach(({ fact, figure }, k) => {
    if (fact.measure !== "level" || (fact.basis !== "reported" && fact.basis !== "non_gaap")) return;
    const after = context.lower.slice(figure.end, figure.end + 80);
    const yearEnd = fact.period.startsWith("@") ? SAME_AS_YEAR_END.exec(after) : null;
    const said = yearEnd ?? SAME_AS_LAST_YEAR.exec(after);
    if (!said) return;
    const period = yearEnd ? yearEndBefore(context, fact.entity, fact.period.slice(1)) : shiftLabel(fact.period, -1);
    if (period === undefined) return;
    // (A base the text states itself is not proposed twice: "68 cents, the same as last year's 68 cents".)
    if (bound.some(({ fact: other }) => other.period === period && other.metric === fact.metric && other.segment === fact.segment && other.entity === fact.entity)) return;
    // (Quoted from a few words before the figure: quoteFor moves a start inside a word to the next space.)
    const clauseStart = context.clauses[lastStartAtOrBefore(context.clauses, figure.start)] ?? 0;
    const quote = quoteFor(context, figure, Math.max(clauseStart, figure.start - 24), figure.end + said[0].length);
    found.push({ after: k, fact: { ...fact, period, quote } });
  });
  return found;
}

/** The last day of the company's last fiscal year that ended before `day` (an ISO date), as an instant. */
function yearEndBefore(context: Context, entity: string, day: string): string | undefined {
  const calendar = context.taxonomy.entities.get(entity)?.fiscalYearEnd;
  const year = Number(day.slice(0, 4));
  for (const candidate of [year, year - 1]) {
    const parsed = context.readPeriod(fiscalYearLabel(candidate), calendar);
    if (parsed.ok && parsed.period.end !== undefined && parsed.period.end < day) return instantLabel(parsed.period.end);
  }
  return undefined;
}
