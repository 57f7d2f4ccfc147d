import type { Engine } from '../../shared/engine/index';
import { sqlString } from '../../shared/kpi/index';
import type { LoadedData } from '../../shared/pipeline/index';

/** An open order that is overdue or falls due within the window, as of a date. */
export interface AtRiskOrder {
  /** 1-based row of the order in its sheet. */
  row: number;
  orderId: string;
  owner: string | null;
  customer: string | null;
  due: string;
  /** Due date minus the as-of date in days: negative = overdue. */
  daysLeft: number;
}

/**
 * The SQL of the at-risk list: not cancelled, not delivered by the as-of date (a delivery
 * after it is still open then, as in the KPIs), with a due day on or before as-of + `days`.
 */
export function atRiskSql(asOf: string, days: number): string {
  const asOfDay = `DATE ${sqlString(asOf)}`;
  return [
    'SELECT "_row" AS row, CAST("order_id" AS VARCHAR) AS order_id, "owner", "customer",',
    `  strftime(CAST("due" AS DATE), '%Y-%m-%d') AS due, date_diff('day', ${asOfDay}, CAST("due" AS DATE)) AS days_left`,
    'FROM orders',
    'WHERE NOT coalesce("cancelled", false)',
    '  AND "due" IS NOT NULL',
    `  AND ("delivered" IS NULL OR CAST("delivered" AS DATE) > ${asOfDay})`,
    `  AND CAST("due" AS DATE) <= ${asOfDay} + INTERVAL ${Math.max(0, Math.floor(days))} DAY`,
    'ORDER BY "owner" NULLS LAST, days_left, "_row"',
  ].join('\n');
}

export async function atRiskOrders(engine: Engine, loaded: LoadedData, asOf: string, days: number): Promise<AtRiskOrder[]> {
  if (!loaded.fieldsPresent.includes('due')) return [];
  const result = await engine.query(atRiskSql(asOf, days));
  return result.rows.map((r) => ({
    row: Number(r.row),
    orderId: String(r.order_id ?? ''),
    owner: r.owner === null || r.owner === undefined ? null : String(r.owner),
    customer: r.customer === null || r.customer === undefined ? null : String(r.customer),
    due: String(r.due),
    daysLeft: Number(r.days_left),
  }));
}

/** Orders grouped by owner, in the order given (owners by name, most overdue first). */
export function byOwner(orders: readonly AtRiskOrder[]): { owner: string | null; orders: AtRiskOrder[] }[] {
  const groups = new Map<string | null, AtRiskOrder[]>();
  for (const o of orders) {
    const list = groups.get(o.owner);
    if (list) list.push(o);
    else groups.set(o.owner, [o]);
  }
  return [...groups].map(([owner, list]) => ({ owner, orders: list }));
}
