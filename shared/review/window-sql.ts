import type { Issue } from '../schema/issues';
import { KPI_CATALOG, type DateBasis } from '../kpi/catalog';
import type { OrderFactName } from '../kpi/facts';
import { KPI_KEYS, type KpiKey } from '../kpi/keys';
import { planKpiQuery, type KpiPlan, type KpiQueryOptions } from '../kpi/options';
import { basisWhere, factColumns, ordersFrom, sqlDate, sqlName } from '../kpi/sql-parts';
import { addDays } from './calendar';
import type { DayWindow } from './period';

/**
 * The KPIs of one window of days (a month to date, an ISO week), one row per group, with the
 * counts behind each rate (`<kpi>__hit`, `<kpi>__of`) and, on the due date, the open orders
 * still due in the window after the as-of date (`open_ahead`): what "3 more on time of 14 still
 * due", small numbers and pace are worked out from. The KPI aggregates are the catalog's, so a
 * window's numbers are the month query's numbers when the window is a whole month.
 */
export interface WindowQueryOptions extends Omit<KpiQueryOptions, 'from' | 'to' | 'perMonth' | 'asOf'> {
  window: DayWindow;
}

/** `count(*) FILTER (WHERE a) / nullif(count(*) FILTER (WHERE b), 0)` → its two counts. */
export function rateParts(aggregate: string): { hit: string; of: string } | null {
  const split = aggregate.split(' / nullif(');
  if (split.length !== 2 || !split[1].endsWith(', 0)')) return null;
  return { hit: split[0], of: split[1].slice(0, -', 0)'.length) };
}

export const hitColumn = (kpi: KpiKey) => `${kpi}__hit`;
export const ofColumn = (kpi: KpiKey) => `${kpi}__of`;
export const OPEN_AHEAD = 'open_ahead';

function basisCte(plan: KpiPlan, basis: DateBasis, kpis: KpiKey[], window: DayWindow): string {
  const facts = new Set<OrderFactName>(kpis.flatMap((kpi) => KPI_CATALOG[kpi].uses));
  const date = sqlName(basis);
  // Created (and delivered) days run to the as-of date; due days over the whole period.
  const until = basis === 'due' ? window.end : [window.end, window.asOf].sort()[0];
  const where = [...basisWhere(plan, basis), `${date} >= ${sqlDate(window.start)}`, `${date} < ${sqlDate(addDays(until, 1))}`];
  const group = plan.groupField ? sqlName(plan.groupField) : 'CAST(NULL AS VARCHAR)';
  const columns = [`${group} AS g`];
  for (const kpi of kpis) {
    const aggregate = KPI_CATALOG[kpi].aggregate;
    columns.push(`${aggregate} AS ${sqlName(kpi)}`);
    const parts = rateParts(aggregate);
    if (parts) columns.push(`${parts.hit} AS ${sqlName(hitColumn(kpi))}`, `${parts.of} AS ${sqlName(ofColumn(kpi))}`);
  }
  if (basis === 'due' && kpis.includes('on_time_rate')) {
    const asOf = sqlDate(window.asOf);
    columns.push(`count(*) FILTER (WHERE CAST("due" AS DATE) >= ${asOf} AND ("delivered" IS NULL OR CAST("delivered" AS DATE) > ${asOf})) AS ${OPEN_AHEAD}`);
  }
  return [
    `w_${basis} AS (`,
    `  SELECT ${columns.join(',\n    ')}`,
    `  FROM (SELECT *, ${[...factColumns(plan, facts), '1 AS _row_one'].join(', ')} FROM ${ordersFrom(plan)} WHERE ${where.join(' AND ')})`,
    '  GROUP BY g',
    ')',
  ].join('\n');
}

export function compileWindowQuery(opts: WindowQueryOptions): { value: { sql: string; kpis: KpiKey[] } | null; issues: Issue[] } {
  const { value: plan, issues } = planKpiQuery({ ...opts, asOf: opts.window.asOf, perMonth: false });
  if (!plan) return { value: null, issues };
  const byBasis = new Map<DateBasis, KpiKey[]>(plan.bases.map((b) => [b, []]));
  for (const { kpi, basis } of plan.computed) byBasis.get(basis)!.push(kpi);
  const ctes = plan.bases.map((basis) => basisCte(plan, basis, byBasis.get(basis)!, opts.window));
  ctes.push(`k AS (\n${plan.bases.map((b) => `  SELECT g FROM w_${b}`).join('\n  UNION\n')}\n)`);
  const basisOf = new Map(plan.computed.map((c) => [c.kpi, c.basis]));
  const columns = ['k.g AS "group"'];
  for (const kpi of KPI_KEYS) {
    const basis = basisOf.get(kpi);
    if (!basis) continue;
    // A group only another basis has counted nothing here: a count is 0, the rest null.
    columns.push(KPI_CATALOG[kpi].unit === 'count' ? `coalesce(w_${basis}.${sqlName(kpi)}, 0) AS ${sqlName(kpi)}` : `w_${basis}.${sqlName(kpi)}`);
    if (rateParts(KPI_CATALOG[kpi].aggregate)) {
      for (const column of [hitColumn(kpi), ofColumn(kpi)]) columns.push(`coalesce(w_${basis}.${sqlName(column)}, 0) AS ${sqlName(column)}`);
    }
  }
  if (basisOf.get('on_time_rate') === 'due') columns.push(`coalesce(w_due.${OPEN_AHEAD}, 0) AS ${OPEN_AHEAD}`);
  const joins = plan.bases.map((b) => `LEFT JOIN w_${b} ON w_${b}.g IS NOT DISTINCT FROM k.g`);
  const sql = [`WITH ${ctes.join(',\n')}`, `SELECT ${columns.join(',\n  ')}`, 'FROM k', ...joins, 'ORDER BY k.g NULLS LAST'].join('\n');
  return { value: { sql, kpis: plan.computed.map((c) => c.kpi) }, issues };
}

/** The created days of the orders (not cancelled), sorted: which months and weeks have orders. */
export const ORDER_DAYS_SQL = [
  `SELECT DISTINCT strftime(CAST("created" AS DATE), '%Y-%m-%d') AS d FROM orders`,
  `WHERE "cancelled" IS NOT TRUE AND "created" IS NOT NULL ORDER BY d`,
].join('\n');
