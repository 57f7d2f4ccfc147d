/*
 * Timings the page keeps about itself (window.__dashPerf), read by the browser benchmark and
 * the tests: when a file was picked, when its overview was drawn, and how long each redraw
 * after a filter change took.
 */
export interface OpenTiming {
  file: string;
  startedAt: number;
  loadedAt?: number;
  /** The first view's answer from the worker (the cube is built by then). */
  answeredAt?: number;
  shownAt?: number;
  steps?: Record<string, number>;
  /** A big CSV: "used" (read in two halves at once) or why it was read in one go. */
  halves?: string | null;
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

export function dashPerf(): DashPerf {
  window.__dashPerf ??= { opens: [], redraws: [], answers: [] };
  return window.__dashPerf;
}
