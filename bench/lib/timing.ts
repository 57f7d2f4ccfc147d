import { runInNewContext } from 'node:vm';
import { setFlagsFromString } from 'node:v8';

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
  collectGarbage();
  await step();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    collectGarbage();
    const start = performance.now();
    await step();
    times.push(performance.now() - start);
  }
  return times;
}

export function peakRssMb(): number {
  // maxRSS is in kilobytes.
  return process.resourceUsage().maxRSS / 1024;
}
