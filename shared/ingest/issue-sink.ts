import type { Issue, Severity } from '../schema/issues';
import { cellAddress, columnLetters, parseAddress } from './address';

/**
 * Collects the issues of one sheet with their A1 addresses (shifted by the sheet's origin),
 * sorted by row then column at the end. A column where every one of a million cells is bad
 * must not produce a million issue objects: past `capPerColumn` issues of one code in one
 * column the rest are counted into a single "N more like this" issue, so nothing is hidden.
 */
export interface SheetOrigin {
  row: number;
  col: number;
}

interface Entry {
  row: number;
  col: number;
  issue: Issue;
}

/** Cell issues and per-column counts of one sink, plain data (it crosses between workers). */
export interface SinkPart {
  entries: Entry[];
  counts: [string, number][];
}

export const DEFAULT_ISSUE_CAP_PER_COLUMN = 1000;

export class IssueSink {
  private readonly entries: Entry[] = [];
  private readonly perColumn = new Map<string, number>();

  constructor(
    readonly sheet: string,
    private readonly origin: SheetOrigin = { row: 0, col: 0 },
    private readonly capPerColumn = DEFAULT_ISSUE_CAP_PER_COLUMN,
  ) {}

  /** An issue about one cell; row and col are indexes into the sheet's values. */
  atCell(row: number, col: number, severity: Severity, code: string, params: Issue['params'] = {}): void {
    const key = `${code}\u0000${col}`;
    const seen = (this.perColumn.get(key) ?? 0) + 1;
    this.perColumn.set(key, seen);
    if (seen > this.capPerColumn) return;
    const cell = cellAddress(row + this.origin.row, col + this.origin.col);
    this.entries.push({ row, col, issue: { sheet: this.sheet, cell, severity, code, params } });
  }

  /** How many cell issues of `code` were raised in values column `col` (listed or not). */
  countAt(col: number, code: string): number {
    return this.perColumn.get(`${code}\u0000${col}`) ?? 0;
  }

  /** The first listed cell issue of `code` in values column `col`. */
  firstAt(col: number, code: string): Issue | undefined {
    return this.entries.find((e) => e.col === col && e.issue.code === code)?.issue;
  }

  /** Forgets the cell issues of `code` in column `col`: the column is no longer read. */
  dropAt(col: number, code: string): void {
    this.perColumn.delete(`${code}\u0000${col}`);
    let kept = 0;
    for (const e of this.entries) if (!(e.col === col && e.issue.code === code)) this.entries[kept++] = e;
    this.entries.length = kept;
  }

  /** An issue about the whole sheet (cell ""). */
  sheetWide(severity: Severity, code: string, params: Issue['params'] = {}): void {
    this.entries.push({ row: -1, col: -1, issue: { sheet: this.sheet, cell: '', severity, code, params } });
  }

  /** An issue made elsewhere (shared/mapping) about this sheet, kept in order by its cell. */
  external(issue: Issue): void {
    const pos = parseAddress(issue.cell);
    const row = pos ? pos.row - this.origin.row : -1;
    const col = pos ? pos.col - this.origin.col : -1;
    this.entries.push({ row, col, issue });
  }

  /** The address a cell will be reported under (for params such as "first seen in A5"). */
  address(row: number, col: number): string {
    return cellAddress(row + this.origin.row, col + this.origin.col);
  }

  /** The sheet column letters of a values column. */
  columnName(col: number): string {
    return columnLetters(col + this.origin.col);
  }

  /** The 1-based sheet row number of a values row, as the user sees it. */
  rowNumber(row: number): number {
    return row + this.origin.row + 1;
  }

  /**
   * The cell issues of rows from `fromRow` on, and every count, to join to another sink
   * (`absorb`): how a file read in two halves gets the one list a single read gives.
   */
  cellIssuesFrom(fromRow: number): SinkPart {
    return { entries: this.entries.filter((e) => e.row >= fromRow && e.col >= 0), counts: [...this.perColumn] };
  }

  /**
   * Takes in the cell issues of the rows after this sink's (`rowOffset` turns their row
   * indexes into this sheet's; their addresses are already right). The cap per column counts
   * as if every issue had come here: this sink's first, then theirs in order.
   */
  absorb(part: SinkPart, rowOffset: number): void {
    const listed = new Map<string, number>();
    for (const e of this.entries) {
      const key = `${e.issue.code}\u0000${e.col}`;
      listed.set(key, (listed.get(key) ?? 0) + 1);
    }
    for (const e of part.entries) {
      const key = `${e.issue.code}\u0000${e.col}`;
      const n = listed.get(key) ?? 0;
      if (n >= this.capPerColumn) continue;
      listed.set(key, n + 1);
      this.entries.push({ row: e.row + rowOffset, col: e.col, issue: e.issue });
    }
    for (const [key, count] of part.counts) this.perColumn.set(key, (this.perColumn.get(key) ?? 0) + count);
  }

  finish(): Issue[] {
    const out = this.entries.slice();
    for (const [key, seen] of this.perColumn) {
      if (seen <= this.capPerColumn) continue;
      const [code, col] = key.split('\u0000');
      const severity = this.entries.find((e) => e.issue.code === code)?.issue.severity ?? 'warning';
      out.push({
        row: Number.MAX_SAFE_INTEGER,
        col: Number(col),
        issue: {
          sheet: this.sheet,
          cell: '',
          severity,
          code: 'moreLikeThis',
          params: { count: seen - this.capPerColumn, column: columnLetters(Number(col) + this.origin.col), code },
        },
      });
    }
    out.sort((a, b) => a.row - b.row || a.col - b.col);
    return out.map((e) => e.issue);
  }
}
