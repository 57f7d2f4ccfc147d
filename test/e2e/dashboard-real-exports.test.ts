import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { REAL_EXPORTS } from '../fixtures/realworld/real-exports';
import { launchBrowser } from './browser';
import { andRedraw, cardValues, openDashboard, tickInList, type DashboardPage } from './dashboard-page';

/*
 * The real-looking exports (order lines, histories) opened in the dashboard give the figures
 * worked out by hand: the same as the report CLI and the add-in (test/unit/realworld/same-numbers).
 */
const baseUrl = inject('baseUrl');
const dir = mkdtempSync(join(tmpdir(), 'dashboard-real-'));

let browser: Browser;
let dash: DashboardPage;
beforeAll(async () => {
  browser = await launchBrowser();
  // The cards hold the chosen range (#period=all): the tests pick one month with From and To.
  dash = await openDashboard(browser, baseUrl, '#period=all');
});
afterAll(async () => {
  await browser?.close();
});

describe('real exports in the dashboard', () => {
  for (const fixture of REAL_EXPORTS) {
    it(`${fixture.file}: the month's figures${fixture.member ? ` and ${fixture.member.owner}'s` : ''}`, async () => {
      // A page of its own per file: its as-of date and month in the link, the whole chosen
      // range on the cards (#period=all).
      const own = await openDashboard(browser, baseUrl, `#asof=${fixture.asOf}&period=all&from=${fixture.month}&to=${fixture.month}`);
      const { page } = own;
      const path = join(dir, fixture.file);
      writeFileSync(path, fixture.bytes());
      await andRedraw(page, () => page.setInputFiles('[data-testid="open-file"]', path));
      await expect(page.textContent('[data-testid="data-source"]')).resolves.toContain(fixture.file);
      const cards = await cardValues(page);
      for (const [kpi, value] of Object.entries(fixture.month_kpis)) expect(cards[kpi as keyof typeof cards], kpi).toBeCloseTo(value, 9);
      if (fixture.member) {
        await andRedraw(page, () => tickInList(page, 'filter-owner', fixture.member!.owner));
        const mine = await cardValues(page);
        for (const [kpi, value] of Object.entries(fixture.member.kpis)) expect(mine[kpi as keyof typeof mine], `${fixture.member.owner} ${kpi}`).toBeCloseTo(value, 9);
      }
      expect(own.requests.offOrigin()).toEqual([]);
      expect(own.errors).toEqual([]);
      await page.close();
    });
  }

  it('never left localhost and logged no errors', () => {
    expect(dash.requests.offOrigin()).toEqual([]);
    expect(dash.errors).toEqual([]);
  });
});
