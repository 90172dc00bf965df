// Calendar days: month lengths, real days, day numbers, weekdays and days added.
import { describe, expect, it } from "vitest";
import { addDays, dayNumber, daysInMonth, isCalendarDate, isRealDay, lastDayOfMonth, monthsLater, weekdayOf } from "../../src/periods/days.js";

describe("calendar days", () => {
  it("knows month lengths and leap years (2000 is one, 1900 and 2100 are not)", () => {
    expect([daysInMonth(2024, 2), daysInMonth(2025, 2), daysInMonth(2000, 2), daysInMonth(2100, 2), daysInMonth(2025, 4), daysInMonth(2025, 12)]).toEqual([29, 28, 29, 28, 30, 31]);
    expect(lastDayOfMonth(2024, 2)).toBe("2024-02-29");
    expect(lastDayOfMonth(2025, 9)).toBe("2025-09-30");
  });

  it("tells real days from days that do not exist", () => {
    expect(isCalendarDate("2024-02-29")).toBe(true);
    expect(isCalendarDate("2025-02-29")).toBe(false);
    expect(isCalendarDate("2025-13-01")).toBe(false);
    expect(isCalendarDate("2025-1-01")).toBe(false);
    expect(isRealDay(2025, 4, 30)).toBe(true);
    expect(isRealDay(2025, 4, 31)).toBe(false);
    expect(isRealDay(2025, 0, 1)).toBe(false);
  });

  it("numbers days one apart, across month, year and leap-day ends", () => {
    expect(dayNumber("2025-01-01") - dayNumber("2024-12-31")).toBe(1);
    expect(dayNumber("2024-03-01") - dayNumber("2024-02-28")).toBe(2);
    expect(dayNumber("2025-01-01") - dayNumber("2024-01-01")).toBe(366);
    expect(dayNumber("+010000-01")).toBe(dayNumber("9999-12-31") + 1);
    expect(() => dayNumber("FY2025")).toThrow(/not a date/);
  });

  it("adds days and names weekdays", () => {
    expect(addDays("2024-02-28", 1)).toBe("2024-02-29");
    expect(addDays("2025-01-01", -1)).toBe("2024-12-31");
    expect(weekdayOf("2025-09-27")).toBe(6);
    expect(weekdayOf("2024-01-31")).toBe(3);
  });
});

describe("monthsLater", () => {
  it("moves a day by whole months, to the target month's last day when it has fewer, and keeps a month's end at the end only when asked", () => {
    expect(monthsLater(2025, 1, 31, 1, false)).toEqual({ year: 2025, month: 2, day: 28 });
    expect(monthsLater(2025, 2, 28, 12, true)).toEqual({ year: 2026, month: 2, day: 28 });
    expect(monthsLater(2023, 2, 28, 12, true)).toEqual({ year: 2024, month: 2, day: 29 });
    expect(monthsLater(2023, 2, 28, 12, false)).toEqual({ year: 2024, month: 2, day: 28 });
    expect(monthsLater(2025, 3, 31, -13, true)).toEqual({ year: 2024, month: 2, day: 29 });
    expect(monthsLater(2025, 12, 15, 1, false)).toEqual({ year: 2026, month: 1, day: 15 });
  });
});
