import type { CellValue, SheetData } from '../../shared/schema/index';
import type { CellArea, ReadOptions } from '../../shared/host/index';
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
 * Reads an area of a sheet in blocks of rows sized to stay under Excel on the web's payload
 * limit. A block Excel still refuses as too large is read again as two halves.
 */
export async function readArea(sheet: string, area: CellArea, options: ReadOptions, budget: ChunkBudget): Promise<SheetData> {
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

  return {
    name: sheet,
    values,
    ...(withFormats ? { numberFormats } : {}),
    origin: { row: area.row, col: area.col },
  };
}
