import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DEMO_AS_OF, generateDemoWorkbook } from '../../shared/demo/index';
import { launchBrowser, recordErrors } from './browser';
import { REPO } from './dashboard-page';
import { fakeWorkbook, useFakeOffice } from './fake-office/index';

/*
 * The task pane opens on the review (issue 12), at the narrowest pane (320 px), in both
 * languages: the period is the demo's last ended month, members stand against their own targets,
 * a target set in the pane goes to the product's own sheet (the user's sheets untouched), and
 * the report month defaults to the review period.
 */
const demo = generateDemoWorkbook();
const OUT = join(REPO, 'test-results');
let browser: Browser;

beforeAll(async () => {
  mkdirSync(OUT, { recursive: true });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

for (const language of ['en-US', 'zh-CN'] as const) {
  describe(`the pane's review, 320 px, ${language}`, () => {
    it('opens on the review of 2026-10 with members against their own targets', async () => {
      const page = await browser.newPage({ viewport: { width: 320, height: 900 } });
      const errors = recordErrors(page);
      await useFakeOffice(page, demo, { displayLanguage: language });
      await page.goto(`${inject('baseUrl')}addin/taskpane.html?asOf=${DEMO_AS_OF}`);
      const review = page.locator('[data-testid=review]');
      await review.waitFor({ timeout: 120_000 });
      expect(await review.getAttribute('data-review-period')).toBe('2026-10');
      const zh = language === 'zh-CN';
      await expect.poll(() => page.getByRole('tab', { selected: true }).textContent()).toBe(zh ? '回顾' : 'Review');
      await page.waitForSelector('[data-testid=members-vs-target] [data-member]');
      expect(await page.locator('[data-testid=members-vs-target] [data-member]').count()).toBeGreaterThan(5);
      // No "sort by a KPI" anywhere in the pane's review.
      expect(await page.locator('text=/Sort by|排序/').count()).toBe(0);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await page.screenshot({ path: join(OUT, `review-pane-320-${language}.png`) });
      await page.locator('[data-testid=members-vs-target]').screenshot({ path: join(OUT, `review-pane-320-${language}-members.png`) });

      if (!zh) {
        // A member's target, set in the pane, is written to the product's own sheet.
        const before = await fakeWorkbook(page);
        const member = (await page.locator('[data-testid=members-vs-target] [data-member]').first().getAttribute('data-member'))!;
        await page.selectOption('[data-testid=target-who]', `owner:${member}`);
        await page.fill('[data-testid=target-value]', '97%');
        await page.click('[data-testid=target-set]');
        await page.waitForSelector('[data-testid=targets-saved]', { timeout: 30_000 });
        const after = await fakeWorkbook(page);
        const own = after.sheets.find((s) => !before.sheets.some((b) => b.name === s.name))!;
        expect(own.values[0]).toEqual(['month', 'team', 'owner', 'kpi', 'target']);
        expect(own.values[1].slice(2)).toEqual([member, 'on_time_rate', 0.97]);
        for (const sheet of before.sheets) expect(after.sheets.find((s) => s.name === sheet.name)?.values).toEqual(sheet.values);
        // The report month defaults to the review period.
        await page.getByRole('tab', { name: 'Report' }).click();
        await expect.poll(() => page.inputValue('[data-testid=report-month]')).toBe('2026-10');
      }
      expect(errors).toEqual([]);
      await page.close();
    });
  });
}
