import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../../shared/engine/engine';
import { createNodeEngine } from '../../../shared/engine/node';
import {
  compileKpiQuery,
  compileOrdersBehindQuery,
  KPI_CATALOG,
  KPI_KEYS,
  referenceKpiRows,
  type KpiKey,
  type KpiRow,
} from '../../../shared/kpi/index';
import { ordersTable } from './orders-table';
import { caseArb } from './random-orders';

/*
 * Random orders and random options: every KPI from the SQL (run in DuckDB) equals the plain
 * TypeScript reference within 1e-9, and the orders behind a number add up to that number.
 */

const key = (r: KpiRow) => JSON.stringify([r.month, r.group]);
const close = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

function compareRows(sqlRows: KpiRow[], referenceRows: KpiRow[]): string | null {
  const byKey = new Map(referenceRows.map((r) => [key(r), r]));
  if (sqlRows.length !== referenceRows.length) return `rows: SQL ${sqlRows.map(key)} vs reference ${[...byKey.keys()]}`;
  for (const got of sqlRows) {
    const want = byKey.get(key(got));
    if (!want) return `row ${key(got)} only in SQL`;
    for (const kpi of KPI_KEYS) {
      const [a, b] = [got[kpi], want[kpi]];
      if (a === null || b === null ? a !== b : !close(a, b)) return `${key(got)} ${kpi}: SQL ${a} vs reference ${b}`;
    }
  }
  return null;
}

/** For a KPI that counts orders, or is a share of them, the value the listed orders give. */
function valueFromOrdersBehind(kpi: KpiKey, listed: { counted: unknown }[]): number | null | undefined {
  if (KPI_CATALOG[kpi].unit === 'count') return listed.length;
  if (KPI_CATALOG[kpi].unit === 'rate') return listed.length === 0 ? null : listed.filter((r) => r.counted === true).length / listed.length;
  return undefined;
}

let engine: Engine;
beforeAll(async () => {
  engine = await createNodeEngine();
});
afterAll(async () => engine?.close());

describe('SQL KPIs equal the plain reference on random orders', () => {
  it('every KPI, every row, random options', async () => {
    await fc.assert(
      fc.asyncProperty(caseArb, fc.nat(), async ({ orders, opts }, pick) => {
        const compiled = compileKpiQuery(opts);
        expect(compiled.value, JSON.stringify(compiled.issues)).not.toBeNull();
        await engine.loadTable('orders', ordersTable(orders));
        const sqlRows = (await engine.query(compiled.value!.sql)).rows as KpiRow[];
        const mismatch = compareRows(sqlRows, referenceKpiRows(orders, opts));
        expect(mismatch).toBeNull();

        // One cell, clicked: its orders give back its number.
        if (sqlRows.length === 0 || compiled.value!.kpis.length === 0) return;
        const row = sqlRows[pick % sqlRows.length];
        const kpi = compiled.value!.kpis[pick % compiled.value!.kpis.length];
        const behind = compileOrdersBehindQuery({ ...opts, cell: { kpi, month: row.month, group: row.group } });
        const listed = (await engine.query(behind.value!.sql)).rows as { counted: unknown }[];
        const expected = valueFromOrdersBehind(kpi, listed);
        if (expected === null) expect(row[kpi], `${kpi} of ${key(row)}`).toBeNull();
        else if (expected !== undefined) expect(row[kpi], `${kpi} of ${key(row)}`).toBeCloseTo(expected, 12);
      }),
      { numRuns: 100, seed: 20261020 },
    );
  });
});
