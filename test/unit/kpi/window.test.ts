import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../../shared/engine/engine';
import { createNodeEngine } from '../../../shared/engine/node';
import { compileKpiQuery, KPI_KEYS, type KpiQueryOptions } from '../../../shared/kpi/index';
import type { PlainOrder } from '../../../shared/kpi/plain-order';
import { ORDER_FIELD_KEYS } from '../../../shared/schema/fields';
import { ordersTable } from './orders-table';

/*
 * The KPI query over a window of days (the review's month to date): September as it stood on
 * 2026-09-15. Created and delivered dates count up to the 15th, due dates over the whole month.
 */
const orders: PlainOrder[] = [
  // Due and delivered before the 15th: on time, and late.
  { order_id: '1', owner: 'Li', created: '2026-09-02', due: '2026-09-10', delivered: '2026-09-09' },
  { order_id: '2', owner: 'Li', created: '2026-09-03', due: '2026-09-12', delivered: '2026-09-14' },
  // Still due after the 15th: not counted in the rate yet, one of the "open ahead".
  { order_id: '3', owner: 'Li', created: '2026-09-05', due: '2026-09-20' },
  // Created after the 15th: not an order of the window's created days, but due in it, open.
  { order_id: '4', owner: 'Li', created: '2026-09-20', due: '2026-09-28' },
  // Created in August, due in September, delivered after the 15th: open ahead on the 15th.
  { order_id: '5', owner: 'Wang', created: '2026-08-28', due: '2026-09-25', delivered: '2026-09-16' },
  // Due in August: outside the window.
  { order_id: '6', owner: 'Li', created: '2026-08-20', due: '2026-08-30', delivered: '2026-08-29' },
];
const BASE: KpiQueryOptions = { fieldsPresent: [...ORDER_FIELD_KEYS], basis: 'natural', group: 'owner', asOf: '2026-09-15' };

let engine: Engine;
beforeAll(async () => {
  engine = await createNodeEngine();
  await engine.loadTable('orders', ordersTable(orders));
});
afterAll(async () => engine?.close());

const rowsOf = async (opts: Partial<KpiQueryOptions>) => (await engine.query(compileKpiQuery({ ...BASE, ...opts }).value!.sql)).rows;

describe('the KPI query over a window of days', () => {
  it('month to date: orders and completed up to the as-of day, on time of the orders due, the counts behind the rates', async () => {
    const rows = await rowsOf({ window: { start: '2026-09-01', end: '2026-09-30' } });
    expect(rows.map((r) => [r.month, r.group, r.orders, r.completed, r.on_time_rate, r.on_time_rate__hit, r.on_time_rate__of, r.open_ahead])).toEqual([
      ['all', 'Li', 3, 2, 0.5, 1, 2, 2],
      ['all', 'Wang', 0, 0, null, 0, 0, 1],
    ]);
  });

  it('a whole month, seen after it ended, is the month query’s row', async () => {
    const asOf = '2026-10-20';
    const [windowed] = await rowsOf({ asOf, group: 'none', window: { start: '2026-09-01', end: '2026-09-30' } });
    const [month] = await rowsOf({ asOf, group: 'none', from: '2026-09', to: '2026-09' });
    expect(month.month).toBe('2026-09');
    for (const kpi of KPI_KEYS) expect(windowed[kpi], kpi).toEqual(month[kpi]);
    expect(windowed.orders).toBe(4);
  });

  it('the month query has no window columns', async () => {
    const [row] = await rowsOf({ group: 'none', from: '2026-09', to: '2026-09' });
    expect(Object.keys(row)).toEqual(['month', 'group', ...KPI_KEYS]);
  });
});
