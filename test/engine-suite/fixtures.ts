import type { ColumnTable } from '../../shared/schema/columns';

/** Wall-clock epoch ms of a date-time, as ingest makes them (month 1–12). */
export function wallClock(year: number, month: number, day: number, hour = 0, minute = 0, second = 0, ms = 0): number {
  return Date.UTC(year, month - 1, day, hour, minute, second, ms);
}

/** Three readable orders covering every column kind, nulls, Chinese, emoji and "" vs null. */
export function threeOrders(): ColumnTable {
  return {
    rowCount: 3,
    columns: {
      order_id: { kind: 'text', values: ['A-1', 'B-2', 'C-3'] },
      owner: { kind: 'text', values: ['张三', '', null] },
      customer: { kind: 'text', values: ['Café 😀', 'O"Brien', '李四 & Co'] },
      created: {
        kind: 'date',
        values: new Float64Array([wallClock(2026, 10, 5, 8, 30), wallClock(1900, 3, 1), 0]),
        valid: new Uint8Array([1, 1, 0]),
      },
      amount: { kind: 'number', values: new Float64Array([1250.5, 0, -3]), valid: new Uint8Array([1, 0, 1]) },
      resolved: { kind: 'bool', values: new Uint8Array([1, 0, 0]), valid: new Uint8Array([1, 1, 0]) },
      source_row: { kind: 'int', values: new Int32Array([2, 3, 4]) },
    },
  };
}

/**
 * `rowCount` generated orders following simple rules a reader can recompute:
 * row i: owner "owner {i % 30}" (null when i % 11 = 0), amount (i % 100) + 0.25 (null when
 * i % 7 = 0), created 2024-01-01 00:00 plus i minutes, resolved when i % 3 = 0, source_row i.
 */
export function generatedOrders(rowCount: number): ColumnTable {
  const owner: (string | null)[] = new Array(rowCount);
  const amount = new Float64Array(rowCount);
  const amountValid = new Uint8Array(rowCount);
  const created = new Float64Array(rowCount);
  const resolved = new Uint8Array(rowCount);
  const sourceRow = new Int32Array(rowCount);
  for (let i = 0; i < rowCount; i++) {
    owner[i] = i % 11 === 0 ? null : `owner ${i % 30}`;
    amount[i] = (i % 100) + 0.25;
    amountValid[i] = i % 7 === 0 ? 0 : 1;
    created[i] = wallClock(2024, 1, 1) + i * 60_000;
    resolved[i] = i % 3 === 0 ? 1 : 0;
    sourceRow[i] = i;
  }
  return {
    rowCount,
    columns: {
      owner: { kind: 'text', values: owner },
      amount: { kind: 'number', values: amount, valid: amountValid },
      created: { kind: 'date', values: created, valid: new Uint8Array(rowCount).fill(1) },
      resolved: { kind: 'bool', values: resolved, valid: new Uint8Array(rowCount).fill(1) },
      source_row: { kind: 'int', values: sourceRow },
    },
  };
}
