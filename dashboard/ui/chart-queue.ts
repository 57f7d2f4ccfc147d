/*
 * Chart updates run one per task, in order: a filter change redraws half a dozen charts, and
 * done in one go that is one long task that freezes the page; one task per chart keeps each
 * short, and input (a click, a scroll) gets in between.
 */
import { nextTask } from '../app/next-task';

type Job = () => Promise<unknown>;
const queue: Job[] = [];
let busy = false;

/** A chart that never finishes drawing must not hold up the others (nor the "drawn" mark). */
const JOB_LIMIT_MS = 10_000;
const limited = (job: Job): Promise<unknown> => Promise.race([job(), new Promise((resolve) => setTimeout(resolve, JOB_LIMIT_MS))]);

/**
 * Jobs run back to back in one task while it stays this short: a frame drawn between two
 * small chart updates costs more (paint, compositing) than the updates themselves.
 */
const TASK_BUDGET_MS = 24;

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
