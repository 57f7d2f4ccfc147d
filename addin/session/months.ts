/** Calendar months as "YYYY-MM" text. */

export function shiftMonth(month: string, by: number): string {
  const [y, m] = month.split('-').map(Number);
  const index = y * 12 + (m - 1) + by;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** Today's date in the user's calendar, YYYY-MM-DD (dates are wall-clock, never shifted). */
export function localToday(now = new Date()): string {
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

/**
 * The default range of the KPI view: the latest month of the data that is not after the
 * as-of month, and the eleven before it (a year of trend), within the data's months.
 */
export function defaultRange(months: readonly string[], asOf: string): { from: string; to: string } | null {
  if (months.length === 0) return null;
  const asOfMonth = asOf.slice(0, 7);
  const to = [...months].reverse().find((m) => m <= asOfMonth) ?? months[0];
  const from = [shiftMonth(to, -11), months[0]].sort()[1];
  return { from, to };
}
