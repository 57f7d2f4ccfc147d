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
  const session: DuckSession = {
    query: async (sql) => conn.query(sql),
    insertArrowStream: async (stream, table) => conn.insertArrowFromIPCStream(arrowIpcBytes(stream), { name: table, create: false }),
    close: async () => {
      conn.close();
      db.reset();
    },
  };
  return openEngine(session);
}
