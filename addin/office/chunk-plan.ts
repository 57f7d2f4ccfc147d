import type { CellValue } from '../../shared/schema/index';

/**
 * How many rows to move per request. Excel on the web rejects a request or response over
 * ~5 MB ("ResponsePayloadSizeLimitExceeded"); desktop Excel has no such limit but gains little
 * from bigger blocks. We size blocks from the bytes the rows measured so far, with room to spare.
 */
export interface ChunkBudget {
  /** Bytes one request or response may carry (the 5 MB limit minus headroom). */
  bytes: number;
  /** The first block, before anything was measured, in cells. */
  firstCells: number;
  /** Never more rows than this in one block. */
  maxRows: number;
}

export const EXCEL_WEB_BUDGET: ChunkBudget = { bytes: 4_000_000, firstCells: 20_000, maxRows: 50_000 };

/**
 * The JSON size of a block of cells as it travels, erring high: a non-ASCII character is
 * counted as a \uXXXX escape (6 bytes) since the wire format may escape it.
 */
export function estimateBytes(grid: readonly (readonly CellValue[])[]): number {
  let bytes = 2;
  for (const row of grid) {
    bytes += 3;
    for (const v of row) {
      if (typeof v === 'string') {
        bytes += 3 + v.length;
        for (let i = 0; i < v.length; i++) if (v.charCodeAt(i) > 0x7e || v.charCodeAt(i) < 0x20) bytes += 5;
      } else if (typeof v === 'number') {
        bytes += 1 + String(v).length;
      } else {
        bytes += 6;
      }
    }
  }
  return bytes;
}

/**
 * The estimate for a large block from an even sample of its rows (every k-th row, at most
 * `sampleRows`), scaled up: sizing the next block needs a good guess, not a count of every cell.
 */
export function estimateBytesSampled(grid: readonly (readonly CellValue[])[], sampleRows = 512): number {
  if (grid.length <= sampleRows) return estimateBytes(grid);
  const step = grid.length / sampleRows;
  const sample: (readonly CellValue[])[] = [];
  for (let i = 0; i < sampleRows; i++) sample.push(grid[Math.floor(i * step)]);
  return Math.ceil(((estimateBytes(sample) - 2) * grid.length) / sampleRows) + 2;
}

/** Rows for the first block of a sheet `cols` wide. */
export function firstChunkRows(cols: number, remaining: number, budget: ChunkBudget): number {
  return clampRows(Math.floor(budget.firstCells / Math.max(1, cols)), remaining, budget);
}

/** Rows for the next block, from the largest bytes-per-row measured so far (×1.25 headroom). */
export function nextChunkRows(bytesPerRow: number, remaining: number, budget: ChunkBudget): number {
  return clampRows(Math.floor(budget.bytes / (Math.max(1, bytesPerRow) * 1.25)), remaining, budget);
}

function clampRows(rows: number, remaining: number, budget: ChunkBudget): number {
  return Math.max(1, Math.min(rows, remaining, budget.maxRows));
}

/**
 * Blocks of rows whose estimated size stays under the budget (for writes); `rowBytes` is what
 * one row costs in the request (its values, by default).
 */
export function splitRowsByBytes(
  rows: readonly (readonly CellValue[])[],
  budget: ChunkBudget,
  rowBytes: (row: readonly CellValue[]) => number = (row) => estimateBytes([row]),
): { start: number; count: number }[] {
  const blocks: { start: number; count: number }[] = [];
  let start = 0;
  let bytes = 0;
  for (let i = 0; i < rows.length; i++) {
    const size = rowBytes(rows[i]);
    const count = i - start;
    if (count > 0 && (bytes + size > budget.bytes || count >= budget.maxRows)) {
      blocks.push({ start, count });
      start = i;
      bytes = 0;
    }
    bytes += size;
  }
  if (rows.length > start) blocks.push({ start, count: rows.length - start });
  return blocks;
}
