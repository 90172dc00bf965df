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

const MEASURE_ORDINALS: Readonly<Record<string, number>> = { level: 0, yoy: 1, qoq: 2, yoy_abs: 3, qoq_abs: 4, cagr: 5, share: 6, multiple: 7 };
const interned = new Map<string, number>();

function intern(text: string): number {
  let id = interned.get(text);
  if (id === undefined) interned.set(text, (id = interned.size));
  return id;
}

/**
 * The same key as keyString, as a few UTF-16 code units built from small numbers the loader already
 * has (taxonomy ordinals, period ids), so grouping a million facts hashes short strings. In-memory
 * only: finding ids use keyString, which does not depend on taxonomy order.
 */
export function compactKey(entity: number, segment: number, metric: number, measure: string, of: string | undefined, periodId: number, unit: string): string {
  const ofId = of === undefined ? 0 : intern(of) + 1;
  const unitId = intern(unit);
  return String.fromCharCode(entity, segment, metric, MEASURE_ORDINALS[measure] ?? 0xffff, ofId & 0xffff, ofId >>> 16, periodId & 0xffff, periodId >>> 16, unitId & 0xffff, unitId >>> 16);
}

/** The key in words, for editors: "AMZN north_america operating_income, 2025-Q4". */
export function describeKey(key: FactKey): string {
  const segment = key.segment === "total" ? "" : ` ${key.segment}`;
  const measure = key.measure === "level" ? "" : ` ${key.measure}${key.of ? ` of ${key.of}` : ""}`;
  const of = key.measure === "level" && key.of ? ` vs ${key.of}` : "";
  return `${key.entity}${segment} ${key.metric}${measure}${of}, ${key.periodLabel}`;
}
