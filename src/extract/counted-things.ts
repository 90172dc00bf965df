// Counts named by what is done to what they count: "cut about 300 jobs", "completed 2,184 homes",
// "sold 41,200 tonnes of copper", 削减3000个岗位. Owns which numbers the words around them make such a
// count, and which metric it is: the taxonomy's metrics' `counted_by` words (what is done, right before
// the number, a hedge between at most; what is counted, right after it, two describing words between
// at most, as between a count and a store's word). No metric's own word need stand near: the verb and the thing together name it, where
// either alone would not ("cut" prices, 300 "jobs" created).
import { hedgeWords } from "./cues.js";
import type { Figure } from "./figures.js";
import type { MetricDefinition, Taxonomy } from "../taxonomy/taxonomy.js";
import { EN_BETWEEN_WORD, RANGE_HIGH } from "./store-counts.js";
import { wordsPattern } from "./word-patterns.js";

/** A metric's words as two patterns: what is done (at the end of the text before a number), what is counted (at the start of the text after it). */
interface CountedBy {
  metric: MetricDefinition;
  verb: RegExp;
  thing: RegExp;
}

/** A count the words around it name: its metric and where its thing's word ends. */
export interface CountedThing {
  metric: MetricDefinition;
  end: number;
}

// (English: an article or a hedge between the verb and the number, "cut about 300", "shed some 1,200",
// "complete between 9,000 and 9,400"; Chinese: 约 or a hedge of the zh lexicon.)
const BETWEEN_VERB_AND_NUMBER = `(?:\\s(?:(?:a|an|another|between)\\s)?(?:${wordsPattern(hedgeWords("en"), "both")}\\s)?|\\s?(?:${wordsPattern(hedgeWords("zh"))})?)`;
/**
 * What defines a group of customers by what they pay or bring, up to the amount ("paying more than",
 * "billing over", "who spend at least"): the amount is no figure, the group's count is one.
 */
export const COHORT_DEFINED_BY = String.raw`(?:(?:who|that)\s)?(?:pay(?:ing|s)?|spend(?:ing|s)?|billing|bill|generating|generate|contributing|with|worth)\s(?:(?:more\sthan|over|at\sleast|above|in\sexcess\sof|upwards\sof)\s)?`;

const byTaxonomy = new WeakMap<Taxonomy, readonly CountedBy[]>();

function countedByOf(taxonomy: Taxonomy): readonly CountedBy[] {
  let built = byTaxonomy.get(taxonomy);
  if (built) return built;
  built = [...taxonomy.metrics.values()].flatMap((metric) => {
    const verbs = Object.values(metric.countedBy?.verbs ?? {}).flat().map((word) => word.toLowerCase());
    const things = Object.values(metric.countedBy?.things ?? {}).flat().map((word) => word.toLowerCase());
    if (verbs.length === 0 || things.length === 0) return [];
    return [{ metric, verb: new RegExp(`(?<![a-z])${wordsPattern(verbs, "none")}${BETWEEN_VERB_AND_NUMBER}$`, "u"), thing: new RegExp(`^\\s?(?:(?:${EN_BETWEEN_WORD})\\s){0,2}?${wordsPattern(things, "both")}`, "u") }];
  });
  byTaxonomy.set(taxonomy, built);
  return built;
}

/**
 * The count a number is by the words around it, or undefined: `start` is where the figure starts,
 * `after` where its number (or its range's high end, "9,000 to 9,400 homes") ends, `from` where its
 * clause starts.
 */
export function countedThingAt(lower: string, start: number, after: number, from: number, taxonomy: Taxonomy): CountedThing | undefined {
  const countedBy = countedByOf(taxonomy);
  if (countedBy.length === 0) return undefined;
  const before = lower.slice(Math.max(from, start - 40), start);
  const following = lower.slice(after, after + 48);
  for (const { metric, verb, thing } of countedBy) {
    if (!verb.test(before)) continue;
    const match = thing.exec(following);
    if (match) return { metric, end: after + match[0].length };
  }
  return undefined;
}

/**
 * The count a figure already read is, by the words around it (see countedThingAt): its thing's word
 * follows its number (or its range's high end) or the figure's unit (削减3000个岗位).
 */
export function countedThingOf(lower: string, figure: Figure, from: number, taxonomy: Taxonomy): MetricDefinition | undefined {
  if (figure.unitKind !== undefined && figure.unitKind !== "count") return undefined;
  const high = figure.valueHigh === undefined ? undefined : RANGE_HIGH.exec(lower.slice(figure.numberEnd, figure.end));
  const after = figure.numberEnd + (high?.[0].length ?? 0);
  return (countedThingAt(lower, figure.start, after, from, taxonomy) ?? (figure.end > after ? countedThingAt(lower, figure.start, figure.end, from, taxonomy) : undefined))?.metric;
}
