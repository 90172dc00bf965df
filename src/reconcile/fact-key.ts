// The key facts are matched on: entity, segment, metric, measure (with what it is of) and the days
// the period covers. Basis is not part of the key: two bases for one key are a basis difference.
import type { Fact } from "../model/types.js";
import type { FactKey } from "../model/finding.js";

export function factKeyOf(fact: Fact): FactKey {
  return {
    entity: fact.entity,
    segment: fact.segment,
    metric: fact.metric,
    measure: fact.measure,
    ...(fact.of !== undefined ? { of: fact.of } : {}),
    period: fact.period.key,
    periodLabel: fact.period.label,
  };
}

/** One string per key, for hash maps. The unit is included: 5 USD and 5 CNY, or 40 bp and 0.4 pp, are not compared. */
export function keyString(fact: Fact): string {
  return `${fact.entity}|${fact.segment}|${fact.metric}|${fact.measure}|${fact.of ?? ""}|${fact.period.key}|${fact.unit}`;
}

/** A key as one string, without its label and in any unit (a FactKey has none): for sets of keys. */
export function keyId(key: Pick<FactKey, "entity" | "segment" | "metric" | "measure" | "of" | "period">): string {
  return `${key.entity}\u0000${key.segment}\u0000${key.metric}\u0000${key.measure}\u0000${key.of ?? ""}\u0000${key.period}`;
}

const MEASURE_ORDINALS: Readonly<Record<string, number>> = { level: 0, yoy: 1, qoq: 2, yoy_abs: 3, qoq_abs: 4, cagr: 5, share: 6, multiple: 7 };

/**
 * The same key as keyString, as a few UTF-16 code units built from small numbers the loader already
 * has (taxonomy ordinals, the period's number from its days), then `of` (after its length) and the unit
 * as written, so grouping a million facts hashes short strings. A pure function of the key: it keeps no
 * table, so facts loaded apart (a draft being checked, old versions for --since) group with the fact
 * base's, and nothing outlives the run. In-memory only: finding ids use keyString, which does not
 * depend on taxonomy order.
 */
export function compactKey(entity: number, segment: number, metric: number, measure: string, of: string | undefined, periodId: number, unit: string): string {
  const ofLength = of === undefined ? 0 : of.length + 1;
  const high = Math.floor(periodId / 2 ** 32);
  const head = String.fromCharCode(entity, segment, metric, MEASURE_ORDINALS[measure] ?? 0xffff, periodId & 0xffff, (periodId >>> 16) & 0xffff, high & 0xffff, high >>> 16, ofLength & 0xffff, ofLength >>> 16);
  return of === undefined ? head + unit : head + of + unit;
}

/** The key in words, for editors: "AMZN north_america operating_income, 2025-Q4". */
export function describeKey(key: FactKey): string {
  const segment = key.segment === "total" ? "" : ` ${key.segment}`;
  const measure = key.measure === "level" ? "" : ` ${key.measure}${key.of ? ` of ${key.of}` : ""}`;
  const of = key.measure === "level" && key.of ? ` vs ${key.of}` : "";
  return `${key.entity}${segment} ${key.metric}${measure}${of}, ${key.periodLabel}`;
}
