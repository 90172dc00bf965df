import { describe, expect, it } from "vitest";
import { CALENDAR_YEAR, isCalendarDate, parseFiscalYearEnd, parsePeriod } from "../../src/periods/period.js";

const key = (label: string, fiscalYearEnd = "12-31") => {
  const result = parsePeriod(label, parseFiscalYearEnd(fiscalYearEnd)!);
  return result.ok ? result.period.key : `error: ${result.expected}`;
};

describe("parsePeriod on a calendar fiscal year", () => {
  it.each([
    ["2025-Q4", "2025-10-01..2025-12-31"],
    ["2025-Q1", "2025-01-01..2025-03-31"],
    ["2025-H1", "2025-01-01..2025-06-30"],
    ["2025-H2", "2025-07-01..2025-12-31"],
    ["FY2025", "2025-01-01..2025-12-31"],
    ["TTM:2025-12-31", "2025-01-01..2025-12-31"],
    ["TTM:2025-09-30", "2024-10-01..2025-09-30"],
    ["2025-10", "2025-10-01..2025-10-31"],
    ["2024-02", "2024-02-01..2024-02-29"],
    ["@2025-12-31", "@2025-12-31"],
    ["FY2016..FY2026", "2016-01-01..2026-12-31"],
    ["2025-Q1..2025-Q4", "2025-01-01..2025-12-31"],
    ["none", "none"],
  ])("%s covers %s", (label, expected) => {
    expect(key(label)).toBe(expected);
  });

  it("makes FY and TTM ending at the fiscal year end the same key", () => {
    expect(key("FY2025")).toBe(key("TTM:2025-12-31"));
  });
});

describe("fiscal calendars", () => {
  it("counts Microsoft's quarters from a June year end", () => {
    expect(key("FY2026", "06-30")).toBe("2025-07-01..2026-06-30");
    expect(key("2026-Q2", "06-30")).toBe("2025-10-01..2025-12-31");
  });

  it("counts Walmart's quarters from a January year end", () => {
    expect(key("FY2025", "01-31")).toBe("2024-02-01..2025-01-31");
    expect(key("2025-Q4", "01-31")).toBe("2024-11-01..2025-01-31");
    expect(key("2025-Q1", "01-31")).toBe("2024-02-01..2024-04-30");
  });

  it("rejects impossible fiscal year ends", () => {
    expect(parseFiscalYearEnd("02-30")).toBeUndefined();
    expect(parseFiscalYearEnd("13-01")).toBeUndefined();
    expect(parseFiscalYearEnd("12-31")).toEqual(CALENDAR_YEAR);
  });
});

describe("impossible periods", () => {
  it.each(["2025-Q5", "2025-Q0", "2025-H3", "2025-13", "@2025-02-30", "TTM:2025-02-29", "FY2026..FY2016", "Q4 2025", "2025", "", "FY25"])(
    "rejects %j with what is expected",
    (label) => {
      const result = parsePeriod(label);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.expected.length).toBeGreaterThan(10);
    },
  );

  it("knows leap days", () => {
    expect(isCalendarDate("2024-02-29")).toBe(true);
    expect(isCalendarDate("2025-02-29")).toBe(false);
  });
});
