import { fileURLToPath } from 'node:url';
import { runScriptForJson } from '../lib/child-json';
import type { BenchInput, BenchSuite, Measurement } from '../lib/types';

const SUITE = 'fresh-process';
const CHILD = fileURLToPath(new URL('../child/end-to-end.ts', import.meta.url));

interface PhaseTiming {
  ms: number;
  cpuMs: number | null;
  processCpuMs: number;
}

interface ChildResult {
  rows: number;
  kpiRows: number;
  coldMs: number;
  cellsRssMb: number;
  peakRssMb: number;
  phases: Record<'engineStart' | 'ingest' | 'load' | 'kpi', PhaseTiming>;
}

const PHASE_STEPS = { engineStart: 'cold: engine start', ingest: 'cold: ingest', load: 'cold: first load', kpi: 'cold: first KPI query' } as const;

/** Where a cold phase's time went: our main thread, and every other thread (GC, wasm compiler). */
function phaseNote(p: PhaseTiming): string {
  const main = p.cpuMs === null ? '' : `main-thread CPU ${p.cpuMs.toFixed(0)} ms, `;
  return `${main}whole-process CPU ${p.processCpuMs.toFixed(0)} ms`;
}

/**
 * Peak memory of one end to end in a new process (the figure a user's machine sees), and the
 * cold end to end there, engine start included, phase by phase with its CPU time: the first
 * load into a new engine is several times slower than a warm one, and the notes show whether
 * our thread or V8's helper threads (wasm tier-up compiling, GC) spent it. A single reading
 * each: it is one whole process.
 */
export const freshProcessSuite: BenchSuite = {
  name: SUITE,
  async run(input: BenchInput): Promise<Measurement[]> {
    const result = (await runScriptForJson(CHILD, [String(input.rows)])) as unknown as ChildResult;
    const base = { suite: SUITE, rows: input.rows, runs: [] };
    const phases = (Object.keys(PHASE_STEPS) as (keyof typeof PHASE_STEPS)[]).map(
      (name): Measurement => ({ ...base, step: PHASE_STEPS[name], value: result.phases[name].ms, unit: 'ms', note: phaseNote(result.phases[name]) }),
    );
    return [
      { ...base, step: 'cold end to end', value: result.coldMs, unit: 'ms', note: `engine start + ingest + load + ${result.kpiRows} KPI rows, one run` },
      ...phases,
      { ...base, step: 'peak RSS', value: result.peakRssMb, unit: 'MB', note: `generated cells alone: ${result.cellsRssMb.toFixed(0)} MB` },
    ];
  },
};
