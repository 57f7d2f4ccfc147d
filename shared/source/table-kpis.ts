import type { PostgresConnector } from '../engine/postgres';
import { attachTargets, compileKpiQuery } from '../kpi/index';
import { toKpiRow } from '../pipeline/compute-kpis';
import type { KpiQuery, KpiResult } from '../pipeline/types';
import { withOrders } from './mapped-orders';
import type { TableOrders } from './table-orders';

/**
 * computeKpis (shared/pipeline) for a database table: the same compiled query in the database's
 * dialect, run in the database over the mapped select, the same rows and targets.
 */
export async function computeTableKpis(db: PostgresConnector, source: TableOrders, q: KpiQuery): Promise<KpiResult> {
  const { loaded } = source;
  const compiled = compileKpiQuery({
    fieldsPresent: loaded.fieldsPresent,
    basis: q.basis,
    group: q.group,
    asOf: q.asOf,
    from: q.from,
    // As computeKpis: months after the as-of month only when asked for.
    to: q.to ?? q.asOf.slice(0, 7),
    filters: q.filters,
    perMonth: q.perMonth,
    ordersAcrossGroups: loaded.ordersAcrossGroups,
    dialect: db.dialect,
  });
  if (!compiled.value) return { rows: [], absent: [], kpis: [], issues: compiled.issues, sql: null };
  const { kpis, absent } = compiled.value;
  const sql = withOrders(compiled.value.sql, source.orders);
  const result = await db.query(sql);
  const rows = attachTargets(result.rows.map(toKpiRow), loaded.targets, {
    group: q.group,
    teamOf: (owner) => loaded.teamOf[owner] ?? null,
  });
  return { rows, absent, kpis, issues: compiled.issues, sql };
}
