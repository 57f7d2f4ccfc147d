import type { ColumnTable } from '../schema/columns';
import { arrowStreams, DUCKDB_TYPE_OF_KIND } from './arrow-batches';
import type { DuckSession } from './duck-session';
import type { Engine, QueryResult, UserQueryOptions } from './engine';
import { plainRows } from './plain-rows';
import { quoteIdentifier } from './sql-identifier';
import { runUserSql } from './user-sql';

/**
 * Rows per Arrow insert. Each insert into duckdb-wasm costs far more than its rows (1M rows ×
 * 12 columns, Node, busy 2-core machine: ~1 s as one insert, ~3.5 s in 100k-row batches, ~8 s
 * in 50k ones; 1M × 18 demo columns: 0.7 s CPU as one insert, 2.5 s as four of 250k, where
 * every insert after the first also compresses the row groups it completes — dictionary/FSST,
 * ALP, bitpacking), so a whole Excel sheet (≤ 1,048,576 rows) goes in one; bigger files are split.
 */
export const LOAD_BATCH_ROWS = 2_000_000;

/**
 * duckdb-wasm 1.32 has no JSON/Parquet reader built in and would download extensions on first
 * use; nothing may leave the machine, so autoloading and autoinstalling are off from the start.
 */
export const OPEN_SETTINGS = ['SET autoinstall_known_extensions = false', 'SET autoload_known_extensions = false'];

/**
 * Once the data is in, user SQL may not read files or URLs. Both settings are one-way: DuckDB
 * refuses to turn external access back on, and the locked configuration stops user SQL from
 * re-enabling extension installs.
 */
export const LOCK_DOWN_SETTINGS = ['SET enable_external_access = false', 'SET lock_configuration = true'];

/** The Engine over one DuckDB-WASM connection: the part both builds share. */
export async function openEngine(session: DuckSession): Promise<Engine> {
  let closed = false;
  let lockedDown = false;
  let closing: Promise<void> | undefined;
  // One connection, one thing at a time: a query arriving mid-load must not run inside the
  // load's transaction, nor two loads share a staging table.
  let last: Promise<unknown> = Promise.resolve();
  const serial = <T>(action: () => Promise<T>): Promise<T> => {
    const next = last.then(() => {
      // A closed engine fails fast itself: duckdb-wasm would only log that its worker is gone.
      if (closed) throw new Error('The DuckDB engine is closed');
      return action();
    });
    last = next.catch(() => undefined);
    return next;
  };
  const run = (sql: string) => withDuckDBMessage(() => session.query(sql));
  for (const sql of OPEN_SETTINGS) await run(sql);
  const lockDown = () =>
    serial(async () => {
      // Once locked, the configuration cannot be SET again: a second call has nothing to do.
      if (lockedDown) return;
      for (const sql of LOCK_DOWN_SETTINGS) await run(sql);
      lockedDown = true;
    });
  const userSql = session.userSql;
  return {
    loadTable: (name, table) => serial(() => loadTable(session, name, table)),
    query: (sql) => serial(async (): Promise<QueryResult> => plainRows(await run(sql))),
    lockDown,
    // Not serial: its own connection, polled in slices, so the KPI queries go on meanwhile.
    ...(userSql && {
      userQuery: async (sql: string, options?: UserQueryOptions) => {
        await lockDown();
        return runUserSql(userSql, sql, options);
      },
    }),
    close: () =>
      (closing ??= serial(async () => {
        closed = true;
        await session.close();
      })),
  };
}

/**
 * Loads into a staging table first and swaps it in at the end, so a failed load leaves the
 * previous table intact. The staging table is created with our column types and the Arrow
 * batches are appended into it, so the table's types never depend on Arrow's.
 */
async function loadTable(session: DuckSession, name: string, table: ColumnTable): Promise<void> {
  const names = Object.keys(table.columns);
  if (names.length === 0) throw new Error(`loadTable(${name}): a table needs at least one column`);
  const staging = `${name}__loading`;
  const columnsSql = names.map((c) => `${quoteIdentifier(c)} ${DUCKDB_TYPE_OF_KIND[table.columns[c].kind]}`);
  await withDuckDBMessage(async () => {
    await session.query(`DROP TABLE IF EXISTS ${quoteIdentifier(staging)}`);
    await session.query(`CREATE TABLE ${quoteIdentifier(staging)} (${columnsSql.join(', ')})`);
    for (const stream of arrowStreams(table, LOAD_BATCH_ROWS)) await session.insertArrowStream(stream, staging);
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
export async function withDuckDBMessage<T>(action: () => Promise<T>): Promise<T> {
  try {
    return await action();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new Error(message, { cause: error });
  }
}
