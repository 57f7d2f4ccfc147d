import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { request, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../../shared/engine/engine';
import { createNodeEngine } from '../../../shared/engine/node';
import { openPostgres, type PostgresConnector } from '../../../shared/engine/postgres';
import { compileKpiQuery, KPI_KEYS, type KpiRow } from '../../../shared/kpi/index';
import type { PlainOrder } from '../../../shared/kpi/plain-order';
import { toKpiRow } from '../../../shared/pipeline/index';
import { ORDER_FIELD_KEYS } from '../../../shared/schema/fields';
import { dataServerClient, DataServerError, openTableOrders } from '../../../shared/source/index';
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
  expect(opened.issues.filter((i) => i.severity === 'error')).toEqual([]);
  server = createDataServer({ db, source: opened.value!, sqlTimeoutMs: 1000 });
  base = await listenLocally(server, 0);
});

afterAll(async () => {
  await new Promise((done) => (server ? server.close(done) : done(null)));
  await db?.close();
  await duck?.close();
  await cluster?.stop();
});

const post = async (path: string, body: unknown, headers: Record<string, string> = {}) => {
  const res = await fetch(`${base}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
  return { status: res.status, body: (await res.json()) as Record<string, unknown>, headers: res.headers };
};

const QUESTION = { basis: 'natural', group: 'owner', asOf: '2026-10-31' };

describe('the data server over a PostgreSQL table', () => {
  it('listens on 127.0.0.1 only, and tells the page about the table without any credential', async () => {
    expect(base).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const address = server.address();
    expect(typeof address === 'object' && address?.address).toBe('127.0.0.1');
    const res = await fetch(`${base}/api/source`);
    const text = await res.text();
    expect(res.status).toBe(200);
    expect(text).not.toContain(cluster.password);
    const source = JSON.parse(text) as Record<string, unknown>;
    expect(source).toMatchObject({ table: 'orders', rows: 5, cancelled: 1, months: ['2026-09', '2026-10'], dialect: 'postgresql' });
    expect(source.fieldsPresent).toEqual(ORDER_FIELD_KEYS);
  });

  it('answers a KPI question with the rows DuckDB gives on the same orders', async () => {
    for (const question of [QUESTION, { ...QUESTION, group: 'team', basis: 'due', filters: { owner: ['Li', "O'Brien"] } }, { ...QUESTION, group: 'none', perMonth: false }]) {
      const { status, body } = await post('/api/kpis', question);
      expect(status, JSON.stringify(body)).toBe(200);
      const compiled = compileKpiQuery({ ...(question as typeof QUESTION & { group: 'owner' }), basis: question.basis as 'natural', fieldsPresent: ORDER_FIELD_KEYS, to: '2026-10' });
      const expected = (await duck.query(compiled.value!.sql)).rows.map(toKpiRow);
      const rows = body.rows as KpiRow[];
      expect(rows.map((r) => [r.month, r.group])).toEqual(expected.map((r) => [r.month, r.group]));
      rows.forEach((row, i) => {
        for (const kpi of KPI_KEYS) {
          if (expected[i][kpi] === null) expect(row[kpi]).toBeNull();
          else expect(row[kpi]).toBeCloseTo(expected[i][kpi]!, 9);
        }
      });
    }
    // By hand: September, Li — A1 on time, A2 three days late.
    const { body } = await post('/api/kpis', QUESTION);
    const li = (body.rows as KpiRow[]).find((r) => r.month === '2026-09' && r.group === 'Li')!;
    expect([li.orders, li.on_time_rate, li.revenue]).toEqual([2, 0.5, 350.5]);
  });

  it('lists the orders behind a number', async () => {
    const { status, body } = await post('/api/orders-behind', { ...QUESTION, cell: { kpi: 'on_time_rate', month: '2026-09', group: 'Li' } });
    expect(status).toBe(200);
    expect((body.rows as { order_id: string; counted: boolean }[]).map((r) => [r.order_id, r.counted])).toEqual([
      ['A1', true],
      ['A2', false],
    ]);
    // Two orders behind Li's September rate, one of them on time; the columns as the page lists them.
    expect([body.total, body.counted]).toEqual([2, 1]);
    expect(body.columns).toEqual(expect.arrayContaining(['_row', 'order_id', 'counted']));
  });

  it('takes questions, never SQL: an unknown field, a bad value, or SQL in a filter value is only a value', async () => {
    const raw = await post('/api/kpis', { ...QUESTION, sql: 'SELECT 1' });
    expect(raw.status).toBe(400);
    expect(raw.body.error).toMatchObject({ code: 'cliServeBadQuestion' });
    expect(String((raw.body.error as { message: string }).message)).toContain('sql: unknown field');
    expect((await post('/api/kpis', { ...QUESTION, basis: 'anything' })).status).toBe(400);
    expect((await post('/api/kpis', { ...QUESTION, filters: { owner: 'Li' } })).status).toBe(400);
    const injected = await post('/api/kpis', { ...QUESTION, filters: { owner: ["x'); DROP TABLE orders; --"] } });
    expect(injected.status).toBe(200);
    expect(injected.body.rows).toEqual([]);
    const zh = await post('/api/kpis', { ...QUESTION, asOf: '2026-13-01' }, { 'accept-language': 'zh-CN,zh;q=0.9' });
    expect(String((zh.body.error as { message: string }).message)).toContain('服务无法回答该请求');
  });

  it('the SQL tab reads over "orders", one statement, read-only, with a timeout', async () => {
    const ok = await post('/api/sql', { sql: '-- how many\nSELECT count(*) AS n, sum(amount) AS total FROM orders;' });
    expect(ok.status).toBe(200);
    expect(ok.body.rows).toEqual([{ n: 5, total: 1469.5 }]);
    expect((await post('/api/sql', { sql: 'EXPLAIN SELECT * FROM orders' })).status).toBe(200);

    expect((await post('/api/sql', { sql: 'DELETE FROM orders' })).body.error).toMatchObject({ code: 'cliServeNotReading' });
    // Past the keyword check, the database itself refuses: a write in a CTE, two statements.
    const write = await post('/api/sql', { sql: 'WITH gone AS (DELETE FROM public.orders RETURNING 1) SELECT count(*) FROM gone' });
    expect(write.status).toBe(400);
    expect(String((write.body.error as { message: string }).message)).toMatch(/read-only transaction|data-modifying statement/);
    await expect(db.query('DELETE FROM public.orders')).rejects.toThrow('cannot execute DELETE in a read-only transaction');
    const two = await post('/api/sql', { sql: 'SELECT 1; DELETE FROM public.orders' });
    expect(two.status).toBe(400);
    const slow = await post('/api/sql', { sql: 'SELECT pg_sleep(5)' });
    expect(slow.body.error).toMatchObject({ code: 'cliDbTimeout' });
    expect((await post('/api/sql', { sql: 'SELECT count(*) AS n FROM public.orders' })).body.rows).toEqual([{ n: 5 }]);
  });

  it('answers pages of this machine only', async () => {
    const evil = await post('/api/kpis', QUESTION, { origin: 'https://evil.example' });
    expect(evil.status).toBe(403);
    const local = await post('/api/kpis', QUESTION, { origin: 'http://localhost:3000' });
    expect(local.status).toBe(200);
    expect(local.headers.get('access-control-allow-origin')).toBe('http://localhost:3000');
    expect((await fetch(`${base}/api/nothing`)).status).toBe(404);
  });

  it('with the built pages, / leads to the dashboard over this server; the API stays the API', async () => {
    const root = await mkdtemp(join(tmpdir(), 'served-pages-'));
    await mkdir(join(root, 'dashboard'));
    await writeFile(join(root, 'dashboard', 'index.html'), '<!doctype html><title>dashboard</title>');
    const withPages = createDataServer({ db, source: (await openTableOrders(db, 'orders')).value!, pageRoot: root });
    const url = await listenLocally(withPages, 0);
    try {
      const start = await fetch(`${url}/`, { redirect: 'manual' });
      expect([start.status, start.headers.get('location')]).toEqual([302, '/dashboard/index.html?source=server']);
      const page = await fetch(`${url}/dashboard/index.html?source=server`);
      expect([page.status, page.headers.get('content-type'), await page.text()]).toEqual([200, 'text/html; charset=utf-8', '<!doctype html><title>dashboard</title>']);
      expect(((await (await fetch(`${url}/api/source`)).json()) as { rows: number }).rows).toBe(5);
      expect((await fetch(`${url}/nothing.js`)).status).toBe(404);
      // Another host name (a DNS rebinding page) gets no page either.
      const rebound = await new Promise<number>((done, fail) =>
        request(`${url}/dashboard/index.html`, { headers: { host: 'evil.example' } }, (res) => done(res.resume().statusCode ?? 0))
          .on('error', fail)
          .end(),
      );
      expect(rebound).toBe(403);
    } finally {
      await new Promise((done) => withPages.close(done));
      await rm(root, { recursive: true, force: true });
    }
  });

  it('runs under a role that may only read the table, as the README sets one up', async () => {
    const admin = new pg.Client({ connectionString: cluster.url });
    await admin.connect();
    await admin.query("CREATE ROLE kpi_reader LOGIN PASSWORD 'reader-secret'");
    await admin.query('GRANT SELECT ON public.orders TO kpi_reader');
    await admin.query('ALTER ROLE kpi_reader SET default_transaction_read_only = on');
    await admin.end();
    const readerUrl = `postgresql://kpi_reader:reader-secret@${cluster.host}:${cluster.port}/postgres`;
    const reader = await openPostgres(readerUrl);
    const asReader = createDataServer({ db: reader, source: (await openTableOrders(reader, 'orders')).value! });
    const url = await listenLocally(asReader, 0);
    try {
      const client = dataServerClient(url);
      expect((await client.source()).rows).toBe(5);
      const li = (await client.kpis({ basis: 'natural', group: 'owner', asOf: '2026-10-31' })).rows.find((r) => r.month === '2026-09' && r.group === 'Li');
      expect(li?.orders).toBe(2);
      // Even outside the server's READ ONLY transactions, the role itself cannot write.
      const direct = new pg.Client({ connectionString: readerUrl });
      await direct.connect();
      await expect(direct.query('BEGIN READ WRITE; DELETE FROM public.orders')).rejects.toThrow(/permission denied|read-only/);
      await direct.end().catch(() => undefined);
    } finally {
      await new Promise((done) => asReader.close(done));
      await reader.close();
    }
  });

  it('a page reaches it through dataServerClient: questions in, rows out, refusals in its language', async () => {
    const client = dataServerClient(base, 'zh');
    expect((await client.source()).rows).toBe(5);
    const { rows } = await client.kpis({ basis: 'natural', group: 'team', asOf: '2026-10-31' });
    expect(rows.find((r) => r.month === '2026-10' && r.group === 'B')?.orders).toBe(1);
    expect((await client.ordersBehind({ basis: 'natural', group: 'none', asOf: '2026-10-31' }, { kpi: 'orders', month: '2026-10', group: null })).rows).toHaveLength(1);
    expect((await client.sql('SELECT count(*) AS n FROM orders WHERE cancelled')).rows).toEqual([{ n: 1 }]);
    const refused = await client.sql('DROP TABLE orders').catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(DataServerError);
    expect((refused as DataServerError).message).toContain('只能执行一条查询语句');
  });
});
