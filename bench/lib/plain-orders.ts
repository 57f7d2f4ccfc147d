import type { PlainOrder } from '../../shared/kpi/index';
import type { ColumnTable } from '../../shared/schema/columns';
import { ORDER_FIELD_KEYS } from '../../shared/schema/fields';

/**
 * The typed table back as plain order objects, the reference implementation's input. Dates
 * become wall-clock text ("2026-10-05 14:30:00.000"), as the reference reads them.
 */
export function plainOrdersOf(table: ColumnTable): PlainOrder[] {
  const orders: PlainOrder[] = Array.from({ length: table.rowCount }, () => ({}));
  for (const field of ORDER_FIELD_KEYS) {
    const column = table.columns[field];
    if (!column) continue;
    const target = orders as Record<string, unknown>[];
    for (let i = 0; i < table.rowCount; i++) {
      switch (column.kind) {
        case 'text':
          if (column.values[i] !== null) target[i][field] = column.values[i];
          break;
        case 'date':
          if (column.valid[i]) target[i][field] = new Date(column.values[i]).toISOString().slice(0, 23).replace('T', ' ');
          break;
        case 'number':
          if (column.valid[i]) target[i][field] = column.values[i];
          break;
        case 'bool':
          if (column.valid[i]) target[i][field] = column.values[i] === 1;
          break;
        case 'int':
          target[i][field] = column.values[i];
      }
    }
  }
  const cancelled = table.columns.cancelled;
  if (cancelled?.kind === 'bool') for (let i = 0; i < table.rowCount; i++) orders[i].cancelled = cancelled.values[i] === 1;
  return orders;
}
