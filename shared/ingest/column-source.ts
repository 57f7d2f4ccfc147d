import type { CellValue } from '../schema/workbook';
import type { IssueSink } from './issue-sink';
import { isFormulaErrorText, isPlaceholderText } from './placeholder';

/** Where a column builder reads from: one sheet column, over the rows that become the table. */
export interface ColumnSource {
  values: CellValue[][];
  /** Index into `values` of each table row. */
  rows: Int32Array;
  /** Column index in `values`. */
  col: number;
  sink: IssueSink;
  numberFormats?: string[][];
  /** See SheetData.sharedTexts. */
  sharedTexts?: boolean;
}

/** What a string cell is before its field parses it. */
export const TEXT_PLAIN = 0;
export const TEXT_BLANK = 1;
export const TEXT_FORMULA_ERROR = 2;

export function classifyText(s: string): 0 | 1 | 2 {
  if (isPlaceholderText(s)) return TEXT_BLANK;
  if (isFormulaErrorText(s.trim())) return TEXT_FORMULA_ERROR;
  return TEXT_PLAIN;
}

/**
 * Could this string be blank, a placeholder or an error value, or need trimming? Answered
 * from its first and last character, so plain names skip every Set lookup. Placeholders start
 * with n/N/#/-/—/–/(/</u/?/？, or are spaces.
 */
const MAYBE_SPECIAL_START = new Uint8Array(128);
for (const ch of 'nN#-(<uU?') MAYBE_SPECIAL_START[ch.charCodeAt(0)] = 1;
for (let c = 0; c <= 32; c++) MAYBE_SPECIAL_START[c] = 1;

export function mayBeSpecial(s: string): boolean {
  const first = s.charCodeAt(0);
  const last = s.charCodeAt(s.length - 1);
  if (last <= 32 || last === 0xa0 || last === 0x3000 || last === 0xfeff) return true;
  return first < 128 ? MAYBE_SPECIAL_START[first] === 1 : first === 0xa0 || first === 0x3000 || first === 0xfeff || first === 0x2014 || first === 0x2013 || first === 0xff0d || first === 0xff1f;
}

/** Text of a formula error cell for the issue's params. */
export function formulaErrorIssue(src: ColumnSource, row: number, value: string): void {
  src.sink.atCell(row, src.col, 'warning', 'formulaError', { value: value.trim() });
}
