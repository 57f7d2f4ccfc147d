import { ORDER_FIELD_KEYS } from '../schema/fields';
import type { Issue } from '../schema/issues';
import { KPI_CATALOG } from './catalog';
import type { KpiKey } from './keys';
import { isIsoMonth, MONTH_ALL, planKpiQuery, type KpiQueryOptions } from './options';
import { basisWhere, factColumns, monthAfter, ordersFrom, sqlDate, sqlName, sqlString } from './sql-parts';

/** One cell of the KPI table: which number was clicked. */
export interface KpiCell {
  kpi: KpiKey;
  /** "YYYY-MM", or "all" for a row over the whole range. */
  month: string;
  /** The row's group (null = blank, or grouping none). */
  group: string | null;
}

export interface OrdersBehindQuery {
  /**
   * Rows: `_row` (the sheet row), the mapped fields, and `counted` — true for the orders the
   * numerator counts (on time, with errors, resolved, complained), NULL when the KPI has none.
   */
  sql: string;
}

/**
 * The SQL listing the orders behind one number (the dashboard's "click a cell → the orders"):
 * the same scope, basis and as-of rules as compileKpiQuery, narrowed to the cell, keeping the
 * orders the KPI is computed over (e.g. for the on-time rate: delivered or open past due).
 */
export function compileOrdersBehindQuery(
  opts: KpiQueryOptions & { cell: KpiCell },
): { value: OrdersBehindQuery | null; issues: Issue[] } {
  const { cell } = opts;
  const { value: plan, issues } = planKpiQuery({ ...opts, kpis: [cell.kpi] });
  if (cell.month !== MONTH_ALL && !isIsoMonth(cell.month)) {
    issues.push({ sheet: '', cell: '', severity: 'error', code: 'kpiBadMonthCell', params: { value: cell.month } });
  }
  if (!plan || plan.computed.length === 0 || issues.some((issue) => issue.severity === 'error')) {
    return { value: null, issues };
  }
  const { basis } = plan.computed[0];
  const definition = KPI_CATALOG[cell.kpi];
  const where = basisWhere(plan, basis);
  if (cell.month !== MONTH_ALL) {
    where.push(`${sqlName(basis)} >= ${sqlDate(`${cell.month}-01`)}`, `${sqlName(basis)} < ${sqlDate(monthAfter(cell.month))}`);
  }
  if (plan.groupField) {
    const field = sqlName(plan.groupField);
    where.push(cell.group === null ? `${field} IS NULL` : `${field} = ${sqlString(cell.group)}`);
  }
  const fields = ORDER_FIELD_KEYS.filter((field) => opts.fieldsPresent.includes(field)).map(sqlName);
  // A hit on a NULL (e.g. on time, for an order not delivered) is a plain "no".
  const counted = definition.hit ? `coalesce(${definition.hit}, false)` : `CAST(NULL AS ${plan.dialect.types.boolean})`;
  const inner = ['*', ...factColumns(plan, definition.uses)];
  const sql = [
    `SELECT "_row", ${fields.join(', ')}, ${counted} AS "counted"`,
    `FROM (`,
    `  SELECT ${inner.join(',\n    ')}`,
    `  FROM ${ordersFrom(plan)}`,
    `  WHERE ${where.join('\n    AND ')}`,
    `) AS cell_orders`,
    definition.population ? `WHERE ${definition.population}` : '',
    `ORDER BY "_row"`,
  ]
    .filter((line) => line !== '')
    .join('\n');
  return { value: { sql }, issues };
}
