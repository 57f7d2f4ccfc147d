import { startTransition, useCallback, useEffect, useRef, useState } from 'react';
import type { ViewData, ViewQuestion } from '../data/view-data';
import { allRendered } from '../ui/render-tracker';
import type { Dataset } from './use-dataset';
import { viewAnswered, viewAskedEarly, viewDrawn } from './perf';

export interface ShownView {
  data: ViewData;
  question: ViewQuestion;
  dataset: Dataset;
  /** When the change that asked for it happened (performance.now()). */
  askedAt: number;
  seq: number;
}

/**
 * "Updating" is shown (the overview dimmed, a word in its heading) only for an answer slower
 * than this: most take a few milliseconds, and dimming the whole overview and back for those
 * is a flicker that costs two repaints of the page.
 */
const SLOW_AFTER_MS = 250;

/** Questions asked early and kept until asked: only the last few (a quicker second click). */
const EARLY_KEPT = 4;

/**
 * The overview's numbers for the current question, from the data worker. Only the answer to
 * the latest question is shown; `drawn` counts completed redraws (cards and charts on screen);
 * `updating` is true while an answer is awaited, `slow` once it has been awaited a while.
 */
export function useViewData(dataset: Dataset | null, question: ViewQuestion | null, askedAt: () => number) {
  const [shown, setShown] = useState<ShownView | null>(null);
  const [updating, setUpdating] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [drawn, setDrawn] = useState(0);
  const seq = useRef(0);
  const key = question ? JSON.stringify(question) : '';
  const currentKey = useRef(key);
  currentKey.current = key;
  // Questions asked before the render that asks them (askEarly), by key, with their dataset.
  const early = useRef(new Map<string, { dataset: Dataset; answer: Promise<ViewData> }>());

  /**
   * Asks the worker now for the question a change is about to ask: the worker then answers
   * while React renders the change (a click on a filter list renders for 20–25 ms before the
   * effect below would send it), instead of after.
   */
  const askEarly = useCallback(
    (next: ViewQuestion) => {
      const nextKey = JSON.stringify(next);
      if (!dataset || nextKey === currentKey.current || early.current.has(nextKey)) return;
      const answer = dataset.client.request({ type: 'view', question: next });
      answer.catch(() => undefined); // handled where it is used; one never used is dropped
      early.current.set(nextKey, { dataset, answer });
      while (early.current.size > EARLY_KEPT) early.current.delete(early.current.keys().next().value!);
    },
    [dataset],
  );

  useEffect(() => {
    if (!dataset || !question) return;
    const mine = ++seq.current;
    const started = askedAt();
    setUpdating(true);
    const asked = early.current.get(key);
    early.current.clear();
    const askedEarly = asked?.dataset === dataset ? asked.answer : null;
    if (askedEarly) viewAskedEarly();
    (askedEarly ?? dataset.client.request({ type: 'view', question })).then(
      (data) => {
        if (mine !== seq.current) return;
        viewAnswered(dataset.client, performance.now() - started);
        // A transition: React renders the new overview in slices, so input is never blocked long.
        startTransition(() => {
          setShown({ data, question, dataset, askedAt: started, seq: mine });
          setError(null);
          setUpdating(false);
        });
      },
      (e: unknown) => {
        if (mine !== seq.current) return;
        setError(e instanceof Error ? e.message : String(e));
        setUpdating(false);
      },
    );
    // The question is compared by value (key), not identity.
  }, [dataset, key]);

  const [slow, setSlow] = useState(false);
  useEffect(() => {
    if (!updating) {
      setSlow(false);
      return;
    }
    const timer = setTimeout(() => setSlow(true), SLOW_AFTER_MS);
    return () => clearTimeout(timer);
  }, [updating]);

  // After React has committed a new view, wait for the charts, then count the redraw.
  useEffect(() => {
    if (!shown) return;
    let cancelled = false;
    void allRendered().then(() =>
      requestAnimationFrame(() => {
        if (cancelled) return;
        viewDrawn(shown.dataset.client, performance.now() - shown.askedAt);
        setDrawn(shown.seq);
      }),
    );
    return () => {
      cancelled = true;
    };
  }, [shown]);

  return { shown, updating, slow, error, drawn, askEarly };
}
