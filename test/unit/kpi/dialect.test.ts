import { describe, expect, it } from 'vitest';
import { aggregateSql, compileCancelledQuery, compileKpiQuery, compileOrdersBehindQuery, KPI_CATALOG, type KpiQueryOptions } from '../../../shared/kpi/index';
import { DUCKDB_DIALECT, POSTGRES_DIALECT } from '../../../shared/kpi/dialect';
import { ORDER_FIELD_KEYS } from '../../../shared/schema/fields';

const BASE: KpiQueryOptions = { fieldsPresent: [...ORDER_FIELD_KEYS], basis: 'natural', group: 'owner', asOf: '2026-10-20' };
const sqlIn = (opts: Partial<KpiQueryOptions>) => compileKpiQuery({ ...BASE, ...opts }).value!.sql;

describe('the SQL dialects, as text (run in test/unit/source/postgres-kpis.property.test.ts)', () => {
  it('DuckDB is the default and its SQL is what it was: quantile_cont folded into one list, strftime, epoch_ms', () => {
    const sql = sqlIn({});
    expect(sqlIn({ dialect: DUCKDB_DIALECT })).toBe(sql);
    expect(sql).toContain('quantile_cont(cycle_days, [0.5, 0.9])[1] AS "cycle_days_p50"');
    expect(sql).toContain(`strftime(k.m, '%Y-%m') AS "month"`);
    expect(sql).toContain('(epoch_ms("delivered") - epoch_ms("created")) / 86400000');
    expect(sql).toContain('ORDER BY k.m NULLS LAST, k.g NULLS LAST');
    expect(aggregateSql(KPI_CATALOG.on_time_rate.aggregate, DUCKDB_DIALECT)).toBe('count(*) FILTER (WHERE is_on_time) / nullif(count(*) FILTER (WHERE is_due_counted), 0)');
  });

  it('PostgreSQL: percentile_cont WITHIN GROUP, one per quantile (never a DuckDB list)', () => {
    const sql = sqlIn({ dialect: POSTGRES_DIALECT });
    expect(sql).toContain('percentile_cont(0.5) WITHIN GROUP (ORDER BY cycle_days) AS "cycle_days_p50"');
    expect(sql).toContain('percentile_cont(0.9) WITHIN GROUP (ORDER BY cycle_days) AS "cycle_days_p90"');
    expect(sql).toContain('percentile_cont(0.9) WITHIN GROUP (ORDER BY "response_hours") AS "response_hours_p90"');
    expect(sql).not.toMatch(/quantile_cont|\[0\.5/);
  });

  it('PostgreSQL: months by date_trunc and to_char, durations by extract(epoch), rates never integer division', () => {
    const sql = sqlIn({ dialect: POSTGRES_DIALECT });
    expect(sql).toContain(`date_trunc('month', "due") AS m`);
    expect(sql).toContain(`to_char(k.m, 'YYYY-MM') AS "month"`);
    expect(sql).toContain('CAST(((extract(epoch FROM "delivered") * 1000) - (extract(epoch FROM "created") * 1000)) AS double precision) / 86400000');
    expect(sql).toContain(
      'CAST(count(*) FILTER (WHERE is_on_time) AS double precision) / nullif(count(*) FILTER (WHERE is_due_counted), 0) AS "on_time_rate"',
    );
    expect(sql).toContain('CAST(count(*) FILTER (WHERE "resolved") AS double precision) / nullif(count("resolved"), 0)');
    expect(sql).not.toMatch(/strftime|epoch_ms|AS DOUBLE\)/);
    // Groups sort by bytes, as DuckDB sorts them, whatever the database's collation.
    expect(sql).toContain('ORDER BY k.m NULLS LAST, k.g COLLATE "C" NULLS LAST');
    expect(sql).toContain('  ) AS basis_orders');
    // Joins PostgreSQL can hash (it loops over IS NOT DISTINCT FROM).
    expect(sql).toContain(`LEFT JOIN b_due ON coalesce(b_due.m, TIMESTAMP '1970-01-01') = coalesce(k.m, TIMESTAMP '1970-01-01') AND (b_due.m IS NULL) = (k.m IS NULL)`);
    expect(sql).not.toContain('IS NOT DISTINCT FROM');
    expect(sqlIn({})).toContain('LEFT JOIN b_due ON b_due.m IS NOT DISTINCT FROM k.m AND b_due.g IS NOT DISTINCT FROM k.g');
  });

  it('PostgreSQL: typed NULLs in its own type names', () => {
    const sql = sqlIn({ dialect: POSTGRES_DIALECT, fieldsPresent: ['order_id', 'created'], group: 'none', perMonth: false });
    expect(sql).toContain('CAST(NULL AS double precision) AS "revenue"');
    expect(sql).toContain('CAST(NULL AS timestamp) AS m');
    expect(sql).toContain('CAST(NULL AS text) AS g');
  });

  it('order lines combined by order id: min() in DuckDB, bool_and() for PostgreSQL booleans (it has no min(boolean))', () => {
    const duck = sqlIn({ ordersAcrossGroups: true });
    const postgres = sqlIn({ ordersAcrossGroups: true, dialect: POSTGRES_DIALECT });
    expect(duck).toContain('min("resolved") AS "resolved"');
    expect(duck).toContain('min("cancelled") AS "cancelled"');
    expect(postgres).toContain('bool_and("resolved") AS "resolved"');
    expect(postgres).toContain('bool_and("cancelled") AS "cancelled"');
    expect(postgres).toContain('min("due") AS "due"');
    expect(postgres).toContain('min("_row") AS "_row"');
    expect(postgres).not.toMatch(/min\("(resolved|complaint|cancelled)"\)/);
  });

  it('the cancelled and orders-behind queries take the dialect too', () => {
    const cancelled = compileCancelledQuery({ ...BASE, dialect: POSTGRES_DIALECT }).value!.sql;
    expect(cancelled).toContain(`to_char(m, 'YYYY-MM') AS "month"`);
    expect(cancelled).toContain(') AS cancelled_orders');
    const behind = compileOrdersBehindQuery({ ...BASE, dialect: POSTGRES_DIALECT, cell: { kpi: 'cycle_days_p90', month: '2026-09', group: 'Li' } }).value!.sql;
    expect(behind).toContain('extract(epoch FROM "delivered")');
    expect(behind).toContain('CAST(NULL AS boolean) AS "counted"');
    expect(behind).toContain(') AS cell_orders');
  });
});
