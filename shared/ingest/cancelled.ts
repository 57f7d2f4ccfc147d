import type { BoolColumn, TextColumn } from '../schema/columns';
import type { CellValue } from '../schema/workbook';
import { isAbsent } from './order-rows';

// 交易关闭 is Taobao's "trade closed": never paid, or refunded in full. A plain 关闭/已关闭
// is not here: in a ticket system it means "closed" = done.
export const CANCEL_WORDS = ['cancel', 'void', '取消', '作废', '交易关闭'];

/** isCancelledStatus in SQL, over a status text (NULL: not cancelled). */
export function cancelledStatusSql(status: string): string {
  const words = CANCEL_WORDS.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
  return `coalesce(regexp_matches(lower(${status}), '${words}'), false)`;
}

/** A status that means the order is off: cancel/canceled/cancelled, void, 取消/已取消, 作废, 交易关闭. */
export function isCancelledStatus(status: string): boolean {
  const s = status.toLowerCase();
  return CANCEL_WORDS.some((w) => s.includes(w));
}

/** cancelled = the status says so; false (not null) when there is no status. */
export function cancelledColumn(status: TextColumn | null, n: number): BoolColumn {
  const values = new Uint8Array(n);
  const valid = new Uint8Array(n).fill(1);
  if (status) {
    const known = new Map<string, boolean>();
    for (let i = 0; i < n; i++) {
      const s = status.values[i];
      if (s === null) continue;
      let yes = known.get(s);
      if (yes === undefined) {
        yes = isCancelledStatus(s);
        known.set(s, yes);
      }
      if (yes) values[i] = 1;
    }
  }
  return { kind: 'bool', values, valid };
}

/*
 * Shops (Shopify's "Cancelled at") and some ERPs (取消时间) say an order is cancelled by the
 * date it was, not by a status. Such a column is no field of its own; an order with a value
 * in it is cancelled, whatever its status column says.
 */
const CANCEL_DATE_HEADERS = new Set(
  [
    'cancelled at', 'canceled at', 'cancelled on', 'canceled on', 'cancelled date', 'canceled date', 'cancel date',
    'cancellation date', 'date cancelled', 'date canceled', 'cancelled time', 'cancel time',
    '取消时间', '取消日期', '作废时间', '作废日期', '撤单时间', '撤单日期',
  ].map(compactHeader),
);

function compactHeader(header: string): string {
  return header.normalize('NFKC').toLowerCase().replace(/[\s_\-.:：()（）]+/g, '');
}

/** The column (not already mapped to a field) that holds cancellation dates, or -1. */
export function cancelDateColumn(headers: readonly string[], mappedColumns: ReadonlySet<number>): number {
  return headers.findIndex((h, c) => !mappedColumns.has(c) && CANCEL_DATE_HEADERS.has(compactHeader(h)));
}

/** Mark as cancelled every order whose cancellation-date cell is filled. */
export function markCancelledByDate(cancelled: BoolColumn, values: CellValue[][], rows: Int32Array, col: number): void {
  for (let i = 0; i < rows.length; i++) if (!isAbsent(values[rows[i]][col])) cancelled.values[i] = 1;
}
