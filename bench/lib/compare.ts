import { KPI_KEYS } from '../../shared/kpi/index';

type Row = Record<string, unknown>;

const keyOf = (row: Row) => `${String(row.month)}|${row.group === null ? '' : String(row.group)}`;

/**
 * Whether two KPI results agree: the same (month, group) rows and every KPI equal to 1e-9
 * (relative). Returns a short note for the benchmark table.
 */
export function compareKpiRows(expected: readonly Row[], actual: readonly Row[]): string {
  const byKey = new Map(actual.map((row) => [keyOf(row), row]));
  if (byKey.size !== expected.length || expected.length !== actual.length) {
    return `ROW COUNT DIFFERS from wasm (${actual.length} vs ${expected.length})`;
  }
  let differing = 0;
  for (const row of expected) {
    const other = byKey.get(keyOf(row));
    if (!other) return `ROWS DIFFER from wasm (no ${keyOf(row)})`;
    for (const kpi of KPI_KEYS) {
      const a = row[kpi] === null || row[kpi] === undefined ? null : Number(row[kpi]);
      const b = other[kpi] === null || other[kpi] === undefined ? null : Number(other[kpi]);
      const same = a === null || b === null ? a === b : Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a));
      if (!same) differing++;
    }
  }
  return differing === 0 ? 'every KPI value equals the wasm result' : `${differing} KPI VALUES DIFFER from wasm`;
}
