import type { CellValue, MergedRange } from '../schema/workbook';

/** A header cell's text: trimmed, inner whitespace and line breaks collapsed ("下单\n日期" → "下单 日期"). */
export function cellText(v: CellValue | undefined): string {
  if (v === null || v === undefined) return '';
  return String(v).replace(/\s+/g, ' ').trim();
}

/** Text that reads as a value, not a label: numbers, dates, amounts ("2026-10-05", "1,234.50", "¥300"). */
export function looksLikeValue(text: string): boolean {
  return /^[-+]?[$¥￥€]?\s*[\d.,:/\- 年月日]+%?$/.test(text);
}

/**
 * The text grid of the first `rows` rows, with each merged range's text copied into every
 * cell it covers (SheetJS and Excel keep it in the top-left cell only).
 */
export function filledTextGrid(values: readonly CellValue[][], rows: number, merges: readonly MergedRange[]): string[][] {
  const grid = values.slice(0, rows).map((row) => row.map(cellText));
  for (const m of merges) {
    if (m.startRow >= rows) continue;
    const text = grid[m.startRow]?.[m.startCol] ?? '';
    if (!text) continue;
    for (let r = m.startRow; r <= Math.min(m.endRow, rows - 1); r++) {
      const row = grid[r];
      if (!row) continue;
      for (let c = m.startCol; c <= m.endCol; c++) if (!row[c]) row[c] = text;
    }
  }
  return grid;
}

/** Zero-based column → letters: 0 → "A", 26 → "AA". */
export function columnName(col0: number): string {
  let n = col0 + 1;
  let out = '';
  while (n > 0) {
    out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}
