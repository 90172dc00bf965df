// A fact's quote: its clause from the original text, trimmed, at most 80 characters and always
// holding the figure.
import { describe, expect, it } from "vitest";
import type { Figure } from "../../src/extract/figures.js";
import { quoteFor } from "../../src/extract/quote.js";

/** Only where the figure stands matters to quoteFor. */
const at = (text: string, written: string) => {
  const start = text.indexOf(written);
  return { start, end: start + written.length } as Figure;
};

describe("quoteFor", () => {
  it("trims spaces and punctuation off the clause's ends", () => {
    const original = "第四季度， 营收为 1,000 亿美元；";
    expect(quoteFor({ original }, at(original, "1,000 亿美元"), 4, original.length)).toBe("营收为 1,000 亿美元");
  });

  it("cuts a long clause to 80 characters around the figure", () => {
    const original = `${"很长的一句话".repeat(20)}营收为 1,000 亿美元${"后面还有很多字".repeat(20)}`;
    const quote = quoteFor({ original }, at(original, "1,000 亿美元"), 0, original.length);
    expect([...quote].length).toBeLessThanOrEqual(80);
    expect(quote).toContain("1,000 亿美元");
    expect(original).toContain(quote);
  });

  it("never cuts a surrogate pair in two", () => {
    const original = `${"😀".repeat(60)} revenue of $5bn ${"😀".repeat(60)}`;
    const quote = quoteFor({ original }, at(original, "$5bn"), 0, original.length);
    expect(quote).toContain("$5bn");
    expect(quote).not.toMatch(/^[\udc00-\udfff]|[\ud800-\udbff]$/);
    expect(original).toContain(quote);
  });

  it("cuts an English clause between words, never inside one", () => {
    const original = "Northgate Cables said on Thursday that quarterly net income rose to $88 million from $71 million a year earlier, helped by copper prices";
    const quote = quoteFor({ original }, at(original, "$71 million"), 0, original.length);
    expect(quote).toContain("$71 million");
    expect([...quote].length).toBeLessThanOrEqual(80);
    expect(original).toMatch(new RegExp(`(^|\\s)${quote.replace(/[$.]/g, "\\$&")}(\\s|,|$)`));
  });
});
