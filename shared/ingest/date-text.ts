/*
 * Text dates → wall-clock epoch ms (NaN when the text is not a real date). Called once per
 * distinct string (the column builder caches), so regular expressions are fine here.
 * Time zones are ignored on purpose: "2026-10-05T08:30Z" is 08:30 as written, never shifted;
 * so are weekdays ("Tue, 31 Oct 2017"), which are not checked against the date.
 */
import type { DateOrder } from './date-order';

export const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
  january: 1, february: 2, march: 3, april: 4, june: 6, july: 7, august: 8, september: 9,
  october: 10, november: 11, december: 12,
};

// Year first: 2026-10-05, 2026/10/5, 2026.10.05 (+ time)
const YEAR_FIRST = /^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(.*)$/;
// 2026年10月5日 (+ time); 号 is the spoken form of 日
const CHINESE = /^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]?(.*)$/;
// 10/05/2026, 5.10.2026, 10-05-26 (+ time)
const YEAR_LAST = /^(\d{1,2})([-/.])(\d{1,2})\2(\d{4}|\d{2})(.*)$/;
// 20261005
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/;
// 5 Oct 2026, 05-Oct-2026, 5-Oct-26 (+ time)
const DAY_MONTH_NAME = /^(\d{1,2})[-\s]([a-z]{3,9})\.?[-\s,]+(\d{4}|\d{2})(.*)$/i;
// Oct 5, 2026 (+ time)
const MONTH_NAME_DAY = /^([a-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})(.*)$/i;
// A time zone after a time, dropped: Z, +08, +0800, +08:00, GMT+8, UTC, and the common abbreviations.
export const ZONE = String.raw`z|(?:gmt|utc)?\s*[+-]\d{1,2}(?::?\d{2})?|gmt|utc|[ecmp][sd]t|ak[sd]t|hst|bst|ist|wes?t|ces?t|ees?t|msk|jst|kst|hkt|sgt|a[ecw][sd]t|nz[sd]t`;
// Oct 31 22:10:47 +0000 2017 (Twitter's created_at, Unix `date`): the year after the time
const MONTH_NAME_DAY_TIME_YEAR = new RegExp(
  String.raw`^([a-z]{3,9})\.?\s+(\d{1,2})\s+(\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d{1,9})?)?(?:\s*(?:am|pm))?(?:\s*(?:${ZONE}))?)\s+(\d{4})$`,
  'i',
);
// A weekday in front: "Tue, 31 Oct 2017", "Tuesday October 31, 2017"
const WEEKDAY = /^([a-z]{3,9})\.?,?\s+/i;
export const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
// The rest after a date: " 8:30", "T08:30:00.000Z", " 下午 3:05", " 15时30分", " at 10:30 PM",
// " 22:10:47 +0000", " 22:10:47 GMT", " 22:10:47 GMT+0800 (China Standard Time)", " 10:00 CEST"
const TIME = new RegExp(
  String.raw`^(?:\s*t|\s+(?:at\s+)?|\s*[,，]\s*)?\s*(上午|下午)?\s*(\d{1,2})\s*[:：时]\s*(\d{1,2})\s*(?:[:：分]\s*(\d{1,2})\s*(?:秒|[.,](\d{1,9}))?)?\s*(am|pm|a\.m\.|p\.m\.)?\s*(?:${ZONE})?(?:\s*\([^()]*\))?$`,
  'i',
);

/** "Tue, 31 Oct 2017" → "31 Oct 2017": a weekday's name, or its start (three letters at least), in front. */
function withoutWeekday(s: string): string {
  const m = WEEKDAY.exec(s);
  if (!m) return s;
  const word = m[1].toLowerCase();
  return WEEKDAYS.some((d) => d.startsWith(word)) ? s.slice(m[0].length) : s;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function fullYear(text: string): number {
  const y = Number(text);
  if (text.length === 4) return y;
  return y < 50 ? 2000 + y : 1900 + y; // Excel's two-digit-year window is 1930–2029; close enough.
}

/** ms of the time of day in `rest`, 0 when rest is empty, NaN when it is not a time. */
function timeOfDayMs(rest: string): number {
  if (rest.length === 0 || rest.trim().length === 0) return 0;
  const m = TIME.exec(rest);
  if (!m) return NaN;
  let hour = Number(m[2]);
  const minute = Number(m[3]);
  const second = m[4] ? Number(m[4]) : 0;
  const ms = m[5] ? Math.round(Number(`0.${m[5]}`) * 1000) : 0;
  const half = (m[6] ?? m[1] ?? '').toLowerCase();
  if (half) {
    if (hour < 1 || hour > 12) return NaN;
    const pm = half.startsWith('p') || half === '下午';
    hour = (hour % 12) + (pm ? 12 : 0);
  }
  if (hour > 23 || minute > 59 || second > 59) return NaN;
  return ((hour * 60 + minute) * 60 + second) * 1000 + ms;
}

function build(year: number, month: number, day: number, rest: string): number {
  if (year < 1000 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return NaN;
  const time = timeOfDayMs(rest);
  if (Number.isNaN(time)) return NaN;
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  return d.getTime() + time;
}

/** A year-last date's numbers: 05/06/2026 → 5, 6, "/", 2026, rest "". */
interface YearLast {
  first: number;
  second: number;
  dotted: boolean;
  year: number;
  rest: string;
}

function yearLastOf(s: string): YearLast | null {
  const m = YEAR_LAST.exec(s);
  return m && { first: Number(m[1]), second: Number(m[3]), dotted: m[2] === '.', year: fullYear(m[4]), rest: m[5] };
}

/** 26/10/05 read year first, when the user says the dates are (every part two digits). */
function shortYearFirst(s: string): number {
  const m = YEAR_LAST.exec(s);
  if (!m || m[1].length !== 2 || m[4].length !== 2) return NaN;
  return build(fullYear(m[1]), Number(m[3]), Number(m[4]), m[5]);
}

/**
 * Parse a text date. A year-last date (10/05/2026, 5.10.2026) is read in `order` when it is
 * dmy or mdy — strictly: a cell that order cannot read (05/13/2026 when day-first) is NaN. With
 * no order, a slashed or dashed one is month-first (October 5) and a dotted one day-first, as
 * everywhere they are written that way, unless a first or second number above 12 settles it.
 * `ymd` reads two-digit-year dates year first (26/10/05 is 2026-10-05) and says nothing of day
 * and month. Columns decide their order from all their cells first (see date-order.ts).
 */
export function dateTextToMs(text: string, order?: DateOrder): number {
  const s = withoutWeekday(text.trim());
  if (s.length < 6) return NaN;
  let m = YEAR_FIRST.exec(s);
  if (m) return build(Number(m[1]), Number(m[3]), Number(m[4]), m[5]);
  m = CHINESE.exec(s);
  if (m) return build(Number(m[1]), Number(m[2]), Number(m[3]), m[4]);
  if (order === 'ymd') {
    const ms = shortYearFirst(s);
    if (ms === ms) return ms;
  }
  const yearLast = yearLastOf(s);
  if (yearLast) {
    const { first: a, second: b, year, rest } = yearLast;
    let dayFirst = order === 'dmy' || (order !== 'mdy' && yearLast.dotted);
    if (order !== 'dmy' && order !== 'mdy') {
      if (a > 12 && b <= 12) dayFirst = true;
      else if (b > 12 && a <= 12) dayFirst = false;
    }
    return dayFirst ? build(year, b, a, rest) : build(year, a, b, rest);
  }
  m = COMPACT.exec(s);
  if (m) return build(Number(m[1]), Number(m[2]), Number(m[3]), '');
  m = DAY_MONTH_NAME.exec(s);
  if (m) {
    const month = MONTHS[m[2].toLowerCase()];
    return month ? build(fullYear(m[3]), month, Number(m[1]), m[4]) : NaN;
  }
  m = MONTH_NAME_DAY.exec(s);
  if (m) {
    const month = MONTHS[m[1].toLowerCase()];
    return month ? build(Number(m[3]), month, Number(m[2]), m[4]) : NaN;
  }
  m = MONTH_NAME_DAY_TIME_YEAR.exec(s);
  if (m) {
    const month = MONTHS[m[1].toLowerCase()];
    return month ? build(Number(m[4]), month, Number(m[2]), ` ${m[3]}`) : NaN;
  }
  return NaN;
}

/** A year-last date read both ways, for its column to choose from (see date-order.ts). */
export interface YearLastReadings {
  dayFirst: number;
  monthFirst: number;
  /** 5.10.2026: read day-first when the column has no order. */
  dotted: boolean;
}

/**
 * The two readings of a year-last date whose order matters — at least one a real date, and
 * different (05/06/2026, 29-02-2016 10:00) — or null for any other text (05/05/2026, 2026-10-05,
 * and with `order` ymd the two-digit 26/10/05, which is then year first).
 */
export function yearLastReadings(text: string, order?: DateOrder): YearLastReadings | null {
  const s = withoutWeekday(text.trim());
  const yearLast = yearLastOf(s);
  if (!yearLast || yearLast.first === yearLast.second) return null;
  if (order === 'ymd' && !Number.isNaN(shortYearFirst(s))) return null;
  const dayFirst = dateTextToMs(s, 'dmy');
  const monthFirst = dateTextToMs(s, 'mdy');
  if (Number.isNaN(dayFirst) && Number.isNaN(monthFirst)) return null;
  return { dayFirst, monthFirst, dotted: yearLast.dotted };
}

// 10月5日, 10/5, 10-05, Oct 5, 5-Oct (+ time): a day and month, no year.
export const NO_YEAR: readonly RegExp[] = [
  /^\d{1,2}\s*月\s*\d{1,2}\s*[日号]?(?:\s|$)/,
  /^\d{1,2}[/-]\d{1,2}(?:\s|$)/,
  /^[a-z]{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?(?:\s|$)/i,
  /^\d{1,2}[-\s][a-z]{3,9}\.?(?:\s|$)/i,
];

/**
 * A date written without its year ("10月5日", "10/5"). It is not guessed: around New Year the
 * guess would be wrong by a year, silently. The caller says what is missing instead.
 */
export function isDateWithoutYear(text: string): boolean {
  const s = text.trim();
  return NO_YEAR.some((re) => re.test(s)) && Number.isNaN(dateTextToMs(s));
}
