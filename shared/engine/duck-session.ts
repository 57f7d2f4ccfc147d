import type { Table } from 'apache-arrow';

/**
 * What the engine needs from one DuckDB-WASM connection, whichever build runs it (the
 * blocking Node build or the async browser worker). Results are Arrow tables made by
 * duckdb-wasm's own apache-arrow copy, so readers must check `typeId`, never `instanceof`.
 */
export interface DuckSession {
  query(sql: string): Promise<Table>;
  /** Appends one Arrow IPC stream to `table`, creating it from the stream's schema if `create`. */
  insertArrowStream(bytes: Uint8Array, table: string, create: boolean): Promise<void>;
  close(): Promise<void>;
}
