import type { Engine } from '../engine/engine';
import type { ColumnTable, IntColumn, TextColumn } from '../schema/columns';
import type { CellValue, MergedRange, SheetData } from '../schema/workbook';
import { relativeMerges } from '../mapping/index';
import { rawColumn, type CsvLayout } from './raw-csv';

/*
 * A sheet's cells (an Excel range, an .xlsx sheet) as the raw table the SQL typing reads
 * (raw-csv.ts): `_rec` the row's index in SheetData.values, c0 … c{width-1} the cells as text,
 * NULL for empty. One typing for files and ranges: the text of each cell is chosen so that
 * field-sql.ts types it as the JS ingest types the cell —
 * - a number as String(n), its shortest round-trip text: a plain number to the SQL typing
 *   (CSV_PLAIN_NUMBER), which reads it as the number, or in a date column as an Excel serial,
 *   as the JS ingest reads a number cell;
 * - a boolean as TRUE / FALSE, what the JS ingest makes of it in a text column; a yes/no and an
 *   errors column read it as 1 / 0 (kpi_yes_no), a date or number column not at all, as JS;
 * - a string as written ("" is empty).
 * Loaded through Engine.loadTable (Arrow in the browser, the appender in Node): a ColumnTable of
 * text columns is all the raw table needs, so nothing here builds Arrow itself.
 */

/**
 * A sheet's layout: a CsvLayout, and its merged areas relative to values[0][0], which header
 * detection needs (a header merged over two rows) and the merged fill (merged-sql.ts) too.
 */
export interface SheetLayout extends CsvLayout {
  merges: MergedRange[];
}

/** A cell's text in the raw table; null for an empty cell. */
export function rawCellText(v: CellValue): string | null {
  if (v === null || v === '') return null;
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : null;
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  return v;
}

/** The sheet's widest row. */
export const sheetWidth = (sheet: SheetData): number => Math.max(1, ...sheet.values.map((row) => row.length));

/** The raw table of a sheet: `_rec`, then one text column per sheet column. */
export function rawSheetTable(sheet: SheetData): ColumnTable {
  const n = sheet.values.length;
  const width = sheetWidth(sheet);
  const rec: IntColumn = { kind: 'int', values: Int32Array.from({ length: n }, (_, r) => r) };
  const columns: ColumnTable['columns'] = { _rec: rec };
  for (let c = 0; c < width; c++) {
    const values = new Array<string | null>(n);
    for (let r = 0; r < n; r++) values[r] = rawCellText(sheet.values[r][c] ?? null);
    columns[rawColumn(c)] = { kind: 'text', values } satisfies TextColumn;
  }
  return { rowCount: n, columns };
}

/**
 * The sheet into `table` as raw text rows; returns its layout. The head is the sheet's rows
 * themselves (numbers typed), as the JS ingest's header detection sees them; no copy is made. The delimiter
 * means nothing for a sheet; it is there because the typing takes a CsvLayout.
 */
export async function loadRawSheet(engine: Engine, table: string, sheet: SheetData): Promise<SheetLayout> {
  await engine.loadTable(table, rawSheetTable(sheet));
  return { delimiter: ',', width: sheetWidth(sheet), head: sheet.values, merges: relativeMerges(sheet.merges, sheet.origin ?? { row: 0, col: 0 }) };
}
