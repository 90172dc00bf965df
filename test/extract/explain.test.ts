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

  it("says when a stock market index, not the company, decided a move's entity", () => {
    const text = "---\ntitle: \"Harlind Foods results\"\ndate: \"2026-02-12\"\n---\nHarlind Foods shares rose 3.4%, while the S&P 500 index has climbed 15%.\n";
    const { facts, explanations } = extractFacts(text, taxonomy, { explain: true });
    const index = facts.findIndex((fact) => fact.entity === "MARKET");
    expect(explanations![index]!.fields.entity).toBe('the market: a stock market index, "S&P 500", named before the figure');
  });

  it("says when the day the lead says the company reported dated a share's move", () => {
    const text = "---\ntitle: \"Kelderwick Rail results\"\ndate: \"2026-01-29\"\n---\nKelderwick Rail Corp. reported a stronger fourth quarter on Wednesday.\n\nKelderwick shares rose 2.3 per cent to $148.60.\n";
    const { facts, explanations } = extractFacts(text, taxonomy, { explain: true });
    const move = facts.findIndex((fact) => fact.metric === "stock_price_change");
    expect(facts[move]!.period).toBe("@2026-01-28");
    expect(explanations![move]!.fields.period).toBe("the day the lead says the company reported, 2026-01-28: a session's reading with no day of its own");
  });

  it("records nothing unless asked", () => {
    expect(extractFacts("营收为 70 亿美元。", taxonomy).explanations).toBeUndefined();
  });
});
