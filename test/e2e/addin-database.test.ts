import type { Server } from 'node:http';
import pg from 'pg';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openPostgres, type PostgresConnector } from '../../shared/engine/postgres';
import { messagesFor } from '../../shared/messages/index';
import type { CellValue, WorkbookData } from '../../shared/schema/index';
import { openTableOrders } from '../../shared/source/index';
import { createDataServer, listenLocally } from '../../server/data-server';
import { startPostgresCluster, type PostgresCluster } from '../postgres-cluster';
import { launchBrowser, recordErrors, recordRequests } from './browser';
import { fakeWorkbook, servedByFakeOffice, useFakeOffice, type FakeSheetSnapshot } from './fake-office/index';

/*
 * The task pane over a PostgreSQL table through the data server (`npm run serve`), beside the
 * same six orders as the workbook's own sheet. The orders are those of dashboard-database.test.ts.
 * As of 2026-03-31, March by hand:
 *   created in March A5, A6 → orders 2 · delivered in March A5 → completed 1 ·
 *   due in March A5, delivered 03-18 for 03-20 → on-time 1 of 1 = 1 · errors 0 of 1 · satisfaction 5
 *   at risk (due within a week or overdue, open): A4 (Bob, due 02-08) 51 days late.
 */
const AS_OF = '2026-03-31';
const HEADERS = ['Order No', 'Owner', 'Team', 'Order Date', 'Due Date', 'Delivered Date', 'Errors', 'Satisfaction'];
const TYPES = ['text', 'text', 'text', 'date', 'date', 'date', 'integer', 'smallint'];
const ORDERS: (string | number | null)[][] = [
  ['A1', 'Ann', 'North', '2026-01-05', '2026-01-10', '2026-01-09', 0, 5],
  ['A2', 'Ann', 'North', '2026-01-06', '2026-01-12', '2026-01-15', 1, 3],
  ['A3', 'Bob', 'South', '2026-02-01', '2026-02-10', '2026-02-10', 0, 4],
  ['A4', 'Bob', 'South', '2026-02-03', '2026-02-08', null, null, null],
  ['A5', 'Cat', 'South', '2026-03-01', '2026-03-20', '2026-03-18', 0, 5],
  ['A6', 'Cat', 'North', '2026-03-02', '2026-04-30', null, null, null],
];
const BY_HAND = { orders: 2, completed: 1, on_time_rate: 1, error_rate: 0, satisfaction: 5 };

const serial = (iso: string) => (Date.parse(`${iso}T00:00:00Z`) - Date.UTC(1899, 11, 30)) / 86_400_000;
/** The same rows as the workbook's sheet: dates as Excel serials, blanks as empty cells. */
const workbook: WorkbookData = {
  date1904: false,
  sheets: [{ name: 'Orders', values: [HEADERS, ...ORDERS.map((r) => r.map((v, i) => (v === null ? '' : i >= 3 && i <= 5 ? serial(v as string) : v)) as CellValue[])] }],
};

let cluster: PostgresCluster;
let db: PostgresConnector;
let server: Server;
let serverUrl: string;
let browser: Browser;

beforeAll(async () => {
  [cluster, browser] = await Promise.all([startPostgresCluster(), launchBrowser()]);
  const admin = new pg.Client({ connectionString: cluster.url });
  await admin.connect();
  await admin.query(`CREATE TABLE team_orders (${HEADERS.map((h, i) => `"${h}" ${TYPES[i]}`).join(', ')})`);
  for (const row of ORDERS) await admin.query(`INSERT INTO team_orders VALUES (${row.map((_, i) => `$${i + 1}`).join(', ')})`, row);
  await admin.end();
  db = await openPostgres(cluster.url);
  const opened = await openTableOrders(db, 'team_orders');
  expect(opened.issues.filter((i) => i.severity === 'error')).toEqual([]);
  server = createDataServer({ db, source: opened.value! });
  serverUrl = await listenLocally(server, 0);
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((done) => (server ? server.close(done) : done(null)));
  await db?.close();
  await cluster?.stop();
});

async function openPane(settings?: Record<string, unknown>, tab = 'data') {
  const page = await browser.newPage({ viewport: { width: 420, height: 900 } });
  const errors = recordErrors(page);
  const requests = recordRequests(page);
  const answers: string[] = [];
  page.on('response', (res) => {
    if (res.url().startsWith(serverUrl)) void res.text().then((t) => answers.push(t), () => undefined);
  });
  await useFakeOffice(page, workbook, { displayLanguage: 'en-US', ...(settings ? { settings } : {}) });
  await page.goto(`${inject('baseUrl')}addin/taskpane.html?asOf=${AS_OF}&tab=${tab}`);
  return { page, errors, requests, answers };
}

const values = (page: Page, selector: string) =>
  page.$$eval(selector, (els) => Object.fromEntries(els.map((e) => [e.getAttribute('data-testid')!.replace(/^(review-)?kpi-/, ''), e.getAttribute('data-value')])));

/** What the pane shows and writes for March: the KPI cards, the review, the at-risk list, the report sheet. */
async function whatThePaneSays(page: Page) {
  await page.getByRole('tab', { name: 'KPIs' }).click();
  await page.waitForSelector('[data-testid=kpi-cards] [data-testid=kpi-orders]');
  const month = await page.getAttribute('[data-testid=kpi-cards]', 'data-month');
  const cards = await values(page, '[data-testid=kpi-cards] [data-testid^=kpi-]');

  await page.getByRole('tab', { name: 'Review' }).click();
  await page.waitForSelector('[data-testid=review] [data-testid=review-kpi-orders]');
  const period = await page.getAttribute('[data-testid=review]', 'data-review-period');
  const review = await values(page, '[data-testid=review] [data-testid^=review-kpi-]');
  await page.waitForSelector('[data-testid=members-vs-target] [data-member]');
  const members = await page.$$eval('[data-testid=members-vs-target] [data-member]', (rows) =>
    rows.map((r) => [r.getAttribute('data-member'), ...[...r.querySelectorAll('[data-kpi]')].map((k) => `${k.getAttribute('data-kpi')}=${k.getAttribute('data-value')}`)]),
  );
  const atRisk = await page.$$eval('[data-testid=at-risk] [data-row]', (rows) => rows.map((r) => r.textContent));

  await page.getByRole('tab', { name: 'Report' }).click();
  await page.selectOption('[data-testid=report-month]', '2026-03');
  await page.click('[data-testid=report-write]');
  await page.waitForSelector('[data-testid=report-written]', { timeout: 60_000 });
  const sheet = (await fakeWorkbook(page)).sheets.find((s) => s.name === 'KPI 2026-03') as FakeSheetSnapshot;
  // From the header row of the member table down: the title lines name the source, which differs.
  return { month, cards, period, review, members, atRisk, report: sheet.values.slice(3) };
}

describe('the task pane over a PostgreSQL table through the data server', () => {
  it('connects from the Data tab and shows, reviews and reports the numbers of the same rows as a sheet', async () => {
    const fromSheet = await openPane();
    await fromSheet.page.waitForSelector('[data-testid=load-status]', { timeout: 120_000 });
    await expect(fromSheet.page.textContent('[data-testid=load-status]')).resolves.toContain('6 orders from Orders');
    const sheet = await whatThePaneSays(fromSheet.page);

    const fromServer = await openPane();
    const { page } = fromServer;
    await page.waitForSelector('[data-testid=load-status]', { timeout: 120_000 });
    await page.selectOption('[data-testid=orders-from]', 'server');
    await page.fill('[data-testid=server-url]', serverUrl);
    await page.click('[data-testid=server-connect]');
    await expect
      .poll(() => page.textContent('[data-testid=load-status]'), { timeout: 60_000 })
      .toBe(messagesFor('en').paneServerLoaded({ orders: 6, table: 'team_orders', cancelled: 0 }));
    const database = await whatThePaneSays(page);

    // By hand, then the same as the sheet's, number for number.
    expect([database.month, database.period]).toEqual(['2026-03', '2026-03']);
    for (const [kpi, value] of Object.entries(BY_HAND)) expect(Number(database.cards[kpi]), kpi).toBeCloseTo(value, 12);
    expect(database.members.find((m) => m[0] === 'Cat')).toContain('on_time_rate=1');
    expect(database.atRisk).toHaveLength(1);
    expect(database.atRisk[0]).toContain('A4');
    expect(database.atRisk[0]).toContain(messagesFor('en').paneOverdueDays({ days: 51 }));
    expect(database).toEqual(sheet);
    expect(database.report.length).toBeGreaterThan(3);

    // The orders are in the database: an at-risk order says so rather than selecting a row.
    await page.getByRole('tab', { name: 'Review' }).click();
    await page.click('[data-testid=at-risk] [data-row]');
    await expect(page.textContent('[data-testid=select-problem]')).resolves.toBe(messagesFor('en').paneServerNoRows);
    await page.getByRole('tab', { name: 'SQL' }).click();
    await expect(page.getByText(messagesFor('en').paneSqlWorkbookOnly).count()).resolves.toBe(1);

    // Off this machine only office.js and its Excel file, answered by the fake; no answer held the database password.
    expect(fromServer.requests.offOrigin().every((url) => servedByFakeOffice(page).includes(url))).toBe(true);
    expect(fromServer.requests.urls.some((u) => u.startsWith(`${serverUrl}/api/window`))).toBe(true);
    expect(fromServer.answers.length).toBeGreaterThan(5);
    for (const answer of fromServer.answers) expect(answer).not.toContain(cluster.password);
    expect(fromServer.errors).toEqual([]);
    expect(fromSheet.errors).toEqual([]);
    await Promise.all([fromSheet.page.close(), page.close()]);
  });

  it('a workbook that remembers the data server opens on its review; a server that is gone is said in words', async () => {
    const { page, errors } = await openPane({ teamKpiAnalytics: { server: serverUrl } }, 'review');
    const review = page.locator('[data-testid=review]');
    await review.waitFor({ timeout: 120_000 });
    await expect(review.getAttribute('data-review-period')).resolves.toBe('2026-03');
    await expect(page.getAttribute('[data-testid=review-kpi-orders]', 'data-value')).resolves.toBe('2');
    await page.close();

    const gone = 'http://127.0.0.1:9';
    const down = await openPane({ teamKpiAnalytics: { server: gone } });
    await expect
      .poll(() => down.page.textContent('[data-testid=load-status]').catch(() => null), { timeout: 60_000 })
      .toBe(messagesFor('en').paneServerDown({ url: gone }));
    await down.page.close();
    expect(errors).toEqual([]);
  });
});
