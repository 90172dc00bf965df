// The repository's own fact base: every file must validate, and it must hold what the seed articles say.
import path from "node:path";
import { describe, expect, it } from "vitest";
import { collectFactFiles } from "../src/io/fact-files.js";
import { loadFactFiles } from "../src/load/load-fact-base.js";
import { repositoryRoot, repositoryTaxonomy } from "./helpers.js";
import { CORPUS_ARTICLES } from "../scripts/corpus-articles.js";

describe("facts/", () => {
  const { factFiles, diagnostics: readProblems } = collectFactFiles(["facts"], repositoryRoot);
  const { factBase, diagnostics } = loadFactFiles(factFiles, repositoryTaxonomy());

  it("keeps an article's quotes short: the figure's phrase, never its sentence", () => {
    // Article texts stay outside the repository; a fact holds only the few words around its figure
    // (a table cell's "column | row | cell" aside). Company releases are quoted as they are.
    const secondary = new Set(factBase.sources.filter((source) => source.kind !== "primary").map((source) => source.id));
    const long = factBase.facts
      .filter((fact) => secondary.has(fact.sourceId) && fact.quote !== undefined && !fact.quote.includes(" | "))
      .filter((fact) => (/[\u4e00-\u9fff]/.test(fact.quote!) ? [...fact.quote!].length > 36 : fact.quote!.split(/\s+/).length > 8))
      .map((fact) => `${fact.position.file}:${fact.position.line} ${fact.quote}`);
    expect(long).toEqual([]);
  });

  it("validates without a single problem", () => {
    expect([...readProblems, ...diagnostics]).toEqual([]);
  });

  it("holds one file per seed article, per company release and per corpus article", () => {
    expect(factBase.sources.map((source) => source.id).sort()).toEqual(
      [
        "amzn-release-2025-02-06-q4-2024",
        "amzn-release-2025-10-30-q3-2025",
        "amzn-release-2026-02-05-q4-2025",
        "dolphin-2026-02-06-amzn-q4-call",
        "ft-2024-07-02-amzn-international",
        "jin10-2025-02-07-amzn-ai-capex",
        "lishi-2026-02-13-amzn-ai-arms-race",
        "nmedialink-amzn-automation",
        ...CORPUS_ARTICLES.map((article) => article.sourceId),
      ].sort(),
    );
    const secondary = factBase.facts.filter((fact) => factBase.sources.find((s) => s.id === fact.sourceId)?.kind === "secondary");
    expect(secondary.length).toBeGreaterThan(200);
  });

  it("keeps quotes short: a clause, not a paragraph", () => {
    for (const fact of factBase.facts) expect([...fact.quote].length, `${fact.position.file}:${fact.position.line}`).toBeLessThanOrEqual(80);
  });

  it("states the figures the reconciler is known to need", () => {
    const find = (sourceId: string, segment: string, metric: string, measure = "level") =>
      factBase.facts.filter((f) => f.sourceId === sourceId && f.segment === segment && f.metric === metric && f.measure === measure && f.period.label === "2025-Q4");
    expect(find("dolphin-2026-02-06-amzn-q4-call", "north_america", "operating_income").map((f) => f.written.value)).toContain("115");
    expect(find("lishi-2026-02-13-amzn-ai-arms-race", "north_america", "operating_income").map((f) => f.written.value)).toContain("93");
    expect(path.basename(factFiles[0]!.file)).toMatch(/\.yaml$/);
  });
});
