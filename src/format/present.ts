// Shared wording for reports: keys in plain words from the taxonomy, values in a scale an editor reads
// (11.472 billion USD), and summary counts. Pure functions of the findings and the fact base.
import type { Fact, FactBase, Source } from "../model/types.js";
import type { FactKey, Severity, FindingKind } from "../model/finding.js";
import type { Taxonomy } from "../taxonomy/taxonomy.js";
import { exactToString, magnitude, scaleExact, type Exact } from "../numbers/exact.js";
import { takesScale } from "../taxonomy/units.js";
import { isReviewed, type Discrepancy } from "../model/discrepancy.js";

export function describeKeyInWords(key: FactKey, taxonomy: Taxonomy): string {
  const entity = taxonomy.entities.get(key.entity)?.name ?? key.entity;
  const segment = key.segment === "total" ? "" : ` — ${taxonomy.segments.get(key.segment)?.name ?? key.segment}`;
  const metric = taxonomy.metrics.get(key.metric)?.name ?? key.metric;
  const measure = MEASURE_WORDS[key.measure] ?? key.measure;
  const of = key.of ? ` (${key.measure === "share" ? "of" : key.measure === "multiple" ? "of" : "vs"} ${key.of})` : "";
  return `${entity}${segment} — ${metric}${measure ? `, ${measure}` : ""}${of} — ${key.periodLabel}`;
}

const MEASURE_WORDS: Record<string, string> = {
  level: "",
  yoy: "change year on year",
  qoq: "change quarter on quarter",
  yoy_abs: "absolute change year on year",
  qoq_abs: "absolute change quarter on quarter",
  cagr: "compound annual growth",
  share: "share",
  multiple: "multiple",
};

const SCALES: readonly [number, string][] = [
  [12, "trillion"],
  [9, "billion"],
  [6, "million"],
];

/**
 * The scale (a power of ten and its word) to show a finding's amounts in, the same for every row, so
 * 115 亿 and 11,472 million line up as 11.5 and 11.472 billion. Rates and ratios (percent, bp, ...)
 * take no scale: see scaleFor.
 */
export function displayScale(facts: readonly Fact[]): [number, string] {
  let largest = Number.NEGATIVE_INFINITY;
  for (const fact of facts) {
    if (fact.parsed.kind !== "number" || !takesScale(fact.unit)) continue;
    largest = Math.max(largest, magnitude(fact.parsed.value), fact.parsed.high ? magnitude(fact.parsed.high) : largest);
  }
  return SCALES.find(([exponent]) => largest >= exponent) ?? [0, ""];
}

/** The finding's display scale for an amount; none for a rate or ratio in the same finding (22 percent). */
export function scaleFor(fact: Fact, scale: [number, string]): [number, string] {
  return takesScale(fact.unit) ? scale : [0, ""];
}

/** "11.472 billion USD", "1,420 – 1,785 billion USD", "23 percent", "2025-12-02". */
export function normalisedValue(fact: Fact, scale: [number, string]): string {
  if (fact.parsed.kind === "date") return fact.parsed.date;
  const [exponent, word] = scaleFor(fact, scale);
  const show = (value: Exact) => groupDigits(exactToString(scaleExact(value, -exponent)));
  const amount = fact.parsed.high ? `${show(fact.parsed.value)} – ${show(fact.parsed.high)}` : show(fact.parsed.value);
  return [amount, word, fact.unit].filter(Boolean).join(" ");
}

export function groupDigits(text: string): string {
  const [integer, fraction] = text.split(".");
  const sign = integer!.startsWith("-") ? "-" : "";
  const digits = integer!.replace("-", "").replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return `${sign}${digits}${fraction ? `.${fraction}` : ""}`;
}

export function atOrAbove(severity: Severity, failOn: Severity | "never"): boolean {
  if (failOn === "never") return false;
  const rank = { error: 0, warning: 1, info: 2 };
  return rank[severity] <= rank[failOn];
}

export function sourceMap(factBase: FactBase): Map<string, Source> {
  return new Map(factBase.sources.map((source) => [source.id, source]));
}

export interface ItemSummary {
  sources: number;
  primarySources: number;
  facts: number;
  items: number;
  findings: number;
  /** Items by their severity (the most severe of their findings). */
  bySeverity: Record<Severity, number>;
  /** Items by the kind of their leading finding. */
  byKind: Partial<Record<FindingKind, { total: number; reviewed: number }>>;
  reviewed: number;
  open: number;
  openAtOrAbove: number;
  staleReviews: number;
}

/** The counts a report shows, of items: what an editor decides and CI gates on. */
export function summariseItems(factBase: FactBase, items: readonly Discrepancy[], staleReviews: number, failOn: Severity | "never", factCount = factBase.facts.length): ItemSummary {
  const bySeverity: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  const byKind: ItemSummary["byKind"] = {};
  let reviewed = 0;
  let openAtOrAbove = 0;
  for (const item of items) {
    bySeverity[item.severity]++;
    const kind = (byKind[item.kind] ??= { total: 0, reviewed: 0 });
    kind.total++;
    if (isReviewed(item)) {
      reviewed++;
      kind.reviewed++;
    } else if (atOrAbove(item.severity, failOn)) openAtOrAbove++;
  }
  return {
    sources: factBase.sources.length,
    primarySources: factBase.sources.filter((source) => source.kind === "primary").length,
    facts: factCount,
    items: items.length,
    findings: items.reduce((sum, item) => sum + item.findings.length, 0),
    bySeverity,
    byKind,
    reviewed,
    open: items.length - reviewed,
    openAtOrAbove,
    staleReviews,
  };
}

/** Items open at or above the fail level: what fails CI. */
export function openItemsAtOrAbove(items: readonly Discrepancy[], failOn: Severity | "never"): Discrepancy[] {
  return items.filter((item) => !isReviewed(item) && atOrAbove(item.severity, failOn));
}

/** Open items first, then reviewed ones, each in report order: the order the reports show them. */
export function openFirst(items: readonly Discrepancy[]): Discrepancy[] {
  return [...items.filter((item) => !isReviewed(item)), ...items.filter(isReviewed)];
}

/**
 * What disagrees, in words: the key and the values in conflict ("Amazon.com, Inc. — … — 2025-Q4: 23
 * percent vs 22 percent"), and which value the evidence supports when it supports one.
 */
export function itemHeadline(item: Discrepancy, taxonomy: Taxonomy): { what: string; supported?: string } {
  // One value in conflict: an identity it breaks, or a bound it falls outside, says what is wrong with it.
  const alone = item.values.length === 1 ? ` ${item.kind === "identity_violation" ? "does not add up" : item.kind === "outside_guidance" ? "is outside the range" : "is in question"}` : "";
  const what = `${describeKeyInWords(item.key, taxonomy)}: ${item.values.join(" vs ")}${alone}`;
  return item.supported ? { what, supported: `the evidence supports ${item.supported.value}` } : { what };
}

/** The facts the findings of an item use besides those in conflict (an identity's operands), in fact-base order. */
export function operandFacts(item: Discrepancy): Fact[] {
  const inConflict = new Set(item.facts);
  return [...new Set(item.findings.flatMap((finding) => finding.facts))].filter((fact) => !inConflict.has(fact)).sort((a, b) => a.index - b.index);
}
