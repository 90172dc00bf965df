// Every quote in the fact base must stand, word for word, in the article it was taken from (a table
// cell's quote, "row | column | cell", part by part; Markdown emphasis markers aside).
// The articles live outside the repository (../shared/); without them these tests skip and say so.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { collectFactFiles } from "../src/io/fact-files.js";
import { loadFactFiles } from "../src/load/load-fact-base.js";
import { repositoryRoot, repositoryTaxonomy } from "./helpers.js";
import { REFERENCE_SOURCES, SEED_ARTICLES } from "../scripts/seed-articles.js";
import { CORPUS_ARTICLES } from "../scripts/corpus-articles.js";

const shared = path.resolve(repositoryRoot, "../shared");
const SOURCE_TEXTS: Record<string, string> = {
  ...Object.fromEntries(Object.entries(SEED_ARTICLES).map(([id, file]) => [id, `seeds/${file}`])),
  ...Object.fromEntries(Object.entries(REFERENCE_SOURCES).map(([id, file]) => [id, `reference/${file}`])),
  ...Object.fromEntries(CORPUS_ARTICLES.map((article) => [article.sourceId, `corpus/articles/${article.file}`])),
};
const available = Object.values(SOURCE_TEXTS).every((file) => existsSync(path.join(shared, file)));
if (!available) console.warn(`skipping the seed quote checks: ${shared} is not present`);

/** Text as a reader sees it: Markdown emphasis and link targets dropped, no-break and zero-width spaces as spaces. */
function asDisplayed(text: string): string {
  return text.replace(/\*{1,2}(?=\S)|(?<=\S)\*{1,2}/g, "").replace(/\[([^\]]*)\]\([^)]*\)/g, "$1").replace(/\u200b|\u200c|\u200d|\ufeff/g, "").replace(/\u00a0/g, " ");
}

/**
 * Whether a quote stands in the text: word for word, or for a table cell ("column | row | cell") its
 * row label and its cell on one line of the table (a header may be split over lines or merged).
 */
function standsIn(written: string, text: string): boolean {
  const quote = asDisplayed(written);
  if (text.includes(quote)) return true;
  const parts = quote.split(" | ");
  if (parts.length < 2) return false;
  const [row, cell] = parts.slice(-2) as [string, string];
  return text.split("\n").some((line) => line.includes(`| ${cell} |`) || line.trimEnd().endsWith(`| ${cell}`) ? line.includes(row) : false);
}

describe.skipIf(!available)("seed quotes", () => {
  const { factFiles } = collectFactFiles(["facts"], repositoryRoot);
  const { factBase } = loadFactFiles(factFiles, repositoryTaxonomy());
  // Read lazily: a skipped suite is still collected, and the articles may be absent then.
  const texts = new Map<string, string>();
  const textOf = (id: string) => {
    if (!texts.has(id)) texts.set(id, asDisplayed(readFileSync(path.join(shared, SOURCE_TEXTS[id]!), "utf8")));
    return texts.get(id)!;
  };

  it("covers every source of the seed fact base", () => {
    expect(factBase.sources.map((source) => source.id).sort()).toEqual(Object.keys(SOURCE_TEXTS).sort());
  });

  it.each(Object.keys(SOURCE_TEXTS))("every quote of %s stands in its source text", (sourceId) => {
    const text = textOf(sourceId);
    const missing = factBase.facts
      .filter((fact) => fact.sourceId === sourceId && !standsIn(fact.quote, text))
      .map((fact) => `${fact.position.file}:${fact.position.line} ${fact.quote}`);
    expect(missing).toEqual([]);
  });
});
