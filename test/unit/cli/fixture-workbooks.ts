import { utils, write, type CellObject, type WorkSheet } from '@e965/xlsx';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Small workbooks for the CLI tests, written with @e965/xlsx the way Excel stores them: dates
 * as serial numbers with a date format, numbers as numbers, text as text.
 */
type Value = string | number | null | { date: string };

const serial = (iso: string) => (Date.parse(`${iso}T00:00:00Z`) - Date.UTC(1899, 11, 30)) / 86_400_000;

function cellOf(v: Value): CellObject | null {
  if (v === null) return null;
  if (typeof v === 'number') return { t: 'n', v };
  if (typeof v === 'string') return { t: 's', v };
  return { t: 'n', v: serial(v.date), z: 'yyyy-mm-dd' };
}

export function sheetOf(rows: Value[][]): WorkSheet {
  const ws: WorkSheet = {};
  let width = 1;
  rows.forEach((row, r) => {
    width = Math.max(width, row.length);
    row.forEach((v, c) => {
      const cell = cellOf(v);
      if (cell) ws[utils.encode_cell({ r, c })] = cell;
    });
  });
  ws['!ref'] = utils.encode_range({ s: { r: 0, c: 0 }, e: { r: rows.length - 1, c: width - 1 } });
  return ws;
}

export function xlsxBytes(sheets: Record<string, Value[][]>): Uint8Array {
  const wb = utils.book_new();
  for (const [name, rows] of Object.entries(sheets)) utils.book_append_sheet(wb, sheetOf(rows), name);
  return write(wb, { type: 'buffer', bookType: 'xlsx' }) as Uint8Array;
}

const d = (date: string) => ({ date });

export const ORDER_HEADERS = [
  'Order ID', 'Owner', 'Team', 'Customer', 'Order Date', 'Due Date', 'Delivered', 'Status', 'Amount', 'Errors', 'Satisfaction',
];

/*
 * Ten orders, as-of 2026-03-31. Alice (Sales): A1 on time, A2 late with an error, A3 on time
 * (delivered in February), A4 open and overdue, A5 cancelled. Bob (Support): B1 on time on the
 * due day, B2 late with 2 errors, B3 open but not yet due, B4 and B5 on time.
 * B5's customer is a formula injection attempt; B3's customer has markup characters.
 */
export const ORDER_ROWS: Value[][] = [
  ['A1', 'Alice', 'Sales', 'Acme', d('2026-01-05'), d('2026-01-20'), d('2026-01-18'), 'done', 100, 0, 5],
  ['A2', 'Alice', 'Sales', 'Acme', d('2026-01-10'), d('2026-01-25'), d('2026-01-28'), 'done', 200, 1, 3],
  ['A3', 'Alice', 'Sales', 'Beta', d('2026-01-15'), d('2026-02-05'), d('2026-02-03'), 'done', 300, 0, 4],
  ['A4', 'Alice', 'Sales', 'Beta', d('2026-02-02'), d('2026-02-20'), null, 'open', 150, null, null],
  ['A5', 'Alice', 'Sales', 'Acme', d('2026-02-10'), d('2026-02-12'), null, 'cancelled', 999, null, null],
  ['B1', 'Bob', 'Support', 'Gamma', d('2026-01-03'), d('2026-01-10'), d('2026-01-10'), 'done', 50, 0, 4],
  ['B2', 'Bob', 'Support', 'Gamma', d('2026-01-20'), d('2026-01-31'), d('2026-02-02'), 'done', 80, 2, 2],
  ['B3', 'Bob', 'Support', 'Delta <Ltd>', d('2026-02-05'), d('2026-03-31'), null, 'open', 120, null, null],
  ['B4', 'Bob', 'Support', 'Delta <Ltd>', d('2026-02-11'), d('2026-02-25'), d('2026-02-24'), 'done', 60, 0, 5],
  ['B5', 'Bob', 'Support', "=cmd|' /C calc'!A0", d('2026-03-01'), d('2026-03-10'), d('2026-03-09'), 'done', 70, 0, 4],
];

/** Targets, long form: on-time 90% for everyone, 50% for Support; Alice's February satisfaction 4.5. */
export const KPI_ROWS: Value[][] = [
  ['month', 'team', 'owner', 'kpi', 'target'],
  [null, null, null, 'on_time_rate', 0.9],
  [null, 'Support', null, 'on_time_rate', 0.5],
  ['2026-02', null, 'Alice', 'satisfaction', 4.5],
];

export function tenOrdersWorkbook(headers: string[] = ORDER_HEADERS): Uint8Array {
  return xlsxBytes({ Orders: [headers, ...ORDER_ROWS], KPI: KPI_ROWS });
}

/** A fresh temp folder holding the named files. */
export function tempFiles(files: Record<string, Uint8Array | string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'kpi-cli-'));
  for (const [name, data] of Object.entries(files)) writeFileSync(join(dir, name), data);
  return dir;
}

/** The first 64 bytes of a real PNG (signature + IHDR): not a spreadsheet, whatever its name. */
export const PNG_BYTES = Uint8Array.from([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00, 0x00, 0x01,
  0x00, 0x00, 0x00, 0x01, 0x08, 0x06, 0x00, 0x00, 0x00, 0x1f, 0x15, 0xc4, 0x89, 0x00, 0x00, 0x00, 0x0a, 0x49, 0x44, 0x41,
  0x54, 0x78, 0x9c, 0x63, 0x00, 0x01, 0x00, 0x00, 0x05, 0x00, 0x01, 0x0d, 0x0a, 0x2d, 0xb4, 0x00, 0x00, 0x00, 0x00, 0x49,
  0x45, 0x4e, 0x44, 0xae,
]);
