// Every quote in the seed fact base must stand, word for word, in the article it was taken from.
// The articles live outside the repository (../shared/); without them these tests skip and say so.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { collectFactFiles } from "../src/io/fact-files.js";
import { loadFactFiles } from "../src/load/load-fact-base.js";
import { repositoryRoot, repositoryTaxonomy } from "./helpers.js";

const shared = path.resolve(repositoryRoot, "../shared");
const SOURCE_TEXTS: Record<string, string> = {
  "ft-2024-07-02-amzn-international": "seeds/000_96ac35d20cffcaf8.txt",
  "nmedialink-amzn-automation": "seeds/001_b1c06e995a0940bf.txt",
  "jin10-2025-02-07-amzn-ai-capex": "seeds/002_ecce39e23735fe14.txt",
  "dolphin-2026-02-06-amzn-q4-call": "seeds/003_c445140bae884d0d.txt",
  "lishi-2026-02-13-amzn-ai-arms-race": "seeds/004_cce3593157d98470.txt",
  "amzn-release-2026-02-05-q4-2025": "reference/amzn-official-figures.md",
  "amzn-release-2025-10-30-q3-2025": "reference/amzn-official-figures.md",
  "amzn-release-2025-02-06-q4-2024": "reference/amzn-official-figures.md",
};
const available = existsSync(path.join(shared, "seeds"));
if (!available) console.warn(`skipping the seed quote checks: ${shared} is not present`);

describe.skipIf(!available)("seed quotes", () => {
  const { factFiles } = collectFactFiles(["facts"], repositoryRoot);
  const { factBase } = loadFactFiles(factFiles, repositoryTaxonomy());
  const texts = new Map(Object.entries(SOURCE_TEXTS).map(([id, file]) => [id, readFileSync(path.join(shared, file), "utf8")]));

  it("covers every source of the seed fact base", () => {
    expect(factBase.sources.map((source) => source.id).sort()).toEqual(Object.keys(SOURCE_TEXTS).sort());
  });

  it.each(Object.keys(SOURCE_TEXTS))("every quote of %s stands in its source text", (sourceId) => {
    const text = texts.get(sourceId)!;
    const missing = factBase.facts
      .filter((fact) => fact.sourceId === sourceId && !text.includes(fact.quote))
      .map((fact) => `${fact.position.file}:${fact.position.line} ${fact.quote}`);
    expect(missing).toEqual([]);
  });
});
