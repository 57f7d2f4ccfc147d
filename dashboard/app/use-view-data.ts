import { startTransition, useEffect, useMemo, useRef, useState } from 'react';
import type { ViewData, ViewQuestion } from '../data/view-data';
import { allRendered } from '../ui/render-tracker';
import type { Dataset } from './use-dataset';
import { AnswerStore } from './answer-store';
import { dashPerf } from './perf';

export interface ShownView {
  data: ViewData;
  question: ViewQuestion;
  dataset: Dataset;
  /** When the change that asked for it happened (performance.now()). */
  askedAt: number;
  seq: number;
}

/** `?ahead=off`: no answers asked ahead (the benchmark's same-run baseline). */
const AHEAD = new URLSearchParams(globalThis.location?.search ?? '').get('ahead') !== 'off';

/**
 * "Updating" is shown (the overview dimmed, a word in its heading) only for an answer slower
 * than this: most take a few milliseconds, and dimming the whole overview and back for those
 * is a flicker that costs two repaints of the page.
 */
const SLOW_AFTER_MS = 250;

/** Asked ahead at most: well under what the store keeps, so the round ends. */
const AHEAD_AT_MOST = 12;

/** The page's own idle callback where it has one (Safari has not). */
const whenIdle = (run: () => void): void => {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: 2000 });
  else setTimeout(run, 50);
};

/**
 * The overview's numbers for the current question, from the data worker. Only the answer to
 * the latest question is shown; `drawn` counts completed redraws (cards and charts on screen);
 * `updating` is true while an answer is awaited, `slow` once it has been awaited a while. Once a view is drawn, the answers to `ahead` (the views one click away) are asked for while
 * the page is idle, one at a time, so a click on one of them waits only for drawing.
 */
export function useViewData(dataset: Dataset | null, question: ViewQuestion | null, askedAt: () => number, ahead: readonly ViewQuestion[] = []) {
  const [shown, setShown] = useState<ShownView | null>(null);
  const [updating, setUpdating] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [drawn, setDrawn] = useState(0);
  const seq = useRef(0);
  const key = question ? JSON.stringify(question) : '';
  // One store per dataset: a new file's answers start afresh, and the old ones go with it.
  const store = useMemo(() => dataset && new AnswerStore((q: ViewQuestion) => dataset.client.request({ type: 'view', question: q })), [dataset]);
  const aheadOf = useRef(ahead);
  aheadOf.current = ahead;

  useEffect(() => {
    if (!dataset || !question || !store) return;
    const mine = ++seq.current;
    const started = askedAt();
    const askedBefore = store.has(question);
    setUpdating(true);
    store.answer(question).then(
      (data) => {
        if (mine !== seq.current) return;
        const perf = dashPerf();
        perf.answers.push(performance.now() - started);
        if (askedBefore) perf.answeredAhead = (perf.answeredAhead ?? 0) + 1;
        const open = perf.opens[dataset.timing];
        if (open && open.answeredAt === undefined) open.answeredAt = performance.now();
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
  }, [dataset, key, store]);

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
        const perf = dashPerf();
        const open = perf.opens[shown.dataset.timing];
        if (open && open.shownAt === undefined) open.shownAt = performance.now();
        else perf.redraws.push(performance.now() - shown.askedAt);
        setDrawn(shown.seq);
        if (AHEAD && store) askAhead();
      }),
    );
    // One question at a time, each when the page is idle; a new view stops the round.
    const askAhead = () =>
      whenIdle(() => {
        if (cancelled || !store) return;
        const next = aheadOf.current.slice(0, AHEAD_AT_MOST).find((q) => !store.has(q));
        const perf = dashPerf();
        if (!next) {
          perf.aheadDone = shown.seq;
          return;
        }
        perf.askedAhead = (perf.askedAhead ?? 0) + 1;
        store.answer(next).then(askAhead, askAhead);
      });
    return () => {
      cancelled = true;
    };
  }, [shown]);

  return { shown, updating, slow, error, drawn };
}
