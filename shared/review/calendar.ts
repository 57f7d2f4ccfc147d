/**
 * Calendar days as "YYYY-MM-DD" text, months as "YYYY-MM", ISO weeks as "YYYY-Www" (Monday
 * start; a week belongs to the year of its Thursday). Dates are wall-clock days: the arithmetic
 * runs in UTC so no time zone can shift a day.
 */
const DAY_MS = 86_400_000;

const dayMs = (day: string) => Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)));
const dayOf = (ms: number) => new Date(ms).toISOString().slice(0, 10);

export function addDays(day: string, days: number): string {
  return dayOf(dayMs(day) + days * DAY_MS);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((dayMs(to) - dayMs(from)) / DAY_MS);
}

export function shiftMonth(month: string, by: number): string {
  const index = Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1 + by;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

export function lastDayOfMonth(month: string): string {
  return addDays(`${shiftMonth(month, 1)}-01`, -1);
}

/** 1 = Monday … 7 = Sunday. */
function isoWeekday(day: string): number {
  return ((new Date(dayMs(day)).getUTCDay() + 6) % 7) + 1;
}

export function weekStart(day: string): string {
  return addDays(day, 1 - isoWeekday(day));
}

/** The ISO week of a day, "2026-W43". */
export function isoWeekOf(day: string): string {
  const thursday = addDays(weekStart(day), 3);
  const year = thursday.slice(0, 4);
  const week = Math.floor(daysBetween(`${year}-01-01`, thursday) / 7) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/** The Monday of an ISO week. */
export function isoWeekStart(week: string): string {
  const [year, number] = [week.slice(0, 4), Number(week.slice(6))];
  // 4 January is always in week 1.
  return addDays(weekStart(`${year}-01-04`), (number - 1) * 7);
}

export const isIsoWeek = (text: string): boolean => /^\d{4}-W(0[1-9]|[1-4]\d|5[0-3])$/.test(text) && isoWeekOf(isoWeekStart(text)) === text;
export const isMonthKey = (text: string): boolean => /^\d{4}-(0[1-9]|1[0-2])$/.test(text);
