// A refiner run after every figure is bound: a change stated of a company's forecast, where the text
// says the forecast was revised ("It raised its outlook … revenue of $21.6 billion, up $600 million
// from its previous forecast"; 上调全年指引……较此前预测增加20亿元), is how far the forecast moved: the
// metric forecast_revision of the forecast's metric, not a change from a year before.
import { lastStartAtOrBefore } from "../model/lines.js";
import type { BoundFigure } from "./comparands.js";
import type { Context } from "./context.js";
import { placedWords } from "./cues.js";
import { unitFits } from "../taxonomy/units.js";
import { firstFrom } from "./text-structure.js";
import { wordsPattern } from "./word-patterns.js";

/** The taxonomy's metric for a forecast's move against the forecast before it. */
const REVISION_METRIC = "forecast_revision";
/** Words that move a forecast (raised, cut, revised, 上调; the lexicons' `revision` but for "kept" and the like, which move nothing). */
const REVISED = new RegExp(wordsPattern(placedWords("revision", { roles: ["raised", "lowered", "moved"] }), "both"), "g");
/** Of those, the words that move it down (cut, lowered, 下调). */
const LOWERED = new RegExp(`^${wordsPattern(placedWords("revision", { roles: ["lowered"] }), "both")}$`);
/** Words that say what a figure is set against was given before now ("from its previous forecast", 较此前). */
const GIVEN_EARLIER = new RegExp(wordsPattern(placedWords("given_earlier"), "both"));

/**
 * Turns each guided absolute change (an amount, points or a count "up by" or "down") into the revision
 * of its forecast, and a guided amount "raised … by" one "to" another into the move of the forecast, when the sentence after the figure sets it against an earlier forecast, or (for an
 * amount or a count) when its paragraph says, before it, that the forecast was moved. A change whose clause says it is on a
 * year before (同比, from a year earlier, a year-ago period) stays what it is.
 */
export function takeForecastRevisions(context: Context, bound: readonly BoundFigure[]): void {
  const revision = context.taxonomy.metrics.get(REVISION_METRIC);
  if (!revision) return;
  const { lower, sentences, clauses, lineStarts } = context;
  bound.forEach(({ fact, figure }, k) => {
    const sentence = lastStartAtOrBefore(sentences, figure.start);
    const sentenceStart = sentences[sentence] ?? 0;
    const sentenceEnd = sentences[sentence + 1] ?? lower.length;
    // 较此前预测增加20亿元: the revision's own words, after the forecast they move.
    if (fact.metric === REVISION_METRIC) {
      if (fact.of === undefined) {
        const moved = forecastBefore(bound, k, sentenceStart);
        if (moved) fact.of = moved.metric;
      }
      return;
    }
    if (fact.basis !== "guidance" || !unitFits(fact.unit, revision.units)) return;
    const revisedInSentence = lastMatch(REVISED, lower.slice(sentenceStart, figure.start));
    if (fact.measure === "level") {
      // "raised its forecast for operating profit by $50 million to $1.1 billion", 上调40亿日元至760亿
      // 日元: the figure after "by" (or the moving word) is the move, the one after "to" the new forecast.
      const next = bound[k + 1];
      if (!revisedInSentence || !MOVED_BY_BEFORE.test(lower.slice(Math.max(sentenceStart, figure.start - 12), figure.start))) return;
      // ("slashed its full-year operating profit forecast by 60 billion yen": with no new forecast after
      // it, a forecast's noun right before "by" says the figure is the move.)
      const newForecastAfter = next !== undefined && next.fact.metric === fact.metric && next.fact.unit === fact.unit && TO_BETWEEN.test(lower.slice(figure.end, next.figure.start));
      if (!newForecastAfter && !FORECAST_NOUN_BY.test(lower.slice(sentenceStart, figure.start))) return;
      if (LOWERED.test(revisedInSentence) && !fact.value.startsWith("-")) fact.value = `-${fact.value}`;
      // (The company did move its forecast: the move is a fact, not a forecast of its own.)
      if (!newForecastAfter) fact.basis = "reported";
    } else {
      if (fact.measure !== "yoy_abs") return;
      const clause = lastStartAtOrBefore(clauses, figure.start);
      if (saysYearAgo(context, clauses[clause] ?? 0, clauses[clause + 1] ?? lower.length)) return;
      const againstEarlier = GIVEN_EARLIER.test(lower.slice(figure.end, sentenceEnd));
      // A move in points said only by the paragraph is more often the guided change on a year before
      // ("raised its outlook; sees margin widening 50 basis points"): points need the earlier forecast said.
      const inPoints = fact.unit === "pp" || fact.unit === "bp";
      const paragraphStart = lineStarts[lastStartAtOrBefore(lineStarts, figure.start)] ?? 0;
      if (!againstEarlier && (inPoints || !lastMatch(REVISED, lower.slice(paragraphStart, figure.start)))) return;
    }
    fact.of = fact.metric;
    fact.metric = REVISION_METRIC;
    fact.measure = "level";
  });
}

/** The last match of a global pattern in a text, as written ("" when none). */
function lastMatch(pattern: RegExp, text: string): string {
  let last = "";
  for (const match of text.matchAll(pattern)) last = match[0];
  return last;
}

/** "by", or a word that moves a forecast (上调), right before a figure (and its currency sign). */
const MOVED_BY_BEFORE = new RegExp(String.raw`(?:\bby|${wordsPattern(placedWords("revision", { roles: ["raised", "lowered", "moved"] }), "start")}了?)\s?(?:[$¥€£]|us\$|hk\$)?$`);
/** A forecast's noun, at most three words, then "by" right before a figure (and its currency sign). */
const FORECAST_NOUN_BY = new RegExp(String.raw`(?:${wordsPattern(placedWords("forecast_word", { roles: ["noun"], language: "en" }))}|targets?)\s(?:[\w-]+\s){0,3}?by\s(?:about\s|roughly\s|some\s|nearly\s|almost\s)?(?:[a-z]{0,2}[$€£¥₹]|us\$)?$`);
/** Only "to" (至, 到) between two figures: "by $50 million to $1.1 billion", 上调40亿日元至760亿日元. */
const TO_BETWEEN = /^\s?(?:to|至|到)\s?(?:[$¥€£]|us\$|hk\$)?$/;

/** The guided figure nearest before the k-th in its sentence: the forecast a revision's words move. */
function forecastBefore(bound: readonly BoundFigure[], k: number, sentenceStart: number): BoundFigure["fact"] | undefined {
  for (let i = k - 1; i >= 0 && bound[i]!.figure.start >= sentenceStart; i--) {
    const { fact } = bound[i]!;
    if (fact.basis === "guidance" && fact.metric !== REVISION_METRIC) return fact;
  }
  return undefined;
}

/** Whether a clause says its change is on a year before: a year-on-year word, or a period read as a year back. */
function saysYearAgo(context: Context, from: number, to: number): boolean {
  const { terms, periods, periodYearAgo } = context;
  for (let i = firstFrom(terms, from); i < terms.length && terms[i]!.start < to; i++) {
    if (terms[i]!.entries.some((entry) => entry.kind === "measure" && (entry.id === "yoy" || entry.id === "yoy_abs"))) return true;
  }
  for (let i = firstFrom(periods, from); i < periods.length && periods[i]!.start < to; i++) if (periodYearAgo[i]) return true;
  return false;
}
