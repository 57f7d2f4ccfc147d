import { createRequire } from 'node:module';
import * as duckdb from '@duckdb/duckdb-wasm/blocking';
import { arrowIpcBytes } from './arrow-ipc';
import type { Engine } from './engine';
import type { DuckSession } from './duck-session';
import { openEngine } from './open-engine';
import { insertInWasmHeap } from './wasm-heap-insert';

const require = createRequire(import.meta.url);

function distFile(file: string): string {
  return require.resolve(`@duckdb/duckdb-wasm/dist/${file}`);
}

/**
 * DuckDB-WASM in Node, for the CLI and the tests. The blocking build runs in this thread:
 * duckdb-wasm's async Node build needs a Worker shim, the blocking one works as is.
 */
export async function createNodeEngine(): Promise<Engine> {
  const bundles = {
    mvp: { mainModule: distFile('duckdb-mvp.wasm'), mainWorker: distFile('duckdb-node-mvp.worker.cjs') },
    eh: { mainModule: distFile('duckdb-eh.wasm'), mainWorker: distFile('duckdb-node-eh.worker.cjs') },
  };
  const db = await duckdb.createDuckDB(bundles, new duckdb.VoidLogger(), duckdb.NODE_RUNTIME);
  await db.instantiate(() => {});
  db.open({});
  const conn = db.connect();
  const session: DuckSession = {
    query: async (sql) => conn.query(sql),
    insertArrowStream: async (stream, table) => {
      if (!insertInWasmHeap(conn, stream, table)) conn.insertArrowFromIPCStream(arrowIpcBytes(stream), { name: table, create: false });
    },
    close: async () => {
      conn.close();
      db.reset();
    },
  };
  return openEngine(session);
}
