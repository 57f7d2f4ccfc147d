import * as duckdb from '@duckdb/duckdb-wasm';
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import mvpWasm from '@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm?url';
import mvpWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-mvp.worker.js?url';
import { arrowIpcBytes } from './arrow-ipc';
import type { DuckSession } from './duck-session';
import type { Engine } from './engine';
import { openEngine } from './open-engine';

export interface BrowserEngineOptions {
  /** Download progress of DuckDB's .wasm (several MB), for a loading indicator. */
  onProgress?: (bytesLoaded: number, bytesTotal: number) => void;
}

/**
 * Absolute, because the worker resolves a relative URL against its own script, not the page.
 * Vite emits these files into dist/ next to the page: DuckDB is always fetched from our own
 * origin, never from a CDN (the add-in's CSP allows 'self' only).
 */
function ownOrigin(url: string): string {
  return new URL(url, globalThis.location.href).href;
}

/**
 * DuckDB-WASM in a Web Worker, for the add-in and the dashboard: queries run off the UI
 * thread. The exception-handling build is chosen where the browser supports it (faster),
 * the MVP build otherwise. Never imported by Node code (the `?url` imports are Vite's).
 */
export async function createBrowserEngine(options: BrowserEngineOptions = {}): Promise<Engine> {
  const bundle = await duckdb.selectBundle({
    mvp: { mainModule: ownOrigin(mvpWasm), mainWorker: ownOrigin(mvpWorker) },
    eh: { mainModule: ownOrigin(ehWasm), mainWorker: ownOrigin(ehWorker) },
  });
  const worker = new Worker(bundle.mainWorker!);
  const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
  try {
    await db.instantiate(bundle.mainModule, bundle.pthreadWorker, (p) => options.onProgress?.(p.bytesLoaded, p.bytesTotal));
    await db.open({});
  } catch (error) {
    await db.terminate();
    throw error;
  }
  const conn = await db.connect();
  const session: DuckSession = {
    query: (sql) => conn.query(sql),
    userSql: {
      tokenize: (sql) => db.tokenize(sql),
      // duckdb-wasm's public connection calls by id: each is one message to the worker.
      connect: async () => {
        const id = await db.connectInternal();
        return {
          run: async (sql) => void (await db.runQuery(id, sql)),
          start: (sql) => db.startPendingQuery(id, sql, true),
          poll: () => db.pollPendingQuery(id),
          fetch: () => db.fetchQueryResults(id),
          cancel: () => db.cancelPendingQuery(id),
          close: () => db.disconnect(id),
        };
      },
    },
    insertArrowStream: (stream, table) => conn.insertArrowFromIPCStream(arrowIpcBytes(stream), { name: table, create: false }),
    close: async () => {
      await conn.close();
      await db.terminate();
    },
  };
  return openEngine(session);
}
