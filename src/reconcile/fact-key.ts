// The key facts are matched on: entity, segment, metric, measure (with what it is of) and the days
// the period covers. Basis is not part of the key: two bases for one key are a basis difference.
import type { Fact } from "../model/types.js";
import type { FactKey } from "./finding.js";

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

/** The key in words, for editors: "AMZN north_america operating_income, 2025-Q4". */
export function describeKey(key: FactKey): string {
  const segment = key.segment === "total" ? "" : ` ${key.segment}`;
  const measure = key.measure === "level" ? "" : ` ${key.measure}${key.of ? ` of ${key.of}` : ""}`;
  const of = key.measure === "level" && key.of ? ` vs ${key.of}` : "";
  return `${key.entity}${segment} ${key.metric}${measure}${of}, ${key.periodLabel}`;
}
