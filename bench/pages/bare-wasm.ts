import * as duckdb from '@duckdb/duckdb-wasm';
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import mvpWasm from '@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm?url';
import mvpWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-mvp.worker.js?url';

/*
 * The dashboard's same-run peer in bench/browser-dashboard.ts: a page that does nothing but what
 * DuckDB-WASM does by itself. DuckDB starts when the page loads (the dashboard's worker is
 * started before a file is chosen, too); a chosen CSV is registered as a file, read by
 * `read_csv` with DuckDB's own type detection into `orders` (the SQL the bench sets, as
 * bench/lib/native-csv-sql.ts writes it), and the same compiled KPI SQL runs on it. Built only
 * when KPI_BENCH_PAGES=1, never in the product.
 */

interface BareRun {
  ms: number;
  kpiRows: number;
}

declare global {
  interface Window {
    __bare: { ready: boolean; error?: string; sql?: { load: string; kpi: string }; runs: BareRun[] };
  }
}

window.__bare = { ready: false, runs: [] };
const own = (url: string) => new URL(url, location.href).href;

async function start(): Promise<void> {
  const bundle = await duckdb.selectBundle({
    mvp: { mainModule: own(mvpWasm), mainWorker: own(mvpWorker) },
    eh: { mainModule: own(ehWasm), mainWorker: own(ehWorker) },
  });
  const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), new Worker(bundle.mainWorker!));
  await db.instantiate(bundle.mainModule, bundle.pthreadWorker);
  await db.open({});
  const conn = await db.connect();
  const input = document.getElementById('file') as HTMLInputElement;
  input.addEventListener('change', () => {
    const file = input.files?.[0];
    const sql = window.__bare.sql;
    if (!file || !sql) return;
    const started = performance.now();
    void (async () => {
      await db.registerFileHandle(file.name, file, duckdb.DuckDBDataProtocol.BROWSER_FILEREADER, true);
      await conn.query('DROP TABLE IF EXISTS orders');
      await conn.query(sql.load.replace('$CSV', file.name.replaceAll("'", "''")));
      const rows = await conn.query(sql.kpi);
      window.__bare.runs.push({ ms: performance.now() - started, kpiRows: rows.numRows });
    })().catch((error: unknown) => (window.__bare.error = String(error)));
  });
  window.__bare.ready = true;
}

start().catch((error: unknown) => (window.__bare.error = String(error)));
