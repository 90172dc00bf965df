// Shared test helpers: the repository's taxonomy, loaded once, and small fact files written inline.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { loadTaxonomy } from "../src/load/load-fact-base.js";
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
