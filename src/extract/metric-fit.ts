// Whether a metric fits a figure: the measure a figure has for a metric (from its unit and the
// measure word before it), the unit it takes (a bare amount is in the article's currency, else USD; a
// bare number a count), and the
// metric a term names when that unit fits the metric's units for that measure.
import type { Measure } from "../model/types.js";
import type { MetricDefinition, Taxonomy } from "../taxonomy/taxonomy.js";
import { PERCENT_MEASURES, unitFits, unitsFor } from "../taxonomy/units.js";
import type { Figure } from "./figures.js";
import type { TermMatch } from "./lexicon.js";
import type { Term } from "./terms.js";
import { isNumberEnd } from "./text-structure.js";

/**
 * A figure and the cue words of its clause before it: what its measure, its sign and its comparator
 * are decided by. Built once per figure and passed to the helpers below (no per-figure closures).
 */
export interface FigureCues {
  figure: Figure;
  /** The measure word (同比, 环比, 份额, …) nearest before the figure in its clause. */
  measureCue: Measure | undefined;
  /** The decline-or-growth cue nearest before the figure in its clause is a decline. */
  decline: boolean;
  /** A share / loss / prior-generation cue is said before the figure in its clause. */
  share: boolean;
  loss: boolean;
  priorGeneration: boolean;
  /** The amount follows a change word directly ("增加3.3亿美元", "up $5bn"), not after 至 / to. */
  changeBy?: boolean;
  /** The figure follows 至 / 到 / to: the level a change reached ("提升3.6pct到19.2%"). */
  reached?: boolean;
  /** A change word (rose, 增长) stands before the figure in its clause. */
  changed?: boolean;
}

export function measureFor(cues: FigureCues, metric: MetricDefinition): Measure {
  const { figure, measureCue } = cues;
  switch (figure.unitKind) {
    case "percent":
      // A percent metric's figure after 至 / to is the level it reached, whatever change was said before.
      if (cues.reached && metric.units.includes("percent")) return "level";
      // A metric that is itself a change on a year earlier (same-store sales growth): 同店銷售按年下跌5.6% is its level.
      if (metric.change && metric.units.includes("percent") && (measureCue === "yoy" || measureCue === undefined)) return "level";
      // (A ratio is no share of anything: "占收入的17.2%" said of R&D spending is its ratio's level.)
      if (measureCue === "share" && metric.kind === "ratio") return "level";
      if (measureCue && PERCENT_MEASURES.has(measureCue)) return measureCue;
      if (measureCue === "yoy_abs") return "yoy";
      if (measureCue === "qoq_abs") return "qoq";
      if (metric.units.includes("percent")) return "level";
      if (cues.share) return "share";
      return "yoy";
    case "bp":
    case "pp":
      // A metric written in points (a margin in bp) is a level unless a change is said: 按季收窄5个基点.
      if (metric.units.includes(figure.unit!) && !cues.changed && measureCue === undefined) return "level";
      return measureCue === "qoq" || measureCue === "qoq_abs" ? "qoq_abs" : "yoy_abs";
    case "multiple":
      // A ratio metric (speed, purchase frequency) written in 倍 is a multiple of a comparator; a market's
      // multiple (price to sales, 8.6倍市销率) is its level.
      return metric.units.includes("multiple") && (metric.kind !== "ratio" || metric.timing === "market") ? "level" : "multiple";
    default:
      if (measureCue === "yoy_abs" || measureCue === "qoq_abs") return measureCue;
      // An amount a change word is followed by is the change, unless the metric is itself one (capacity
      // added, market value lost, costs saved: the taxonomy's `change`).
      if (cues.changeBy && !metric.change) return measureCue === "qoq" ? "qoq_abs" : "yoy_abs";
      return "level";
  }
}

export function unitFor(figure: Figure, metric: MetricDefinition): string | undefined {
  if (figure.bareYuan && figure.currencyHint !== undefined) return figure.currencyHint;
  if (figure.unit !== undefined) return figure.unit;
  if (metric.units.includes("currency")) return figure.currencyHint ?? "USD";
  if (metric.units.includes("count")) return "count";
  return undefined;
}

export function fits(cues: FigureCues, metric: MetricDefinition): boolean {
  const figure = cues.figure;
  const unit = unitFor(figure, metric);
  if (unit === undefined) return false;
  // A percent beside a count's word ("the 2.4% analysts had expected") is a change of the count only
  // when the clause says so: a change word or a measure word before it ("customers increased 8%").
  if (metric.kind === "count" && figure.unitKind === "percent" && cues.measureCue === undefined && !cues.changed && !cues.share) return false;
  if (figure.unitKind === "count" && figure.unit === "count" && !metric.units.includes("count")) return false;
  // A per-share amount is never written in millions or billions with its figure ("the ¥624.3 billion
  // it earned" is no price target, 成交額約1.2億元 no share price); a table's "$ in millions" caption
  // does not reach its per-share rows, and a price in 萬 (28.95萬韓元) is still a price.
  if (metric.kind === "per_share" && figure.unitKind === "currency" && figure.scale !== undefined && figure.scaleAt !== undefined && figure.scaleAt >= figure.start && figure.scaleAt < figure.end && /million|billion|trillion|亿|億|兆|crore|lakh/.test(figure.scale)) return false;
  const measure = measureFor(cues, metric);
  // A metric only ever stated as a level (how many analysts) takes no percent, change or share.
  if (metric.levelOnly && measure !== "level") return false;
  return unitFits(unit, unitsFor(metric, measure));
}

/** The metric a term match names, when its units fit the figure. */
export function fittingMetric(taxonomy: Taxonomy, match: TermMatch<Term>, cues: FigureCues, lower?: string): MetricDefinition | undefined {
  // A word may name several metrics (股价: the price, or its change when the figure is a percent):
  // the first whose units take the figure as it is, else the first that takes it as a change.
  const entries = match.entries;
  // Most words name one metric, or none.
  let metrics = 0;
  let only: Extract<Term, { kind: "metric" }> | undefined;
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i]!;
    if (entry.kind === "metric") {
      metrics++;
      only = entry;
    }
  }
  if (metrics === 0) return undefined;
  if (metrics === 1) return fittingEntry(taxonomy, match, only!, cues, lower);
  let fitting: MetricDefinition | undefined;
  for (const entry of entries) {
    if (entry.kind !== "metric") continue;
    const definition = fittingEntry(taxonomy, match, entry, cues, lower);
    if (!definition) continue;
    if (measureFor(cues, definition) === "level" || cues.measureCue !== undefined) return definition;
    fitting ??= definition;
  }
  return fitting;
}

function fittingEntry(taxonomy: Taxonomy, match: TermMatch<Term>, term: Extract<Term, { kind: "metric" }>, cues: FigureCues, lower?: string): MetricDefinition | undefined {
  let definition = taxonomy.metrics.get(term.id);
  if (definition && term.amount !== undefined && !fits(cues, definition)) definition = taxonomy.metrics.get(term.amount);
  // "股价收报12.36元，升3.2%": a percent written with the words of a level that has a move of its own (the
  // taxonomy's `level` on the move: a share price's change) is that move, not the level's growth.
  else if (definition && cues.figure.unitKind === "percent" && !definition.units.includes("percent")) {
    const move = definition.move !== undefined ? taxonomy.metrics.get(definition.move) : undefined;
    if (move && fits(cues, move)) definition = move;
  }
  // A count's words right after another number ("13个季度以来新高") belong to that number, not to a rate or an amount elsewhere.
  if (definition && lower !== undefined && definition.kind === "count" && cues.figure.unitKind !== "count" && match.start !== cues.figure.end && isNumberEnd(lower, match.start)) return undefined;
  return definition && fits(cues, definition) ? definition : undefined;
}

export const acceptMetric = (match: TermMatch<Term>, data: { taxonomy: Taxonomy; cues: FigureCues }): boolean => fittingMetric(data.taxonomy, match, data.cues) !== undefined;
