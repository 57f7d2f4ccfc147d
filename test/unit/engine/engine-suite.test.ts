import { describe, it } from 'vitest';
import { createNodeEngine, createNodeWasmEngine } from '../../../shared/engine/node';
import { engineSuite } from '../../engine-suite/suite';

// The shared engine suite against both Node engines; test/e2e/engine-browser.test.ts runs the
// same cases in headless Chromium against the Web Worker build.
describe('engine suite (Node, native DuckDB: createNodeEngine)', () => {
  for (const testCase of engineSuite(createNodeEngine)) {
    it(testCase.name, testCase.run, 60_000);
  }
});

describe('engine suite (Node, duckdb-wasm blocking build: createNodeWasmEngine)', () => {
  for (const testCase of engineSuite(createNodeWasmEngine)) {
    it(testCase.name, testCase.run, 60_000);
  }
});
