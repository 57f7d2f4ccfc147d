import { ORDER_FIELD_KEYS } from '../schema/fields';
import type { Issue } from '../schema/issues';
import { aggregatesSql } from './aggregate';
import { KPI_CATALOG, isZeroWhenEmpty, type DateBasis } from './catalog';
import type { OrderFactName } from './facts';
import { KPI_KEYS, type KpiKey } from './keys';
import { planKpiQuery, type AbsentKpi, type KpiPlan, type KpiQueryOptions } from './options';
import { basisWhere, ordersFrom, factColumns, groupKey, indentLines, monthGroupOrder, monthKey, monthLabel, sqlName } from './sql-parts';
import { windowColumns, windowRowColumns } from './window-columns';

export interface CompiledKpiQuery {
  /** Rows: { month: 'YYYY-MM' | 'all', group: string | null, <every KPI key>: number | null } = KpiRow. */
  sql: string;
  /** The KPIs the SQL computes; every other KPI column is NULL. */
  kpis: KpiKey[];
  /** Wanted KPIs whose fields are not mapped (NULL columns, never 0). */
  absent: AbsentKpi[];
  /** The rows hold `is_total` and the total row (KpiQueryOptions.withTotal, where it applies). */
  withTotal: boolean;
}

/** The CTE of one date basis: one scan, every KPI on that basis as a conditional aggregate. */
function basisCte(plan: KpiPlan, basis: DateBasis, kpis: KpiKey[]): string {
  const facts = new Set<OrderFactName>(kpis.flatMap((kpi) => KPI_CATALOG[kpi].uses));
  const fields = new Set(kpis.flatMap((kpi) => KPI_CATALOG[kpi].needs));
  const inner = [
    `${monthKey(plan, basis)} AS m`,
    `${groupKey(plan)} AS g`,
    ...factColumns(plan, facts),
    ...ORDER_FIELD_KEYS.filter((field) => fields.has(field)).map(sqlName),
  ];
  const aggregates = [
    ...aggregatesSql(
      kpis.map((kpi) => KPI_CATALOG[kpi].aggregate),
      plan.dialect,
    ).map((sql, i) => `${sql} AS ${sqlName(kpis[i])}`),
    ...windowColumns(plan, basis, kpis),
  ];
  // With the total: one scan grouped twice, by month and group and by month alone (GROUPING SETS).
  const total = plan.withTotal ? `, GROUPING(g) = 1 AS ${TOTAL}` : '';
  return [
    `b_${basis} AS (`,
    `  SELECT m, g${total}${aggregates.map((a) => `,\n    ${a}`).join('')}`,
    '  FROM (',
    `    SELECT ${inner.join(',\n      ')}`,
    `    FROM ${ordersFrom(plan)}`,
    `    WHERE ${basisWhere(plan, basis).join('\n      AND ')}`,
    // PostgreSQL before 16 wants every subquery named.
    '  ) AS basis_orders',
    plan.withTotal ? '  GROUP BY GROUPING SETS ((m, g), (m))' : '  GROUP BY m, g',
    ')',
  ].join('\n');
}

/** The column that tells the total row from the groups' rows (KpiQueryOptions.withTotal). */
export const TOTAL = '"is_total"';

/**
 * The SQL of the KPI rows. Each date basis in use is one CTE (one scan, conditional aggregates);
 * under basis=natural the KPIs land on different dates, so the bases' rows are joined on
 * (month, group) through the union of their keys — a handful of small joins after the scans.
 */
export function kpiSql(plan: KpiPlan): string {
  const byBasis = new Map<DateBasis, KpiKey[]>(plan.bases.map((b) => [b, []]));
  for (const { kpi, basis } of plan.computed) byBasis.get(basis)!.push(kpi);
  const basisOf = new Map(plan.computed.map((c) => [c.kpi, c.basis]));
  const ctes = plan.bases.map((basis) => basisCte(plan, basis, byBasis.get(basis)!));
  const single = plan.bases.length === 1;
  const keys = single ? `b_${plan.bases[0]}` : 'k';
  const keyColumns = plan.withTotal ? `m, g, ${TOTAL}` : 'm, g';
  if (!single) ctes.push(`k AS (\n${plan.bases.map((b) => `  SELECT ${keyColumns} FROM b_${b}`).join('\n  UNION\n')}\n)`);

  const columns = [`${monthLabel(plan, `${keys}.m`)} AS "month"`, `${keys}.g AS "group"`, ...(plan.withTotal ? [`${keys}.${TOTAL}`] : [])];
  for (const kpi of KPI_KEYS) {
    const basis = basisOf.get(kpi);
    if (!basis) columns.push(`CAST(NULL AS ${plan.dialect.types.double}) AS ${sqlName(kpi)}`);
    else if (single) columns.push(`${keys}.${sqlName(kpi)}`);
    // A row that only another basis produced counted nothing here: a count is 0, the rest null.
    else if (isZeroWhenEmpty(kpi)) columns.push(`coalesce(b_${basis}.${sqlName(kpi)}, 0) AS ${sqlName(kpi)}`);
    else columns.push(`b_${basis}.${sqlName(kpi)}`);
  }
  columns.push(...windowRowColumns(plan, (basis) => (single ? keys : `b_${basis}`)));
  const joins = single
    ? []
    : plan.bases.map(
        (b) =>
          `LEFT JOIN b_${b} ON ${plan.dialect.sameKey(`b_${b}.m`, 'k.m', 'timestamp')} AND ${plan.dialect.sameKey(`b_${b}.g`, 'k.g', 'text')}` +
          (plan.withTotal ? ` AND b_${b}.${TOTAL} = k.${TOTAL}` : ''),
      );
  return [
    `WITH ${ctes.join(',\n')}`,
    `SELECT\n${indentLines(columns, '  ', ',')}`,
    `FROM ${keys}`,
    ...joins,
    // The total after the groups (a group of no name is NULL too).
    monthGroupOrder(plan, `${keys}.m`, `${keys}.g`) + (plan.withTotal ? `, ${keys}.${TOTAL}` : ''),
  ].join('\n');
}

/**
 * Compiles a KPI query to SQL (pure). Errors in the options (a bad as-of date, a cohort basis
 * whose date is not mapped) give no SQL; absent KPIs and ignored filters are issues too.
 */
export function compileKpiQuery(opts: KpiQueryOptions): { value: CompiledKpiQuery | null; issues: Issue[] } {
  const { value: plan, issues } = planKpiQuery(opts);
  if (!plan) return { value: null, issues };
  return {
    value: { sql: kpiSql(plan), kpis: plan.computed.map((c) => c.kpi), absent: plan.absent, withTotal: plan.withTotal },
    issues,
  };
}
