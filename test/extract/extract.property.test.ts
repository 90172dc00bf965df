// The extractor reads text from anywhere: on any Unicode input it must return, never throw, and every
// figure it proposes must point inside the text and quote it word for word.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { extractFacts } from "../../src/extract/extract.js";
import { repositoryTaxonomy } from "../helpers.js";

const taxonomy = repositoryTaxonomy();

/** Text made of the pieces figures are made of, so the scanner's paths are exercised, not just skipped. */
const figureish = fc
  .array(
    fc.oneof(
      fc.constantFrom("营收", "營業利潤", "同比增长", "约", "超过", "至", "亿", "萬", "美元", "%", "个基点", "倍", "第四季度", "去年", "revenue", "$", "bn", "more than", "to", "，", "、", "。", "\n", " ", ",", ".", "-"),
      fc.integer({ min: 0, max: 99999 }).map(String),
      fc.string({ unit: "grapheme", maxLength: 4 }),
    ),
    { maxLength: 60 },
  )
  .map((parts) => parts.join(""));

function checkInvariants(text: string): void {
  const { facts } = extractFacts(text, taxonomy, { date: "2026-02-06" });
  const lines = text.split(/\r\n|\r|\n/);
  for (const fact of facts) {
    expect(fact.line).toBeGreaterThanOrEqual(1);
    expect(fact.line).toBeLessThanOrEqual(lines.length);
    expect([...fact.quote].length).toBeLessThanOrEqual(80);
    expect(text).toContain(fact.quote);
  }
}

describe("extractFacts on arbitrary input", () => {
  it("never throws on arbitrary Unicode, and keeps its promises about positions and quotes", () => {
    fc.assert(fc.property(fc.string({ unit: "binary", maxLength: 300 }), checkInvariants), { numRuns: 300 });
  });

  it("never throws on text built from the pieces of figures", () => {
    fc.assert(fc.property(figureish, checkInvariants), { numRuns: 500 });
  });
});
