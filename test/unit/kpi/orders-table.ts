import type { Column, ColumnTable } from '../../../shared/schema/columns';
import { ORDER_FIELDS, ORDER_FIELD_KEYS } from '../../../shared/schema/fields';
import { wallClockMs, type PlainOrder } from '../../../shared/kpi/plain-order';

/**
 * Plain order objects → the `orders` table as ingest makes it: one column per order field
 * (all-NULL when an order never sets it), `cancelled`, and `_row` (sheet row; row 1 is the header).
 */
export function ordersTable(orders: readonly PlainOrder[]): ColumnTable {
  const n = orders.length;
  const columns: Record<string, Column> = {};
  for (const field of ORDER_FIELD_KEYS) {
    const kind = ORDER_FIELDS[field].kind;
    if (kind === 'text') {
      columns[field] = { kind, values: orders.map((o) => (o[field] as string | null | undefined) ?? null) };
      continue;
    }
    const values = kind === 'bool' ? new Uint8Array(n) : new Float64Array(n);
    const valid = new Uint8Array(n);
    orders.forEach((o, i) => {
      const v = o[field];
      if (v == null) return;
      valid[i] = 1;
      values[i] = typeof v === 'string' ? wallClockMs(v) : Number(v);
    });
    columns[field] =
      kind === 'bool'
        ? { kind, values: values as Uint8Array, valid }
        : { kind, values: values as Float64Array, valid };
  }
  columns.cancelled = {
    kind: 'bool',
    values: Uint8Array.from(orders, (o) => (o.cancelled ? 1 : 0)),
    valid: new Uint8Array(n).fill(1),
  };
  columns._row = { kind: 'int', values: Int32Array.from(orders, (_, i) => i + 2) };
  return { rowCount: n, columns };
}
