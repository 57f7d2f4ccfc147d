import { ORDER_FIELD_KEYS, type OrderField } from '../schema/fields';
import { quoteIdentifier } from '../engine/sql-identifier';
import type { MappedOrders } from './mapped-orders';

/*
 * The orders of a table whose ids repeat, as the KPI queries read them (table-shape.ts says
 * which shape): the same columns as the mapped select (every field, `cancelled`, `_row`).
 */

/** A row without an order id is an order of its own: it is never a line of another. */
const ORDER = `PARTITION BY "order_id", CASE WHEN "order_id" IS NULL THEN "_row" END`;
const WHOLE = 'ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING';

const name = quoteIdentifier;

/** The first line's value, of the lines that have one (first_value over the lines with a value first). */
const firstSet = (field: string) => `first_value(${name(field)}) OVER (${ORDER} ORDER BY (${name(field)} IS NULL), "_row" ${WHOLE})`;

/**
 * How each order-level field is taken from its lines, as order-lines.ts settles them: the
 * earliest created, the latest due and delivered, an error, a complaint or a cancellation on
 * any line; status, stage, score, response and resolution from the first line with one.
 */
const SETTLED: Partial<Record<OrderField | 'cancelled', (field: string) => string>> = {
  created: (f) => `min(${name(f)}) OVER (${ORDER})`,
  due: (f) => `max(${name(f)}) OVER (${ORDER})`,
  delivered: (f) => `max(${name(f)}) OVER (${ORDER})`,
  errors: (f) => `max(${name(f)}) OVER (${ORDER})`,
  complaint: (f) => `bool_or(${name(f)}) OVER (${ORDER})`,
  cancelled: (f) => `bool_or(${name(f)}) OVER (${ORDER})`,
  status: firstSet,
  stage: firstSet,
  satisfaction: firstSet,
  response_hours: firstSet,
  resolved: firstSet,
  // A group left blank on a further line is the order's (Shopify writes them once).
  owner: (f) => `coalesce(${name(f)}, ${firstSet(f)})`,
  team: (f) => `coalesce(${name(f)}, ${firstSet(f)})`,
  customer: (f) => `coalesce(${name(f)}, ${firstSet(f)})`,
  supplier: (f) => `coalesce(${name(f)}, ${firstSet(f)})`,
};

const COLUMNS = [...ORDER_FIELD_KEYS, 'cancelled'] as const;

function withAndWithoutRow(inner: string): MappedOrders['sql'][] {
  const fields = COLUMNS.map((c) => name(c)).join(', ');
  return [`SELECT ${fields}, "_row" FROM (\n${inner}\n) AS combined`, `SELECT ${fields} FROM (\n${inner}\n) AS combined`];
}

/**
 * Order lines: each line keeps its row (the KPI SQL sums an order's amounts per group, see
 * ordersFrom in shared/kpi/sql-parts.ts), with the order's settled fields. `amountOnce`: every
 * line repeats the order's total, which then stays on its first line only.
 */
export function orderLinesSql(raw: MappedOrders, amountOnce: boolean): MappedOrders {
  const columns = COLUMNS.map((c) => {
    if (c === 'amount' && amountOnce) return `CASE WHEN "_row" = min("_row") FILTER (WHERE "amount" IS NOT NULL) OVER (${ORDER}) THEN "amount" END AS "amount"`;
    const settle = SETTLED[c];
    return settle ? `${settle(c)} AS ${name(c)}` : name(c);
  });
  const [sql, sqlWithoutRow] = withAndWithoutRow(`SELECT ${[...columns, '"_row"'].join(',\n  ')}\nFROM (\n${raw.sql}\n) AS lines`);
  return { sql, sqlWithoutRow, fieldsPresent: raw.fieldsPresent };
}

/**
 * A history (one row per change): each id's latest row, by the change column (a modification
 * count, an updated-at time; blanks last, a tie going to the later row), else the table's order
 * (PostgreSQL's scan order, which for a table written once is the order it was written in).
 */
export function latestStateSql(raw: MappedOrders, changeAlias: string | null): MappedOrders {
  const order = [...(changeAlias ? [`${name(changeAlias)} DESC NULLS LAST`] : []), '"_row" DESC'].join(', ');
  const inner = `SELECT * FROM (\nSELECT *, row_number() OVER (${ORDER} ORDER BY ${order}) AS "_latest"\nFROM (\n${raw.sql}\n) AS changes\n) AS ranked WHERE "_latest" = 1`;
  const [sql, sqlWithoutRow] = withAndWithoutRow(inner);
  return { sql, sqlWithoutRow, fieldsPresent: raw.fieldsPresent };
}
