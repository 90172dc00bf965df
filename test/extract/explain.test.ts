import { describe, expect, it } from "vitest";
import { extractFacts } from "../../src/extract/extract.js";
import { repositoryTaxonomy } from "../helpers.js";

const taxonomy = repositoryTaxonomy();

describe("extract --explain", () => {
  it("says which words decided each field of each fact", () => {
    const text = "---\ntitle: \"Harbor Foods quarterly results\"\ndate: \"2026-03-02\"\n---\nIn the fourth quarter, McDonald's revenue was $6.4 billion, against expectations of $6.5 billion.\n";
    const { facts, explanations } = extractFacts(text, taxonomy, { explain: true });
    expect(explanations).toHaveLength(facts.length);
    const [actual, expected] = explanations!;
    expect(actual!.fields.metric).toBe('named by "revenue"');
    expect(actual!.fields.entity).toBe("named by \"McDonald's\"");
    expect(actual!.fields.period).toMatch(/^"the fourth quarter" in its sentence/);
    expect(actual!.fields.basis).toBe("no forecast, estimate or adjustment word");
    expect(expected!.fields.basis).toBe('"expectations" (estimate)');
  });

  it("records nothing unless asked", () => {
    expect(extractFacts("营收为 70 亿美元。", taxonomy).explanations).toBeUndefined();
  });
});
