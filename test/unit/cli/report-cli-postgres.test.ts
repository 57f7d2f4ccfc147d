import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KPI_KEYS } from '../../../shared/kpi/index';
import { startPostgresCluster, type PostgresCluster } from '../../postgres-cluster';
import { runCli, STACK_LINE } from './run-cli';

/*
 * The report CLI on a typed PostgreSQL table gives the numbers it gives on the same rows in a
 * CSV file; whatever the database refuses is exit 3 with one message (English or Chinese), no stack.
 */

const COLUMNS = [
  ['Order No', 'text'],
  ['Sales Rep', 'text'],
  ['Team', 'text'],
  ['Order Date', 'timestamp'],
  ['Promised Date', 'date'],
  ['Shipped Date', 'timestamp'],
  ['Status', 'text'],
  ['Amount', 'numeric(10,2)'],
  ['Error', 'boolean'],
  ['Satisfaction', 'smallint'],
  ['First Response Hours', 'double precision'],
  ['Resolved', 'boolean'],
  ['Complaint', 'boolean'],
] as const;

type Cell = string | number | boolean | null;
// Two months, two teams; late, on time, open past due, cancelled, blank scores, a time of day.
const ROWS: Cell[][] = [
  ['SO-1', 'Li', 'A', '2026-09-01 09:00', '2026-09-05', '2026-09-04 16:30', 'Shipped', 1200.5, false, 5, 2.5, true, false],
  ['SO-2', 'Li', 'A', '2026-09-02 10:00', '2026-09-06', '2026-09-08 11:00', 'Shipped', 800, true, 3, 12, true, true],
  ['SO-3', 'Wang', 'B', '2026-09-03', '2026-09-10', null, 'Open', 450.25, null, null, 30.5, null, false],
  ['SO-4', 'Wang', 'B', '2026-09-05 08:15', '2026-09-12', '2026-09-12 18:00', 'Done', 99.99, false, 4, 1, false, null],
  ['SO-5', 'Li', 'A', '2026-09-07', '2026-09-20', null, 'Cancelled', 300, null, null, null, null, null],
  ['SO-6', "O'Brien", 'B', '2026-10-01 12:00', '2026-10-09', '2026-10-03 12:00', 'Shipped', 2000, false, 5, 0.5, true, false],
  ['SO-7', 'Li', 'A', '2026-10-02', '2026-10-15', '2026-10-20 09:00', 'Shipped', 640, false, 2, 48, false, true],
  ['SO-8', 'Wang', 'B', '2026-10-03 14:45', '2026-10-08', null, 'In production', 1500, null, null, 6, null, false],
  ['SO-9', '张伟', 'A', '2026-10-04', '2026-10-30', '2026-10-25 10:00', '已发货', 720, true, 4, 3.25, true, false],
  ['SO-10', '张伟', 'A', '2026-10-05 09:30', '2026-10-12', null, '已取消', 90, null, null, null, null, null],
  // A score no scale holds: blank in both, as ingest reads it.
  ['SO-11', 'Wang', 'B', '2026-10-06', '2026-10-16', '2026-10-15 08:00', 'Shipped', 10, false, 250, 4, true, false],
];

const csvCell = (v: Cell) => (v === null ? '' : typeof v === 'boolean' ? (v ? 'yes' : 'no') : String(v).includes(',') ? `"${v}"` : String(v));

let cluster: PostgresCluster;
let dir: string;
let csvPath: string;
let sourceUrl: string;

beforeAll(async () => {
  cluster = await startPostgresCluster();
  const admin = new pg.Client({ connectionString: cluster.url });
  await admin.connect();
  try {
    await admin.query('CREATE SCHEMA sales');
    await admin.query(`CREATE TABLE sales.orders (${COLUMNS.map(([name, type]) => `"${name}" ${type}`).join(', ')})`);
    for (const row of ROWS) await admin.query(`INSERT INTO sales.orders VALUES (${row.map((_, i) => `$${i + 1}`).join(', ')})`, row);
    // A reader who may only read that table (the report needs nothing more).
    await admin.query(`CREATE ROLE reader LOGIN PASSWORD 'reader-pw'`);
    await admin.query('GRANT USAGE ON SCHEMA sales TO reader');
    await admin.query('GRANT SELECT ON sales.orders TO reader');
  } finally {
    await admin.end();
  }
  sourceUrl = `postgresql://reader:reader-pw@${cluster.host}:${cluster.port}/postgres`;
  dir = await mkdtemp(join(tmpdir(), 'kpi-cli-pg-'));
  csvPath = join(dir, 'orders.csv');
  await writeFile(csvPath, [COLUMNS.map(([name]) => name).join(','), ...ROWS.map((r) => r.map(csvCell).join(','))].join('\n') + '\n');
});

afterAll(async () => {
  await cluster?.stop();
  if (dir) await rm(dir, { recursive: true, force: true });
});

const COMMON = ['--as-of', '2026-10-31', '--from', '2026-09'];

interface Report {
  rows: Record<string, unknown>[];
  issues: { code: string; message: string }[];
  mapping: Record<string, string>;
  orders: number;
  cancelled: number;
  satisfactionScale: number | null;
}

async function report(args: string[]): Promise<Report> {
  const run = await runCli([...args, ...COMMON]);
  expect(run.stderr, run.stderr).toBe('');
  expect(run.code).toBe(0);
  return JSON.parse(run.stdout) as Report;
}

function expectSameNumbers(database: Report['rows'], file: Report['rows']) {
  expect(database.map((r) => [r.month, r.group])).toEqual(file.map((r) => [r.month, r.group]));
  database.forEach((row, i) => {
    for (const kpi of KPI_KEYS) {
      const [a, b] = [row[kpi] as number | null, file[i][kpi] as number | null];
      if (a === null || b === null) expect(a, `${String(row.month)} ${String(row.group)} ${kpi}`).toBe(b);
      else expect(Math.abs(a - b), `${String(row.month)} ${String(row.group)} ${kpi}: ${a} vs ${b}`).toBeLessThanOrEqual(1e-9);
    }
  });
}

describe('the report CLI on a PostgreSQL table', () => {
  it('gives the numbers of the same rows in a CSV file, by owner, the columns detected like headers', async () => {
    const [database, file] = await Promise.all([report(['--source', sourceUrl, '--table', 'sales.orders']), report([csvPath])]);
    expect(database.mapping).toEqual(file.mapping);
    expect(database.mapping).toMatchObject({ order_id: 'Order No', owner: 'Sales Rep', created: 'Order Date', due: 'Promised Date', delivered: 'Shipped Date' });
    expect([database.orders, database.cancelled, database.satisfactionScale]).toEqual([file.orders, file.cancelled, file.satisfactionScale]);
    expect(database.cancelled).toBe(2);
    expect(database.satisfactionScale).toBe(100);
    expect(database.issues.find((i) => i.code === 'cliDbSatisfactionOutOfScale')?.message).toBe(
      '1 satisfaction scores are outside the 0–100 scale; read as blank',
    );
    expectSameNumbers(database.rows, file.rows);
    // A hand check: September, Li — SO-1 on time, SO-2 two days late.
    const li = database.rows.find((r) => r.month === '2026-09' && r.group === 'Li')!;
    expect([li.orders, li.on_time_rate, li.revenue]).toEqual([2, 0.5, 2000.5]);
  });

  it('by team on the due date, and with --map naming a column', async () => {
    const args = ['--group', 'team', '--basis', 'due', '--map', 'response_hours=First Response Hours'];
    const [database, file] = await Promise.all([
      report(['--source', sourceUrl, '--table', 'sales.orders', ...args]),
      report([csvPath, ...args]),
    ]);
    expect(database.mapping.response_hours).toBe('First Response Hours');
    expectSameNumbers(database.rows, file.rows);
  });

  it('every other option as for a file: --format csv gives the same cells, --format html a page', async () => {
    const args = ['--format', 'csv', '--group', 'none', ...COMMON];
    const [database, file] = await Promise.all([runCli(['--source', sourceUrl, '--table', 'sales.orders', ...args]), runCli([csvPath, ...args])]);
    expect([database.code, file.code]).toEqual([0, 0]);
    // The same cells; a number may differ in its last digit (percentile_cont and quantile_cont
    // interpolate in a different order: 20.504166666666666 against …667), never beyond 1e-9.
    const cells = (csv: string) => csv.trim().split('\n').map((line) => line.split(','));
    const [got, want] = [cells(database.stdout), cells(file.stdout)];
    expect(got.map((row) => row.length)).toEqual(want.map((row) => row.length));
    got.forEach((row, r) =>
      row.forEach((cell, c) => {
        const [a, b] = [Number(cell), Number(want[r][c])];
        if (cell === '' || Number.isNaN(a)) expect(cell).toBe(want[r][c]);
        else expect(Math.abs(a - b), `${want[0][c]} of ${row[0]}`).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(b)));
      }),
    );
    const html = await runCli(['--source', sourceUrl, '--table', 'sales.orders', '--format', 'html', ...COMMON]);
    expect(html.code, html.stderr).toBe(0);
    expect(html.stdout).toContain('<svg');
    expect(html.stdout).toContain('sales.orders');
  });

  it('--kpi FILE gives the targets, as for a file', async () => {
    const targets = join(dir, 'targets.csv');
    await writeFile(targets, 'kpi,target\non_time_rate,0.9\norders,3\n');
    const database = await report(['--source', sourceUrl, '--table', 'sales.orders', '--kpi', targets, '--group', 'none']);
    const september = database.rows.find((r) => r.month === '2026-09')!;
    expect(september.targets).toMatchObject({ on_time_rate: { target: 0.9, met: false }, orders: { target: 3, met: true } });
  });
});

describe('what the database refuses: exit 3, one message, no stack', () => {
  const fails = async (args: string[], env: Record<string, string> = {}) => {
    const run = await runCli([...args, ...COMMON], env);
    expect(run.code, run.stderr).toBe(3);
    expect(run.stdout).toBe('');
    expect(run.stderr).not.toMatch(STACK_LINE);
    return run.stderr;
  };

  it('a wrong password, in English and in Chinese, the password never shown', async () => {
    const url = `postgresql://reader:wrong-pw@${cluster.host}:${cluster.port}/postgres`;
    const en = await fails(['--source', url, '--table', 'sales.orders']);
    expect(en).toBe(`error: cannot sign in to postgresql://reader@${cluster.host}:${cluster.port}/postgres: the user name or password was not accepted\n`);
    const zh = await fails(['--source', url, '--table', 'sales.orders'], { LANG: 'zh_CN.UTF-8' });
    expect(zh).toContain('用户名或密码不正确');
    expect(en + zh).not.toContain('wrong-pw');
  });

  it('a missing table (or one this user may not read)', async () => {
    const stderr = await fails(['--source', sourceUrl, '--table', 'public.orders']);
    expect(stderr).toContain('there is no table or view "public.orders"');
    expect(await fails(['--source', sourceUrl, '--table', 'sales.nothing'], { LANG: 'zh_CN.UTF-8' })).toContain('中没有表或视图“sales.nothing”');
  });

  it('a missing column: the message lists the columns there are', async () => {
    const stderr = await fails(['--source', sourceUrl, '--table', 'sales.orders', '--map', 'created=Created At']);
    expect(stderr).toContain('Created At');
    expect(stderr).toContain('Order No, Sales Rep, Team, Order Date');
  });

  it('a column whose type cannot be the field', async () => {
    const stderr = await fails(['--source', sourceUrl, '--table', 'sales.orders', '--map', 'created=Status']);
    expect(stderr).toContain('column "Status" (text) cannot be created');
  });

  it('no such database, and no server on the port', async () => {
    expect(await fails(['--source', `postgresql://reader:reader-pw@${cluster.host}:${cluster.port}/nodb`, '--table', 'orders'])).toContain('there is no such database');
    expect(await fails(['--source', 'postgresql://reader:x@127.0.0.1:1/postgres', '--table', 'orders'])).toContain('cannot reach the database server');
  });
});
