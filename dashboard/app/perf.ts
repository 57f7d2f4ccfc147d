/*
 * Timings the page keeps about itself (window.__dashPerf), read by the browser benchmark and
 * the tests: when a file was picked, when its overview was drawn, and how long each redraw
 * after a filter change took. The one place the page's benchmark hooks live: the app calls the
 * functions below at the moments they name, and no product type carries a timing.
 */
export interface OpenTiming {
  file: string;
  startedAt: number;
  loadedAt?: number;
  /** The first view's answer from the worker (the cube is built by then). */
  answeredAt?: number;
  shownAt?: number;
  steps?: Record<string, number>;
}

export interface DashPerf {
  opens: OpenTiming[];
  /** Milliseconds from a filter change to cards and charts drawn. */
  redraws: number[];
  /** Milliseconds from a filter change to the worker's answer (the rest is drawing). */
  answers: number[];
  /** Filter changes whose question went to the worker before React rendered them. */
  askedEarly?: number;
  /** When the worker for the next file was started (performance.now()). */
  spareAt?: number;
  /** When that worker's DuckDB had started. */
  spareReadyAt?: number;
}

declare global {
  interface Window {
    __dashPerf?: DashPerf;
  }
}

function dashPerf(): DashPerf {
  window.__dashPerf ??= { opens: [], redraws: [], answers: [] };
  return window.__dashPerf;
}

/** Each open's timing, by the worker client it was opened in (one client per open). */
const opens = new WeakMap<object, OpenTiming>();

/** A file (or the demo) was chosen: its open is timed in `client`. */
export function openStarted(client: object, file: string): void {
  const timing: OpenTiming = { file, startedAt: performance.now() };
  dashPerf().opens.push(timing);
  opens.set(client, timing);
}

/** The worker has the data: its own steps' milliseconds. */
export function openLoaded(client: object, steps: Record<string, number>): void {
  const timing = opens.get(client);
  if (!timing) return;
  timing.loadedAt = performance.now();
  timing.steps = steps;
}

/** A view's answer came from the worker, `ms` after the change that asked for it. */
export function viewAnswered(client: object, ms: number): void {
  dashPerf().answers.push(ms);
  const timing = opens.get(client);
  if (timing && timing.answeredAt === undefined) timing.answeredAt = performance.now();
}

/** A view is on screen, `ms` after the change that asked for it: the open's first, or a redraw. */
export function viewDrawn(client: object, ms: number): void {
  const timing = opens.get(client);
  if (timing && timing.shownAt === undefined) timing.shownAt = performance.now();
  else dashPerf().redraws.push(ms);
}

/** A question went to the worker before React rendered it. */
export function viewAskedEarly(): void {
  const perf = dashPerf();
  perf.askedEarly = (perf.askedEarly ?? 0) + 1;
}

/** The worker for the next file was started. */
export function spareStarted(): void {
  const perf = dashPerf();
  perf.spareAt = performance.now();
  perf.spareReadyAt = undefined;
}

/** That worker's DuckDB has started. */
export function spareReady(): void {
  dashPerf().spareReadyAt = performance.now();
}
