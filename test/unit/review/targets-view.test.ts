import { describe, expect, it } from 'vitest';
import { isKpiKey, targetFor } from '../../../shared/kpi/index';
import type { TargetRow } from '../../../shared/schema/index';
import {
  explainTarget,
  targetEditCells,
  targetEditsCsv,
  targetEditsFromCells,
  targetLines,
  upsertTargetEdit,
  withTargetEdits,
  type TargetEdit,
} from '../../../shared/review/index';

const t = (source: string, kpi: TargetRow['kpi'], target: number, scope: Partial<TargetRow> = {}): TargetRow => ({ month: null, team: null, owner: null, kpi, target, actual: null, source, ...scope });
const SHEET = [
  t('KPI!E2', 'on_time_rate', 0.95),
  t('KPI!E3', 'on_time_rate', 0.92, { month: '2026-10', team: '跟单' }),
  t('KPI!E4', 'on_time_rate', 0.85, { team: '跟单', owner: '杨帆' }),
  t('KPI!E5', 'on_time_rate', 0.9, { month: '2026-10', team: '跟单' }),
];

describe('targets a manager can see', () => {
  it('lists every target with its scope, and a row a tie of scope leaves unused', () => {
    const lines = targetLines(SHEET);
    expect(lines.map((l) => l.scope)).toEqual(['all', 'teamMonth', 'owner', 'teamMonth']);
    expect(lines[3].shadowedBy?.source).toBe('KPI!E3');
    expect(lines.slice(0, 3).every((l) => l.shadowedBy === null)).toBe(true);
  });

  it('says which row wins for a member and month, and which it beats', () => {
    const scope = { month: '2026-10', team: '跟单', owner: '杨帆' };
    const { winner, candidates } = explainTarget(SHEET, 'on_time_rate', scope);
    expect(winner?.source).toBe('KPI!E4'); // owner > team+month
    expect(candidates.map((c) => c.source)).toEqual(['KPI!E4', 'KPI!E3', 'KPI!E5', 'KPI!E2']);
    expect(targetFor(SHEET, 'on_time_rate', scope)).toBe(0.85);
    expect(explainTarget(SHEET, 'on_time_rate', { month: '2026-10', team: '售后', owner: null }).winner?.source).toBe('KPI!E2');
  });
});

describe('targets a manager can set', () => {
  const edit: TargetEdit = { month: '2026-10', team: '跟单', owner: null, kpi: 'on_time_rate', target: 0.93 };

  it('an edit of a scope wins over the sheet’s row of the same scope, not over a more specific one', () => {
    const rows = withTargetEdits(SHEET, [edit], (i) => `browser #${i + 1}`);
    expect(targetFor(rows, 'on_time_rate', { month: '2026-10', team: '跟单', owner: '刘洋' })).toBe(0.93);
    expect(targetFor(rows, 'on_time_rate', { month: '2026-10', team: '跟单', owner: '杨帆' })).toBe(0.85);
    expect(targetLines(rows, (r) => r.source.startsWith('browser'))[0]).toMatchObject({ edited: true, scope: 'teamMonth' });
  });

  it('changing a target replaces the edit of the same scope', () => {
    const edits = upsertTargetEdit(upsertTargetEdit([], edit), { ...edit, target: 0.96 });
    expect(edits).toEqual([{ ...edit, target: 0.96 }]);
  });

  it('exports as a KPI sheet in the long form, and reads it back', () => {
    const cells = targetEditCells([edit, { month: null, team: null, owner: '杨帆', kpi: 'error_rate', target: 0.05 }]);
    expect(cells).toEqual([
      ['month', 'team', 'owner', 'kpi', 'target'],
      ['2026-10', '跟单', null, 'on_time_rate', 0.93],
      [null, null, '杨帆', 'error_rate', 0.05],
    ]);
    expect(targetEditsCsv([edit])).toBe('\uFEFFmonth,team,owner,kpi,target\r\n2026-10,跟单,,on_time_rate,0.93\r\n');
    expect(targetEditsFromCells(cells, isKpiKey)).toEqual([edit, { month: null, team: null, owner: '杨帆', kpi: 'error_rate', target: 0.05 }]);
  });
});
