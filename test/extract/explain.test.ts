import { describe, expect, it } from "vitest";
import { extractFacts } from "../../src/extract/extract.js";
import type { Explanation, ProposedFact } from "../../src/extract/proposed-fact.js";
import { repositoryTaxonomy } from "../helpers.js";

const taxonomy = repositoryTaxonomy();

/** The fact `pick` finds in what `text` extracts, with the explanation of its fields. */
function explained(text: string, pick: (fact: ProposedFact) => boolean): { fact: ProposedFact; fields: Explanation["fields"] } {
  const { facts, explanations } = extractFacts(text, taxonomy, { explain: true });
  const at = facts.findIndex(pick);
  return { fact: facts[at]!, fields: explanations![at]!.fields };
}

/**
 * Facts whose explanation says which words decided a field: the fact `pick` finds in `text`, and what
 * its fields (fact.x) and their explanations (fields.x) must be.
 */
const EXPLAINED: { name: string; text: string; pick: (fact: ProposedFact) => boolean; want: Record<string, string> }[] = [
  {
    name: "says when a stock market index, not the company, decided a move's entity",
    text: "---\ntitle: \"Harlind Foods results\"\ndate: \"2026-02-12\"\n---\nHarlind Foods shares rose 3.4%, while the S&P 500 index has climbed 15%.\n",
    pick: (fact) => fact.entity === "MARKET",
    want: { "fields.entity": 'the market: a stock market index, "S&P 500", named before the figure' },
  },
  {
    name: "names the adjustment word elsewhere in the text that made a bare EBITDA adjusted",
    text: "---\ntitle: \"Kindaroo Copper half-year\"\ndate: \"2026-02-18\"\n---\nKindaroo Copper said underlying EBITDA rose 9% to A$1.2 billion in the half.\n\nCopper prices helped: the EBITDA margin widened to 42.6 per cent.\n",
    pick: (fact) => fact.metric === "ebitda_margin",
    want: { "fact.basis": "non_gaap", "fields.basis": '"underlying EBITDA" (non_gaap)' },
  },
  {
    name: "says when 该公司 pointed back at a company, and at which",
    text: "---\ntitle: \"云岚乳业业绩预告\"\ndate: \"2026-01-23\"\n---\n云岚乳业预计2025年归母净利润5.1亿元。\n\n同日，竞争对手禾岭乳品也发布预告，预计2025年归母净利润3.6亿元。该公司预计计提资产减值约2.8亿元。\n",
    pick: (fact) => fact.value === "2.8",
    want: { "fields.entity": '"该公司" points back at the company named last before it in its paragraph' },
  },
  {
    name: "names a company the taxonomy does not know by its name when it decided a figure's company",
    text: "---\ntitle: \"Harrowfield Snacks half-year\"\ndate: \"2025-11-12\"\n---\nHarrowfield now holds about 14% of the UK savoury snacks market, behind Crisperton Foods, which has 31%.\n",
    pick: (fact) => fact.value === "31",
    want: { "fields.entity": 'named by "Crisperton Foods"' },
  },
  {
    name: "says when the day the lead says the company reported dated a share's move",
    text: "---\ntitle: \"Kelderwick Rail results\"\ndate: \"2026-01-29\"\n---\nKelderwick Rail Corp. reported a stronger fourth quarter on Wednesday.\n\nKelderwick shares rose 2.3 per cent to $148.60.\n",
    pick: (fact) => fact.metric === "stock_price_change",
    want: { "fact.period": "@2026-01-28", "fields.period": "the day the lead says the company reported, 2026-01-28: a session's reading with no day of its own" },
  },
];

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

  it.each(EXPLAINED)("$name", ({ text, pick, want }) => {
    const { fact, fields } = explained(text, pick);
    for (const [key, value] of Object.entries(want)) {
      const [where, field] = key.split(".") as ["fact" | "fields", string];
      expect((where === "fact" ? fact : fields)[field as keyof typeof fact & keyof typeof fields], key).toBe(value);
    }
  });

  it("records nothing unless asked", () => {
    expect(extractFacts("营收为 70 亿美元。", taxonomy).explanations).toBeUndefined();
  });
});
