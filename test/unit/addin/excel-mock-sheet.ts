import type { CellValue } from '../../../shared/schema/workbook';
import type { CellArea } from '../../../shared/host/index';

/**
 * The in-memory workbook behind the office-addin-mock objects, with the few Excel rules the
 * add-in depends on written out so the tests can check them by hand.
 */

export interface MockCell {
  /** What the cell holds as a value (what range.values returns). */
  value: CellValue;
  /** Set when a write started with "=" (Excel would compute it). */
  formula?: string;
  /** Set when a write started with an apostrophe (Excel's quote-prefix style). */
  quotePrefix?: boolean;
}

export interface MockSheet {
  name: string;
  cells: MockCell[][];
  numberFormats: string[][];
  visibility: 'Visible' | 'Hidden';
  tables: { name: string; area: CellArea; style?: string }[];
  conditionalFormats: { area: CellArea; type: string; formula?: string; fill?: string; font?: string }[];
  charts: { type: string; data: CellArea; seriesBy: string; title?: string; legend?: string; from?: string; to?: string; valueFormat?: string }[];
  frozenRows: number;
  activated: boolean;
  selected: string | null;
}

/**
 * Excel's reading of a written string, as if typed: a leading apostrophe makes the rest text,
 * "=…" a formula, and a plain number text a number. (Dates and booleans are read too by Excel;
 * the tests only need to see that our writes never reach this branch.)
 */
export function typedInput(written: CellValue): MockCell {
  if (typeof written !== 'string') return { value: written };
  if (written.startsWith("'")) return { value: written.slice(1), quotePrefix: true };
  if (/^[=+\-@]/.test(written) && written.length > 1) return { value: '#FORMULA', formula: written };
  if (/^\s*[+-]?\d+(\.\d+)?\s*$/.test(written)) return { value: Number(written) };
  return { value: written };
}

export function sheetFromValues(name: string, values: CellValue[][], numberFormats?: string[][]): MockSheet {
  return {
    name,
    cells: values.map((row) => row.map((value) => ({ value }))),
    numberFormats: numberFormats ?? values.map((row) => row.map(() => 'General')),
    visibility: 'Visible',
    tables: [],
    conditionalFormats: [],
    charts: [],
    frozenRows: 0,
    activated: false,
    selected: null,
  };
}

/** The grid of values of an area; cells outside the stored grid are empty (""). */
export function valuesIn(sheet: MockSheet, area: CellArea): CellValue[][] {
  return Array.from({ length: area.rows }, (_, r) =>
    Array.from({ length: area.cols }, (_, c) => sheet.cells[area.row + r]?.[area.col + c]?.value ?? ''),
  );
}

export function formatsIn(sheet: MockSheet, area: CellArea): string[][] {
  return Array.from({ length: area.rows }, (_, r) =>
    Array.from({ length: area.cols }, (_, c) => sheet.numberFormats[area.row + r]?.[area.col + c] ?? 'General'),
  );
}

export function writeCells(sheet: MockSheet, area: CellArea, grid: CellValue[][]): void {
  for (let r = 0; r < area.rows; r++) {
    sheet.cells[area.row + r] ??= [];
    for (let c = 0; c < area.cols; c++) sheet.cells[area.row + r][area.col + c] = typedInput(grid[r][c]);
  }
}

export function writeFormats(sheet: MockSheet, area: CellArea, grid: string[][]): void {
  for (let r = 0; r < area.rows; r++) {
    sheet.numberFormats[area.row + r] ??= [];
    for (let c = 0; c < area.cols; c++) sheet.numberFormats[area.row + r][area.col + c] = grid[r][c];
  }
}

/** The smallest area holding every non-empty cell (Excel's used range, values only). */
export function usedArea(sheet: MockSheet): CellArea | null {
  let top = Infinity, left = Infinity, bottom = -1, right = -1;
  sheet.cells.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (cell && cell.value !== '' && cell.value !== null) {
        top = Math.min(top, r);
        left = Math.min(left, c);
        bottom = Math.max(bottom, r);
        right = Math.max(right, c);
      }
    }),
  );
  return bottom < 0 ? null : { row: top, col: left, rows: bottom - top + 1, cols: right - left + 1 };
}

/** "B3" or "B3:D7" → an area. */
export function areaOfAddress(address: string): CellArea {
  const part = (a: string) => {
    const m = /^([A-Z]+)(\d+)$/.exec(a.replace(/\$/g, '').toUpperCase())!;
    let col = 0;
    for (const ch of m[1]) col = col * 26 + ch.charCodeAt(0) - 64;
    return { row: Number(m[2]) - 1, col: col - 1 };
  };
  const [a, b = a] = address.split('!').pop()!.split(':');
  const from = part(a);
  const to = part(b);
  return { row: from.row, col: from.col, rows: to.row - from.row + 1, cols: to.col - from.col + 1 };
}
