import { useCallback, useEffect, useRef, useState } from 'react';
import type { Engine } from '../../shared/engine/index';
import type { WorkbookHost } from '../../shared/host/index';
import { mapOrderHeaders, type HeaderMapping } from '../../shared/mapping/index';
import { loadWorkbook, type LoadedData, type LoadPhase } from '../../shared/pipeline/index';
import type { DateOrder } from '../../shared/ingest/index';
import type { Issue, OrderField, SheetData } from '../../shared/schema/index';
import { langFromLocale, messagesFor } from '../../shared/messages/index';
import { dataServerClient, DataServerError } from '../../shared/source/index';
import { isAbortError, isPayloadTooLarge } from '../office/excel-errors';
import { headerOf } from '../session/header-of';
import { detectSources, readSources } from '../session/read-sources';
import { isLocalServerUrl, loadSettings, saveSettings, type PaneSettings } from '../session/settings';
import { serverKpiSource, workbookKpiSource, type PaneKpiSource } from '../session/kpi-source';
import { serverLoaded } from '../session/server-loaded';
import { listSources, sameSource, type Source, type SourceRef } from '../session/sources';
import { debounce } from '../session/debounce';
import { pendingEngine } from '../session/pending-engine';

/** Where the load is; `rows`/`total` while reading a sheet. */
export type Progress =
  | { step: 'detect' }
  | { step: 'read'; sheet: string; rows: number; total: number }
  | { step: 'engine' }
  | { step: 'server'; url: string }
  | { step: LoadPhase };

export interface PaneSession {
  sources: Source[];
  orders: Source | null;
  kpi: Source | null;
  detected: { orders: Source | null; kpi: Source | null };
  overrides: Partial<Record<OrderField, string>>;
  /** The user's date order for columns whose dates do not show it (the mapping editor); undefined = automatic. */
  dateOrder: DateOrder | undefined;
  status: 'starting' | 'idle' | 'loading' | 'ready' | 'failed';
  progress: Progress | null;
  /** 0..1 of the whole load, for the progress bar. */
  fraction: number;
  loaded: LoadedData | null;
  /** The orders' header row as read, and the mapping it gives (also when loading failed). */
  headers: string[];
  mapping: HeaderMapping<OrderField>['mapping'];
  /** The overrides of the last load: the editor offers "apply" when they differ. */
  appliedOverrides: Partial<Record<OrderField, string>>;
  appliedDateOrder: DateOrder | undefined;
  /** Where the orders sit in their sheet (to select an order's row). */
  ordersPlace: { row: number; col: number; cols: number } | null;
  engine: Engine | null;
  /** What the tabs ask for their numbers: the engine's tables, or the data server's database. */
  kpiSource: PaneKpiSource | null;
  /** The data server the orders come from; null = this workbook's sheets. */
  server: string | null;
  issues: Issue[];
  /** A failure without issues (Excel refused, engine failed, the data server's refusal), in plain words. */
  failure: { kind: 'cancelled' | 'tooLarge' | 'noSheets' | 'server' | 'other'; message?: string } | null;
  sourceChanged: boolean;
}

const START: PaneSession = {
  sources: [],
  orders: null,
  kpi: null,
  detected: { orders: null, kpi: null },
  overrides: {},
  dateOrder: undefined,
  status: 'starting',
  progress: null,
  fraction: 0,
  loaded: null,
  headers: [],
  mapping: {},
  appliedOverrides: {},
  appliedDateOrder: undefined,
  ordersPlace: null,
  engine: null,
  kpiSource: null,
  server: null,
  issues: [],
  failure: null,
  sourceChanged: false,
};

const PHASE_FRACTION: Record<LoadPhase, number> = { detect: 0.55, ingest: 0.6, load: 0.8, targets: 0.9, done: 1 };

function placeOf(sheet: SheetData | undefined) {
  if (!sheet) return null;
  return { row: sheet.origin?.row ?? 0, col: sheet.origin?.col ?? 0, cols: Math.max(0, ...sheet.values.slice(0, 50).map((r) => r.length)) };
}

/**
 * The pane's data session: the sources (detected, or as the workbook remembers them), reading
 * them from Excel, loading them into a fresh DuckDB engine, and watching them for changes — or,
 * when the workbook says so, a company database's table behind the local data server.
 */
export function usePaneSession(host: WorkbookHost, createEngine: () => Promise<Engine>) {
  const [state, setState] = useState<PaneSession>(START);
  const current = useRef(state);
  current.current = state;
  const abort = useRef<AbortController | null>(null);
  const stopWatching = useRef<(() => Promise<void>) | null>(null);
  // DuckDB's wasm takes a moment to start: begin while the sheets are still being found and read.
  const earlyEngine = useRef<Promise<Engine> | null>(null);
  const patch = useCallback((p: Partial<PaneSession>) => setState((s) => ({ ...s, ...p })), []);

  const watch = useCallback(
    async (sheets: string[]) => {
      await stopWatching.current?.().catch(() => undefined);
      const changed = debounce(() => patch({ sourceChanged: true }), 1500);
      stopWatching.current = await host.watchSheets([...new Set(sheets)], changed).catch(() => null);
    },
    [host, patch],
  );

  const load = useCallback(
    async (orders: Source | null, kpi: Source | null, overrides: Partial<Record<OrderField, string>>, dateOrder: DateOrder | undefined) => {
      abort.current?.abort();
      const controller = new AbortController();
      abort.current = controller;
      if (!orders) {
        patch({ status: 'failed', failure: { kind: 'noSheets' }, progress: null });
        return;
      }
      performance.mark('pane-load-start');
      patch({ status: 'loading', failure: null, issues: [], progress: { step: 'read', sheet: orders.sheet, rows: 0, total: orders.rows }, fraction: 0, sourceChanged: false });
      // The engine started when the pane opened is used by the first load; later loads start their own.
      const enginePromise = earlyEngine.current ?? createEngine();
      earlyEngine.current = null;
      try {
        const workbook = await readSources(host, orders, kpi, {
          signal: controller.signal,
          onProgress: (sheet, p) =>
            patch({ progress: { step: 'read', sheet, rows: p.rowsRead, total: p.totalRows }, fraction: 0.5 * (p.totalRows ? p.rowsRead / p.totalRows : 1) }),
        });
        performance.mark('pane-read-done');
        const ordersSheet = workbook.sheets[0];
        const headers = headerOf(ordersSheet)?.headers ?? [];
        patch({ progress: { step: 'engine' }, fraction: 0.5, headers, mapping: mapOrderHeaders(headers, overrides).mapping, appliedOverrides: overrides, appliedDateOrder: dateOrder });
        if (controller.signal.aborted) throw Object.assign(new Error('cancelled'), { name: 'AbortError' });
        void enginePromise.then(() => performance.mark('pane-engine-ready'), () => undefined);
        // Ingesting needs no engine: it runs while DuckDB is still starting.
        const result = await loadWorkbook(pendingEngine(enginePromise), workbook, {
          ordersSheet: workbook.sheets[0].name,
          kpiSheet: workbook.sheets[1]?.name ?? null,
          overrides,
          dateOrder,
          // Office's display language stands for the user's region: en-GB reads 05/06/2026 as 5 June.
          locale: host.displayLanguage(),
          onProgress: (phase) => patch({ progress: { step: phase }, fraction: PHASE_FRACTION[phase] }),
        });
        const engine = await enginePromise;
        performance.mark('pane-loaded');
        const previous = current.current.engine;
        if (!result.value) {
          await engine.close();
          patch({ status: 'failed', issues: result.issues, progress: null, loaded: null, engine: null, kpiSource: null });
          await previous?.close();
          return;
        }
        patch({
          status: 'ready',
          loaded: result.value,
          issues: result.issues,
          engine,
          kpiSource: workbookKpiSource(engine),
          progress: null,
          fraction: 1,
          ordersPlace: placeOf(workbook.sheets[0]),
        });
        // The old engine goes once the new one is in place: its memory is released.
        await previous?.close();
        await watch([orders.sheet, ...(kpi ? [kpi.sheet] : [])]);
      } catch (error) {
        void enginePromise.then((e) => e.close()).catch(() => undefined);
        const kind = isAbortError(error) ? 'cancelled' : isPayloadTooLarge(error) ? 'tooLarge' : 'other';
        patch({ status: 'failed', progress: null, failure: { kind, message: error instanceof Error ? error.message : String(error) } });
      }
    },
    [host, createEngine, patch, watch],
  );

  /**
   * The table of a data server: what it says of the table becomes the loaded data, its KPIs are
   * asked of it. The engine of a workbook load is let go (its memory released), the sheets are
   * no longer watched.
   */
  const loadServer = useCallback(
    async (url: string) => {
      abort.current?.abort();
      const controller = new AbortController();
      abort.current = controller;
      const m = messagesFor(langFromLocale(host.displayLanguage()));
      if (!isLocalServerUrl(url)) {
        patch({ status: 'failed', progress: null, failure: { kind: 'server', message: m.paneServerBadUrl({ url }) } });
        return;
      }
      patch({ status: 'loading', failure: null, issues: [], progress: { step: 'server', url }, fraction: 0.2, sourceChanged: false });
      try {
        // The server's messages in Office's language, as the pane's own.
        const client = dataServerClient(url, langFromLocale(host.displayLanguage()));
        const source = await client.source();
        if (controller.signal.aborted) return;
        const loaded = serverLoaded(source);
        const previous = current.current.engine;
        await stopWatching.current?.().catch(() => undefined);
        stopWatching.current = null;
        patch({
          status: 'ready',
          loaded,
          issues: [],
          engine: null,
          kpiSource: serverKpiSource(client),
          progress: null,
          fraction: 1,
          headers: loaded.headers,
          mapping: loaded.mapping,
          ordersPlace: null,
        });
        await previous?.close();
      } catch (error) {
        if (controller.signal.aborted) return;
        const message = error instanceof DataServerError ? error.message : m.paneServerDown({ url });
        patch({ status: 'failed', progress: null, failure: { kind: 'server', message } });
      }
    },
    [host, patch],
  );

  /** First run: the sources, the remembered choice (else the detected one), then load. */
  useEffect(() => {
    let gone = false;
    earlyEngine.current ??= createEngine();
    (async () => {
      try {
        const [sources, settings] = await Promise.all([listSources(host), loadSettings(host)]);
        if (gone) return;
        patch({ sources, progress: { step: 'detect' } });
        const detected = await detectSources(host, sources);
        const find = (ref: SourceRef | null | undefined) => sources.find((s) => sameSource(s, ref)) ?? null;
        const orders = find(settings.orders) ?? detected.orders;
        const kpi = settings.kpi === null ? null : (find(settings.kpi) ?? detected.kpi);
        const overrides = settings.overrides ?? {};
        const { dateOrder } = settings;
        if (gone) return;
        const server = settings.server ?? null;
        patch({ detected, orders, kpi, overrides, dateOrder, server, status: 'idle' });
        await (server ? loadServer(server) : load(orders, kpi, overrides, dateOrder));
      } catch (error) {
        patch({ status: 'failed', failure: { kind: 'other', message: error instanceof Error ? error.message : String(error) } });
      }
    })();
    return () => {
      gone = true;
      void earlyEngine.current?.then((e) => e.close()).catch(() => undefined);
      earlyEngine.current = null;
      abort.current?.abort();
      void stopWatching.current?.();
    };
  }, [host, load, loadServer, patch, createEngine]);

  const remember = useCallback(
    (settings: PaneSettings) => {
      saveSettings(host, settings).catch(() => undefined);
    },
    [host],
  );

  /** The settings the workbook keeps, as they are now. */
  const remembered = (): PaneSettings => {
    const s = current.current;
    return {
      orders: s.orders ?? undefined,
      kpi: s.kpi,
      overrides: s.overrides,
      ...(s.dateOrder ? { dateOrder: s.dateOrder } : {}),
      ...(s.server ? { server: s.server } : {}),
    };
  };

  const actions = {
    chooseOrders(orders: Source | null) {
      patch({ orders });
      remember({ ...remembered(), orders: orders ?? undefined });
    },
    chooseKpi(kpi: Source | null) {
      patch({ kpi });
      remember({ ...remembered(), kpi });
    },
    setOverrides(overrides: Partial<Record<OrderField, string>>) {
      patch({ overrides });
      remember({ ...remembered(), overrides });
    },
    setDateOrder(dateOrder: DateOrder | undefined) {
      patch({ dateOrder });
      remember({ ...remembered(), dateOrder });
    },
    reload() {
      const s = current.current;
      return s.server ? loadServer(s.server) : load(s.orders, s.kpi, s.overrides, s.dateOrder);
    },
    /** The orders from the data server at `url` (remembered in the workbook), asked now. */
    connect(url: string) {
      const server = url.trim().replace(/\/+$/, '');
      patch({ server });
      remember({ ...remembered(), server });
      return loadServer(server);
    },
    /** Back to this workbook's sheets (remembered), loaded now. */
    useWorkbook() {
      const s = current.current;
      patch({ server: null });
      const { server: _server, ...rest } = remembered();
      remember(rest);
      return load(s.orders, s.kpi, s.overrides, s.dateOrder);
    },
    cancel() {
      abort.current?.abort();
    },
    dismissChange() {
      patch({ sourceChanged: false });
    },
  };
  return [state, actions] as const;
}
