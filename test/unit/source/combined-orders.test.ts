import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../../shared/engine/engine';
import { createNodeEngine } from '../../../shared/engine/node';
import { openPostgres, type PostgresConnector } from '../../../shared/engine/postgres';
import { KPI_KEYS, type KpiRow } from '../../../shared/kpi/index';
import { computeKpis, loadWorkbook, toKpiRow, type KpiQuery } from '../../../shared/pipeline/index';
import { computeTableKpis, openTableOrders } from '../../../shared/source/index';
import { startPostgresCluster, type PostgresCluster } from '../../postgres-cluster';

/*
 * Tables whose order ids repeat, in a real PostgreSQL, beside the same rows read as a sheet
 * (the file path: ingest combines them, DuckDB counts): an audit log (one row per change),
 * order lines (one row per product, one order under two owners), and lines that each repeat
 * the order's total. The numbers must be the file's, and a few are worked out by hand.
 */
type Cell = string | number | boolean | null;
interface Fixture {
  table: string;
  columns: [string, string][];
  rows: Cell[][];
}

/** As of 2026-03-31. T1 changes three times (closed late on 03-12, due 03-10); T2 once; T3's rows are out of order in the table. */
const HISTORY: Fixture = {
  table: 'ticket_log',
  columns: [['Ticket', 'text'], ['Owner', 'text'], ['Team', 'text'], ['Created', 'date'], ['Due Date', 'date'], ['Resolved Date', 'date'], ['Status', 'text'], ['Updated At', 'timestamp']],
  rows: [
    ['T1', 'Ann', 'North', '2026-03-01', '2026-03-10', null, 'New', '2026-03-01 09:00'],
    ['T1', 'Ann', 'North', '2026-03-01', '2026-03-10', null, 'In progress', '2026-03-05 09:00'],
    ['T1', 'Ann', 'North', '2026-03-01', '2026-03-10', '2026-03-12', 'Closed', '2026-03-12 17:00'],
    ['T2', 'Bob', 'South', '2026-03-02', '2026-03-20', '2026-03-15', 'Closed', '2026-03-15 10:00'],
    ['T3', 'Bob', 'South', '2026-03-03', '2026-03-25', '2026-03-24', 'Closed', '2026-03-24 08:00'],
    ['T3', 'Bob', 'South', '2026-03-03', '2026-03-25', null, 'New', '2026-03-03 08:00'],
  ],
};

/** O1: two lines, delivered on different days (the order's delivery is the later, 03-06, due 03-05: late); O2: lines under Ann and Cat; O3: one line. */
const LINES: Fixture = {
  table: 'order_lines',
  columns: [['Order No', 'text'], ['Owner', 'text'], ['Team', 'text'], ['Order Date', 'date'], ['Due Date', 'date'], ['Delivered Date', 'date'], ['Product', 'text'], ['Amount', 'numeric(10,2)']],
  rows: [
    ['O1', 'Ann', 'North', '2026-03-01', '2026-03-05', '2026-03-04', 'Bolts', 10],
    ['O1', 'Ann', 'North', '2026-03-01', '2026-03-05', '2026-03-06', 'Nuts', 15.5],
    ['O2', 'Ann', 'North', '2026-03-02', '2026-03-10', '2026-03-09', 'Bolts', 20],
    ['O2', 'Cat', 'North', '2026-03-02', '2026-03-10', '2026-03-09', 'Washers', 5],
    ['O3', 'Bob', 'South', '2026-03-03', '2026-03-12', '2026-03-11', 'Nuts', 7],
  ],
};

/** Three orders of two lines each, each line showing the order's total: an order counts its total once. */
const TOTAL_ON_LINES: Fixture = {
  table: 'total_on_lines',
  columns: [['Order No', 'text'], ['Owner', 'text'], ['Order Date', 'date'], ['Product', 'text'], ['Order Total', 'numeric(10,2)']],
  rows: [
    ['P1', 'Ann', '2026-03-01', 'Bolts', 100],
    ['P1', 'Ann', '2026-03-01', 'Nuts', 100],
    ['P2', 'Ann', '2026-03-02', 'Bolts', 40],
    ['P2', 'Ann', '2026-03-02', 'Nuts', 40],
    ['P3', 'Bob', '2026-03-03', 'Bolts', 60],
    ['P3', 'Bob', '2026-03-03', 'Nuts', 60],
  ],
};

const AS_OF = '2026-03-31';
const QUESTIONS: Omit<KpiQuery, 'asOf'>[] = [
  { basis: 'natural', group: 'none' },
  { basis: 'natural', group: 'owner' },
  { basis: 'due', group: 'team' },
  { basis: 'natural', group: 'none', filters: { owner: ['Ann'] } },
];

let cluster: PostgresCluster;
let db: PostgresConnector;
let duck: Engine;

beforeAll(async () => {
  [cluster, duck] = await Promise.all([startPostgresCluster(), createNodeEngine()]);
  const admin = new pg.Client({ connectionString: cluster.url });
  await admin.connect();
  for (const f of [HISTORY, LINES, TOTAL_ON_LINES]) {
    await admin.query(`CREATE TABLE ${f.table} (${f.columns.map(([n, t]) => `"${n}" ${t}`).join(', ')})`);
    for (const row of f.rows) await admin.query(`INSERT INTO ${f.table} VALUES (${row.map((_, i) => `$${i + 1}`).join(', ')})`, row);
  }
  await admin.end();
  db = await openPostgres(cluster.url);
}, 120_000);

afterAll(async () => {
  await db?.close();
  await duck?.close();
  await cluster?.stop();
});

/** The same rows as a sheet, through the file path: ingest, DuckDB, the KPI SQL. */
async function fileKpis(f: Fixture, q: Omit<KpiQuery, 'asOf'>) {
  const values = [f.columns.map(([n]) => n), ...f.rows.map((r) => r.map((v) => (v === null ? '' : v)))];
  const loaded = (await loadWorkbook(duck, { sheets: [{ name: f.table, values }], date1904: false })).value!;
  return { loaded, rows: (await computeKpis(duck, loaded, { ...q, asOf: AS_OF })).rows.map((r) => toKpiRow(r as unknown as Record<string, unknown>)) };
}

async function tableKpis(f: Fixture, q: Omit<KpiQuery, 'asOf'>) {
  const opened = await openTableOrders(db, f.table);
  expect(opened.problems).toEqual([]);
  const source = opened.value!;
  return { source, issues: opened.issues, rows: (await computeTableKpis(db, source, { ...q, asOf: AS_OF })).rows.map((r) => toKpiRow(r as unknown as Record<string, unknown>)) };
}

function expectSameRows(table: KpiRow[], file: KpiRow[]) {
  expect(table.map((r) => [r.month, r.group])).toEqual(file.map((r) => [r.month, r.group]));
  table.forEach((row, i) => {
    for (const kpi of KPI_KEYS) {
      if (file[i][kpi] === null) expect(row[kpi], kpi).toBeNull();
      else expect(row[kpi], kpi).toBeCloseTo(file[i][kpi]!, 9);
    }
  });
}

describe('a database table whose order ids repeat counts as the same rows in a sheet', () => {
  it('an audit log: each ticket once, in its latest state by "Updated At"', async () => {
    for (const q of QUESTIONS) {
      const [table, file] = await Promise.all([tableKpis(HISTORY, q), fileKpis(HISTORY, q)]);
      expectSameRows(table.rows, file.rows);
    }
    const { source, issues, rows } = await tableKpis(HISTORY, { basis: 'natural', group: 'none' });
    expect([source.loaded.rowCount, source.loaded.ordersAcrossGroups]).toEqual([3, false]);
    expect(issues.map((i) => i.code)).toContain('cliDbHistory');
    // By hand: three tickets, all delivered (T3's latest row is its first in the table); T1 late (03-12 > 03-10).
    expect([rows[0].orders, rows[0].completed, rows[0].on_time_rate]).toEqual([3, 3, 2 / 3]);
  });

  it('order lines: each order once, its delivery the latest line’s, its amount the lines’ sum, counted once per owner it has lines under', async () => {
    for (const q of QUESTIONS) {
      const [table, file] = await Promise.all([tableKpis(LINES, q), fileKpis(LINES, q)]);
      expectSameRows(table.rows, file.rows);
    }
    const { source, issues, rows } = await tableKpis(LINES, { basis: 'natural', group: 'none' });
    expect([source.loaded.rowCount, source.loaded.ordersAcrossGroups]).toEqual([3, true]);
    expect(issues.map((i) => i.code)).toContain('cliDbOrderLines');
    // By hand: O1 late (delivered 03-06, due 03-05), O2 and O3 on time; revenue 25.5 + 25 + 7.
    expect([rows[0].orders, rows[0].on_time_rate, rows[0].revenue]).toEqual([3, 2 / 3, 57.5]);
    const byOwner = (await tableKpis(LINES, { basis: 'natural', group: 'owner' })).rows;
    expect(byOwner.map((r) => [r.group, r.orders, r.revenue])).toEqual([
      ['Ann', 2, 45.5],
      ['Bob', 1, 7],
      ['Cat', 1, 5],
    ]);
  });

  it('lines that repeat the order’s total: the total once', async () => {
    for (const q of QUESTIONS.slice(0, 2)) {
      const [table, file] = await Promise.all([tableKpis(TOTAL_ON_LINES, q), fileKpis(TOTAL_ON_LINES, q)]);
      expectSameRows(table.rows, file.rows);
    }
    const { rows } = await tableKpis(TOTAL_ON_LINES, { basis: 'natural', group: 'none' });
    expect([rows[0].orders, rows[0].revenue]).toEqual([3, 200]);
  });
});
