import type { Server } from 'node:http';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ServerDataClient } from '../../../dashboard/data/server-client';
import { viewData, type ViewQuestion } from '../../../dashboard/data/view-data';
import { planKpiQuery, compileKpiQuery, type KpiKey } from '../../../shared/kpi/index';
import type { Engine } from '../../../shared/engine/engine';
import { createNodeEngine } from '../../../shared/engine/node';
import { openPostgres, type PostgresConnector } from '../../../shared/engine/postgres';
import type { PlainOrder } from '../../../shared/kpi/plain-order';
import { toKpiRow } from '../../../shared/pipeline/index';
import { ORDER_FIELD_KEYS } from '../../../shared/schema/fields';
import { openTableOrders } from '../../../shared/source/index';
import { createDataServer, listenLocally } from '../../../server/data-server';
import { ordersTable } from '../kpi/orders-table';
import { startPostgresCluster, type PostgresCluster } from '../../postgres-cluster';
import { createOrdersTable, insertOrders } from '../../postgres-orders';

const ORDERS: PlainOrder[] = [
  { order_id: 'A1', owner: 'Li', team: 'A', created: '2026-09-01 09:00', due: '2026-09-05', delivered: '2026-09-04 10:00', amount: 100, errors: 0, satisfaction: 5, response_hours: 1, resolved: true, complaint: false },
  { order_id: 'A2', owner: 'Li', team: 'A', created: '2026-09-02', due: '2026-09-06', delivered: '2026-09-09', amount: 250.5, errors: 2, satisfaction: 3, response_hours: 8, resolved: false, complaint: true },
  { order_id: 'A3', owner: "O'Brien", team: 'B', created: '2026-09-03', due: '2026-09-20', delivered: null, amount: 80, errors: null, satisfaction: null, response_hours: 30, resolved: null, complaint: false },
  { order_id: 'A4', owner: '张伟', team: 'B', created: '2026-10-01 12:00', due: '2026-10-03', delivered: '2026-10-03 18:00', amount: 999, errors: 0, satisfaction: 4, response_hours: 0.5, resolved: true, complaint: false },
  { order_id: 'A5', owner: 'Li', team: 'A', created: '2026-10-02', due: '2026-10-10', delivered: null, amount: 40, cancelled: true },
];

const QUESTION: ViewQuestion = {
  basis: 'natural',
  asOf: '2026-10-31',
  from: null,
  to: null,
  teams: [],
  owners: [],
  pickMonth: null,
  pickMember: null,
  heatKpi: 'on_time_rate',
};

let cluster: PostgresCluster;
let db: PostgresConnector;
let duck: Engine;
let server: Server;
let base: string;

beforeAll(async () => {
  [cluster, duck] = await Promise.all([startPostgresCluster(), createNodeEngine()]);
  const admin = new pg.Client({ connectionString: cluster.url });
  await admin.connect();
  await createOrdersTable(admin, 'orders');
  await insertOrders(admin, 'orders', ORDERS);
  await admin.end();
  await duck.loadTable('orders', ordersTable(ORDERS));
  db = await openPostgres(cluster.url);
  const opened = await openTableOrders(db, 'orders');
  server = createDataServer({ db, source: opened.value!, sourceName: 'the test database' });
  base = await listenLocally(server, 0);
}, 120_000);

afterAll(async () => {
  await new Promise((done) => (server ? server.close(done) : done(null)));
  await db?.close();
  await duck?.close();
  await cluster?.stop();
});

/** The same view over the same orders in DuckDB, as a file's data worker answers it (the KPI SQL, no cube). */
async function viewInDuckDB(q: ViewQuestion) {
  const plan = planKpiQuery({ fieldsPresent: ORDER_FIELD_KEYS, basis: q.basis, group: 'none', asOf: q.asOf }).value!;
  const ctx = { targets: [], teamOf: { Li: 'A', "O'Brien": 'B', 张伟: 'B' }, kpis: plan.computed.map((c) => c.kpi), absent: plan.absent, months: ['2026-09', '2026-10'] };
  return viewData(q, ctx, async (query) => {
    const compiled = compileKpiQuery({ fieldsPresent: ORDER_FIELD_KEYS, ...query, to: query.to ?? query.asOf.slice(0, 7) });
    return (await duck.query(compiled.value!.sql)).rows.map(toKpiRow);
  });
}

const card = (data: { cards: { kpi: KpiKey; value: number | null }[] }, kpi: KpiKey) => data.cards.find((c) => c.kpi === kpi)?.value;

describe('the dashboard data client over the data server', () => {
  it('opens the server table as a file open describes a workbook', async () => {
    const client = new ServerDataClient(base);
    const open = await client.request({ type: 'open', file: null, options: {} });
    expect(open.fileName).toBe('orders');
    expect(open.data).toMatchObject({ months: ['2026-09', '2026-10'], teams: ['A', 'B'], owners: ["O'Brien", 'Li', '张伟'].sort(), rowCount: 5, cancelledCount: 1 });
    expect(open.data?.kpis).toContain('on_time_rate');
    expect(open.headers).toEqual(ORDER_FIELD_KEYS);
  });

  it('gives the overview the numbers DuckDB gives on the same orders', async () => {
    const client = new ServerDataClient(base);
    await client.request({ type: 'open', file: null, options: {} });
    for (const q of [QUESTION, { ...QUESTION, teams: ['A'] }, { ...QUESTION, pickMonth: '2026-09', pickMember: 'Li' }, { ...QUESTION, basis: 'due' as const, from: '2026-10', to: '2026-10' }]) {
      const [server, file] = await Promise.all([client.request({ type: 'view', question: q }), viewInDuckDB(q)]);
      // The review of the period, as for a file: a picked month, else the last ended month with orders.
      expect(server.review?.period?.key).toBe(q.pickMonth ?? '2026-10');
      expect(server.cards.map((c) => [c.kpi, c.value, c.lastValue, c.previous])).toEqual(file.cards.map((c) => [c.kpi, c.value, c.lastValue, c.previous]));
      expect(server.trend.map((r) => [r.month, r.orders, r.on_time_rate])).toEqual(file.trend.map((r) => [r.month, r.orders, r.on_time_rate]));
      expect(server.members.map((r) => [r.group, r.orders, r.overdue_open])).toEqual(file.members.map((r) => [r.group, r.orders, r.overdue_open]));
    }
    // By hand: four orders not cancelled (A5 is), 100 + 250.5 + 80 + 999 of revenue; Li in September: A1 on time, A2 late.
    const all = await client.request({ type: 'view', question: QUESTION });
    expect([card(all, 'orders'), card(all, 'revenue')]).toEqual([4, 1429.5]);
    const li = await client.request({ type: 'view', question: { ...QUESTION, pickMonth: '2026-09', pickMember: 'Li' } });
    expect([card(li, 'orders'), card(li, 'on_time_rate')]).toEqual([2, 0.5]);
    // October's review: one order created (A4; A5 cancelled), due 10-03 and delivered then, on time;
    // at risk as of 10-31, A3 (due 09-20, 41 days late).
    const october = all.review!;
    expect(october.cards.filter((c) => c.kpi === 'orders' || c.kpi === 'on_time_rate').map((c) => [c.kpi, c.value])).toEqual([
      ['orders', 1],
      ['on_time_rate', 1],
    ]);
    expect(october.atRisk.orders.map((o) => [o.orderId, o.daysLeft])).toEqual([['A3', -41]]);
  });

  it('targets set in the page reach the cards', async () => {
    const client = new ServerDataClient(base);
    await client.request({ type: 'open', file: null, options: {} });
    const view = await client.request({ type: 'view', question: { ...QUESTION, targetEdits: [{ month: null, team: null, owner: null, kpi: 'orders', target: 10 }] } });
    const orders = view.cards.find((c) => c.kpi === 'orders')!;
    expect([orders.value, orders.target]).toEqual([4, 10]);
  });

  it('lists the orders behind a number, page by page', async () => {
    const client = new ServerDataClient(base);
    await client.request({ type: 'open', file: null, options: {} });
    const info = await client.request({ type: 'behind', question: QUESTION, cell: { kpi: 'on_time_rate', month: '2026-09', member: 'Li' } });
    expect(info).toMatchObject({ total: 2, counted: 1 });
    expect(info?.columns).toEqual(expect.arrayContaining(['order_id', 'counted']));
    const rows = await client.request({ type: 'behindRows', start: 0, end: 50 });
    expect(rows.map((r) => [r.order_id, r.counted])).toEqual([
      ['A1', true],
      ['A2', false],
    ]);
    expect(await client.request({ type: 'behindRows', start: 1, end: 2 })).toHaveLength(1);
  });

  it('the KPI table for export, every KPI per member', async () => {
    const client = new ServerDataClient(base);
    await client.request({ type: 'open', file: null, options: {} });
    const table = await client.request({ type: 'table', question: QUESTION });
    const li = table.range.find((r) => r.group === 'Li')!;
    expect([li.orders, li.revenue]).toEqual([2, 350.5]);
    expect(table.monthly.filter((r) => r.group === 'Li').map((r) => r.month)).toEqual(['2026-09']);
  });

  it('says in words when the server does not answer, or refuses the question', async () => {
    const gone = createDataServer({ db, source: (await openTableOrders(db, 'orders')).value! });
    const goneUrl = await listenLocally(gone, 0);
    await new Promise((done) => gone.close(done));
    const down = new ServerDataClient(goneUrl);
    await expect(down.request({ type: 'open', file: null, options: {} })).rejects.toThrow(`The data server at ${goneUrl} does not answer`);

    const client = new ServerDataClient(base);
    await client.request({ type: 'open', file: null, options: {} });
    await expect(client.request({ type: 'view', question: { ...QUESTION, asOf: '2026-13-01' } })).rejects.toThrow('the question is not one the server answers');
    // The mapping is the server's (npm run serve --map): a page's own mapping is refused in words.
    await expect(client.request({ type: 'open', file: null, options: { overrides: { owner: 'Team' } } })).rejects.toThrow('mapped when the data server starts');
    client.close();
    await expect(client.request({ type: 'view', question: QUESTION })).rejects.toThrow('closed');
  });

  it('passes on the database refusing a query (the table gone), in the page language', async () => {
    const client = new ServerDataClient(base);
    await client.request({ type: 'open', file: null, options: {} });
    const admin = new pg.Client({ connectionString: cluster.url });
    await admin.connect();
    await admin.query('ALTER TABLE orders RENAME TO orders_gone');
    try {
      await expect(client.request({ type: 'view', question: QUESTION })).rejects.toThrow(/the test database/);
    } finally {
      await admin.query('ALTER TABLE orders_gone RENAME TO orders');
      await admin.end();
    }
  });
});
