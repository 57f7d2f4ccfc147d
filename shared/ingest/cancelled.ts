import type { BoolColumn, TextColumn } from '../schema/columns';

const CANCEL_WORDS = ['cancel', 'void', '取消', '作废'];

/** A status that means the order is off: cancel/canceled/cancelled, void, 取消/已取消, 作废. */
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
