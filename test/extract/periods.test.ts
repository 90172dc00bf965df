import { describe, expect, it } from "vitest";
import { findPeriods, resolvePeriod } from "../../src/extract/periods.js";

const context = { date: "2026-02-06", quarter: { year: 2025, quarter: 4 } };

describe("findPeriods and resolvePeriod", () => {
  it.each([
    ["2025年第四季度", "2025-Q4"],
    ["fy25q4", "2025-Q4"],
    ["q4 2025", "2025-Q4"],
    ["the fourth quarter", "2025-Q4"],
    ["第一季度", "2026-Q1"],
    ["2025年全年", "FY2025"],
    ["今年", "FY2026"],
    ["去年", "FY2025"],
    ["去年同期", "2024-Q4"],
    ["过去12个月", "TTM:2025-12-31"],
    ["2025年12月2日", "@2025-12-02"],
    ["last year", "FY2025"],
  ])("%s → %s", (text, label) => {
    const [match] = findPeriods(text);
    expect(match && resolvePeriod(match.cue, context)).toBe(label);
  });
});
