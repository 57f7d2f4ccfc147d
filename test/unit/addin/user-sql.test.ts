import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNodeWasmEngine } from '../../../shared/engine/node';
import { isUserSqlError, type Engine } from '../../../shared/engine/index';
import { refusedWord, splitStatements } from '../../../shared/engine/user-sql-statements';
import { loadWorkbook, type LoadedData } from '../../../shared/pipeline/index';
import type { CellValue } from '../../../shared/schema/index';

/** Excel's 1900-system serial of a date. */
const serial = (iso: string) => (Date.parse(`${iso}T00:00:00Z`) - Date.UTC(1899, 11, 30)) / 86_400_000;

const ORDERS: CellValue[][] = [
  ['Order ID', 'Owner', 'Order date', 'Due', 'Delivered'],
  ['A-1', 'Ann', serial('2026-10-01'), serial('2026-10-05'), serial('2026-10-04')],
  ['A-2', 'Bob', serial('2026-10-02'), serial('2026-10-06'), serial('2026-10-09')],
  ['A-3', 'Ann', serial('2026-10-03'), serial('2026-10-07'), ''],
];

/** 10^12 rows: far more than any engine finishes; only a cancel or the time limit ends it. */
const CROSS_JOIN = 'SELECT count(*) FROM range(1000000) a, range(1000000) b';

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => {
      throw new Error('expected the query to fail');
    },
    (error: unknown) => error,
  );
}

describe('user SQL statements, as DuckDB tokenizes them', () => {
  const tokens = (sql: string) => {
    // What duckdb-wasm's tokenize() returns for these scripts (offsets, types).
    const known: Record<string, { offsets: number[]; types: number[] }> = {
      "SELECT ';' AS a; -- note;\nDROP TABLE orders;": { offsets: [0, 7, 11, 14, 15, 26, 31, 37, 43], types: [4, 2, 4, 0, 3, 4, 4, 0, 3] },
    };
    return known[sql];
  };

  it('splits at the semicolons outside strings and comments', () => {
    const sql = "SELECT ';' AS a; -- note;\nDROP TABLE orders;";
    const statements = splitStatements(sql, tokens(sql));
    expect(statements.map((s) => s.text)).toEqual(["SELECT ';' AS a", 'DROP TABLE orders']);
    expect(statements.map(refusedWord)).toEqual([null, 'drop']);
  });

  it('lets through what reads and refuses the rest by its first word', () => {
    const word = (...words: string[]) => refusedWord({ text: words.join(' '), words });
    for (const first of ['select', 'with', 'from', 'values', 'table', 'show', 'describe', 'summarize', 'pivot', '(']) expect(word(first, 'x')).toBeNull();
    expect(word('explain', 'analyze', 'select')).toBeNull();
    expect(word('explain', 'drop')).toBe('drop');
    expect(word('create', 'temp', 'table', 'x')).toBeNull();
    expect(word('create', 'or', 'replace', 'temporary', 'view', 'x')).toBeNull();
    expect(word('create', 'table', 'x')).toBe('create');
    for (const first of ['drop', 'detach', 'attach', 'use', 'commit', 'rollback', 'begin', 'insert', 'update', 'delete', 'alter', 'create', 'set', 'call', 'pragma', 'checkpoint']) expect(word(first)).toBe(first);
  });
});

describe('user SQL over the loaded data (Engine.userQuery)', () => {
  let engine: Engine;
  let loaded: LoadedData;
  const count = async () => (await engine.query('SELECT count(*) AS n FROM orders')).rows[0].n;

  beforeAll(async () => {
    // User SQL is the add-in's: duckdb-wasm, the browser's engine, run here in Node.
    engine = await createNodeWasmEngine();
    loaded = (await loadWorkbook(engine, { date1904: false, sheets: [{ name: 'Orders', values: ORDERS }] })).value!;
  });
  afterAll(async () => {
    await engine?.close();
  });

  it('answers a query with its rows and column types', async () => {
    const result = await engine.userQuery!('SELECT "owner", count(*) AS n FROM orders GROUP BY 1 ORDER BY 1');
    expect(result.rows).toEqual([
      { owner: 'Ann', n: 2 },
      { owner: 'Bob', n: 1 },
    ]);
    expect(result.columns).toEqual([
      { name: 'owner', type: 'VARCHAR' },
      { name: 'n', type: 'BIGINT' },
    ]);
    expect(result.truncated).toBe(false);
  });

  it('refuses DROP TABLE before running anything, also after a SELECT, and the data stays', async () => {
    for (const sql of ['DROP TABLE orders', 'SELECT 1; DROP TABLE orders', 'select 1;\n/* x */ drop table orders;']) {
      const error = await rejection(engine.userQuery!(sql));
      expect(isUserSqlError(error) && error.kind).toBe('refused');
      expect((error as { word: string }).word).toBe('DROP');
    }
    expect(await count()).toBe(3);
  });

  it('refuses the statements a read-only transaction does not stop: COMMIT, ATTACH, USE, DETACH', async () => {
    // Both scripts would destroy the loaded data if they ran (checked against DuckDB 1.4: a
    // read-only transaction lets DETACH through, and COMMIT ends the transaction).
    for (const [sql, word] of [
      ['COMMIT; DROP TABLE orders', 'COMMIT'],
      ["ATTACH ':memory:' AS x; USE x; DETACH memory", 'ATTACH'],
    ]) {
      const error = await rejection(engine.userQuery!(sql));
      expect(error).toMatchObject({ name: 'UserSqlError', kind: 'refused', word });
    }
    expect(await count()).toBe(3);
  });

  it('runs a writing statement hidden in a CTE inside a read-only transaction, where DuckDB refuses it', async () => {
    const error = await rejection(engine.userQuery!('WITH x AS (SELECT 1) DELETE FROM orders'));
    expect(String((error as Error).message)).toMatch(/read-only/);
    expect(await count()).toBe(3);
  });

  it('lets a temporary table serve the statements after it, and it is gone the next time', async () => {
    const made = await engine.userQuery!('CREATE TEMP TABLE mine AS SELECT "owner" FROM orders; SELECT count(*) AS n FROM mine');
    expect(made.rows).toEqual([{ n: 3 }]);
    expect(String(((await rejection(engine.userQuery!('SELECT * FROM mine'))) as Error).message)).toMatch(/mine/);
  });

  it('keeps integers beyond 2^53 exact, as text', async () => {
    const result = await engine.userQuery!('SELECT 9007199254740993::BIGINT AS big, 42::BIGINT AS small, 170141183460469231731687303715884105727::HUGEINT AS huge');
    expect(result.rows).toEqual([{ big: '9007199254740993', small: 42, huge: '170141183460469231731687303715884105727' }]);
  });

  it('keeps the first maxRows rows and says there were more', async () => {
    const result = await engine.userQuery!('SELECT range AS i FROM range(10000)', { maxRows: 2500 });
    expect(result.rows).toHaveLength(2500);
    expect(result.rows.at(-1)).toEqual({ i: 2499 });
    expect(result.truncated).toBe(true);
  });

  it('stops a 10^12-row cross join when cancelled, and the other queries answer while it runs', async () => {
    const cancel = new AbortController();
    const running = engine.userQuery!(CROSS_JOIN, { signal: cancel.signal });
    // The engine's own queries (the KPIs, the At risk list) are answered while it runs.
    expect(await count()).toBe(3);
    expect(loaded.rowCount).toBe(3);
    cancel.abort();
    expect(await rejection(running)).toMatchObject({ name: 'UserSqlError', kind: 'cancelled' });
    expect((await engine.userQuery!('SELECT 1 AS one')).rows).toEqual([{ one: 1 }]);
  });

  it('stops it at the time limit', async () => {
    const error = await rejection(engine.userQuery!(CROSS_JOIN, { timeLimitMs: 300 }));
    expect(error).toMatchObject({ name: 'UserSqlError', kind: 'timeLimit' });
    expect(await count()).toBe(3);
  });

  it('says when there is nothing to run', async () => {
    expect(await rejection(engine.userQuery!('-- only a comment\n;'))).toMatchObject({ kind: 'empty' });
  });
});
