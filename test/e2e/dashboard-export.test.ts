import { readFileSync } from 'node:fs';
import * as XLSX from '@e965/xlsx';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DEMO_AS_OF } from '../../shared/demo/index';
import { KPI_CATALOG, type KpiRow } from '../../shared/kpi/index';
import { launchBrowser } from './browser';
import { close, demoKpis, openDashboard } from './dashboard-page';

/*
 * Every export of the demo overview produces a file that parses: each chart as PNG and SVG,
 * the member table as CSV, the KPI table as .xlsx (members × months, one sheet per KPI) — and
 * the numbers in the files are the report's. Also: the orders behind a big number scroll.
 */
const baseUrl = inject('baseUrl');
// Overdue orders are a list to chase now, not a chart of members side by side.
const CHARTS = ['trend-satisfaction', 'trend-on-time', 'trend-error-rate', 'heatmap'];

let browser: Browser;
let page: Page;
let byOwner: KpiRow[];

beforeAll(async () => {
  browser = await launchBrowser();
  [byOwner] = await demoKpis([{ basis: 'natural', group: 'owner', to: '2026-10', perMonth: false }]);
  // The whole range on the cards (#period=all): the orders behind the orders card are all ~20,000.
  ({ page } = await openDashboard(browser, baseUrl, `#asof=${DEMO_AS_OF}&period=all`));
});
afterAll(async () => {
  await browser?.close();
});

/**
 * Chromium allows a frame at most 10 download requests a second and drops the rest without a
 * word (chromium CL 1132485, "Throttle url download requests from a RenderFrame"); the clicks
 * below come faster than any person's, so they are spaced to stay under it.
 */
const DOWNLOAD_SPACING_MS = 120;
let lastClick = 0;

async function download(testId: string): Promise<{ name: string; bytes: Buffer }> {
  const wait = lastClick + DOWNLOAD_SPACING_MS - Date.now();
  if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
  lastClick = Date.now();
  const [file] = await Promise.all([page.waitForEvent('download', { timeout: 15_000 }), page.click(`[data-testid="${testId}"]`)]);
  const path = await file.path();
  return { name: file.suggestedFilename(), bytes: readFileSync(path) };
}

describe('exports', () => {
  for (const chart of CHARTS) {
    it(`${chart}: PNG and SVG`, async () => {
      const png = await download(`export-png-${chart}`);
      expect(png.name).toMatch(/\.png$/);
      expect(png.bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
      expect(png.bytes.readUInt32BE(16)).toBeGreaterThan(300); // width in the IHDR chunk (2× scale)
      const svg = await download(`export-svg-${chart}`);
      expect(svg.name).toMatch(/\.svg$/);
      const text = svg.bytes.toString('utf8');
      expect(text.startsWith('<svg')).toBe(true);
      expect(text.trimEnd().endsWith('</svg>')).toBe(true);
      expect(text).toContain('<path');
    });
  }

  it('the member table as CSV: one line per member, the report’s numbers', async () => {
    const csv = await download('export-csv');
    expect(csv.name).toMatch(/\.csv$/);
    const lines = csv.bytes.toString('utf8').replace(/^\uFEFF/, '').trimEnd().split('\r\n');
    const header = lines[0].split(',');
    expect(header[0]).toBe('Member');
    const members = lines.slice(1).map((l) => l.split(','));
    expect(members).toHaveLength(byOwner.filter((r) => r.group !== null).length);
    const column = header.indexOf(KPI_CATALOG.on_time_rate.label.en);
    for (const cells of members) {
      const expected = byOwner.find((r) => r.group === cells[0])!;
      expect(close(Number(cells[column]), expected.on_time_rate), cells[0]).toBe(true);
    }
  });

  it('the KPI table as .xlsx: a sheet per KPI, members × months, the report’s numbers', async () => {
    const xlsx = await download('export-xlsx');
    expect(xlsx.name).toMatch(/\.xlsx$/);
    const book = XLSX.read(xlsx.bytes, { type: 'buffer', cellNF: true });
    expect(book.SheetNames).toHaveLength(15);
    expect(book.SheetNames).toContain(KPI_CATALOG.on_time_rate.label.en);
    const rows = XLSX.utils.sheet_to_json<(string | number | null)[]>(book.Sheets[KPI_CATALOG.on_time_rate.label.en], { header: 1, defval: null });
    expect(rows[0][0]).toBe('Member');
    expect(rows[0][1]).toBe('2024-11');
    expect(rows[0]).toContain('2026-10');
    expect(rows[0].slice(-2)).toEqual(['Selected range', 'Target']);
    const range = rows[0].length - 2;
    for (const row of rows.slice(1)) {
      const expected = byOwner.find((r) => r.group === row[0])!;
      expect(close(row[range] as number, expected.on_time_rate), String(row[0])).toBe(true);
    }
    // Rates keep their percent format in Excel.
    const sheet = book.Sheets[KPI_CATALOG.on_time_rate.label.en];
    expect(sheet[XLSX.utils.encode_cell({ r: 1, c: range })].z).toBe('0.0%');
  });
});

describe('the orders behind a number', () => {
  it('scroll from the first to the last of ~20,000 with only the visible rows in the page', async () => {
    await page.click('[data-testid="kpi-orders"]');
    await page.waitForSelector('[data-testid="behind-count"]');
    const total = Number(await page.getAttribute('[data-testid="behind-count"]', 'data-total'));
    const orders = Number(await page.getAttribute('[data-testid="kpi-orders"]', 'data-value'));
    expect(total).toBe(orders);
    expect(await page.$$eval('[data-testid="behind-scroller"] [data-index]', (rows) => rows.length)).toBeLessThan(120);
    await page.$eval('[data-testid="behind-scroller"]', (el) => el.scrollTo(0, el.scrollHeight));
    await page.waitForSelector(`[data-testid="behind-scroller"] [data-index="${total - 1}"] [role="cell"]:nth-child(3)`);
    expect(await page.$$eval('[data-testid="behind-scroller"] [data-index]', (rows) => rows.length)).toBeLessThan(120);
  });
});
