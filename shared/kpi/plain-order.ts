import type { Column, ColumnTable } from '../schema/columns';
import { ORDER_FIELD_KEYS, type FieldKind, type ORDER_FIELDS, type OrderField } from '../schema/fields';

/**
 * One order as a plain object, for the reference implementation and for test fixtures a person
 * can read: dates are wall-clock text ("2026-10-05" or "2026-10-05 14:30"), numbers are
 * numbers, yes/no are booleans, a missing key or null is a blank cell.
 */
type PlainValue<K extends FieldKind> = K extends 'number' ? number : K extends 'bool' ? boolean : string;

export type PlainOrder = {
  [F in OrderField]?: PlainValue<(typeof ORDER_FIELDS)[F]['kind']> | null;
} & {
  /** Status says cancel/void/取消/作废. */
  cancelled?: boolean;
};

const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?)?$/;

/** Wall-clock epoch ms of "YYYY-MM-DD[ HH:MM[:SS[.mmm]]]": the date-time read as if it were UTC. */
export function wallClockMs(text: string): number {
  const m = DATE_TIME.exec(text);
  if (!m) throw new Error(`not a wall-clock date-time: ${text}`);
  const [y, mo, d, h, mi, s] = m.slice(1, 7).map((part) => Number(part ?? 0));
  const ms = Number((m[7] ?? '0').padEnd(3, '0'));
  return Date.UTC(y, mo - 1, d, h, mi, s, ms);
}

/** The calendar day of a wall-clock date-time text: "2026-10-05 14:30" → "2026-10-05". */
export function dayOf(text: string): string {
  return text.slice(0, 10);
}

/** The calendar month: "2026-10-05 14:30" → "2026-10". */
export function monthOfText(text: string): string {
  return text.slice(0, 7);
}

/** Wall-clock epoch ms → "YYYY-MM-DD HH:MM:SS.mmm" (the inverse of wallClockMs). */
export function wallClockText(ms: number): string {
  return new Date(ms).toISOString().slice(0, 23).replace('T', ' ');
}

/**
 * The typed orders table (as ingest makes it) as plain orders, for the reference
 * implementation — e.g. the benchmark's "same KPIs in plain TypeScript" line.
 */
export function plainOrdersOf(table: ColumnTable): PlainOrder[] {
  const orders: PlainOrder[] = Array.from({ length: table.rowCount }, () => ({}));
  for (const field of ORDER_FIELD_KEYS) {
    const column = table.columns[field];
    if (!column) continue;
    for (let i = 0; i < table.rowCount; i++) {
      (orders[i] as Record<string, unknown>)[field] = cellOf(column, i);
    }
  }
  const cancelled = table.columns.cancelled;
  if (cancelled) for (let i = 0; i < table.rowCount; i++) orders[i].cancelled = cellOf(cancelled, i) === true;
  return orders;
}

function cellOf(column: Column, i: number): string | number | boolean | null {
  switch (column.kind) {
    case 'text':
      return column.values[i];
    case 'int':
      return column.values[i];
    case 'date':
      return column.valid[i] ? wallClockText(column.values[i]) : null;
    case 'number':
      return column.valid[i] ? column.values[i] : null;
    case 'bool':
      return column.valid[i] ? column.values[i] !== 0 : null;
  }
}
