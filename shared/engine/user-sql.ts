import { RecordBatchReader, Table, type RecordBatch } from 'apache-arrow';
import type { UserQueryOptions, UserQueryResult } from './engine';
import { plainRows } from './plain-rows';
import { refusedWord, splitStatements, UserSqlError, type ScriptTokens } from './user-sql-statements';

/**
 * One DuckDB connection for one run of user SQL, through duckdb-wasm's public pending-query
 * calls: `start` and `poll` each execute up to duckdb-wasm's polling interval (100 ms) and
 * return the result's Arrow schema once it is ready (null until then); `fetch` returns the
 * next record batch, an empty one at the end, null to ask again. Between two calls the
 * engine's worker answers other connections' queries, so a long query does not block the
 * KPIs; `cancel` drops the pending query (duckdb-wasm's cancelPendingQuery).
 */
export interface UserSqlConnection {
  run(sql: string): Promise<void>;
  start(sql: string): Promise<Uint8Array | null>;
  poll(): Promise<Uint8Array | null>;
  fetch(): Promise<Uint8Array | null>;
  cancel(): Promise<boolean>;
  close(): Promise<void>;
}

export interface UserSqlSession {
  tokenize(sql: string): Promise<ScriptTokens>;
  /** A new connection: nothing a previous run did (USE, temporary tables) carries over. */
  connect(): Promise<UserSqlConnection>;
}

/** Rows kept of a result when the caller sets no limit (the grid and a sheet hold them well). */
export const USER_SQL_MAX_ROWS = 100_000;

/** How long user SQL may run when the caller sets no limit. */
export const USER_SQL_TIME_LIMIT_MS = 60_000;

/** Why the run must stop now, or null to go on. */
type StopCheck = () => UserSqlError | null;

async function resultHeader(conn: UserSqlConnection, sql: string, stopped: StopCheck): Promise<Uint8Array> {
  let header = await conn.start(sql);
  while (header === null) {
    const stop = stopped();
    if (stop) {
      await conn.cancel().catch(() => false);
      throw stop;
    }
    header = await conn.poll();
  }
  return header;
}

/** The result's record batches up to `maxRows` rows, fetched as they are read. */
async function* chunks(conn: UserSqlConnection, header: Uint8Array, stopped: StopCheck): AsyncGenerator<Uint8Array> {
  yield header;
  for (;;) {
    const stop = stopped();
    if (stop) throw stop;
    const chunk = await conn.fetch();
    if (chunk === null) continue;
    if (chunk.length === 0) return;
    yield chunk;
  }
}

async function readResult(conn: UserSqlConnection, header: Uint8Array, maxRows: number, stopped: StopCheck): Promise<UserQueryResult> {
  const reader = await RecordBatchReader.from(chunks(conn, header, stopped));
  await reader.open();
  const batches: RecordBatch[] = [];
  let rows = 0;
  let truncated = false;
  for await (const batch of reader) {
    if (rows + batch.numRows > maxRows) {
      batches.push(batch.slice(0, maxRows - rows));
      truncated = true;
      break;
    }
    batches.push(batch);
    rows += batch.numRows;
  }
  const table = batches.length ? new Table(batches) : new Table(reader.schema);
  return { ...plainRows(table, { exactIntegers: true }), truncated };
}

/**
 * Runs user SQL (see Engine.userQuery): every statement is checked before any runs, then each
 * runs in turn inside `BEGIN TRANSACTION READ ONLY`; the last one's rows are the result. The
 * transaction is rolled back and the connection closed however the run ends.
 */
export async function runUserSql(session: UserSqlSession, sql: string, options: UserQueryOptions = {}): Promise<UserQueryResult> {
  const statements = splitStatements(sql, await session.tokenize(sql));
  if (statements.length === 0) throw new UserSqlError('empty');
  for (const statement of statements) {
    const word = refusedWord(statement);
    if (word !== null) throw new UserSqlError('refused', word.toUpperCase());
  }

  let timedOut = false;
  const timer = setTimeout(() => (timedOut = true), options.timeLimitMs ?? USER_SQL_TIME_LIMIT_MS);
  const stopped: StopCheck = () =>
    options.signal?.aborted ? new UserSqlError('cancelled') : timedOut ? new UserSqlError('timeLimit') : null;
  const conn = await session.connect();
  try {
    const stop = stopped();
    if (stop) throw stop;
    await conn.run('BEGIN TRANSACTION READ ONLY');
    let result: UserQueryResult | null = null;
    for (const [i, statement] of statements.entries()) {
      const header = await resultHeader(conn, statement.text, stopped);
      if (i === statements.length - 1) result = await readResult(conn, header, options.maxRows ?? USER_SQL_MAX_ROWS, stopped);
    }
    return result!;
  } finally {
    clearTimeout(timer);
    await conn.run('ROLLBACK').catch(() => undefined);
    await conn.close().catch(() => undefined);
  }
}
