import { availableParallelism } from 'node:os';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import type { ColumnTable } from '../schema/columns';
import type { Engine, QueryResult } from './engine';
import { appendStaged, stagedColumns } from './native-append';
import { plainNativeValue } from './native-values';
import { LOCK_DOWN_SETTINGS, OPEN_SETTINGS, withDuckDBMessage } from './open-engine';
import { quoteIdentifier } from './sql-identifier';

/**
 * Native DuckDB (@duckdb/node-api) in Node, for the CLI and the tests: the same Engine as the
 * duckdb-wasm one (open-engine.ts) — one connection, one thing at a time, loads through a
 * staging table, the same settings at open and at lockDown, the same plain rows — but with
 * every core: DuckDB runs each query on `threads` threads of its own, off the JS thread.
 */
export async function createNativeEngine(): Promise<Engine> {
  // Extensions are never downloaded, from the first statement on (OPEN_SETTINGS are run too).
  const instance = await DuckDBInstance.create(':memory:', {
    threads: String(availableParallelism()),
    autoinstall_known_extensions: 'false',
    autoload_known_extensions: 'false',
  });
  let conn: DuckDBConnection;
  try {
    conn = await instance.connect();
    for (const sql of OPEN_SETTINGS) await withDuckDBMessage(() => conn.run(sql));
  } catch (error) {
    instance.closeSync();
    throw error;
  }

  let closed = false;
  let lockedDown = false;
  let closing: Promise<void> | undefined;
  // As in open-engine.ts: a query arriving mid-load waits for the load and sees its table.
  let last: Promise<unknown> = Promise.resolve();
  const serial = <T>(action: () => Promise<T>): Promise<T> => {
    const next = last.then(() => {
      if (closed) throw new Error('The DuckDB engine is closed');
      return withDuckDBMessage(action);
    });
    last = next.catch(() => undefined);
    return next;
  };
  const run = async (sql: string) => void (await conn.run(sql));

  return {
    loadTable: (name, table) => serial(() => loadTable(conn, name, table)),
    query: (sql) => serial(() => query(conn, sql)),
    lockDown: () =>
      serial(async () => {
        if (lockedDown) return;
        for (const sql of LOCK_DOWN_SETTINGS) await run(sql);
        lockedDown = true;
      }),
    close: () =>
      (closing ??= serial(async () => {
        closed = true;
        conn.closeSync();
        instance.closeSync();
      })),
  };
}

async function query(conn: DuckDBConnection, sql: string): Promise<QueryResult> {
  const reader = await conn.runAndReadAll(sql);
  const names = reader.columnNames();
  const columns = names.map((name, c) => ({ name, type: reader.columnType(c).toString() }));
  const values = reader.convertColumns(plainNativeValue);
  const rows: Record<string, unknown>[] = Array.from({ length: reader.currentRowCount }, () => ({}));
  // Column by column, as the wasm engine's plainRows: a repeated name keeps its last column.
  // A result without rows has no chunks, so no columns of values either.
  names.forEach((name, c) => values[c]?.forEach((value, r) => (rows[r][name] = value)));
  return { columns, rows };
}

/**
 * Into a staging table first (native-append.ts: some columns staged in a cheaper type), made
 * the table in one transaction at the end, so a failed load leaves the previous table intact
 * (as open-engine.ts does).
 */
async function loadTable(conn: DuckDBConnection, name: string, table: ColumnTable): Promise<void> {
  if (Object.keys(table.columns).length === 0) throw new Error(`loadTable(${name}): a table needs at least one column`);
  const staging = `${name}__loading`;
  const columns = stagedColumns(table);
  await conn.run(`DROP TABLE IF EXISTS ${quoteIdentifier(staging)}`);
  await conn.run(`CREATE TABLE ${quoteIdentifier(staging)} (${columns.map((c) => `${quoteIdentifier(c.name)} ${c.type.toString()}`).join(', ')})`);
  // The appender takes the table's name as it is, not as SQL.
  const appender = await conn.createAppender(staging);
  try {
    appendStaged(appender, columns, table.rowCount);
  } finally {
    appender.closeSync();
  }
  const asStaged = columns.every((c) => c.select === quoteIdentifier(c.name));
  await conn.run('BEGIN TRANSACTION');
  try {
    await conn.run(`DROP TABLE IF EXISTS ${quoteIdentifier(name)}`);
    if (asStaged) await conn.run(`ALTER TABLE ${quoteIdentifier(staging)} RENAME TO ${quoteIdentifier(name)}`);
    else {
      await conn.run(`CREATE TABLE ${quoteIdentifier(name)} AS SELECT ${columns.map((c) => c.select).join(', ')} FROM ${quoteIdentifier(staging)}`);
      await conn.run(`DROP TABLE ${quoteIdentifier(staging)}`);
    }
    await conn.run('COMMIT');
  } catch (error) {
    await conn.run('ROLLBACK');
    throw error;
  }
}

