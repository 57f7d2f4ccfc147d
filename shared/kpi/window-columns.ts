import { countSql } from './aggregate';
import { KPI_CATALOG, type DateBasis } from './catalog';
import type { KpiKey } from './keys';
import type { KpiPlan } from './options';
import { sqlDate, sqlName } from './sql-parts';

/**
 * The columns a window of days adds to its rows (KpiQueryOptions.window): the counts behind
 * each rate (`<kpi>__hit` of `<kpi>__of` orders) and, on the due date, the open orders still
 * due in the window after the as-of date — what the review's pace and small numbers rest on.
 */
export const hitColumn = (kpi: KpiKey) => `${kpi}__hit`;
export const ofColumn = (kpi: KpiKey) => `${kpi}__of`;
export const OPEN_AHEAD = 'open_ahead';

/** The KPIs whose number is a count over a count: their rows can say how many of how many. */
export function hasRateBase(kpi: KpiKey): boolean {
  return KPI_CATALOG[kpi].aggregate.kind === 'ratio';
}

/** Open ahead is worked out beside the on-time rate, on the due date that rate is counted on. */
const countsOpenAhead = (plan: KpiPlan) => plan.window !== null && plan.computed.some((c) => c.kpi === 'on_time_rate' && c.basis === 'due');

/** A window's extra aggregates of one basis CTE, `<sql> AS <name>` (none without a window). */
export function windowColumns(plan: KpiPlan, basis: DateBasis, kpis: KpiKey[]): string[] {
  if (!plan.window) return [];
  const columns: string[] = [];
  for (const kpi of kpis) {
    const aggregate = KPI_CATALOG[kpi].aggregate;
    if (aggregate.kind !== 'ratio') continue;
    columns.push(`${countSql(aggregate.numerator)} AS ${sqlName(hitColumn(kpi))}`, `${countSql(aggregate.denominator)} AS ${sqlName(ofColumn(kpi))}`);
  }
  if (basis === 'due' && countsOpenAhead(plan)) {
    const asOf = sqlDate(plan.asOf);
    columns.push(`count(*) FILTER (WHERE CAST("due" AS DATE) >= ${asOf} AND ("delivered" IS NULL OR CAST("delivered" AS DATE) > ${asOf})) AS ${OPEN_AHEAD}`);
  }
  return columns;
}

/**
 * The same columns in the rows, read from the CTE of their basis (`cteOf`). Counts: a group only
 * another basis saw counted nothing here (0).
 */
export function windowRowColumns(plan: KpiPlan, cteOf: (basis: DateBasis) => string): string[] {
  if (!plan.window) return [];
  const counts = plan.computed.filter((c) => hasRateBase(c.kpi)).flatMap((c) => [hitColumn(c.kpi), ofColumn(c.kpi)].map((name) => ({ name, basis: c.basis })));
  if (countsOpenAhead(plan)) counts.push({ name: OPEN_AHEAD, basis: 'due' });
  return counts.map(({ name, basis }) => `coalesce(${cteOf(basis)}.${sqlName(name)}, 0) AS ${sqlName(name)}`);
}
