import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
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
    const result = await runChild(input.rows);
    const base = { suite: SUITE, rows: input.rows, runs: [] };
    return [
      { ...base, step: 'cold end to end', value: result.coldMs, unit: 'ms', note: `engine start + ingest + load + ${result.kpiRows} KPI rows, one run` },
      { ...base, step: 'peak RSS', value: result.peakRssMb, unit: 'MB', note: `generated cells alone: ${result.cellsRssMb.toFixed(0)} MB` },
    ];
  },
};

function runChild(rows: number): Promise<ChildResult> {
  // The same Node and loader flags (tsx) as this process.
  const child = spawn(process.execPath, [...process.execArgv, CHILD, String(rows)], { stdio: ['ignore', 'pipe', 'inherit'] });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => {
      const last = output.trim().split('\n').pop() ?? '';
      if (code !== 0 || !last.startsWith('{')) reject(new Error(`bench: end-to-end child failed (exit ${code}): ${output}`));
      else resolve(JSON.parse(last) as ChildResult);
    });
  });
}
