import type { BenchSuite } from '../lib/types';
import { freshProcessSuite } from './fresh-process';
import { nativeSuite } from './native';
import { nodeWasmSuite } from './node-wasm';
import { referenceSuite } from './reference';

/**
 * The suites `npm run bench` runs, in order. A browser (Chromium) suite is one more BenchSuite
 * appended here; it receives the same prepared input (cells, typed table, KPI SQL).
 */
export const SUITES: readonly BenchSuite[] = [nodeWasmSuite, freshProcessSuite, nativeSuite, referenceSuite];
