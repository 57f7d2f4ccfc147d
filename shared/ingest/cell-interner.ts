import type { CellValue } from '../schema/workbook';

/*
 * Repeated cells of a CSV column (teams, owners, statuses, "是"/"否", scores) share one value.
 * A million rows of sixteen cells are sixteen million small strings otherwise, every one of
 * which outlives the young generation (it is kept in its row) and is copied by the garbage
 * collector, then read again, scattered, by every later pass. The parser hashes a field's
 * characters while it scans for the delimiter, so a repeat costs a hash lookup and one native
 * comparison against the text, and no allocation at all.
 */

/** Look at this many fields of a column before deciding whether interning pays there. */
const PROBE = 4096;
/** …and stop for the column when more than this share of them were distinct. */
const MAX_DISTINCT_SHARE = 0.5;
/** Fields longer than this are rarely repeated labels. */
export const MAX_INTERNED_LENGTH = 40;
const MAX_ENTRIES = 50_000;

interface Entry {
  raw: string;
  cell: CellValue;
}

class ColumnCells {
  readonly byHash = new Map<number, Entry | Entry[]>();
  seen = 0;
  distinct = 0;
  on = true;
}

export class CellInterner {
  private readonly columns: ColumnCells[] = [];

  constructor(private readonly toCell: (raw: string) => CellValue) {}

  /** Whether the column's repeats are still looked for (the caller may skip hashing if not). */
  interning(col: number): boolean {
    const column = this.columns[col];
    return column === undefined || column.on;
  }

  /** The cell of text[from, to), whose character hash is `hash`, shared with its earlier repeats. */
  cell(col: number, text: string, from: number, to: number, hash: number): CellValue {
    let column = this.columns[col];
    if (column === undefined) column = this.columns[col] = new ColumnCells();
    if (!column.on) return this.toCell(text.slice(from, to));
    column.seen++;
    const length = to - from;
    const found = column.byHash.get(hash);
    if (found !== undefined) {
      if (!Array.isArray(found)) {
        if (found.raw.length === length && text.startsWith(found.raw, from)) return found.cell;
      } else {
        for (const e of found) if (e.raw.length === length && text.startsWith(e.raw, from)) return e.cell;
      }
    }
    const raw = text.slice(from, to);
    const cell = this.toCell(raw);
    column.distinct++;
    if (column.byHash.size < MAX_ENTRIES) {
      const entry = { raw, cell };
      if (found === undefined) column.byHash.set(hash, entry);
      else if (Array.isArray(found)) found.push(entry);
      else column.byHash.set(hash, [found, entry]);
    }
    if (column.seen >= PROBE && column.distinct > column.seen * MAX_DISTINCT_SHARE) {
      column.on = false;
      column.byHash.clear();
    }
    return cell;
  }
}
