import type { CellValue } from '../../shared/schema/index';
import {
  asLiteralText,
  cellAddress,
  uniqueSheetName,
  uniqueTableName,
  type CellArea,
  type HostCapabilities,
  type NewSheet,
  type WriteOptions,
} from '../../shared/host/index';
import { splitRowsByBytes, type ChunkBudget } from './chunk-plan';
import { isPayloadTooLarge, throwIfAborted } from './excel-errors';

/** Every row as wide as the widest, text made literal (never a formula). */
function literalGrid(cells: readonly (readonly CellValue[])[]): CellValue[][] {
  const width = Math.max(0, ...cells.map((r) => r.length));
  return cells.map((row) => Array.from({ length: width }, (_, c) => asLiteralText(row[c] ?? '')));
}

function filled<T>(area: CellArea, value: T): T[][] {
  return Array.from({ length: area.rows }, () => Array.from({ length: area.cols }, () => value));
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
    range.values = grid.slice(start, start + count);
    await context.sync();
  });
}

/** Values in blocks under the request limit; a block still refused is written as two halves. */
async function writeValues(sheet: string, grid: CellValue[][], options: WriteOptions, budget: ChunkBudget): Promise<void> {
  if (!grid.length || !grid[0].length) return;
  const pending = splitRowsByBytes(grid, budget).reverse();
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

/** Number formats, tables, highlights, charts and layout: small, so one request. */
async function writeDecorations(sheet: string, spec: NewSheet, capabilities: HostCapabilities): Promise<void> {
  await Excel.run(async (context) => {
    const ws = context.workbook.worksheets.getItem(sheet);
    const tables = context.workbook.tables;
    tables.load('items/name');
    await context.sync();
    const tableNames = tables.items.map((t) => t.name);

    for (const { area, format } of spec.formats ?? []) {
      ws.getRangeByIndexes(area.row, area.col, area.rows, area.cols).numberFormat = filled(area, format);
    }
    for (const t of spec.tables ?? []) {
      const table = ws.tables.add(ws.getRangeByIndexes(t.area.row, t.area.col, t.area.rows, t.area.cols), true);
      const name = uniqueTableName(t.name, tableNames);
      tableNames.push(name);
      table.name = name;
      if (t.style) table.style = t.style;
    }
    for (const h of spec.highlights ?? []) {
      const range = ws.getRangeByIndexes(h.area.row, h.area.col, h.area.rows, h.area.cols);
      const rule = range.conditionalFormats.add('Custom');
      rule.custom.rule.formula = h.formula;
      rule.custom.format.fill.color = h.fill;
      if (h.font) rule.custom.format.font.color = h.font;
    }
    for (const c of spec.charts ?? []) {
      const data = ws.getRangeByIndexes(c.data.row, c.data.col, c.data.rows, c.data.cols);
      const chart = ws.charts.add('Line', data, 'Columns');
      chart.title.text = c.title;
      chart.legend.position = 'Bottom';
      const { placement: p } = c;
      chart.setPosition(cellAddress(p.row, p.col), cellAddress(p.row + p.rows - 1, p.col + p.cols - 1));
      if (c.valueFormat && capabilities.chartAxisFormat) chart.axes.valueAxis.numberFormat = c.valueFormat;
    }
    ws.getUsedRange().format.autofitColumns();
    if (spec.freezeRows) ws.freezePanes.freezeRows(spec.freezeRows);
    if (spec.activate !== false) ws.activate();
    await context.sync();
  });
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
  await writeValues(name, literalGrid(spec.cells), options, budget);
  throwIfAborted(options.signal);
  await writeDecorations(name, spec, capabilities);
  return name;
}
