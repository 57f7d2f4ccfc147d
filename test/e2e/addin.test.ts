import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { runReport } from '../../cli/index';
import { DEMO_AS_OF, DEMO_ORDER_COUNT, generateDemoWorkbook } from '../../shared/demo/index';
import { createNodeEngine } from '../../shared/engine/node';
import { KPI_KEYS, type KpiKey } from '../../shared/kpi/index';
import { computeKpis, loadWorkbook, type ReportJson } from '../../shared/pipeline/index';
import { launchBrowser, recordErrors, recordRequests } from './browser';
import { EXCEL_HOST_FILE_URL, fakeWorkbook, OFFICE_JS_URL, servedByFakeOffice, useFakeOffice, editCell, type FakeSheetSnapshot } from './fake-office/index';

/** The report CLI's JSON for the demo workbook, run in-process exactly as `npm run report` runs it. */
async function cliReport(args: string[]): Promise<ReportJson> {
  let out = '';
  const code = await runReport(['--demo', '--as-of', DEMO_AS_OF, '--format', 'json', ...args], {
    env: {},
    readFile: () => Promise.reject(new Error('the demo needs no file')),
    writeFile: () => Promise.resolve(),
    stdout: (data) => void (out += data),
    stderr: () => undefined,
    createEngine: createNodeEngine,
  });
  expect(code).toBe(0);
  return JSON.parse(out) as ReportJson;
}

/** Equal as doubles computed by the same DuckDB build, allowing for summation order. */
function expectSameNumber(actual: number, expected: number) {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(expected)));
}

const demo = generateDemoWorkbook();
const ORDERS = demo.sheets[0].name;

describe('the task pane in Chromium with the fake Office holding the demo workbook', () => {
  let browser: Browser;
  let page: Page;
  let requests: ReturnType<typeof recordRequests>;
  let errors: string[];
  let month: string;

  beforeAll(async () => {
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 500, height: 900 } });
    requests = recordRequests(page);
    errors = recordErrors(page);
    await useFakeOffice(page, demo, { displayLanguage: 'en-US' });
    await page.goto(`${inject('baseUrl')}addin/taskpane.html?asOf=${DEMO_AS_OF}&tab=data`);
    await page.waitForSelector('[data-testid=load-status]', { timeout: 120_000 });
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('loads the orders and reports how many', async () => {
    const all = await cliReport(['--group', 'none']);
    const text = await page.textContent('[data-testid=load-status]');
    expect(text).toContain(`${all.orders.toLocaleString('en')} orders from ${ORDERS}`);
    expect(text).toContain(`${all.cancelled} cancelled`);
  });

  it("shows KPI cards equal to the report CLI's JSON for the same month", async () => {
    await page.getByRole('tab', { name: 'KPIs' }).click();
    await page.waitForSelector('[data-testid=kpi-cards] [data-testid=kpi-orders]');
    month = (await page.getAttribute('[data-testid=kpi-cards]', 'data-month'))!;
    expect(month).toBe(DEMO_AS_OF.slice(0, 7));
    const report = await cliReport(['--group', 'none', '--from', month, '--to', month]);
    expect(report.rows).toHaveLength(1);
    const row = report.rows[0];
    let compared = 0;
    for (const kpi of KPI_KEYS) {
      const card = page.locator(`[data-testid=kpi-cards] [data-testid=kpi-${kpi}]`);
      const expected = row[kpi];
      if (expected === null) {
        expect(await card.count()).toBeLessThanOrEqual(1);
        if (await card.count()) expect(await card.getAttribute('data-value')).toBe('');
        continue;
      }
      expectSameNumber(Number(await card.getAttribute('data-value')), expected);
      compared++;
    }
    expect(compared).toBeGreaterThanOrEqual(10);
    // A target the CLI reports as missed shows as missed on its card.
    for (const [kpi, check] of Object.entries(row.targets) as [KpiKey, { met: boolean | null }][]) {
      const card = page.locator(`[data-testid=kpi-cards] [data-testid=kpi-${kpi}]`);
      await expect.poll(() => card.textContent()).toContain(check.met ? 'Met' : 'Missed');
    }
    expect(await page.locator('[data-testid=trends] svg').count()).toBe(3);
  });

  it('narrows the cards and redraws the charts when a team is chosen', async () => {
    const engine = await createNodeEngine();
    const loaded = (await loadWorkbook(engine, demo)).value!;
    const team = loaded.teams[1];
    const expected = await computeKpis(engine, loaded, { basis: 'natural', group: 'none', asOf: DEMO_AS_OF, from: month, to: month, filters: { team: [team] } });
    await engine.close();

    // Every line of the three trends (values and target lines), as drawn.
    const line = () => page.locator('[data-testid=trends] svg path[aria-roledescription="line mark"]').evaluateAll((ps) => ps.map((p) => p.getAttribute('d')).join(' '));
    const before = await line();
    await page.selectOption('[data-testid=filter-team]', team);
    await page.waitForSelector(`[data-testid=trends][data-rendered*="|${team}|"]`);
    expect(Number(await page.getAttribute('[data-testid=kpi-cards] [data-testid=kpi-orders]', 'data-value'))).toBe(expected.rows[0].orders);
    expectSameNumber(Number(await page.getAttribute('[data-testid=kpi-cards] [data-testid=kpi-on_time_rate]', 'data-value')), expected.rows[0].on_time_rate!);
    expect(await line()).not.toBe(before);
    await page.selectOption('[data-testid=filter-team]', { index: 0 });
    await page.waitForSelector('[data-testid=trends][data-rendered$="||"]');
  });

  it('writes the monthly report sheet: the KPI table, highlights and three line charts, sources unchanged', async () => {
    await page.getByRole('tab', { name: 'Report' }).click();
    await page.selectOption('[data-testid=report-month]', month);
    await page.click('[data-testid=report-write]');
    await page.waitForSelector('[data-testid=report-written]', { timeout: 60_000 });
    const wb = await fakeWorkbook(page);
    const sheet = wb.sheets.find((s) => s.name === `KPI ${month}`) as FakeSheetSnapshot;
    expect(sheet).toBeDefined();
    expect(wb.active).toBe(sheet.name);
    expect(sheet.values[0][0]).toBe(`Monthly KPI report ${month}`);
    const header = sheet.values[3];
    expect(header.slice(0, 4)).toEqual(['Member', 'Team', 'Orders', 'Completed']);

    const byOwner = await cliReport(['--group', 'owner', '--from', month, '--to', month]);
    const members = sheet.values.slice(4, 4 + byOwner.rows.length);
    expect(members.map((r) => r[0]).sort()).toEqual(byOwner.rows.map((r) => r.group).sort());
    const col = (title: string) => header.indexOf(title);
    for (const r of byOwner.rows) {
      const line = members.find((l) => l[0] === r.group)!;
      expect(line[col('Orders')]).toBe(r.orders);
      if (r.on_time_rate === null) expect(line[col('On-time rate')]).toBe('');
      else expectSameNumber(line[col('On-time rate')] as number, r.on_time_rate);
      expect(line[col('On-time rate target')]).toBe(r.targets.on_time_rate?.target ?? '');
    }

    expect(sheet.tables).toHaveLength(1);
    expect(sheet.tables[0].area).toEqual({ row: 3, col: 0, rows: byOwner.rows.length + 1, cols: header.length });
    // One "missed" rule per KPI with targets, on its value column, by its direction.
    const onTime = sheet.conditionalFormats.find((c) => c.area.col === col('On-time rate'))!;
    expect(onTime.formula).toMatch(/<[A-Z]+5\)$/);
    const errorRate = sheet.conditionalFormats.find((c) => c.area.col === col('Error rate'))!;
    expect(errorRate.formula).toMatch(/>[A-Z]+5\)$/);

    expect(sheet.charts.map((c) => [c.type, c.seriesBy])).toEqual([
      ['Line', 'Columns'],
      ['Line', 'Columns'],
      ['Line', 'Columns'],
    ]);
    expect(sheet.charts.map((c) => c.title)).toEqual(['Satisfaction by month', 'On-time rate by month', 'Error rate by month']);
    expect(sheet.charts.map((c) => [c.categoryTitle, c.valueTitle])).toEqual([
      ['Month', 'Satisfaction (score)'],
      ['Month', 'On-time rate (%)'],
      ['Month', 'Error rate (%)'],
    ]);
    // Only the table's columns are fitted (not column A to the title); the title and subtitle wrap.
    expect(sheet.autofitted).toEqual([sheet.tables[0].area]);
    expect(sheet.wrapped).toEqual([{ row: 0, col: 0, rows: 2, cols: 1 }]);
    // Every text cell is formatted as Text; the KPI values keep their number formats.
    expect(sheet.numberFormats[0][0]).toBe('@');
    expect(sheet.numberFormats[4][col('On-time rate')]).toBe('0.0%');
    for (const chart of sheet.charts) {
      const months = sheet.values.slice(chart.data.row + 1, chart.data.row + chart.data.rows).map((r) => r[chart.data.col]);
      expect(months.at(-1)).toBe(month);
      expect([...months].sort()).toEqual(months);
    }
    expect(sheet.formulas).toEqual({});

    // The user's sheets are exactly as they were.
    for (const source of demo.sheets) {
      expect(wb.sheets.find((s) => s.name === source.name)!.values).toEqual(source.values);
    }
  });

  it('runs SQL and writes the result to an Excel table: text stays text, dates are dates, big integers exact', async () => {
    await page.getByRole('tab', { name: 'SQL' }).click();
    await page.fill(
      '[data-testid=sql-editor]',
      `SELECT '=1+1' AS formula_text, count(*) AS orders, DATE '2026-10-05' AS day, TIMESTAMP '2026-10-05 18:00:00' AS at, 9007199254740993::BIGINT AS big FROM orders`,
    );
    await page.click('[data-testid=sql-run]');
    await page.waitForSelector('[data-testid=result-grid]');
    await page.click('[data-testid=sql-write]');
    await page.waitForSelector('[data-testid=sql-written]');
    const sheet = (await fakeWorkbook(page, ['Query'])).sheets[0];
    // 2026-10-05 is serial 46300 in the demo's 1900 date system.
    expect(sheet.values).toEqual([
      ['formula_text', 'orders', 'day', 'at', 'big'],
      ['=1+1', DEMO_ORDER_COUNT, 46300, 46300.75, '9007199254740993'],
    ]);
    expect(sheet.numberFormats[1]).toEqual(['@', 'General', 'yyyy-mm-dd', 'yyyy-mm-dd hh:mm:ss', '@']);
    expect(sheet.formulas).toEqual({});
    expect(sheet.tables).toEqual([{ name: 'Query', area: { row: 0, col: 0, rows: 2, cols: 5 }, style: 'TableStyleMedium2' }]);
  });

  it('refuses SQL that would change the loaded data, also after a SELECT, and the KPIs stay', async () => {
    for (const sql of ['DROP TABLE orders', 'SELECT 1; DROP TABLE orders', "ATTACH ':memory:' AS x; USE x; DETACH memory"]) {
      await page.fill('[data-testid=sql-editor]', sql);
      await page.click('[data-testid=sql-run]');
      await expect.poll(() => page.textContent('[data-testid=sql-error]')).toMatch(/^Only statements that read can run here .* not (DROP|ATTACH): the loaded tables cannot be changed\.$/);
    }
    await page.fill('[data-testid=sql-editor]', 'SELECT count(*) AS n FROM orders');
    await page.click('[data-testid=sql-run]');
    await expect.poll(() => page.textContent('[data-testid=result-grid] tbody')).toContain(String(DEMO_ORDER_COUNT));
    await page.getByRole('tab', { name: 'KPIs' }).click();
    await page.waitForSelector('[data-testid=kpi-cards] [data-testid=kpi-orders]');
  });

  it('runs a 10^12-row cross join without blocking the KPIs, and cancels it', async () => {
    await page.getByRole('tab', { name: 'SQL' }).click();
    await page.fill('[data-testid=sql-editor]', 'SELECT count(*) FROM range(1000000) a, range(1000000) b');
    await page.click('[data-testid=sql-run]');
    await page.waitForSelector('[data-testid=sql-running]');
    // While it runs, the KPIs answer a new filter, and the At risk list loads.
    await page.getByRole('tab', { name: 'KPIs' }).click();
    const team = await page.locator('[data-testid=filter-team] option').nth(2).textContent();
    await page.selectOption('[data-testid=filter-team]', team!);
    await page.waitForSelector(`[data-testid=trends][data-rendered*="|${team}|"]`, { timeout: 60_000 });
    await page.selectOption('[data-testid=filter-team]', { index: 0 });
    await page.getByRole('tab', { name: 'At risk' }).click();
    await page.locator('[data-testid=at-risk] [data-row]').first().waitFor({ timeout: 60_000 });
    await page.getByRole('tab', { name: 'SQL' }).click();
    expect(await page.locator('[data-testid=sql-running]').count()).toBe(1);
    await page.click('[data-testid=sql-cancel]');
    await expect.poll(() => page.textContent('[data-testid=sql-stopped]')).toBe('The query was cancelled.');
    await page.fill('[data-testid=sql-editor]', 'SELECT 42 AS answer');
    await page.click('[data-testid=sql-run]');
    await expect.poll(() => page.textContent('[data-testid=result-grid] tbody')).toContain('42');
  });

  it('shows an SQL error as a message', async () => {
    await page.fill('[data-testid=sql-editor]', 'SELECT nope FROM orders');
    await page.click('[data-testid=sql-run]');
    await expect.poll(() => page.textContent('[data-testid=sql-error]')).toMatch(/^The query failed: .*nope/);
  });

  it('lists orders at risk and selects an order\'s row in Excel when clicked', async () => {
    await page.getByRole('tab', { name: 'At risk' }).click();
    const first = page.locator('[data-testid=at-risk] [data-row]').first();
    await first.waitFor();
    const row = Number(await first.getAttribute('data-row'));
    const orderId = (await first.locator('strong').textContent())!;
    await first.click();
    const lastCol = String.fromCharCode(64 + demo.sheets[0].values[0].length);
    await expect.poll(async () => (await fakeWorkbook(page, [])).selections.at(-1)).toEqual({ sheet: ORDERS, address: `A${row}:${lastCol}${row}` });
    expect(demo.sheets[0].values[row - 1]).toContain(orderId);
  });

  it('offers a reload when someone edits the orders sheet, not after its own writes', async () => {
    expect(await page.locator('[data-testid=source-changed]').count()).toBe(0);
    await editCell(page, ORDERS, 'M2', 4);
    await page.waitForSelector('[data-testid=source-changed]', { timeout: 10_000 });
  });

  it('can be used from the keyboard: arrow keys move along the tabs, Enter opens one', async () => {
    await page.getByRole('tab', { name: 'Data' }).click();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('tab', { name: 'KPIs' }).getAttribute('aria-selected')).toBe('true');
    await page.waitForSelector('[data-testid=kpi-cards]');
  });

  it('made no request off localhost but office.js and its Excel file, both answered in the page by the fake', () => {
    const off = requests.offOrigin();
    expect([...new Set(off)].sort()).toEqual([EXCEL_HOST_FILE_URL, OFFICE_JS_URL]);
    // Routed and fulfilled locally: none of them reached the network.
    expect(off.every((url) => servedByFakeOffice(page).includes(url))).toBe(true);
    expect(errors).toEqual([]);
  });
});

describe('the task pane with bad cells and a 1904 workbook', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('lists bad cells with their addresses and selects the cell when one is clicked', async () => {
    const page = await browser.newPage({ viewport: { width: 320, height: 900 } });
    await useFakeOffice(page, {
      date1904: false,
      sheets: [
        {
          name: 'Orders',
          values: [
            ['Order ID', 'Owner', 'Order date', 'Due', 'Delivered'],
            ['A-1', 'Ann', 46300, 46310, 46309],
            ['A-2', 'Bob', '2026-13-45', 46312, 46320],
            ['A-3', 'Ann', 46302, 'soon', ''],
          ],
        },
      ],
    });
    await page.goto(`${inject('baseUrl')}addin/taskpane.html?asOf=2026-10-31&tab=data`);
    await page.waitForSelector('[data-testid=issue]', { timeout: 120_000 });
    const cells = await page.locator('[data-testid=issue]').evaluateAll((items) => items.map((i) => i.getAttribute('data-cell')));
    expect(cells).toContain('Orders!C3');
    expect(cells).toContain('Orders!D4');
    expect(await page.locator('[data-testid=issue][data-cell="Orders!C3"]').textContent()).toContain('2026-13-45');
    await page.locator('[data-testid=issue][data-cell="Orders!C3"] button').click();
    await expect.poll(async () => (await fakeWorkbook(page)).selections.at(-1)).toEqual({ sheet: 'Orders', address: 'C3' });
    await page.close();
  });

  it('remembers a changed column in the workbook and uses it when the pane opens again', async () => {
    const orders = {
      date1904: false,
      sheets: [
        {
          name: 'Orders',
          values: [
            ['Order ID', 'Owner', 'Order date', 'Due', 'Delivered'],
            ['A-1', 'Ann', 46300, 46310, 46309],
          ],
        },
      ],
    };
    const page = await browser.newPage({ viewport: { width: 320, height: 900 } });
    await useFakeOffice(page, orders);
    await page.goto(`${inject('baseUrl')}addin/taskpane.html?asOf=2026-10-31&tab=data`);
    await page.waitForSelector('[data-testid=load-status]', { timeout: 50_000 });
    await page.selectOption('#mapping-delivered', { label: '(not used)' });
    await page.click('[data-testid=apply-mapping]');
    // Reloaded with the new choice: the "apply" button goes away.
    await page.waitForSelector('[data-testid=apply-mapping]', { state: 'detached', timeout: 50_000 });
    await page.waitForSelector('[data-testid=load-status]', { timeout: 50_000 });
    await expect
      .poll(async () => (await fakeWorkbook(page, [])).settings.teamKpiAnalytics)
      .toMatchObject({ orders: { kind: 'sheet', name: 'Orders' }, overrides: { delivered: '' } });
    const settings = (await fakeWorkbook(page, [])).settings;
    await page.close();

    // The same workbook opened again: the pane reads the choice back.
    const again = await browser.newPage({ viewport: { width: 320, height: 900 } });
    await useFakeOffice(again, orders, { settings });
    await again.goto(`${inject('baseUrl')}addin/taskpane.html?asOf=2026-10-31&tab=data`);
    await again.waitForSelector('[data-testid=load-status]', { timeout: 50_000 });
    expect(await again.locator('#mapping-delivered').inputValue()).not.toBe('Delivered');
    expect(await again.locator('#mapping-due').inputValue()).toBe('Due');
    await again.close();
  });

  it('reads a sheet in blocks under the request limit, halving a block Excel refuses', async () => {
    const page = await browser.newPage({ viewport: { width: 320, height: 900 } });
    // A 200 kB limit instead of Excel on the web's 5 MB: the pane's first 20,000-cell block is too big.
    await useFakeOffice(page, demo, { payloadLimit: 200_000 });
    await page.goto(`${inject('baseUrl')}addin/taskpane.html?asOf=${DEMO_AS_OF}&tab=data`);
    await page.waitForSelector('[data-testid=load-status]', { timeout: 120_000 });
    const all = await cliReport(['--group', 'none']);
    expect(await page.textContent('[data-testid=load-status]')).toContain(`${all.orders.toLocaleString('en')} orders`);
    const reads = (await fakeWorkbook(page, [])).requests.filter((r) => r.kind === 'read' && r.sheet === ORDERS && r.area.rows > 40);
    expect(reads.some((r) => r.refused)).toBe(true);
    expect(reads.filter((r) => !r.refused).every((r) => r.bytes <= 200_000)).toBe(true);
    // The blocks read cover every row once.
    const covered = reads.filter((r) => !r.refused).reduce((n, r) => n + r.area.rows, 0);
    expect(covered).toBe(demo.sheets[0].values.length);
    await page.close();
  });

  it('outside Excel (office.js unreachable) says where it belongs and previews the demo workbook', async () => {
    const page = await browser.newPage({ viewport: { width: 500, height: 900 } });
    // No network here: office.js fails to load, as in a browser that is offline.
    await page.route('https://appsforoffice.microsoft.com/**', (route) => route.abort());
    await page.goto(`${inject('baseUrl')}addin/taskpane.html?asOf=${DEMO_AS_OF}&tab=data`);
    await page.getByText('Preview with demo data').click();
    // The preview opens on the review, like the pane in Excel; the Data tab says what was read.
    await page.waitForSelector('[data-testid=review][data-review-period="2026-10"]', { timeout: 120_000 });
    await page.getByRole('tab', { name: 'Data' }).click();
    await page.waitForSelector('[data-testid=load-status]', { timeout: 120_000 });
    expect(await page.textContent('[data-testid=load-status]')).toContain(`from ${ORDERS}`);
    await page.close();
  });

  it('says which field is missing, and loads once the user picks its column', async () => {
    const page = await browser.newPage({ viewport: { width: 320, height: 900 } });
    await useFakeOffice(page, {
      date1904: false,
      sheets: [
        {
          name: 'Orders',
          values: [
            ['Order ID', 'Owner', 'When'],
            ['A-1', 'Ann', 46300],
            ['A-2', 'Bob', 46301],
          ],
        },
      ],
    });
    await page.goto(`${inject('baseUrl')}addin/taskpane.html?asOf=2026-10-31&tab=data`);
    await page.waitForSelector('[data-testid=issue]', { timeout: 50_000 });
    const issue = (await page.textContent('[data-testid=issue-list]'))!;
    expect(issue).toContain('When');
    expect(await page.getAttribute('[data-testid=load]', 'disabled')).toBeNull();
    await page.selectOption('#mapping-created', 'When');
    await page.click('[data-testid=apply-mapping]');
    await page.waitForSelector('[data-testid=load-status] >> text=2 orders from Orders', { timeout: 50_000 });
    await page.close();
  });

  it('reads serial dates of a 1904 workbook as the right months', async () => {
    const page = await browser.newPage({ viewport: { width: 320, height: 900 } });
    // 2026-10-05 is serial 46300 in the 1900 system and 46300 − 1462 in the 1904 system.
    await useFakeOffice(page, {
      date1904: true,
      sheets: [
        {
          name: 'Orders',
          values: [
            ['Order ID', 'Order date'],
            ['A-1', 46300 - 1462],
            ['A-2', 46301 - 1462],
          ],
        },
      ],
    });
    await page.goto(`${inject('baseUrl')}addin/taskpane.html?asOf=2026-10-31&tab=data`);
    await page.waitForSelector('[data-testid=load-status]', { timeout: 120_000 });
    await page.getByRole('tab', { name: 'KPIs' }).click();
    await page.waitForSelector('[data-testid=kpi-cards]');
    expect(await page.getAttribute('[data-testid=kpi-cards]', 'data-month')).toBe('2026-10');
    expect(await page.getAttribute('[data-testid=kpi-cards] [data-testid=kpi-orders]', 'data-value')).toBe('2');
    await page.close();
  });
});
