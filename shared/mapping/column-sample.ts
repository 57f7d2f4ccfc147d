import { isEmptyCell } from '../ingest/placeholder';
import type { CellValue } from '../schema/workbook';

/**
 * The first non-blank cells of each column below the header row, one array per column (plain
 * data: it is posted to the worker that reads a CSV's second half, so both halves map alike).
 * Placeholders are kept: a column of nothing but "NULL" must be seen as such.
 */
export type ColumnSample = readonly (readonly CellValue[])[];

/** Cells kept per column: enough to judge a column by, few enough to judge it fast. */
export const SAMPLE_CELLS = 300;
/**
 * Rows looked at, at most: a 1M-row sheet is judged by its top. A column still blank after
 * these (delivered, while every order is open) gives an empty sample, which judges nothing.
 */
export const SAMPLE_ROWS = 10_000;

export function sampleColumns(values: readonly (readonly CellValue[] | undefined)[], headerRow: number, width: number): CellValue[][] {
  const sample: CellValue[][] = Array.from({ length: width }, () => []);
  const end = Math.min(values.length, headerRow + 1 + SAMPLE_ROWS);
  let full = 0;
  for (let r = headerRow + 1; r < end && full < width; r++) {
    const row = values[r];
    if (!row) continue;
    const n = Math.min(width, row.length);
    for (let c = 0; c < n; c++) {
      const v = row[c];
      const cells = sample[c];
      if (cells.length === SAMPLE_CELLS || isEmptyCell(v)) continue;
      cells.push(v);
      if (cells.length === SAMPLE_CELLS) full++;
    }
  }
  return sample;
}
