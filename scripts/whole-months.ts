// How the held-out evaluation compares periods written as days with periods written as months: a
// 52/53-week quarter the extractor reads to its days meets the months a writer gave it. Kept apart so
// it is tested alone.

/** How near a month's edge a period's first or last day reads as that month's. */
const NEAR_MONTH_EDGE = 10;

/**
 * A span of days as the whole months it covers, when its ends lie within ten days of a month's start
 * and end: a 52/53-week company's quarter ("2025-09-28..2025-12-27") is scored as the months a fact
 * file written by the writers' brief gives it ("2025-10..2025-12", calendar months for a fiscal
 * calendar the taxonomy does not hold). Other keys are kept as they are.
 */
export function inWholeMonths(key: string): string {
  const days = /^(\d{4})-(\d{2})-(\d{2})\.\.(\d{4})-(\d{2})-(\d{2})$/.exec(key);
  if (!days) return key;
  const [startYear, startMonth, startDay, endYear, endMonth, endDay] = days.slice(1).map(Number) as [number, number, number, number, number, number];
  const iso = (year: number, month: number, day: number) => new Date(Date.UTC(year, month - 1, day)).toISOString().slice(0, 10);
  const monthDays = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
  // (The first day of the month the start falls in or runs into; the last day of the month the end falls in or runs out of.)
  // (Within ten days: a 52/53-week year's quarters drift up to about nine days off their months' ends,
  // Medtronic's third quarter to 23 January; the writers give the months such a quarter mostly covers.)
  const start = startDay <= NEAR_MONTH_EDGE ? iso(startYear, startMonth, 1) : startDay > monthDays(startYear, startMonth) - NEAR_MONTH_EDGE ? iso(startYear, startMonth + 1, 1) : undefined;
  const end = endDay >= monthDays(endYear, endMonth) - NEAR_MONTH_EDGE ? iso(endYear, endMonth, monthDays(endYear, endMonth)) : endDay <= NEAR_MONTH_EDGE ? iso(endYear, endMonth - 1, monthDays(endYear, endMonth - 1 || 12)) : undefined;
  return start && end && start < end ? `${start}..${end}` : key;
}
