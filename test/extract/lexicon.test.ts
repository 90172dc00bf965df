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
});
