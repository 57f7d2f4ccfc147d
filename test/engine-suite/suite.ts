import type { Engine } from '../../shared/engine/engine';
import { assertClose, assertEqual, assertRejects } from './assert';
import { generatedOrders, threeOrders } from './fixtures';

/** URLs the lockDown case asks DuckDB to read; the browser test checks which were requested. */
export const BEFORE_LOCKDOWN_URL = 'http://127.0.0.1:9/before-lockdown.csv';
export const AFTER_LOCKDOWN_URL = 'http://127.0.0.1:9/after-lockdown.csv';

export interface EngineCase {
  name: string;
  run: () => Promise<void>;
}

/**
 * The engine's behaviour, as a function of how to make one: run in Node (vitest) against native
 * DuckDB and duckdb-wasm, and in headless Chromium (a test page), so every engine answers the
 * same questions.
 * Cases share one engine, except those that change it for good (lockDown) or close it.
 * No vitest import here: this file is bundled into a browser page.
 */
export function engineSuite(makeEngine: () => Promise<Engine>): EngineCase[] {
  let shared: Promise<Engine> | undefined;
  const engine = () => (shared ??= makeEngine());
  const rows = async (sql: string) => (await (await engine()).query(sql)).rows;

  return [
    {
      name: 'loads text: Chinese, emoji and quotes intact, empty string kept apart from null',
      run: async () => {
        await (await engine()).loadTable('orders', threeOrders());
        const got = await rows('SELECT "owner", customer, "owner" IS NULL AS no_owner FROM orders ORDER BY source_row');
        assertEqual(got, [
          { owner: '张三', customer: 'Café 😀', no_owner: false },
          { owner: '', customer: 'O"Brien', no_owner: false },
          { owner: null, customer: '李四 & Co', no_owner: true },
        ], 'text columns');
      },
    },
    {
      name: 'loads numbers, booleans and ints with their nulls, as DOUBLE, BOOLEAN and INTEGER',
      run: async () => {
        await (await engine()).loadTable('orders', threeOrders());
        const result = await (await engine()).query('SELECT amount, resolved, source_row FROM orders ORDER BY source_row');
        assertEqual(result.columns, [
          { name: 'amount', type: 'DOUBLE' },
          { name: 'resolved', type: 'BOOLEAN' },
          { name: 'source_row', type: 'INTEGER' },
        ], 'column types');
        assertEqual(result.rows, [
          { amount: 1250.5, resolved: true, source_row: 2 },
          { amount: null, resolved: false, source_row: 3 },
          { amount: -3, resolved: null, source_row: 4 },
        ], 'values');
      },
    },
    {
      name: 'a loaded table has every row (an Arrow version mismatch would leave it empty)',
      run: async () => {
        await (await engine()).loadTable('orders', threeOrders());
        assertEqual(await rows('SELECT count(*) AS n FROM orders'), [{ n: 3 }], 'row count');
      },
    },
    {
      name: 'date-times round-trip exactly, as TIMESTAMP wall-clock values',
      run: async () => {
        await (await engine()).loadTable('orders', threeOrders());
        const result = await (await engine()).query('SELECT created FROM orders ORDER BY source_row');
        assertEqual(result.columns, [{ name: 'created', type: 'TIMESTAMP' }], 'column type');
        assertEqual(result.rows, [{ created: '2026-10-05 08:30:00' }, { created: '1900-03-01 00:00:00' }, { created: null }], 'values');
      },
    },
    {
      // date_trunc of a TIMESTAMP to a month returns a DATE in DuckDB 1.4 (duckdb-wasm 1.32) and
      // a TIMESTAMP in 1.5 (native): the product's SQL formats it (strftime) or casts it, as here.
      name: 'date columns work as timestamps: date_trunc, cast to DATE, comparison, difference',
      run: async () => {
        await (await engine()).loadTable('orders', threeOrders());
        const got = await rows(`SELECT CAST(date_trunc('month', created) AS DATE) AS month, CAST(created AS DATE) AS day,
            created < TIMESTAMP '2026-10-05 09:00:00' AS before_nine,
            date_diff('minute', TIMESTAMP '2026-10-05 00:00:00', created) AS minutes
          FROM orders WHERE source_row = 2`);
        assertEqual(got, [{ month: '2026-10-01', day: '2026-10-05', before_nine: true, minutes: 510 }], 'timestamp use');
      },
    },
    {
      name: 'BIGINT, HUGEINT and DECIMAL results become numbers; DATE becomes YYYY-MM-DD',
      run: async () => {
        const result = await (await engine()).query(`SELECT count(*) AS n, 1099511627776::BIGINT AS big,
            sum(x) AS total, 12.34::DECIMAL(10,2) AS price, -0.5::DECIMAL(3,1) AS neg,
            DATE '1900-03-01' AS day, NULL::BIGINT AS nothing
          FROM (VALUES (1), (2), (40)) t(x)`);
        assertEqual(result.rows, [{ n: 3, big: 1099511627776, total: 43, price: 12.34, neg: -0.5, day: '1900-03-01', nothing: null }], 'values');
        // A HUGEINT (the sum of integers) reaches duckdb-wasm as Arrow's Decimal(38, 0); native DuckDB names it.
        const types = result.columns.map((c) => (c.type === 'HUGEINT' ? 'DECIMAL(38,0)' : c.type));
        assertEqual(types, ['BIGINT', 'BIGINT', 'DECIMAL(38,0)', 'DECIMAL(10,2)', 'DECIMAL(3,1)', 'DATE', 'BIGINT'], 'types');
      },
    },
    {
      name: 'structs come back as objects, times as HH:MM:SS',
      run: async () => {
        const got = await rows(`SELECT {'owner': '张三', 'n': 2::BIGINT, 'day': DATE '2026-10-05'} AS s, TIME '08:30:15' AS t`);
        assertEqual(got, [{ s: { owner: '张三', n: 2, day: '2026-10-05' }, t: '08:30:15' }], 'values');
      },
    },
    {
      name: 'lists come back as arrays: numbers with and without nulls, text, bigint',
      run: async () => {
        const got = await rows(
          "SELECT [1.5, 2.5]::DOUBLE[] AS d, [1.5, NULL, 2]::DOUBLE[] AS n, [3, 1]::INTEGER[] AS i, ['张三', NULL] AS t, [9007199254740991]::BIGINT[] AS b, []::DOUBLE[] AS e",
        );
        assertEqual(got, [{ d: [1.5, 2.5], n: [1.5, null, 2], i: [3, 1], t: ['张三', null], b: [9007199254740991], e: [] }], 'lists');
      },
    },
    {
      name: 'timestamps keep milliseconds and pre-1970 values exactly',
      run: async () => {
        const got = await rows(`SELECT TIMESTAMP '2026-10-05 23:59:59.250' AS a, TIMESTAMP '1899-12-30 00:00:00' AS b`);
        assertEqual(got, [{ a: '2026-10-05 23:59:59.250', b: '1899-12-30 00:00:00' }], 'values');
      },
    },
    {
      name: 'loading a table again replaces it, columns and rows',
      run: async () => {
        await (await engine()).loadTable('orders', threeOrders());
        await (await engine()).loadTable('orders', { rowCount: 1, columns: { team: { kind: 'text', values: ['售后'] } } });
        assertEqual(await rows('SELECT * FROM orders'), [{ team: '售后' }], 'replaced table');
        assertEqual(await rows(`SELECT count(*) AS n FROM duckdb_tables() WHERE table_name LIKE 'orders%'`), [{ n: 1 }], 'no staging table left');
      },
    },
    {
      name: 'names that are keywords or hold spaces and Chinese are quoted',
      run: async () => {
        await (await engine()).loadTable('订单 表', { rowCount: 1, columns: { select: { kind: 'int', values: new Int32Array([7]) }, 'my "col"': { kind: 'text', values: ['x'] } } });
        assertEqual(await rows('SELECT "select", "my ""col""" FROM "订单 表"'), [{ select: 7, 'my "col"': 'x' }], 'quoted names');
      },
    },
    {
      name: 'a result without rows has its columns and no rows',
      run: async () => {
        const result = await (await engine()).query('SELECT 1 AS one, \'x\' AS two WHERE false');
        assertEqual(result, { columns: [{ name: 'one', type: 'INTEGER' }, { name: 'two', type: 'VARCHAR' }], rows: [] }, 'empty result');
      },
    },
    {
      name: 'an empty table loads with its columns and no rows',
      run: async () => {
        await (await engine()).loadTable('empty_orders', { rowCount: 0, columns: { order_id: { kind: 'text', values: [] } } });
        assertEqual(await rows('SELECT count(*) AS n FROM empty_orders'), [{ n: 0 }], 'row count');
      },
    },
    {
      name: 'a query sent while a table loads waits for the load and sees the new table',
      run: async () => {
        const db = await engine();
        await db.loadTable('orders', threeOrders());
        const loading = db.loadTable('orders', generatedOrders(1000));
        const counted = db.query('SELECT count(*) AS n FROM orders');
        await loading;
        assertEqual((await counted).rows, [{ n: 1000 }], 'row count seen by the query');
      },
    },
    {
      name: "a bad query throws an Error carrying DuckDB's message, and the engine keeps working",
      run: async () => {
        await assertRejects(() => rows('SELECT * FROM no_such_table'), /Catalog Error.*no_such_table/, 'missing table');
        await assertRejects(() => rows('SELEC 1'), /Parser Error.*syntax error/, 'syntax error');
        assertEqual(await rows('SELECT 1 AS one'), [{ one: 1 }], 'after the errors');
      },
    },
    {
      name: 'extensions are never downloaded: autoinstall and autoload are off',
      run: async () => {
        const got = await rows(`SELECT current_setting('autoinstall_known_extensions') AS install, current_setting('autoload_known_extensions') AS load`);
        assertEqual(got, [{ install: false, load: false }], 'settings');
        await assertRejects(() => rows(`SELECT * FROM read_json('orders.json')`), /json/, 'read_json without its extension');
      },
    },
    {
      name: '100,000 generated rows load with correct counts and sums',
      run: async () => {
        const rowCount = 100_000;
        await (await engine()).loadTable('big_orders', generatedOrders(rowCount));
        let amountSum = 0;
        for (let i = 0; i < rowCount; i++) if (i % 7 !== 0) amountSum += (i % 100) + 0.25;
        const [got] = await rows(`SELECT count(*) AS n, count("owner") AS owners, count(DISTINCT "owner") AS distinct_owners,
            count(amount) AS amounts, sum(amount) AS amount_sum, sum(source_row) AS row_sum,
            count(*) FILTER (WHERE resolved) AS resolved, min(created) AS first, max(created) AS last
          FROM big_orders`);
        assertEqual(
          { ...got, amount_sum: 0 },
          { n: 100_000, owners: 90_909, distinct_owners: 30, amounts: 85_714, amount_sum: 0, row_sum: 4_999_950_000, resolved: 33_334, first: '2024-01-01 00:00:00', last: '2024-03-10 10:39:00' },
          'aggregates',
        );
        assertClose(got.amount_sum, amountSum, 'sum(amount)');
        assertEqual(await rows(`SELECT "owner", amount, created FROM big_orders WHERE source_row = 99999`), [{ owner: 'owner 9', amount: 99.25, created: '2024-03-10 10:39:00' }], 'last row');
      },
    },
    {
      name: 'lockDown: user SQL can no longer read URLs or files, nor turn extensions back on; loading still works',
      run: async () => {
        const locked = await makeEngine();
        try {
          await locked.loadTable('orders', threeOrders());
          // Nothing listens on port 9: before lockDown DuckDB tries (the browser test sees the
          // request); after it, the same kind of URL is refused before any request is made.
          await assertRejects(() => locked.query(`SELECT * FROM read_csv('${BEFORE_LOCKDOWN_URL}')`), /./, 'URL before lockDown');
          await locked.lockDown();
          await assertRejects(() => locked.query(`SELECT * FROM read_csv('${AFTER_LOCKDOWN_URL}')`), /disabled|Permission/i, 'URL after lockDown');
          await assertRejects(() => locked.query(`SELECT * FROM read_csv('https://example.com/x.csv')`), /disabled|Permission/i, 'https URL');
          await assertRejects(() => locked.query(`SELECT * FROM read_csv('/etc/passwd')`), /disabled|Permission/i, 'local file');
          await assertRejects(() => locked.query('SET enable_external_access = true'), /external_access|locked/i, 'turning access back on');
          await assertRejects(() => locked.query('SET autoinstall_known_extensions = true'), /locked/i, 'turning installs back on');
          await locked.lockDown(); // again, as after a data refresh: harmless
          await locked.loadTable('orders', { rowCount: 2, columns: { n: { kind: 'int', values: new Int32Array([1, 2]) } } });
          assertEqual((await locked.query('SELECT sum(n) AS s FROM orders')).rows, [{ s: 3 }], 'load after lockDown');
        } finally {
          await locked.close();
        }
      },
    },
    {
      name: 'after close, queries and loads fail with a clear error',
      run: async () => {
        const engineToClose = await engine();
        shared = undefined;
        await engineToClose.close();
        await assertRejects(() => engineToClose.query('SELECT 1'), /closed/, 'query after close');
        await assertRejects(() => engineToClose.loadTable('orders', threeOrders()), /closed/, 'load after close');
        await engineToClose.close(); // a second close is harmless
      },
    },
  ];
}
