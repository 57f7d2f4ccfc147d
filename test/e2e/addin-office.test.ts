import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { WorkbookData } from '../../shared/schema/workbook';
import { launchBrowser, recordErrors } from './browser';
import { changeSheet, fakeWorkbook, OPENED_BY_EXCEL, useFakeOffice, type FakeOfficeOptions } from './fake-office/index';

/*
 * The pane against the fake Office where Office itself misbehaves or the workbook changes
 * under it: office.js or one of its files blocked, a sheet renamed, hidden or deleted after it
 * was read, a merged two-row header.
 */
// The Data tab (load status, issues, mapping): the pane opens on the review otherwise.
const pane = (query = '') => `${inject('baseUrl')}addin/taskpane.html?asOf=2026-10-31&tab=data${query ? `&${query}` : ''}`;

/** 1900-system serial of a day in October 2026. */
const oct = (day: number) => 46295 + day;

const WITH_ISSUE: WorkbookData = {
  date1904: false,
  sheets: [
    { name: 'Notes', values: [['Read me']] },
    {
      name: 'Orders',
      values: [
        ['Order ID', 'Owner', 'Order date', 'Due', 'Delivered'],
        ['A-1', 'Ann', oct(5), oct(15), oct(14)],
        ['A-2', 'Bob', '2026-13-45', oct(17), oct(25)],
      ],
    },
  ],
};

describe('the task pane when Office misbehaves', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function open(workbook: WorkbookData, options: FakeOfficeOptions, query = ''): Promise<Page> {
    const page = await browser.newPage({ viewport: { width: 360, height: 900 } });
    await useFakeOffice(page, workbook, options);
    await page.goto(pane(query));
    return page;
  }

  it('inside Excel with office.js blocked: "Office could not start", what to check, and no demo', async () => {
    const page = await open(WITH_ISSUE, { block: 'office.js' }, OPENED_BY_EXCEL);
    const message = page.locator('[data-testid=office-not-started]');
    await message.waitFor({ timeout: 30_000 });
    expect(await message.getAttribute('data-cause')).toBe('script');
    const text = (await message.textContent())!;
    expect(text).toContain('Office could not start');
    expect(text).toContain('https://appsforoffice.microsoft.com');
    expect(text).toContain('Refused to load the script');
    expect(await page.getByText('Preview with demo data').count()).toBe(0);
    await page.close();
  });

  it('with a file office.js loads blocked, Office.onReady() never answers: the message comes after 10 s', async () => {
    const page = await open(WITH_ISSUE, { block: 'host file', displayLanguage: 'zh-CN' }, OPENED_BY_EXCEL);
    const message = page.locator('[data-testid=office-not-started]');
    // No timing assumption beyond "within a minute": the pane waits 10 s for Office.
    await message.waitFor({ timeout: 60_000 });
    expect(await message.getAttribute('data-cause')).toBe('timeout');
    expect(await message.textContent()).toContain('10 seconds');
    expect(await page.getByText('Preview with demo data').count()).toBe(0);
    await page.close();
  });

  it('in a plain browser where Office never answers, says so and still offers the demo preview', async () => {
    const page = await open(WITH_ISSUE, { block: 'host file' });
    await page.locator('[data-testid=office-not-started]').waitFor({ timeout: 60_000 });
    await page.getByText('Preview with demo data').click();
    // The preview opens on the review of the demo's last full month.
    await page.waitForSelector('[data-testid=review][data-review-period="2026-10"]', { timeout: 120_000 });
    await page.close();
  });

  it('says so when the sheet of an issue was hidden, renamed or deleted, instead of doing nothing', async () => {
    const page = await open(WITH_ISSUE, {});
    const errors = recordErrors(page);
    await page.waitForSelector('[data-testid=issue][data-cell="Orders!C3"]', { timeout: 120_000 });
    const issue = page.locator('[data-testid=issue][data-cell="Orders!C3"] button');
    const problem = page.locator('[data-testid=select-problem]');

    await issue.click();
    await expect.poll(async () => (await fakeWorkbook(page, [])).selections.at(-1)).toEqual({ sheet: 'Orders', address: 'C3' });
    // Notes was the active sheet: the cell was still selected on Orders (activate, sync, select).
    expect((await fakeWorkbook(page, [])).active).toBe('Orders');

    await changeSheet(page, 'hideSheet', 'Orders');
    await issue.click();
    await expect.poll(() => problem.textContent()).toBe('The sheet “Orders” is hidden. Unhide it (right-click a sheet tab → Unhide) to see the cell.');

    await changeSheet(page, 'renameSheet', 'Orders', 'Orders 2026');
    await issue.click();
    await expect.poll(() => problem.textContent()).toBe('The sheet “Orders” is now called “Orders 2026”. Reload the data on the Data tab to follow it.');

    await changeSheet(page, 'deleteSheet', 'Orders 2026');
    await issue.click();
    await expect.poll(() => problem.textContent()).toBe('The sheet “Orders” is no longer in the workbook. Reload the data on the Data tab.');
    expect((await fakeWorkbook(page, [])).selections).toHaveLength(1);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('reads a merged two-row header as the dashboard does: the fields under 日期 are found', async () => {
    const workbook: WorkbookData = {
      date1904: false,
      sheets: [
        {
          name: '订单',
          values: [
            ['订单编号', '跟单员', '日期', '', '', '金额'],
            ['', '', '下单', '交期', '交货', ''],
            ['SO-001', '李四', oct(5), oct(15), oct(14), 1200],
            ['SO-002', '王五', oct(6), oct(16), oct(20), 800],
          ],
        },
      ],
    };
    const page = await open(workbook, { sheets: [{ merges: ['A1:A2', 'B1:B2', 'C1:E1', 'F1:F2'] }] });
    await page.waitForSelector('[data-testid=load-status] >> text=2 orders from 订单', { timeout: 120_000 });
    expect(await page.locator('#mapping-delivered').inputValue()).toBe('日期 交货');
    expect(await page.locator('#mapping-due').inputValue()).toBe('交期');
    await page.close();
  });

  it('watches the sheets again after a reload when a watched sheet was deleted (its handler cannot be removed)', async () => {
    const workbook: WorkbookData = {
      date1904: false,
      sheets: [
        { name: 'Orders', values: WITH_ISSUE.sheets[1].values },
        { name: 'Targets', values: [['KPI', 'Target'], ['on_time_rate', 0.9]] },
      ],
    };
    const page = await open(workbook, {});
    await page.waitForSelector('[data-testid=load-status]', { timeout: 120_000 });
    const handlers = async () => (await fakeWorkbook(page)).sheets.map((s) => [s.name, s.handlers]);
    await expect.poll(handlers).toEqual([
      ['Orders', 1],
      ['Targets', 1],
    ]);
    // Targets is deleted; loading without targets removes both handlers (Targets' removal fails,
    // Orders' still goes) and watches Orders once more — not twice.
    await changeSheet(page, 'deleteSheet', 'Targets');
    await page.selectOption('[data-testid=kpi-source]', { label: '(no targets)' });
    await page.click('[data-testid=load]');
    await expect.poll(handlers, { timeout: 60_000 }).toEqual([['Orders', 1]]);
    await page.close();
  });
});
