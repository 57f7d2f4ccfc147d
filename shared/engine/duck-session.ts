import type { Table } from 'apache-arrow';
import type { ArrowIpcStream } from './arrow-ipc';
import type { UserSqlSession } from './user-sql';

/**
 * What the engine needs from one DuckDB-WASM connection, whichever build runs it (the
 * blocking Node build or the async browser worker). Results are Arrow tables made by
 * duckdb-wasm's own apache-arrow copy, so readers must check `typeId`, never `instanceof`.
 */
export interface DuckSession {
  query(sql: string): Promise<Table>;
  /** Appends one Arrow IPC stream to the existing `table` (duckdb-wasm's insertArrowFromIPCStream). */
  insertArrowStream(stream: ArrowIpcStream, table: string): Promise<void>;
  close(): Promise<void>;
  /** Connections of their own for user SQL (Engine.userQuery). */
  userSql?: UserSqlSession;
}
