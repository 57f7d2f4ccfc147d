import type { CellValue } from '../schema/workbook';
import type { DateOrder } from './date-order';
import { dateTextToMs } from './date-text';
import { MAX_SERIAL_1900, MAX_SERIAL_1904, excelSerialToEpochMs } from './excel-serial';
import { isDateFormat } from './number-format';
import { numberTextToValue } from './number-text';
import { isPlaceholder } from './placeholder';
import { yesNoTextToValue } from './yes-no-text';

/*
 * The pure per-cell parsers. Each returns { ok: true, value } (value null for a blank or
 * placeholder) or { ok: false } for a value that is present but unreadable. The column
 * builders use the same underlying functions without building these objects per cell.
 */
export type Parsed<T> = { ok: true; value: T | null } | { ok: false };

export interface DateContext {
  date1904: boolean;
  /** The cell's number format, when known: a date format means "this number is a serial". */
  numberFormat?: string;
  /** How to read 05/10/2026 (default: month first, i.e. May 10; see dateTextToMs). */
  dateOrder?: DateOrder;
}

const BLANK = { ok: true, value: null } as const;
const BAD = { ok: false } as const;

/**
 * A yyyymmdd integer (20261005) that some systems export as a number. It cannot be a serial:
 * serials stop at 2,958,465 (9999-12-31).
 */
function compactDateNumber(v: number): number {
  if (!Number.isInteger(v) || v < 10000101 || v > 99991231) return NaN;
  return dateTextToMs(String(v));
}

/** A number in a date column: an Excel serial from 1 (1900-01-01) to 9999-12-31. */
export function serialToMs(v: number, date1904: boolean, numberFormat?: string): number {
  const max = date1904 ? MAX_SERIAL_1904 : MAX_SERIAL_1900;
  if (v >= 1 && v <= max) return excelSerialToEpochMs(v, date1904);
  if (!isDateFormat(numberFormat)) return compactDateNumber(v);
  return NaN;
}

export function parseDateCell(v: CellValue, ctx: DateContext): Parsed<number> {
  if (isPlaceholder(v)) return BLANK;
  let ms = NaN;
  if (typeof v === 'number') ms = serialToMs(v, ctx.date1904, ctx.numberFormat);
  else if (typeof v === 'string') ms = dateTextToMs(v, ctx.dateOrder);
  return Number.isNaN(ms) ? BAD : { ok: true, value: ms };
}

export function parseNumberCell(v: CellValue): Parsed<number> {
  if (isPlaceholder(v)) return BLANK;
  if (typeof v === 'number') return Number.isFinite(v) ? { ok: true, value: v } : BAD;
  if (typeof v === 'string') {
    const n = numberTextToValue(v);
    return Number.isNaN(n) ? BAD : { ok: true, value: n };
  }
  return BAD;
}

export function parseBoolCell(v: CellValue): Parsed<boolean> {
  if (isPlaceholder(v)) return BLANK;
  if (typeof v === 'boolean') return { ok: true, value: v };
  if (typeof v === 'number') return v === 1 ? { ok: true, value: true } : v === 0 ? { ok: true, value: false } : BAD;
  if (typeof v === 'string') {
    const yn = yesNoTextToValue(v);
    return yn === -1 ? BAD : { ok: true, value: yn === 1 };
  }
  return BAD;
}
