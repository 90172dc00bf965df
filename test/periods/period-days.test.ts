// The period value: a key's days read back, instants and spans, the months a span covers, its days
// moved by months, quarters and years (month-ends kept), and spans joined, including the periods of
// 52/53-week fiscal years, whose quarters do not end on month-ends.
import { describe, expect, it } from "vitest";
import { dayNumber, weekdayOf } from "../../src/periods/days.js";
import { PeriodDays } from "../../src/periods/period-days.js";
import { parseFiscalYearEnd, parsePeriod } from "../../src/periods/period.js";
import { loadInline } from "../helpers.js";
import { amount, article, factFiles } from "../identities/identity-fixture.js";

const days = (key: string): PeriodDays => {
  const value = PeriodDays.fromKey(key);
  if (!value) throw new Error(`not a key: ${key}`);
  return value;
};

/** The days of a label under a fiscal year end as the taxonomy writes it. */
const daysOf = (label: string, fiscalYearEnd: string): PeriodDays => {
  const parsed = parsePeriod(label, parseFiscalYearEnd(fiscalYearEnd)!);
  if (!parsed.ok) throw new Error(parsed.expected);
  return days(parsed.period.key);
};

describe("PeriodDays.fromKey", () => {
  it("reads an instant: one day, its key written back as it was", () => {
    const instant = days("@2025-12-31");
    expect(instant).toMatchObject({ first: "2025-12-31", last: "2025-12-31", instant: true, key: "@2025-12-31" });
    expect(instant.months).toBeUndefined();
  });

  it("reads a span: its first and last day, its key written back as it was", () => {
    const span = days("2025-10-01..2025-12-31");
    expect(span).toMatchObject({ first: "2025-10-01", last: "2025-12-31", instant: false, key: "2025-10-01..2025-12-31" });
  });

  it("reads the key of every kind of label back to the same key", () => {
    for (const label of ["2025-Q4", "2025-H1", "FY2025", "2025-10", "TTM:2025-09-30", "@2024-02-29", "FY2016..FY2026", "2025-09-28..2025-12-27"]) {
      const parsed = parsePeriod(label);
      expect(parsed.ok && PeriodDays.fromKey(parsed.period.key)?.key).toBe(parsed.ok && parsed.period.key);
    }
  });

  it("has no value for `none`, a label, or text that is not a key", () => {
    for (const text of ["none", "FY2025", "2025-Q4", "", "@", "@2025", "..2025-12-31", "2025-10-01..", "2025-10-01..x"]) expect(PeriodDays.fromKey(text)).toBeUndefined();
  });

  it("cannot be changed by whoever holds it", () => {
    const span = days("2025-10-01..2025-12-31");
    expect(Object.isFrozen(span)).toBe(true);
    expect(() => {
      (span as { first: string }).first = "2025-01-01";
    }).toThrow(TypeError);
  });
});

describe("PeriodDays.shiftMonths", () => {
  const cases: [name: string, key: string, months: number, expected: string | undefined][] = [
    ["a quarter a year earlier", "2025-10-01..2025-12-31", -12, "2024-10-01..2024-12-31"],
    ["a quarter a quarter earlier (Sep has 30 days)", "2025-10-01..2025-12-31", -3, "2025-07-01..2025-09-30"],
    ["Q1 a quarter earlier, across the year", "2025-01-01..2025-03-31", -3, "2024-10-01..2024-12-31"],
    ["Q3 a quarter earlier (Jun 30 end)", "2025-07-01..2025-09-30", -3, "2025-04-01..2025-06-30"],
    ["a quarter forward nine months", "2025-01-01..2025-03-31", 9, "2025-10-01..2025-12-31"],
    ["a calendar year", "2025-01-01..2025-12-31", -12, "2024-01-01..2024-12-31"],
    ["Microsoft's fiscal year (ends 06-30)", "2024-07-01..2025-06-30", -12, "2023-07-01..2024-06-30"],
    ["Walmart's fiscal year (ends 01-31)", "2025-02-01..2026-01-31", -12, "2024-02-01..2025-01-31"],
    ["Walmart's fiscal Q4 (Nov–Jan)", "2025-11-01..2026-01-31", -12, "2024-11-01..2025-01-31"],
    ["TTM:2025-12-31", "2025-01-01..2025-12-31", -12, "2024-01-01..2024-12-31"],
    ["TTM:2025-09-30 a quarter earlier", "2024-10-01..2025-09-30", -3, "2024-07-01..2025-06-30"],
    ["TTM:2025-02-28 a year earlier is TTM:2024-02-29", "2024-03-01..2025-02-28", -12, "2023-03-01..2024-02-29"],
    ["a month", "2025-10-01..2025-10-31", -12, "2024-10-01..2024-10-31"],
    ["a ten-year span", "2016-01-01..2026-12-31", -120, "2006-01-01..2016-12-31"],
    ["an instant", "@2025-12-31", -12, "@2024-12-31"],
    ["a mid-month instant", "@2025-06-15", -12, "@2024-06-15"],
    ["a month-end instant stays a month-end", "@2025-06-30", 1, "@2025-07-31"],
    ["an instant on Feb 29 → Feb 28", "@2024-02-29", -12, "@2023-02-28"],
    ["an instant on Feb 28 → Feb 29 in a leap year (a month-end)", "@2023-02-28", 12, "@2024-02-29"],
    ["a period ending Feb 29 → Feb 28", "2023-12-01..2024-02-29", -12, "2022-12-01..2023-02-28"],
    ["a period ending Feb 28 → Feb 29", "2022-12-01..2023-02-28", 12, "2023-12-01..2024-02-29"],
    ["a period ending Jan 31, a month earlier", "2026-01-01..2026-01-31", -1, "2025-12-01..2025-12-31"],
    ["a period ending Mar 31 → Feb 29", "2024-03-01..2024-03-31", -1, "2024-02-01..2024-02-29"],
    ["a mid-month start is clamped, not moved to a month-end", "2024-01-30..2024-03-31", 1, "2024-02-29..2024-04-30"],
    ["no shift", "2025-10-01..2025-12-31", 0, "2025-10-01..2025-12-31"],
    ["none", "none", -12, undefined],
    ["not a key", "FY2025", -12, undefined],
    ["a malformed date", "2025-10-01..2025-12", -12, undefined],
  ];
  it.each(cases.map(([name, key, months, expected]) => ({ name, key, months, expected })))("$name: $key by $months → $expected", ({ key, months, expected }) => {
    expect(PeriodDays.fromKey(key)?.shiftMonths(months)?.key).toBe(expected);
  });

  it("matches the keys of the shifted labels", () => {
    const [q4, fy] = loadInline(
      factFiles(article("wire-a", [amount("total", "revenue", "2,133"), amount("total", "revenue", "7,169", { period: "FY2025" })], { entity: "WMT" })),
    ).facts.map((fact) => fact.period.key);
    // Walmart's 2025-Q4 is Nov 2024–Jan 2025, the last quarter of FY2025 (Feb 2024–Jan 2025).
    expect(q4).toBe("2024-11-01..2025-01-31");
    expect(fy).toBe("2024-02-01..2025-01-31");
    expect(PeriodDays.fromKey(q4!)?.shiftQuarters(-3)?.first).toBe(PeriodDays.fromKey(fy!)?.first);
  });
});

describe("PeriodDays.months", () => {
  const cases: [key: string, months: number | undefined][] = [
    ["2025-10-01..2025-12-31", 3],
    ["2025-11-01..2026-01-31", 3],
    ["2025-01-01..2025-06-30", 6],
    ["2025-01-01..2025-12-31", 12],
    ["2025-02-01..2026-01-31", 12],
    ["2025-10-01..2025-10-31", 1],
    ["2016-01-01..2026-12-31", 132],
    ["@2025-12-31", undefined],
    ["none", undefined],
  ];
  it.each(cases.map(([key, months]) => ({ key, months })))("$key → $months", ({ key, months }) => {
    expect(PeriodDays.fromKey(key)?.months).toBe(months);
  });
});

describe("PeriodDays.shiftQuarters and shiftYears", () => {
  it("moves a quarter by quarters as by three months each, across years", () => {
    expect(days("2025-01-01..2025-03-31").shiftQuarters(-1)?.key).toBe("2024-10-01..2024-12-31");
    expect(days("2025-10-01..2025-12-31").shiftQuarters(2)?.key).toBe("2026-04-01..2026-06-30");
    expect(days("@2025-09-30").shiftQuarters(1)?.key).toBe("@2025-12-31");
  });

  it("moves by years keeping month-ends, Feb 29 included", () => {
    expect(days("@2024-02-29").shiftYears(1)?.key).toBe("@2025-02-28");
    expect(days("@2023-02-28").shiftYears(1)?.key).toBe("@2024-02-29");
    expect(days("2024-03-01..2025-02-28").shiftYears(-1)?.key).toBe("2023-03-01..2024-02-29");
    expect(days("2024-01-01..2024-12-31").shiftYears(-2)?.key).toBe("2022-01-01..2022-12-31");
  });

  it("starts a span moved by years the day after its day before moved, where moving by months would clamp the start", () => {
    // 2024-02-29 is the day after 02-28: a year before, the day after 02-28 is 03-01.
    const span = days("2024-02-29..2024-05-28");
    expect(span.shiftYears(-1)?.key).toBe("2023-03-01..2023-05-28");
    expect(span.shiftMonths(-12)?.key).toBe("2023-02-28..2023-05-28");
  });

  it("has no shifted value when a day is not written YYYY-MM-DD", () => {
    const cut = days("9999-10-01..+010000-01");
    expect(cut.months).toBe(4);
    expect(cut.shiftMonths(-12)).toBeUndefined();
    expect(cut.shiftYears(-1)).toBeUndefined();
  });
});

describe("PeriodDays.through", () => {
  it("spans from one period's first day to another's last", () => {
    expect(days("2025-01-01..2025-03-31").through(days("2025-10-01..2025-12-31")).key).toBe("2025-01-01..2025-12-31");
    expect(days("2025-01-01..2025-03-31").through(days("2025-10-01..2025-12-31")).months).toBe(12);
    expect(days("@2025-03-31").through(days("@2025-06-30")).key).toBe("2025-03-31..2025-06-30");
  });

  it("joins a 52/53-week year's first and fourth quarter into the year", () => {
    const calendar = "last Saturday of 09";
    expect(daysOf("2023-Q1", calendar).through(daysOf("2023-Q4", calendar)).key).toBe(daysOf("FY2023", calendar).key);
  });
});

describe("periods of 52/53-week fiscal years as values", () => {
  const lastSaturdayOfSeptember = "last Saturday of 09";
  const saturdayNearestJanuary31 = "Saturday nearest 01-31";

  it("ends every quarter of a year ending the last Saturday of September on a Saturday, thirteen weeks long", () => {
    for (let quarter = 1; quarter <= 4; quarter++) {
      const value = daysOf(`2025-Q${quarter}`, lastSaturdayOfSeptember);
      expect(weekdayOf(value.last)).toBe(6);
      expect(dayNumber(value.last) - dayNumber(value.first) + 1).toBe(91);
    }
    expect(daysOf("2025-Q1", lastSaturdayOfSeptember).key).toBe("2024-09-29..2024-12-28");
  });

  it("counts the calendar months a week quarter touches, not its thirteen weeks", () => {
    // 2024-09-29..2024-12-28 starts in September: four months by the calendar.
    expect(daysOf("2025-Q1", lastSaturdayOfSeptember).months).toBe(4);
  });

  it("moves a week quarter by calendar months, which is not the next fiscal quarter: that is the label's business", () => {
    const first = daysOf("2025-Q1", lastSaturdayOfSeptember);
    expect(first.shiftQuarters(1)?.key).toBe("2024-12-29..2025-03-28");
    expect(daysOf("2025-Q2", lastSaturdayOfSeptember).key).toBe("2024-12-29..2025-03-29");
  });

  it("gives a year ending the Saturday nearest 01-31 its 53rd week in the long fourth quarter", () => {
    // 2024-01-31 is a Wednesday: the nearest Saturday is 2024-02-03, four days on; 2023-01-31 (Tuesday) → 2023-01-28.
    const year = daysOf("FY2024", saturdayNearestJanuary31);
    expect(year.key).toBe("2023-01-29..2024-02-03");
    expect(dayNumber(year.last) - dayNumber(year.first) + 1).toBe(53 * 7);
    const fourth = daysOf("2024-Q4", saturdayNearestJanuary31);
    expect(fourth.key).toBe("2023-10-29..2024-02-03");
    expect(dayNumber(fourth.last) - dayNumber(fourth.first) + 1).toBe(14 * 7);
    expect(daysOf("2024-Q1", saturdayNearestJanuary31).through(fourth).key).toBe(year.key);
  });

  it("gives the 53rd week to the quarter the calendar names instead", () => {
    const calendar = `${saturdayNearestJanuary31}, 53rd week in Q1`;
    const first = daysOf("2024-Q1", calendar);
    expect(first.key).toBe("2023-01-29..2023-05-06");
    expect(dayNumber(first.last) - dayNumber(first.first) + 1).toBe(14 * 7);
    expect(daysOf("2024-Q4", calendar).key).toBe("2023-11-05..2024-02-03");
  });

  it("keeps a 52-week year 364 days", () => {
    const year = daysOf("FY2023", saturdayNearestJanuary31);
    expect(year.key).toBe("2022-01-30..2023-01-28");
    expect(dayNumber(year.last) - dayNumber(year.first) + 1).toBe(364);
  });
});
