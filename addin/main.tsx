import { createRoot } from 'react-dom/client';
import { App, type TabName } from './app/App';
import { OfficeCouldNotStart } from './app/OfficeCouldNotStart';
import { OutsideExcel } from './app/OutsideExcel';
import { langFromLocale } from '../shared/messages/index';
import { createOfficeHost, meetsMinimum, watchOfficeStart, type OfficeWindow } from './office/index';
import type { Engine } from '../shared/engine/index';

async function createEngine() {
  const { createBrowserEngine } = await import('../shared/engine/browser');
  return createBrowserEngine();
}

/**
 * DuckDB's wasm takes seconds to start: the first engine is started with the page, while
 * Office starts and the pane renders, and is handed to the first caller; later calls start
 * their own.
 */
function engineFactory(): () => Promise<Engine> {
  let first: Promise<Engine> | null = createEngine();
  first.catch(() => undefined);
  return () => {
    const engine = first ?? createEngine();
    first = null;
    return engine;
  };
}

/** The ?asOf=YYYY-MM-DD of the page, so a review (or a test) can pin the as-of date. */
function asOfFromUrl(): string | undefined {
  const asOf = new URLSearchParams(location.search).get('asOf');
  return asOf && /^\d{4}-\d{2}-\d{2}$/.test(asOf) ? asOf : undefined;
}

/** ?tab=kpis opens that tab first (a link to the KPIs, and the benchmark). */
function tabFromUrl(): TabName | undefined {
  const tab = new URLSearchParams(location.search).get('tab');
  return tab === 'review' || tab === 'data' || tab === 'kpis' || tab === 'risk' || tab === 'sql' || tab === 'report' ? tab : undefined;
}

function start() {
  const nextEngine = engineFactory();
  const root = createRoot(document.getElementById('root')!);
  const lang = langFromLocale(navigator.language);
  let inExcel = false;
  watchOfficeStart(window as unknown as OfficeWindow, (state) => {
    if (inExcel) return;
    if (state.kind === 'excel') {
      inExcel = true;
      performance.mark('pane-start');
      root.render(<App host={createOfficeHost()} createEngine={nextEngine} asOf={asOfFromUrl()} supported={meetsMinimum()} startTab={tabFromUrl()} />);
    } else if (state.kind === 'outside') {
      root.render(<OutsideExcel lang={lang} createEngine={nextEngine} asOf={asOfFromUrl()} />);
    } else {
      root.render(<OfficeCouldNotStart lang={lang} cause={state.cause} inOffice={state.inOffice} createEngine={nextEngine} asOf={asOfFromUrl()} />);
    }
  });
}

start();
