// Calendar days written YYYY-MM-DD: how long a month is, whether a day is real, a day's number, its
// weekday, and days added to it. Every module that needs such a fact about a day asks here, so the
// calendar's rules (leap years, month lengths) are written once.

const DAY_MS = 86_400_000;
const pad = (n: number): string => String(n).padStart(2, "0");

/** The number of days in a month (1–12) of a year. */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Whether a year, month (1–12) and day name a real day (2025-02-30 does not). */
export function isRealDay(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/**
 * A day moved by whole months: the same day of the target month, or that month's last when it has fewer
 * days; with `keepMonthEnd`, a month's last day stays the last day of its month (Jan 31 − 1 month → Dec
 * 31, Feb 28 + 12 → Feb 28 of a leap year is Feb 29). The one place month arithmetic on days is done.
 */
export function monthsLater(year: number, month: number, day: number, months: number, keepMonthEnd: boolean): { year: number; month: number; day: number } {
  const total = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(total / 12);
  const targetMonth = (total % 12) + 1;
  const lastDay = daysInMonth(targetYear, targetMonth);
  const wasMonthEnd = day === daysInMonth(year, month);
  return { year: targetYear, month: targetMonth, day: keepMonthEnd && wasMonthEnd ? lastDay : Math.min(day, lastDay) };
}

/** Whether `text` is a real calendar date written YYYY-MM-DD (2025-02-30 is not). */
export function isCalendarDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  return match !== null && isRealDay(Number(match[1]), Number(match[2]), Number(match[3]));
}

/** The last day of a month (1–12), written YYYY-MM-DD. */
export function lastDayOfMonth(year: number, month: number): string {
  return `${String(year).padStart(4, "0")}-${pad(month)}-${pad(daysInMonth(year, month))}`;
}

/** Days are numbered from 1970-01-01 plus this, so every date a label can name (years 0000–9999, moved by a few years) counts from 1. */
const DAY_OFFSET = 2 ** 22;

/**
 * A day as a number, from 1, one apart for days one apart: gaps and overlaps of periods are counted in
 * these. Keys write dates YYYY-MM-DD; the few days a label of year 0000 or 9999 reaches beyond those
 * years are cut to ±YYYYYY-MM (as toISOString writes them), read as the month's first day.
 */
export function dayNumber(iso: string): number {
  const match = /^([+-]\d{6}|\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(iso);
  const day = match ? new Date(0).setUTCFullYear(Number(match[1]), Number(match[2]) - 1, Number(match[3] ?? 1)) / DAY_MS + DAY_OFFSET : Number.NaN;
  if (!(day >= 1 && day < 2 ** 23)) throw new Error(`not a date of a period key: ${iso}`);
  return day;
}

/** The day `days` days after (before, when negative) a YYYY-MM-DD day. */
export function addDays(iso: string, days: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** A YYYY-MM-DD day's weekday: 0 = Sunday … 6 = Saturday. */
export function weekdayOf(iso: string): number {
  return new Date(`${iso}T00:00:00Z`).getUTCDay();
}
