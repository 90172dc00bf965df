// Which units a value may be written in, for a metric and a measure: shared by the loader (which
// rejects a unit that does not fit) and the extractor (which binds a figure only to a metric it fits).
import type { Measure } from "../model/types.js";
import type { MetricDefinition } from "./taxonomy.js";

/** Measures whose values are always in percent. */
export const PERCENT_MEASURES: ReadonlySet<Measure> = new Set(["yoy", "qoq", "cagr", "share"]);

/** Units a value may be written in for this metric and measure. */
export function unitsFor(metric: MetricDefinition, measure: Measure): string[] {
  if (PERCENT_MEASURES.has(measure)) return ["percent"];
  if (measure === "multiple") return ["multiple"];
  if (measure === "yoy_abs" || measure === "qoq_abs") return ["bp", "pp", ...metric.units.filter((unit) => unit !== "percent")];
  return metric.units;
}

/** Units a scale word (亿, billion) never applies to: rates, ratios, dates and sizes in nanometres. */
const UNSCALED_UNITS: ReadonlySet<string> = new Set(["percent", "bp", "pp", "multiple", "date", "nm"]);

/** Whether values in this unit can be written with a scale word, and shown in one. */
export function takesScale(unit: string): boolean {
  return !UNSCALED_UNITS.has(unit);
}

export function unitFits(unit: string, allowed: string[]): boolean {
  return allowed.includes(unit) || (allowed.includes("currency") && /^[A-Z]{3}$/.test(unit));
}

