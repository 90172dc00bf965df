import { describe, expect, it } from "vitest";
import { extractFacts } from "../../src/extract/extract.js";
import { formatFactFile, proposeFactFile, sourceIdFrom } from "../../src/extract/fact-file.js";
import { repositoryTaxonomy } from "../helpers.js";

const taxonomy = repositoryTaxonomy();

describe("proposeFactFile", () => {
  it("builds a valid file with notes giving line:column", () => {
    const extraction = extractFacts("营收 100 亿美元", taxonomy, { date: "2026-02-06" });
    const { document, rejected } = proposeFactFile(extraction, { id: "test-article" }, taxonomy);
    expect(rejected).toEqual([]);
    expect(document.facts[0]).toMatchObject({ metric: "revenue", value: "100", note: "extracted at 1:4" });
    expect(formatFactFile(document, "yaml")).toContain("metric: revenue");
  });

  it.each([["My Article.md", "my-article"], ["新闻.txt", "article-x"]])("source id from %s", (name, id) => {
    expect(sourceIdFrom(name)).toBe(id);
  });
});
