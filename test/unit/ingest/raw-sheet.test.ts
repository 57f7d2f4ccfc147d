import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNodeEngine } from '../../../shared/engine/node';
import type { Engine } from '../../../shared/engine/engine';
import { ingestOrders, readWorkbookFile } from '../../../shared/ingest/index';
import { loadRawSheet } from '../../../shared/ingest/raw-sheet';
import { typeRawOrders } from '../../../shared/ingest/raw-orders';
import type { Column } from '../../../shared/schema/columns';
import { ORDER_FIELD_KEYS } from '../../../shared/schema/fields';
import type { Issue } from '../../../shared/schema/issues';
import type { SheetData } from '../../../shared/schema/workbook';
import * as workbooks from '../../fixtures/order-workbooks';
import { serviceNowIncidentsXlsx, shopStatesXlsx } from '../../fixtures/realworld/column-contents';
import { erpSalesWorkbook } from '../../fixtures/realworld/erp-sales';
import { followUpWorkbook } from '../../fixtures/realworld/followup-sheet';
import { mac1904Workbook } from '../../fixtures/realworld/mac-1904';
import { notesAboveWorkbook } from '../../fixtures/realworld/notes-above';

/*
 * The differential check of a sheet's SQL ingest: each .xlsx fixture's sheets (and hand-made
 * SheetData) typed by ingestOrders (JS) and by loadRawSheet + typeRawOrders + the merged fill
 * (SQL); the mapping, every field on every row of one-row-per-order sheets, and the typing
 * issues must be the same (as raw-orders.test.ts checks for CSV).
 */

let engine: Engine;
beforeAll(async () => {
  engine = await createNodeEngine();
}, 120_000);
afterAll(async () => {
  await engine?.close();
});

const TYPING_CODES = new Set(['formulaError', 'notANumber', 'notANumberOrYesNo', 'notADate', 'dateWithoutYear', 'notAYesNo', 'dateAgainstColumnOrder', 'totalsRowSkipped', 'rowWithoutIdOrDate', 'noOrderRows', 'mappingYesNoUnreadable', 'dateOrderConflict', 'dateOrderAssumed']);
const typingIssues = (issues: Issue[]) => issues.filter((i) => TYPING_CODES.has(i.code)).map((i) => `${i.cell} ${i.code} ${JSON.stringify(i.params)}`);

function jsValue(column: Column, i: number): unknown {
  if (column.kind === 'text' || column.kind === 'int') return column.values[i];
  return column.valid[i] === 1 ? column.values[i] : null;
}

/** The sheet typed in SQL (merged cells filled down by typeRawOrders): the typed table's rows by sheet row. */
async function sqlIngest(sheet: SheetData, date1904: boolean) {
  const layout = await loadRawSheet(engine, 'raw', sheet);
  const sql = await typeRawOrders(engine, 'raw', 'typed', layout, sheet.name, { date1904 });
  // Back in the JS ingest's terms: dates as wall-clock ms, yes/no as 1/0.
  const typedAsJs =
    'SELECT * REPLACE (epoch_ms(created) AS created, epoch_ms(due) AS due, epoch_ms(delivered) AS delivered, CAST(resolved AS INTEGER) AS resolved, CAST(complaint AS INTEGER) AS complaint) FROM typed ORDER BY _rec';
  const { rows } = sql.value ? await engine.query(typedAsJs) : { rows: [] };
  return { sql, rows };
}

/** What differs between the two ingests of one sheet, as lines a person can read. */
async function differences(sheet: SheetData, date1904: boolean): Promise<string[]> {
  const js = ingestOrders(sheet, { date1904 });
  const { sql, rows } = await sqlIngest(sheet, date1904);
  const out: string[] = [];
  if ((sql.value === null) !== (js.value === null)) return [`typed: SQL ${sql.value !== null}, JS ${js.value !== null}`];
  if (!js.value || !sql.value) return out;
  if (sql.value.headerRow !== js.value.headerRow) out.push(`header row: SQL ${sql.value.headerRow}, JS ${js.value.headerRow}`);
  const columnsOf = (m: typeof js.value.mapping) => JSON.stringify(Object.fromEntries(Object.entries(m).map(([f, match]) => [f, match!.column])));
  if (columnsOf(sql.value.mapping) !== columnsOf(js.value.mapping)) out.push(`mapping: SQL ${columnsOf(sql.value.mapping)}, JS ${columnsOf(js.value.mapping)}`);
  const table = js.value.table;
  const rowsJs = table.columns._row.values as Int32Array;
  if (js.value.shape === 'orders') {
    const byRow = new Map(rows.map((r) => [Number(r._row), r]));
    if (rows.length !== table.rowCount) out.push(`rows: SQL ${rows.map((r) => Number(r._row)).join(',')}, JS ${[...rowsJs].join(',')}`);
    for (let i = 0; i < table.rowCount; i++) {
      const row = byRow.get(rowsJs[i]);
      if (!row) {
        out.push(`row ${rowsJs[i]}: not in the SQL table`);
        continue;
      }
      for (const field of [...ORDER_FIELD_KEYS, 'cancelled']) {
        const want = field === 'cancelled' ? jsValue(table.columns[field], i) === 1 : jsValue(table.columns[field], i);
        const got = row[field] ?? null;
        if (got !== want) out.push(`row ${rowsJs[i]} ${field}: SQL ${String(got)}, JS ${String(want)}`);
      }
    }
  }
  const [a, b] = [typingIssues(sql.issues), typingIssues(js.issues)];
  for (const s of a) if (!b.includes(s)) out.push(`issue only in SQL: ${s}`);
  for (const s of b) if (!a.includes(s)) out.push(`issue only in JS: ${s}`);
  return out;
}

const xlsxFixtures: [string, () => Uint8Array][] = [
  ...(Object.entries(workbooks).filter(([name, f]) => typeof f === 'function' && name !== 'legacyXlsWorkbook') as [string, () => Uint8Array][]),
  ['serviceNowIncidentsXlsx', serviceNowIncidentsXlsx],
  ['shopStatesXlsx', shopStatesXlsx],
  ['erpSalesWorkbook', erpSalesWorkbook],
  ['followUpWorkbook', followUpWorkbook],
  ['mac1904Workbook', mac1904Workbook],
  ['notesAboveWorkbook', notesAboveWorkbook],
];

describe('an .xlsx sheet typed in SQL gives what the JS ingest gives', () => {
  const differs = async (name: string, bytes: () => Uint8Array) => {
    const book = readWorkbookFile(bytes(), `${name}.xlsx`).value!;
    const found: Record<string, string[]> = {};
    for (const sheet of book.sheets) found[sheet.name] = await differences(sheet, book.date1904);
    expect(found).toEqual(Object.fromEntries(book.sheets.map((s) => [s.name, []])));
  };
  it.each(xlsxFixtures)('%s', differs, 120_000);
});

const sheetOf = (values: SheetData['values'], merges?: SheetData['merges']): SheetData => ({ name: 'Orders', values, merges });

describe('hand-made sheets typed in SQL give what the JS ingest gives', () => {
  it.each<[string, SheetData]>([
    [
      'booleans in a yes/no, an errors, a text and a number column',
      sheetOf([
        ['Order ID', 'Order Date', 'Resolved', 'Errors', 'Note', 'Amount'],
        ['A1', 46296, true, false, true, 10],
        ['A2', 46297, false, true, false, 20],
        ['A3', 46298, 1, 0, 'x', 30],
      ]),
    ],
    [
      'a number in a text column, a number-like string in a number column',
      sheetOf([
        ['Order ID', 'Order Date', 'Customer', 'Amount'],
        [1001, 46296, 42, '12.50'],
        [1002, 46297, 0.5, '7'],
        ['A3', '2026-10-03', 'Acme', 3.25],
      ]),
    ],
    [
      'merged owner and team cells over several orders',
      sheetOf(
        [
          ['Order ID', 'Order Date', 'Owner', 'Team'],
          ['A1', 46296, '张三', 'East'],
          ['A2', 46297, '', ''],
          ['A3', 46298, '', ''],
          ['A4', 46299, '李四', ''],
          ['A5', 46300, '', ''],
        ],
        [
          { startRow: 1, endRow: 3, startCol: 2, endCol: 2 },
          { startRow: 1, endRow: 5, startCol: 3, endCol: 3 },
          { startRow: 4, endRow: 5, startCol: 2, endCol: 2 },
        ],
      ),
    ],
  ])('%s', async (_, sheet) => {
    expect(await differences(sheet, false)).toEqual([]);
  });
});

describe('a sheet typed in SQL, checked by hand', () => {
  it('a 4-row sheet: serial dates, a text date, booleans, a merged owner', async () => {
    // Serials (1900 system): 46296 = 2026-10-01, 46297 = 2026-10-02.
    const sheet = sheetOf(
      [
        ['Order ID', 'Order Date', 'Owner', 'Amount', 'Resolved'],
        ['A1', 46296, 'Li', 100, true],
        ['A2', '2026/10/2', '', '¥1,200', 'no'],
        ['A3', 46297.5, 'Wang', 'n/a', false],
      ],
      [{ startRow: 1, endRow: 2, startCol: 2, endCol: 2 }],
    );
    const { rows } = await sqlIngest(sheet, false);
    const day = (iso: string) => Date.parse(`${iso}Z`);
    expect(rows.map((r) => [r.order_id, r.created, r.owner, r.amount, r.resolved, r._row])).toEqual([
      ['A1', day('2026-10-01T00:00:00'), 'Li', 100, 1, 2],
      ['A2', day('2026-10-02T00:00:00'), 'Li', 1200, 0, 3],
      ['A3', day('2026-10-02T12:00:00'), 'Wang', null, 0, 4],
    ]);
    expect(await differences(sheet, false)).toEqual([]);
  });
});
