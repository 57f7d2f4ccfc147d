import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { excelSerialToEpochMs, formatWallClock } from '../../shared/ingest/index';
import type { CellValue } from '../../shared/schema/workbook';

/** The demo sheet's date columns (下单日期, 承诺交期, 实际交货日期). */
const DATE_COLUMNS = new Set([5, 6, 7]);

/**
 * Generated order cells (generateOrderCells, header row first) as a CSV a person could have
 * exported: dates as wall-clock text, yes/no as 是/否. Returns the number of orders written.
 */
export async function writeOrdersCsv(cells: readonly CellValue[][], path: string): Promise<number> {
  const out = createWriteStream(path);
  const quote = (v: string) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  let chunk: string[] = [];
  for (let r = 0; r < cells.length; r++) {
    const line = cells[r].map((v, c) => {
      if (v === null || v === '') return '';
      if (r > 0 && DATE_COLUMNS.has(c) && typeof v === 'number') return formatWallClock(excelSerialToEpochMs(v, false));
      return quote(String(v));
    });
    chunk.push(line.join(','));
    if (chunk.length === 20_000 || r === cells.length - 1) {
      if (!out.write(chunk.join('\n') + '\n')) await once(out, 'drain');
      chunk = [];
    }
  }
  out.end();
  await once(out, 'finish');
  return cells.length - 1;
}
