import type { CellValue, MergedRange, SheetData } from '../../shared/schema/index';
import type { CellArea, ReadOptions } from '../../shared/host/index';
import { HEADER_SCAN_ROWS } from '../../shared/mapping/index';
import { estimateBytesSampled, firstChunkRows, nextChunkRows, type ChunkBudget } from './chunk-plan';
import { isPayloadTooLarge, throwIfAborted } from './excel-errors';

interface Block {
  values: CellValue[][];
  numberFormats: string[][] | null;
}

/** One block of rows, in its own Excel.run so a refused request leaves nothing half-done. */
async function readBlock(sheet: string, area: CellArea, withFormats: boolean): Promise<Block> {
  return Excel.run(async (context) => {
    const range = context.workbook.worksheets.getItem(sheet).getRangeByIndexes(area.row, area.col, area.rows, area.cols);
    range.load(withFormats ? ['values', 'numberFormat'] : ['values']);
    await context.sync();
    return {
      values: range.values as CellValue[][],
      numberFormats: withFormats ? (range.numberFormat as string[][]) : null,
    };
  });
}

/**
 * The merged areas that start in the header rows (the rows header detection scans), in
 * sheet coordinates as SheetJS reports them for the dashboard. Excel keeps a merged header's
 * text in its top-left cell only; without the areas a two-row or merged header reads as
 * blanks. getMergedAreasOrNullObject (ExcelApi 1.13) returns the areas whose top-left cell is
 * in the range (office-js #3611), whole; null when there are none.
 */
async function headerMerges(sheet: string, area: CellArea): Promise<MergedRange[]> {
  return Excel.run(async (context) => {
    const rows = Math.min(area.rows, HEADER_SCAN_ROWS);
    const merged = context.workbook.worksheets.getItem(sheet).getRangeByIndexes(area.row, area.col, rows, area.cols).getMergedAreasOrNullObject();
    merged.load('areaCount');
    await context.sync();
    if (merged.isNullObject) return [];
    merged.areas.load('items/rowIndex,items/columnIndex,items/rowCount,items/columnCount');
    await context.sync();
    return merged.areas.items.map((r) => ({
      startRow: r.rowIndex,
      startCol: r.columnIndex,
      endRow: r.rowIndex + r.rowCount - 1,
      endCol: r.columnIndex + r.columnCount - 1,
    }));
  });
}

/**
 * Reads an area of a sheet in blocks of rows sized to stay under Excel on the web's payload
 * limit. A block Excel still refuses as too large is read again as two halves. Where Excel has
 * them (`mergedAreas`), the header rows' merged areas come too.
 */
export async function readArea(sheet: string, area: CellArea, options: ReadOptions, budget: ChunkBudget, mergedAreas: boolean): Promise<SheetData> {
  const totalRows = Math.min(area.rows, options.maxRows ?? Infinity);
  const withFormats = options.numberFormats !== false;
  const values: CellValue[][] = [];
  const numberFormats: string[][] = [];
  let bytesPerRow = 0;
  let rows = firstChunkRows(area.cols, totalRows, budget);

  options.onProgress?.({ rowsRead: 0, totalRows });
  while (values.length < totalRows && area.cols > 0) {
    throwIfAborted(options.signal);
    const remaining = totalRows - values.length;
    rows = Math.min(rows, remaining);
    let block: Block;
    try {
      block = await readBlock(sheet, { row: area.row + values.length, col: area.col, rows, cols: area.cols }, withFormats);
    } catch (error) {
      if (!isPayloadTooLarge(error) || rows === 1) throw error;
      rows = Math.ceil(rows / 2);
      continue;
    }
    for (const row of block.values) values.push(row);
    if (block.numberFormats) for (const row of block.numberFormats) numberFormats.push(row);

    const blockBytes = estimateBytesSampled(block.values) + (block.numberFormats ? estimateBytesSampled(block.numberFormats) : 0);
    bytesPerRow = Math.max(bytesPerRow, blockBytes / block.values.length);
    rows = nextChunkRows(bytesPerRow, totalRows - values.length, budget);
    options.onProgress?.({ rowsRead: values.length, totalRows });
  }

  const merges = mergedAreas && values.length > 0 ? await headerMerges(sheet, { ...area, rows: values.length }) : [];
  return {
    name: sheet,
    values,
    ...(withFormats ? { numberFormats } : {}),
    ...(merges.length ? { merges } : {}),
    origin: { row: area.row, col: area.col },
  };
}
