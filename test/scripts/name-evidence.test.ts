import { describe, expect, it } from "vitest";
import { writesName } from "../../scripts/name-evidence.js";

describe("the evaluation's evidence that a fact file names a company", () => {
  it("reads a one-word Latin name or a ticker only as a whole word with its capitals", () => {
    expect(writesName("own held-out text on Copperfield Mining", "Copperfield Mining")).toBe(true);
    expect(writesName("copper output rose 9%", "Copper")).toBe(false);
    expect(writesName("Order book: £2.05bn", "Order")).toBe(true);
    expect(writesName("the order book grew", "Order")).toBe(false);
    expect(writesName("shares rose 3%", "SH")).toBe(false);
    expect(writesName("Ballarook Copper (ASX: BKC)", "BKC")).toBe(true);
  });

  it("reads no exchange's suffix after a code as a name", () => {
    expect(writesName("岷泉酒业 (603917.SH)", "SH")).toBe(false);
    expect(writesName("岷泉酒业 (603917.SH)", "603917")).toBe(true);
  });

  it("reads a name of several words in any case, and a Chinese name anywhere and in any case", () => {
    expect(writesName("GELANG HARBOUR BANK reported", "Gelang Harbour Bank")).toBe(true);
    expect(writesName("公司名称为岷晟光电股份有限公司", "岷晟光电")).toBe(true);
    expect(writesName("冠翔-KY 1月營收", "冠翔-ky")).toBe(true);
  });
});
