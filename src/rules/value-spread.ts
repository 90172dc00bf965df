// Shared by the value rules: which facts of a group cannot all be true at once, measured per source
// in one pass (never all pairs), the sets of such facts the contradiction rules report, and how to
// name values in messages and finding ids.
import { compareExact, type Exact } from "../numbers/exact.js";
import type { Fact } from "../model/types.js";
import type { Interval } from "../numbers/interval.js";
import { formatExact } from "../numbers/written-number.js";
import { QUALIFIER_WORDS, writtenForm } from "../model/wording.js";
import { groupBy } from "./group-by.js";
import type { FactGroup } from "../model/finding.js";
import type { RuleContext } from "./rule.js";

export interface LabelledInterval {
  /** Who states the value: conflicts only count between different labels (e.g. different sources). */
  label: string;
  interval: Interval;
}

/**
 * Whether some entry of `a` and some entry of `b` with a different label do not overlap (half-open
 * rounding: touching intervals conflict). Linear in the entries: only the two lowest upper bounds and
 * the two highest lower bounds under distinct labels can decide it.
 */
export function conflictBetween(a: readonly LabelledInterval[], b: readonly LabelledInterval[]): boolean {
  return liesBelow(a, b) || liesBelow(b, a);
}

/**
 * The sets of facts that cannot all be right, group by group: each disagreeing group's numeric facts
 * split into sets by `setOf`, keeping the sets in which two facts stated by different `whoOf` do not
 * overlap. contradiction splits by basis and compares sources; self-contradiction splits by source and
 * basis and compares one source's statements with each other.
 */
export function conflictingSets(
  { groups, intervalOf, valuesDisagree }: Pick<RuleContext, "groups" | "intervalOf" | "valuesDisagree">,
  setOf: (fact: Fact) => string,
  whoOf: (fact: Fact) => string,
): { group: FactGroup; facts: Fact[] }[] {
  const found = [];
  for (const group of groups) {
    if (!valuesDisagree(group)) continue;
    for (const facts of groupBy(group.facts.filter((fact) => fact.parsed.kind === "number"), setOf).values()) {
      if (conflictAcrossLabels(facts.map((fact) => ({ label: whoOf(fact), interval: intervalOf(fact) })))) found.push({ group, facts });
    }
  }
  return found;
}

/** Whether some two entries with different labels do not overlap. */
export function conflictAcrossLabels(entries: readonly LabelledInterval[]): boolean {
  return liesBelow(entries, entries);
}

/** Whether some entry of `lower` ends at or below where some differently labelled entry of `upper` starts. */
function liesBelow(lower: readonly LabelledInterval[], upper: readonly LabelledInterval[]): boolean {
  const highs: Bound[] = [];
  const lows: Bound[] = [];
  for (const { label, interval } of lower) if (interval.high !== undefined) keepBest(highs, { bound: interval.high, label }, (x, y) => compareExact(x, y) < 0);
  for (const { label, interval } of upper) if (interval.low !== undefined) keepBest(lows, { bound: interval.low, label }, (x, y) => compareExact(x, y) > 0);
  return highs.some((high) => lows.some((low) => high.label !== low.label && compareExact(high.bound, low.bound) <= 0));
}

interface Bound {
  bound: Exact;
  label: string;
}

/** Whether some two of the intervals do not overlap (a fact always overlaps itself). */
export function conflictWithin(intervals: readonly Interval[]): boolean {
  let lowestHigh: Exact | undefined;
  let highestLow: Exact | undefined;
  for (const { low, high } of intervals) {
    if (high !== undefined && (lowestHigh === undefined || compareExact(high, lowestHigh) < 0)) lowestHigh = high;
    if (low !== undefined && (highestLow === undefined || compareExact(low, highestLow) > 0)) highestLow = low;
  }
  return lowestHigh !== undefined && highestLow !== undefined && compareExact(lowestHigh, highestLow) <= 0;
}

/** Keeps at most the two best entries with distinct labels, best first. */
function keepBest(best: Bound[], candidate: Bound, better: (a: Exact, b: Exact) => boolean): void {
  const sameLabel = best.findIndex((entry) => entry.label === candidate.label);
  if (sameLabel >= 0) {
    if (better(candidate.bound, best[sameLabel]!.bound)) best.splice(sameLabel, 1);
    else return;
  }
  best.push(candidate);
  best.sort((a, b) => (better(a.bound, b.bound) ? -1 : better(b.bound, a.bound) ? 1 : 0));
  if (best.length > 2) best.length = 2;
}

/** A value's signature, independent of which source wrote it: base-unit value, high and qualifier. */
export function valueSignature(fact: Fact): string {
  if (fact.parsed.kind === "date") return fact.parsed.date;
  const high = fact.parsed.high ? `..${formatExact(fact.parsed.high)}` : "";
  return `${formatExact(fact.parsed.value)}${high}±${formatExact(fact.parsed.halfStep)}/${fact.qualifier}`;
}

/**
 * What a finding on values that cannot all be right reports: the distinct values as written (with
 * their qualifier), in first-seen order; their signatures, sorted, which make the finding's id; and
 * the message for two values ("cannot both be right") or more ("cannot all be right").
 */
export function spreadData(facts: readonly Fact[]): { messageId: "two" | "several"; values: string[]; signatures: string[] } {
  const values = [...new Set(facts.map((fact) => `${QUALIFIER_WORDS[fact.qualifier] ? `${QUALIFIER_WORDS[fact.qualifier]} ` : ""}${writtenForm(fact)}`))];
  const two = new Set(facts.map((fact) => `${fact.qualifier}|${writtenForm(fact)}`)).size === 2;
  return { messageId: two ? "two" : "several", values, signatures: sortedUnique(facts.map(valueSignature)) };
}


export function sortedUnique(values: Iterable<string>): string[] {
  return [...new Set(values)].sort();
}
