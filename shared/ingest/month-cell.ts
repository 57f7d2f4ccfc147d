import type { CellValue } from '../schema/workbook';
import { dateTextToMs } from './date-text';
import { isPlaceholder } from './placeholder';
import { serialToMs, type Parsed } from './parse-cells';

/*
 * The month of a KPI-sheet row → "YYYY-MM". Accepts "2026-10", "2026/10", "2026.10",
 * "2026年10月", "202610", "Oct 2026", a full date (text or serial: its month), and blank or
 * "all"/"全部" (every month → null).
 */
const YEAR_MONTH = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*月?$/;
const COMPACT = /^(\d{4})(\d{2})$/;
const MONTH_NAME_YEAR = /^([a-z]{3,9})\.?[\s,-]+(\d{4})$/i;
const MONTH_NAMES = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const EVERY = new Set(['all', 'any', '*', '全部', '所有', '全年', '每月']);

function yearMonth(year: number, month: number): string | null {
  if (year < 1000 || year > 9999 || month < 1 || month > 12) return null;
  return `${year}-${String(month).padStart(2, '0')}`;
}

function monthOfMs(ms: number): string | null {
  if (Number.isNaN(ms)) return null;
  return new Date(ms).toISOString().slice(0, 7);
}

function monthOfText(text: string): string | null {
  const s = text.trim();
  let m = YEAR_MONTH.exec(s) ?? COMPACT.exec(s);
  if (m) return yearMonth(Number(m[1]), Number(m[2]));
  m = MONTH_NAME_YEAR.exec(s);
  if (m) {
    const index = MONTH_NAMES.indexOf(m[1].slice(0, 3).toLowerCase());
    return index < 0 ? null : yearMonth(Number(m[2]), index + 1);
  }
  return monthOfMs(dateTextToMs(s));
}

export function parseMonthCell(v: CellValue, date1904: boolean): Parsed<string> {
  if (isPlaceholder(v)) return { ok: true, value: null };
  let month: string | null = null;
  if (typeof v === 'number') {
    // 202610 is a year and month; a serial of that size would be the year 2454.
    if (Number.isInteger(v) && v >= 100001 && v <= 999912) month = yearMonth(Math.floor(v / 100), v % 100);
    else month = monthOfMs(serialToMs(v, date1904));
  } else if (typeof v === 'string') {
    if (EVERY.has(v.trim().toLowerCase())) return { ok: true, value: null };
    month = monthOfText(v);
  }
  return month === null ? { ok: false } : { ok: true, value: month };
}
