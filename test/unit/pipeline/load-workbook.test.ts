import { afterEach, describe, expect, it } from 'vitest';
import { createNodeEngine } from '../../../shared/engine/node';
import type { Engine } from '../../../shared/engine/engine';
import { buildReport, computeKpis, loadWorkbook } from '../../../shared/pipeline/index';
import type { CellValue, WorkbookData } from '../../../shared/schema/workbook';
import { KPI_ROWS, ORDER_HEADERS, ORDER_ROWS } from '../cli/fixture-workbooks';

/** The CLI's ten-order fixture as Excel's range.values gives it: dates as serial numbers. */
function cells(rows: typeof ORDER_ROWS): CellValue[][] {
  const serial = (iso: string) => (Date.parse(`${iso}T00:00:00Z`) - Date.UTC(1899, 11, 30)) / 86_400_000;
  return rows.map((row) => row.map((v) => (v === null ? '' : typeof v === 'object' ? serial(v.date) : v)));
}

function workbook(headers = ORDER_HEADERS, withKpi = true): WorkbookData {
  const sheets = [{ name: 'Orders', values: [headers, ...cells(ORDER_ROWS)] }];
  if (withKpi) sheets.push({ name: 'Targets', values: cells(KPI_ROWS) });
  return { sheets, date1904: false };
}

let engine: Engine | null = null;
afterEach(async () => {
  await engine?.close();
  engine = null;
});
async function freshEngine() {
  engine = await createNodeEngine();
  return engine;
}

describe('loadWorkbook', () => {
  it('finds both sheets, loads orders and targets, and tells what the data holds', async () => {
    const phases: string[] = [];
    const { value, issues } = await loadWorkbook(await freshEngine(), workbook(), { onProgress: (p) => phases.push(p) });
    expect(issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(value).toMatchObject({
      ordersSheet: 'Orders',
      kpiSheet: 'Targets',
      satisfactionScale: 5,
      months: ['2026-01', '2026-02', '2026-03'],
      teams: ['Sales', 'Support'],
      owners: ['Alice', 'Bob'],
      teamOf: { Alice: 'Sales', Bob: 'Support' },
      rowCount: 10,
      cancelledCount: 1,
      headers: ORDER_HEADERS,
    });
    expect(value!.targets).toHaveLength(3);
    expect(value!.fieldsPresent).toEqual(expect.arrayContaining(['order_id', 'owner', 'created', 'due', 'delivered', 'satisfaction']));
    expect(value!.fieldsPresent).not.toContain('response_hours');
    expect(value!.mapping.created?.header).toBe('Order Date');
    expect(phases[0]).toBe('detect');
    expect(phases.at(-1)).toBe('done');
  });

  it('leaves both tables for SQL and locks the engine down', async () => {
    const e = await freshEngine();
    await loadWorkbook(e, workbook());
    const orders = await e.query('SELECT count(*) AS n FROM orders WHERE NOT cancelled');
    expect(orders.rows[0].n).toBe(9);
    const targets = await e.query(`SELECT target FROM targets WHERE kpi = 'on_time_rate' AND team = 'Support'`);
    expect(targets.rows).toEqual([{ target: 0.5 }]);
    await expect(e.query(`SELECT * FROM read_csv('/etc/hostname')`)).rejects.toThrow();
  });

  it('kpiSheet null loads no targets (the table exists, empty)', async () => {
    const e = await freshEngine();
    const { value } = await loadWorkbook(e, workbook(), { kpiSheet: null });
    expect(value!.kpiSheet).toBeNull();
    expect(value!.targets).toEqual([]);
    expect((await e.query('SELECT count(*) AS n FROM targets')).rows[0].n).toBe(0);
  });

  it('targets can come from another workbook', async () => {
    const targetsBook: WorkbookData = { sheets: [{ name: 'Goals', values: cells(KPI_ROWS) }], date1904: false };
    const { value } = await loadWorkbook(await freshEngine(), workbook(ORDER_HEADERS, false), { targetsWorkbook: targetsBook });
    expect(value!.kpiSheet).toBe('Goals');
    expect(value!.targets).toHaveLength(3);
  });

  it('a missing created column: no data, an error naming the field and listing the headers', async () => {
    const headers = ORDER_HEADERS.map((h) => (h === 'Order Date' ? 'Stamp' : h));
    const { value, issues } = await loadWorkbook(await freshEngine(), workbook(headers));
    expect(value).toBeNull();
    const error = issues.find((i) => i.severity === 'error')!;
    expect(error).toMatchObject({ sheet: 'Orders', code: 'mappingMissingRequired' });
    expect(error.params.missing).toBe('created');
    expect(String(error.params.headers)).toContain('Stamp');
  });

  it('a named sheet that is not there, and a workbook without sheets', async () => {
    const e = await freshEngine();
    const named = await loadWorkbook(e, workbook(), { ordersSheet: 'Bestellungen' });
    expect(named.value).toBeNull();
    expect(named.issues[0]).toMatchObject({ code: 'pipelineSheetNotFound', params: { name: 'Bestellungen', sheets: 'Orders, Targets' } });
    const none = await loadWorkbook(e, { sheets: [], date1904: false });
    expect(none.issues[0].code).toBe('pipelineNoSheets');
  });
});

describe('computeKpis and buildReport', () => {
  it('one row per month for group none, with the everyone target; report in Chinese', async () => {
    const e = await freshEngine();
    const { value: loaded, issues } = await loadWorkbook(e, workbook());
    const q = { basis: 'natural', group: 'none', asOf: '2026-03-31' } as const;
    const kpis = await computeKpis(e, loaded!, q);
    expect(kpis.rows.map((r) => r.month)).toEqual(['2026-01', '2026-02', '2026-03']);
    const feb = kpis.rows[1];
    // created in February: A4, B3, B4 (A5 cancelled)
    expect(feb.orders).toBe(3);
    // due in February: A3 on time, A4 open and past due, B4 on time
    expect(feb.on_time_rate).toBeCloseTo(2 / 3, 10);
    expect(feb.targets.on_time_rate).toEqual({ target: 0.9, met: false, gap: expect.closeTo(2 / 3 - 0.9, 10) });
    expect(kpis.absent.map((a) => a.kpi)).toEqual(expect.arrayContaining(['response_hours_avg', 'resolution_rate', 'complaint_rate']));
    expect(kpis.sql).toContain('orders');

    const warning = { sheet: 'Orders', cell: 'F9', severity: 'warning' as const, code: 'cliFileNotFound', params: { path: 'x' } };
    const report = buildReport(loaded!, kpis, { ...q, from: null, to: null }, [...issues, warning], 'zh');
    expect(report.group).toBeNull();
    expect(report.mapping.created).toBe('Order Date');
    expect(report.rows[1].targets.on_time_rate).toMatchObject({ target: 0.9, met: false });
    expect(report.issues.at(-1)).toEqual({ sheet: 'Orders', cell: 'F9', severity: 'warning', message: '无法读取 x：文件不存在', code: 'cliFileNotFound' });
    expect(report).toMatchObject({ orders: 9, cancelled: 1, satisfactionScale: 5, ordersSheet: 'Orders', kpiSheet: 'Targets' });
  });

  it('stops at the as-of month unless a later month is asked for', async () => {
    const e = await freshEngine();
    const { value: loaded } = await loadWorkbook(e, workbook());
    // as of 2026-02-15 the March orders lie in the future: no 2026-03 row by default
    const q = { basis: 'natural', group: 'none', asOf: '2026-02-15' } as const;
    expect((await computeKpis(e, loaded!, q)).rows.map((r) => r.month)).toEqual(['2026-01', '2026-02']);
    const later = await computeKpis(e, loaded!, { ...q, to: '2026-03' });
    expect(later.rows.map((r) => r.month)).toEqual(['2026-01', '2026-02', '2026-03']);
  });
});
