import type { BenchSuite } from '../lib/types';
import { nativeSuite } from './native';
import { nodeWasmSuite } from './node-wasm';
import { referenceSuite } from './reference';

/**
 * The suites `npm run bench` runs, in order. node-wasm comes first: its peak RSS is read before
 * the native and reference suites add their own memory. A browser (Chromium) suite is one more
 * BenchSuite appended here.
 */
export const SUITES: readonly BenchSuite[] = [nodeWasmSuite, nativeSuite, referenceSuite];
