import { createRequire } from 'node:module';
import * as duckdb from '@duckdb/duckdb-wasm/blocking';
import { arrowIpcBytes } from './arrow-ipc';
import type { Engine } from './engine';
import type { DuckSession } from './duck-session';
import { createNativeEngine } from './native-engine';
import { openEngine } from './open-engine';

const require = createRequire(import.meta.url);

function distFile(file: string): string {
  return require.resolve(`@duckdb/duckdb-wasm/dist/${file}`);
}

/** The engine of the CLI and the Node tests: native DuckDB (@duckdb/node-api) with every core. */
export function createNodeEngine(): Promise<Engine> {
  return createNativeEngine();
}

/**
 * DuckDB-WASM in Node: the browser's engine, in this thread, so its suite and benchmark run
 * in Node too. The blocking build: duckdb-wasm's async Node build needs a Worker shim.
 */
export async function createNodeWasmEngine(): Promise<Engine> {
  const bundles = {
    mvp: { mainModule: distFile('duckdb-mvp.wasm'), mainWorker: distFile('duckdb-node-mvp.worker.cjs') },
    eh: { mainModule: distFile('duckdb-eh.wasm'), mainWorker: distFile('duckdb-node-eh.worker.cjs') },
  };
  const db = await duckdb.createDuckDB(bundles, new duckdb.VoidLogger(), duckdb.NODE_RUNTIME);
  await db.instantiate(() => {});
  db.open({});
  const conn = db.connect();
  // The blocking build answers at once: each pending-query call first lets timers and other
  // queries run, as the browser build's worker round trip does.
  const turn = () => new Promise<void>((done) => setImmediate(done));
  const session: DuckSession = {
    query: async (sql) => conn.query(sql),
    userSql: {
      tokenize: async (sql) => db.tokenize(sql),
      connect: async () => {
        const own = db.connect();
        // The blocking build offers pending queries only by connection id, and its one way to a
        // connection's id is DuckDBConnection.useUnsafe: part of the published API, declared in
        // @duckdb/duckdb-wasm's dist/types/src/bindings/connection.d.ts (the async build has
        // connectInternal), not a private internal. user-sql.test.ts runs this path.
        const id = own.useUnsafe((_, connection) => connection);
        return {
          run: async (sql) => void own.query(sql),
          start: async (sql) => (await turn(), db.startPendingQuery(id, sql, true)),
          poll: async () => (await turn(), db.pollPendingQuery(id)),
          fetch: async () => (await turn(), db.fetchQueryResults(id)),
          cancel: async () => db.cancelPendingQuery(id),
          close: async () => own.close(),
        };
      },
    },
    insertArrowStream: async (stream, table) => conn.insertArrowFromIPCStream(arrowIpcBytes(stream), { name: table, create: false }),
    close: async () => {
      conn.close();
      db.reset();
    },
  };
  return openEngine(session);
}
