import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DEMO_AS_OF, generateDemoWorkbook } from '../../shared/demo/index';
import { launchBrowser, recordErrors } from './browser';
import { OPENED_BY_EXCEL, useFakeOffice } from './fake-office/index';
import { screenshotInParts } from './fake-office/screenshots';

/*
 * Screenshots of the pane at the narrowest (320 px) and a common (500 px) task-pane width, in
 * both languages and both Office themes, saved to test-results/ to be looked at. Each run also
 * checks the page never needs sideways scrolling and speaks the language it was given.
 */
const demo = generateDemoWorkbook();
const CASES = [320, 500].flatMap((width) =>
  (['en-US', 'zh-CN'] as const).flatMap((language) => (['light', 'dark'] as const).map((theme) => ({ width, language, theme }))),
);

describe('task pane screenshots', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  for (const { width, language, theme } of CASES) {
    it(`${width} px, ${language}, ${theme}`, async () => {
      const page = await browser.newPage({ viewport: { width, height: 900 } });
      const errors = recordErrors(page);
      await useFakeOffice(page, demo, { displayLanguage: language, bodyBackgroundColor: theme === 'dark' ? '#1f1f1f' : '#ffffff' });
      await page.goto(`${inject('baseUrl')}addin/taskpane.html?asOf=${DEMO_AS_OF}&tab=data`);
      await page.waitForSelector('[data-testid=load-status]', { timeout: 120_000 });
      const name = `test-results/addin-${width}-${language.slice(0, 2)}-${theme}`;
      await page.screenshot({ path: `${name}-data.png` });
      const zh = language === 'zh-CN';
      await page.getByRole('tab', { name: zh ? '指标' : 'KPIs' }).click();
      await page.waitForSelector('[data-testid=trends] svg');
      await screenshotInParts(page, `${name}-kpis.png`, 2);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      expect(await page.textContent('[data-testid=kpi-cards] h2')).toContain(zh ? '截至' : 'as of');
      const tabs = zh ? { risk: '风险', sql: 'SQL', report: '报告' } : { risk: 'At risk', sql: 'SQL', report: 'Report' };
      await page.getByRole('tab', { name: tabs.risk }).click();
      await page.waitForSelector('[data-testid=at-risk]');
      await page.screenshot({ path: `${name}-risk.png` });
      await page.getByRole('tab', { name: tabs.sql }).click();
      await page.click('[data-testid=sql-run]');
      await page.waitForSelector('[data-testid=result-grid]');
      await page.screenshot({ path: `${name}-sql.png` });
      await page.getByRole('tab', { name: tabs.report }).click();
      await page.screenshot({ path: `${name}-report.png` });
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      expect(errors).toEqual([]);
      await page.close();
    });
  }

  it('"Office could not start" (a file of office.js blocked), 320 px', async () => {
    const page = await browser.newPage({ viewport: { width: 320, height: 900 } });
    await useFakeOffice(page, demo, { block: 'host file' });
    await page.goto(`${inject('baseUrl')}addin/taskpane.html?${OPENED_BY_EXCEL}`);
    await page.waitForSelector('[data-testid=office-not-started]', { timeout: 60_000 });
    await page.screenshot({ path: 'test-results/addin-320-en-office-not-started.png', fullPage: true });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await page.close();
  });
});
