import type { ColumnTable } from '../schema/columns';

/** A query result as plain JS: BIGINT → number, DATE/TIMESTAMP → ISO text, DECIMAL → number. */
export interface QueryResult {
  columns: { name: string; type: string }[];
  rows: Record<string, unknown>[];
}

export interface UserQueryOptions {
  /** Cancels the query; it then rejects with a UserSqlError of kind 'cancelled'. */
  signal?: AbortSignal;
  /** Stops the query after this long (kind 'timeLimit'). */
  timeLimitMs?: number;
  /** Rows kept of the last statement's result; the rest are not fetched (`truncated`). */
  maxRows?: number;
}

export interface UserQueryResult extends QueryResult {
  /** More rows were there than `maxRows`. */
  truncated: boolean;
}

/**
 * The one database interface of the product. Two implementations: DuckDB-WASM in Node
 * (CLI, tests) and DuckDB-WASM in a browser Web Worker (add-in, dashboard). The same test
 * suite runs against both.
 */
export interface Engine {
  /** Replace table `name` with these columns (bulk insert: Arrow in the browser, the appender in Node). */
  loadTable(name: string, table: ColumnTable): Promise<void>;
  query(sql: string): Promise<QueryResult>;
  /** After data is loaded: user SQL may no longer reach files or URLs. */
  lockDown(): Promise<void>;
  /**
   * SQL a person typed: read-only statements only, on a connection of its own inside a
   * read-only transaction that is always rolled back, so it can neither change nor drop the
   * loaded tables; polled in slices so the engine's other queries run meanwhile; cancellable
   * and time-limited. Integers beyond 2^53 come back as exact text. Where the build cannot run
   * it (absent), the front end offers no SQL.
   */
  userQuery?(sql: string, options?: UserQueryOptions): Promise<UserQueryResult>;
  close(): Promise<void>;
}
