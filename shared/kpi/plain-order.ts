import type { FieldKind, ORDER_FIELDS, OrderField } from '../schema/fields';

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
