import { describe, expect, it } from 'vitest';
import { cancelledCount, distinctTexts, monthsIn, teamOfOwners } from '../../../shared/pipeline/data-facts';
import { targetsTable } from '../../../shared/pipeline/targets-table';
import type { ColumnTable, DateColumn } from '../../../shared/schema/columns';

const day = (iso: string | null) => (iso === null ? null : Date.parse(`${iso}T00:00:00Z`));
function dates(list: (string | null)[]): DateColumn {
  const values = new Float64Array(list.length);
  const valid = new Uint8Array(list.length);
  list.forEach((d, i) => {
    const ms = day(d);
    if (ms !== null) {
      values[i] = ms;
      valid[i] = 1;
    }
  });
  return { kind: 'date', values, valid };
}

// Five orders: 王芳 has two 跟单 orders and one 售后, 李雷 one 售后; one has no owner.
const table: ColumnTable = {
  rowCount: 5,
  columns: {
    owner: { kind: 'text', values: ['王芳', '王芳', '王芳', '李雷', null] },
    team: { kind: 'text', values: ['跟单', '售后', '跟单', '售后', '外贸'] },
    created: dates(['2026-01-31', '2026-02-01', '2026-02-15', null, '2025-12-30']),
    due: dates([null, '2026-03-01', null, '2026-02-10', null]),
    delivered: dates(['2026-04-02', null, null, null, null]),
    cancelled: { kind: 'bool', values: new Uint8Array([0, 1, 0, 1, 0]), valid: new Uint8Array([1, 1, 1, 1, 0]) },
  },
};

describe('data facts', () => {
  it('months are every month of created, due and delivered, sorted', () => {
    expect(monthsIn(table)).toEqual(['2025-12', '2026-01', '2026-02', '2026-03', '2026-04']);
  });

  it('months come out the same when a typo spreads the dates over centuries, and before 1970', () => {
    const wide: ColumnTable = {
      rowCount: 4,
      columns: { created: dates(['1969-12-31', '2026-10-05', '9026-10-05', '2026-10-31']), due: dates([null, null, null, '1900-01-01']) },
    };
    expect(monthsIn(wide)).toEqual(['1900-01', '1969-12', '2026-10', '9026-10']);
    expect(monthsIn({ rowCount: 1, columns: { created: dates([null]) } })).toEqual([]);
  });

  it('counts cancelled orders', () => {
    expect(cancelledCount(table)).toBe(2);
  });

  it('lists teams and owners without blanks', () => {
    expect(distinctTexts(table, 'owner')).toEqual(['李雷', '王芳']);
    expect(distinctTexts(table, 'team')).toEqual(['售后', '外贸', '跟单']);
    expect(distinctTexts(table, 'customer')).toEqual([]);
  });

  it("an owner's team is the team of most of their orders", () => {
    expect(teamOfOwners(table)).toEqual({ 王芳: '跟单', 李雷: '售后' });
  });

  it('targets become a queryable table with nulls kept', () => {
    const t = targetsTable([
      { month: '2026-01', team: null, owner: '王芳', kpi: 'on_time_rate', target: 0.95, actual: null, source: 'KPI!A2' },
      { month: null, team: '跟单', owner: null, kpi: 'satisfaction', target: null, actual: 4.6, source: 'KPI!A3' },
    ]);
    expect(t.rowCount).toBe(2);
    expect(t.columns.owner).toEqual({ kind: 'text', values: ['王芳', null] });
    const target = t.columns.target;
    expect(target.kind === 'number' && [...target.valid]).toEqual([1, 0]);
    const actual = t.columns.actual;
    expect(actual.kind === 'number' && actual.values[1]).toBe(4.6);
  });
});
