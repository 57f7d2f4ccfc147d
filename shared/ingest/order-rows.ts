import type { CellValue } from '../schema/workbook';
import { mayBeSpecial } from './column-source';
import type { IssueSink } from './issue-sink';
import { isEmptyCell, isPlaceholderText } from './placeholder';

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
}

/**
 * The rows below the header that are orders. Decision (DESIGN.md: nothing silently dropped):
 * a row is left out only when it has neither an order id nor a created date — it cannot be
 * counted, dated or found again. A fully empty row is skipped and counted; a row with other
 * content is skipped with an issue at its order-id cell. A row with only one of the two is
 * kept, and the missing value is reported (see ingestOrders).
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
  for (let r = headerRow + 1; r < values.length; r++) {
    const row = values[r];
    if (row && (!isAbsent(row[idCol]) || !isAbsent(row[createdCol]))) {
      rows[n++] = r;
    } else if (rowIsEmpty(row)) {
      skippedBlankRows++;
    } else {
      skippedRowsWithoutIdOrDate++;
      sink.atCell(r, idCol, 'warning', 'rowWithoutIdOrDate', { row: sink.rowNumber(r) });
    }
  }
  return { rows: rows.subarray(0, n), skippedBlankRows, skippedRowsWithoutIdOrDate };
}
