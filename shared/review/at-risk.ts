import type { Engine } from '../engine/engine';
import { sqlString } from '../kpi/sql-parts';
import type { KpiFilters } from '../kpi/options';
import { ORDER_FIELD_KEYS, type OrderField } from '../schema/fields';

/** An open order that is overdue or falls due within the window, as of a date. */
export interface AtRiskOrder {
  /** 1-based row of the order in its sheet. */
  row: number;
  orderId: string;
  owner: string | null;
  customer: string | null;
  due: string;
  /** Due date minus the as-of date in days: negative = overdue (−3 = three days late). */
  daysLeft: number;
  /** The order's row as read, every mapped field as text: what "show the row" shows. */
  fields: Partial<Record<OrderField, string | null>>;
}

export interface AtRiskQuestion {
  asOf: string;
  /** Due within this many days of the as-of date (overdue ones always). */
  days: number;
  fieldsPresent: readonly OrderField[];
  filters?: KpiFilters;
  /** At most this many rows (the total is counted apart). */
  limit?: number;
}

/** The mapped fields of a row, in the schema's order (the row shown under an at-risk order). */
const fieldsOf = (present: readonly OrderField[]) => ORDER_FIELD_KEYS.filter((f) => present.includes(f));
const FIELD_PREFIX = 'field_';

const column = (fields: readonly OrderField[], field: OrderField) => (fields.includes(field) ? `"${field}"` : 'CAST(NULL AS VARCHAR)');

/**
 * The SQL of the at-risk list: not cancelled, not delivered by the as-of date (a delivery
 * after it is still open then, as in the KPIs), with a due day on or before as-of + `days`;
 * by owner's name, then most overdue first.
 */
export function atRiskSql(q: AtRiskQuestion): string {
  const asOfDay = `DATE ${sqlString(q.asOf)}`;
  const filters = Object.entries(q.filters ?? {})
    .filter(([field, values]) => values && values.length > 0 && q.fieldsPresent.includes(field as OrderField))
    .map(([field, values]) => `  AND "${field}" IN (${values!.map(sqlString).join(', ')})`);
  return [
    `SELECT "_row" AS row, CAST("order_id" AS VARCHAR) AS order_id, ${column(q.fieldsPresent, 'owner')} AS owner, ${column(q.fieldsPresent, 'customer')} AS customer,`,
    `  strftime(CAST("due" AS DATE), '%Y-%m-%d') AS due, date_diff('day', ${asOfDay}, CAST("due" AS DATE)) AS days_left,`,
    `  ${fieldsOf(q.fieldsPresent).map((f) => `CAST("${f}" AS VARCHAR) AS "${FIELD_PREFIX}${f}"`).join(', ')}`,
    'FROM orders',
    'WHERE NOT coalesce("cancelled", false)',
    '  AND "due" IS NOT NULL',
    `  AND ("delivered" IS NULL OR CAST("delivered" AS DATE) > ${asOfDay})`,
    `  AND CAST("due" AS DATE) <= ${asOfDay} + INTERVAL ${Math.max(0, Math.floor(q.days))} DAY`,
    ...filters,
    'ORDER BY owner NULLS LAST, days_left, "_row"',
    ...(q.limit !== undefined ? [`LIMIT ${Math.max(0, Math.floor(q.limit))}`] : []),
  ].join('\n');
}

const text = (v: unknown) => (v === null || v === undefined ? null : String(v));
// A date read without a time of day reads as a date.
const fieldText = (v: unknown) => text(v)?.replace(/ 00:00:00$/, '') ?? null;

/** The at-risk orders (none when the orders have no due date) and how many there are in all. */
export async function atRiskOrders(engine: Engine, q: AtRiskQuestion): Promise<{ orders: AtRiskOrder[]; total: number }> {
  if (!q.fieldsPresent.includes('due')) return { orders: [], total: 0 };
  const sql = atRiskSql(q);
  const [result, count] = await Promise.all([
    engine.query(sql),
    q.limit !== undefined ? engine.query(`SELECT count(*) AS n FROM (${atRiskSql({ ...q, limit: undefined })})`) : null,
  ]);
  const orders = result.rows.map((r) => ({
    row: Number(r.row),
    orderId: String(r.order_id ?? ''),
    owner: text(r.owner),
    customer: text(r.customer),
    due: String(r.due),
    daysLeft: Number(r.days_left),
    fields: Object.fromEntries(fieldsOf(q.fieldsPresent).map((f) => [f, fieldText(r[`${FIELD_PREFIX}${f}`])])),
  }));
  return { orders, total: count ? Number(count.rows[0]?.n ?? 0) : orders.length };
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
