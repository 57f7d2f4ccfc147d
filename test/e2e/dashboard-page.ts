import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { DEMO_AS_OF, generateDemoWorkbook } from '../../shared/demo/index';
import { createNodeEngine } from '../../shared/engine/node';
import { KPI_KEYS, type KpiKey, type KpiRow } from '../../shared/kpi/index';
import { computeKpis, loadWorkbook, type KpiQuery, type ReportJson } from '../../shared/pipeline/index';
import { recordErrors, recordRequests } from './browser';

/** Helpers of the dashboard's browser tests: open the built page, read its cards, wait for redraws. */

export const REPO = resolve(import.meta.dirname, '../..');

export interface DashboardPage {
  page: Page;
  errors: string[];
  requests: ReturnType<typeof recordRequests>;
}

export async function openDashboard(browser: Browser, baseUrl: string, hash = '', viewport = { width: 1440, height: 900 }, locale = 'en-US'): Promise<DashboardPage> {
  const context = await browser.newContext({ viewport, locale, acceptDownloads: true });
  const page = await context.newPage();
  const errors = recordErrors(page);
  const requests = recordRequests(page);
  await page.goto(`${baseUrl}dashboard/index.html${hash}`);
  try {
    await waitForDrawn(page, 0, 90_000);
  } catch (e) {
    // Say what the page shows, so a failure here can be understood from the log alone.
    const shown = await page.evaluate(() => JSON.stringify({ text: document.body.innerText.slice(0, 400), perf: window.__dashPerf })).catch(() => '');
    throw new Error(`the dashboard did not draw: ${shown}\nerrors: ${errors.join('\n')}`, { cause: e });
  }
  return { page, errors, requests };
}

export async function drawnCount(page: Page): Promise<number> {
  return Number(await page.getAttribute('.dash-root', 'data-drawn'));
}

/** Wait until the page has drawn a view after `after` and nothing is pending. */
export async function waitForDrawn(page: Page, after: number, timeout = 120_000): Promise<number> {
  await page.waitForFunction(
    (n) => {
      const root = document.querySelector('.dash-root');
      return !!root && Number(root.getAttribute('data-drawn')) > n && root.getAttribute('data-updating') === 'false';
    },
    after,
    { timeout },
  );
  return drawnCount(page);
}

/** Do something that changes the view and wait for the redraw it causes. */
export async function andRedraw(page: Page, action: () => Promise<unknown>): Promise<void> {
  const before = await drawnCount(page);
  await action();
  await waitForDrawn(page, before);
}

/** A list filter's (team, member) open list, opened first if it is closed. */
export async function openList(page: Page, testId: string): Promise<Locator> {
  const button = page.locator(`[data-testid="${testId}"]`);
  if ((await button.getAttribute('aria-expanded')) !== 'true') await button.click();
  const list = page.locator(`[id="${await button.getAttribute('aria-controls')}"]`);
  await list.waitFor();
  return list;
}

/** Ticks one entry of a list filter (null: the "all" entry at the top), then closes the list. */
export async function tickInList(page: Page, testId: string, entry: string | null): Promise<void> {
  const list = await openList(page, testId);
  // A list of several choices holds checkable items (role menuitemcheckbox), not options.
  await (entry === null ? list.getByRole('menuitemcheckbox').first() : list.getByRole('menuitemcheckbox', { name: entry, exact: true })).click();
  await page.keyboard.press('Escape');
}

/** A list filter's entries, without the "all" entry. */
export async function listEntries(page: Page, testId: string): Promise<string[]> {
  const list = await openList(page, testId);
  const entries = await list.getByRole('menuitemcheckbox').allTextContents();
  await page.keyboard.press('Escape');
  return entries.slice(1);
}

/** The cards' raw values, by KPI key (data-value). */
/** The cards' numbers: the review period's cards, or (#period=all) the whole range's. */
export async function cardValues(page: Page): Promise<Partial<Record<KpiKey, number | null>>> {
  const pairs = await page.$$eval('[data-testid^="kpi-"][data-value], [data-testid^="review-kpi-"][data-value]', (els) =>
    els.map((e) => [e.getAttribute('data-testid')!.replace(/^(review-)?kpi-/, ''), e.getAttribute('data-value')!]),
  );
  return Object.fromEntries(pairs.map(([k, v]) => [k, v === '' ? null : Number(v)]));
}

/** Equal to floating-point noise (sums added in another order differ in the last bits). */
export function close(actual: number | null | undefined, expected: number | null): boolean {
  if (expected === null) return actual === null;
  return actual !== null && actual !== undefined && Math.abs(actual - expected) <= 1e-9 * Math.max(1, Math.abs(expected));
}

/** KPI values that differ between the page and the expected row (empty = all equal). */
export function differences(page: Partial<Record<KpiKey, number | null>>, expected: KpiRow, kpis: readonly KpiKey[] = KPI_KEYS): string[] {
  return kpis.filter((k) => k in page || expected[k] !== null).filter((k) => !close(page[k], expected[k])).map((k) => `${k}: page ${page[k]} expected ${expected[k]}`);
}

/** The same numbers computed in Node by the pipeline the report CLI runs, on the demo workbook. */
export async function demoKpis(questions: Omit<KpiQuery, 'asOf'>[]): Promise<KpiRow[][]> {
  const engine = await createNodeEngine();
  try {
    const loaded = (await loadWorkbook(engine, generateDemoWorkbook())).value!;
    const out: KpiRow[][] = [];
    for (const q of questions) out.push((await computeKpis(engine, loaded, { ...q, asOf: DEMO_AS_OF })).rows);
    return out;
  } finally {
    await engine.close();
  }
}

/** The report CLI itself (`npm run report -- …`), JSON to stdout. */
export function reportCliJson(args: string[]): Promise<ReportJson> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['--import', 'tsx', resolve(REPO, 'cli/report-cli.ts'), ...args, '--format', 'json'], {
      cwd: REPO,
      env: { ...process.env, LANG: 'en_US.UTF-8', LC_ALL: '', TZ: 'UTC' },
    });
    const out: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.on('error', fail);
    child.on('close', (code) => (code === 0 ? done(JSON.parse(Buffer.concat(out).toString('utf8')) as ReportJson) : fail(new Error(`report CLI exited ${code}`))));
  });
}

/** The members the heatmap shows (its dataset, read from the live chart). */
export async function heatmapMembers(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const rows = window.__dashViews!.heatmap.data('attainment') as { member: string }[];
    return [...new Set(rows.map((r) => r.member))];
  });
}

/**
 * Where a member × month cell of the heatmap is on the page. The heatmap draws on a canvas, so
 * the cell is found in the chart's scenegraph (group offsets added up) and clicked there like
 * a person would.
 */
export async function heatmapCellPosition(page: Page, month: string, member: string): Promise<{ x: number; y: number }> {
  await page.locator('[data-testid="chart-heatmap"] canvas').scrollIntoViewIfNeeded();
  const position = await page.evaluate(
    ([month, member]) => {
      type Item = { x?: number; y?: number; width?: number; height?: number; datum?: Record<string, unknown>; items?: Mark[] };
      type Mark = { marktype: string; name?: string; items: Item[] };
      const view = window.__dashViews!.heatmap;
      const canvas = document.querySelector('[data-testid="chart-heatmap"] canvas')!.getBoundingClientRect();
      const [ox, oy] = view.origin();
      let found: { x: number; y: number } | null = null;
      const walk = (mark: Mark, dx: number, dy: number) => {
        for (const item of mark.items) {
          if (mark.marktype === 'group') for (const child of item.items ?? []) walk(child, dx + (item.x ?? 0), dy + (item.y ?? 0));
          else if (mark.marktype === 'rect' && item.datum?.month === month && item.datum?.member === member) {
            found = { x: canvas.left + dx + item.x! + item.width! / 2, y: canvas.top + dy + item.y! + item.height! / 2 };
          }
        }
      };
      walk((view.scenegraph() as unknown as { root: Mark }).root, ox, oy);
      return found;
    },
    [month, member] as const,
  );
  if (!position) throw new Error(`no heatmap cell ${member} × ${month}`);
  return position;
}
