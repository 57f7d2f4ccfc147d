import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNodeEngine } from '../../../shared/engine/node';
import type { Engine } from '../../../shared/engine/engine';
import { IssueSink, ingestOrders, readWorkbookFile } from '../../../shared/ingest/index';
import { loadRawCsv } from '../../../shared/ingest/raw-csv-load';
import { typeRawOrders } from '../../../shared/ingest/raw-orders';
import type { Column } from '../../../shared/schema/columns';
import { ORDER_FIELD_KEYS } from '../../../shared/schema/fields';
import type { Issue } from '../../../shared/schema/issues';
import { CSV_FIXTURES as fixtures } from '../../fixtures/realworld/csv-fixtures';
import { tempFolder, type TempFolder } from '../realworld/harness';

/*
 * The differential check of the SQL ingest: each CSV fixture typed by ingestOrders (our reader,
 * JS typing) and by read_csv + typeRawOrders (SQL typing); the mapping, the typed value of
 * every field on every row both keep, and every cell issue of typing must be the same.
 */

let engine: Engine;
let folder: TempFolder;
beforeAll(async () => {
  engine = await createNodeEngine();
  folder = tempFolder();
}, 120_000);
afterAll(async () => {
  await engine?.close();
  folder?.remove();
});

const TYPING_CODES = new Set(['orderLinesDisagree', 'amountOncePerOrder', 'orderLinesCombined', 'orderLinesAcrossGroups', 'historyLatestKept', 'formulaError', 'notANumber', 'notANumberOrYesNo', 'notADate', 'dateWithoutYear', 'notAYesNo', 'dateAgainstColumnOrder', 'totalsRowSkipped', 'rowWithoutIdOrDate', 'noOrderRows', 'mappingYesNoUnreadable', 'dateOrderConflict', 'dateOrderAssumed']);
/** The checks over orders (after lines and histories are combined). */
const CHECK_CODES = new Set(['negativeResponseHours', 'responseHoursOverTenYears', 'negativeAmount', 'satisfactionOutOfScale', 'deliveredBeforeCreated', 'missingOrderId', 'missingCreatedDate']);


function jsValue(column: Column, i: number): unknown {
  if (column.kind === 'text') return column.values[i];
  if (column.kind === 'int') return column.values[i];
  return column.valid[i] === 1 ? column.values[i] : null;
}

const typingIssues = (issues: Issue[]) => issues.filter((i) => TYPING_CODES.has(i.code)).map((i) => `${i.cell} ${i.code} ${JSON.stringify(i.params)}`);

// Small files type every number, date and yes/no field by lookup: the inline typing, which large files use, is compared too.
describe.each([['by lookup', true], ['inline', false]] as const)('CSV ingest in SQL gives what the JS ingest gives (%s)', (_, lookups) => {
  it.each(fixtures)('%s', async (name, bytes) => {
    const b = bytes();
    const file = name.endsWith('.csv') ? name : `${name}.csv`;
    const sheet = readWorkbookFile(b, file).value!.sheets[0];
    const js = ingestOrders(sheet, { date1904: false });
    const path = folder.write(file, b);
    const layout = await loadRawCsv(engine, 'raw', path, b);
    const sql = await typeRawOrders(engine, 'raw', 'typed', layout, sheet.name, { date1904: false, lookups });
    expect(sql.value === null).toBe(js.value === null);
    if (!js.value || !sql.value) return;
    expect(sql.value.headerRow).toBe(js.value.headerRow);
    const columnsOf = (m: typeof js.value.mapping) => Object.fromEntries(Object.entries(m).map(([f, match]) => [f, match!.column]));
    expect(columnsOf(sql.value.mapping)).toEqual(columnsOf(js.value.mapping));

    // Back in the JS ingest's terms: dates as wall-clock ms, yes/no as 1/0.
    const { rows } = await engine.query(
      'SELECT * REPLACE (epoch_ms(created) AS created, epoch_ms(due) AS due, epoch_ms(delivered) AS delivered, CAST(resolved AS INTEGER) AS resolved, CAST(complaint AS INTEGER) AS complaint) FROM typed ORDER BY _rec',
    );
    const byRow = new Map(rows.map((r) => [Number(r._row), r]));
    const table = js.value.table;
    const rowsJs = table.columns._row.values as Int32Array;
    const differences: string[] = [];
    expect(sql.value.shape).toBe(js.value.shape);
    expect(sql.value.orderCount).toBe(js.value.orderCount);
    expect(sql.value.ordersAcrossGroups).toBe(js.value.ordersAcrossGroups);
    {
      for (let i = 0; i < table.rowCount; i++) {
        const row = byRow.get(rowsJs[i]);
        if (!row) {
          differences.push(`row ${rowsJs[i]}: not in the SQL table`);
          continue;
        }
        for (const field of [...ORDER_FIELD_KEYS, 'cancelled']) {
          const want = field === 'cancelled' ? jsValue(table.columns[field], i) === 1 : jsValue(table.columns[field], i);
          const got = row[field] === undefined ? null : row[field];
          if (!(got === want || (typeof want === 'number' && got === want) || (want === null && got === null))) differences.push(`row ${rowsJs[i]} ${field}: SQL ${String(got)}, JS ${String(want)}`);
        }
      }
    }
    expect(differences).toEqual([]);
    expect(rows.map((r) => Number(r._row))).toEqual([...rowsJs]);
    expect(typingIssues(sql.issues)).toEqual(typingIssues(js.issues));
    expect(sql.value.skippedBlankRows).toBe(js.value.skippedBlankRows);
    expect(sql.value.createdUnreadable).toEqual(js.value.createdUnreadable);
    {
      const checks = (issues: Issue[]) => issues.filter((i) => CHECK_CODES.has(i.code)).map((i) => `${i.cell} ${i.code} ${JSON.stringify(i.params)}`);
      expect(checks(sql.issues)).toEqual(checks(js.issues));
      expect(sql.value.satisfactionScale).toBe(js.value.satisfactionScale);
    }
  });
});

describe('CSV ingest in SQL: issues capped per column as IssueSink caps them', () => {
  it('lists the first two bad amounts and counts the other three', async () => {
    const text = 'Order ID,Order Date,Amount\n' + ['x1', 'x2', 'x3', 'x4', 'x5'].map((a, i) => `A${i + 1},2026-10-0${i + 1},${a}`).join('\n') + '\nA6,2026-10-06,12\n';
    const bytes = new TextEncoder().encode(text);
    const sheet = readWorkbookFile(bytes, 'capped.csv').value!.sheets[0];
    const js = ingestOrders(sheet, { date1904: false, sink: new IssueSink(sheet.name, { row: 0, col: 0 }, 2) });
    const layout = await loadRawCsv(engine, 'raw', folder.write('capped.csv', bytes), bytes);
    const sql = await typeRawOrders(engine, 'raw', 'typed', layout, sheet.name, { date1904: false }, 2);
    const listed = sql.issues.filter((i) => i.code === 'notANumber' || i.code === 'moreLikeThis');
    expect(listed.map((i) => `${i.cell} ${i.code} ${JSON.stringify(i.params)}`)).toEqual([
      'C2 notANumber {"value":"x1"}',
      'C3 notANumber {"value":"x2"}',
      ' moreLikeThis {"count":3,"column":"C","code":"notANumber"}',
    ]);
    expect(sql.issues).toEqual(js.issues);
  });
});

describe('CSV ingest in SQL: which rows are orders, as selectOrderRows decides', () => {
  // Row 3: a further line of SO-1 (no id, the same created date-time); row 5 blank; row 6 a
  // note with neither id nor date; row 7 an order without a created date; rows 8 and 9 totals;
  // row 10 an id-less row created at another time: an order of its own, without an id.
  const text = [
    'Order ID,Created,Amount,Note',
    'SO-1,2026-10-01 09:30,100,',
    ',2026-10-01 09:30,50,second line',
    'SO-2,2026-10-02,80,',
    ',,,',
    ',,,checked by Li',
    'SO-3,,60,',
    '合  计,,290,',
    'Subtotal for October,,290,',
    ',2026-10-03 11:00,20,',
  ].join('\n') + '\n';

  it('skips totals, blank and empty-handed rows with their issues, and gives further lines their id and their order', async () => {
    const bytes = new TextEncoder().encode(text);
    const sheet = readWorkbookFile(bytes, 'rows.csv').value!.sheets[0];
    const js = ingestOrders(sheet, { date1904: false });
    const layout = await loadRawCsv(engine, 'raw', folder.write('rows.csv', bytes), bytes);
    const sql = await typeRawOrders(engine, 'raw', 'typed', layout, sheet.name, { date1904: false });
    const { rows } = await engine.query('SELECT _row, order_id, amount FROM typed ORDER BY _rec');
    // SO-1's second line (row 3) is part of SO-1: one order of 100 + 50.
    expect(rows.map((r) => `${String(r._row)} ${String(r.order_id)} ${String(r.amount)}`)).toEqual(['2 SO-1 150', '4 SO-2 80', '7 SO-3 60', '10 null 20']);
    expect(sql.value!.shape).toBe('lines');
    expect(sql.value!.orderCount).toBe(4);
    const shown = (issues: Issue[]) =>
      issues.filter((i) => ['totalsRowSkipped', 'rowWithoutIdOrDate', 'missingOrderId', 'missingCreatedDate'].includes(i.code)).map((i) => `${i.cell} ${i.code} ${JSON.stringify(i.params)}`);
    expect(shown(sql.issues)).toEqual([
      'A6 rowWithoutIdOrDate {"row":6}',
      'B7 missingCreatedDate {}',
      'A8 totalsRowSkipped {"row":8,"label":"合  计"}',
      'A9 totalsRowSkipped {"row":9,"label":"Subtotal for October"}',
      'A10 missingOrderId {}',
    ]);
    expect(shown(sql.issues)).toEqual(shown(js.issues));
    expect(sql.value!.skippedBlankRows).toBe(1);
    expect(js.value!.skippedBlankRows).toBe(1);
    expect(sql.value!.linesWithoutId).toBe(1);
  });
});

describe('CSV ingest in SQL: cancelled orders', () => {
  it('by a status that says so, or by a filled cancellation-date column no field took', async () => {
    const text = 'Order ID,Created,Status,Cancelled at\nA1,2026-10-01,已取消,\nA2,2026-10-02,Shipped,2026-10-03\nA3,2026-10-03,shipped,\nA4,2026-10-04,VOIDED,\nA5,2026-10-05,,\n';
    const bytes = new TextEncoder().encode(text);
    const sheet = readWorkbookFile(bytes, 'cancel.csv').value!.sheets[0];
    const js = ingestOrders(sheet, { date1904: false }).value!;
    await typeRawOrders(engine, 'raw', 'typed', await loadRawCsv(engine, 'raw', folder.write('cancel.csv', bytes), bytes), sheet.name, { date1904: false });
    const { rows } = await engine.query('SELECT order_id, cancelled FROM typed ORDER BY _rec');
    expect(rows.map((r) => `${String(r.order_id)} ${String(r.cancelled)}`)).toEqual(['A1 true', 'A2 true', 'A3 false', 'A4 true', 'A5 false']);
    expect([...(js.table.columns.cancelled.values as Uint8Array)]).toEqual([1, 1, 0, 1, 0]);
  });
});

describe('CSV ingest in SQL: columns that cannot be read at all', () => {
  async function both(name: string, text: string) {
    const bytes = new TextEncoder().encode(text);
    const sheet = readWorkbookFile(bytes, name).value!.sheets[0];
    const js = ingestOrders(sheet, { date1904: false });
    const sql = await typeRawOrders(engine, 'raw', 'typed', await loadRawCsv(engine, 'raw', folder.write(name, bytes), bytes), sheet.name, { date1904: false });
    return { js, sql };
  }

  it('a yes/no field whose column holds not one yes/no is left unmapped, with one warning', async () => {
    const { js, sql } = await both('sla.csv', 'Ticket,Created,Resolved\nT1,2026-10-01,Within SLA\nT2,2026-10-02,SLA Violated\nT3,2026-10-03,Within SLA\n');
    expect(sql.value!.mapping.resolved).toBeUndefined();
    const warning = sql.issues.find((i) => i.code === 'mappingYesNoUnreadable');
    expect(warning?.params).toEqual({ field: 'resolved', header: 'Resolved', column: 'C', count: 3, example: 'Within SLA' });
    expect(sql.issues.filter((i) => i.code === 'notAYesNo')).toEqual([]);
    expect(js.issues.find((i) => i.code === 'mappingYesNoUnreadable')).toEqual(warning);
  });

  it('not one created date readable: the params of the error that makes the sheet unusable', async () => {
    const { js, sql } = await both('bad.csv', 'Ticket,Opened\nT1,soon\nT2,later\nT3,2016-13-45\n');
    expect(sql.value!.createdUnreadable).toEqual({ column: 'B', header: 'Opened', count: 3, example: 'soon' });
    expect(js.value!.createdUnreadable).toEqual(sql.value!.createdUnreadable);
  });
});

describe('CSV ingest in SQL: a date column’s order, said once', () => {
  async function orderIssues(name: string, text: string) {
    const bytes = new TextEncoder().encode(text);
    const sheet = readWorkbookFile(bytes, name).value!.sheets[0];
    const js = ingestOrders(sheet, { date1904: false });
    const sql = await typeRawOrders(engine, 'raw', 'typed', await loadRawCsv(engine, 'raw', folder.write(name, bytes), bytes), sheet.name, { date1904: false });
    const shown = (issues: Issue[]) => issues.filter((i) => i.code.startsWith('dateOrder') || i.code === 'dateAgainstColumnOrder').map((i) => `${i.cell} ${i.code} ${JSON.stringify(i.params)}`);
    return { sql: shown(sql.issues), js: shown(js.issues) };
  }

  it('both orders in one column: a conflict at the first cell against the order taken', async () => {
    const { sql, js } = await orderIssues('conflict.csv', 'Ticket,Opened\nT1,25/06/2016\nT2,26/06/2016\nT3,06/27/2016\n');
    expect(sql[0]).toBe('B4 dateOrderConflict {"column":"B","readAs":"dmy","dayFirst":2,"monthFirst":1,"dayFirstExample":"25/06/2016","monthFirstExample":"06/27/2016"}');
    expect(sql).toEqual(js);
  });

  it('only dates either order reads: the order assumed, with the other reading of the first', async () => {
    const { sql, js } = await orderIssues('assumed.csv', 'Ticket,Opened\nT1,05/06/2016\nT2,07/08/2016\n');
    expect(sql).toEqual(['B2 dateOrderAssumed {"column":"B","count":2,"otherCount":0,"example":"05/06/2016","readAs":"mdy","basis":"usual","otherDay":5,"otherMonth":6}']);
    expect(sql).toEqual(js);
  });
});
