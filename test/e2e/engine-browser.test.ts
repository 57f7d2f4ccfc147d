import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { AFTER_LOCKDOWN_URL, BEFORE_LOCKDOWN_URL, engineSuite } from '../engine-suite/suite';
import { launchBrowser, recordErrors, recordRequests } from './browser';
import type { CaseResult } from './pages/engine-page';

// The shared engine suite in headless Chromium: the page runs every case against the
// Web Worker build (createBrowserEngine) under the add-in's CSP; here each case is one test.
const caseNames = engineSuite(() => Promise.reject(new Error('names only'))).map((c) => c.name);

describe('engine suite (Chromium, duckdb-wasm in a Web Worker)', () => {
  let browser: Browser;
  let page: Page;
  let requests: ReturnType<typeof recordRequests>;
  let errors: string[];
  let results: CaseResult[];
  const baseUrl = inject('baseUrl');

  beforeAll(async () => {
    browser = await launchBrowser();
    page = await browser.newPage();
    requests = recordRequests(page);
    errors = recordErrors(page);
    await page.goto(new URL('test/e2e/pages/engine.html', baseUrl).href);
    await page.waitForFunction(() => window.engineSuiteResults !== undefined, null, { timeout: 180_000 });
    results = (await page.evaluate(() => window.engineSuiteResults)) ?? [];
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('ran every case of the suite', () => {
    expect(results.map((r) => r.name)).toEqual(caseNames);
  });

  for (const name of caseNames) {
    it(name, () => {
      const result = results.find((r) => r.name === name);
      expect(result?.error).toBeUndefined();
      expect(result?.ok).toBe(true);
    });
  }

  it("fetched DuckDB's .wasm and worker from our own origin", () => {
    const origin = new URL(baseUrl).origin;
    const wasm = requests.urls.filter((u) => u.endsWith('.wasm'));
    const workers = requests.urls.filter((u) => /duckdb-browser-(eh|mvp)\.worker.*\.js$/.test(u));
    expect(wasm.length).toBeGreaterThan(0);
    expect(workers.length).toBeGreaterThan(0);
    for (const url of [...wasm, ...workers]) expect(new URL(url).origin).toBe(origin);
  });

  it('lockDown stops user SQL before any request: the URL was fetched before it, not after', () => {
    expect(requests.urls).toContain(BEFORE_LOCKDOWN_URL);
    expect(requests.urls).not.toContain(AFTER_LOCKDOWN_URL);
  });

  it('made no request off localhost (the lockDown case tried https://example.com)', () => {
    expect(requests.offOrigin()).toEqual([]);
  });

  it('logged no page errors, apart from the refused read before lockDown', () => {
    expect(errors.filter((e) => !e.includes(BEFORE_LOCKDOWN_URL))).toEqual([]);
  });
});
