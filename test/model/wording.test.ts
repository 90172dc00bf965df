import { describe, expect, it } from "vitest";
import { BASIS_WORDS, QUALIFIER_WORDS, writtenForm } from "../../src/model/wording.js";
import type { Fact } from "../../src/model/types.js";

const written = (value: string, valueHigh?: string, scale?: string, unit = "USD") => ({ written: { value, ...(valueHigh ? { valueHigh } : {}), ...(scale ? { scale } : {}), unit } }) as unknown as Fact;

describe("wording", () => {
  it("writes a value as the source wrote it", () => {
    expect(writtenForm(written("115", undefined, "億"))).toBe("115 億 USD");
    expect(writtenForm(written("1,735", "1,785", "億"))).toBe("1,735–1,785 億 USD");
    expect(writtenForm(written("22", undefined, undefined, "percent"))).toBe("22 percent");
  });

  it("has a word for every basis and qualifier", () => {
    expect(Object.keys(BASIS_WORDS).sort()).toEqual(["estimate", "ex_fx", "guidance", "non_gaap", "plan", "reported", "run_rate"]);
    expect(QUALIFIER_WORDS.exact).toBe("");
    expect(QUALIFIER_WORDS.more_than).toBe("more than");
  });
});
