import type { Issue } from '../schema/issues';
import { planKpiQuery, type KpiQueryOptions } from './options';
import { basisWhere, ordersFrom, groupKey, monthGroupOrder, monthKey, monthLabel } from './sql-parts';

/**
 * Cancelled orders are left out of every KPI and counted separately (DESIGN.md): rows
 * { month, group, cancelled } for the same scope as the KPI query, on the created date under
 * basis=natural (when the order was placed) and on the cohort date otherwise.
 */
export function compileCancelledQuery(opts: KpiQueryOptions): { value: { sql: string } | null; issues: Issue[] } {
  const { value: plan, issues } = planKpiQuery({ ...opts, kpis: [] });
  if (!plan) return { value: null, issues };
  const basis = opts.basis === 'natural' ? 'created' : opts.basis;
  const sql = [
    `SELECT ${monthLabel(plan, 'm')} AS "month", g AS "group", count(*) AS "cancelled"`,
    `FROM (`,
    `  SELECT ${monthKey(plan, basis)} AS m, ${groupKey(plan)} AS g`,
    `  FROM ${ordersFrom(plan)}`,
    `  WHERE ${basisWhere(plan, basis, true).join('\n    AND ')}`,
    `) AS cancelled_orders`,
    `GROUP BY m, g`,
    monthGroupOrder(plan, 'm', 'g'),
  ].join('\n');
  return { value: { sql }, issues };
}
