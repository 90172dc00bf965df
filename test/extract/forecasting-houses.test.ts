import { describe, expect, it } from "vitest";
import { cues } from "../../src/extract/cues.js";
import { withoutForecastingHouses } from "../../src/extract/forecasting-houses.js";
import { asciiLower } from "../../src/extract/lexicon.js";
import { termLexicon } from "../../src/extract/terms.js";
import { repositoryTaxonomy } from "../helpers.js";

const taxonomy = repositoryTaxonomy();
/** The companies the terms of a sentence still name once forecasting houses are taken out. */
function companiesNamed(sentence: string): string[] {
  const lower = asciiLower(sentence);
  const terms = withoutForecastingHouses(termLexicon(taxonomy).matchAll(lower), cues().matchAll(lower), lower);
  return [...new Set(terms.flatMap((term) => term.entries.flatMap((entry) => (entry.kind === "entity" ? [entry.id] : []))))];
}

describe("houses that forecast", () => {
  it("are no company of the figure where they forecast, are cited or set a rating or a price target", () => {
    expect(companiesNamed("Goldman Sachs expects revenue of $18 billion next year.")).toEqual([]);
    expect(companiesNamed("Morgan Stanley analysts see $18.5 billion.")).toEqual([]);
    expect(companiesNamed("ahead of the $498 million UBS had forecast")).toEqual([]);
    expect(companiesNamed("according to Goldman Sachs, margins will widen")).toEqual([]);
    expect(companiesNamed("高盛维持买入评级，目标价上调至88港元。")).toEqual([]);
    expect(companiesNamed("花旗在最新报告中预计全年纯利为3.6亿港元。")).toEqual([]);
  });

  it("are any company whose name ends with a broker's word where it forecasts, and any company whose analysts speak", () => {
    expect(companiesNamed("中信证券预计公司全年营收为52亿元。")).toEqual([]);
    expect(companiesNamed("Analysts at Maybank expect the group to lift its dividend.")).toEqual([]);
    expect(companiesNamed("中信证券前三季度净利润为232亿元。")).toEqual(["CITIC_SECURITIES"]);
    expect(companiesNamed("Maybank said net profit rose 5%.")).toEqual(["MAYBANK"]);
  });

  it("are a company whose name a broker's word goes on from, where that house forecasts", () => {
    expect(companiesNamed("RBC Capital Markets kept its outperform rating and A$38.50 price target.")).toEqual([]);
    expect(companiesNamed("RBC reported net income of C$5.4 billion.")).toEqual(["RY"]);
  });

  it("stay companies where they report their own figures", () => {
    expect(companiesNamed("JPMorgan said it expects net interest income of $94 billion.")).toEqual(["JPM"]);
    expect(companiesNamed("Goldman Sachs reported net revenue of $13.9 billion.")).toEqual(["GS"]);
    expect(companiesNamed("高盛第三季度净利润为41亿美元。")).toEqual(["GS"]);
  });
});
