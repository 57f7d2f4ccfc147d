import type { CellValue } from '../../shared/schema/index';
import { uniqueSheetName, type HostCapabilities, type NewSheet, type WriteOptions } from '../../shared/host/index';
import { estimateBytes, splitRowsByBytes, type ChunkBudget } from './chunk-plan';
import { isPayloadTooLarge, throwIfAborted } from './excel-errors';
import { writeDecorations } from './write-decorations';

/** Every row as wide as the widest; a missing or null cell is written blank. */
function rectangular(cells: readonly (readonly CellValue[])[]): CellValue[][] {
  const width = Math.max(0, ...cells.map((r) => r.length));
  return cells.map((row) => Array.from({ length: width }, (_, c) => row[c] ?? ''));
}

/**
 * The number format to set before the values: "@" (Text) for a text cell, so Excel stores the
 * string as typed — never a formula (=, +, -, @), a number ("00123") or a date ("2026-10") —
 * and null elsewhere, which leaves a cell's format as it is (learn.microsoft.com, "Blank and
 * null values in Excel add-ins"). No document promises that `range.values` honours a leading
 * apostrophe; the Text format is the documented way.
 */
export function textFormats(rows: readonly (readonly CellValue[])[]): (string | null)[][] {
  return rows.map((row) => row.map((v) => (typeof v === 'string' && v !== '' ? '@' : null)));
}

/** Adds the sheet under a name no other sheet has; returns that name. */
async function addSheet(wanted: string): Promise<string> {
  return Excel.run(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load('items/name');
    await context.sync();
    const name = uniqueSheetName(wanted, sheets.items.map((s) => s.name));
    sheets.add(name);
    await context.sync();
    return name;
  });
}

async function writeRows(sheet: string, grid: CellValue[][], start: number, count: number): Promise<void> {
  await Excel.run(async (context) => {
    const range = context.workbook.worksheets.getItem(sheet).getRangeByIndexes(start, 0, count, grid[0].length);
    const rows = grid.slice(start, start + count);
    // The format first: a batch runs in order, so each string arrives in a Text cell.
    range.numberFormat = textFormats(rows) as string[][];
    range.values = rows;
    await context.sync();
  });
}

/** Values in blocks under the request limit; a block still refused is written as two halves. */
async function writeValues(sheet: string, grid: CellValue[][], options: WriteOptions, budget: ChunkBudget): Promise<void> {
  if (!grid.length || !grid[0].length) return;
  // A row costs its values and its formats: both travel in the request.
  const rowBytes = (row: readonly CellValue[]) => estimateBytes([row]) + estimateBytes(textFormats([row]));
  const pending = splitRowsByBytes(grid, budget, rowBytes).reverse();
  let written = 0;
  while (pending.length) {
    throwIfAborted(options.signal);
    const block = pending.pop()!;
    try {
      await writeRows(sheet, grid, block.start, block.count);
    } catch (error) {
      if (!isPayloadTooLarge(error) || block.count === 1) throw error;
      const half = Math.ceil(block.count / 2);
      pending.push({ start: block.start + half, count: block.count - half }, { start: block.start, count: half });
      continue;
    }
    written += block.count;
    options.onProgress?.({ rowsWritten: written, totalRows: grid.length });
  }
}

/** Writes a new sheet: name first (unique), then values in blocks, then the rest. */
export async function writeNewSheet(
  spec: NewSheet,
  options: WriteOptions,
  budget: ChunkBudget,
  capabilities: HostCapabilities,
): Promise<string> {
  throwIfAborted(options.signal);
  const name = await addSheet(spec.name);
  const grid = rectangular(spec.cells);
  await writeValues(name, grid, options, budget);
  throwIfAborted(options.signal);
  await writeDecorations(name, spec, grid, capabilities);
  return name;
}
