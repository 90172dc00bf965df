import { describe, expect, it } from "vitest";
import { knownCompanyIds, nameAsId, writesName } from "../../scripts/name-evidence.js";
import { repositoryTaxonomy } from "../helpers.js";

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

describe("the evaluation's reading of a fact file's own id for a company the taxonomy knows", () => {
  it("reads an id that is the company's name, less its legal form, as the taxonomy's company, and no other", () => {
    expect(nameAsId("Tencent Holdings Ltd")).toBe("TENCENT");
    const taxonomy = repositoryTaxonomy();
    const file = "defaults:\n  entity: APPLE\nfacts:\n  - entity: TENCENT_HOLDINGS\n  - entity: KESTREL_MOTORS\n  - entity: NVDA\n  - of: MICRON/total\n";
    expect(knownCompanyIds(file, taxonomy)).toEqual([
      ["APPLE", "AAPL"],
      ["TENCENT_HOLDINGS", "TENCENT"],
      ["MICRON", "MU"],
    ]);
  });
  it("reads an id that opens one company's names only as that company, and one that opens several as none", () => {
    const taxonomy = repositoryTaxonomy();
    expect(knownCompanyIds("defaults:\n  entity: GALAXY\nfacts:\n  - entity: CHINA\n", taxonomy)).toEqual([["GALAXY", "GALAXY_ENTERTAINMENT"]]);
  });
});

