import type { CellValue, SheetData } from '../schema/workbook';
import { monthOfSerial } from './calendar';
import { COL, ORDER_HEADERS } from './order';
import { mulberry32 } from './prng';
import { orderSampler } from './sampler';

export const DEMO_SEED = 20261031;
export const DEMO_ORDER_COUNT = 20_000;
export const ORDER_SHEET_NAME = '订单明细';

const DATE_FORMAT = 'yyyy-mm-dd';
const DATE_TIME_FORMAT = 'yyyy-mm-dd hh:mm';
const DATE_COLUMNS: readonly number[] = [COL.created, COL.due, COL.delivered];

/**
 * The orders sheet of the demo: orders in date order with ids like DD2411-0001, and the number
 * formats Excel would report (dates as yyyy-mm-dd, with the time when there is one).
 */
export function demoOrderSheet(orders: number, seed: number): SheetData {
  const next = orderSampler(mulberry32(seed));
  const rows: CellValue[][] = [];
  for (let i = 0; i < orders; i++) rows.push(next());
  rows.sort((a, b) => (a[COL.created] as number) - (b[COL.created] as number));
  assignMonthlyIds(rows);
  const values: CellValue[][] = [[...ORDER_HEADERS], ...rows];
  return { name: ORDER_SHEET_NAME, values, numberFormats: values.map(orderRowFormats) };
}

/**
 * The benchmark's generator: `rows` orders (plus the header row) of the same shape as the demo,
 * fast — no sorting, ids numbered in generation order.
 */
export function generateOrderCells(rows: number, seed = DEMO_SEED): CellValue[][] {
  const next = orderSampler(mulberry32(seed));
  const values: CellValue[][] = new Array(rows + 1);
  values[0] = [...ORDER_HEADERS];
  for (let i = 1; i <= rows; i++) {
    const row = next();
    row[COL.id] = 'DD' + String(i).padStart(7, '0');
    values[i] = row;
  }
  return values;
}

function assignMonthlyIds(rows: CellValue[][]): void {
  let month = '';
  let seq = 0;
  for (const row of rows) {
    const m = monthOfSerial(row[COL.created] as number);
    seq = m === month ? seq + 1 : 1;
    month = m;
    row[COL.id] = `DD${m.slice(2, 4)}${m.slice(5, 7)}-${String(seq).padStart(4, '0')}`;
  }
}

function orderRowFormats(row: CellValue[], index: number): string[] {
  const formats = row.map(() => 'General');
  if (index === 0) return formats;
  for (const c of DATE_COLUMNS) {
    const v = row[c];
    if (typeof v === 'number') formats[c] = Number.isInteger(v) ? DATE_FORMAT : DATE_TIME_FORMAT;
  }
  if (typeof row[COL.amount] === 'number') formats[COL.amount] = '#,##0.00';
  if (typeof row[COL.response] === 'number') formats[COL.response] = '0.0';
  return formats;
}
