import type { QueryResult } from '../../shared/engine/index';
import type { CellArea, NewNumberFormat } from '../../shared/host/index';
import type { CellValue } from '../../shared/schema/index';
import type { AddinSheet } from '../office/sheet-extras';
import { dateTextToSerial, timeTextToSerial } from './excel-dates';

/** Excel number formats for DuckDB's date and time types (ISO order, the same in every locale). */
const DATE_FORMATS: Record<string, string> = {
  DATE: 'yyyy-mm-dd',
  TIMESTAMP: 'yyyy-mm-dd hh:mm:ss',
  'TIMESTAMP WITH TIME ZONE': 'yyyy-mm-dd hh:mm:ss',
  TIME: 'hh:mm:ss',
};

/**
 * A result cell as a worksheet value: numbers and booleans stay; dates and times become
 * serials in the workbook's date system (a date outside Excel's range stays text); integers
 * the engine gave as exact text (beyond 2^53) stay text, written as text; lists and structs
 * are JSON text; null is a blank cell.
 */
export function sheetCell(value: unknown, type: string, date1904: boolean): CellValue {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  if (typeof value === 'string') {
    if (type === 'TIME') return timeTextToSerial(value) ?? value;
    if (DATE_FORMATS[type]) return dateTextToSerial(value, date1904) ?? value;
    return value;
  }
  if (typeof value === 'bigint') return value.toString();
  return JSON.stringify(value);
}

export interface SqlSheetInput {
  result: QueryResult;
  /** The sheet's (and the table's) wanted name. */
  name: string;
  date1904: boolean;
}

/**
 * A query result as a new sheet: an Excel table (header row, one row per result row, frozen
 * header), date and time columns as Excel dates with a date format.
 */
export function sqlResultSheet({ result, name, date1904 }: SqlSheetInput): AddinSheet {
  const { columns, rows } = result;
  const cells: CellValue[][] = [columns.map((c) => c.name), ...rows.map((r) => columns.map((c) => sheetCell(r[c.name], c.type, date1904)))];
  const formats: NewNumberFormat[] = [];
  columns.forEach((c, col) => {
    const format = DATE_FORMATS[c.type];
    if (format && rows.length > 0) formats.push({ area: { row: 1, col, rows: rows.length, cols: 1 }, format });
  });
  const whole: CellArea = { row: 0, col: 0, rows: rows.length + 1, cols: columns.length };
  return {
    name,
    cells,
    formats,
    tables: columns.length ? [{ name, area: whole, style: 'TableStyleMedium2' }] : [],
    freezeRows: 1,
  };
}
