import type { BoolColumn, DateColumn, NumberColumn, TextColumn } from '../schema/columns';
import { TEXT_BLANK, TEXT_FORMULA_ERROR, classifyText, formulaErrorIssue, mayBeSpecial, type ColumnSource } from './column-source';
import { dateTextToMs } from './date-text';
import { MAX_SERIAL_1900, MAX_SERIAL_1904, excelSerialToEpochMs } from './excel-serial';
import { isDurationFormat } from './number-format';
import { numberTextToValue } from './number-text';
import { serialToMs } from './parse-cells';
import { yesNoTextToValue } from './yes-no-text';

/*
 * One pass per column, specialised by kind. Hot paths: a number that is already a number, a
 * plain string that needs nothing; everything else (placeholders, text numbers, yes/no words)
 * goes through the slower pure parsers. Text dates repeat a lot, so they are parsed once per
 * distinct string. No per-cell objects are made.
 */

function badCell(src: ColumnSource, row: number, code: string, value: string | number | boolean): void {
  src.sink.atCell(row, src.col, 'warning', code, { value: typeof value === 'string' ? value.trim() : String(value) });
}

export function buildTextColumn(src: ColumnSource): TextColumn {
  const { values, rows, col } = src;
  const n = rows.length;
  const out = new Array<string | null>(n);
  for (let i = 0; i < n; i++) {
    const r = rows[i];
    const v = values[r][col];
    if (typeof v === 'string') {
      if (v.length === 0) out[i] = null;
      else if (!mayBeSpecial(v)) out[i] = v;
      else {
        const kind = classifyText(v);
        if (kind === TEXT_BLANK) out[i] = null;
        else if (kind === TEXT_FORMULA_ERROR) {
          out[i] = null;
          formulaErrorIssue(src, r, v);
        } else out[i] = v.trim();
      }
    } else if (typeof v === 'number') out[i] = Number.isFinite(v) ? String(v) : null;
    else if (typeof v === 'boolean') out[i] = v ? 'TRUE' : 'FALSE';
    else out[i] = null;
  }
  return { kind: 'text', values: out };
}

export interface NumberOptions {
  /** The errors field: a count, or yes/no (yes → 1, no → 0). */
  acceptYesNo?: boolean;
  /** Response hours: a cell formatted as a time ("[h]:mm") holds days; convert to hours. */
  durationsToHours?: boolean;
}

export function buildNumberColumn(src: ColumnSource, opts: NumberOptions = {}): NumberColumn {
  const { values, rows, col, numberFormats } = src;
  const n = rows.length;
  const out = new Float64Array(n);
  const valid = new Uint8Array(n);
  const hours = opts.durationsToHours === true && numberFormats !== undefined;
  const yesNo = opts.acceptYesNo === true;
  for (let i = 0; i < n; i++) {
    const r = rows[i];
    const v = values[r][col];
    if (typeof v === 'number') {
      if (v === v && v !== Infinity && v !== -Infinity) {
        out[i] = hours && isDurationFormat(numberFormats[r]?.[col]) ? v * 24 : v;
        valid[i] = 1;
      } else badCell(src, r, 'notANumber', v);
    } else if (typeof v === 'string') {
      if (v.length === 0) continue;
      const kind = classifyText(v);
      if (kind === TEXT_BLANK) continue;
      if (kind === TEXT_FORMULA_ERROR) {
        formulaErrorIssue(src, r, v);
        continue;
      }
      let x = numberTextToValue(v);
      if (x !== x && yesNo) {
        const yn = yesNoTextToValue(v);
        if (yn !== -1) x = yn;
      }
      if (x === x) {
        out[i] = x;
        valid[i] = 1;
      } else badCell(src, r, yesNo ? 'notANumberOrYesNo' : 'notANumber', v);
    } else if (typeof v === 'boolean') {
      if (yesNo) {
        out[i] = v ? 1 : 0;
        valid[i] = 1;
      } else badCell(src, r, 'notANumber', v);
    }
  }
  return { kind: 'number', values: out, valid };
}

export interface DateOptions {
  date1904: boolean;
  dayFirst?: boolean;
}

// Cached outcomes of a date string other than a real time.
const DATE_BLANK = Infinity;
const DATE_ERROR_VALUE = -Infinity;
/** Stop growing the cache past this many distinct strings (a column of unique date-times). */
const DATE_CACHE_LIMIT = 200_000;

export function buildDateColumn(src: ColumnSource, opts: DateOptions): DateColumn {
  const { values, rows, col, numberFormats } = src;
  const n = rows.length;
  const out = new Float64Array(n);
  const valid = new Uint8Array(n);
  const { date1904 } = opts;
  const dayFirst = opts.dayFirst === true;
  const maxSerial = date1904 ? MAX_SERIAL_1904 : MAX_SERIAL_1900;
  // The 1900 system is a straight line from serial 61 (1900-03-01) on.
  const fastMin = date1904 ? 1 : 61;
  const msAtZero = excelSerialToEpochMs(100, date1904) - 100 * 86_400_000;
  const cache = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    const r = rows[i];
    const v = values[r][col];
    if (typeof v === 'number') {
      if (v >= fastMin && v <= maxSerial) {
        out[i] = Math.round(msAtZero + v * 86_400_000);
        valid[i] = 1;
      } else {
        const ms = serialToMs(v, date1904, numberFormats?.[r]?.[col]);
        if (ms === ms) {
          out[i] = ms;
          valid[i] = 1;
        } else badCell(src, r, 'notADate', v);
      }
    } else if (typeof v === 'string') {
      if (v.length === 0) continue;
      let ms = cache.get(v);
      if (ms === undefined) {
        const kind = classifyText(v);
        ms = kind === TEXT_BLANK ? DATE_BLANK : kind === TEXT_FORMULA_ERROR ? DATE_ERROR_VALUE : dateTextToMs(v, dayFirst);
        if (cache.size < DATE_CACHE_LIMIT) cache.set(v, ms);
      }
      if (ms === DATE_BLANK) continue;
      if (ms === DATE_ERROR_VALUE) formulaErrorIssue(src, r, v);
      else if (ms === ms) {
        out[i] = ms;
        valid[i] = 1;
      } else badCell(src, r, 'notADate', v);
    } else if (typeof v === 'boolean') badCell(src, r, 'notADate', v);
  }
  return { kind: 'date', values: out, valid };
}

export function buildBoolColumn(src: ColumnSource): BoolColumn {
  const { values, rows, col } = src;
  const n = rows.length;
  const out = new Uint8Array(n);
  const valid = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const r = rows[i];
    const v = values[r][col];
    if (typeof v === 'boolean') {
      out[i] = v ? 1 : 0;
      valid[i] = 1;
    } else if (typeof v === 'number') {
      if (v === 1 || v === 0) {
        out[i] = v;
        valid[i] = 1;
      } else badCell(src, r, 'notAYesNo', v);
    } else if (typeof v === 'string') {
      if (v.length === 0) continue;
      const kind = classifyText(v);
      if (kind === TEXT_BLANK) continue;
      if (kind === TEXT_FORMULA_ERROR) {
        formulaErrorIssue(src, r, v);
        continue;
      }
      const yn = yesNoTextToValue(v);
      if (yn === -1) badCell(src, r, 'notAYesNo', v);
      else {
        out[i] = yn;
        valid[i] = 1;
      }
    }
  }
  return { kind: 'bool', values: out, valid };
}

/** A column for a field the sheet does not have: all null, of the field's kind. */
export function nullColumn(kind: 'text' | 'number' | 'date' | 'bool', n: number): TextColumn | NumberColumn | DateColumn | BoolColumn {
  if (kind === 'text') return { kind, values: new Array<string | null>(n).fill(null) };
  if (kind === 'bool') return { kind, values: new Uint8Array(n), valid: new Uint8Array(n) };
  return { kind, values: new Float64Array(n), valid: new Uint8Array(n) };
}
