// A 52/53-week fiscal year told by the day a quarter ended. Companies whose year ends on a weekday
// ("the last Saturday of June", "the Sunday nearest September 30") end every quarter on that weekday,
// thirteen weeks apart, so a quarter that "ended Dec. 27" is not the calendar quarter to December 31:
// the day, the quarter's number and the month the year ends in tell the whole calendar, in the
// taxonomy's own words for it, and periods then resolve to the company's own days.
import { daysInMonth, weekdayOf } from "../periods/days.js";
import { parseFiscalYearEnd, parsePeriod, quarterLabel } from "../periods/period.js";

/** A month or a day of the month in two digits. */
const pad = (n: number): string => String(n).padStart(2, "0");

const WEEKDAY_NAMES = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
/** How far from its month's end a quarter of a 52/53-week year may end: a week before, or a few days into the next month. */
const DAYS_BEFORE_MONTH_END = 7;
const DAYS_INTO_NEXT_MONTH = 6;

/**
 * The fiscal year end (as the taxonomy writes it: "last Saturday of 06", "Sunday nearest 09-30") of a
 * company whose quarter `quarter` (1–4; 2 for a half, 4 for the year) ended on `day` (YYYY-MM-DD), in a
 * year that ends in month `yearEndMonth`. Undefined when the day is a month's last (a calendar-month
 * year) or too far from one, or when no weekday rule ends that quarter on that very day.
 */
export function weekYearEndTold(quarter: number, day: string, yearEndMonth: number): string | undefined {
  const [year, month, date] = day.split("-").map(Number) as [number, number, number];
  const monthDays = daysInMonth(year, month);
  if (date === monthDays) return undefined;
  const nearEnd = date > monthDays - DAYS_BEFORE_MONTH_END || date <= DAYS_INTO_NEXT_MONTH;
  if (!nearEnd) return undefined;
  const weekday = WEEKDAY_NAMES[weekdayOf(day)]!;
  const candidates = [`last ${weekday} of ${pad(yearEndMonth)}`, `${weekday} nearest ${pad(yearEndMonth)}-${pad(daysInMonth(2001, yearEndMonth))}`];
  for (const candidate of candidates) {
    const calendar = parseFiscalYearEnd(candidate);
    if (!calendar) continue;
    // (The fiscal year the quarter belongs to ends in the day's year or the next.)
    for (const fiscalYear of [year, year + 1]) {
      const read = parsePeriod(quarterLabel(fiscalYear, quarter), calendar);
      if (read.ok && read.period.end === day) return candidate;
    }
  }
  return undefined;
}

/** The day a date cue names, with its year, or the last such day on or before the article's date when the cue gives none. */
export function dayOnOrBefore(cue: DayCue, date: string | undefined): string | undefined {
  return nearestDay(cue, date, -1);
}

/** The day a date cue names, with its year, or the first such day on or after the article's date when the cue gives none. */
export function dayOnOrAfter(cue: DayCue, date: string | undefined): string | undefined {
  return nearestDay(cue, date, 1);
}

type DayCue = { year?: number; month: number; day: number };

/** The cue's day in its own year, or in the article's year when that day falls on the `side` of the date it should (the article's day counts), else the year before or after. */
function nearestDay(cue: DayCue, date: string | undefined, side: -1 | 1): string | undefined {
  if (cue.year !== undefined) return `${cue.year}-${pad(cue.month)}-${pad(cue.day)}`;
  if (!date) return undefined;
  const [dateYear, dateMonth, dateDay] = date.split("-").map(Number) as [number, number, number];
  const order = Math.sign(cue.month - dateMonth || cue.day - dateDay);
  const year = order === 0 || order === side ? dateYear : dateYear + side;
  return `${year}-${pad(cue.month)}-${pad(cue.day)}`;
}
