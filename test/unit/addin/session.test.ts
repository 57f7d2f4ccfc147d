import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createMemoryHost } from '../../../shared/host/index';
import { createNodeEngine } from '../../../shared/engine/node';
import type { Engine } from '../../../shared/engine/index';
import { loadWorkbook, type LoadedData } from '../../../shared/pipeline/index';
import type { CellValue, WorkbookData } from '../../../shared/schema/index';
import { debounce } from '../../../addin/session/debounce';
import { kpiView, memberTableKpis } from '../../../addin/session/kpi-view';
import { workbookKpiSource } from '../../../addin/session/kpi-source';
import { defaultRange, localToday, shiftMonth } from '../../../addin/session/months';
import { detectSources, readSources } from '../../../addin/session/read-sources';
import { parseSettings, loadSettings, saveSettings, SETTINGS_KEY } from '../../../addin/session/settings';
import { listSources, parseSourceKey, sourceKey, sourcesOf } from '../../../addin/session/sources';

/** Excel's 1900-system serial of a date. */
const serial = (iso: string) => (Date.parse(`${iso}T00:00:00Z`) - Date.UTC(1899, 11, 30)) / 86_400_000;

/*
 * Five orders, worked out by hand for as-of 2026-10-31:
 *   A-1 Ann  created 09-02 due 09-10 delivered 09-09  on time (September)
 *   A-2 Ann  created 10-01 due 10-05 delivered 10-07  late
 *   A-3 Bob  created 10-02 due 10-20 delivered 10-15  on time
 *   A-4 Bob  created 10-20 due 11-03 open             due in 3 days
 *   A-5 Ann  created 10-10 due 10-25 open             6 days overdue
 */
const ORDERS: CellValue[][] = [
  ['Order ID', 'Owner', 'Team', 'Order date', 'Due', 'Delivered'],
  ['A-1', 'Ann', 'T1', serial('2026-09-02'), serial('2026-09-10'), serial('2026-09-09')],
  ['A-2', 'Ann', 'T1', serial('2026-10-01'), serial('2026-10-05'), serial('2026-10-07')],
  ['A-3', 'Bob', 'T1', serial('2026-10-02'), serial('2026-10-20'), serial('2026-10-15')],
  ['A-4', 'Bob', 'T1', serial('2026-10-20'), serial('2026-11-03'), ''],
  ['A-5', 'Ann', 'T1', serial('2026-10-10'), serial('2026-10-25'), ''],
];
const TARGETS: CellValue[][] = [
  ['KPI', 'Target'],
  ['on_time_rate', 0.9],
];
const workbook: WorkbookData = {
  date1904: false,
  sheets: [
    { name: 'Notes', values: [['Read me first']] },
    { name: 'Orders', values: ORDERS },
    { name: 'Targets', values: TARGETS },
  ],
};

describe('reading the sources through a host', () => {
  it('lists visible sheets with data and the tables', async () => {
    const sources = sourcesOf(
      [
        { name: 'Orders', used: { row: 0, col: 0, rows: 6, cols: 6 }, visible: true },
        { name: 'Empty', used: { row: 0, col: 0, rows: 0, cols: 0 }, visible: true },
        { name: 'Hidden', used: { row: 0, col: 0, rows: 3, cols: 1 }, visible: false },
      ],
      [{ name: 'T1', sheet: 'Orders', area: { row: 0, col: 0, rows: 2, cols: 2 } }],
    );
    expect(sources.map(sourceKey)).toEqual(['sheet:Orders', 'table:T1']);
    expect(parseSourceKey('table:My table')).toEqual({ kind: 'table', name: 'My table' });
    expect(parseSourceKey('nonsense')).toBeNull();
  });

  it('finds the orders and KPI sheets from their first rows and reads them in full', async () => {
    const host = createMemoryHost(workbook);
    const sources = await listSources(host);
    const found = await detectSources(host, sources);
    expect(found.orders?.name).toBe('Orders');
    expect(found.kpi?.name).toBe('Targets');
    const read = await readSources(host, found.orders!, found.kpi);
    expect(read.sheets.map((s) => [s.name, s.values.length])).toEqual([
      ['Orders', 6],
      ['Targets', 2],
    ]);
  });

  it('still picks the sheet most like orders when a required column is not recognised', async () => {
    const host = createMemoryHost({ date1904: false, sheets: [{ name: 'Notes', values: [['hello']] }, { name: 'Log', values: [['Order ID', 'Owner', 'When'], ['A-1', 'Ann', 46300]] }] });
    const found = await detectSources(host, await listSources(host));
    expect(found.orders?.name).toBe('Log');
  });

  it('finds orders held in an Excel table', async () => {
    const host = createMemoryHost(
      { date1904: false, sheets: [{ name: 'Sheet1', values: [['Title'], [], ...ORDERS.map((r) => ['', ...r])], origin: { row: 0, col: 0 } }] },
      { tables: [{ name: 'OrderTable', sheet: 'Sheet1', area: { row: 2, col: 1, rows: 6, cols: 6 } }] },
    );
    const sources = await listSources(host);
    const found = await detectSources(host, sources);
    expect(found.orders).toMatchObject({ kind: 'table', name: 'OrderTable', sheet: 'Sheet1' });
    const read = await readSources(host, found.orders!, null);
    expect(read.sheets[0]).toMatchObject({ name: 'Sheet1', origin: { row: 2, col: 1 } });
    expect(read.sheets[0].values[1][0]).toBe('A-1');
  });
});

describe('the pane settings remembered in the workbook', () => {
  it('keeps what is well-formed and drops the rest', () => {
    expect(parseSettings(null)).toEqual({});
    expect(parseSettings({ orders: { kind: 'sheet', name: 'Orders' }, kpi: null, overrides: { owner: '跟单员', nope: 'x', due: 3 } })).toEqual({
      orders: { kind: 'sheet', name: 'Orders' },
      kpi: null,
      overrides: { owner: '跟单员' },
    });
    expect(parseSettings({ orders: { kind: 'chart', name: 'x' } })).toEqual({});
  });

  it('round-trips through the host', async () => {
    const host = createMemoryHost(workbook);
    await saveSettings(host, { orders: { kind: 'sheet', name: 'Orders' }, overrides: { delivered: '' } });
    expect(await host.getSetting(SETTINGS_KEY)).toEqual({ orders: { kind: 'sheet', name: 'Orders' }, overrides: { delivered: '' } });
    expect(await loadSettings(host)).toEqual({ orders: { kind: 'sheet', name: 'Orders' }, overrides: { delivered: '' } });
  });
});

describe('months', () => {
  it('shifts across years and picks the latest year up to the as-of month', () => {
    expect(shiftMonth('2026-01', -1)).toBe('2025-12');
    expect(shiftMonth('2025-12', 1)).toBe('2026-01');
    expect(shiftMonth('2026-10', -11)).toBe('2025-11');
    const months = ['2025-01', '2025-06', '2026-09', '2026-10', '2026-11'];
    expect(defaultRange(months, '2026-10-31')).toEqual({ from: '2025-11', to: '2026-10' });
    expect(defaultRange(['2026-09', '2026-10'], '2026-10-31')).toEqual({ from: '2026-09', to: '2026-10' });
    expect(defaultRange([], '2026-10-31')).toBeNull();
    expect(localToday(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
  });
});

describe('debounce', () => {
  it('calls once after a burst', () => {
    vi.useFakeTimers();
    const calls: number[] = [];
    const notify = debounce((n: number) => calls.push(n), 1000);
    notify(1);
    notify(2);
    vi.advanceTimersByTime(999);
    notify(3);
    vi.advanceTimersByTime(999);
    expect(calls).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(calls).toEqual([3]);
    vi.useRealTimers();
  });
});

describe('KPI view and orders at risk over DuckDB', () => {
  let engine: Engine;
  let loaded: LoadedData;

  beforeAll(async () => {
    engine = await createNodeEngine();
    const result = await loadWorkbook(engine, { date1904: false, sheets: [workbook.sheets[1], workbook.sheets[2]] }, { ordersSheet: 'Orders', kpiSheet: 'Targets' });
    loaded = result.value!;
  });
  afterAll(async () => {
    await engine?.close();
  });

  it('shows the last month of the range on the cards, with the month before for the change', async () => {
    const view = await kpiView(workbookKpiSource(engine), loaded, { from: '2026-09', to: '2026-10', basis: 'natural', asOf: '2026-10-31', team: null, owner: null });
    expect(view.month).toBe('2026-10');
    const card = (k: string) => view.cards.find((c) => c.kpi === k)!;
    // Orders by created month: October A-2..A-5, September A-1.
    expect(card('orders')).toMatchObject({ value: 4, previous: 1 });
    // On time by due month: October A-2 late, A-3 on time, A-5 open past due → 1/3; September 1/1.
    expect(card('on_time_rate').value).toBeCloseTo(1 / 3, 12);
    expect(card('on_time_rate')).toMatchObject({ previous: 1, target: 0.9, met: false });
    expect(view.trend.map((r) => [r.month, r.orders])).toEqual([
      ['2026-09', 1],
      ['2026-10', 4],
    ]);
    expect(view.members.map((r) => [r.group, r.orders]).sort()).toEqual([
      ['Ann', 2],
      ['Bob', 2],
    ]);
    expect(memberTableKpis(view)).toEqual(['on_time_rate']);
  });

  it('narrows to an owner', async () => {
    const view = await kpiView(workbookKpiSource(engine), loaded, { from: '2026-10', to: '2026-10', basis: 'natural', asOf: '2026-10-31', team: null, owner: 'Bob' });
    expect(view.cards.find((c) => c.kpi === 'orders')!.value).toBe(2);
    expect(view.cards.find((c) => c.kpi === 'on_time_rate')!.value).toBe(1);
  });
  // The at-risk list moved to shared/review: test/unit/review/review-engine.test.ts.
});
