import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../../shared/engine/engine';
import { createNodeEngine } from '../../../shared/engine/node';
import { compileCancelledQuery, compileKpiQuery, KPI_KEYS, type KpiQueryOptions } from '../../../shared/kpi/index';
import type { PlainOrder } from '../../../shared/kpi/plain-order';
import { ORDER_FIELD_KEYS, type OrderField } from '../../../shared/schema/fields';
import { ordersTable } from './orders-table';

const ALL: OrderField[] = [...ORDER_FIELD_KEYS];
const BASE: KpiQueryOptions = { fieldsPresent: ALL, basis: 'natural', group: 'owner', asOf: '2026-10-20' };

function sqlOf(opts: Partial<KpiQueryOptions>): string {
  const compiled = compileKpiQuery({ ...BASE, ...opts });
  expect(compiled.value, JSON.stringify(compiled.issues)).not.toBeNull();
  return compiled.value!.sql;
}

/** The text of one basis CTE, `b_<basis> AS ( … )`. */
function cte(sql: string, basis: string): string {
  const start = sql.indexOf(`b_${basis} AS (`);
  expect(start, `b_${basis} in\n${sql}`).toBeGreaterThanOrEqual(0);
  return sql.slice(start, sql.indexOf('\n)', start));
}

describe('the KPI SQL as text', () => {
  it('natural basis: on-time and overdue by the due month, completed by the delivered month, orders by the created month', () => {
    const sql = sqlOf({});
    expect(cte(sql, 'due')).toContain(`date_trunc('month', "due") AS m`);
    expect(cte(sql, 'due')).toContain('AS "on_time_rate"');
    expect(cte(sql, 'due')).toContain('AS "overdue_open"');
    expect(cte(sql, 'delivered')).toContain(`date_trunc('month', "delivered") AS m`);
    expect(cte(sql, 'delivered')).toContain('AS "completed"');
    expect(cte(sql, 'delivered')).toContain('AS "satisfaction"');
    expect(cte(sql, 'created')).toContain(`date_trunc('month', "created") AS m`);
    expect(cte(sql, 'created')).toContain('count(*) AS "orders"');
    expect(sql).toContain('b_due."on_time_rate"');
    // One scan of the table per date basis, not one per KPI.
    expect(sql.match(/FROM "orders"/g)).toHaveLength(3);
  });

  it('satisfaction falls back to the created month when there is no delivered date', () => {
    const sql = sqlOf({ fieldsPresent: ALL.filter((f) => f !== 'delivered') });
    expect(cte(sql, 'created')).toContain('avg("satisfaction") AS "satisfaction"');
    expect(sql).not.toContain('b_delivered');
  });

  it('a cohort basis puts every KPI on that one date, in one scan without joins', () => {
    const sql = sqlOf({ basis: 'delivered' });
    expect(sql.match(/FROM "orders"/g)).toHaveLength(1);
    expect(sql).not.toContain('JOIN');
    const delivered = cte(sql, 'delivered');
    for (const kpi of KPI_KEYS) expect(delivered).toContain(`AS "${kpi}"`);
    expect(delivered).toContain(`CAST("delivered" AS DATE) <= DATE '2026-10-20'`);
  });

  it('cancelled orders are left out of every scan', () => {
    const sql = sqlOf({});
    expect(sql.match(/"cancelled" IS NOT TRUE/g)).toHaveLength(3);
  });

  it('filter values are quoted with inner quotes doubled', () => {
    const sql = sqlOf({ filters: { owner: ["O'Brien", "x'); DROP TABLE orders; --"], team: [] } });
    expect(sql).toContain(`"owner" IN ('O''Brien', 'x''); DROP TABLE orders; --')`);
    expect(sql).not.toContain('"team" IN');
  });

  it('the month range bounds the basis date: from the first day to the day after the last month', () => {
    const sql = sqlOf({ basis: 'created', from: '2026-09', to: '2026-12' });
    expect(sql).toContain(`"created" >= DATE '2026-09-01'`);
    expect(sql).toContain(`"created" < DATE '2027-01-01'`);
  });

  it('absent and unwanted KPIs are NULL columns; counts on a row of another basis are 0, rates null', () => {
    const sql = sqlOf({ fieldsPresent: ALL.filter((f) => f !== 'satisfaction'), kpis: ['orders', 'on_time_rate', 'satisfaction'] });
    expect(sql).toContain('CAST(NULL AS DOUBLE) AS "satisfaction"');
    expect(sql).toContain('CAST(NULL AS DOUBLE) AS "revenue"');
    expect(sql).toContain('coalesce(b_created."orders", 0) AS "orders"');
    expect(sql).toContain('b_due."on_time_rate"');
    expect(sql).not.toContain('coalesce(b_due."on_time_rate"');
  });

  it('month "all" rows group on a NULL month key', () => {
    const sql = sqlOf({ perMonth: false });
    expect(sql).toContain('CAST(NULL AS TIMESTAMP) AS m');
    expect(sql).toContain(`'all' AS "month"`);
  });
});

describe('options that cannot be compiled, or are only partly usable', () => {
  const issue = (severity: string, code: string, params: object) => ({ sheet: '', cell: '', severity, code, params });

  it('a bad as-of date, a bad month and an empty range are errors and give no SQL', () => {
    expect(compileKpiQuery({ ...BASE, asOf: '2026-02-30' })).toEqual({ value: null, issues: [issue('error', 'kpiBadAsOf', { value: '2026-02-30' })] });
    expect(compileKpiQuery({ ...BASE, from: '2026-13' }).issues).toEqual([issue('error', 'kpiBadMonth', { option: 'from', value: '2026-13' })]);
    expect(compileKpiQuery({ ...BASE, from: '2026-10', to: '2026-09' }).issues).toEqual([issue('error', 'kpiBadRange', { from: '2026-10', to: '2026-09' })]);
  });

  it('a cohort basis whose date is not mapped is an error', () => {
    const result = compileKpiQuery({ ...BASE, basis: 'due', fieldsPresent: ALL.filter((f) => f !== 'due') });
    expect(result.value).toBeNull();
    expect(result.issues[0]).toEqual(issue('error', 'kpiBasisFieldMissing', { basis: 'due' }));
  });

  it('grouping or filtering on an unmapped field warns and leaves it out', () => {
    const present = ALL.filter((f) => f !== 'supplier');
    const result = compileKpiQuery({ ...BASE, fieldsPresent: present, group: 'supplier', filters: { supplier: ['S1'] } });
    expect(result.issues).toEqual([issue('warning', 'kpiGroupFieldMissing', { group: 'supplier' }), issue('warning', 'kpiFilterFieldMissing', { field: 'supplier' })]);
    expect(result.value!.sql).toContain('CAST(NULL AS VARCHAR) AS g');
    expect(result.value!.sql).not.toContain('"supplier"');
  });
});

describe('the KPI SQL run by DuckDB', () => {
  const orders: PlainOrder[] = [
    { order_id: '1', owner: "O'Brien", created: '2026-09-02', due: '2026-09-09', delivered: '2026-09-08', amount: 5 },
    { order_id: '2', owner: 'Li', created: '2026-09-03', due: '2026-09-09', amount: 7, cancelled: true },
    { order_id: '3', owner: 'Li', created: '2026-10-01', due: '2026-10-05', amount: 9, cancelled: true },
  ];
  let engine: Engine;
  beforeAll(async () => {
    engine = await createNodeEngine();
    await engine.loadTable('orders', ordersTable(orders));
  });
  afterAll(async () => engine?.close());

  it('returns exactly the KpiRow columns, and an injected filter value is only a value', async () => {
    const sql = sqlOf({ filters: { owner: ["O'Brien", "x'); DROP TABLE orders; --"] } });
    const result = await engine.query(sql);
    expect(result.columns.map((c) => c.name)).toEqual(['month', 'group', ...KPI_KEYS]);
    expect(result.rows.map((r) => [r.month, r.group, r.orders, r.revenue, r.on_time_rate])).toEqual([['2026-09', "O'Brien", 1, 5, 1]]);
    expect((await engine.query('SELECT count(*) AS n FROM orders')).rows).toEqual([{ n: 3 }]);
  });

  it('with no KPI to compute, the rows still name the months and groups, every KPI null', async () => {
    const rows = (await engine.query(sqlOf({ kpis: [] }))).rows;
    expect(rows.map((r) => [r.month, r.group])).toEqual([['2026-09', "O'Brien"]]);
    expect(KPI_KEYS.every((kpi) => rows[0][kpi] === null)).toBe(true);
  });

  it('works on TIMESTAMP_MS date columns too, and on another table name', async () => {
    // Created 10-01 06:00, due 10-05, delivered 10-05 18:00: on time (same day), cycle 4.5 days.
    const kinds: Record<string, string> = { created: 'TIMESTAMP_MS', due: 'TIMESTAMP_MS', delivered: 'TIMESTAMP_MS', amount: 'DOUBLE', errors: 'DOUBLE', satisfaction: 'DOUBLE', response_hours: 'DOUBLE', resolved: 'BOOLEAN', complaint: 'BOOLEAN' };
    const columns = ORDER_FIELD_KEYS.map((f) => `"${f}" ${kinds[f] ?? 'VARCHAR'}`).join(', ');
    await engine.query(`CREATE TABLE orders_ms (${columns}, cancelled BOOLEAN, _row INTEGER)`);
    await engine.query(`INSERT INTO orders_ms (order_id, "owner", created, due, delivered, cancelled, _row)
      VALUES ('1', 'Li', TIMESTAMP_MS '2026-10-01 06:00', TIMESTAMP_MS '2026-10-05 00:00', TIMESTAMP_MS '2026-10-05 18:00', false, 2)`);
    const rows = (await engine.query(sqlOf({ table: 'orders_ms' }))).rows;
    expect(rows.map((r) => [r.month, r.group, r.orders, r.on_time_rate, r.cycle_days_avg])).toEqual([['2026-10', 'Li', 1, 1, 4.5]]);
  });

  it('counts cancelled orders separately, by the month they were placed', async () => {
    const compiled = compileCancelledQuery(BASE);
    const rows = (await engine.query(compiled.value!.sql)).rows;
    expect(rows).toEqual([
      { month: '2026-09', group: 'Li', cancelled: 1 },
      { month: '2026-10', group: 'Li', cancelled: 1 },
    ]);
  });
});
