import type { Issue } from '../schema/issues';
import type { CellValue, MergedRange } from '../schema/workbook';
import { looseHeader } from './assign';
import { cellText, columnName, filledTextGrid, looksLikeValue } from './header-cells';
import { labelConfidence } from './label-confidence';

/** Header rows sit near the top; title rows and notes above them are few. */
export const HEADER_SCAN_ROWS = 30;
/** Columns looked at when scoring a row (the headers themselves are read in full). */
const SCAN_COLS = 256;

export interface HeaderRow {
  /** Zero-based index (into the values) of the header's last row: data starts at row + 1. */
  row: number;
  /** The header's first row: row − 1 for a two-level header, else row. */
  firstRow: number;
  /** One per column up to the last non-blank header; blank ones named by column, duplicates renamed. */
  headers: string[];
  issues: Issue[];
}

export interface SheetPlace {
  sheet?: string;
  /** Where values[0][0] sits in the sheet, so issues name the real cell. */
  origin?: { row: number; col: number };
}

/**
 * How much a row looks like a header: each label-like cell adds a little, and more when it
 * names a field; each number or date takes some away (data rows are full of them).
 */
function rowScore(row: readonly CellValue[] | undefined, label: (text: string) => number): { score: number; cells: number } {
  let score = 0;
  let cells = 0;
  const n = Math.min(row?.length ?? 0, SCAN_COLS);
  for (let c = 0; c < n; c++) {
    const v = row![c];
    const text = cellText(v);
    if (!text) continue;
    cells++;
    if (typeof v === 'number' || typeof v === 'boolean' || looksLikeValue(text)) score -= 0.5;
    else score += 0.25 + label(text);
  }
  return { score, cells };
}

function distinctTexts(row: readonly CellValue[] | undefined): number {
  return new Set((row ?? []).map(cellText).filter((t) => t !== '')).size;
}

/**
 * Two header rows when the upper one has merged cells reaching into the lower one: a group
 * label over sub-headers ("日期" over "下单 | 交期 | 交货") or headers merged down two rows.
 * A title (one text across the sheet) is not a group row.
 */
function isTwoLevel(upper: number, lower: number, values: readonly CellValue[][], merges: readonly MergedRange[]): boolean {
  if (upper < 0 || lower >= values.length || distinctTexts(values[upper]) < 2) return false;
  return merges.some(
    (m) => m.startRow === upper && (m.endRow >= lower || (m.endRow === upper && m.endCol > m.startCol)),
  );
}

/**
 * Find the header row in the first 30 rows: skips title rows ("2026年10月 订单明细"), blank
 * rows and notes; reads merged header cells; combines a two-level header into one text per
 * column ("日期 交货") when that names a field better than the lower text alone; renames
 * duplicates ("日期", "日期 (2)") and blank headers (their column letter), with an issue each.
 * null when no row looks like a header (an empty sheet, a sheet of numbers).
 */
export function findHeaderRow(
  values: readonly CellValue[][],
  merges: readonly MergedRange[] = [],
  place: SheetPlace = {},
): HeaderRow | null {
  const rows = Math.min(values.length, HEADER_SCAN_ROWS);
  const memo = new Map<string, number>();
  const label = (text: string) => {
    let s = memo.get(text);
    if (s === undefined) memo.set(text, (s = labelConfidence(text)));
    return s;
  };

  const scored = Array.from({ length: rows }, (_, r) => rowScore(values[r], label));
  const minCells = Math.min(2, Math.max(0, ...scored.map((s) => s.cells)));
  let best = -1;
  for (let r = 0; r < rows; r++) {
    if (scored[r].cells >= minCells && scored[r].score > 0 && (best < 0 || scored[r].score > scored[best].score)) best = r;
  }
  if (best < 0) return null;

  let upper = best;
  let lower = best;
  if (isTwoLevel(best - 1, best, values, merges)) upper = best - 1;
  else if (best + 1 < rows && scored[best + 1].score > 0 && isTwoLevel(best, best + 1, values, merges)) lower = best + 1;

  const grid = filledTextGrid(values, lower + 1, merges);
  const width = Math.max(grid[upper]?.length ?? 0, grid[lower]?.length ?? 0);
  const texts: string[] = [];
  for (let c = 0; c < width; c++) {
    const top = upper < lower ? (grid[upper][c] ?? '') : '';
    const bottom = grid[lower][c] ?? '';
    if (!top || top === bottom) texts.push(bottom);
    else if (!bottom) texts.push(top);
    else {
      const combined = `${top} ${bottom}`;
      const own = label(bottom);
      texts.push(own === 0 || label(combined) > own ? combined : bottom);
    }
  }
  while (texts.length > 0 && texts[texts.length - 1] === '') texts.pop();

  const origin = place.origin ?? { row: 0, col: 0 };
  const sheet = place.sheet ?? '';
  const address = (c: number) => `${columnName(origin.col + c)}${origin.row + lower + 1}`;
  const issues: Issue[] = [];
  if (upper < lower) {
    issues.push({ sheet, cell: '', severity: 'info', code: 'mappingTwoRowHeader', params: { rows: `${origin.row + upper + 1}-${origin.row + lower + 1}` } });
  }
  const seen = new Set<string>();
  const headers = texts.map((text, c) => {
    let header = text || columnName(origin.col + c);
    if (!text) issues.push({ sheet, cell: address(c), severity: 'info', code: 'mappingBlankHeader', params: { renamed: header } });
    if (seen.has(looseHeader(header))) {
      let n = 2;
      while (seen.has(looseHeader(`${header} (${n})`))) n++;
      const renamed = `${header} (${n})`;
      issues.push({ sheet, cell: address(c), severity: 'warning', code: 'mappingDuplicateHeader', params: { header, renamed } });
      header = renamed;
    }
    seen.add(looseHeader(header));
    return header;
  });
  return { row: lower, firstRow: upper, headers, issues };
}
