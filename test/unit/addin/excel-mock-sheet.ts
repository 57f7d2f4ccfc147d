import type { CellValue } from '../../../shared/schema/workbook';
import type { CellArea } from '../../../shared/host/index';

/**
 * The in-memory workbook behind the office-addin-mock objects, with the few Excel rules the
 * add-in depends on written out so the tests can check them by hand.
 */

export interface MockCell {
  /** What the cell holds as a value (what range.values returns). */
  value: CellValue;
  /** Set when a write started with "=" in a cell not formatted as Text (Excel would compute it). */
  formula?: string;
  /** Set when a write started with an apostrophe (Excel's quote-prefix style, as typed). */
  quotePrefix?: boolean;
}

export type MockVisibility = 'Visible' | 'Hidden' | 'VeryHidden';

export interface MockSheet {
  id: string;
  name: string;
  cells: MockCell[][];
  numberFormats: string[][];
  visibility: MockVisibility;
  /** Merged areas, whole. */
  merges: CellArea[];
  tables: { name: string; area: CellArea; style?: string }[];
  conditionalFormats: { area: CellArea; type: string; formula?: string; fill?: string; font?: string }[];
  charts: {
    type: string;
    data: CellArea;
    seriesBy: string;
    title?: string;
    legend?: string;
    from?: string;
    to?: string;
    valueFormat?: string;
    categoryTitle?: string;
    valueTitle?: string;
  }[];
  /** Areas whose columns were autofitted, and whose text was set to wrap. */
  autofitted: CellArea[];
  wrapped: CellArea[];
  frozenRows: number;
  activated: boolean;
  selected: string | null;
}

/** 1900-system serial of a date, as Excel reads "2026-10" or "2026-10-05" typed into a cell. */
function typedDate(text: string): number | null {
  const m = /^(\d{4})-(\d{1,2})(?:-(\d{1,2}))?$/.exec(text);
  if (!m || Number(m[2]) < 1 || Number(m[2]) > 12) return null;
  return (Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3] ?? 1)) - Date.UTC(1899, 11, 30)) / 86_400_000;
}

/**
 * Excel's reading of a written string. In a cell formatted as Text ("@") it stays exactly
 * that text. Otherwise it is read as if typed: a leading apostrophe makes the rest text,
 * a number text becomes the number, "=…" (or +, -, @ before a non-number) a formula, a date
 * text a date serial, TRUE/FALSE a boolean.
 */
export function typedInput(written: CellValue, format = 'General'): MockCell {
  if (typeof written !== 'string') return { value: written };
  if (format === '@') return { value: written };
  if (written.startsWith("'")) return { value: written.slice(1), quotePrefix: true };
  if (/^\s*[+-]?\d+(\.\d+)?\s*$/.test(written)) return { value: Number(written) };
  if (/^[=+\-@]/.test(written) && written.length > 1) return { value: '#FORMULA', formula: written };
  const date = typedDate(written);
  if (date !== null) return { value: date };
  if (/^(true|false)$/i.test(written)) return { value: written.toLowerCase() === 'true' };
  return { value: written };
}

let nextId = 1;

export function sheetFromValues(name: string, values: CellValue[][], numberFormats?: string[][], visibility: MockVisibility = 'Visible'): MockSheet {
  return {
    id: `{sheet-${nextId++}}`,
    name,
    cells: values.map((row) => row.map((value) => ({ value }))),
    numberFormats: numberFormats ?? values.map((row) => row.map(() => 'General')),
    visibility,
    merges: [],
    tables: [],
    conditionalFormats: [],
    charts: [],
    autofitted: [],
    wrapped: [],
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

/** Writes values as Excel does: null leaves a cell as it is; a string is read by the cell's format. */
export function writeCells(sheet: MockSheet, area: CellArea, grid: CellValue[][]): void {
  for (let r = 0; r < area.rows; r++) {
    sheet.cells[area.row + r] ??= [];
    for (let c = 0; c < area.cols; c++) {
      const v = grid[r][c];
      if (v === null) continue;
      sheet.cells[area.row + r][area.col + c] = typedInput(v, sheet.numberFormats[area.row + r]?.[area.col + c]);
    }
  }
}

/** Number formats: null leaves a cell's format as it is (Excel's rule for 2-D arrays). */
export function writeFormats(sheet: MockSheet, area: CellArea, grid: (string | null)[][]): void {
  for (let r = 0; r < area.rows; r++) {
    sheet.numberFormats[area.row + r] ??= [];
    for (let c = 0; c < area.cols; c++) {
      const f = grid[r][c];
      if (f !== null) sheet.numberFormats[area.row + r][area.col + c] = f;
    }
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

/** The merged areas whose top-left cell is in `area`, whole (getMergedAreasOrNullObject, office-js #3611). */
export function mergesStartingIn(sheet: MockSheet, area: CellArea): CellArea[] {
  return sheet.merges.filter((m) => m.row >= area.row && m.row < area.row + area.rows && m.col >= area.col && m.col < area.col + area.cols);
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

export function addressOfArea(area: CellArea): string {
  const col = (c: number) => {
    let s = '';
    for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    return s;
  };
  const tl = `${col(area.col)}${area.row + 1}`;
  return area.rows === 1 && area.cols === 1 ? tl : `${tl}:${col(area.col + area.cols - 1)}${area.row + area.rows}`;
}
