import { describe, expect, it } from "vitest";
import { BASIS_WORDS, QUALIFIER_WORDS, comparedBasis, counted, differenceInWords, sentence, writtenForm } from "../../src/model/wording.js";
import type { Fact } from "../../src/model/types.js";

const written = (value: string, valueHigh?: string, scale?: string, unit = "USD") => ({ written: { value, ...(valueHigh ? { valueHigh } : {}), ...(scale ? { scale } : {}), unit } }) as unknown as Fact;

describe("wording", () => {
  it("writes a value as the source wrote it", () => {
    expect(writtenForm(written("115", undefined, "億"))).toBe("115 億 USD");
    expect(writtenForm(written("1,735", "1,785", "億"))).toBe("1,735–1,785 億 USD");
    expect(writtenForm(written("22", undefined, undefined, "percent"))).toBe("22 percent");
  });

  it("has a word for every basis and qualifier", () => {
    expect(Object.keys(BASIS_WORDS).sort()).toEqual(["derived", "estimate", "ex_fx", "guidance", "non_gaap", "plan", "reported", "run_rate"]);
    expect(QUALIFIER_WORDS.exact).toBe("");
    expect(QUALIFIER_WORDS.more_than).toBe("more than");
  });

  it("compares a derived figure as reported, every other basis as itself", () => {
    expect(comparedBasis("derived")).toBe("reported");
    expect(comparedBasis("reported")).toBe("reported");
    expect(comparedBasis("ex_fx")).toBe("ex_fx");
  });

  it("counts nouns in the singular for exactly one, in the plural otherwise", () => {
    expect(counted(1, "finding")).toBe("1 finding");
    expect(counted(2, "finding")).toBe("2 findings");
    expect(counted(0, "source")).toBe("0 sources");
    expect(counted(1, "fact")).toBe("1 fact");
    expect(counted(12, "item")).toBe("12 items");
    expect(counted(3, "entry", "entries")).toBe("3 entries");
  });

  it("words a difference of percentages in percentage points, and of amounts in their unit", () => {
    expect(differenceInWords("1", "percent")).toBe("1 percentage point");
    expect(differenceInWords("-1", "percent")).toBe("-1 percentage point");
    expect(differenceInWords("2.5", "percent")).toBe("2.5 percentage points");
    expect(differenceInWords("0.25", "percent")).toBe("0.25 percentage points");
    expect(differenceInWords("10", "percent")).toBe("10 percentage points");
    expect(differenceInWords("4", "USD", "亿")).toBe("4 亿 USD");
    expect(differenceInWords("0.386", "USD", "billion")).toBe("0.386 billion USD");
    expect(differenceInWords("40", "bp")).toBe("40 bp");
  });

  it("makes clauses one sentence", () => {
    expect(sentence(["only 1 source states it (wire-a)"])).toBe("Only 1 source states it (wire-a).");
    expect(sentence(["the release states it", "2 sources agree on it"])).toBe("The release states it, and 2 sources agree on it.");
    expect(sentence([])).toBe("");
  });
});
