import type { CellArea } from './workbook-host';

// One A1 implementation for the core: ingest names issue cells with it, the host writes with it.
import { cellAddress, columnLetters } from '../ingest/address';

export { cellAddress, columnLetters };

/** A1 address of an area: "B2:D10" (a single cell gives "B2"). */
export function areaAddress(area: CellArea): string {
  const topLeft = cellAddress(area.row, area.col);
  if (area.rows === 1 && area.cols === 1) return topLeft;
  return `${topLeft}:${cellAddress(area.row + area.rows - 1, area.col + area.cols - 1)}`;
}

/** A whole sheet row by zero-based index, as Excel names it: 4 → "5:5". */
export function rowAddress(row: number): string {
  return `${row + 1}:${row + 1}`;
}

/** "F17" → { row: 16, col: 5 }; null for anything else. */
export function parseCellAddress(address: string): { row: number; col: number } | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(address.trim());
  if (!m) return null;
  let col = 0;
  for (const ch of m[1].toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  const row = Number(m[2]);
  return row >= 1 ? { row: row - 1, col: col - 1 } : null;
}
