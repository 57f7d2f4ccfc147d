import type { BoolColumn, DateColumn, NumberColumn, TextColumn } from '../schema/columns';
import { TEXT_BLANK, TEXT_FORMULA_ERROR, classifyText, formulaErrorIssue, mayBeSpecial, type ColumnSource } from './column-source';
import { dateTextToMs, isDateWithoutYear } from './date-text';
import { ColumnDateOrders, NOT_ORDERED as NOT_ORDERED_TEXT, ORDER_MATTERS as ORDER_MATTERS_MARK, type ColumnDateOrder, type DateOrder } from './column-date-orders';
import { isoDateTextToMs } from './iso-date-text';
import { MAX_SERIAL_1900, MAX_SERIAL_1904, excelSerialToEpochMs } from './excel-serial';
import { fnv1a } from './first-occurrence';
import { isDurationFormat } from './number-format';
import { serialToMs } from './parse-cells';
import { scoreFromText } from './score-text';
import * as outcome from './text-outcome';

// Module-local copies: tsx/esbuild turn imported bindings into getter calls, which showed up
// in the profile of these loops (a million rows × every column).
const TEXT_IS_BLANK = outcome.TEXT_IS_BLANK;
const TEXT_IS_ERROR_VALUE = outcome.TEXT_IS_ERROR_VALUE;
const CACHE_LIMIT = outcome.CACHE_LIMIT;
const numberFromText = outcome.numberFromText;
const yesNoFromText = outcome.yesNoFromText;
const isMaybeSpecial = mayBeSpecial;
const classify = classifyText;
const BLANK_KIND = TEXT_BLANK;
const ERROR_KIND = TEXT_FORMULA_ERROR;
const hashOf = fnv1a;
const isoDate = isoDateTextToMs;
const NOT_ORDERED = NOT_ORDERED_TEXT;
const ORDER_MATTERS = ORDER_MATTERS_MARK;

/*
 * Column fillers: one per field, specialised by kind, each filling its typed arrays for a
 * range of table rows. The caller runs every filler over one block of rows before moving on
 * (see fillColumns), so a block's row arrays stay in the CPU cache across all columns: on a
 * million rows that is over twice as fast as a whole pass per column. Hot paths: a number
 * that is already a number, a plain string that needs nothing; strings that need parsing are
 * parsed once per distinct string. No per-cell objects are made.
 */
export interface ColumnFiller<C> {
  column: C;
  /** Fill table rows [from, to). */
  fill(from: number, to: number): void;
  /** After every row: fill what needed the whole column first (a date column's order). */
  finish?(): void;
}

/** Rows per block: ~4k rows of ~16 cells stay well inside a 1 MB L2 cache. */
const BLOCK_ROWS = 4096;

export function fillColumns(fillers: ColumnFiller<unknown>[], n: number): void {
  for (let from = 0; from < n; from += BLOCK_ROWS) {
    const to = Math.min(n, from + BLOCK_ROWS);
    for (const f of fillers) f.fill(from, to);
  }
  for (const f of fillers) f.finish?.();
}

function badCell(src: ColumnSource, row: number, code: string, value: string | number | boolean): void {
  src.sink.atCell(row, src.col, 'warning', code, { value: typeof value === 'string' ? value.trim() : String(value) });
}

/**
 * What the duplicate-id check needs, gathered while the ids are at hand (reaching a million
 * strings a second time costs a cache miss each): each id's fnv1a hash, and whether the ids
 * are strictly ascending (exports are usually sorted by id; then there can be no repeat).
 */
export interface IdIndex {
  hashes: Int32Array;
  ascending: boolean;
}

/** A text column stops interning when over half of its first INTERN_PROBE texts are distinct. */
const INTERN_PROBE = 20_000;
const INTERN_LIMIT = 100_000;

export function textFiller(src: ColumnSource, ids?: IdIndex): ColumnFiller<TextColumn> {
  const { values, rows, col } = src;
  const out = new Array<string | null>(rows.length).fill(null);
  let previous: string | null = null;
  // Repeated texts (teams, owners, statuses) become one string each. A CSV cell is a new
  // string per row, scattered over the heap between the row's other cells; every later pass
  // over the column (the Arrow writer, distinct values) then misses the CPU cache on each,
  // 5–8× slower than over a few shared strings. A column of unique texts stops interning.
  let canonical: Map<string, string> | null = src.sharedTexts === true ? null : new Map();
  let interned = 0;
  const fill = function fillText(from: number, to: number) {
    for (let i = from; i < to; i++) {
      const r = rows[i];
      const v = values[r][col];
      let t: string | null = null;
      if (typeof v === 'string') {
        if (v.length === 0) t = null;
        else if (!isMaybeSpecial(v)) t = v;
        else {
          const kind = classify(v);
          if (kind === ERROR_KIND) formulaErrorIssue(src, r, v);
          else if (kind !== BLANK_KIND) t = v.trim();
        }
      } else if (typeof v === 'number') t = Number.isFinite(v) ? String(v) : null;
      else if (typeof v === 'boolean') t = v ? 'TRUE' : 'FALSE';
      if (canonical !== null && t !== null) {
        const known = canonical.get(t);
        if (known !== undefined) t = known;
        else if (canonical.size < INTERN_LIMIT) canonical.set(t, t);
        if (++interned === INTERN_PROBE && canonical.size > INTERN_PROBE / 2) canonical = null;
      }
      out[i] = t;
      if (ids !== undefined && t !== null) {
        ids.hashes[i] = hashOf(t) | 0;
        if (previous !== null && !(previous < t)) ids.ascending = false;
        previous = t;
      }
    }
  };
  return { column: { kind: 'text', values: out }, fill };
}

/**
 * What each distinct string of a column comes to (a TEXT_IS_* marker, a value or NaN), parsed
 * once; the last string is remembered too, as it is usually the next one.
 */
class TextValues {
  private readonly cache = new Map<string, number>();
  private lastText = '';
  private lastValue = TEXT_IS_BLANK;

  constructor(private readonly parse: (text: string) => number) {}

  of(text: string): number {
    if (text === this.lastText) return this.lastValue;
    let x = this.cache.get(text);
    if (x === undefined) {
      x = this.parse(text);
      if (this.cache.size < CACHE_LIMIT) this.cache.set(text, x);
    }
    this.lastText = text;
    this.lastValue = x;
    return x;
  }
}

/** Row i gets a text cell's value `x`; blank stays null, an error value or unreadable text is a warning. */
function putTextValue(src: ColumnSource, r: number, i: number, text: string, x: number, out: Float64Array | Uint8Array, valid: Uint8Array, unreadable: string): void {
  if (x === TEXT_IS_BLANK) return;
  if (x === TEXT_IS_ERROR_VALUE) formulaErrorIssue(src, r, text);
  else if (x === x) {
    out[i] = x;
    valid[i] = 1;
  } else badCell(src, r, unreadable, text);
}

export interface NumberOptions {
  /** The errors field: a count, or yes/no (yes → 1, no → 0). */
  acceptYesNo?: boolean;
  /** Response hours: a cell formatted as a time ("[h]:mm") holds days; convert to hours. */
  durationsToHours?: boolean;
  /** Satisfaction: "8分" is 8, "Not offered" is blank (see score-text.ts). */
  score?: boolean;
}

export function numberFiller(src: ColumnSource, opts: NumberOptions = {}): ColumnFiller<NumberColumn> {
  const { values, rows, col, numberFormats } = src;
  const out = new Float64Array(rows.length);
  const valid = new Uint8Array(rows.length);
  const hours = opts.durationsToHours === true && numberFormats !== undefined;
  const yesNo = opts.acceptYesNo === true;
  const unreadable = yesNo ? 'notANumberOrYesNo' : 'notANumber';
  const textValue = opts.score === true ? scoreFromText : (v: string) => numberFromText(v, yesNo);
  // Text in a number column repeats ("是"/"否", "N/A").
  const texts = new TextValues(textValue);
  const fill = function fillNumber(from: number, to: number) {
    for (let i = from; i < to; i++) {
      const r = rows[i];
      const v = values[r][col];
      if (typeof v === 'number') {
        if (v === v && v !== Infinity && v !== -Infinity) {
          out[i] = hours && isDurationFormat(numberFormats[r]?.[col]) ? v * 24 : v;
          valid[i] = 1;
        } else badCell(src, r, 'notANumber', v);
      } else if (typeof v === 'string') {
        putTextValue(src, r, i, v, texts.of(v), out, valid, unreadable);
      } else if (typeof v === 'boolean') {
        if (yesNo) {
          out[i] = v ? 1 : 0;
          valid[i] = 1;
        } else badCell(src, r, 'notANumber', v);
      }
    }
  };
  return { column: { kind: 'number', values: out, valid }, fill };
}

export interface DateOptions {
  date1904: boolean;
  /** The order the user stated, for year-last dates the column cannot decide (see date-order.ts). */
  dateOrder?: DateOrder;
  /** The user's locale's order, when none is stated. */
  localeDateOrder?: DateOrder;
}

/** A date column's filler; once filled, how its year-last dates were read. */
export interface DateFiller extends ColumnFiller<DateColumn> {
  dateOrder(): ColumnDateOrder;
}

export function dateFiller(src: ColumnSource, opts: DateOptions): DateFiller {
  const { values, rows, col, numberFormats } = src;
  const out = new Float64Array(rows.length);
  const valid = new Uint8Array(rows.length);
  const { date1904 } = opts;
  const maxSerial = date1904 ? MAX_SERIAL_1904 : MAX_SERIAL_1900;
  // The 1900 system is a straight line from serial 61 (1900-03-01) on.
  const fastMin = date1904 ? 1 : 61;
  const msAtZero = excelSerialToEpochMs(100, date1904) - 100 * 86_400_000;
  // Year-last dates whose order matters wait for the whole column (finish).
  const ordered = new ColumnDateOrders(src, out, valid, opts.dateOrder, opts.localeDateOrder);
  const stated = opts.dateOrder;
  const cache = new Map<string, number>();
  const fill = function fillDate(from: number, to: number) {
    for (let i = from; i < to; i++) {
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
        // Date-times are nearly all distinct: the common ISO shape skips the cache.
        const iso = isoDate(v);
        if (iso === iso) {
          out[i] = iso;
          valid[i] = 1;
          continue;
        }
        let ms = cache.get(v);
        if (ms === undefined) {
          const kind = classify(v);
          ms = kind === BLANK_KIND ? TEXT_IS_BLANK : kind === ERROR_KIND ? TEXT_IS_ERROR_VALUE : ordered.kindOf(v);
          if (ms === NOT_ORDERED) ms = dateTextToMs(v, stated);
          if (cache.size < CACHE_LIMIT) cache.set(v, ms);
        }
        if (ms === TEXT_IS_BLANK) continue;
        if (ms === TEXT_IS_ERROR_VALUE) formulaErrorIssue(src, r, v);
        else if (ms === ms) {
          if (ms >= ORDER_MATTERS) ordered.wait(i, ms);
          else {
            out[i] = ms;
            valid[i] = 1;
          }
        } else badCell(src, r, isDateWithoutYear(v) ? 'dateWithoutYear' : 'notADate', v);
      } else if (typeof v === 'boolean') badCell(src, r, 'notADate', v);
    }
  };
  return { column: { kind: 'date', values: out, valid }, fill, finish: () => ordered.finish(), dateOrder: () => ordered.decision() };
}

export function boolFiller(src: ColumnSource): ColumnFiller<BoolColumn> {
  const { values, rows, col } = src;
  const out = new Uint8Array(rows.length);
  const valid = new Uint8Array(rows.length);
  const texts = new TextValues(yesNoFromText);
  const fill = function fillBool(from: number, to: number) {
    for (let i = from; i < to; i++) {
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
        putTextValue(src, r, i, v, texts.of(v), out, valid, 'notAYesNo');
      }
    }
  };
  return { column: { kind: 'bool', values: out, valid }, fill };
}

/** A column for a field the sheet does not have: all null, of the field's kind. */
export function nullColumn(kind: 'text' | 'number' | 'date' | 'bool', n: number): TextColumn | NumberColumn | DateColumn | BoolColumn {
  if (kind === 'text') return { kind, values: new Array<string | null>(n).fill(null) };
  if (kind === 'bool') return { kind, values: new Uint8Array(n), valid: new Uint8Array(n) };
  return { kind, values: new Float64Array(n), valid: new Uint8Array(n) };
}
