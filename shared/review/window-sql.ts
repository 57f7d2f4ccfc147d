import type { Issue } from '../schema/issues';
import { compileKpiQuery } from '../kpi/compile';
import { DUCKDB_DIALECT, type SqlDialect } from '../kpi/dialect';
import type { KpiQueryOptions } from '../kpi/options';
import type { KpiKey } from '../kpi/keys';
import type { DayWindow } from './period';

/**
 * The KPIs of one window of days (a month to date, an ISO week), one row per group, with the
 * counts behind each rate (`<kpi>__hit`, `<kpi>__of`) and, on the due date, the open orders
 * still due in the window after the as-of date (`open_ahead`): what "3 more on time of 14 still
 * due", small numbers and pace are worked out from. It is the KPI query with a window of days
 * (KpiQueryOptions.window), so a window's numbers are the month query's when it is a whole month.
 */
export interface WindowQueryOptions extends Omit<KpiQueryOptions, 'from' | 'to' | 'perMonth' | 'asOf' | 'window'> {
  window: DayWindow;
}

export { hitColumn, ofColumn, OPEN_AHEAD } from '../kpi/window-columns';

/** `withTotal`: the rows hold the total row too (KpiQueryOptions.withTotal applied). */
export function compileWindowQuery(opts: WindowQueryOptions): { value: { sql: string; kpis: KpiKey[]; withTotal: boolean } | null; issues: Issue[] } {
  const { window, ...rest } = opts;
  const { value, issues } = compileKpiQuery({ ...rest, asOf: window.asOf, window: { start: window.start, end: window.end } });
  return { value: value && { sql: value.sql, kpis: value.kpis, withTotal: value.withTotal }, issues };
}

/** The created days of the orders (not cancelled), sorted: which months and weeks have orders. */
export function orderDaysSql(dialect: SqlDialect = DUCKDB_DIALECT): string {
  return [
    `SELECT DISTINCT ${dialect.dayText('CAST("created" AS DATE)')} AS d FROM orders`,
    `WHERE "cancelled" IS NOT TRUE AND "created" IS NOT NULL ORDER BY d`,
  ].join('\n');
}

export const ORDER_DAYS_SQL = orderDaysSql();
