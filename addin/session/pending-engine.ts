import type { Engine } from '../../shared/engine/index';

/**
 * An engine that is still starting, usable at once: each call waits for it. DuckDB's wasm
 * takes seconds to start on a slow machine, so the pane can ingest the sheet it has read
 * (pure JavaScript) meanwhile and only the first load into a table waits.
 */
export function pendingEngine(ready: Promise<Engine>): Engine {
  return {
    loadTable: async (name, table) => (await ready).loadTable(name, table),
    query: async (sql) => (await ready).query(sql),
    lockDown: async () => (await ready).lockDown(),
    close: async () => (await ready).close(),
  };
}
