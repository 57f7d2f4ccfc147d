import { createBrowserEngine } from '../../../shared/engine/browser';
import { engineSuite } from '../../engine-suite/suite';

/**
 * Runs the shared engine suite against the browser build, one case after another, and
 * leaves the outcome on `window.engineSuiteResults` for test/e2e/engine-browser.test.ts.
 * Built into dist/ only for the e2e run (KPI_TEST_PAGES=1, see vite.config.ts).
 */
export interface CaseResult {
  name: string;
  ok: boolean;
  error?: string;
  ms: number;
}

declare global {
  interface Window {
    engineSuiteResults?: CaseResult[];
  }
}

async function runSuite(): Promise<CaseResult[]> {
  const results: CaseResult[] = [];
  const log = document.getElementById('log');
  for (const testCase of engineSuite(() => createBrowserEngine())) {
    const started = performance.now();
    try {
      await testCase.run();
      results.push({ name: testCase.name, ok: true, ms: performance.now() - started });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      results.push({ name: testCase.name, ok: false, error: message, ms: performance.now() - started });
    }
    if (log) log.textContent += `${results.at(-1)?.ok ? 'ok  ' : 'FAIL'} ${testCase.name}\n`;
  }
  return results;
}

void runSuite().then((results) => {
  window.engineSuiteResults = results;
});
