/**
 * How the pane starts. taskpane.html loads office.js from Microsoft's CDN with a plain
 * <script> in its <head>, as the docs require ("Referencing the Office JavaScript API
 * library"), so it has run — or failed — before this module. Then:
 * - no `Office` (office.js blocked or offline): inside Office that is a failure to explain;
 *   in a plain browser it is the browser preview;
 * - `Office.onReady()` resolves with Excel: the pane;
 * - it resolves with no host: a plain browser (the preview), unless Office opened the page;
 * - it does not resolve: office.js could not load one of its own files (blocked by a proxy,
 *   a policy, or the page's Content-Security-Policy). onReady has no timeout of its own and
 *   the pane would stay blank, so after OFFICE_READY_TIMEOUT_MS the pane says so; should
 *   Office become ready after all, the pane starts then.
 * Inside Office the pane never falls back to the demo workbook.
 */
export const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

export const OFFICE_READY_TIMEOUT_MS = 10_000;

export type OfficeStart =
  | { kind: 'excel' }
  /** A plain browser, or an Office application other than Excel. */
  | { kind: 'outside' }
  | { kind: 'notStarted'; cause: 'script' | 'timeout' | 'noHost'; inOffice: boolean };

/** The parts of `window` this reads (a plain object in tests). */
export interface OfficeWindow {
  Office?: Pick<typeof Office, 'onReady' | 'HostType'>;
  location: { search: string };
  name: string;
  sessionStorage?: Pick<Storage, 'getItem'>;
  external?: unknown;
  chrome?: { webview?: unknown };
  webkit?: { messageHandlers?: { Agave?: unknown } };
}

function hostInfoInWindowName(name: string): boolean {
  try {
    const parsed: unknown = JSON.parse(name);
    return !!parsed && typeof parsed === 'object' && 'hostInfo' in parsed;
  } catch {
    return false;
  }
}

function storedHostInfo(win: OfficeWindow): boolean {
  try {
    return !!win.sessionStorage?.getItem('hostInfoValue');
  } catch {
    return false;
  }
}

/**
 * Signs that Office opened the page, whether or not office.js loaded: the `_host_Info` query
 * parameter Office adds to the pane's URL (or its copy in window.name or sessionStorage, where
 * office.js itself looks), or the webview's bridge to Office (WebView2 on Windows, the Agave
 * handler on Mac, window.external.GetHostInfo in older webviews).
 */
export function openedByOffice(win: OfficeWindow): boolean {
  if (new URLSearchParams(win.location.search).has('_host_Info')) return true;
  if (hostInfoInWindowName(win.name) || storedHostInfo(win)) return true;
  if (typeof (win.external as { GetHostInfo?: unknown } | undefined)?.GetHostInfo === 'function') return true;
  return !!win.chrome?.webview || !!win.webkit?.messageHandlers?.Agave;
}

/**
 * Calls `onState` with how the pane starts (see above): once, and once more with 'excel' (or
 * 'outside') if Office answers after the timeout.
 */
export function watchOfficeStart(win: OfficeWindow, onState: (state: OfficeStart) => void, timeoutMs = OFFICE_READY_TIMEOUT_MS): void {
  const inOffice = openedByOffice(win);
  const office = win.Office;
  if (!office) {
    onState(inOffice ? { kind: 'notStarted', cause: 'script', inOffice } : { kind: 'outside' });
    return;
  }
  let answered = false;
  const timer = setTimeout(() => {
    if (!answered) onState({ kind: 'notStarted', cause: 'timeout', inOffice });
  }, timeoutMs);
  office.onReady().then(
    (info) => {
      answered = true;
      clearTimeout(timer);
      if (info.host === office.HostType.Excel) onState({ kind: 'excel' });
      else if (!info.host && inOffice) onState({ kind: 'notStarted', cause: 'noHost', inOffice });
      else onState({ kind: 'outside' });
    },
    () => {
      answered = true;
      clearTimeout(timer);
      onState({ kind: 'notStarted', cause: 'timeout', inOffice });
    },
  );
}
