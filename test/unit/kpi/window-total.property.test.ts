import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../../shared/engine/engine';
import { createNodeEngine } from '../../../shared/engine/node';
import { compileKpiQuery, KPI_KEYS, type KpiQueryOptions } from '../../../shared/kpi/index';
import { ordersTable } from './orders-table';
import { caseArb } from './random-orders';

/*
 * withTotal (GROUPING SETS): the groups' rows and the row of all of them together from one scan
 * are, number for number, the rows of the two queries asked apart — by group, and with no group
 * — over random orders, bases, filters, months or a window of days.
 */
let engine: Engine;
beforeAll(async () => {
  engine = await createNodeEngine();
});
afterAll(async () => engine?.close());

const close = (a: unknown, b: unknown) =>
  a === null || b === null ? a === b : typeof a === 'number' ? Math.abs(a - Number(b)) <= 1e-9 * Math.max(1, Math.abs(a)) : a === b;
const COLUMNS = ['month', 'group', ...KPI_KEYS];

function difference(together: Record<string, unknown>[], apart: Record<string, unknown>[]): string | null {
  if (together.length !== apart.length) return `rows: ${together.length} together, ${apart.length} apart`;
  for (let i = 0; i < apart.length; i++) {
    for (const column of [...COLUMNS, ...Object.keys(apart[i]).filter((c) => c.includes('__') || c === 'open_ahead')]) {
      if (!close(together[i][column], apart[i][column])) return `row ${i} ${column}: ${String(together[i][column])} together, ${String(apart[i][column])} apart`;
    }
  }
  return null;
}

const run = async (opts: KpiQueryOptions) => (await engine.query(compileKpiQuery(opts).value!.sql)).rows;

describe('the total row from the groups’ scan (GROUPING SETS)', () => {
  it('equals the rows asked apart, by group and for the whole', async () => {
    let compared = 0;
    await fc.assert(
      fc.asyncProperty(caseArb, fc.boolean(), async ({ orders, opts }, overDays) => {
        const group = opts.group === 'none' ? 'owner' : opts.group;
        // The as-of date's month as a window of days (the review's month to date), or months.
        const month = opts.asOf.slice(0, 7);
        const window = overDays ? { start: `${month}-01`, end: `${month}-28` } : undefined;
        const asked = { ...opts, group, ...(window ? { window } : {}) } as KpiQueryOptions;
        const compiled = compileKpiQuery({ ...asked, withTotal: true }).value;
        if (!compiled?.withTotal) return;
        await engine.loadTable('orders', ordersTable(orders));
        const [together, byGroup, whole] = await Promise.all([run({ ...asked, withTotal: true }), run(asked), run({ ...asked, group: 'none' })]);
        const problem =
          difference(together.filter((r) => r.is_total !== true), byGroup) ??
          difference(
            together.filter((r) => r.is_total === true),
            whole,
          );
        expect(problem).toBeNull();
        compared++;
      }),
      { numRuns: 150, seed: 20261202 },
    );
    expect(compared).toBeGreaterThan(50);
  });

  it('is not offered where a total is not the groups added up: orders with lines under several owners', () => {
    const opts: KpiQueryOptions = { fieldsPresent: ['order_id', 'created', 'owner'], basis: 'natural', group: 'owner', asOf: '2026-10-31', withTotal: true };
    expect(compileKpiQuery(opts).value!.withTotal).toBe(true);
    expect(compileKpiQuery(opts).value!.sql).toContain('GROUP BY GROUPING SETS ((m, g), (m))');
    expect(compileKpiQuery({ ...opts, ordersAcrossGroups: true }).value!.withTotal).toBe(false);
    expect(compileKpiQuery({ ...opts, group: 'none' }).value!.withTotal).toBe(false);
  });
});
