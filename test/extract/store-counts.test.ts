import { describe, expect, it } from "vitest";
import { findFigures } from "../../src/extract/figures.js";
import { englishEstateBefore, englishStoreWordAfter, storeCountOf, storeCountOfLabel } from "../../src/extract/store-counts.js";

/** The metric store-counts.ts reads for the figure whose digits start `value` in a one-sentence text. */
function metricOf(sentence: string, value: string): ReturnType<typeof storeCountOf> {
  const lower = sentence.toLowerCase();
  const figure = findFigures(sentence, lower).find((found) => found.value === value);
  if (!figure) throw new Error(`no figure ${value} in ${sentence}`);
  // (As the extractor keeps a bare English number a store's word follows: the figure runs to that word.)
  if (figure.bare) {
    const store = englishStoreWordAfter(lower, figure.numberEnd);
    if (store) figure.end = store.end;
  }
  return storeCountOf(lower, figure, 0, 0);
}

describe("englishStoreWordAfter", () => {
  it("finds a store's word after a few describing words, and says when it is a restaurant's", () => {
    expect(englishStoreWordAfter("opened 96 new convenience stores", 9)).toMatchObject({ restaurant: false, between: "new convenience " });
    expect(englishStoreWordAfter("opened 38 restaurants", 9)).toMatchObject({ restaurant: true });
  });

  it("finds none after a preposition or another noun's verb", () => {
    expect(englishStoreWordAfter("employs 3,000 people across stores", 13)).toBeUndefined();
    expect(englishStoreWordAfter("sold 40 of its stores", 7)).toBeUndefined();
    expect(englishStoreWordAfter("40 customers visited stores", 2)).toBeUndefined();
  });
});

describe("storeCountOf", () => {
  it("reads English counts by the words before them or between", () => {
    expect(metricOf("The chain opened 96 stores.", "96")).toBe("opened");
    expect(metricOf("It opened 38 restaurants.", "38")).toBe("restaurants_opened");
    expect(metricOf("It plans about 85 new stores.", "85")).toBe("opened");
    expect(metricOf("It added a net 82 locations.", "82")).toBe("net_added");
    expect(metricOf("It ended June with 3,212 stores.", "3,212")).toBe("all");
    expect(metricOf("The deal brings the fleet to 3,390 locations.", "3,390")).toBe("all");
  });

  it("leaves out closures and counts no word names", () => {
    expect(metricOf("It closed 14 stores.", "14")).toEqual({ skip: expect.stringContaining("closed") });
    expect(metricOf("Sales at 1,480 stores rose.", "1,480")).toEqual({ skip: expect.stringContaining("no word") });
  });

  it("reads Chinese counts of 家 and 间 by the words before them and the store's word after", () => {
    expect(metricOf("门店总数6,842家，较年初净增785家", "6,842")).toBe("all");
    expect(metricOf("门店总数6,842家，较年初净增785家", "785")).toBe("net_added");
    // (The store's word may stand between the role's word and the count: 新开门店42家, 新开学习中心68家.)
    expect(metricOf("上半年新开门店42家", "42")).toBe("opened");
    expect(metricOf("当季公司新开学习中心68家", "68")).toBe("opened");
    expect(metricOf("第三季新增站台287座", "287")).toBe("opened");
    expect(metricOf("集团目前共有14座酒店", "14")).toBe("all");
    expect(metricOf("上半年新开42家门店", "42")).toBe("opened");
    expect(metricOf("上半年新开15家餐厅", "15")).toBe("restaurants_opened");
    expect(metricOf("门店方面，期内新开7家", "7")).toBe("restaurants_opened");
  });

  it("is no count of stores when another noun follows (客房) or the figure is an amount", () => {
    expect(metricOf("三间酒店合共约4,200间客房", "4,200")).toBeUndefined();
    expect(metricOf("门店营收12亿元", "12")).toBeUndefined();
  });
});

describe("englishEstateBefore", () => {
  it("finds a word for all of a chain's stores linked to the count after it, and not real estate", () => {
    const at = (text: string) => englishEstateBefore(text, text.length);
    expect(at("taking its estate to ")).toBe(true);
    expect(at("the store count rose to ")).toBe(true);
    expect(at("real estate rose to ")).toBe(false);
    expect(at("its estate agents sold ")).toBe(false);
  });
});

describe("storeCountOfLabel", () => {
  it("reads a table's label of stores, of stores opened or added, and leaves closures out", () => {
    expect(storeCountOfLabel("**shops at 30 sept**")).toBe("all");
    expect(storeCountOfLabel("hotels")).toBe("all");
    expect(storeCountOfLabel("opened")).toBe("opened");
    expect(storeCountOfLabel("net additions of stores")).toBe("net_added");
    expect(storeCountOfLabel("门店数")).toBe("all");
    expect(storeCountOfLabel("新开")).toBe("opened");
    expect(storeCountOfLabel("closed")).toEqual({ skip: expect.stringContaining("closed") });
    expect(storeCountOfLabel("revenue per store")).toBeUndefined();
  });
});
