import { describe, expect, it } from "vitest";
import { CALENDAR_YEAR, isCalendarDate, parseFiscalYearEnd, labelMonths, parsePeriod, periodMonths, shiftPeriodByYears, shiftPeriodKey } from "../../src/periods/period.js";
import { loadInline } from "../helpers.js";
import { amount, article, factFiles } from "../identities/identity-fixture.js";

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

describe("spans of days", () => {
  it("reads a span whose ends are days, as a 13-week quarter is written", () => {
    const parsed = parsePeriod("2025-09-28..2025-12-27");
    expect(parsed.ok && parsed.period.key).toBe("2025-09-28..2025-12-27");
  });

  it("refuses a day that does not exist, a bare day, and a span that ends before it starts", () => {
    expect(parsePeriod("2025-02-30..2025-03-01").ok).toBe(false);
    expect(parsePeriod("2025-09-28").ok).toBe(false);
    expect(parsePeriod("2025-12-27..2025-09-28").ok).toBe(false);
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

describe("shiftPeriodByYears", () => {
  const period = (label: string, fiscalYearEnd = "12-31") => {
    const result = parsePeriod(label, parseFiscalYearEnd(fiscalYearEnd)!);
    if (!result.ok) throw new Error(result.expected);
    return result.period;
  };

  it.each([
    ["2025-Q4", -1, "2024-Q4", "2024-10-01..2024-12-31"],
    ["2025-H1", -1, "2024-H1", "2024-01-01..2024-06-30"],
    ["FY2025", -1, "FY2024", "2024-01-01..2024-12-31"],
    ["TTM:2025-12-31", -1, "TTM:2024-12-31", "2024-01-01..2024-12-31"],
    ["TTM:2025-09-30", -1, "TTM:2024-09-30", "2023-10-01..2024-09-30"],
    ["@2025-12-31", -1, "@2024-12-31", "@2024-12-31"],
    ["2025-10", -1, "2024-10", "2024-10-01..2024-10-31"],
    ["2025-02", -1, "2024-02", "2024-02-01..2024-02-29"],
    ["FY2016..FY2026", -1, "FY2015..FY2025", "2015-01-01..2025-12-31"],
    ["2025-Q1..2025-Q4", 1, "2026-Q1..2026-Q4", "2026-01-01..2026-12-31"],
    // Month-ends stay month-ends, so a leap day moves to the end of February and back.
    ["TTM:2025-02-28", -1, "TTM:2024-02-29", "2023-03-01..2024-02-29"],
    ["@2024-02-29", -1, "@2023-02-28", "@2023-02-28"],
    ["2025-Q4", 2, "2027-Q4", "2027-10-01..2027-12-31"],
  ])("%s shifted by %i year(s) is %s (%s)", (label, years, shiftedLabel, shiftedKey) => {
    const shifted = shiftPeriodByYears(period(label), years);
    expect(shifted).toMatchObject({ label: shiftedLabel, key: shiftedKey, kind: period(label).kind });
  });

  it("has nothing to shift for none", () => {
    expect(shiftPeriodByYears(period("none"), -1)).toBeUndefined();
  });

  it("resolves the shifted label under the entity's calendar when given one", () => {
    expect(shiftPeriodByYears(period("2026-Q2", "06-30"), -1, parseFiscalYearEnd("06-30"))).toMatchObject({ label: "2025-Q2", key: "2024-10-01..2024-12-31" });
    expect(shiftPeriodByYears(period("FY2025", "01-31"), -1, parseFiscalYearEnd("01-31"))).toMatchObject({ label: "FY2024", key: "2023-02-01..2024-01-31" });
  });

  // Without a calendar the days move; that must be what resolving the shifted label gives under any
  // month-end fiscal calendar, or the prior-period lookup would miss last year's figure.
  // (Not 02-28: parsePeriod itself ends that calendar's quarters on the 28th in some years and on the
  // month-end in others, so only resolving the label under it is right there.)
  it.each(["12-31", "06-30", "01-31", "09-30", "03-31"])("moving the days agrees with resolving the label, fiscal year end %s", (fiscalYearEnd) => {
    const calendar = parseFiscalYearEnd(fiscalYearEnd)!;
    const labels = ["2025-Q1", "2025-Q2", "2025-Q3", "2025-Q4", "2025-H1", "2025-H2", "FY2025", "FY2026", "2025-02", "TTM:2025-06-30", "@2025-03-31", "FY2020..FY2025", "2024-Q1", "FY2024"];
    for (const label of labels) {
      for (const years of [-1, 1]) {
        const byDays = shiftPeriodByYears(period(label, fiscalYearEnd), years);
        const byLabel = shiftPeriodByYears(period(label, fiscalYearEnd), years, calendar);
        expect(byDays?.key, `${label} ${years > 0 ? "+" : ""}${years}`).toBe(byLabel?.key);
        expect(byDays?.label).toBe(byLabel?.label);
      }
    }
  });
});

describe("52/53-week fiscal years", () => {
  const key = (label: string, end: string) => {
    const calendar = parseFiscalYearEnd(end);
    const result = parsePeriod(label, calendar);
    return result.ok ? result.period.key : result.expected;
  };

  it("ends a year on the last given weekday of its month", () => {
    // The last Saturday of September 2025 is the 27th; of 2024 the 28th.
    expect(key("FY2025", "last Saturday of 09")).toBe("2024-09-29..2025-09-27");
    expect(key("2025-Q1", "last Saturday of 09")).toBe("2024-09-29..2024-12-28");
    expect(key("2025-H1", "last Saturday of 09")).toBe("2024-09-29..2025-03-29");
    expect(key("2025-Q4", "last Saturday of 09")).toBe("2025-06-29..2025-09-27");
  });

  it("ends a year on the weekday nearest a date", () => {
    // 2025-01-31 is a Friday: the nearest Saturday is 2025-02-01; 2024-01-31 (Wednesday) → 2024-02-03.
    expect(key("FY2025", "Saturday nearest 01-31")).toBe("2024-02-04..2025-02-01");
  });

  it("gives the extra week of a 53-week year to the fourth quarter, or to the quarter named", () => {
    // The last Saturday of September: 2022-09-24, 2023-09-30, so FY2023 has 53 weeks.
    expect(key("FY2023", "last Saturday of 09")).toBe("2022-09-25..2023-09-30");
    expect(key("2023-Q4", "last Saturday of 09")).toBe("2023-06-25..2023-09-30");
    expect(key("2023-Q1", "last Saturday of 09, 53rd week in Q1")).toBe("2022-09-25..2022-12-31");
    expect(key("2023-Q2", "last Saturday of 09, 53rd week in Q1")).toBe("2023-01-01..2023-04-01");
    expect(key("2023-Q4", "last Saturday of 09, 53rd week in Q1")).toBe("2023-07-02..2023-09-30");
  });

  it("lets a calendar quarter meet the fiscal quarter that covers it on its days", () => {
    // A fiscal year ending on the last Sunday of January: Q4 FY2025 ran 2024-10-28 to 2025-01-26.
    expect(key("2025-Q4", "last Sunday of 01")).toBe("2024-10-28..2025-01-26");
  });

  it("rejects weekdays and months that do not exist", () => {
    expect(parseFiscalYearEnd("last Someday of 09")).toBeUndefined();
    expect(parseFiscalYearEnd("last Sunday of 13")).toBeUndefined();
    expect(parseFiscalYearEnd("12-31, 53rd week in Q1")).toBeUndefined();
  });
});

describe("shiftPeriodKey", () => {
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
    expect(shiftPeriodKey(key, months)).toBe(expected);
  });

  it("matches the keys of the shifted labels", () => {
    const [q4, fy] = loadInline(
      factFiles(article("wire-a", [amount("total", "revenue", "2,133"), amount("total", "revenue", "7,169", { period: "FY2025" })], { entity: "WMT" })),
    ).facts.map((fact) => fact.period.key);
    // Walmart's 2025-Q4 is Nov 2024–Jan 2025, the last quarter of FY2025 (Feb 2024–Jan 2025).
    expect(q4).toBe("2024-11-01..2025-01-31");
    expect(fy).toBe("2024-02-01..2025-01-31");
    expect(shiftPeriodKey(q4!, -9)?.split("..")[0]).toBe(fy!.split("..")[0]);
  });
});

describe("periodMonths", () => {
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
    expect(periodMonths(key)).toBe(months);
  });
});

describe("labelMonths", () => {
  const cases: [label: string | undefined, months: number | undefined][] = [
    ["2025-Q4", 3],
    ["2025-Q1..2025-Q2", 6],
    ["2025-H1", 6],
    ["FY2025", 12],
    ["2025-10", 1],
    ["@2025-12-31", undefined],
    ["not a period", undefined],
    [undefined, undefined],
  ];
  it.each(cases.map(([label, months]) => ({ label, months })))("$label → $months", ({ label, months }) => {
    expect(labelMonths(label)).toBe(months);
  });
});
