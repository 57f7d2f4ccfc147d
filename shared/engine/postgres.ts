import pg from 'pg';
import { POSTGRES_DIALECT, type SqlDialect } from '../kpi/dialect';
import type { QueryResult } from './engine';

/**
 * The PostgreSQL connector: run SQL, return plain rows (the Engine's QueryResult). Nothing is
 * ever loaded into the company's database, and nothing in it can be changed from here: every
 * query runs in a `BEGIN READ ONLY` transaction with a statement timeout, on a small pool.
 */
export interface PostgresConnector {
  dialect: SqlDialect;
  /**
   * Runs one statement (never several: the extended protocol takes one) read-only; `bytes` is
   * the size of the rows' values as text. `timeoutMs` overrides the statement timeout.
   */
  query(sql: string, opts?: { timeoutMs?: number }): Promise<QueryResult & { bytes: number }>;
  close(): Promise<void>;
}

export interface PostgresOptions {
  /** Per statement (default 5 minutes: a KPI query over a big table takes seconds). */
  statementTimeoutMs?: number;
  /** Pool size (default 2: the report runs one query at a time, the data server a few). */
  connections?: number;
  /**
   * PostgreSQL's JIT compilation for our queries (default off). A KPI query is long, so JIT
   * compiles a lot of it: 14.8 of 27.7 s for 1M orders on the build machine (bench/postgres.ts).
   */
  jit?: boolean;
}

// The same plain values as the DuckDB engine gives: counts (int8) and numeric as numbers,
// date and timestamp as their wall-clock text (pg would make them Dates in the local zone).
const INT8 = 20;
const NUMERIC = 1700;
const DATE = 1082;
const TIMESTAMP = 1114;
const TIMESTAMPTZ = 1184;
const asText = (text: string) => text;
const TYPES = {
  getTypeParser: (oid: number, format?: 'text' | 'binary') => {
    if (oid === INT8 || oid === NUMERIC) return (text: string) => Number(text);
    if (oid === DATE || oid === TIMESTAMP || oid === TIMESTAMPTZ) return asText;
    return pg.types.getTypeParser(oid, format);
  },
} as pg.CustomTypesConfig;

/** The type names PostgreSQL gives the columns of a result, by OID (the ones the SQL tab shows). */
const TYPE_NAMES: Record<number, string> = {
  16: 'BOOLEAN', 20: 'BIGINT', 21: 'SMALLINT', 23: 'INTEGER', 25: 'TEXT', 700: 'REAL', 701: 'DOUBLE', 1043: 'VARCHAR',
  1082: 'DATE', 1114: 'TIMESTAMP', 1184: 'TIMESTAMP WITH TIME ZONE', 1700: 'NUMERIC',
};

export async function openPostgres(url: string, opts: PostgresOptions = {}): Promise<PostgresConnector> {
  const pool = new pg.Pool({
    connectionString: url,
    max: opts.connections ?? 2,
    types: TYPES,
    // A timestamptz shows as UTC wall-clock time, whatever the server's zone.
    options: '-c TimeZone=UTC',
    connectionTimeoutMillis: 30_000,
    application_name: 'team-kpi-analytics',
  });
  // An idle client's connection dropping must not take the process down: the next query says so.
  pool.on('error', () => undefined);
  const timeout = Math.max(1, Math.round(opts.statementTimeoutMs ?? 300_000));
  // Fail now, with the reason (bad password, no such database), rather than on the first query.
  (await pool.connect()).release();
  return {
    dialect: POSTGRES_DIALECT,
    query: async (sql, queryOpts = {}) => {
      const client = await pool.connect();
      try {
        await client.query('BEGIN READ ONLY');
        await client.query(`SET LOCAL statement_timeout = ${Math.max(1, Math.round(queryOpts.timeoutMs ?? timeout))}`);
        if (!opts.jit) await client.query('SET LOCAL jit = off');
        // queryMode 'extended' (pg ≥ 8.11, not in @types/pg): one statement, so "COMMIT; DELETE …" cannot leave the transaction.
        const config = { text: sql, rowMode: 'array', queryMode: 'extended' } as pg.QueryArrayConfig;
        const result = await client.query(config);
        await client.query('COMMIT');
        return plainResult(result);
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}

/** Array rows → named rows; the byte count is the rows' text as PostgreSQL sent it (about). */
function plainResult(result: pg.QueryArrayResult): QueryResult & { bytes: number } {
  const columns = result.fields.map((f) => ({ name: f.name, type: TYPE_NAMES[f.dataTypeID] ?? `OID ${f.dataTypeID}` }));
  let bytes = 0;
  const rows = result.rows.map((values) => {
    const row: Record<string, unknown> = {};
    values.forEach((value, i) => {
      row[columns[i].name] = value;
      bytes += value === null ? 0 : String(value).length;
    });
    return row;
  });
  return { columns, rows, bytes };
}
