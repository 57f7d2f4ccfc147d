import { attachTargets, MONTH_ALL, type KpiRow, type KpiRowWithTargets } from '../../shared/kpi/index';
import type { TargetRow } from '../../shared/schema/index';

/**
 * attachTargets (shared/kpi), handed for each row only the target rows of its month and of
 * every month: a row for another month can never apply, so the result is the same, but a
 * member × month grid looks at ~25 target rows per cell instead of every row of the sheet.
 */
export function attachTargetsByMonth(
  rows: readonly KpiRow[],
  targets: readonly TargetRow[],
  opts: Parameters<typeof attachTargets>[2],
): KpiRowWithTargets[] {
  const everyMonth: number[] = [];
  const byMonth = new Map<string, number[]>();
  targets.forEach((t, i) => {
    if (t.month === null) everyMonth.push(i);
    else {
      const list = byMonth.get(t.month);
      if (list) list.push(i);
      else byMonth.set(t.month, [i]);
    }
  });
  const candidates = new Map<string, TargetRow[]>();
  const forMonth = (month: string): TargetRow[] => {
    let list = candidates.get(month);
    if (!list) {
      // Original order kept: on a tie the first row wins, as in attachTargets.
      const indexes = month === MONTH_ALL ? everyMonth : [...everyMonth, ...(byMonth.get(month) ?? [])].sort((a, b) => a - b);
      list = indexes.map((i) => targets[i]);
      candidates.set(month, list);
    }
    return list;
  };
  return rows.map((row) => attachTargets([row], forMonth(row.month), opts)[0]);
}
