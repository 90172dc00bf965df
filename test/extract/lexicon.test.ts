import { describe, expect, it } from "vitest";
import { Lexicon } from "../../src/extract/lexicon.js";

describe("Lexicon", () => {
  it("matches leftmost-longest, whole ASCII words only, traditional terms as simplified", () => {
    const lexicon = new Lexicon<string>();
    lexicon.add("营业利润", "oi");
    lexicon.add("營業利潤率", "margin");
    lexicon.add("AWS", "aws");
    const matches = lexicon.matchAll("营业利润率 awsx aws部门");
    expect(matches.map((m) => m.entries[0])).toEqual(["margin", "aws"]);
  });

  it("matches a term that runs Chinese into Latin letters or digits where the text spaces them apart", () => {
    const lexicon = new Lexicon<string>();
    lexicon.add("非GAAP", "non-gaap");
    lexicon.add("Q4营收", "q4");
    lexicon.add("营业利润", "oi");
    const matches = lexicon.matchAll("非 gaap 毛利率，q4  营收，营业 利润");
    expect(matches.map((m) => [m.entries[0], m.start, m.end])).toEqual([["non-gaap", 0, 6], ["q4", 11, 17]]);
  });

  it("takes a term written without a space over one with it, where the text's space leads only to the first", () => {
    const lexicon = new Lexicon<string>();
    lexicon.add("EBT利润率", "cjk");
    lexicon.add("EBT margin", "latin");
    expect(lexicon.matchAll("ebt 利润率").map((m) => m.entries[0])).toEqual(["cjk"]);
    expect(lexicon.matchAll("ebt margin").map((m) => m.entries[0])).toEqual(["latin"]);
  });
});
