/*
 * Charts draw asynchronously (vega's runAsync). The page records when a redraw is complete —
 * cards and every chart — to show "updated" and for the benchmark's "filter → redrawn" time.
 */
const pending = new Set<Promise<unknown>>();

export function trackRender(drawing: Promise<unknown>): void {
  pending.add(drawing);
  const done = () => pending.delete(drawing);
  drawing.then(done, done);
}

/** Resolves once every chart drawing started so far (and any started meanwhile) has finished. */
export async function allRendered(): Promise<void> {
  while (pending.size > 0) await Promise.allSettled([...pending]);
}
