import type { ColumnTable, NumberColumn, TextColumn } from '../schema/columns';
import type { TargetRow } from '../schema/targets';

/**
 * The targets as a table users can query (`SELECT * FROM targets`): month, team, owner, kpi,
 * target, actual, and source (the cell it came from).
 */
export function targetsTable(rows: readonly TargetRow[]): ColumnTable {
  const text = (pick: (r: TargetRow) => string | null): TextColumn => ({ kind: 'text', values: rows.map(pick) });
  const number = (pick: (r: TargetRow) => number | null): NumberColumn => {
    const values = new Float64Array(rows.length);
    const valid = new Uint8Array(rows.length);
    rows.forEach((r, i) => {
      const v = pick(r);
      if (v !== null && Number.isFinite(v)) {
        values[i] = v;
        valid[i] = 1;
      }
    });
    return { kind: 'number', values, valid };
  };
  return {
    rowCount: rows.length,
    columns: {
      month: text((r) => r.month),
      team: text((r) => r.team),
      owner: text((r) => r.owner),
      kpi: text((r) => r.kpi),
      target: number((r) => r.target),
      actual: number((r) => r.actual),
      source: text((r) => r.source),
    },
  };
}
