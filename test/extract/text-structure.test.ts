// Sentence and clause starts, and the cursors bindFigure walks with: a cursor must give the same
// answer as a binary search over the whole list, whatever order its keys come in.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { boundaries, cursor, firstFrom, positionsOf, seek, startIndex } from "../../src/extract/text-structure.js";

describe("boundaries", () => {
  it("starts a sentence after 。 and a clause after ， or 、", () => {
    expect(boundaries("甲。乙，丙、丁")).toEqual({ sentences: [0, 2], clauses: [0, 2, 4, 6] });
  });

  it("ends an English sentence at a full stop before a space, but not after an initial", () => {
    expect(boundaries("U.S. sales rose. Costs fell").sentences).toEqual([0, 16]);
  });

  it("parts a Chinese headline at its spaces, but not a sentence with punctuation or a figure's unit", () => {
    expect(boundaries("甲利润增5% 全年增8%\n乙营收 1.5 亿元，丙 增长").sentences).toEqual([0, 7, 13]);
    expect(boundaries("甲股价涨1% 1月营收增").sentences).toEqual([0, 7]);
  });

  it("keeps a thousands comma inside its clause", () => {
    expect(boundaries("sales of 1,234 units, up").clauses).toEqual([0, 21]);
  });

  it("cuts off a title in 《》 that holds a figure, and keeps one without", () => {
    expect(boundaries("见《2000亿军备赛》一文").sentences).toEqual([0, 1, 11]);
    expect(boundaries("见《周四夜橄榄球》一文").sentences).toEqual([0]);
  });

  it("caps a sentence at 400 characters", () => {
    expect(boundaries("a".repeat(1000)).sentences).toEqual([0, 401, 802]);
  });
});

/** Sorted starts and a run of keys, mostly growing (as figures come in order) but sometimes going back. */
const startsAndKeys = fc.record({
  starts: fc.array(fc.integer({ min: 0, max: 500 }), { maxLength: 200 }).map((list) => list.sort((a, b) => a - b)),
  keys: fc.array(fc.oneof(fc.integer({ min: 0, max: 20 }), fc.integer({ min: -600, max: 600 })), { maxLength: 100 }),
});

/** The running sum of the steps, kept at or above 0: keys that mostly grow. */
const keysOf = (steps: number[]) => {
  let at = 0;
  return steps.map((step) => (at = Math.max(0, at + step)));
};

describe("cursors", () => {
  it("seek answers as firstFrom does", () => {
    fc.assert(
      fc.property(startsAndKeys, ({ starts, keys }) => {
        const list = starts.map((start) => ({ start }));
        const walker = cursor(list);
        for (const key of keysOf(keys)) expect(seek(walker, key)).toBe(firstFrom(list, key));
      }),
    );
  });

  it("startIndex answers the last start at or before a place", () => {
    fc.assert(
      fc.property(startsAndKeys, ({ starts, keys }) => {
        const list = [0, ...starts];
        const walker = { starts: list, at: 0 };
        for (const key of keysOf(keys)) {
          let expected = 0;
          while (expected + 1 < list.length && list[expected + 1]! <= key) expected++;
          expect(startIndex(walker, key)).toBe(expected);
        }
      }),
    );
  });
});

describe("positionsOf", () => {
  it("gives each start of a part, in order, the next looked for after the last one's end", () => {
    expect([...positionsOf("嘉澜银行与嘉澜人寿，嘉澜", "嘉澜")]).toEqual([0, 5, 10]);
    expect([...positionsOf("aaaa", "aa")]).toEqual([0, 2]);
    expect([...positionsOf("Harbour cranes", "rail")]).toEqual([]);
  });

  it("gives none for an empty part, which would otherwise stand everywhere", () => {
    expect([...positionsOf("any text", "")]).toEqual([]);
  });
});
