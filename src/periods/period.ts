// Period labels (2025-Q4, FY2025, TTM:2025-12-31, @2025-12-31, FY2016..FY2026, ...) resolved to the
// days they cover under an entity's fiscal calendar. Facts match on those days, not on the label, so
// "FY2025" and "TTM:2025-12-31" are the same period for a calendar-year company.
import type { Period } from "../model/types.js";
import { dayNumber, daysInMonth, isRealDay, monthsLater } from "./days.js";
import { PeriodDays } from "./period-days.js";

/**
 * How an entity's fiscal year ends. A month-end calendar names the last month and day
 * (`{ month: 6, day: 30 }` for Microsoft). A 52/53-week calendar ends on a weekday instead: the last
 * one of the month (Apple: the last Saturday of September) or the one nearest a date; its quarters
 * are 13 weeks each, the fourth taking the 53rd week when there is one, and its halves 26 weeks.
 */
export interface FiscalCalendar {
  month: number;
  day: number;
  /** 0 = Sunday … 6 = Saturday, for a 52/53-week year. */
  weekday?: number;
  /** `last`: the last such weekday of the month; `nearest`: the one nearest the month and day. */
  rule?: "last" | "nearest";
  /** The quarter (1–4) that takes the 53rd week of a 53-week year; the fourth unless the taxonomy says otherwise. */
  longQuarter?: number;
}

const WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];

export const CALENDAR_YEAR: FiscalCalendar = { month: 12, day: 31 };

type PeriodResult = { ok: true; period: Period } | { ok: false; expected: string };

const EXPECTED =
  "a period such as 2025-Q4, 2025-H1, FY2025, 2025-10, TTM:2025-12-31, @2025-12-31, FY2016..FY2026, 2025-09-28..2025-12-27 or none";

interface Range {
  start: Date;
  end: Date;
  kind: Period["kind"];
}

const QUARTER = /^(\d{4})-Q(\d)$/;
const HALF = /^(\d{4})-H(\d)$/;
const FISCAL_YEAR = /^FY(\d{4})$/;
const MONTH = /^(\d{4})-(\d{2})$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Parses a fiscal year end: `MM-DD` (`12-31`), `last <weekday> of MM` (`last Sunday of 09`) or
 * `<weekday> nearest MM-DD` (`Saturday nearest 01-31`); a week calendar may add `, 53rd week in Q1`.
 */
export function parseFiscalYearEnd(text: string): FiscalCalendar | undefined {
  const long = /^(.*), 53rd week in Q([1-4])$/.exec(text);
  if (long) {
    const calendar = parseFiscalYearEnd(long[1]!);
    return calendar?.weekday === undefined ? undefined : { ...calendar, longQuarter: Number(long[2]) };
  }
  const last = /^last ([A-Za-z]+) of (\d{2})$/.exec(text);
  if (last) {
    const weekday = WEEKDAYS.indexOf(last[1]!.toLowerCase());
    const month = Number(last[2]);
    if (weekday < 0 || month < 1 || month > 12) return undefined;
    return { month, day: daysInMonth(2001, month), weekday, rule: "last" };
  }
  const nearest = /^([A-Za-z]+) nearest (\d{2}-\d{2})$/.exec(text);
  if (nearest) {
    const weekday = WEEKDAYS.indexOf(nearest[1]!.toLowerCase());
    const date = parseFiscalYearEnd(nearest[2]!);
    if (weekday < 0 || !date) return undefined;
    return { ...date, weekday, rule: "nearest" };
  }
  const match = /^(\d{2})-(\d{2})$/.exec(text);
  if (!match) return undefined;
  const month = Number(match[1]);
  const day = Number(match[2]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(2001, month)) return undefined;
  return { month, day };
}

/**
 * Resolves a period label; `expected` says what a valid label looks like when it is not one. Nothing
 * is remembered here: a caller that asks for the same labels again and again keeps the answers for
 * its own run (the loader resolves each combination of key fields once per load).
 */
export function parsePeriod(label: string, calendar: FiscalCalendar = CALENDAR_YEAR): PeriodResult {
  return resolvePeriod(label, calendar);
}

/** parsePeriod, or the same remembered for one run (see periodReader). */
export type ReadPeriod = (label: string, calendar?: FiscalCalendar) => PeriodResult;

/**
 * parsePeriod that remembers its answers, for one run: an extraction asks for the same few labels
 * under the same calendars for every figure of a text. Whoever starts the run makes one and drops it
 * with the run, so two runs share nothing, and labels a text wrote are not kept after it.
 */
export function periodReader(): ReadPeriod {
  const byCalendar = new Map<FiscalCalendar, Map<string, PeriodResult>>();
  return (label, calendar = CALENDAR_YEAR) => {
    let known = byCalendar.get(calendar);
    if (!known) byCalendar.set(calendar, (known = new Map()));
    let result = known.get(label);
    if (!result) known.set(label, (result = resolvePeriod(label, calendar)));
    return result;
  };
}

/** Whether two labels name the same days under a calendar ("2025-Q3" and "2025-07..2025-09"). */
export function sameDays(a: string, b: string, calendar?: FiscalCalendar, read: ReadPeriod = parsePeriod): boolean {
  if (a === b) return true;
  const first = read(a, calendar);
  const second = read(b, calendar);
  return first.ok && second.ok && first.period.key === second.period.key;
}

/**
 * A number for a period key, worked out from its days alone: a key's first and last day and whether it
 * is an instant, so the same key has the same number in every load and every run, and numbering keys
 * needs no table that grows with the facts. At most 2^47, well inside a double's exact integers.
 * (It reads the key's text itself rather than making a PeriodDays: the loader numbers every fact's key.)
 */
export function periodId(key: string): number {
  if (key === "none") return 0;
  const spanAt = key.indexOf("..");
  const first = dayNumber(spanAt < 0 ? key.slice(1) : key.slice(0, spanAt));
  const last = spanAt < 0 ? first : dayNumber(key.slice(spanAt + 2));
  return (first * 2 ** 23 + last) * 2 + (spanAt < 0 ? 1 : 0);
}

function resolvePeriod(label: string, calendar: FiscalCalendar): PeriodResult {
  if (label === "none") return { ok: true, period: { label, kind: "none", key: "none" } };
  if (label.startsWith("@")) {
    const date = parseDate(label.slice(1));
    if (!date) return { ok: false, expected: "an instant @YYYY-MM-DD with a real date, e.g. @2025-12-31" };
    const iso = isoDate(date);
    return { ok: true, period: { label, kind: "instant", start: iso, end: iso, key: `@${iso}` } };
  }
  const range = parseRange(label, calendar);
  if ("expected" in range) return { ok: false, expected: range.expected };
  const start = isoDate(range.start);
  const end = isoDate(range.end);
  return { ok: true, period: { label, kind: range.kind, start, end, key: `${start}..${end}` } };
}

function parseRange(label: string, calendar: FiscalCalendar): Range | { expected: string } {
  const spanAt = label.indexOf("..");
  if (spanAt >= 0) {
    // (A span's ends may be days: "2025-09-28..2025-12-27", a 13-week quarter of a company whose
    // calendar the taxonomy does not hold.)
    const first = spanEnd(label.slice(0, spanAt), calendar);
    const last = spanEnd(label.slice(spanAt + 2), calendar);
    if ("expected" in first) return first;
    if ("expected" in last) return last;
    if (first.start > last.end) return { expected: "a span whose first period starts before its last one ends" };
    return { start: first.start, end: last.end, kind: "span" };
  }
  if (label.startsWith("TTM:")) {
    const end = parseDate(label.slice(4));
    if (!end) return { expected: "TTM:YYYY-MM-DD with a real date, the last day of the twelve months" };
    return { start: addDays(addMonthsClamped(end, -12), 1), end, kind: "ttm" };
  }
  let match = QUARTER.exec(label);
  if (match) {
    const quarter = Number(match[2]);
    if (quarter < 1 || quarter > 4) return { expected: `a quarter Q1 to Q4, not Q${quarter}` };
    return fiscalMonths(Number(match[1]), calendar, (quarter - 1) * 3, 3, "quarter");
  }
  match = HALF.exec(label);
  if (match) {
    const half = Number(match[2]);
    if (half < 1 || half > 2) return { expected: `a half H1 or H2, not H${half}` };
    return fiscalMonths(Number(match[1]), calendar, (half - 1) * 6, 6, "half");
  }
  match = FISCAL_YEAR.exec(label);
  if (match) return fiscalMonths(Number(match[1]), calendar, 0, 12, "fiscal_year");
  match = MONTH.exec(label);
  if (match) {
    const year = Number(match[1]);
    const month = Number(match[2]);
    if (month < 1 || month > 12) return { expected: `a month 01 to 12, not ${match[2]}` };
    return { start: utc(year, month, 1), end: utc(year, month, daysInMonth(year, month)), kind: "month" };
  }
  return { expected: EXPECTED };
}

/** One end of a span: a day (YYYY-MM-DD), or any period a label may name. */
function spanEnd(label: string, calendar: FiscalCalendar): Range | { expected: string } {
  if (!DAY.test(label)) return parseRange(label, calendar);
  const day = parseDate(label);
  return day ? { start: day, end: day, kind: "span" } : { expected: "a real date YYYY-MM-DD at either end of a span of days" };
}
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Months [offset, offset + length) of fiscal year `year`, which ends on the calendar's month and day
 * of that year (Walmart's FY2025 ends 2025-01-31; Microsoft's FY2025 ends 2025-06-30).
 */
function fiscalMonths(
  year: number,
  calendar: FiscalCalendar,
  offset: number,
  length: number,
  kind: Period["kind"],
): Range {
  if (calendar.weekday !== undefined) return fiscalWeeks(year, calendar, offset, length, kind);
  const yearEnd = utc(year, calendar.month, calendar.day);
  const yearStart = addDays(addMonthsClamped(yearEnd, -12), 1);
  const start = offset === 0 ? yearStart : addDays(addMonthsClamped(yearEnd, offset - 12), 1);
  const end = addMonthsClamped(yearEnd, offset + length - 12);
  return { start, end, kind };
}

/**
 * The same months of a 52/53-week year: a quarter is 13 weeks, and in a 53-week year the long quarter
 * (the fourth unless the calendar names another) takes the extra week; a half is two quarters, the
 * year runs from the day after the previous year's end to its own.
 */
function fiscalWeeks(year: number, calendar: FiscalCalendar, offset: number, length: number, kind: Period["kind"]): Range {
  const yearStart = addDays(weekYearEnd(year - 1, calendar), 1);
  const yearEnd = weekYearEnd(year, calendar);
  const weeks = Math.round((yearEnd.getTime() - yearStart.getTime()) / 86_400_000 + 1) / 7;
  const long = calendar.longQuarter ?? 4;
  /** Weeks from the year's start to the start of quarter index `q` (0-based; 4 is the year's end). */
  const weeksBefore = (q: number) => q * 13 + (weeks > 52 && long <= q ? 1 : 0);
  const first = offset / 3;
  const end = first + length / 3;
  return { start: addDays(yearStart, weeksBefore(first) * 7), end: end >= 4 ? yearEnd : addDays(yearStart, weeksBefore(end) * 7 - 1), kind };
}

/** The last day of a 52/53-week fiscal year that ends in `year`. */
function weekYearEnd(year: number, calendar: FiscalCalendar): Date {
  const anchor = utc(year, calendar.month, calendar.day);
  const weekday = calendar.weekday!;
  const back = (anchor.getUTCDay() - weekday + 7) % 7;
  if (calendar.rule === "nearest" && back > 3) return addDays(anchor, 7 - back);
  return addDays(anchor, -back);
}

/**
 * The same period `years` years later (earlier when negative), for looking up last year's figure:
 * 2025-Q4 → 2024-Q4, 2025-H1 → 2024-H1, FY2025 → FY2024, 2025-10 → 2024-10, TTM:2025-12-31 →
 * TTM:2024-12-31, @2025-12-31 → @2024-12-31, FY2016..FY2026 → FY2015..FY2025. Dates keep month-ends
 * (TTM:2025-02-28 → TTM:2024-02-29). Undefined for `none` or a label that does not parse.
 *
 * With the entity's `calendar` the shifted label is resolved under it. Without one the days themselves
 * move by whole years, keeping month-ends, which is what resolving the shifted label gives under any
 * month-end fiscal calendar (12-31, 06-30, 01-31, ...): callers that only have the period can use it.
 */
export function shiftPeriodByYears(period: Period, years: number, calendar?: FiscalCalendar): Period | undefined {
  if (period.kind === "none" || period.start === undefined || period.end === undefined) return undefined;
  const label = shiftLabel(period.label, years);
  if (label === undefined) return undefined;
  if (calendar) {
    const result = parsePeriod(label, calendar);
    return result.ok ? result.period : undefined;
  }
  const days = PeriodDays.fromKey(period.key)?.shiftYears(years);
  return days && { label, kind: period.kind, start: days.first, end: days.last, key: days.key };
}

/** A period label with its years moved; undefined when the label is not one concord writes. */
export function shiftLabel(label: string, years: number): string | undefined {
  const spanAt = label.indexOf("..");
  if (spanAt >= 0) {
    const first = shiftLabel(label.slice(0, spanAt), years);
    const last = shiftLabel(label.slice(spanAt + 2), years);
    return first !== undefined && last !== undefined ? `${first}..${last}` : undefined;
  }
  const shiftDate = (text: string) => {
    const date = parseDate(text);
    return date ? isoDate(addMonthsClamped(date, years * 12)) : undefined;
  };
  if (label.startsWith("TTM:")) {
    const date = shiftDate(label.slice(4));
    return date === undefined ? undefined : `TTM:${date}`;
  }
  if (label.startsWith("@")) {
    const date = shiftDate(label.slice(1));
    return date === undefined ? undefined : `@${date}`;
  }
  const year = (text: string) => String(Number(text) + years).padStart(4, "0");
  let match = QUARTER.exec(label) ?? HALF.exec(label) ?? MONTH.exec(label);
  if (match) return `${year(match[1]!)}${label.slice(4)}`;
  match = FISCAL_YEAR.exec(label);
  if (match) return `FY${year(match[1]!)}`;
  return undefined;
}

function parseDate(text: string): Date | undefined {
  const match = DATE.exec(text);
  if (!match) return undefined;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (!isRealDay(year, month, day)) return undefined;
  return utc(year, month, day);
}

function utc(year: number, month: number, day: number): Date {
  return new Date(Date.UTC(year, month - 1, day));
}

function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * 86_400_000);
}

/** Moves by whole months, keeping month-ends at month-ends (see monthsLater). */
function addMonthsClamped(date: Date, months: number): Date {
  const moved = monthsLater(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate(), months, true);
  return utc(moved.year, moved.month, moved.day);
}

function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

// Label builders: the extractor writes the labels it resolves through these, so a label's spelling
// (unpadded years as given, two-digit months, `..` between a span's ends) is decided here, where it is read.

/** Quarter `quarter` of year `year`: 2025-Q3. The quarter is written as given (a cue that names no quarter writes Q0, which does not parse). */
export function quarterLabel(year: number, quarter: number): string {
  return `${year}-Q${quarter}`;
}

/** The quarter `quarters` quarters after quarter `quarter` of `year` (before, when negative): 2025, 4, 1 → 2026-Q1. */
export function quarterLabelAfter(year: number, quarter: number, quarters: number): string {
  const index = year * 4 + (quarter - 1) + quarters;
  return quarterLabel(Math.floor(index / 4), (index % 4) + 1);
}

/** Half `half` of year `year`: 2025-H1. */
export function halfLabel(year: number, half: number): string {
  return `${year}-H${half}`;
}

/** Fiscal year `year`, by the calendar year it ends in: FY2025. */
export function fiscalYearLabel(year: number): string {
  return `FY${year}`;
}

/** Month `month` of year `year`: 2025-07. The month is written as given. */
export function monthLabel(year: number, month: number): string {
  return `${year}-${String(month).padStart(2, "0")}`;
}

/** The month `months` months after month `month` of `year` (before, when negative): 2025, 11, 3 → 2026-02. */
export function monthLabelAfter(year: number, month: number, months: number): string {
  const index = year * 12 + (month - 1) + months;
  return monthLabel(Math.floor(index / 12), (index % 12) + 1);
}

/** The instant a YYYY-MM-DD day names: @2025-12-31. */
export function instantLabel(day: string): string {
  return `@${day}`;
}

/** The span from the first label's period to the last one's: 2025-Q1..2025-Q3, FY2016..FY2026, 2025-07..2025-09, 2025-09-28..2025-12-27. */
export function spanLabel(first: string, last: string): string {
  return `${first}..${last}`;
}

/** Whether a label is a span of two periods (FY2016..FY2026, 2025-07..2025-09) rather than one period. */
export function isSpanLabel(label: string): boolean {
  return label.includes("..");
}

/** Quarters `first` to `last` of fiscal year `year` as one label: the year for all four, the quarter for one, else their span. */
export function quartersLabel(year: number, first: number, last: number): string {
  if (first === 1 && last === 4) return fiscalYearLabel(year);
  return first === last ? quarterLabel(year, first) : spanLabel(quarterLabel(year, first), quarterLabel(year, last));
}

/** The months a label written as a span of months covers (2025-05..2025-10 → 6); undefined for any other label. */
export function monthSpanMonths(label: string): number | undefined {
  const months = /^(\d{4})-(\d{2})\.\.(\d{4})-(\d{2})$/.exec(label);
  return months === null ? undefined : Number(months[3]) * 12 + Number(months[4]) - (Number(months[1]) * 12 + Number(months[2])) + 1;
}

/** The year and quarter of a quarter's label (2025-Q3 → 2025, 3); undefined for any other label. */
export function quarterOfLabel(label: string): { year: number; quarter: number } | undefined {
  const quarter = QUARTER.exec(label);
  return quarter === null ? undefined : { year: Number(quarter[1]), quarter: Number(quarter[2]) };
}

/** The year of a fiscal year's label (FY2025 → 2025); undefined for any other label. */
export function yearOfFiscalYearLabel(label: string): number | undefined {
  const year = FISCAL_YEAR.exec(label);
  return year === null ? undefined : Number(year[1]);
}

/** Whole months a period label covers (2025-Q4 → 3, 2025-H1 → 6), or undefined for instants and labels that do not parse. */
export function labelMonths(label: string | undefined, calendar?: FiscalCalendar): number | undefined {
  if (label === undefined) return undefined;
  const parsed = parsePeriod(label, calendar);
  return parsed.ok ? PeriodDays.fromKey(parsed.period.key)?.months : undefined;
}
