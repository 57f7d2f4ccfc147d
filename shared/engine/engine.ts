import type { ColumnTable } from '../schema/columns';

/** A query result as plain JS: BIGINT → number, DATE/TIMESTAMP → ISO text, DECIMAL → number. */
export interface QueryResult {
  columns: { name: string; type: string }[];
  rows: Record<string, unknown>[];
}

/**
 * The one database interface of the product. Two implementations: DuckDB-WASM in Node
 * (CLI, tests) and DuckDB-WASM in a browser Web Worker (add-in, dashboard). The same test
 * suite runs against both.
 */
export interface Engine {
  /**
   * Replace table `name` with these columns (bulk insert through Arrow). `rows`, when given,
   * are the rows instead of the table's own: record batches of its columns already in Arrow
   * (recordBatchOf), made elsewhere, inserted in one go.
   */
  loadTable(name: string, table: ColumnTable, rows?: readonly Uint8Array[]): Promise<void>;
  query(sql: string): Promise<QueryResult>;
  /** After data is loaded: user SQL may no longer reach files or URLs. */
  lockDown(): Promise<void>;
  close(): Promise<void>;
}
