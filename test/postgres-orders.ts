import type pg from 'pg';
import type { PlainOrder } from '../shared/kpi/plain-order';
import type { FieldMatch } from '../shared/mapping/index';
import { ORDER_FIELD_KEYS, type OrderField } from '../shared/schema/fields';

/**
 * Plain orders into a typed PostgreSQL table, as a company database holds them: timestamps,
 * a `date` due column, numeric amounts, integer scores, booleans, and a status text that says
 * "Cancelled" (the source works cancelled out of it, as ingest does for a sheet).
 */
export const ORDERS_COLUMNS: Record<OrderField, string> = {
  order_id: 'text',
  owner: 'text',
  team: 'varchar(40)',
  customer: 'text',
  supplier: 'text',
  created: 'timestamp',
  due: 'date',
  delivered: 'timestamp',
  status: 'text',
  stage: 'text',
  amount: 'numeric(12,2)',
  errors: 'integer',
  satisfaction: 'smallint',
  response_hours: 'double precision',
  resolved: 'boolean',
  complaint: 'boolean',
};

/** The mapping a header detection would give a table with a column per field, named like it. */
export const IDENTITY_MAPPING: Partial<Record<OrderField, FieldMatch>> = Object.fromEntries(
  ORDER_FIELD_KEYS.map((field, column) => [field, { column, header: field, confidence: 1 }]),
);

export const ORDERS_SOURCE_COLUMNS = ORDER_FIELD_KEYS.map((field) => ({
  name: field,
  type: ORDERS_COLUMNS[field].replace(/^varchar.*/, 'character varying').replace(/^numeric.*/, 'numeric').replace(/^timestamp$/, 'timestamp without time zone'),
}));

export async function createOrdersTable(client: pg.Client | pg.PoolClient, table: string): Promise<void> {
  await client.query(`DROP TABLE IF EXISTS ${table}`);
  await client.query(`CREATE TABLE ${table} (${ORDER_FIELD_KEYS.map((f) => `"${f}" ${ORDERS_COLUMNS[f]}`).join(', ')})`);
}

/** Replaces the table's rows with these orders, in this order. */
export async function insertOrders(client: pg.Client | pg.PoolClient, table: string, orders: readonly PlainOrder[]): Promise<void> {
  await client.query(`TRUNCATE ${table}`);
  const perRow = ORDER_FIELD_KEYS.length;
  for (let start = 0; start < orders.length; start += 500) {
    const chunk = orders.slice(start, start + 500);
    const values: unknown[] = [];
    const rows = chunk.map((order, r) => {
      for (const field of ORDER_FIELD_KEYS) {
        const v = field === 'status' ? (order.status ?? (order.cancelled ? 'Cancelled' : null)) : order[field];
        values.push(v ?? null);
      }
      return `(${ORDER_FIELD_KEYS.map((_, c) => `$${r * perRow + c + 1}`).join(', ')})`;
    });
    await client.query(`INSERT INTO ${table} VALUES ${rows.join(', ')}`, values);
  }
}
