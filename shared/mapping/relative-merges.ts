import type { MergedRange } from '../schema/workbook';

/** SheetJS-style merges are sheet coordinates; `values` may start elsewhere (origin). */
export function relativeMerges(merges: MergedRange[] | undefined, origin: { row: number; col: number }): MergedRange[] {
  if (!merges || merges.length === 0) return [];
  if (origin.row === 0 && origin.col === 0) return merges;
  return merges.map((m) => ({
    startRow: m.startRow - origin.row,
    endRow: m.endRow - origin.row,
    startCol: m.startCol - origin.col,
    endCol: m.endCol - origin.col,
  }));
}
