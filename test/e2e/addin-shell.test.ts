import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { generateDemoWorkbook, DEMO_AS_OF } from '../../shared/demo/index';
import { launchBrowser, recordErrors, recordRequests } from './browser';
import { useFakeOffice } from './fake-office/index';
import { screenshotInParts } from './fake-office/screenshots';

describe('task pane shell with the fake Office', () => {
  let browser: Browser;
  let page: Page;
  let requests: ReturnType<typeof recordRequests>;
  let errors: string[];

  beforeAll(async () => {
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 320, height: 900 } });
    requests = recordRequests(page);
    errors = recordErrors(page);
    await useFakeOffice(page, generateDemoWorkbook());
    await page.goto(`${inject('baseUrl')}addin/taskpane.html?asOf=${DEMO_AS_OF}`);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('loads the demo workbook from the fake Excel', async () => {
    await page.waitForSelector('[data-testid=load-status]', { timeout: 90_000 });
    const text = await page.textContent('[data-testid=load-status]');
    await page.screenshot({ path: 'test-results/addin-shell-data.png', fullPage: true });
    console.log(text, errors);
    expect(text).toMatch(/orders from/);
    expect(requests.offOrigin()).toEqual([]);
  });

  it('shows the other tabs', async () => {
    for (const tab of ['KPIs', 'At risk', 'SQL', 'Report']) {
      await page.getByRole('tab', { name: tab }).click();
      await page.waitForTimeout(tab === 'KPIs' ? 4000 : 1500);
      await screenshotInParts(page, `test-results/addin-shell-${tab.replace(' ', '')}.png`);
    }
    console.log(errors, requests.urls.filter((u) => !u.includes('/assets/')));
  });
});
