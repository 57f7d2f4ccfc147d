import { useCallback, useEffect, useRef, useState } from 'react';
import { WorkerDataClient, type DataClient } from '../data/data-client';
import { ServerDataClient } from '../data/server-client';
import type { CubeKey, LoadStep, OpenOptions, OpenResult } from '../data/protocol';
import { openLoaded, openStarted, spareReady, spareStarted } from './perf';

export interface Dataset {
  client: DataClient;
  open: OpenResult;
  file: File | null;
  options: OpenOptions;
}

/** An open that did not give usable data: its issues (and mapping, to fix it) are shown. */
export interface FailedOpen {
  fileName: string;
  open: OpenResult | null;
  error: string | null;
  file: File | null;
  options: OpenOptions;
}

export interface Loading {
  fileName: string;
  step: LoadStep;
  fraction: number;
}


/**
 * `?source=server`: the page was opened from the local data server (`npm run serve`, which
 * prints this link) and its data is the server's database table, asked of the same origin.
 * A file opened in such a page is still read in the page, as ever, and so is the demo when
 * asked for by name (the Demo button): it opens in the page, never the server's table again.
 */
const FROM_SERVER = new URLSearchParams(globalThis.location?.search ?? '').get('source') === 'server';

/** A user idle this long after an open gets the next file's worker started ahead. */
const IDLE_BEFORE_SPARE_MS = 10_000;
const ACTIVITY_EVENTS = ['pointerdown', 'keydown', 'wheel', 'change'] as const;

/**
 * The data on screen and opening new data. Each open gets a fresh worker; only when it gives
 * usable data does it replace the current one (whose worker is terminated, freeing its memory).
 * An unusable file leaves the current data on screen.
 *
 * The next open's worker is started ahead (`prepareNext`): when the user reaches for a file
 * (the Open button, a file dragged over the page) or has been idle a while. Its DuckDB start —
 * fetching and compiling several MB of WebAssembly, then a small warm-up load — is then done
 * while the user picks the file, instead of competing with that file's parse for the same
 * cores; and not while the user is working with the data on screen.
 */
export function useDataset(firstView?: (demo: boolean) => CubeKey) {
  const [dataset, setDataset] = useState<Dataset | null>(null);
  const [failed, setFailed] = useState<FailedOpen | null>(null);
  const [loading, setLoading] = useState<Loading | null>(null);
  const current = useRef<Dataset | null>(null);
  const latest = useRef(0);
  const firstViewOf = useRef(firstView);
  firstViewOf.current = firstView;
  const spare = useRef<DataClient | null>(null);
  /** The worker of the open under way: ending it stops the parse, wherever it is. */
  const inFlight = useRef<DataClient | null>(null);
  const idleTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const onActivity = useRef<(() => void) | null>(null);

  const stopIdleWatch = useCallback(() => {
    clearTimeout(idleTimer.current);
    const arm = onActivity.current;
    if (arm) for (const name of ACTIVITY_EVENTS) window.removeEventListener(name, arm, { capture: true });
    onActivity.current = null;
  }, []);

  const prepareNext = useCallback(() => {
    stopIdleWatch();
    if (spare.current) return;
    const client = (spare.current = new WorkerDataClient());
    spareStarted();
    client.request({ type: 'ready' }).then(
      () => spareReady(),
      () => undefined, // a spare that cannot start DuckDB says so, in words, when it is used
    );
  }, [stopIdleWatch]);

  /** After an open: the spare once the user has left the page alone for a while. */
  const prepareWhenIdle = useCallback(() => {
    stopIdleWatch();
    const arm = () => {
      clearTimeout(idleTimer.current);
      idleTimer.current = setTimeout(prepareNext, IDLE_BEFORE_SPARE_MS);
    };
    onActivity.current = arm;
    for (const name of ACTIVITY_EVENTS) window.addEventListener(name, arm, { passive: true, capture: true });
    arm();
  }, [prepareNext, stopIdleWatch]);

  const open = useCallback(
    async (file: File | null, options: OpenOptions = {}, demo = false) => {
      const ticket = ++latest.current;
      // The first open (file null) of a page from the data server is the server's table.
      const fromServer = FROM_SERVER && file === null && !demo;
      const fileName = file?.name ?? (fromServer ? location.host : 'demo');
      setLoading({ fileName, step: 'read', fraction: 0 });
      stopIdleWatch();
      // A newer open makes the one under way pointless: end its worker now, not when it is done.
      inFlight.current?.close();
      const client: DataClient = fromServer ? new ServerDataClient(location.origin) : (spare.current ?? new WorkerDataClient());
      if (!fromServer) spare.current = null;
      openStarted(client, fileName);
      inFlight.current = client;
      client.listen((step, fraction) => {
        if (ticket === latest.current) setLoading({ fileName, step, fraction });
      });
      try {
        const prepare = firstViewOf.current?.(file === null);
        const result = await client.request({ type: 'open', file, options, ...(prepare ? { prepare } : {}) });
        if (ticket !== latest.current) return client.close();
        openLoaded(client, result.timings);
        if (result.data) {
          current.current?.client.close();
          current.current = { client, open: result, file, options };
          setDataset(current.current);
          setFailed(null);
        } else {
          client.close();
          setFailed({ fileName: result.fileName, open: result, error: null, file, options });
        }
      } catch (e) {
        client.close();
        if (ticket === latest.current) setFailed({ fileName, open: null, error: e instanceof Error ? e.message : String(e), file, options });
      } finally {
        if (inFlight.current === client) inFlight.current = null;
        if (ticket === latest.current) {
          setLoading(null);
          prepareWhenIdle();
        }
      }
    },
    [prepareWhenIdle, stopIdleWatch],
  );

  /** Stops the open under way (Cancel): its worker is ended; what was on screen stays as it was. */
  const cancel = useCallback(() => {
    const client = inFlight.current;
    if (!client) return;
    inFlight.current = null;
    latest.current++; // the open's answer, if one still comes, is for no one
    client.close();
    setLoading(null);
    prepareWhenIdle();
  }, [prepareWhenIdle]);

  useEffect(
    () => () => {
      stopIdleWatch();
      current.current?.client.close();
      spare.current?.close();
      inFlight.current?.close();
    },
    [stopIdleWatch],
  );

  return { dataset, failed, loading, open, cancel, prepareNext, dismissFailure: () => setFailed(null) };
}
