import type { Column } from '../schema/columns';
import type { MergedRange } from '../schema/workbook';

/**
 * Sheets often merge a team or owner cell down over that person's rows. Excel keeps the value
 * only in the top cell, so without this the other rows would have no team. Each merged area
 * below the header copies its top cell's parsed value into the rows under it (same column),
 * where those are still empty. The order id is never filled: a merged id over several rows is
 * several lines of one order, which the duplicate check should see.
 */
export function fillMergedDown(
  columnsByCol: Map<number, Column[]>,
  merges: MergedRange[],
  headerRow: number,
  rows: Int32Array,
  sheetRowCount: number,
): void {
  const dataMerges = merges.filter((m) => m.startRow > headerRow && m.endRow > m.startRow && columnsByCol.has(m.startCol));
  if (dataMerges.length === 0) return;
  const tableIndex = new Int32Array(sheetRowCount).fill(-1);
  for (let i = 0; i < rows.length; i++) tableIndex[rows[i]] = i;
  for (const m of dataMerges) {
    const top = tableIndex[m.startRow] ?? -1;
    if (top < 0) continue;
    for (const column of columnsByCol.get(m.startCol) ?? []) {
      for (let r = m.startRow + 1; r <= m.endRow && r < sheetRowCount; r++) {
        const i = tableIndex[r];
        if (i >= 0) copyIfEmpty(column, top, i);
      }
    }
  }
}

function copyIfEmpty(column: Column, from: number, to: number): void {
  if (column.kind === 'text') {
    if (column.values[to] === null) column.values[to] = column.values[from];
  } else if (column.kind !== 'int' && !column.valid[to] && column.valid[from]) {
    column.values[to] = column.values[from];
    column.valid[to] = 1;
  }
}
