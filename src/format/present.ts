// Shared wording for reports: keys in plain words from the taxonomy, values in a scale an editor reads
// (11.472 billion USD), and summary counts. Pure functions of the findings and the fact base.
import type { Fact, FactBase, Source } from "../model/types.js";
import type { Finding, FactKey, Severity, FindingKind } from "../model/finding.js";
import type { Taxonomy } from "../taxonomy/taxonomy.js";
import { exactToString, magnitude, scaleExact, type Exact } from "../numbers/exact.js";
import { takesScale } from "../taxonomy/units.js";

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

interface Summary {
  sources: number;
  primarySources: number;
  facts: number;
  findings: number;
  bySeverity: Record<Severity, number>;
  byKind: Partial<Record<FindingKind, { total: number; reviewed: number }>>;
  reviewed: number;
  open: number;
  openAtOrAbove: number;
  staleReviews: number;
}

export function summarise(factBase: FactBase, findings: readonly Finding[], staleReviews: number, failOn: Severity | "never"): Summary {
  const bySeverity: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  const byKind: Summary["byKind"] = {};
  let reviewed = 0;
  let openAtOrAbove = 0;
  for (const finding of findings) {
    bySeverity[finding.severity]++;
    const kind = (byKind[finding.kind] ??= { total: 0, reviewed: 0 });
    kind.total++;
    if (finding.review) {
      reviewed++;
      kind.reviewed++;
    } else if (atOrAbove(finding.severity, failOn)) openAtOrAbove++;
  }
  return {
    sources: factBase.sources.length,
    primarySources: factBase.sources.filter((source) => source.kind === "primary").length,
    facts: factBase.facts.length,
    findings: findings.length,
    bySeverity,
    byKind,
    reviewed,
    open: findings.length - reviewed,
    openAtOrAbove,
    staleReviews,
  };
}

export function atOrAbove(severity: Severity, failOn: Severity | "never"): boolean {
  if (failOn === "never") return false;
  const rank = { error: 0, warning: 1, info: 2 };
  return rank[severity] <= rank[failOn];
}

export function sourceMap(factBase: FactBase): Map<string, Source> {
  return new Map(factBase.sources.map((source) => [source.id, source]));
}
