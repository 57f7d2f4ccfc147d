import type { Engine } from '../engine/engine';
import { DUCKDB_DIALECT, type SqlDialect } from '../kpi/dialect';
import { sqlDate, sqlString } from '../kpi/sql-parts';
import { addDays } from './calendar';
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
  /** The database the SQL is for (default DuckDB). */
  dialect?: SqlDialect;
}

/** The mapped fields of a row, in the schema's order (the row shown under an at-risk order). */
const fieldsOf = (present: readonly OrderField[]) => ORDER_FIELD_KEYS.filter((f) => present.includes(f));
const FIELD_PREFIX = 'field_';

const dialectOf = (q: AtRiskQuestion) => q.dialect ?? DUCKDB_DIALECT;
const asText = (q: AtRiskQuestion, sql: string) => `CAST(${sql} AS ${dialectOf(q).types.text})`;
const column = (q: AtRiskQuestion, field: OrderField) => (q.fieldsPresent.includes(field) ? `"${field}"` : asText(q, 'NULL'));

/**
 * The at-risk list's conditions (every line but the first starts with AND) and its order. The
 * last due day is worked out here (as-of + days), so the SQL needs no interval syntax, which
 * DuckDB and PostgreSQL write differently.
 */
function atRiskWhere(q: AtRiskQuestion): string[] {
  const asOfDay = sqlDate(q.asOf);
  const lastDue = sqlDate(addDays(q.asOf, Math.max(0, Math.floor(q.days))));
  const filters = Object.entries(q.filters ?? {})
    .filter(([field, values]) => values && values.length > 0 && q.fieldsPresent.includes(field as OrderField))
    .map(([field, values]) => `  AND "${field}" IN (${values!.map(sqlString).join(', ')})`);
  return [
    'WHERE NOT coalesce("cancelled", false)',
    '  AND "due" IS NOT NULL',
    `  AND ("delivered" IS NULL OR CAST("delivered" AS DATE) > ${asOfDay})`,
    `  AND CAST("due" AS DATE) <= ${lastDue}`,
    ...filters,
  ];
}

const daysLeftSql = (q: AtRiskQuestion) => dialectOf(q).daysFrom(sqlDate(q.asOf), 'CAST("due" AS DATE)');
/** By owner's name in byte order, as DuckDB sorts text, in every database. */
const orderSql = (q: AtRiskQuestion, prefix = '') =>
  `ORDER BY ${dialectOf(q).textOrder(`${prefix}"owner"`)} NULLS LAST, ${prefix}"days_left", ${prefix}"${prefix ? 'row' : '_row'}"`;

/**
 * The SQL of the at-risk list: not cancelled, not delivered by the as-of date (a delivery
 * after it is still open then, as in the KPIs), with a due day on or before as-of + `days`;
 * by owner's name, then most overdue first.
 */
export function atRiskSql(q: AtRiskQuestion): string {
  return [
    `SELECT "_row" AS "row", ${asText(q, '"order_id"')} AS "order_id", ${column(q, 'owner')} AS "owner", ${column(q, 'customer')} AS "customer",`,
    `  ${dialectOf(q).dayText('CAST("due" AS DATE)')} AS "due", ${daysLeftSql(q)} AS "days_left",`,
    `  ${fieldsOf(q.fieldsPresent).map((f) => `${asText(q, `"${f}"`)} AS "${FIELD_PREFIX}${f}"`).join(', ')}`,
    'FROM orders',
    ...atRiskWhere(q),
    orderSql(q),
    ...(q.limit !== undefined ? [`LIMIT ${Math.max(0, Math.floor(q.limit))}`] : []),
  ].join('\n');
}

/**
 * The first `limit` at-risk rows and how many there are in all (`total`), in one scan: the
 * order's keys are picked and counted first (the count over the rows that pass, before the
 * limit), then only those rows get every field as text. At 1M rows 56 ms against 107 ms for
 * the list with its fields plus a count query (bench/child/review-answer.ts).
 */
export function atRiskTopSql(q: AtRiskQuestion & { limit: number }): string {
  return [
    'WITH hit AS (',
    `  SELECT "_row", ${column(q, 'owner')} AS "owner", ${daysLeftSql(q)} AS "days_left", count(*) OVER () AS "total"`,
    '  FROM orders',
    ...atRiskWhere(q).map((line) => `  ${line}`),
    `  ${orderSql(q)}`,
    `  LIMIT ${Math.max(0, Math.floor(q.limit))}`,
    ')',
    `SELECT x.*, hit."total" FROM (${atRiskSql({ ...q, limit: undefined }).replace(`\n${orderSql(q)}`, '')}) AS x JOIN hit ON x."row" = hit."_row"`,
    orderSql(q, 'x.'),
  ].join('\n');
}

const text = (v: unknown) => (v === null || v === undefined ? null : String(v));
// A date read without a time of day reads as a date.
const fieldText = (v: unknown) => text(v)?.replace(/ 00:00:00$/, '') ?? null;

/**
 * The first `limit` rows with their total, for a database other than DuckDB: one query, the
 * count a window over the rows that pass. atRiskTopSql's join on `_row` would read the table
 * twice, and a database's row numbers (row_number() OVER () of a scan, see mapped-orders.ts)
 * need not come out the same in two scans.
 */
export function atRiskCountedSql(q: AtRiskQuestion & { limit: number }): string {
  const listed = atRiskSql(q);
  return listed.replace(/^SELECT /, 'SELECT count(*) OVER () AS "total", ');
}

/** The at-risk orders (none when the orders have no due date) and how many there are in all. */
export async function atRiskOrders(engine: Pick<Engine, 'query'>, q: AtRiskQuestion): Promise<{ orders: AtRiskOrder[]; total: number }> {
  if (!q.fieldsPresent.includes('due')) return { orders: [], total: 0 };
  // A limit of 0 leaves no row to carry the total: then it is counted on its own.
  const top = q.limit !== undefined && q.limit >= 1;
  const topSql = dialectOf(q).name === 'duckdb' ? atRiskTopSql : atRiskCountedSql;
  const [result, count] = await Promise.all([
    engine.query(top ? topSql({ ...q, limit: q.limit! }) : atRiskSql(q)),
    q.limit !== undefined && !top ? engine.query(`SELECT count(*) AS n FROM (${atRiskSql({ ...q, limit: undefined })}) AS listed`) : null,
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
  const total = top ? Number(result.rows[0]?.total ?? 0) : count ? Number(count.rows[0]?.n ?? 0) : orders.length;
  return { orders, total };
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
