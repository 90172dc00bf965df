// Synthetic fact bases for the benchmark: realistic shapes (a few entities, their segments and
// metrics, quarters and years, amounts in 亿 and million, growth rates, ranges and qualifiers), many
// sources per key so reconcile has real groups, and a share of planted conflicts. Deterministic.
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";

const ENTITIES = ["AMZN", "GOOGL", "MSFT", "META", "WMT"];
const SEGMENTS = ["total", "advertising", "hong_kong", "cloud"];
const AMOUNT_METRICS = ["revenue", "operating_income", "net_income", "capex", "operating_cash_flow", "free_cash_flow", "operating_expenses", "cash", "backlog", "investment"];
/**
 * Past the first 100,000 keys (bases above a million facts), a key also picks one of ten variants: other
 * metrics and other segments of the taxonomy that any company may have, so every key is still stated by
 * about ten sources at 10M facts. Variant 0 is the first dimensions' own, so bases up to a million facts
 * are the same as before the variants.
 */
const MORE_METRICS = [
  AMOUNT_METRICS,
  ["gross_sales", "gross_profit", "pretax_income", "ebitda", "orders", "special_charges", "legal_charges", "net_property_income", "property_revaluation", "asset_impairments"],
  ["severance", "fulfillment_cost_per_order", "disaster_losses", "stock_based_compensation", "gmv", "gpv", "sales_marketing_expenses", "rd_expenses", "ga_expenses", "interest_expense"],
  ["net_interest_income", "net_fee_income", "staff_bonus", "staff_bonus_per_employee", "ebitdar", "sga_expenses", "investment_gains", "distributable_income", "hotel_revenue", "rental_income"],
  ["average_room_rate", "revpar", "finance_costs", "tax_charge", "gross_booking_value", "de_minimis_threshold", "cost_per_household", "credit_losses", "insurance_premiums", "share_repurchases"],
];
const MORE_SEGMENTS = [SEGMENTS, ["end_market_automotive", "end_market_industrial", "end_market_other", "food_and_beverage"]];
const VARIANTS = MORE_SEGMENTS.flatMap((segments) => MORE_METRICS.map((metrics) => ({ metrics, segments })));
/** Quarters and fiscal years of fifty years: with the other dimensions, 100,000 distinct keys (a million with the variants). */
const PERIODS = [
  ...Array.from({ length: 200 }, (_, i) => `${1990 + Math.floor(i / 4)}-Q${(i % 4) + 1}`),
  ...Array.from({ length: 50 }, (_, i) => `FY${1990 + i}`),
];

/** A small deterministic PRNG (mulberry32), so every run benchmarks the same data. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface GeneratedBase {
  folder: string;
  files: number;
  facts: number;
  bytes: number;
}

/**
 * Writes `factCount` facts in files of `perFile` facts under `folder`. Every key is stated by about
 * ten sources; about 1 % of facts carry a wrong value (a prior-period slip or a digit error).
 */
export function generateFactBase(folder: string, factCount: number, format: "json" | "yaml" = "json", perFile = 100, seed = 42): GeneratedBase {
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  const next = random(seed);
  const keys = Math.max(1, Math.floor(factCount / 10));
  let bytes = 0;
  let written = 0;
  let fileIndex = 0;
  while (written < factCount) {
    const count = Math.min(perFile, factCount - written);
    const facts = [];
    for (let i = 0; i < count; i++) {
      const keyIndex = Math.floor(next() * keys);
      facts.push(factFor(keyIndex, next));
    }
    const id = `bench-source-${String(fileIndex).padStart(7, "0")}`;
    const document = {
      source: { id, publisher: `Bench Wire ${fileIndex % 97}`, title: `Synthetic article ${fileIndex}`, published: "2026-02-06", language: fileIndex % 3 === 0 ? "en" : "zh-Hans", kind: "secondary" },
      facts,
    };
    const text = format === "json" ? `${JSON.stringify(document, null, 2)}\n` : toYaml(document);
    const file = path.join(folder, `${id}.${format === "json" ? "json" : "yaml"}`);
    writeFileSync(file, text);
    bytes += Buffer.byteLength(text);
    written += count;
    fileIndex++;
  }
  return { folder, files: fileIndex, facts: written, bytes };
}

/** Decodes a key number into its own distinct key (mixed radix), so keys never collide. */
function factFor(keyIndex: number, next: () => number) {
  let rest = keyIndex;
  const pick = <T>(values: readonly T[]): T => {
    const value = values[rest % values.length]!;
    rest = Math.floor(rest / values.length);
    return value;
  };
  // Growth or level first, then metric, entity and segment, so every size has the same mix of facts.
  const isGrowth = pick([false, true]);
  const metricAt = pick(AMOUNT_METRICS.map((_, at) => at));
  const entity = pick(ENTITIES);
  const segmentAt = pick(SEGMENTS.map((_, at) => at));
  const period = pick(PERIODS);
  const variant = pick(VARIANTS);
  const metric = variant.metrics[metricAt]!;
  const segment = variant.segments[segmentAt]!;
  // True values follow arithmetic a real company's would: each quarter of a year is the same, a fiscal
  // year is four quarters, and every year is 10 % above the last, so growth rates, quarter-within-year
  // and the other identities hold; planted conflicts break them as real errors do.
  const year = Number(/\d{4}/.exec(period)![0]);
  const level = 100 + (((ENTITIES.indexOf(entity) * 31 + segmentAt) * 17 + metricAt) % 900);
  const quarter = level * 1.1 ** (year - 1990);
  const truth = period.startsWith("FY") ? quarter * 4 : quarter;
  const planted = next() < 0.01;
  const shown = planted ? truth * 0.81 : truth;
  const base = { entity, ...(segment === "total" ? {} : { segment }), metric, period };
  if (isGrowth) {
    const growth = planted ? 13 : 10;
    return { ...base, measure: "yoy", value: String(growth), unit: "percent", quote: `grew ${growth}% from a year earlier` };
  }
  const style = next();
  if (style < 0.5) return { ...base, value: shown.toFixed(2), scale: "亿", unit: "USD", quote: `${metric} ${shown.toFixed(2)}亿美元` };
  if (style < 0.8) {
    const rounded = Math.round(shown);
    return { ...base, value: rounded.toLocaleString("en-US"), scale: "亿", unit: "USD", quote: `${metric} ${rounded}亿美元` };
  }
  if (style < 0.9) return { ...base, value: (shown / 10).toFixed(1), scale: "billion", unit: "USD", qualifier: "about", quote: `about $${(shown / 10).toFixed(1)}bn` };
  return { ...base, value: Math.floor(shown * 0.95).toString(), scale: "亿", unit: "USD", qualifier: "more_than", quote: `more than ${Math.floor(shown * 0.95)}亿` };
}

/** Block-style YAML for the fact files (the shape editors write), without a YAML library. */
function toYaml(document: { source: Record<string, string>; facts: Record<string, string>[] }): string {
  const quote = (value: string) => JSON.stringify(value);
  const lines = ["source:"];
  for (const [key, value] of Object.entries(document.source)) lines.push(`  ${key}: ${quote(value)}`);
  lines.push("facts:");
  for (const fact of document.facts) {
    Object.entries(fact).forEach(([key, value], index) => lines.push(`${index === 0 ? "  - " : "    "}${key}: ${quote(value)}`));
  }
  return `${lines.join("\n")}\n`;
}
