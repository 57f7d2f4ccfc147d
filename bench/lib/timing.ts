import { runInNewContext } from 'node:vm';
import { setFlagsFromString } from 'node:v8';
import { mainThreadCpuMs } from './cpu';

// A full GC between timed runs (never inside one) keeps one run's garbage out of the next
// run's time. Exposing gc at run time avoids needing a node flag in `npm run bench`.
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as (() => void) | undefined;

export function collectGarbage(): void {
  gc?.();
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Runs `step` once to warm up, then `runs` timed times; returns every time in ms. */
export async function timeRuns(runs: number, step: () => unknown | Promise<unknown>): Promise<number[]> {
  return (await timeRunsWithCpu(runs, step)).times;
}

/** timeRuns, with the main thread's CPU ms of each run too (empty where it cannot be read). */
export async function timeRunsWithCpu(runs: number, step: () => unknown | Promise<unknown>): Promise<{ times: number[]; cpu: number[] }> {
  collectGarbage();
  await step();
  const times: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    collectGarbage();
    const cpuStart = mainThreadCpuMs();
    const start = performance.now();
    await step();
    times.push(performance.now() - start);
    const cpuEnd = mainThreadCpuMs();
    if (cpuStart !== null && cpuEnd !== null) cpu.push(cpuEnd - cpuStart);
  }
  return { times, cpu };
}

/** "main-thread CPU 1234 ms" for a table note, or "" where CPU time cannot be read. */
export function cpuNote(cpu: number[]): string {
  return cpu.length ? `main-thread CPU ${median(cpu).toFixed(0)} ms` : '';
}

export function peakRssMb(): number {
  // maxRSS is in kilobytes.
  return process.resourceUsage().maxRSS / 1024;
}
