import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
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
  await waitForDrawn(page, 0);
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

/** The cards' raw values, by KPI key (data-value). */
export async function cardValues(page: Page): Promise<Partial<Record<KpiKey, number | null>>> {
  const pairs = await page.$$eval('[data-testid^="kpi-"][data-value]', (els) => els.map((e) => [e.getAttribute('data-testid')!.slice(4), e.getAttribute('data-value')!]));
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
    const child = spawn(process.execPath, ['--import', 'tsx', resolve(REPO, 'shared/cli/report-cli.ts'), ...args, '--format', 'json'], {
      cwd: REPO,
      env: { ...process.env, LANG: 'en_US.UTF-8', LC_ALL: '', TZ: 'UTC' },
    });
    const out: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.on('error', fail);
    child.on('close', (code) => (code === 0 ? done(JSON.parse(Buffer.concat(out).toString('utf8')) as ReportJson) : fail(new Error(`report CLI exited ${code}`))));
  });
}
