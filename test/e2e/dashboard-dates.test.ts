import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from './browser';
import { andRedraw, cardValues, openDashboard, type DashboardPage } from './dashboard-page';

/*
 * Dates in the dashboard: the three tickets give the months the report CLI gives
 * (2016-02 and 2016-03, day-first throughout), and a column its dates cannot decide follows
 * the Date order chosen in the Data & mapping panel.
 */
const baseUrl = inject('baseUrl');
const dir = mkdtempSync(join(tmpdir(), 'dashboard-dates-'));
const ticketsPath = join(dir, 'tickets.csv');
const undecidedPath = join(dir, 'undecided.csv');
const unreadablePath = join(dir, 'unreadable.csv');

let browser: Browser;
let dash: DashboardPage;

beforeAll(async () => {
  writeFileSync(ticketsPath, 'Ticket,Opened,Closed\nT1,29-02-2016 10:00,01-03-2016 12:00\nT2,01-03-2016 09:00,02-03-2016 09:00\nT3,02-03-2016 09:00,15-03-2016 09:00\n');
  writeFileSync(undecidedPath, 'Ticket,Opened\nT1,05/06/2016\nT2,07/08/2016\n');
  writeFileSync(unreadablePath, 'Ticket,Opened\nT1,soon\nT2,next week\n');
  browser = await launchBrowser();
  dash = await openDashboard(browser, baseUrl, '#asof=2016-12-31&period=all');
});
afterAll(async () => {
  await browser?.close();
});

/** The months the page offers to filter by (the data's months). */
const months = (page: Page) => page.$$eval('#filter-from option', (options) => options.map((o) => (o as HTMLOptionElement).value).filter((v) => /^\d{4}-\d{2}$/.test(v)));

describe('dates decided per column, in the dashboard', () => {
  it('the three tickets are in 2016-02 and 2016-03 only, as the report CLI has them', async () => {
    await andRedraw(dash.page, () => dash.page.setInputFiles('[data-testid="open-file"]', ticketsPath));
    await expect(dash.page.textContent('[data-testid="data-source"]')).resolves.toContain('tickets.csv');
    expect(await months(dash.page)).toEqual(['2016-02', '2016-03']);
    expect((await cardValues(dash.page)).orders).toBe(3);
  });

  it('an undecided column is month-first (en-US), and day-first once the user chooses so', async () => {
    const { page } = dash;
    await andRedraw(page, () => page.setInputFiles('[data-testid="open-file"]', undecidedPath));
    expect(await months(page)).toEqual(['2016-05', '2016-07']);
    await page.click('[data-testid="show-data"]');
    await page.waitForSelector('[data-testid="mapping-date-order"]');
    await expect(page.textContent('[data-testid="data-panel"]')).resolves.toContain('2 dates in column B, like 05/06/2016, could be day-first or month-first');
    await page.selectOption('#mapping-date-order', 'dmy');
    await andRedraw(page, () => page.click('[data-testid="apply-mapping"]'));
    expect(await months(page)).toEqual(['2016-06', '2016-08']);
  });

  it('a file none of whose created dates can be read says so, and keeps the data on screen', async () => {
    const { page } = dash;
    await page.keyboard.press('Escape');
    await page.setInputFiles('[data-testid="open-file"]', unreadablePath);
    await page.waitForSelector('[data-testid="load-error"]');
    // The mapping passes the column over (its values are no dates) and says why, at its header.
    await expect(page.textContent('[data-testid="load-error"]')).resolves.toContain('column "Opened" holds hardly any dates (e.g. "soon"), so it is not read as Created (order date)');
    await expect(page.textContent('[data-testid="data-source"]')).resolves.toContain('undecided.csv');
  });

  it('logged no errors', () => {
    expect(dash.errors).toEqual([]);
  });
});
