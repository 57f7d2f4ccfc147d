import { describe, expect, it } from 'vitest';
import { createNodeEngine } from '../../../shared/engine/node';
import type { Engine } from '../../../shared/engine/index';
import { loadWorkbook } from '../../../shared/pipeline/index';
import type { CellValue } from '../../../shared/schema/index';
import { pendingEngine } from '../../../addin/session/pending-engine';

const ORDERS: CellValue[][] = [
  ['Order ID', 'Team', 'Owner', 'Created', 'Promised', 'Delivered', 'Status'],
  ['A1', 'North', 'Ann', '2026-10-01', '2026-10-05', '2026-10-04', 'Delivered'],
  ['A2', 'North', 'Bob', '2026-10-02', '2026-10-06', '2026-10-09', 'Delivered'],
];

describe('pendingEngine', () => {
  it('loads a workbook into an engine that only starts after the load began', async () => {
    let start!: () => void;
    const ready = new Promise<Engine>((done) => (start = () => void createNodeEngine().then(done)));
    const loading = loadWorkbook(pendingEngine(ready), { date1904: false, sheets: [{ name: 'Orders', values: ORDERS }] }, { ordersSheet: 'Orders', kpiSheet: null });
    start();
    const result = await loading;
    expect(result.value?.rowCount).toBe(2);
    const engine = await ready;
    const { rows } = await engine.query('SELECT count(*)::INTEGER AS n FROM orders');
    expect(rows[0].n).toBe(2);
    await pendingEngine(ready).close();
  });

  it('passes a failed start on to every call', async () => {
    const ready = Promise.reject(new Error('no wasm'));
    await expect(pendingEngine(ready).query('SELECT 1')).rejects.toThrow('no wasm');
  });
});
