/*
 * The one text-date shape nearly every export writes — "2026-10-05", "2026-10-05 08:30",
 * "2026-10-05T08:30:15", "1996-07-04 00:00:00.000", with a zone after the seconds or not
 * ("…T08:30:15Z", "…+08:00", "…+0800", "…+08"; dropped, as the full reader drops it) — read by
 * character codes. A CSV of a
 * million orders has about as many distinct date-times as rows, so the per-distinct-string
 * cache of the full reader (date-text.ts) misses on almost every cell; this skips the cache,
 * the regular expressions and the placeholder checks. Anything else, including these shapes
 * with a bad day or hour, is NaN and goes to the full reader, which decides: this function
 * never returns a number the full reader would not.
 */

const DIGIT_0 = 48;
const MS_PER_DAY = 86_400_000;

/** Days from 1970-01-01 to the civil date (proleptic Gregorian), without a Date object. */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

const DAYS_IN_MONTH = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Two digits at s[i], s[i+1] as a number, or -1. */
function two(s: string, i: number): number {
  const a = s.charCodeAt(i) - DIGIT_0;
  const b = s.charCodeAt(i + 1) - DIGIT_0;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1;
}

function isDigit(s: string, i: number): boolean {
  const c = s.charCodeAt(i) - DIGIT_0;
  return c >= 0 && c <= 9;
}

/** Where a zone at the end of a date-time starts ("Z", "+08", "+0800", "+08:00"), else the length. */
function zoneStart(s: string): number {
  const n = s.length;
  if (s.charCodeAt(n - 1) === 90 /* Z */) return n - 1;
  for (const [width, colon] of [
    [6, 3],
    [5, 0],
    [3, 0],
  ]) {
    const at = n - width;
    const sign = s.charCodeAt(at);
    if (sign !== 43 /* + */ && sign !== 45 /* - */) continue;
    let digits = true;
    for (let i = at + 1; i < n; i++) if (i !== at + colon && !isDigit(s, i)) digits = false;
    if (digits && (colon === 0 || s.charCodeAt(at + colon) === 58 /* : */)) return at;
  }
  return n;
}

/** Wall-clock epoch ms of an ISO-shaped date or date-time; NaN when not exactly that shape. */
export function isoDateTextToMs(s: string): number {
  let n = s.length;
  // Only after seconds, the shape exports write ("2026-10-05" itself ends in "-05", no zone);
  // "…T08:30Z" and the like go to the full reader.
  if (n > 19) {
    const zone = zoneStart(s);
    if (zone >= 19) n = zone;
  }
  if (n !== 10 && n !== 16 && n < 19) return NaN;
  if (s.charCodeAt(4) !== 45 /* - */ || s.charCodeAt(7) !== 45) return NaN;
  const hi = two(s, 0);
  const lo = two(s, 2);
  const month = two(s, 5);
  const day = two(s, 8);
  if (hi < 10 || lo < 0 || month < 1 || month > 12 || day < 1) return NaN;
  const year = hi * 100 + lo;
  if (day > (month === 2 && isLeap(year) ? 29 : DAYS_IN_MONTH[month])) return NaN;
  let time = 0;
  if (n > 10) {
    const sep = s.charCodeAt(10);
    if ((sep !== 32 && sep !== 84 /* T */) || s.charCodeAt(13) !== 58 /* : */) return NaN;
    const hour = two(s, 11);
    const minute = two(s, 14);
    if (hour < 0 || hour > 23 || minute < 0 || minute > 59) return NaN;
    let second = 0;
    let ms = 0;
    if (n > 16) {
      if (s.charCodeAt(16) !== 58) return NaN;
      second = two(s, 17);
      if (second < 0 || second > 59) return NaN;
      if (n > 19) {
        // ".fff": 1 to 9 digits, rounded to the millisecond as the full reader does.
        if (s.charCodeAt(19) !== 46 /* . */ || n < 21 || n > 29) return NaN;
        for (let i = 20; i < n; i++) {
          const c = s.charCodeAt(i) - DIGIT_0;
          if (c < 0 || c > 9) return NaN;
        }
        ms = Math.round(Number(`0.${s.slice(20, n)}`) * 1000);
      }
    }
    time = ((hour * 60 + minute) * 60 + second) * 1000 + ms;
  }
  return daysFromCivil(year, month, day) * MS_PER_DAY + time;
}
