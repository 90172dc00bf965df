import { describe, expect, it } from "vitest";
import { extractFacts } from "../../src/extract/extract.js";
import { marketYearsOnStoryCalendar } from "../../src/extract/market-fiscal-years.js";
import type { ProposedFact } from "../../src/extract/proposed-fact.js";
import { parsePeriod } from "../../src/periods/period.js";
import { repositoryTaxonomy } from "../helpers.js";

const fact = (entity: string, period: string) => ({ entity, period }) as ProposedFact;

describe("marketYearsOnStoryCalendar", () => {
  it("writes a market's fiscal year as the months it covers on the story company's calendar", () => {
    const facts = [fact("MARKET", "FY2025"), fact("MARKET", "FY2024..FY2025"), fact("MARKET", "2025-Q3"), fact("ACME", "FY2025")];
    marketYearsOnStoryCalendar(facts, { month: 3, day: 31 }, parsePeriod, () => "industry volumes in FY25 grew");
    expect(facts.map((each) => each.period)).toEqual(["2024-04..2025-03", "2023-04..2025-03", "2025-Q3", "FY2025"]);
  });

  it("leaves a year the text writes bare as a calendar year: a market researcher's \"in 2026\"", () => {
    const facts = [fact("MARKET", "FY2026")];
    marketYearsOnStoryCalendar(facts, { month: 6, day: 30 }, parsePeriod, () => "estimates the market will reach $19 billion in 2026");
    expect(facts[0]!.period).toBe("FY2026");
    marketYearsOnStoryCalendar(facts, { month: 6, day: 30 }, parsePeriod, () => "行业2026财年销量将达");
    expect(facts[0]!.period).toBe("2025-07..2026-06");
  });

  it("leaves them alone for a company that keeps the calendar year, or none", () => {
    const facts = [fact("MARKET", "FY2025")];
    marketYearsOnStoryCalendar(facts, { month: 12, day: 31 }, parsePeriod, () => "FY25");
    marketYearsOnStoryCalendar(facts, undefined, parsePeriod, () => "FY25");
    expect(facts[0]!.period).toBe("FY2025");
  });

  it("reads an Indian story's FY26 industry volumes on its company's April-to-March year, and the company's own guidance for them as guidance", () => {
    const text = '---\ntitle: "Tractor maker lifts outlook"\n---\n\nMahindra & Mahindra lifted its guidance for FY26 tractor industry volume growth to 8%.\n';
    const market = extractFacts(text, repositoryTaxonomy(), { date: "2025-11-05" }).facts.find((each) => each.entity === "MARKET");
    expect(market).toMatchObject({ metric: "paid_units", measure: "yoy", value: "8", period: "2025-04..2026-03", basis: "guidance" });
  });
});
