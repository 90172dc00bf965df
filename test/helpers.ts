// Shared test helpers: the repository's taxonomy, loaded once, and small fact files written inline.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { loadFactFiles, loadTaxonomy } from "../src/load/load-fact-base.js";
import type { FactBase } from "../src/model/types.js";
import { buildRuleContext } from "../src/reconcile/reconcile.js";
import { defaultConfig } from "../src/config/config.js";
import type { RuleContext } from "../src/rules/rule.js";
import type { Taxonomy } from "../src/taxonomy/taxonomy.js";

export const repositoryRoot = fileURLToPath(new URL("..", import.meta.url));

export function repositoryTaxonomy(): Taxonomy {
  const file = "facts/taxonomy.yaml";
  const { taxonomy, diagnostics } = loadTaxonomy({ file, text: readFileSync(new URL(`../${file}`, import.meta.url), "utf8") });
  if (!taxonomy) throw new Error(`the repository taxonomy does not load: ${JSON.stringify(diagnostics)}`);
  return taxonomy;
}

/** A minimal valid fact file around the given fact lines (each already indented for a list item). */
export function factFile(factLines: string, sourceId = "test-source"): string {
  return [
    "source:",
    `  id: ${sourceId}`,
    "  publisher: Test Wire",
    "  title: A test article",
    '  published: "2026-02-06"',
    "  language: en",
    "  kind: secondary",
    "defaults:",
    "  entity: AMZN",
    "  period: 2025-Q4",
    "facts:",
    factLines,
    "",
  ].join("\n");
}

/** A fact's fields as written in YAML; every value is written as a quoted string. */
export type FactFields = Readonly<Record<string, string>>;

/**
 * The facts the reconcile tests argue about (under the default AMZN, 2025-Q4 of factFile/sourceFile):
 * North America operating income and revenue in 亿 USD, advertising revenue growth, FY2025 capital
 * spending, power capacity added and a launch date; `extra` overrides any field (segment, basis, period, scale, ...).
 */
export const income = (value: string, extra: Record<string, string> = {}): FactFields => ({ segment: "north_america", metric: "operating_income", value, scale: "亿", unit: "USD", quote: `segment profit ${value}`, ...extra });
export const adGrowth = (value: string, extra: Record<string, string> = {}): FactFields => ({ segment: "advertising", metric: "revenue", measure: "yoy", value, unit: "percent", quote: `ads up ${value} percent`, ...extra });
export const capex = (value: string, extra: Record<string, string> = {}): FactFields => ({ metric: "capex", value, scale: "亿", unit: "USD", period: "FY2025", quote: `spent ${value} on capex`, ...extra });
export const revenue = (value: string, extra: Record<string, string> = {}): FactFields => ({ metric: "revenue", value, scale: "亿", unit: "USD", quote: `sales of ${value}`, ...extra });
export const capacityAdded = (value: string, extra: Record<string, string> = {}): FactFields => ({ segment: "aws", metric: "power_capacity_added", value, unit: "GW", quote: `added ${value} GW of power`, ...extra });
export const launch = (date: string): FactFields => ({ segment: "trainium3", metric: "launch_date", value: date, unit: "date", period: "none", quote: `launched ${date}` });

/** Fact fields as the lines of one YAML list, indented for `facts:`. */
function factLines(facts: readonly FactFields[]): string {
  return facts
    .flatMap((fields) => Object.entries(fields).map(([name, value], at) => `${at === 0 ? "  - " : "    "}${name}: ${JSON.stringify(value)}`))
    .join("\n");
}

export interface SourceHeader {
  id: string;
  publisher?: string;
  title?: string;
  url?: string;
  /** `YYYY-MM-DD` or a date-time with its zone; omitted when undefined. */
  published?: string;
  timezone?: string;
  kind?: "primary" | "secondary";
  entity?: string;
  period?: string;
}

/** A fact file with the given source header (defaults: AMZN, 2025-Q4) around the given facts. */
export function sourceFile(header: SourceHeader, facts: readonly FactFields[]): string {
  const optional = (name: string, value: string | undefined) => (value === undefined ? [] : [`  ${name}: ${JSON.stringify(value)}`]);
  return [
    "source:",
    `  id: ${header.id}`,
    `  publisher: ${JSON.stringify(header.publisher ?? `Publisher of ${header.id}`)}`,
    `  title: ${JSON.stringify(header.title ?? "A test article")}`,
    ...optional("url", header.url),
    ...optional("published", header.published),
    ...optional("timezone", header.timezone),
    "  language: en",
    `  kind: ${header.kind ?? "secondary"}`,
    "defaults:",
    `  entity: ${header.entity ?? "AMZN"}`,
    `  period: ${JSON.stringify(header.period ?? "2025-Q4")}`,
    "facts:",
    factLines(facts),
    "",
  ].join("\n");
}

let cachedTaxonomy: Taxonomy | undefined;

/** Loads inline fact files (file name → text) with the repository taxonomy; any problem fails the test. */
export function loadInline(files: Readonly<Record<string, string>>): FactBase {
  cachedTaxonomy ??= repositoryTaxonomy();
  const { factBase, diagnostics } = loadFactFiles(Object.entries(files).map(([file, text]) => ({ file, text })), cachedTaxonomy);
  if (diagnostics.length > 0) throw new Error(`inline facts do not load: ${JSON.stringify(diagnostics, null, 2)}`);
  return factBase;
}

/** One fact file per list of facts, for sources `source-a`, `source-b`, … (files facts/source-a.yaml, …). */
export function sourcesWith(...factsBySource: readonly (readonly FactFields[])[]): Record<string, string> {
  return Object.fromEntries(
    factsBySource.map((facts, at) => {
      const id = `source-${String.fromCharCode(97 + at)}`;
      return [`facts/${id}.yaml`, sourceFile({ id, published: "2026-02-06" }, facts)];
    }),
  );
}

/** What a rule sees when called directly: reconcile's own context, with the repository taxonomy. */
export function ruleContext<Options>(factBase: FactBase, options: Options): RuleContext<Options> {
  cachedTaxonomy ??= repositoryTaxonomy();
  return { ...buildRuleContext(factBase, defaultConfig(), cachedTaxonomy), options };
}
