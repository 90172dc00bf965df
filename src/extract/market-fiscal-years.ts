// A market's figure for a fiscal year the story names in its company's terms ("FY25 domestic tractor
// industry volume growth", "2025财年行业销量") is reckoned on that company's fiscal calendar, as the
// company and its trade reckon it, not on the market's calendar year. Owns writing such a fact's
// fiscal-year label as the months it covers on the story company's calendar.

import type { FiscalCalendar, ReadPeriod } from "../periods/period.js";
import { monthLabel, spanLabel } from "../periods/period.js";
import type { ProposedFact } from "./proposed-fact.js";

/** A fiscal-year label (FY2025) or a span of them, as the extractor writes one. */
const FISCAL_YEAR_LABEL = /^FY\d{4}(?:\.\.FY\d{4})?$/;

/** A fiscal year written as one: FY25, FY2025, "fiscal 2025", 2025财年, 2025年度. */
const FISCAL_YEAR_WRITTEN = /\bFY\s?['’]?\d{2,4}\b|\bfiscal\b|[财財]年|年度/i;

/**
 * Rewrites, in place, the period of every market fact (entity MARKET) labelled by fiscal year as the
 * months that year covers on `storyCalendar`, when the story's company does not keep the calendar year
 * (with a December year end the label already means those months) and the text before the figure
 * (`before`, its paragraph up to it) writes the year as a fiscal one: a bare year, "will reach $19
 * billion in 2026" from a market researcher, is a calendar year.
 */
export function marketYearsOnStoryCalendar(facts: ProposedFact[], storyCalendar: FiscalCalendar | undefined, read: ReadPeriod, before: (fact: ProposedFact) => string): void {
  if (!storyCalendar || (storyCalendar.month === 12 && storyCalendar.day === 31)) return;
  for (const fact of facts) {
    if (fact.entity !== "MARKET" || !FISCAL_YEAR_LABEL.test(fact.period) || !FISCAL_YEAR_WRITTEN.test(before(fact))) continue;
    const parsed = read(fact.period, storyCalendar);
    if (!parsed.ok || parsed.period.start === undefined || parsed.period.end === undefined) continue;
    const [startYear, startMonth] = parsed.period.start.split("-").map(Number) as [number, number];
    const [endYear, endMonth] = parsed.period.end.split("-").map(Number) as [number, number];
    fact.period = spanLabel(monthLabel(startYear, startMonth), monthLabel(endYear, endMonth));
  }
}
