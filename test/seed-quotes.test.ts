// Every quote in the seed fact base must stand, word for word, in the article it was taken from.
// The articles live outside the repository (../shared/); without them these tests skip and say so.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { collectFactFiles } from "../src/io/fact-files.js";
import { loadFactFiles } from "../src/load/load-fact-base.js";
import { repositoryRoot, repositoryTaxonomy } from "./helpers.js";
import { REFERENCE_SOURCES, SEED_ARTICLES } from "../scripts/seed-articles.js";

const shared = path.resolve(repositoryRoot, "../shared");
const SOURCE_TEXTS: Record<string, string> = {
  ...Object.fromEntries(Object.entries(SEED_ARTICLES).map(([id, file]) => [id, `seeds/${file}`])),
  ...Object.fromEntries(Object.entries(REFERENCE_SOURCES).map(([id, file]) => [id, `reference/${file}`])),
};
const available = Object.values(SOURCE_TEXTS).every((file) => existsSync(path.join(shared, file)));
if (!available) console.warn(`skipping the seed quote checks: ${shared} is not present`);

describe.skipIf(!available)("seed quotes", () => {
  const { factFiles } = collectFactFiles(["facts"], repositoryRoot);
  const { factBase } = loadFactFiles(factFiles, repositoryTaxonomy());
  // Read lazily: a skipped suite is still collected, and the articles may be absent then.
  const texts = new Map<string, string>();
  const textOf = (id: string) => {
    if (!texts.has(id)) texts.set(id, readFileSync(path.join(shared, SOURCE_TEXTS[id]!), "utf8"));
    return texts.get(id)!;
  };

  it("covers every source of the seed fact base", () => {
    expect(factBase.sources.map((source) => source.id).sort()).toEqual(Object.keys(SOURCE_TEXTS).sort());
  });

  it.each(Object.keys(SOURCE_TEXTS))("every quote of %s stands in its source text", (sourceId) => {
    const text = textOf(sourceId);
    const missing = factBase.facts
      .filter((fact) => fact.sourceId === sourceId && !text.includes(fact.quote))
      .map((fact) => `${fact.position.file}:${fact.position.line} ${fact.quote}`);
    expect(missing).toEqual([]);
  });
});
