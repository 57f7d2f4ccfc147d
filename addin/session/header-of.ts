import { findHeaderRow, type HeaderRow } from '../../shared/mapping/index';
import type { MergedRange, SheetData } from '../../shared/schema/index';

/**
 * A sheet's header row as the pipeline finds it. Merged areas are in sheet coordinates (as
 * SheetJS and the Excel host give them) and `values` start at `origin`: shifted here, as the
 * ingest does, so a sheet whose data starts below row 1 still reads its merged header.
 */
export function headerOf(sheet: SheetData): HeaderRow | null {
  const origin = sheet.origin ?? { row: 0, col: 0 };
  const merges: MergedRange[] = (sheet.merges ?? []).map((m) => ({
    startRow: m.startRow - origin.row,
    endRow: m.endRow - origin.row,
    startCol: m.startCol - origin.col,
    endCol: m.endCol - origin.col,
  }));
  return findHeaderRow(sheet.values, merges, { sheet: sheet.name, origin });
}
