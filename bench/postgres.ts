/**
 * `npm run bench -- --postgres [--sizes 1000000,10000000] [--runs 3]`: the KPI query in
 * PostgreSQL beside native DuckDB, on the same rows. A throwaway cluster (test/postgres-cluster.ts)
 * gets a typed company table made by generate_series (integer hashes of the row number, so
 * DuckDB's generate_series makes exactly the same rows); the report's path is taken as it is:
 * the table's columns detected as headers, the mapped select, all monthly KPIs by owner in the
 * PostgreSQL dialect over it, read-only. DuckDB runs the DuckDB dialect over the same mapped
 * select made into its `orders` table. Results are cross-checked; bytes = the rows' values as
 * text as PostgreSQL sent them. Median of the runs after a warm-up, engines alternating.
 */
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import pg from 'pg';
import { openPostgres, type PostgresConnector } from '../shared/engine/postgres';
import { compileKpiQuery } from '../shared/kpi/index';
import { POSTGRES_DIALECT } from '../shared/kpi/dialect';
import { openTableOrders, withOrders, type TableOrders } from '../shared/source/index';
import { startPostgresCluster } from '../test/postgres-cluster';
import { compareKpiRows } from './lib/compare';
import { describeMachine, machineInfo } from './lib/machine';
import { median } from './lib/timing';

const AS_OF = '2026-06-30';

/** The company's table: column names as an ERP export has them, typed. */
const COLUMNS: [string, string][] = [
  ['Order No', 'text'],
  ['Sales Rep', 'text'],
  ['Team', 'text'],
  ['Customer', 'text'],
  ['Order Date', 'timestamp'],
  ['Promised Date', 'date'],
  ['Shipped Date', 'timestamp'],
  ['Status', 'text'],
  ['Amount', 'numeric(12,2)'],
  ['Errors', 'integer'],
  ['Satisfaction', 'smallint'],
  ['First Response Hours', 'double precision'],
  ['Resolved', 'boolean'],
  ['Complaint', 'boolean'],
];

/** h(k): a well-mixed integer of row i, the same in both databases (bigint arithmetic only). */
const h = (k: number) => `((i * ${2654435761 + 2 * k} + ${97 * k + 13}) % 1000003)`;

export function generatorSql(rows: number): string {
  return `SELECT
  'SO-' || i AS "Order No",
  'rep' || (${h(1)} % 200) AS "Sales Rep",
  'team' || (${h(1)} % 200 % 12) AS "Team",
  'c' || (${h(2)} % 1000) AS "Customer",
  created AS "Order Date",
  CAST(created AS date) + CAST(3 + ${h(3)} % 20 AS integer) AS "Promised Date",
  shipped AS "Shipped Date",
  CASE WHEN ${h(5)} % 50 = 0 THEN 'Cancelled' WHEN shipped IS NULL THEN 'Open' ELSE 'Shipped' END AS "Status",
  (${h(6)} % 100000) * 0.01 AS "Amount",
  CASE WHEN ${h(7)} % 20 = 0 THEN 1 ELSE 0 END AS "Errors",
  CASE WHEN ${h(8)} % 3 = 0 THEN NULL ELSE 1 + ${h(8)} % 5 END AS "Satisfaction",
  CAST(${h(9)} % 4800 AS double precision) / 10 AS "First Response Hours",
  CASE WHEN ${h(10)} % 4 = 0 THEN NULL ELSE ${h(10)} % 4 <> 1 END AS "Resolved",
  ${h(11)} % 25 = 0 AS "Complaint"
FROM (
  SELECT i, created,
    CASE WHEN ${h(4)} % 10 < 8 THEN created + (${h(12)} % (30 * 1440)) * INTERVAL '1 minute' END AS shipped
  FROM (SELECT i, TIMESTAMP '2025-01-01 00:00' + (${h(0)} % (540 * 1440)) * INTERVAL '1 minute' AS created
        FROM generate_series(1, ${rows}) AS s(i)) AS numbered
) AS generated`;
}

export const createSql = `CREATE TABLE company_orders (${COLUMNS.map(([name, type]) => `"${name}" ${type}`).join(', ')})`;

type Row = Record<string, unknown>;

async function timed<T>(step: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await step();
  return { ms: performance.now() - start, value };
}

async function duckRows(conn: DuckDBConnection, sql: string): Promise<Row[]> {
  const rows = (await conn.runAndReadAll(sql)).getRowObjectsJS() as Row[];
  return rows.map((row) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, typeof v === 'bigint' ? Number(v) : v])));
}

interface SizeResult {
  rows: number;
  generate_ms: number;
  postgres_kpi_ms: number;
  postgres_bytes: number;
  result_rows: number;
  duckdb_kpi_ms: number;
  duckdb_1_thread_kpi_ms: number;
  duckdb_load_ms: number;
  /** One run with PostgreSQL's JIT on (the server's default; the connector turns it off). */
  postgres_jit_kpi_ms: number;
  check: string;
}

async function measureSize(url: string, rows: number, runs: number): Promise<SizeResult> {
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  let db: PostgresConnector | undefined;
  const instance = await DuckDBInstance.create(':memory:');
  const conn = await instance.connect();
  try {
    await admin.query('DROP TABLE IF EXISTS company_orders');
    await admin.query(createSql);
    const generated = await timed(async () => {
      await admin.query(`INSERT INTO company_orders ${generatorSql(rows)}`);
      await admin.query('VACUUM ANALYZE company_orders');
    });
    db = await openPostgres(url, { statementTimeoutMs: 3_600_000 });
    const opened = await openTableOrders(db, 'company_orders');
    if (!opened.value) throw new Error(`bench: the table did not open: ${JSON.stringify([opened.problems, opened.issues])}`);
    const source: TableOrders = opened.value;
    const options = { fieldsPresent: source.loaded.fieldsPresent, basis: 'natural', group: 'owner', asOf: AS_OF } as const;
    const postgresSql = withOrders(compileKpiQuery({ ...options, dialect: POSTGRES_DIALECT }).value!.sql, source.orders);
    const duckSql = compileKpiQuery(options).value!.sql;

    // The same rows in DuckDB: the same generator and table, then the same mapped select as its `orders`.
    const loaded = await timed(async () => {
      await conn.run(createSql);
      await conn.run(`INSERT INTO company_orders ${generatorSql(rows)}`);
      await conn.run(`CREATE TABLE orders AS ${source.orders.sql}`);
    });
    const jitDb = await openPostgres(url, { statementTimeoutMs: 3_600_000, jit: true });
    const jitRun = await timed(() => jitDb.query(postgresSql)).finally(() => jitDb.close());
    const threads = String((await duckRows(conn, "SELECT current_setting('threads') AS t"))[0].t);
    const times = { postgres: [] as number[], duck: [] as number[], duck1: [] as number[] };
    let postgresResult: Awaited<ReturnType<PostgresConnector['query']>> | undefined;
    let duckResult: Row[] = [];
    for (let round = 0; round <= runs; round++) {
      const p = await timed(() => db!.query(postgresSql));
      const d = await timed(() => duckRows(conn, duckSql));
      await conn.run('SET threads = 1');
      const d1 = await timed(() => duckRows(conn, duckSql));
      await conn.run(`SET threads = ${threads}`);
      postgresResult = p.value;
      duckResult = d.value;
      if (round === 0) continue;
      times.postgres.push(p.ms);
      times.duck.push(d.ms);
      times.duck1.push(d1.ms);
    }
    return {
      rows,
      generate_ms: Math.round(generated.ms),
      postgres_kpi_ms: Math.round(median(times.postgres)),
      postgres_bytes: postgresResult!.bytes,
      result_rows: postgresResult!.rows.length,
      duckdb_kpi_ms: Math.round(median(times.duck)),
      duckdb_1_thread_kpi_ms: Math.round(median(times.duck1)),
      duckdb_load_ms: Math.round(loaded.ms),
      postgres_jit_kpi_ms: Math.round(jitRun.ms),
      check: compareKpiRows(duckResult, postgresResult!.rows).replace('wasm', 'DuckDB'),
    };
  } finally {
    await db?.close();
    await admin.end();
    conn.closeSync();
    instance.closeSync();
  }
}

export async function runPostgresBench(sizes: number[], runs: number): Promise<void> {
  console.log(`machine: ${describeMachine(machineInfo())}`);
  // work_mem: the quantiles sort each month × owner's values; 64 MB still spilled 1M orders' to disk.
  const settings = { work_mem: '256MB', shared_buffers: '1GB' };
  const cluster = await startPostgresCluster(settings);
  // Ctrl+C mid-run: the throwaway server goes too.
  const stopOnSignal = () => void cluster.stop().then(() => process.exit(130));
  process.once('SIGINT', stopOnSignal);
  process.once('SIGTERM', stopOnSignal);
  try {
    const admin = new pg.Client({ connectionString: cluster.url });
    await admin.connect();
    const version = (await admin.query('SHOW server_version')).rows[0].server_version as string;
    const workers = (await admin.query('SHOW max_parallel_workers_per_gather')).rows[0].max_parallel_workers_per_gather as string;
    await admin.end();
    console.log(`PostgreSQL ${version} (${Object.entries(settings).map(([k, v]) => `${k}=${v}`).join(', ')}, max_parallel_workers_per_gather=${workers}); runs: median of ${runs} after 1 warm-up\n`);
    const results: SizeResult[] = [];
    for (const rows of sizes) {
      const result = await measureSize(cluster.url, rows, runs);
      results.push(result);
      console.log(
        `${rows.toLocaleString('en-US')} rows: generated in PostgreSQL in ${(result.generate_ms / 1000).toFixed(1)} s; ` +
          `all monthly KPIs by owner: PostgreSQL ${result.postgres_kpi_ms} ms (${result.result_rows} rows, ${result.postgres_bytes.toLocaleString('en-US')} bytes), ` +
          `native DuckDB ${result.duckdb_kpi_ms} ms (${result.duckdb_1_thread_kpi_ms} ms on 1 thread); ` +
          `PostgreSQL with JIT on, one run: ${result.postgres_jit_kpi_ms} ms; ${result.check}`,
      );
    }
    for (const result of results) console.log(JSON.stringify(result));
  } finally {
    await cluster.stop();
  }
}
