import type { ColumnTable } from '../schema/columns';
import { arrowStreams, DUCKDB_TYPE_OF_KIND } from './arrow-batches';
import type { DuckSession } from './duck-session';
import type { Engine, QueryResult } from './engine';
import { plainRows } from './plain-rows';
import { quoteIdentifier } from './sql-identifier';

/** Rows per Arrow batch on load: bounds the memory of one IPC copy (measured in bench/engine-load.ts). */
export const LOAD_BATCH_ROWS = 100_000;

/**
 * duckdb-wasm 1.32 has no JSON/Parquet reader built in and would download extensions on first
 * use; nothing may leave the machine, so autoloading and autoinstalling are off from the start.
 */
const OPEN_SETTINGS = ['SET autoinstall_known_extensions = false', 'SET autoload_known_extensions = false'];

/**
 * Once the data is in, user SQL may not read files or URLs. Both settings are one-way: DuckDB
 * refuses to turn external access back on, and the locked configuration stops user SQL from
 * re-enabling extension installs.
 */
const LOCK_DOWN_SETTINGS = ['SET enable_external_access = false', 'SET lock_configuration = true'];

/** The Engine over one DuckDB-WASM connection: the part both builds share. */
export async function openEngine(session: DuckSession): Promise<Engine> {
  let closed = false;
  // A closed engine fails fast itself: duckdb-wasm would only log that its worker is gone.
  const open = () => {
    if (closed) throw new Error('The DuckDB engine is closed');
    return session;
  };
  const run = (sql: string) => withDuckDBMessage(() => open().query(sql));
  for (const sql of OPEN_SETTINGS) await run(sql);
  return {
    loadTable: async (name, table) => loadTable(open(), name, table),
    query: async (sql): Promise<QueryResult> => plainRows(await run(sql)),
    lockDown: async () => {
      for (const sql of LOCK_DOWN_SETTINGS) await run(sql);
    },
    close: async () => {
      if (closed) return;
      closed = true;
      await session.close();
    },
  };
}

/**
 * Loads into a staging table first and swaps it in at the end, so a failed load leaves the
 * previous table intact. The staging table is created with our column types; the Arrow
 * batches are appended into it, so Timestamp(ms) arrives as a plain TIMESTAMP column.
 */
async function loadTable(session: DuckSession, name: string, table: ColumnTable): Promise<void> {
  const names = Object.keys(table.columns);
  if (names.length === 0) throw new Error(`loadTable(${name}): a table needs at least one column`);
  const staging = `${name}__loading`;
  const columnsSql = names.map((c) => `${quoteIdentifier(c)} ${DUCKDB_TYPE_OF_KIND[table.columns[c].kind]}`);
  await withDuckDBMessage(async () => {
    await session.query(`DROP TABLE IF EXISTS ${quoteIdentifier(staging)}`);
    await session.query(`CREATE TABLE ${quoteIdentifier(staging)} (${columnsSql.join(', ')})`);
    for (const bytes of arrowStreams(table, LOAD_BATCH_ROWS)) {
      await session.insertArrowStream(bytes, staging, false);
    }
    await session.query('BEGIN TRANSACTION');
    try {
      await session.query(`DROP TABLE IF EXISTS ${quoteIdentifier(name)}`);
      await session.query(`ALTER TABLE ${quoteIdentifier(staging)} RENAME TO ${quoteIdentifier(name)}`);
      await session.query('COMMIT');
    } catch (error) {
      await session.query('ROLLBACK');
      throw error;
    }
  });
}

/**
 * DuckDB's own message is what the user sees for a bad query ("Binder Error: …"), so errors
 * are rethrown as plain Errors carrying exactly that text, whatever the build wrapped it in.
 */
async function withDuckDBMessage<T>(action: () => Promise<T>): Promise<T> {
  try {
    return await action();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new Error(message, { cause: error });
  }
}
