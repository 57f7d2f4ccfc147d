import type { BenchSuite } from '../lib/types';
import { BROWSER_SUITES } from './browser-scripts';
import { freshProcessSuite } from './fresh-process';
import { csvSuite } from './csv';
import { nativeSuite } from './native';
import { nodeNativeSuite, nodeWasmSuite } from './node-engines';
import { referenceSuite } from './reference';

/**
 * The Node suites `npm run bench` runs by default, in order. A new suite implements BenchSuite
 * and is listed here; it receives the same prepared input (cells, typed table, KPI SQL).
 */
export const DEFAULT_SUITES: readonly BenchSuite[] = [nodeWasmSuite, nodeNativeSuite, freshProcessSuite, nativeSuite, csvSuite, referenceSuite];

/** Every suite, default ones first; the Chromium ones run only when asked for (--browser). */
export const SUITES: readonly BenchSuite[] = [...DEFAULT_SUITES, ...BROWSER_SUITES];
export { BROWSER_SUITES };
