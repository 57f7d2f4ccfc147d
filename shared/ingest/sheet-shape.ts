import type { ColumnTable } from '../schema/columns';
import type { OrderField } from '../schema/fields';
import type { CellValue } from '../schema/workbook';
import { dateTextToMs } from './date-text';
import { isoDateTextToMs } from './iso-date-text';
import { isAbsent } from './order-rows';
import { isChangeOrderHeader, isLineHeader, unmappedColumnsWhere } from './sheet-shape-headers';
import { columnValueKey } from './table-rows';

/** orders: every id once; lines: one row per order line; history: one row per change. */
export type SheetShape = 'orders' | 'lines' | 'history';

export interface RepeatedId {
  id: string;
  /** Indexes of its rows (into the table), in file order. */
  lines: number[];
}

interface ShapeInput {
  table: ColumnTable;
  rows: Int32Array;
  values: CellValue[][];
  headers: readonly string[];
  fieldColumn: Partial<Record<OrderField, number>>;
}

/** The fields whose change between rows of one id says "a later state of the same order". */
const STATE_FIELDS: OrderField[] = ['status', 'created', 'due', 'delivered'];

const cellText = (v: CellValue | undefined) => (isAbsent(v) ? '' : String(v).trim());

/** Ids among `repeats` whose rows hold more than one value in sheet column `col`. */
function idsVaryingInColumn(input: ShapeInput, repeats: readonly RepeatedId[], col: number): number {
  let count = 0;
  for (const { lines } of repeats) {
    const seen = new Set<string>();
    for (const i of lines) {
      const t = cellText(input.values[input.rows[i]]?.[col]);
      if (t) seen.add(t);
    }
    if (seen.size > 1) count++;
  }
  return count;
}

/** Ids among `repeats` whose rows differ in their status or a date. */
function idsChangingState(table: ColumnTable, repeats: readonly RepeatedId[]): number {
  let count = 0;
  for (const { lines } of repeats) {
    const changes = STATE_FIELDS.some((field) => {
      const seen = new Set<string>();
      for (const i of lines) seen.add(columnValueKey(table.columns[field], i));
      seen.delete('');
      return seen.size > 1;
    });
    if (changes) count++;
  }
  return count;
}

/**
 * What a sheet whose order ids repeat is, decided once for the whole sheet:
 * 1. a product / SKU / quantity / line-number column that differs between rows of one id →
 *    order lines (even when a "modified" column exists: ERPs stamp each line);
 * 2. else a modification count or an updated-at column that differs between them → a history,
 *    ordered by that column;
 * 3. else, when at least half of the repeated ids change status or a date between their rows →
 *    a history in file order;
 * 4. else order lines (same order, several rows: amounts per line, or a copy).
 */
export function shapeOfRepeats(input: ShapeInput, repeats: readonly RepeatedId[]): { shape: 'lines' | 'history'; orderColumn: number } {
  const mapped = new Set(Object.values(input.fieldColumn));
  const lineColumns = unmappedColumnsWhere(input.headers, mapped, isLineHeader);
  if (lineColumns.some((c) => idsVaryingInColumn(input, repeats, c) > 0)) return { shape: 'lines', orderColumn: -1 };
  const changeColumn = unmappedColumnsWhere(input.headers, mapped, isChangeOrderHeader).find((c) => idsVaryingInColumn(input, repeats, c) > 0);
  if (changeColumn !== undefined) return { shape: 'history', orderColumn: changeColumn };
  if (idsChangingState(input.table, repeats) * 2 >= repeats.length) return { shape: 'history', orderColumn: -1 };
  return { shape: 'lines', orderColumn: -1 };
}

const NUMBER_TEXT = /^[+-]?\d+(?:\.\d+)?$/;

/** A modification count or an updated-at cell as a number that grows with time; NaN if neither. */
export function changeOrderKey(v: CellValue | undefined): number {
  if (typeof v === 'number') return v;
  if (typeof v !== 'string') return NaN;
  const t = v.trim();
  if (NUMBER_TEXT.test(t)) return Number(t);
  const iso = isoDateTextToMs(t);
  return iso === iso ? iso : dateTextToMs(t);
}

/**
 * Which of one id's rows (their cells in the ordering column, in file order; undefined = no
 * ordering column) is its latest state: the greatest key, a tie going to the later row; the
 * last row when there is no column or a row's key cannot be read.
 */
export function orderOfRowsWithOneId(cells: readonly (CellValue | undefined)[]): number {
  const keys = cells.map((c) => (c === undefined ? NaN : changeOrderKey(c)));
  if (keys.some((k) => Number.isNaN(k))) return cells.length - 1;
  let latest = 0;
  keys.forEach((k, i) => {
    if (k >= keys[latest]) latest = i;
  });
  return latest;
}
