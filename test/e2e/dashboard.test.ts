import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DEMO_AS_OF } from '../../shared/demo/index';
import type { KpiRow } from '../../shared/kpi/index';
import { launchBrowser } from './browser';
import {
  andRedraw,
  cardValues,
  demoKpis,
  differences,
  heatmapCellPosition,
  heatmapMembers,
  listEntries,
  openDashboard,
  reportCliJson,
  tickInList,
  type DashboardPage,
} from './dashboard-page';

/*
 * The dashboard on the demo workbook, in headless Chromium against the built page: its cards
 * hold the report's numbers (computed here in Node by the same pipeline, and by the report CLI
 * itself), filters and chart clicks change them as the report would, and the URL keeps it all.
 */
const baseUrl = inject('baseUrl');
// The cards of these tests hold the whole range (#period=all); review-dashboard.test.ts tests
// the review period the page opens on.
const AS_OF = `asof=${DEMO_AS_OF}&period=all`;
// The demo's orders are due as late as 2026-11; the page shows months up to the as-of month.
const LAST = '2026-10';

let browser: Browser;
let demo: DashboardPage;
let expected: { whole: KpiRow; team: KpiRow; memberMonth: KpiRow };

beforeAll(async () => {
  browser = await launchBrowser();
  const [whole, team, memberMonth] = await demoKpis([
    { basis: 'natural', group: 'none', to: LAST, perMonth: false },
    { basis: 'natural', group: 'none', to: LAST, perMonth: false, filters: { team: ['售后'] } },
    { basis: 'natural', group: 'none', from: LAST, to: LAST, filters: { owner: ['刘洋'] } },
  ]);
  expected = { whole: whole[0], team: team[0], memberMonth: memberMonth[0] };
  demo = await openDashboard(browser, baseUrl, `#${AS_OF}`);
});

afterAll(async () => {
  await browser?.close();
});

describe('the demo overview', () => {
  it('shows a card for every KPI the data supports, each holding the report pipeline’s number', async () => {
    const page = await cardValues(demo.page);
    // The demo maps every field: all 15 KPIs are there.
    expect(Object.keys(page)).toHaveLength(15);
    expect(differences(page, expected.whole)).toEqual([]);
    // A value a person can check: the orders card counts the demo's non-cancelled orders.
    expect(page.orders).toBeGreaterThan(19_000);
    expect(page.orders).toBeLessThan(20_000);
  });

  it('equals the report CLI’s JSON for one month (--group none --from/--to 2026-10)', async () => {
    const cli = await reportCliJson(['--demo', '--group', 'none', '--from', LAST, '--to', LAST, '--as-of', DEMO_AS_OF]);
    expect(cli.rows).toHaveLength(1);
    // The review of 2026-10 (the default period) holds the CLI's numbers for that month.
    const { page } = await openDashboard(browser, baseUrl, `#asof=${DEMO_AS_OF}`);
    const cards = await cardValues(page);
    expect(differences(cards, cli.rows[0] as unknown as KpiRow)).toEqual([]);
    // The card's target is the CLI's target for the month (the KPI sheet's 2026-10 rows).
    const onTimeTarget = cli.rows[0].targets.on_time_rate?.target;
    expect(onTimeTarget).toBe(0.95);
    await expect(page.textContent('[data-testid="review-kpi-on_time_rate"]')).resolves.toContain('95.0%');
    expect(await page.getAttribute('[data-review-period]', 'data-review-period')).toBe(LAST);
    await page.context().close();
  });

  it('the Data & mapping panel opens over the page, which stays visible (dimmed) beside it', async () => {
    const { page } = demo;
    await page.click('[data-testid="show-data"]');
    await page.waitForSelector('[data-testid="mapping-editor"]');
    // Under the backdrop, at a KPI card left of the panel, the next thing painted is the page:
    // no portal of Fluent's (which copies the page root's classes) covers it.
    const stack = await page.evaluate(() => {
      const card = document.querySelector('[data-testid="kpi-orders"]')!.getBoundingClientRect();
      const below = document.elementsFromPoint(card.x + 10, card.y + 10);
      const backdrop = below.findIndex((e) => e.className.toString().includes('OverlayDrawer__backdrop'));
      return { backdrop, next: below[backdrop + 1]?.closest('[data-testid]')?.getAttribute('data-testid') ?? below[backdrop + 1]?.tagName };
    });
    expect(stack.backdrop).toBeGreaterThanOrEqual(0);
    expect(stack.next).toBe('kpi-orders');
    await page.keyboard.press('Escape');
    await page.waitForSelector('[data-testid="mapping-editor"]', { state: 'detached' });
  });

  it('asks nothing of any host but localhost, and logs no errors', () => {
    expect(demo.requests.offOrigin()).toEqual([]);
    expect(demo.requests.urls.some((u) => u.endsWith('.wasm'))).toBe(true);
    expect(demo.errors).toEqual([]);
  });
});

describe('filters and cross-filtering', () => {
  it('a team filter changes the cards to the team’s numbers and redraws the charts', async () => {
    const { page } = demo;
    const trendBefore = await page.innerHTML('[data-testid="chart-trend-on-time"] svg');
    const membersBefore = await heatmapMembers(page);
    const earlyBefore = await page.evaluate(() => window.__dashPerf?.askedEarly ?? 0);
    await andRedraw(page, () => tickInList(page, 'filter-team', '售后'));
    // The click sent its question to the worker before React rendered it (use-view-data.ts).
    expect(await page.evaluate(() => window.__dashPerf?.askedEarly ?? 0)).toBe(earlyBefore + 1);
    expect(differences(await cardValues(page), expected.team)).toEqual([]);
    expect(await page.innerHTML('[data-testid="chart-trend-on-time"] svg')).not.toEqual(trendBefore);
    // The heatmap now lists only the team's members.
    const membersAfter = await heatmapMembers(page);
    expect(membersAfter.length).toBeGreaterThan(0);
    expect(membersAfter.length).toBeLessThan(membersBefore.length);
    expect(membersAfter.every((m) => membersBefore.includes(m))).toBe(true);
    expect(page.url()).toContain('team=%E5%94%AE%E5%90%8E');
    await andRedraw(page, () => tickInList(page, 'filter-team', null));
    expect(differences(await cardValues(page), expected.whole)).toEqual([]);
  });

  it('several teams, then several members, can be ticked together — by mouse or by keyboard', async () => {
    const { page } = demo;
    const teams = await listEntries(page, 'filter-team');
    const other = teams.find((t) => t !== '售后')!;
    const [[both], [otherAlone]] = await demoKpis([
      { basis: 'natural', group: 'none', to: LAST, perMonth: false, filters: { team: ['售后', other] } },
      { basis: 'natural', group: 'none', to: LAST, perMonth: false, filters: { team: [other] } },
    ]);
    await andRedraw(page, () => tickInList(page, 'filter-team', '售后'));
    await andRedraw(page, () => tickInList(page, 'filter-team', other));
    expect(differences(await cardValues(page), both)).toEqual([]);
    // Two teams' orders are the two teams' orders added up.
    expect((await cardValues(page)).orders).toBe(expected.team.orders! + otherAlone.orders!);
    // Shown in the list's own order, whatever the order of the ticks.
    await expect(page.textContent('[data-testid="filter-team"]')).resolves.toBe(teams.filter((t) => t === '售后' || t === other).join(', '));

    // The member list offers the two teams' members; the keyboard ticks the first two.
    const members = await listEntries(page, 'filter-owner');
    const [[firstTwo]] = await demoKpis([{ basis: 'natural', group: 'none', to: LAST, perMonth: false, filters: { owner: members.slice(0, 2) } }]);
    await page.focus('[data-testid="filter-owner"]');
    await page.keyboard.press('ArrowDown'); // opens the list on "all members"
    await page.keyboard.press('ArrowDown');
    await andRedraw(page, () => page.keyboard.press('Enter'));
    await page.keyboard.press('ArrowDown');
    await andRedraw(page, () => page.keyboard.press('Enter'));
    await page.keyboard.press('Escape');
    expect(differences(await cardValues(page), firstTwo)).toEqual([]);
    expect(new URLSearchParams(new URL(page.url()).hash.slice(1)).getAll('owner')).toEqual(members.slice(0, 2));

    // "All teams" keeps the members ticked; Reset clears every filter.
    await andRedraw(page, () => tickInList(page, 'filter-team', null));
    expect(differences(await cardValues(page), firstTwo)).toEqual([]);
    await andRedraw(page, () => page.click('[data-testid="filter-reset"]'));
    expect(differences(await cardValues(page), expected.whole)).toEqual([]);
  });

  it('clicking a member × month cell of the heatmap filters the cards to that member and month', async () => {
    const { page } = demo;
    const trendBefore = await page.innerHTML('[data-testid="chart-trend-on-time"] svg');
    const cell = await heatmapCellPosition(page, LAST, '刘洋');
    await andRedraw(page, () => page.mouse.click(cell.x, cell.y));
    await expect(page.textContent('[data-testid="pick-month"]')).resolves.toContain(LAST);
    await expect(page.textContent('[data-testid="pick-member"]')).resolves.toContain('刘洋');
    expect(differences(await cardValues(page), expected.memberMonth)).toEqual([]);
    // The trend charts follow the member (the heatmap keeps every member to pick from).
    expect(await page.innerHTML('[data-testid="chart-trend-on-time"] svg')).not.toEqual(trendBefore);
    expect(page.url()).toMatch(/month=2026-10/);
    await andRedraw(page, () => page.click('[data-testid="clear-pick"]'));
    expect(differences(await cardValues(page), expected.whole)).toEqual([]);
  });

  it('restores filters, the chart selection and the language from the URL after a reload', async () => {
    const { page } = await openDashboard(browser, baseUrl, `#${AS_OF}`);
    await andRedraw(page, () => tickInList(page, 'filter-team', '售后'));
    await andRedraw(page, () => page.selectOption('[data-testid="filter-basis"]', 'created'));
    await andRedraw(page, () => page.click(`[data-testid="chart-trend-on-time"] path[aria-label^="Month: 2026-03;"][aria-label*="On-time"]`));
    await page.selectOption('[data-testid="lang"]', 'zh');
    const before = await cardValues(page);
    const url = page.url();
    expect(url).toMatch(/basis=created/);
    expect(url).toMatch(/lang=zh/);
    expect(url).toMatch(/month=2026-03/);

    await page.reload();
    await page.waitForFunction(() => Number(document.querySelector('.dash-root')?.getAttribute('data-drawn')) > 0);
    await page.waitForSelector('.dash-root[data-updating="false"]');
    expect(page.url()).toBe(url);
    await expect(page.textContent('[data-testid="filter-team"]')).resolves.toBe('售后');
    await expect(page.inputValue('[data-testid="filter-basis"]')).resolves.toBe('created');
    await expect(page.textContent('[data-testid="pick-month"]')).resolves.toContain('2026-03');
    await expect(page.textContent('h1')).resolves.toBe('团队绩效分析');
    expect(await cardValues(page)).toEqual(before);
    await page.context().close();
  });
});
