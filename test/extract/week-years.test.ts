import { describe, expect, it } from "vitest";
import { dayOnOrAfter, dayOnOrBefore, weekYearEndTold } from "../../src/extract/week-years.js";

describe("weekYearEndTold", () => {
  it.each([
    // A second quarter ended Saturday 27 December, in a year ending in June: the last Saturday of June.
    [2, "2025-12-27", 6, "last Saturday of 06"],
    // A third quarter ended Saturday 1 November, in a year ending in January: the Saturday nearest 31 January.
    [3, "2025-11-01", 1, "Saturday nearest 01-31"],
    // A first quarter ended Sunday 28 December, in a year ending in September.
    [1, "2025-12-28", 9, "last Sunday of 09"],
    // The year itself ended on Saturday 28 June.
    [4, "2025-06-28", 6, "last Saturday of 06"],
  ])("quarter %i ended %s, year ending in month %i: %s", (quarter, day, month, told) => {
    expect(weekYearEndTold(quarter, day, month)).toBe(told);
  });

  it.each([
    [2, "2025-12-31", 6], // a month's last day: a year of calendar months
    [2, "2025-12-15", 6], // mid-month: no weekday year ends its quarters there
    [2, "2025-12-20", 6], // near enough, but no weekday rule ends the second quarter that day
  ])("quarter %i ended %s: none", (quarter, day, month) => {
    expect(weekYearEndTold(quarter, day, month)).toBeUndefined();
  });
});

describe("dayOnOrBefore", () => {
  it("keeps a day's own year, or takes the last such day on or before the article's date", () => {
    expect(dayOnOrBefore({ year: 2024, month: 12, day: 28 }, "2026-02-04")).toBe("2024-12-28");
    expect(dayOnOrBefore({ month: 12, day: 27 }, "2026-02-04")).toBe("2025-12-27");
    expect(dayOnOrBefore({ month: 2, day: 4 }, "2026-02-04")).toBe("2026-02-04");
    expect(dayOnOrBefore({ month: 2, day: 1 }, "2026-02-04")).toBe("2026-02-01");
    expect(dayOnOrBefore({ month: 2, day: 10 }, "2026-02-04")).toBe("2025-02-10");
    expect(dayOnOrBefore({ month: 3, day: 1 }, undefined)).toBeUndefined();
  });
});

describe("dayOnOrAfter", () => {
  it("keeps a day's own year, or takes the first such day on or after the article's date", () => {
    expect(dayOnOrAfter({ year: 2024, month: 3, day: 30 }, "2026-01-29")).toBe("2024-03-30");
    expect(dayOnOrAfter({ month: 3, day: 28 }, "2026-01-29")).toBe("2026-03-28");
    expect(dayOnOrAfter({ month: 1, day: 29 }, "2026-01-29")).toBe("2026-01-29");
    expect(dayOnOrAfter({ month: 1, day: 2 }, "2026-01-29")).toBe("2027-01-02");
    expect(dayOnOrAfter({ month: 1, day: 30 }, "2026-01-29")).toBe("2026-01-30");
    expect(dayOnOrAfter({ month: 3, day: 1 }, undefined)).toBeUndefined();
  });
});
