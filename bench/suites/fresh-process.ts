import { fileURLToPath } from 'node:url';
import { runScriptForJson } from '../lib/child-json';
import type { BenchInput, BenchSuite, Measurement } from '../lib/types';

const SUITE = 'fresh-process';
const CHILD = fileURLToPath(new URL('../child/end-to-end.ts', import.meta.url));

interface ChildResult {
  rows: number;
  kpiRows: number;
  coldMs: number;
  cellsRssMb: number;
  peakRssMb: number;
}

/**
 * Peak memory of one end to end in a new process (the figure a user's machine sees), and the
 * cold end to end there, engine start included. A single reading each: it is one whole process.
 */
export const freshProcessSuite: BenchSuite = {
  name: SUITE,
  async run(input: BenchInput): Promise<Measurement[]> {
    const result = (await runScriptForJson(CHILD, [String(input.rows)])) as unknown as ChildResult;
    const base = { suite: SUITE, rows: input.rows, runs: [] };
    return [
      { ...base, step: 'cold end to end', value: result.coldMs, unit: 'ms', note: `engine start + ingest + load + ${result.kpiRows} KPI rows, one run` },
      { ...base, step: 'peak RSS', value: result.peakRssMb, unit: 'MB', note: `generated cells alone: ${result.cellsRssMb.toFixed(0)} MB` },
    ];
  },
};
