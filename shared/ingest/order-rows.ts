import type { CellValue } from '../schema/workbook';
import { mayBeSpecial } from './column-source';
import type { IssueSink } from './issue-sink';
import { isEmptyCell, isPlaceholderText } from './placeholder';
import { totalsLabelColumn } from './totals-row';

/** Blank, a placeholder, or missing: the cell says nothing. Cheap for plain values. */
export function isAbsent(v: CellValue | undefined): boolean {
  if (typeof v === 'number') return v !== v;
  if (typeof v === 'string') return v.length === 0 || (mayBeSpecial(v) && isPlaceholderText(v));
  return v === null || v === undefined;
}

function rowIsEmpty(row: CellValue[] | undefined): boolean {
  if (!row) return true;
  for (let c = 0; c < row.length; c++) if (!isEmptyCell(row[c])) return false;
  return true;
}

export interface OrderRows {
  /** Index into values of each row that becomes an order. */
  rows: Int32Array;
  skippedBlankRows: number;
  /** Rows with content but neither an order id nor a created date (each has an issue). */
  skippedRowsWithoutIdOrDate: number;
  /** 合计 / 小计 / Total rows (each has an info issue). */
  skippedTotalsRows: number;
  /**
   * For each kept row, -1, or the index (into rows) of the line whose order id it takes: a
   * further line item written without its order id (see isFurtherLine).
   */
  idFrom: Int32Array;
}

/** A created cell that holds a time of day: a fractional serial, or text with "hh:mm". */
function hasTimeOfDay(v: CellValue | undefined): boolean {
  if (typeof v === 'number') return v % 1 !== 0;
  return typeof v === 'string' && /\d:\d\d/.test(v);
}

/**
 * A further line item of the order on `prev` (the first line of the last order) written without its order id
 * (Shopify writes "Id" on an order's first line only): the very same created date-time, to the
 * minute — a coincidence no two orders of a hand-kept sheet share. Lines that repeat the id
 * are found by the id itself (order-lines.ts), wherever they are in the sheet.
 */
function isFurtherLine(row: CellValue[], prev: CellValue[] | undefined, idCol: number, createdCol: number, hasId: boolean, hasCreated: boolean): boolean {
  if (!prev || hasId) return false;
  return hasCreated && !isAbsent(prev[idCol]) && hasTimeOfDay(row[createdCol]) && sameValue(row[createdCol], prev[createdCol]);
}

/**
 * `row` continues the order of `prev` (a further line item), as selectOrderRows judges it: for
 * the first order row of a file's second half, against the last order row of its first half.
 */
export function isLineItemOf(row: CellValue[], prev: CellValue[] | undefined, idCol: number, createdCol: number): boolean {
  const hasId = !isAbsent(row[idCol]);
  const hasCreated = !isAbsent(row[createdCol]);
  if (hasId && prev && sameValue(row[idCol], prev[idCol])) return true;
  return (hasId || hasCreated) && isFurtherLine(row, prev, idCol, createdCol, hasId, hasCreated);
}

/** The same cell value, as the same text ("SO-1" and "SO-1 " alike; 10248 and "10248" alike). */
function sameValue(a: CellValue | undefined, b: CellValue | undefined): boolean {
  if (a === b) return true;
  if (typeof a === 'string' && typeof b === 'string') {
    // Called for every row: two different ids of one length, neither padded, differ as they are.
    if (a.length === b.length && !mayBeSpecial(a) && !mayBeSpecial(b)) return false;
    return a.trim() === b.trim();
  }
  if (typeof a === 'number' && typeof b === 'number') return false;
  return String(a ?? '').trim() === String(b ?? '').trim();
}

/**
 * The rows below the header that are orders. Decision (DESIGN.md: nothing silently dropped):
 * a row is left out only when it has neither an order id nor a created date — it cannot be
 * counted, dated or found again. A fully empty row is skipped and counted; a row with other
 * content is skipped with an issue at its order-id cell. A row with only one of the two is
 * kept, and the missing value is reported (see ingestOrders).
 *
 * A totals row (合计 / 小计 / Total in its first filled cell, no created date) is not an order
 * and is skipped with an info issue (its amount would count twice). A further line item written
 * without its order id is kept, and takes the id of the line above (idFrom); rows of one order
 * id become one order later (order-lines.ts).
 */
export function selectOrderRows(
  values: CellValue[][],
  headerRow: number,
  idCol: number,
  createdCol: number,
  sink: IssueSink,
): OrderRows {
  const rows = new Int32Array(Math.max(0, values.length - headerRow - 1));
  let n = 0;
  let skippedBlankRows = 0;
  let skippedRowsWithoutIdOrDate = 0;
  let skippedTotalsRows = 0;
  const idFrom = new Int32Array(rows.length).fill(-1);
  let orderStart = -1; // index (into rows) of the line with the id of the last kept row's order
  for (let r = headerRow + 1; r < values.length; r++) {
    const row = values[r];
    const hasId = row !== undefined && !isAbsent(row[idCol]);
    const hasCreated = row !== undefined && !isAbsent(row[createdCol]);
    const labelCol = hasCreated ? -1 : totalsLabelColumn(row);
    if (labelCol >= 0) {
      skippedTotalsRows++;
      sink.atCell(r, labelCol, 'info', 'totalsRowSkipped', { row: sink.rowNumber(r), label: String(row[labelCol]).trim() });
    } else if (hasCreated && isFurtherLine(row, orderStart >= 0 ? values[rows[orderStart]] : undefined, idCol, createdCol, hasId, hasCreated)) {
      idFrom[n] = orderStart;
      rows[n++] = r;
    } else if (hasId || hasCreated) {
      orderStart = n;
      rows[n++] = r;
    } else if (rowIsEmpty(row)) {
      skippedBlankRows++;
    } else {
      skippedRowsWithoutIdOrDate++;
      sink.atCell(r, idCol, 'warning', 'rowWithoutIdOrDate', { row: sink.rowNumber(r) });
    }
  }
  return { rows: rows.subarray(0, n), skippedBlankRows, skippedRowsWithoutIdOrDate, skippedTotalsRows, idFrom: idFrom.subarray(0, n) };
}
