import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_AS_OF, generateDemoWorkbook } from '../../../shared/demo/index';
import { ingestOrders } from '../../../shared/ingest/index';
import { KPI_KEYS } from '../../../shared/kpi/index';
import { detectSheets } from '../../../shared/mapping/index';
import type { Column } from '../../../shared/schema/columns';
import { ORDER_FIELDS, type OrderField } from '../../../shared/schema/fields';
import { startPostgresCluster, type PostgresCluster } from '../../postgres-cluster';
import { runCli } from './run-cli';

/*
 * The demo workbook's orders, as ingest reads them, in a typed PostgreSQL table under the
 * sheet's own headers: the report CLI on that table gives every KPI of `--demo`.
 */

const TYPE = { text: 'text', date: 'timestamp', number: 'double precision', bool: 'boolean' } as const;

function valueAt(column: Column, i: number): string | number | boolean | null {
  switch (column.kind) {
    case 'text':
      return column.values[i];
    case 'int':
      return column.values[i];
    case 'bool':
      return column.valid[i] ? column.values[i] === 1 : null;
    case 'number':
      return column.valid[i] ? column.values[i] : null;
    case 'date':
      return column.valid[i] ? new Date(column.values[i]).toISOString().replace('T', ' ').replace('Z', '') : null;
  }
}

let cluster: PostgresCluster;

beforeAll(async () => {
  cluster = await startPostgresCluster();
  const workbook = generateDemoWorkbook();
  const sheet = workbook.sheets.find((s) => s.name === detectSheets(workbook).orders!.sheet)!;
  const ingested = ingestOrders(sheet, { date1904: workbook.date1904 }).value!;
  const fields = ingested.fieldsPresent;
  const header = (f: OrderField) => ingested.mapping[f]!.header;
  const admin = new pg.Client({ connectionString: cluster.url });
  await admin.connect();
  try {
    await admin.query(`CREATE TABLE demo_orders (${fields.map((f) => `"${header(f)}" ${TYPE[ORDER_FIELDS[f].kind]}`).join(', ')})`);
    const { table } = ingested;
    const perRow = fields.length;
    for (let start = 0; start < table.rowCount; start += 1000) {
      const values: unknown[] = [];
      const rows: string[] = [];
      for (let i = start; i < Math.min(table.rowCount, start + 1000); i++) {
        rows.push(`(${fields.map((_, c) => `$${(i - start) * perRow + c + 1}`).join(', ')})`);
        for (const f of fields) values.push(valueAt(table.columns[f], i));
      }
      await admin.query(`INSERT INTO demo_orders VALUES ${rows.join(', ')}`, values);
    }
  } finally {
    await admin.end();
  }
});

afterAll(async () => cluster?.stop());

describe('the demo workbook in PostgreSQL', () => {
  it('gives every KPI of every month × owner that --demo gives', async () => {
    const common = ['--as-of', DEMO_AS_OF, '--group', 'owner'];
    const [database, demo] = await Promise.all([
      runCli(['--source', cluster.url, '--table', 'demo_orders', ...common]),
      runCli(['--demo', ...common]),
    ]);
    expect(database.stderr).toBe('');
    expect([database.code, demo.code]).toEqual([0, 0]);
    const [a, b] = [JSON.parse(database.stdout), JSON.parse(demo.stdout)] as { rows: Record<string, number | string | null>[]; orders: number; cancelled: number }[];
    expect([a.orders, a.cancelled]).toEqual([b.orders, b.cancelled]);
    expect(a.rows.length).toBeGreaterThan(20);
    expect(a.rows.map((r) => [r.month, r.group])).toEqual(b.rows.map((r) => [r.month, r.group]));
    const differences: string[] = [];
    a.rows.forEach((row, i) => {
      for (const kpi of KPI_KEYS) {
        const [x, y] = [row[kpi] as number | null, b.rows[i][kpi] as number | null];
        const same = x === null || y === null ? x === y : Math.abs(x - y) <= 1e-9 * Math.max(1, Math.abs(y));
        if (!same) differences.push(`${row.month} ${row.group} ${kpi}: ${x} vs ${y}`);
      }
    });
    expect(differences).toEqual([]);
  });
});
