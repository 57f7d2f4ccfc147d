import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DEMO_AS_OF } from '../../shared/demo/index';
import { launchBrowser } from './browser';
import { demoKpis, openDashboard, REPO, waitForDrawn, drawnCount } from './dashboard-page';

/*
 * The review the dashboard opens on (issue 12): the demo reviews 2026-10 — the latest month with
 * orders that has ended by its as-of date — with the members against their own targets on the
 * first screen; #period=all shows the whole range; weeks are ISO weeks; both languages.
 */
const baseUrl = inject('baseUrl');
const OUT = join(REPO, 'test-results');
let browser: Browser;

beforeAll(async () => {
  mkdirSync(OUT, { recursive: true });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const reviewed = (page: import('playwright-core').Page) => page.getAttribute('[data-review-period]', 'data-review-period');
const cardValue = async (page: import('playwright-core').Page, kpi: string) => Number(await page.getAttribute(`[data-testid="review-kpi-${kpi}"]`, 'data-value'));

describe('the review on the dashboard’s first screen', () => {
  it('the demo reviews 2026-10 by default, its cards hold that month’s numbers, and the members block is within the first 900 px', async () => {
    const { page, errors } = await openDashboard(browser, baseUrl, '', { width: 1440, height: 900 });
    expect(await reviewed(page)).toBe('2026-10');
    const [month] = await demoKpis([{ basis: 'natural', group: 'none', from: '2026-10', to: '2026-10' }]);
    expect(await cardValue(page, 'orders')).toBe(month[0].orders);
    expect(await cardValue(page, 'on_time_rate')).toBeCloseTo(month[0].on_time_rate!, 10);
    // A month never offered after the as-of date.
    const offered = await page.$$eval('[data-testid="review-period"] option', (os) => os.map((o) => (o as HTMLOptionElement).value));
    expect(offered[0]).toBe('2026-10');
    expect(offered.every((o) => o <= DEMO_AS_OF.slice(0, 7))).toBe(true);
    const block = await page.$('[data-testid="members-vs-target"]');
    const box = await block!.boundingBox();
    expect(box!.y).toBeLessThan(900);
    // Members by name, values shown, and no rank.
    const members = await page.$$eval('[data-testid="members-vs-target"] tr[data-member]', (rows) => rows.map((r) => r.getAttribute('data-member')!));
    expect(members.length).toBeGreaterThan(5);
    expect(members).toEqual([...members].sort(new Intl.Collator('en').compare));
    await page.screenshot({ path: join(OUT, 'review-1440-en.png') });
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('#period=all shows the whole range on the cards', async () => {
    const { page } = await openDashboard(browser, baseUrl, `#period=all&asof=${DEMO_AS_OF}`);
    expect(await reviewed(page)).toBe('all');
    const [whole] = await demoKpis([{ basis: 'natural', group: 'none', to: '2026-10', perMonth: false }]);
    expect(Number(await page.getAttribute('[data-testid="kpi-orders"]', 'data-value'))).toBe(whole[0].orders);
    await page.context().close();
  });

  it('a weekly view reviews ISO weeks; the at-risk list is there to chase', async () => {
    const { page } = await openDashboard(browser, baseUrl, `#period=week`);
    // 2026-10-31 is a Saturday: week 44 runs to 1 November, week 43 is the last one ended.
    expect(await reviewed(page)).toBe('2026-W43');
    // The members' sparklines follow the grain: six ISO weeks, named so.
    await expect(page.textContent('[data-testid="members-vs-target"] thead')).resolves.toContain('last 6 weeks');
    await page.waitForSelector('[data-testid="at-risk"] tr[data-row]');
    const before = await drawnCount(page);
    await page.selectOption('[data-testid="review-period"]', '2026-W44');
    await waitForDrawn(page, before);
    expect(await reviewed(page)).toBe('2026-W44');
    expect(await page.getAttribute('[data-review-period]', 'data-partial')).toBe('true');
    await page.context().close();
  });

  it('in Chinese at 1920×1080', async () => {
    const { page, errors } = await openDashboard(browser, baseUrl, '', { width: 1920, height: 1080 }, 'zh-CN');
    expect(await reviewed(page)).toBe('2026-10');
    await expect(page.textContent('[data-testid="members-vs-target"] h2')).resolves.toContain('成员对照自身目标');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: join(OUT, 'review-1920-zh.png') });
    await page.screenshot({ path: join(OUT, 'review-1920-zh-full.png'), fullPage: true });
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('in Chinese at 1440×900 the members table fits: its last column, the distance to target, needs no scroll', async () => {
    const { page, errors } = await openDashboard(browser, baseUrl, '', { width: 1440, height: 900 }, 'zh-CN');
    expect(await reviewed(page)).toBe('2026-10');
    const fit = await page.evaluate(() => {
      const table = document.querySelector('[data-testid="members-vs-target"] table') as HTMLElement;
      const last = table.querySelector('thead th:last-child') as HTMLElement;
      return { overflow: table.scrollWidth - (table.parentElement as HTMLElement).clientWidth, lastRight: last.getBoundingClientRect().right, width: window.innerWidth, head: last.textContent };
    });
    expect(fit.head).toBe('距目标');
    expect(fit.overflow).toBeLessThanOrEqual(0);
    expect(fit.lastRight).toBeLessThanOrEqual(fit.width);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
