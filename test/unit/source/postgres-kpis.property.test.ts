import fc from 'fast-check';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../../shared/engine/engine';
import { createNodeEngine } from '../../../shared/engine/node';
import { openPostgres, type PostgresConnector } from '../../../shared/engine/postgres';
import {
  compileCancelledQuery,
  compileKpiQuery,
  compileOrdersBehindQuery,
  GROUPINGS,
  KPI_KEYS,
  type KpiQueryOptions,
  type PeriodBasis,
} from '../../../shared/kpi/index';
import { POSTGRES_DIALECT } from '../../../shared/kpi/dialect';
import type { PlainOrder } from '../../../shared/kpi/plain-order';
import { ORDER_FIELD_KEYS, type OrderField } from '../../../shared/schema/fields';
import { mappedOrdersSql, withOrders, type MappedOrders } from '../../../shared/source/mapped-orders';
import { ordersTable } from '../../unit/kpi/orders-table';
import { startPostgresCluster, type PostgresCluster } from '../../postgres-cluster';
import { createOrdersTable, IDENTITY_MAPPING, insertOrders, ORDERS_SOURCE_COLUMNS } from '../../postgres-orders';

/*
 * The same random orders in DuckDB (ordersTable → loadTable, as ingest makes it) and in a typed
 * PostgreSQL table (read through the source's mapped select), the same compiled options but for
 * the dialect: every KPI of every row agrees within 1e-9, and so do the cancelled counts and the
 * orders behind a number. Some orders have lines under several owners (ordersAcrossGroups).
 */

const DAY = 86_400_000;
const START = Date.UTC(2026, 7, 1);
const text = (ms: number, withTime: boolean) => {
  const iso = new Date(ms).toISOString();
  return withTime ? `${iso.slice(0, 10)} ${iso.slice(11, 16)}` : iso.slice(0, 10);
};
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null, freq: 4 });

const orderArb = fc
  .record({
    owner: maybe(fc.constantFrom('Li', 'Wang', "O'Brien", '张伟', 'li')),
    team: maybe(fc.constantFrom('A', 'B', 'b')),
    customer: maybe(fc.constantFrom('c1', 'c2')),
    supplier: maybe(fc.constantFrom('s1', 's2')),
    createdDay: fc.integer({ min: 0, max: 120 }),
    createdMinute: maybe(fc.integer({ min: 0, max: 24 * 60 - 1 })),
    hasCreated: fc.integer({ min: 0, max: 9 }).map((n) => n !== 0),
    dueAfter: maybe(fc.integer({ min: -3, max: 25 })),
    deliveredDays: maybe(fc.integer({ min: -1, max: 25 })),
    deliveredMinute: maybe(fc.integer({ min: 0, max: 24 * 60 - 1 })),
    amount: maybe(fc.integer({ min: -20, max: 2000 }).map((n) => n / 4)),
    errors: maybe(fc.integer({ min: 0, max: 3 })),
    satisfaction: maybe(fc.integer({ min: 1, max: 5 })),
    response_hours: maybe(fc.integer({ min: 0, max: 480 }).map((n) => n / 10)),
    resolved: maybe(fc.boolean()),
    complaint: maybe(fc.boolean()),
    cancelled: fc.integer({ min: 0, max: 9 }).map((n) => n === 0),
    // A second line of the same order under another owner, with its own amount.
    line: fc.option(fc.record({ owner: fc.constantFrom('Li', 'Wang'), amount: fc.integer({ min: 0, max: 500 }) }), { nil: null, freq: 6 }),
  })
  .map((r) => {
    const created = START + r.createdDay * DAY + (r.createdMinute ?? 0) * 60_000;
    const delivered = START + (r.createdDay + (r.deliveredDays ?? 0)) * DAY + (r.deliveredMinute ?? 0) * 60_000;
    const order: PlainOrder = {
      owner: r.owner,
      team: r.team,
      customer: r.customer,
      supplier: r.supplier,
      created: r.hasCreated ? text(created, r.createdMinute !== null) : null,
      due: r.dueAfter === null ? null : text(START + (r.createdDay + r.dueAfter) * DAY, false),
      delivered: r.deliveredDays === null ? null : text(delivered, r.deliveredMinute !== null),
      amount: r.amount,
      errors: r.errors,
      satisfaction: r.satisfaction,
      response_hours: r.response_hours,
      resolved: r.resolved,
      complaint: r.complaint,
      cancelled: r.cancelled,
    };
    return { order, line: r.line };
  });

const OPTIONAL = ORDER_FIELD_KEYS.filter((f) => f !== 'order_id' && f !== 'created' && f !== 'status');
const monthArb = fc.integer({ min: 0, max: 5 }).map((n) => `2026-${String(7 + n).padStart(2, '0')}`);
const optional = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });

const caseArb = fc
  .record({
    orders: fc.array(orderArb, { maxLength: 40 }),
    present: fc.record(
      Object.fromEntries(OPTIONAL.map((f) => [f, fc.integer({ min: 0, max: 4 }).map((n) => n !== 0)])) as Record<OrderField, fc.Arbitrary<boolean>>,
    ),
    basis: fc.constantFrom<PeriodBasis>('natural', 'natural', 'created', 'due', 'delivered'),
    group: fc.constantFrom(...GROUPINGS),
    asOfDay: fc.integer({ min: 0, max: 150 }),
    from: optional(monthArb),
    to: optional(monthArb),
    owners: optional(fc.subarray(['Li', "O'Brien", '张伟'], { minLength: 1 })),
    kpis: optional(fc.subarray([...KPI_KEYS], { minLength: 1 })),
    perMonth: optional(fc.boolean()),
    lines: fc.boolean(),
  })
  .map((c) => {
    const fieldsPresent: OrderField[] = ['order_id', 'created', ...OPTIONAL.filter((f) => c.present[f])];
    const orders: PlainOrder[] = [];
    c.orders.forEach(({ order, line }, i) => {
      const out: PlainOrder = { ...order, order_id: `O${i}` };
      for (const f of ORDER_FIELD_KEYS) if (!fieldsPresent.includes(f)) out[f] = null;
      orders.push(out);
      if (c.lines && line && fieldsPresent.includes('owner')) orders.push({ ...out, owner: line.owner, amount: out.amount === null ? null : line.amount });
    });
    const [from, to] = c.from && c.to && c.from > c.to ? [c.to, c.from] : [c.from, c.to];
    const basis = c.basis === 'natural' || fieldsPresent.includes(c.basis) ? c.basis : 'natural';
    const opts: KpiQueryOptions = {
      fieldsPresent,
      basis,
      group: c.group,
      asOf: text(START + c.asOfDay * DAY, false),
      from,
      to,
      filters: { owner: c.owners },
      kpis: c.kpis,
      perMonth: c.perMonth,
      ordersAcrossGroups: c.lines,
    };
    return { orders, opts };
  });

const close = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
const rowKey = (r: Record<string, unknown>) => JSON.stringify([r.month, r.group]);

/** The first difference between two result sets (rows in the same order, numbers within 1e-9), or null. */
function difference(duck: Record<string, unknown>[], postgres: Record<string, unknown>[], columns: readonly string[]): string | null {
  if (duck.length !== postgres.length) return `rows: DuckDB ${duck.map(rowKey)} vs PostgreSQL ${postgres.map(rowKey)}`;
  for (let i = 0; i < duck.length; i++) {
    if (rowKey(duck[i]) !== rowKey(postgres[i])) return `row ${i}: DuckDB ${rowKey(duck[i])} vs PostgreSQL ${rowKey(postgres[i])}`;
    for (const column of columns) {
      const [a, b] = [duck[i][column], postgres[i][column]];
      const same = a === null || b === null ? a === b : close(Number(a), Number(b));
      if (!same) return `${rowKey(duck[i])} ${column}: DuckDB ${String(a)} vs PostgreSQL ${String(b)}`;
    }
  }
  return null;
}

let cluster: PostgresCluster;
let admin: pg.Client;
let postgres: PostgresConnector;
let duck: Engine;
let mapped: MappedOrders;

beforeAll(async () => {
  [cluster, duck] = await Promise.all([startPostgresCluster(), createNodeEngine()]);
  admin = new pg.Client({ connectionString: cluster.url });
  await admin.connect();
  await createOrdersTable(admin, 'company_orders');
  postgres = await openPostgres(cluster.url);
  mapped = mappedOrdersSql({ schema: null, name: 'company_orders' }, ORDERS_SOURCE_COLUMNS, IDENTITY_MAPPING, null).value!;
});

afterAll(async () => {
  await postgres?.close();
  await admin?.end();
  await duck?.close();
  await cluster?.stop();
});

describe('PostgreSQL gives the DuckDB numbers on the same random orders', () => {
  it('every KPI, the cancelled counts and the orders behind a number', async () => {
    await fc.assert(
      fc.asyncProperty(caseArb, fc.nat(), async ({ orders, opts }, pick) => {
        await Promise.all([duck.loadTable('orders', ordersTable(orders)), insertOrders(admin, 'company_orders', orders)]);
        const inDuck = compileKpiQuery(opts).value!;
        const inPostgres = compileKpiQuery({ ...opts, dialect: POSTGRES_DIALECT }).value!;
        const duckRows = (await duck.query(inDuck.sql)).rows;
        const postgresRows = (await postgres.query(withOrders(inPostgres.sql, mapped))).rows;
        expect(difference(duckRows, postgresRows, KPI_KEYS)).toBeNull();

        const cancelled = [compileCancelledQuery(opts), compileCancelledQuery({ ...opts, dialect: POSTGRES_DIALECT })];
        const [duckCancelled, postgresCancelled] = await Promise.all([
          duck.query(cancelled[0].value!.sql),
          postgres.query(withOrders(cancelled[1].value!.sql, mapped)),
        ]);
        expect(difference(duckCancelled.rows, postgresCancelled.rows, ['cancelled'])).toBeNull();

        if (duckRows.length === 0 || inDuck.kpis.length === 0) return;
        const row = duckRows[pick % duckRows.length];
        const cell = { kpi: inDuck.kpis[pick % inDuck.kpis.length], month: String(row.month), group: row.group as string | null };
        const behind = [
          compileOrdersBehindQuery({ ...opts, cell }).value!.sql,
          withOrders(compileOrdersBehindQuery({ ...opts, cell, dialect: POSTGRES_DIALECT }).value!.sql, mapped),
        ];
        const listed = async (rows: Promise<{ rows: Record<string, unknown>[] }>) =>
          (await rows).rows.map((r) => `${String(r.order_id)}:${String(r.owner)}:${String(r.counted)}`).sort();
        expect(await listed(postgres.query(behind[1]))).toEqual(await listed(duck.query(behind[0])));
      }),
      { numRuns: 120, seed: 20261201 },
    );
  });
});
