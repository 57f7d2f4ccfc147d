import { mkdtempSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openPostgres, type PostgresConnector } from '../../shared/engine/postgres';
import type { KpiRow } from '../../shared/kpi/index';
import { messagesFor } from '../../shared/messages/index';
import { openTableOrders } from '../../shared/source/index';
import { createDataServer, listenLocally } from '../../server/data-server';
import { startPostgresCluster, type PostgresCluster } from '../postgres-cluster';
import { launchBrowser } from './browser';
import { andRedraw, cardValues, differences, openDashboard, REPO, reportCliJson, type DashboardPage } from './dashboard-page';

/*
 * The dashboard over a PostgreSQL table through the data server (`npm run serve`), beside the
 * same six orders opened as a CSV file. The orders are those of dashboard-files.test.ts, worked
 * out by hand there, as of 2026-03-31:
 *   orders 6 · completed 4 · on-time 3 of 5 = 0.6 · overdue open 1 (A4) · completion 4 of 5 = 0.8 ·
 *   error rate 1 of 4 = 0.25 · satisfaction (5+3+4+5)/4 = 4.25
 * In the database the columns are typed (dates as `date`, scores as `smallint`), named like
 * the file's headers, which the server maps as it would map a sheet's.
 */
const baseUrl = inject('baseUrl');
const HASH = '#asof=2026-03-31&period=all';
const HEADERS = ['Order No', 'Owner', 'Team', 'Order Date', 'Due Date', 'Delivered Date', 'Errors', 'Satisfaction'];
const TYPES = ['text', 'text', 'text', 'date', 'date', 'date', 'integer', 'smallint'];
const ORDERS: (string | number)[][] = [
  ['A1', 'Ann', 'North', '2026-01-05', '2026-01-10', '2026-01-09', 0, 5],
  ['A2', 'Ann', 'North', '2026-01-06', '2026-01-12', '2026-01-15', 1, 3],
  ['A3', 'Bob', 'South', '2026-02-01', '2026-02-10', '2026-02-10', 0, 4],
  ['A4', 'Bob', 'South', '2026-02-03', '2026-02-08', '', '', ''],
  ['A5', 'Cat', 'South', '2026-03-01', '2026-03-20', '2026-03-18', 0, 5],
  ['A6', 'Cat', 'North', '2026-03-02', '2026-04-30', '', '', ''],
];
const BY_HAND = { orders: 6, completed: 4, on_time_rate: 0.6, overdue_open: 1, completion_rate: 0.8, error_rate: 0.25, satisfaction: 4.25 };

const dir = mkdtempSync(join(tmpdir(), 'dashboard-database-'));
const csvPath = join(dir, 'orders.csv');

let cluster: PostgresCluster;
let db: PostgresConnector;
let server: Server;
let serverUrl: string;
let browser: Browser;
let dash: DashboardPage;
/** Every answer of the data server the page got, to check none carries a credential. */
const answers: string[] = [];

beforeAll(async () => {
  writeFileSync(csvPath, [HEADERS, ...ORDERS].map((row) => row.join(',')).join('\n') + '\n');
  [cluster, browser] = await Promise.all([startPostgresCluster(), launchBrowser()]);
  const admin = new pg.Client({ connectionString: cluster.url });
  await admin.connect();
  await admin.query(`CREATE TABLE team_orders (${HEADERS.map((h, i) => `"${h}" ${TYPES[i]}`).join(', ')})`);
  for (const row of ORDERS) {
    await admin.query(`INSERT INTO team_orders VALUES (${row.map((_, i) => `$${i + 1}`).join(', ')})`, row.map((v) => (v === '' ? null : v)));
  }
  await admin.end();
  db = await openPostgres(cluster.url);
  const opened = await openTableOrders(db, 'team_orders');
  expect(opened.issues.filter((i) => i.severity === 'error')).toEqual([]);
  // The pages global-setup built (dist/), as `npm run serve` serves them.
  server = createDataServer({ db, source: opened.value!, pageRoot: join(REPO, 'dist') });
  serverUrl = await listenLocally(server, 0);
  dash = await openDashboard(browser, `${serverUrl}/`, `?source=server${HASH}`);
  dash.page.on('response', (res) => {
    if (res.url().includes('/api/')) void res.text().then((t) => answers.push(t), () => undefined);
  });
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((done) => (server ? server.close(done) : done(null)));
  await db?.close();
  await cluster?.stop();
});

describe('the dashboard over a PostgreSQL table through the data server', () => {
  it('shows the table’s KPIs: those worked out by hand, the CLI’s for the same rows as a CSV, and the page’s for that CSV', async () => {
    const { page } = dash;
    await expect(page.textContent('[data-testid="data-source"]')).resolves.toContain('team_orders');
    const fromServer = await cardValues(page);
    for (const [kpi, value] of Object.entries(BY_HAND)) expect(fromServer[kpi as keyof typeof fromServer], kpi).toBeCloseTo(value, 12);

    // One month, as the report CLI gives it for the CSV (a row per month): February.
    const cli = await reportCliJson([csvPath, '--group', 'none', '--from', '2026-02', '--to', '2026-02', '--as-of', '2026-03-31']);
    expect(cli.rows).toHaveLength(1);
    await andRedraw(page, () => page.goto(`${serverUrl}/dashboard/index.html?source=server${HASH}&from=2026-02&to=2026-02`));
    const february = await cardValues(page);
    expect(february.orders).toBe(2);
    expect(differences(february, cli.rows[0] as unknown as KpiRow)).toEqual([]);

    // The same CSV opened in the page the usual way: the same cards.
    const filePage = await openDashboard(browser, baseUrl, HASH);
    await andRedraw(filePage.page, () => filePage.page.setInputFiles('[data-testid="open-file"]', csvPath));
    const fromFile = await cardValues(filePage.page);
    expect(fromServer).toEqual(fromFile);
    await filePage.page.context().close();
  });

  it('narrows to a team and lists the orders behind a number from the database', async () => {
    const { page } = dash;
    await andRedraw(page, () => page.goto(`${serverUrl}/dashboard/index.html?source=server${HASH}&team=South`));
    // South: A3 on time, A4 overdue, A5 on time — 2 of 3.
    const south = await cardValues(page);
    expect([south.orders, south.on_time_rate, south.overdue_open]).toEqual([3, 2 / 3, 1]);
    await page.click('[data-testid="kpi-on_time_rate"]');
    await page.waitForSelector('[data-testid="behind-count"]');
    await expect(page.getAttribute('[data-testid="behind-count"]', 'data-total')).resolves.toBe('3');
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="behind-scroller"] .dash-counted').length === 2);
    const ids = await page.$$eval('[data-testid="behind-scroller"] .dash-counted', (rows) => rows.map((r) => r.children[2]?.textContent));
    expect(ids).toEqual(['A3', 'A5']);
    await page.click('[data-testid="close-behind"]');
    // The page itself ran cleanly (the refusals below are asked for, and logged by the browser).
    expect(dash.errors).toEqual([]);
  });

  it('reviews the last ended month from the database, as for the same rows opened as a file: cards, members, at risk', async () => {
    // As of 2026-03-31 March has ended: A5 (Cat, due 03-20, delivered 03-18) on time, A6 (Cat) due 04-30;
    // at risk, A4 (Bob, due 02-08, still open): 51 days late.
    const asOfOnly = '#asof=2026-03-31';
    const server = await openDashboard(browser, `${serverUrl}/`, `?source=server${asOfOnly}`);
    const review = server.page.locator('[data-review-period]');
    await expect(review.getAttribute('data-review-period')).resolves.toBe('2026-03');
    const cards = await cardValues(server.page);
    expect([cards.orders, cards.on_time_rate, cards.completed]).toEqual([2, 1, 1]);
    const member = (page: typeof server.page, owner: string, kpi: string) =>
      page.getAttribute(`[data-testid="members-vs-target"] tr[data-member="${owner}"] [data-kpi="${kpi}"]`, 'data-value');
    await expect(member(server.page, 'Cat', 'on_time_rate')).resolves.toBe('1');
    await server.page.waitForSelector('[data-testid="at-risk"] tr[data-row]');
    const risks = await server.page.$$eval('[data-testid="at-risk"] tr[data-row]', (rows) => rows.map((r) => [r.children[0]?.textContent, r.children[1]?.textContent, r.children[4]?.textContent]));
    expect(risks).toEqual([['Bob', 'A4', messagesFor('en').rv_daysLate({ count: 51 })]]);

    const file = await openDashboard(browser, baseUrl, asOfOnly);
    await andRedraw(file.page, () => file.page.setInputFiles('[data-testid="open-file"]', csvPath));
    await expect(file.page.getAttribute('[data-review-period]', 'data-review-period')).resolves.toBe('2026-03');
    expect(await cardValues(file.page)).toEqual(cards);
    // Every member row of the review, each KPI's raw value: the same from the database as from the file.
    const members = (page: typeof server.page) =>
      page.$$eval('[data-testid="members-vs-target"] tr[data-member]', (rows) =>
        rows.map((r) => [r.getAttribute('data-member'), ...[...r.querySelectorAll('[data-kpi]')].map((k) => `${k.getAttribute('data-kpi')}=${k.getAttribute('data-value')}`)]),
      );
    const fromServer = await members(server.page);
    expect(fromServer.map((r) => r[0])).toContain('Cat');
    expect(await members(file.page)).toEqual(fromServer);
    expect(server.errors).toEqual([]);
    await Promise.all([server.page.context().close(), file.page.context().close()]);
  });

  it('its Demo button opens the demo workbook in the page, not the server’s table again', async () => {
    const { page, requests, errors } = await openDashboard(browser, `${serverUrl}/`, `?source=server${HASH}`);
    await expect(page.textContent('[data-testid="data-source"]')).resolves.toContain('team_orders');
    const asked = requests.urls.filter((u) => u.includes('/api/')).length;
    await andRedraw(page, () => page.click('[data-testid="open-demo"]'));
    await expect(page.textContent('[data-testid="data-source"]')).resolves.toMatch(/^Demo workbook · [\d,]+ orders read/);
    expect((await cardValues(page)).orders).toBeGreaterThan(6);
    // The demo is read in the page: the server was asked nothing more for it.
    expect(requests.urls.filter((u) => u.includes('/api/')).length).toBe(asked);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('its SQL goes to the server read-only: a write is refused, by the server and by the database', async () => {
    const { page } = dash;
    const ask = (sql: string) =>
      page.evaluate(async (statement) => {
        const res = await fetch('/api/sql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ sql: statement }) });
        return { status: res.status, body: (await res.json()) as { rows?: unknown[]; error?: { message: string } } };
      }, sql);
    expect((await ask('SELECT count(*) AS n FROM orders')).body.rows).toEqual([{ n: 6 }]);
    const write = await ask('DELETE FROM team_orders');
    expect([write.status, write.body.error?.message]).toEqual([400, 'the SQL tab runs one reading statement (SELECT, WITH, VALUES, TABLE or EXPLAIN)']);
    const hidden = await ask('WITH gone AS (DELETE FROM team_orders RETURNING 1) SELECT count(*) FROM gone');
    expect(hidden.status).toBe(400);
    expect(hidden.body.error?.message).toMatch(/read-only transaction|data-modifying statement/);
    expect((await ask('SELECT count(*) AS n FROM team_orders')).body.rows).toEqual([{ n: 6 }]);
  });

  it('nothing it asked left this machine, and no answer held the database password', async () => {
    expect(dash.requests.offOrigin()).toEqual([]);
    expect(dash.requests.urls.some((u) => u.startsWith(`${serverUrl}/api/kpis`))).toBe(true);
    expect(answers.length).toBeGreaterThan(0);
    for (const answer of answers) expect(answer).not.toContain(cluster.password);
  });

  it('says in words, in the reader’s language, when the server no longer answers', async () => {
    const { page } = dash;
    await new Promise((done) => {
      server.close(done);
      server.closeAllConnections();
    });
    // A change of view (in Chinese) asks the server, which is gone.
    await page.evaluate((hash) => (location.hash = hash), `${HASH}&lang=zh&team=North`);
    const text = page.locator('.dash-error-text');
    await text.waitFor({ timeout: 60_000 });
    await expect(text.textContent()).resolves.toContain(`位于 ${serverUrl} 的数据服务没有响应`);
  });
});
