/*
 * Text dates → wall-clock epoch ms (NaN when the text is not a real date). Called once per
 * distinct string (the column builder caches), so regular expressions are fine here.
 * Time zones are ignored on purpose: "2026-10-05T08:30Z" is 08:30 as written, never shifted.
 */

const MONTHS: Record<string, number> = {
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
// The rest after a date: " 8:30", "T08:30:00.000Z", " 下午 3:05", " 15时30分"
const TIME = /^(?:\s*t|\s+|\s*[,，]\s*)?\s*(上午|下午)?\s*(\d{1,2})\s*[:：时]\s*(\d{1,2})\s*(?:[:：分]\s*(\d{1,2})\s*(?:秒|[.,](\d{1,9}))?)?\s*(am|pm|a\.m\.|p\.m\.)?\s*(z|[+-]\d{2}(?::?\d{2})?)?$/i;

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

/**
 * Parse a text date. Slashed/dashed dates with the year last are month-first (10/05/2026 is
 * October 5) unless `dayFirst`; a first number above 12 settles it either way. Dotted dates
 * with the year last (5.10.2026) are day-first, as everywhere they are written that way.
 */
export function dateTextToMs(text: string, dayFirst = false): number {
  const s = text.trim();
  if (s.length < 6) return NaN;
  let m = YEAR_FIRST.exec(s);
  if (m) return build(Number(m[1]), Number(m[3]), Number(m[4]), m[5]);
  m = CHINESE.exec(s);
  if (m) return build(Number(m[1]), Number(m[2]), Number(m[3]), m[4]);
  m = YEAR_LAST.exec(s);
  if (m) {
    const a = Number(m[1]);
    const b = Number(m[3]);
    let first = dayFirst || m[2] === '.';
    if (a > 12 && b <= 12) first = true;
    else if (b > 12 && a <= 12) first = false;
    return first ? build(fullYear(m[4]), b, a, m[5]) : build(fullYear(m[4]), a, b, m[5]);
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
  return NaN;
}

// 10月5日, 10/5, 10-05, Oct 5, 5-Oct (+ time): a day and month, no year.
const NO_YEAR = [
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
