// The days a period covers, as a value: its first and last day, whether it is an instant, its key
// (`@YYYY-MM-DD` or `YYYY-MM-DD..YYYY-MM-DD`), the whole months it covers, the same days moved by
// months, quarters or years, and the span from one period's start to another's end. Code outside
// src/periods works on periods through this value and never takes a key apart or builds one by hand.
//
// A small immutable class rather than a record and free functions: a period's arithmetic reads left
// to right (`days.shiftMonths(-3)?.through(days)`), the key is worked out once when the value is made,
// and a frozen instance cannot be changed by whoever holds it. Facts keep their keys as strings; a
// value is made from a key where arithmetic is done, not once per fact.
import { addDays, monthsLater } from "./days.js";

/** A date of a key: YYYY-MM-DD, or ±YYYYYY-MM for the few days a label of year 0000 or 9999 reaches beyond them. */
const KEY_DATE = /^(?:\d{4}|[+-]\d{6})-\d{2}(?:-\d{2})?$/;
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

export class PeriodDays {
  /** `@YYYY-MM-DD` for an instant, `YYYY-MM-DD..YYYY-MM-DD` for a span: equal keys cover the same days. */
  readonly key: string;

  private constructor(
    /** The first day covered, YYYY-MM-DD (the instant itself for an instant). */
    readonly first: string,
    /** The last day covered, YYYY-MM-DD (the instant itself for an instant). */
    readonly last: string,
    /** Whether the period is a day a balance stands on rather than days a flow runs over. */
    readonly instant: boolean,
  ) {
    this.key = instant ? `@${last}` : `${first}..${last}`;
    Object.freeze(this);
  }

  /** The value of a period key; undefined for `none` and for text that is not a key. */
  static fromKey(key: string): PeriodDays | undefined {
    if (key.startsWith("@")) {
      const day = key.slice(1);
      return KEY_DATE.test(day) ? new PeriodDays(day, day, true) : undefined;
    }
    const spanAt = key.indexOf("..");
    if (spanAt < 0) return undefined;
    const first = key.slice(0, spanAt);
    const last = key.slice(spanAt + 2);
    return KEY_DATE.test(first) && KEY_DATE.test(last) ? new PeriodDays(first, last, false) : undefined;
  }

  /** Whole calendar months from the first day's month to the last day's (2025-10-01..2025-12-31 → 3); undefined for an instant. */
  get months(): number | undefined {
    if (this.instant) return undefined;
    const [firstYear, firstMonth] = this.first.split("-").map(Number) as [number, number];
    const [lastYear, lastMonth] = this.last.split("-").map(Number) as [number, number];
    return (lastYear - firstYear) * 12 + (lastMonth - firstMonth) + 1;
  }

  /**
   * The days moved by whole months (−12: a year earlier; −3: a quarter earlier): each day moves to the
   * same day of its month, or that month's last when it has fewer days, and a last day that ends its
   * month ends the new one (2025-01-01..2025-02-28 + 12 → 2026-01-01..2026-02-28, + 36 → …2028-02-29).
   * Undefined when a day is not written YYYY-MM-DD.
   */
  shiftMonths(months: number): PeriodDays | undefined {
    const last = shiftDay(this.last, months, true);
    if (last === undefined) return undefined;
    if (this.instant) return new PeriodDays(last, last, true);
    const first = shiftDay(this.first, months, false);
    return first === undefined ? undefined : new PeriodDays(first, last, false);
  }

  /** The days moved by whole quarters: three months each (see shiftMonths). */
  shiftQuarters(quarters: number): PeriodDays | undefined {
    return this.shiftMonths(quarters * 3);
  }

  /**
   * The days moved by whole years, as a year-on-year comparison takes them: the last day as shiftMonths
   * moves it, and the first day as the day after the day before it moved so, since periods start the
   * day after a month's end: a period that starts on 2024-02-29, the day after 02-28, starts on 03-01 a
   * year before, where shiftMonths would take 02-28. Undefined when a day is not written YYYY-MM-DD.
   */
  shiftYears(years: number): PeriodDays | undefined {
    const months = years * 12;
    const last = shiftDay(this.last, months, true);
    if (last === undefined) return undefined;
    if (this.instant) return new PeriodDays(last, last, true);
    const dayBefore = DAY.test(this.first) ? shiftDay(addDays(this.first, -1), months, true) : undefined;
    return dayBefore === undefined ? undefined : new PeriodDays(addDays(dayBefore, 1), last, false);
  }

  /** The span from this period's first day to `other`'s last (a year's first quarter through its fourth: the year). */
  through(other: PeriodDays): PeriodDays {
    return new PeriodDays(this.first, other.last, false);
  }
}

/** Moves a YYYY-MM-DD day by whole months (see monthsLater); undefined when it is not written so. */
function shiftDay(iso: string, months: number, keepMonthEnd: boolean): string | undefined {
  const match = DAY.exec(iso);
  if (!match) return undefined;
  const moved = monthsLater(Number(match[1]), Number(match[2]), Number(match[3]), months, keepMonthEnd);
  return `${String(moved.year).padStart(4, "0")}-${String(moved.month).padStart(2, "0")}-${String(moved.day).padStart(2, "0")}`;
}
