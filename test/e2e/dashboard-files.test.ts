import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as XLSX from '@e965/xlsx';
import type { Browser, BrowserContext, Page, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, recordErrors } from './browser';
import { generateOrderCells } from '../../shared/demo/index';
import { excelSerialToEpochMs, formatWallClock, readZipDirectory, type ZipEntry } from '../../shared/ingest/index';
import type { KpiRow } from '../../shared/kpi/index';
import { andRedraw, cardValues, differences, openDashboard, reportCliJson, tickInList, waitForDrawn, type DashboardPage } from './dashboard-page';

/*
 * Opening files: a CSV and an .xlsx of six orders whose KPIs are worked out by hand below, a
 * file whose headers need mapping, a corrupt file, drag and drop, and the orders behind a number.
 *
 * As of 2026-03-31:            created    due         delivered   errors  satisfaction
 *   A1 Ann North               01-05      01-10       01-09       0       5    on time
 *   A2 Ann North               01-06      01-12       01-15       1       3    late, with an error
 *   A3 Bob South               02-01      02-10       02-10       0       4    on time (same day)
 *   A4 Bob South               02-03      02-08       –                        open, overdue
 *   A5 Cat South               03-01      03-20       03-18       0       5    on time
 *   A6 Cat North               03-02      04-30       –                        open, not yet due
 * orders 6 · completed 4 · on-time 3 of 5 counted (A1 A2 A3 A4 A5) = 0.6 · overdue open 1 ·
 * completion 4 of 5 = 0.8 · error rate 1 of 4 = 0.25 · satisfaction (5+3+4+5)/4 = 4.25
 */
const baseUrl = inject('baseUrl');
// The cards hold the chosen range (#period=all), not one review month: these files span months.
const HASH = '#asof=2026-03-31&period=all';
const HEADERS = ['Order No', 'Owner', 'Team', 'Order Date', 'Due Date', 'Delivered Date', 'Errors', 'Satisfaction'];
const ORDERS: (string | number)[][] = [
  ['A1', 'Ann', 'North', '2026-01-05', '2026-01-10', '2026-01-09', 0, 5],
  ['A2', 'Ann', 'North', '2026-01-06', '2026-01-12', '2026-01-15', 1, 3],
  ['A3', 'Bob', 'South', '2026-02-01', '2026-02-10', '2026-02-10', 0, 4],
  ['A4', 'Bob', 'South', '2026-02-03', '2026-02-08', '', '', ''],
  ['A5', 'Cat', 'South', '2026-03-01', '2026-03-20', '2026-03-18', 0, 5],
  ['A6', 'Cat', 'North', '2026-03-02', '2026-04-30', '', '', ''],
];
const BY_HAND = { orders: 6, completed: 4, on_time_rate: 0.6, overdue_open: 1, completion_rate: 0.8, error_rate: 0.25, satisfaction: 4.25 };

const dir = mkdtempSync(join(tmpdir(), 'dashboard-files-'));
const csvText = [HEADERS, ...ORDERS].map((row) => row.join(',')).join('\n') + '\n';
const csvPath = join(dir, 'orders.csv');
const xlsxPath = join(dir, 'orders.xlsx');
const unmappedPath = join(dir, 'export.csv');
const corruptPath = join(dir, 'broken.xlsx');
const cutPath = join(dir, 'cut.xlsx');
const flippedPath = join(dir, 'flipped.xlsx');

/** Over 16 MB. Generated orders with text date-times, as an export writes them. */
const BIG_ROWS = 120_000;
const BIG_MONTH = '2026-02';
const bigCsvPath = join(dir, 'big-export.csv');
/** The same, but its last order repeats the first order's id. */
const bigRepeatPath = join(dir, 'big-export-repeat.csv');
let bigCards: Awaited<ReturnType<typeof cardValues>> = {};

function writeBigCsv(): void {
  const cells = generateOrderCells(BIG_ROWS);
  const text = (v: unknown, c: number, r: number) => {
    if (v === null || v === '') return '';
    if (r > 0 && c >= 5 && c <= 7 && typeof v === 'number') return formatWallClock(excelSerialToEpochMs(v, false));
    return String(v);
  };
  const lines = cells.map((row, r) => row.map((v, c) => text(v, c, r)).join(','));
  writeFileSync(bigCsvPath, lines.join('\n') + '\n');
  lines[lines.length - 1] = lines[lines.length - 1].replace(/^[^,]+/, String(cells[1][0]));
  writeFileSync(bigRepeatPath, lines.join('\n') + '\n');
}

function writeFixtures() {
  writeFileSync(csvPath, csvText);
  writeBigCsv();
  // The .xlsx holds real Excel dates and a KPI sheet with a company-wide on-time target of 90%.
  const asDate = (v: string | number) => (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) ? new Date(`${v}T00:00:00Z`) : v);
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet([HEADERS, ...ORDERS.map((r) => r.map(asDate))], { cellDates: true, dateNF: 'yyyy-mm-dd' }), 'Orders');
  XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet([['Month', 'Team', 'Owner', 'KPI', 'Target'], ['', '', '', 'On-time rate', 0.9]]), 'KPI');
  // Deflated, as Excel writes it: the page checks each entry's CRC with the browser's inflater.
  const xlsx = new Uint8Array(XLSX.write(book, { type: 'array', bookType: 'xlsx', compression: true }) as ArrayBuffer);
  writeFileSync(xlsxPath, xlsx);
  // The same cut in half (an interrupted download), and with one bit flipped inside the orders sheet's data.
  writeFileSync(cutPath, xlsx.subarray(0, xlsx.length >> 1));
  const sheet = (readZipDirectory(xlsx) as { entries: ZipEntry[] }).entries.find((e) => e.name === 'xl/worksheets/sheet1.xml')!;
  const flipped = xlsx.slice();
  flipped[sheet.dataStart + (sheet.compressedSize >> 1)] ^= 0x10;
  writeFileSync(flippedPath, flipped);
  // Headers no dictionary knows: the user maps them by hand.
  writeFileSync(unmappedPath, ['Ref,When,Who', 'X1,2026-01-05,Ann', 'X2,2026-02-06,Bob', 'X3,2026-03-07,Ann'].join('\n'));
  // A zip header followed by rubbish: a "workbook" cut short.
  writeFileSync(corruptPath, Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(600, 7)]));
}

let browser: Browser;
let dash: DashboardPage;

beforeAll(async () => {
  writeFixtures();
  browser = await launchBrowser();
  dash = await openDashboard(browser, baseUrl, HASH);
});
afterAll(async () => {
  await browser?.close();
});

async function openFile(page: Page, path: string) {
  await andRedraw(page, () => page.setInputFiles('[data-testid="open-file"]', path));
}

function expectByHand(values: Awaited<ReturnType<typeof cardValues>>) {
  for (const [kpi, value] of Object.entries(BY_HAND)) expect(values[kpi as keyof typeof values], kpi).toBeCloseTo(value, 12);
}

describe('opening files', () => {
  it('opens a CSV with the file picker and shows its KPIs, worked out by hand', async () => {
    await openFile(dash.page, csvPath);
    await expect(dash.page.textContent('[data-testid="data-source"]')).resolves.toContain('orders.csv');
    expectByHand(await cardValues(dash.page));
    // No amount column: revenue is absent (named, not zero).
    await expect(dash.page.textContent('[data-testid="absent-kpis"]')).resolves.toMatch(/Revenue/);
  });

  it('opens an .xlsx with dates and a KPI sheet, replacing the CSV and its worker', async () => {
    await openFile(dash.page, xlsxPath);
    await expect(dash.page.textContent('[data-testid="data-source"]')).resolves.toContain('orders.xlsx');
    expectByHand(await cardValues(dash.page));
    const onTime = await dash.page.textContent('[data-testid="kpi-on_time_rate"]');
    expect(onTime).toContain('90.0%'); // the KPI sheet's target
    expect(onTime).toContain('Missed'); // 60% < 90%
    // The first file's worker is gone: one data worker left, and a spare one for the next file
    // only if the page started it since (pressing Open, or ten idle seconds).
    const spare = await dash.page.evaluate(() => {
      const perf = window.__dashPerf!;
      return (perf.spareAt ?? 0) > perf.opens[perf.opens.length - 1].loadedAt! ? 1 : 0;
    });
    expect(dash.page.workers().filter((w) => w.url().includes('data-worker'))).toHaveLength(1 + spare);
  });

  it('pressing Open gets the next worker and its DuckDB ready while the user picks; the file then shows only its own orders', async () => {
    const { page } = dash;
    const workers = () => page.workers().filter((w) => w.url().includes('data-worker')).length;
    const before = await waitForDrawn(page, -1);
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.click('[data-testid="open-file-button"]')]);
    await page.waitForFunction(() => window.__dashPerf?.spareReadyAt !== undefined, undefined, { timeout: 60_000 });
    expect(workers()).toBe(2); // the data on screen, and the spare
    await chooser.setFiles(csvPath);
    await waitForDrawn(page, before);
    // The spare's warm-up (20,000 generated orders) was thrown away: six orders, worked out by hand.
    expectByHand(await cardValues(page));
    await expect(page.textContent('[data-testid="data-source"]')).resolves.toContain('orders.csv');
    expect(workers()).toBe(1);
  });

  it('lists the orders behind a number, marking those the KPI counts', async () => {
    const { page } = dash;
    await page.click('[data-testid="kpi-on_time_rate"]');
    await page.waitForSelector('[data-testid="behind-count"]');
    await expect(page.getAttribute('[data-testid="behind-count"]', 'data-total')).resolves.toBe('5');
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="behind-scroller"] [data-index] [role="cell"]').length > 5);
    const ids = await page.$$eval('[data-testid="behind-scroller"] .dash-counted', (rows) => rows.map((r) => r.children[2]?.textContent));
    expect(ids).toEqual(['A1', 'A3', 'A5']);
    // The first column marks them.
    expect(await page.$$eval('[data-testid="behind-scroller"] .dash-counted', (rows) => rows.map((r) => r.children[0]?.textContent))).toEqual(['✓', '✓', '✓']);
    await page.click('[data-testid="close-behind"]');
  });

  it('opens a dropped file', async () => {
    const { page } = dash;
    const before = Number(await page.getAttribute('.dash-root', 'data-drawn'));
    const transfer = await page.evaluateHandle((text) => {
      const dt = new DataTransfer();
      dt.items.add(new File([text], 'dropped.csv', { type: 'text/csv' }));
      return dt;
    }, csvText);
    await page.dispatchEvent('body', 'dragenter', { dataTransfer: transfer });
    await expect(page.isVisible('[data-testid="drop-zone"]')).resolves.toBe(true);
    await page.dispatchEvent('body', 'drop', { dataTransfer: transfer });
    await waitForDrawn(page, before);
    await expect(page.textContent('[data-testid="data-source"]')).resolves.toContain('dropped.csv');
    expectByHand(await cardValues(page));
  });

  it('says clearly why a corrupt file cannot be used, and keeps the page working', async () => {
    const { page } = dash;
    await page.setInputFiles('[data-testid="open-file"]', corruptPath);
    await page.waitForSelector('[data-testid="load-error"]');
    const message = await page.textContent('[data-testid="load-error"]');
    expect(message).toContain('broken.xlsx could not be used');
    expect(message).toContain('still on screen');
    expect(message).not.toMatch(/\bat \w+ \(/); // no stack trace
    // The previous data is still there and still answers filters.
    await expect(page.textContent('[data-testid="data-source"]')).resolves.toContain('dropped.csv');
    await andRedraw(page, () => tickInList(page, 'filter-team', 'South'));
    expect((await cardValues(page)).orders).toBe(3);
    await page.click('[data-testid="dismiss-error"]');
    await andRedraw(page, () => tickInList(page, 'filter-team', null));
  });

  it('lets the user map headers it does not recognise, then loads the file', async () => {
    const { page } = dash;
    await page.setInputFiles('[data-testid="open-file"]', unmappedPath);
    await page.waitForSelector('[data-testid="load-error"]');
    await expect(page.textContent('[data-testid="load-error"]')).resolves.toMatch(/Ref, When, Who/);
    await page.waitForSelector('[data-testid="mapping-editor"]');
    await page.selectOption('#mapping-order_id', 'Ref');
    await page.selectOption('#mapping-created', 'When');
    await page.selectOption('#mapping-owner', 'Who');
    await andRedraw(page, () => page.click('[data-testid="apply-mapping"]'));
    await expect(page.textContent('[data-testid="data-source"]')).resolves.toContain('export.csv');
    expect((await cardValues(page)).orders).toBe(3);
    await expect(page.isVisible('[data-testid="load-error"]')).resolves.toBe(false);
  });

  it('reads a CSV over 16 MB with the report CLI’s numbers for the same file', async () => {
    const { page } = dash;
    await andRedraw(page, () => page.setInputFiles('[data-testid="open-file"]', bigCsvPath));
    await expect(page.textContent('[data-testid="data-source"]')).resolves.toContain(`${BIG_ROWS.toLocaleString('en-US')} orders`);
    // One month, as the CLI reads the same file (as of the page's date, from HASH).
    const cli = await reportCliJson([bigCsvPath, '--group', 'none', '--from', BIG_MONTH, '--to', BIG_MONTH, '--as-of', '2026-03-31']);
    expect(cli.rows).toHaveLength(1);
    await andRedraw(page, () => page.selectOption('[data-testid="filter-from"]', BIG_MONTH));
    await andRedraw(page, () => page.selectOption('[data-testid="filter-to"]', BIG_MONTH));
    const cards = await cardValues(page);
    expect(cards.orders).toBeGreaterThan(1000);
    expect(differences(cards, cli.rows[0] as unknown as KpiRow)).toEqual([]);
    bigCards = cards;
  });

  it('reads such a CSV whose last row repeats the first order’s id: the repeat is that order’s later state, as in the report CLI', async () => {
    const { page } = dash;
    await andRedraw(page, () => page.setInputFiles('[data-testid="open-file"]', bigRepeatPath));
    // Two rows of one id with other dates: a history, its last row kept — one order fewer.
    await expect(page.textContent('[data-testid="data-source"]')).resolves.toContain(`${(BIG_ROWS - 1).toLocaleString('en-US')} orders`);
    const cli = await reportCliJson([bigRepeatPath, '--group', 'none', '--from', BIG_MONTH, '--to', BIG_MONTH, '--as-of', '2026-03-31']);
    expect(differences(await cardValues(page), cli.rows[0] as unknown as KpiRow)).toEqual([]);
    expect(bigCards.orders).toBeGreaterThan(1000);
  });


  it('never left localhost and logged no errors', () => {
    expect(dash.requests.offOrigin()).toEqual([]);
    expect(dash.errors).toEqual([]);
  });
});

/**
 * Holds DuckDB's start back: its .wasm requests (made by each data worker's DuckDB worker)
 * wait until released. A load then waits at "Starting the database…" for as long as a test
 * needs, so Cancel is pressed during a load without racing it.
 */
async function holdDuckDbStart(context: BrowserContext) {
  let holding = true;
  const waiting: Route[] = [];
  await context.route(/duckdb-(eh|mvp)[^/]*\.wasm$/, (route) => {
    if (holding) waiting.push(route);
    else void route.continue().catch(() => undefined);
  });
  return {
    hold: () => void (holding = true),
    release() {
      holding = false;
      // A request of a worker ended meanwhile cannot be continued: nothing waits for it.
      for (const route of waiting.splice(0)) void route.continue().catch(() => undefined);
    },
  };
}

const dataWorkers = (page: Page) => page.workers().filter((w) => w.url().includes('data-worker')).length;

describe('a broken file, and Cancel during a load (a page of its own)', () => {
  let context: BrowserContext;
  let page: Page;
  let errors: string[];
  let duckdb: Awaited<ReturnType<typeof holdDuckDbStart>>;

  beforeAll(async () => {
    context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'en-US' });
    duckdb = await holdDuckDbStart(context);
    page = await context.newPage();
    errors = recordErrors(page);
  });
  afterAll(async () => {
    duckdb?.release();
    await context?.close();
  });

  it('Cancel during the first load ends its worker and leaves the empty start page, no spinner', async () => {
    await page.goto(`${baseUrl}dashboard/index.html${HASH}`);
    await page.getByText('Starting the database…').waitFor();
    expect(dataWorkers(page)).toBe(1);
    await page.click('[data-testid="cancel-load"]');
    await page.waitForSelector('[data-testid="start-page"]');
    await expect.poll(() => dataWorkers(page)).toBe(0);
    await expect(page.locator('[data-testid="load-progress"], [data-testid="load-error"], .dash-wait').count()).resolves.toBe(0);
  });

  it('a truncated .xlsx says at once that it is incomplete — not a spinner, and without waiting for DuckDB', async () => {
    await page.setInputFiles('[data-testid="open-file"]', cutPath);
    await page.waitForSelector('[data-testid="load-error"]');
    const message = await page.textContent('[data-testid="load-error"]');
    expect(message).toContain('cut.xlsx could not be used');
    expect(message).toContain('cut.xlsx is incomplete: it ends after');
    expect(message).not.toContain('still on screen'); // nothing was
    expect(message).not.toMatch(/\bat \w+ \(/);
    await expect(page.locator('[data-testid="load-progress"], .dash-wait').count()).resolves.toBe(0);
  });

  it('a bit flipped inside the sheet’s compressed data is named (the browser’s inflater checks the CRC)', async () => {
    await page.setInputFiles('[data-testid="open-file"]', flippedPath);
    await page.waitForSelector('[data-testid="load-error"] >> text=flipped.xlsx could not be used');
    await expect(page.textContent('[data-testid="load-error"]')).resolves.toContain('flipped.xlsx is damaged: the part "xl/worksheets/sheet1.xml" inside it does not check out');
  });

  it('Cancel with data on screen leaves that data as it was', async () => {
    duckdb.release();
    await page.setInputFiles('[data-testid="open-file"]', csvPath);
    await waitForDrawn(page, 0);
    expectByHand(await cardValues(page));
    // The next file's DuckDB is held back from here on: its load waits until cancelled.
    duckdb.hold();
    await page.setInputFiles('[data-testid="open-file"]', xlsxPath);
    await page.getByText('orders.xlsx — Starting the database…').waitFor();
    await page.click('[data-testid="cancel-load"]');
    await page.locator('[data-testid="load-progress"]').waitFor({ state: 'detached' });
    await expect.poll(() => dataWorkers(page)).toBe(1);
    await expect(page.textContent('[data-testid="data-source"]')).resolves.toContain('orders.csv');
    expectByHand(await cardValues(page));
    await expect(page.locator('[data-testid="load-error"]').count()).resolves.toBe(0);
    // And it still answers filters.
    await andRedraw(page, () => tickInList(page, 'filter-team', 'South'));
    expect((await cardValues(page)).orders).toBe(3);
    expect(errors).toEqual([]);
  });
});
