import { useCallback, useEffect, useRef, useState } from 'react';
import { DataClient } from '../data/data-client';
import type { CubeKey, LoadStep, OpenOptions, OpenResult } from '../data/protocol';
import { dashPerf } from './perf';

export interface Dataset {
  client: DataClient;
  open: OpenResult;
  file: File | null;
  options: OpenOptions;
  /** Index into window.__dashPerf.opens. */
  timing: number;
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
 * The data on screen and opening new data. Each open gets a fresh worker; only when it gives
 * usable data does it replace the current one (whose worker is terminated, freeing its memory).
 * An unusable file leaves the current data on screen.
 */
export function useDataset(firstView?: (demo: boolean) => CubeKey) {
  const [dataset, setDataset] = useState<Dataset | null>(null);
  const [failed, setFailed] = useState<FailedOpen | null>(null);
  const [loading, setLoading] = useState<Loading | null>(null);
  const current = useRef<Dataset | null>(null);
  const latest = useRef(0);
  const firstViewOf = useRef(firstView);
  firstViewOf.current = firstView;

  const open = useCallback(async (file: File | null, options: OpenOptions = {}) => {
    const ticket = ++latest.current;
    const fileName = file?.name ?? 'demo';
    const perf = dashPerf();
    const timing = perf.opens.push({ file: fileName, startedAt: performance.now() }) - 1;
    setLoading({ fileName, step: 'read', fraction: 0 });
    const client = new DataClient((step, fraction) => {
      if (ticket === latest.current) setLoading({ fileName, step, fraction });
    });
    try {
      const prepare = firstViewOf.current?.(file === null);
      const result = await client.request({ type: 'open', file, options, ...(prepare ? { prepare } : {}) });
      if (ticket !== latest.current) return client.close();
      perf.opens[timing].loadedAt = performance.now();
      perf.opens[timing].steps = result.timings;
      if (result.data) {
        current.current?.client.close();
        current.current = { client, open: result, file, options, timing };
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
      if (ticket === latest.current) setLoading(null);
    }
  }, []);

  useEffect(() => () => current.current?.client.close(), []);

  return { dataset, failed, loading, open, dismissFailure: () => setFailed(null) };
}
