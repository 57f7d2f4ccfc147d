import { describe, it } from 'vitest';
import { createNodeEngine } from '../../../shared/engine/node';
import { engineSuite } from '../../engine-suite/suite';

// The shared engine suite against the Node build; test/e2e/engine-browser.test.ts runs the
// same cases in headless Chromium.
describe('engine suite (Node, duckdb-wasm blocking build)', () => {
  for (const testCase of engineSuite(createNodeEngine)) {
    it(testCase.name, testCase.run);
  }
});
