/*
 * Chart updates run in order, in tasks of their own: a filter change redraws half a dozen
 * charts, and a chart built anew (other months, a first load) can take a while; splitting the
 * work into tasks of bounded length lets input (a click, a scroll) in between.
 */
import { nextTask } from '../app/next-task';

type Job = () => Promise<unknown>;
const queue: Job[] = [];
let busy = false;

/** A chart that never finishes drawing must not hold up the others (nor the "drawn" mark). */
const JOB_LIMIT_MS = 10_000;
const limited = (job: Job): Promise<unknown> => Promise.race([job(), new Promise((resolve) => setTimeout(resolve, JOB_LIMIT_MS))]);

/**
 * Jobs run back to back in one task while it stays this short. Each frame drawn between two
 * chart updates lays out and paints a half-updated overview (10–15 ms on the benchmark
 * machine, more than most chart updates); a filter change's five charts take 40–65 ms there,
 * so they land in one frame, and a slower machine still stays well under the 200 ms a task
 * may block input.
 */
const TASK_BUDGET_MS = 100;

function pump(): void {
  if (busy) return;
  if (queue.length === 0) return;
  busy = true;
  void nextTask().then(() => {
    const started = performance.now();
    const runNext = (): void => {
      const job = queue.shift();
      if (!job) {
        busy = false;
        return;
      }
      void limited(job).finally(() => {
        if (performance.now() - started < TASK_BUDGET_MS) runNext();
        else {
          busy = false;
          pump();
        }
      });
    };
    runNext();
  });
}

/** Run `job` in a task of its own after the jobs queued before it; resolves when it is done. */
export function queueChartWork(job: Job): Promise<void> {
  return new Promise((resolve) => {
    queue.push(() => job().then(
      () => resolve(),
      () => resolve(),
    ));
    pump();
  });
}
