import type { Server } from 'node:http';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../../shared/engine/engine';
import { createNodeEngine } from '../../../shared/engine/node';
import { openPostgres, type PostgresConnector } from '../../../shared/engine/postgres';
import { GROUPINGS, PERIOD_BASES } from '../../../shared/kpi/index';
import { computeKpis, loadWorkbook, toKpiRow, type LoadedData } from '../../../shared/pipeline/index';
import type { CellValue, WorkbookData } from '../../../shared/schema/index';
import {
  atRiskOrders,
  loadOrderDays,
  reviewData,
  reviewPeriodOf,
  windowRows,
  type AtRiskOrder,
  type ReviewQuestion,
} from '../../../shared/review/index';
import { dataServerClient, DataServerError, openTableOrders, type DataServerClient } from '../../../shared/source/index';
import { createDataServer, listenLocally } from '../../../server/data-server';
import { startPostgresCluster, type PostgresCluster } from '../../postgres-cluster';

/*
 * The review over a PostgreSQL table, through the data server, beside the same five orders
 * loaded from a sheet into DuckDB (the orders of review-engine.test.ts, worked out by hand there):
 *   A-1 Ann  created 09-02 due 09-10 delivered 09-09  on time (September)
 *   A-2 Ann  created 10-01 due 10-05 delivered 10-07  late
 *   A-3 Bob  created 10-02 due 10-20 delivered 10-15  on time
 *   A-4 Bob  created 10-20 due 11-03 open
 *   A-5 Ann  created 10-10 due 10-25 open
 * The window rows, order days, at-risk lists and the whole review agree, number for number.
 */
const serial = (iso: string) => (Date.parse(`${iso}T00:00:00Z`) - Date.UTC(1899, 11, 30)) / 86_400_000;
const HEADERS = ['Order ID', 'Owner', 'Team', 'Customer', 'Order date', 'Due', 'Delivered'];
const TYPES = ['text', 'text', 'text', 'text', 'date', 'date', 'date'];
const ROWS: (string | null)[][] = [
  ['A-1', 'Ann', 'T1', 'Acme', '2026-09-02', '2026-09-10', '2026-09-09'],
  ['A-2', 'Ann', 'T1', 'Acme', '2026-10-01', '2026-10-05', '2026-10-07'],
  ['A-3', 'Bob', 'T1', 'Bolt', '2026-10-02', '2026-10-20', '2026-10-15'],
  ['A-4', 'Bob', 'T2', 'Bolt', '2026-10-20', '2026-11-03', null],
  ['A-5', 'Ann', 'T1', '=Cmd', '2026-10-10', '2026-10-25', null],
];
const workbook: WorkbookData = {
  date1904: false,
  sheets: [
    { name: 'Orders', values: [HEADERS, ...ROWS.map((r) => r.map((v, i) => (i >= 4 ? (v ? serial(v) : '') : v)) as CellValue[])] },
    { name: 'Targets', values: [['KPI', 'Target'], ['on_time_rate', 0.9]] },
  ],
};

let cluster: PostgresCluster;
let db: PostgresConnector;
let duck: Engine;
let loaded: LoadedData;
let server: Server;
let client: DataServerClient;

beforeAll(async () => {
  [cluster, duck] = await Promise.all([startPostgresCluster(), createNodeEngine()]);
  const admin = new pg.Client({ connectionString: cluster.url });
  await admin.connect();
  await admin.query(`CREATE TABLE review_orders (${HEADERS.map((h, i) => `"${h}" ${TYPES[i]}`).join(', ')})`);
  for (const row of ROWS) await admin.query(`INSERT INTO review_orders VALUES (${row.map((_, i) => `$${i + 1}`).join(', ')})`, row);
  await admin.end();
  loaded = (await loadWorkbook(duck, workbook, { ordersSheet: 'Orders', kpiSheet: 'Targets' })).value!;
  db = await openPostgres(cluster.url);
  const opened = await openTableOrders(db, 'review_orders');
  expect(opened.issues.filter((i) => i.severity === 'error')).toEqual([]);
  server = createDataServer({ db, source: opened.value! });
  client = dataServerClient(await listenLocally(server, 0));
}, 180_000);

afterAll(async () => {
  await new Promise((done) => (server ? server.close(done) : done(null)));
  await db?.close();
  await duck?.close();
  await cluster?.stop();
});

/** Numbers to 12 significant digits: both databases divide in doubles, not always in the same order. */
const rounded = (value: unknown): unknown => JSON.parse(JSON.stringify(value, (_, v: unknown) => (typeof v === 'number' ? Number(v.toPrecision(12)) : v)));
/** The sheet's row and the table's row number differ (the sheet has a header row); the rest is the same. */
const withoutRow = (list: { orders: AtRiskOrder[]; total: number }) => ({ ...list, orders: list.orders.map(({ row: _row, ...rest }) => rest) });

describe('the review over PostgreSQL, through the data server, equals DuckDB’s on the same rows', () => {
  it('the created days: the months and weeks a review offers', async () => {
    const days = await client.orderDays();
    expect(days).toEqual(['2026-09-02', '2026-10-01', '2026-10-02', '2026-10-10', '2026-10-20']);
    expect(days).toEqual(await loadOrderDays(duck));
  });

  it('every window (month, month to date, ISO week, the month before) by every grouping and basis', async () => {
    const periods = [reviewPeriodOf('2026-10', '2026-10-31')!, reviewPeriodOf('2026-10', '2026-10-12')!, reviewPeriodOf('2026-W43', '2026-10-31')!];
    const windows = periods.flatMap((p) => [
      { key: p.key, window: p.counted },
      { key: p.previous.key, window: p.previous.counted },
    ]);
    let compared = 0;
    for (const { key, window } of windows) {
      for (const group of GROUPINGS) {
        for (const basis of PERIOD_BASES) {
          // Each grouping alone, and (withTotal) with the row of all its groups from the same scan.
          for (const withTotal of [false, true]) {
            const asked = { basis, group, window, filters: {}, ...(withTotal ? { withTotal } : {}) };
            const fromDuck = await windowRows(duck, { ...asked, fieldsPresent: loaded.fieldsPresent }, key);
            const fromServer = await client.windowRows(asked, key);
            expect(rounded(fromServer), `${key} ${group} ${basis} ${withTotal}`).toEqual(rounded(fromDuck));
            // A grouping whose field the orders have (this fixture has no supplier): the total is there.
            if (withTotal && group !== 'none' && loaded.fieldsPresent.includes(group)) expect(fromDuck.total, `${key} ${group} ${basis}`).not.toBeUndefined();
            compared += fromDuck.rows.length;
          }
        }
      }
    }
    expect(compared).toBeGreaterThan(200);
    // By hand: October as of 10-31, due in October — A-2 late, A-3 on time, A-5 open past due → 1 of 3.
    const october = await client.windowRows({ basis: 'natural', group: 'none', window: periods[0].counted }, '2026-10');
    expect(october.rows[0]).toMatchObject({ month: '2026-10', orders: 4, bases: { on_time_rate: { hit: 1, of: 3 } }, openAhead: 0 });
    // Month to date (10-12), by member: Ann's A-5 and Bob's A-3 still due in October.
    const toDate = await client.windowRows({ basis: 'natural', group: 'owner', window: periods[1].counted, filters: { team: ['T1'] } }, '2026-10');
    expect(toDate.rows.map((r) => [r.group, r.orders, r.openAhead])).toEqual([
      ['Ann', 2, 1],
      ['Bob', 1, 1],
    ]);
  });

  it('the at-risk lists: overdue and due soon, by owner, most overdue first, with the whole count', async () => {
    const questions = [
      { asOf: '2026-10-31', days: 7 },
      { asOf: '2026-10-31', days: 0 },
      { asOf: '2026-10-06', days: 0 },
      { asOf: '2026-10-31', days: 30, limit: 1 },
      { asOf: '2026-10-31', days: 30, limit: 0 },
      { asOf: '2026-10-31', days: 7, filters: { owner: ['Bob'] } },
      { asOf: '2026-10-31', days: 7, filters: { team: ['T2'] } },
    ];
    for (const q of questions) {
      const fromDuck = await atRiskOrders(duck, { ...q, fieldsPresent: loaded.fieldsPresent });
      expect(withoutRow(await client.atRisk(q)), JSON.stringify(q)).toEqual(withoutRow(fromDuck));
    }
    // By hand: as of 10-31 within a week, A-5 (6 days late) and A-4 (due in 3 days).
    const list = await client.atRisk({ asOf: '2026-10-31', days: 7 });
    expect(list.orders.map((o) => [o.orderId, o.owner, o.due, o.daysLeft])).toEqual([
      ['A-5', 'Ann', '2026-10-25', -6],
      ['A-4', 'Bob', '2026-11-03', 3],
    ]);
    expect(list.orders[0].fields).toEqual({ order_id: 'A-5', owner: 'Ann', team: 'T1', customer: '=Cmd', created: '2026-10-10', due: '2026-10-25', delivered: null });
  });

  it('the whole review (cards, members vs target, sparklines, at risk) of a month, a running month and a week', async () => {
    const question = (asOf: string, extra: Partial<ReviewQuestion> = {}): ReviewQuestion => ({
      asOf,
      basis: 'natural',
      choice: { kind: 'default', grain: 'month' },
      filters: {},
      targets: loaded.targets,
      teamOf: loaded.teamOf,
      fieldsPresent: loaded.fieldsPresent,
      ordersAcrossGroups: false,
      orderDays: ROWS.map((r) => r[4]!).sort(),
      riskDays: 7,
      riskLimit: 10,
      locale: 'en',
      ...extra,
    });
    const overServer = { windowRows: client.windowRows, atRisk: client.atRisk };
    const serverRowsOf = async (q: Parameters<DataServerClient['kpis']>[0]) => (await client.kpis(q)).rows.map((r) => toKpiRow(r as never));
    const duckRowsOf = async (q: Parameters<DataServerClient['kpis']>[0]) => (await computeKpis(duck, loaded, q)).rows.map((r) => toKpiRow(r));
    const asked = [
      question('2026-10-31'),
      question('2026-10-12', { choice: { kind: 'period', key: '2026-10' } }),
      question('2026-10-31', { choice: { kind: 'period', key: '2026-W43' } }),
      question('2026-10-31', { filters: { owner: ['Ann'] } }),
    ];
    for (const q of asked) {
      const [fromServer, fromDuck] = await Promise.all([reviewData(overServer, q, serverRowsOf), reviewData(duck, q, duckRowsOf)]);
      expect(rounded({ ...fromServer, atRisk: withoutRow(fromServer.atRisk) }), JSON.stringify(q.choice)).toEqual(rounded({ ...fromDuck, atRisk: withoutRow(fromDuck.atRisk) }));
    }
    // By hand: October's on-time 1 of 3 against 90%; Ann 0 of 2, two orders short.
    const october = await reviewData(overServer, asked[0], serverRowsOf);
    expect(october.period?.key).toBe('2026-10');
    expect(october.cards.find((c) => c.kpi === 'on_time_rate')).toMatchObject({ target: 0.9, previous: 1 });
    expect(october.cards.find((c) => c.kpi === 'on_time_rate')!.value).toBeCloseTo(1 / 3, 12);
    expect(october.members[0]).toMatchObject({ owner: 'Ann' });
    expect(october.members[0].kpis.find((k) => k.kpi === 'on_time_rate')).toMatchObject({ value: 0, target: 0.9, distance: { kind: 'shortBy', count: 2 } });
  });

  it('refuses a window or an at-risk question it does not know, in words', async () => {
    const refusal = (promise: Promise<unknown>) => promise.then(() => null, (e: unknown) => (e instanceof DataServerError ? [e.status, e.message] : String(e)));
    const window = { start: '2026-10-01', end: '2026-10-31', asOf: '2026-10-31' };
    await expect(refusal(client.windowRows({ basis: 'natural', group: 'none', window: { ...window, end: '2027-12-31' } }, 'x'))).resolves.toEqual([
      400,
      expect.stringContaining('window'),
    ]);
    await expect(refusal(client.atRisk({ asOf: '2026-13-01', days: 7 }))).resolves.toEqual([400, expect.stringContaining('asOf')]);
    await expect(refusal(client.atRisk({ asOf: '2026-10-31', days: -1 }))).resolves.toEqual([400, expect.stringContaining('days')]);
  });
});
