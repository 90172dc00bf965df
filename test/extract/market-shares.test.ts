// A company's share of a market the taxonomy does not know: the market named with the share, the one
// sized before it in the paragraph, and other companies' shares of it after it. Sentences of our own.
import { describe, expect, it } from "vitest";
import { extractFacts } from "../../src/extract/extract.js";
import { proposeFactFile } from "../../src/extract/fact-file.js";
import { holdsShareBefore, marketOfShare, sameMarket, sharesMarketWords } from "../../src/extract/new-segments.js";
import { holderNamed } from "../../src/extract/subject.js";
import { repositoryTaxonomy } from "../helpers.js";

const taxonomy = repositoryTaxonomy();
const article = (title: string, body: string) => `---\ntitle: "${title}"\ndate: "2025-11-12"\n---\n${body}\n`;
const shareIn = (sentence: string, figure: string) => {
  const lower = sentence.toLowerCase();
  return marketOfShare(sentence, lower, 0, sentence.length, lower.indexOf(figure) + figure.length);
};

describe("the market a share is of (marketOfShare)", () => {
  it("reads a market named right after the percent, its size and hedge cut from its name", () => {
    expect(shareIn("Tarnwick holds about 14% of the £310m UK chutney and relish market.", "14%")).toMatchObject({ name: "UK chutney and relish", after: true });
    expect(shareIn("鸿澜占有18%的全球洗地机市场份额。", "18%")).toMatchObject({ name: "全球洗地机", after: true });
  });

  it("reads a market named with a word for a share anywhere in the sentence", () => {
    expect(shareIn("Its share of India's roughly ₹78,000-crore decorative paints market rose to 9.4%.", "9.4%")?.name).toBe("decorative paints");
    expect(shareIn("Harrowfield lifted its UK snacks market share to 14%.", "14%")?.name).toBe("UK snacks");
    expect(shareIn("2024年澄远在国内软镜市场的份额约为9.8%。", "9.8%")?.name).toBe("国内软镜");
    expect(shareIn("公司在国内扫地机器人市场占有率约为9%。", "9%")?.name).toBe("国内扫地机器人");
  });

  it("reads no market where shares or money trade, nor one with no name of its own", () => {
    expect(shareIn("Its share of the stock market fell to 2%.", "2%")).toBeUndefined();
    expect(shareIn("With a market share of 31%, it leads.", "31%")).toBeUndefined();
    expect(shareIn("该公司在资本市场的份额为3%。", "3%")).toBeUndefined();
    expect(shareIn("公司在中国资本市场的份额为3%。", "3%")).toBeUndefined();
    expect(shareIn("Its Asian equity market share rose to 2%.", "2%")).toBeUndefined();
  });

  it("reads a market of homes or property as one a company sells in", () => {
    expect(shareIn("Its share of the UK housing market rose to 4.1%.", "4.1%")?.name).toBe("UK housing");
    expect(shareIn("公司在国内房地产市场的份额约为2%。", "2%")?.name).toBe("国内房地产");
  });
});

describe("one market under two names (sameMarket, sharesMarketWords)", () => {
  it("takes a share's market for the one sized before when its own words stand in the sized one's name", () => {
    expect(sameMarket("中国软性内镜", "国内软镜", false)).toBe(true);
    expect(sameMarket("UK savoury snacks", "UK snacks", false)).toBe(true);
    expect(sameMarket("UK savoury snacks", "UK chutney", false)).toBe(false);
  });

  it("takes a name of place alone for the sized market only in the same paragraph", () => {
    expect(sameMarket("中国宠物食品", "国内", true)).toBe(true);
    expect(sameMarket("中国宠物食品", "国内", false)).toBe(false);
  });

  it("finds the business that sells in a market by the words their names share, not by words of place", () => {
    expect(sharesMarketWords("国内软镜", "软性内镜")).toBe(true);
    expect(sharesMarketWords("UK savoury snacks", "Snacks")).toBe(true);
    expect(sharesMarketWords("国内软镜", "国内业务")).toBe(false);
  });
});

describe("another holder of the same market (holdsShareBefore, holderNamed)", () => {
  it("finds a verb of holding right before a figure, a hedge between at most", () => {
    const sentence = "market leader kesaria paints still holds around 38%";
    expect(holdsShareBefore(sentence, 0, sentence.indexOf("38%"))).toBe(sentence.indexOf("holds"));
    expect(holdsShareBefore("行业龙头映川约占38%", 0, 8)).toBe(6);
    expect(holdsShareBefore("revenue rose 38%", 0, 13)).toBe(-1);
  });

  it("names the holder right before the verb, without a rank's or a rival's words", () => {
    expect(holderNamed("…, behind Crisperton Foods, which ")).toBe("Crisperton Foods");
    expect(holderNamed("Market leader Kesaria Paints still ")).toBe("Kesaria Paints");
    expect(holderNamed("行业龙头“映川”")).toBe("映川");
    expect(holderNamed("行业第一的雪麓乳业")).toBe("雪麓乳业");
    expect(holderNamed("while the rest ")).toBeUndefined();
  });
});

describe("market shares as facts", () => {
  it("reads a share of a named market as a share of its sales, whatever words the market's name holds", () => {
    const extraction = extractFacts(article("鸿澜电器三季度", "鸿澜电器前三季度营业收入52.4亿元。公司在国内扫地机器人市场占有率约为9%。"), taxonomy);
    const share = extraction.facts.find((fact) => fact.value === "9")!;
    expect(share).toMatchObject({ entity: extraction.entity, segment: "total", metric: "revenue", measure: "share" });
    expect(share.of).toMatch(/^MARKET\/seg_[0-9a-f]{8}$/);
    expect(extraction.newSegments.find((segment) => `MARKET/${segment.id}` === share.of)).toMatchObject({ name: "国内扫地机器人", entity: "MARKET" });
  });

  it("reads the market sized before in the paragraph as the one its shares are of, and each holder's share as its own", () => {
    const extraction = extractFacts(article("鸿澜电器三季度", "据行业机构统计，2025年上半年国内洗地机市场规模约86亿元，鸿澜的市场份额为18.5%，行业龙头“清石”约占27%。"), taxonomy);
    const size = extraction.facts.find((fact) => fact.value === "86")!;
    expect(size.entity).toBe("MARKET");
    const shares = extraction.facts.filter((fact) => fact.measure === "share");
    expect(shares.map((fact) => [fact.value, fact.of])).toEqual([["18.5", `MARKET/${size.segment}`], ["27", `MARKET/${size.segment}`]]);
    expect(shares[0]!.entity).toBe(extraction.entity);
    expect(shares[1]!.entity).not.toBe(extraction.entity);
  });

  it("reads an English share of a market, the market's size written before its name, and a rival's share after", () => {
    const extraction = extractFacts(article("Harrowfield Snacks half-year", "Harrowfield Snacks said revenue rose 8% to £412 million in the six months to September.\n\nHarrowfield now holds about 14% of the £3.1bn UK savoury snacks market, behind Crisperton Foods, which has 31%."), taxonomy);
    expect(extraction.facts.find((fact) => fact.value === "3.1")).toMatchObject({ entity: "MARKET", segment: "uk_savoury_snacks", metric: "revenue" });
    expect(extraction.facts.filter((fact) => fact.measure === "share").map((fact) => [fact.entity, fact.value, fact.of])).toEqual([
      [extraction.entity, "14", "MARKET/uk_savoury_snacks"],
      ["CRISPERTON_FOODS", "31", "MARKET/uk_savoury_snacks"],
    ]);
  });

  it("files no share under the story's company when no holder is named before the verb", () => {
    const extraction = extractFacts(article("Harrowfield Snacks half-year", "Harrowfield holds about 14% of the UK savoury snacks market, while the rest has 52%."), taxonomy);
    expect(extraction.facts.map((fact) => fact.value)).toEqual(["14"]);
  });

  it("proposes a fact file that loads with a share of a new market, the market named only in the share's `of`", () => {
    const extraction = extractFacts(article("鸿澜电器三季度", "鸿澜电器前三季度营业收入52.4亿元。公司在国内扫地机器人市场占有率约为9%。"), taxonomy);
    const proposed = proposeFactFile(extraction, { id: "hongl-test" }, taxonomy);
    expect(proposed.rejected).toEqual([]);
    expect(proposed.facts.find((fact) => fact.value === "9")?.of).toMatch(/^MARKET\/seg_[0-9a-f]{8}$/);
  });

  it("shares a market in the volume its size was counted in", () => {
    const extraction = extractFacts(article("森屿手机三季度", "据机构统计，三季度全球智能手机市场出货量3.1亿部，森屿的市场份额为5.8%。"), taxonomy);
    expect(extraction.facts.find((fact) => fact.value === "5.8")).toMatchObject({ metric: "units_shipped", measure: "share" });
  });
});
