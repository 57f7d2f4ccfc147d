import { describe, expect, it } from 'vitest';
import type { KpiKey } from '../../../shared/kpi/index';
import type { TargetRow } from '../../../shared/schema/index';
import { emptyWindowRow, memberReviewKpis, membersVsTarget, type WindowRow } from '../../../shared/review/index';

const KPIS: KpiKey[] = ['orders', 'on_time_rate', 'error_rate', 'satisfaction'];

function row(owner: string, values: Partial<Record<KpiKey, number>>, bases: WindowRow['bases'], openAhead = 0): WindowRow {
  return { ...emptyWindowRow('2026-10', owner, KPIS), ...values, bases, openAhead };
}

const ROWS = [
  // 王芳: 18 of 20 on time (90%), 2 still due
  row('王芳', { orders: 22, on_time_rate: 0.9, error_rate: 0.05, satisfaction: 4.6 }, { on_time_rate: { hit: 18, of: 20 }, error_rate: { hit: 1, of: 20 } }, 2),
  // Bob: 3 of 4 on time — too few to judge
  row('Bob', { orders: 4, on_time_rate: 0.75, error_rate: 0, satisfaction: 4.1 }, { on_time_rate: { hit: 3, of: 4 }, error_rate: { hit: 0, of: 4 } }),
  row('Ann', { orders: 30, on_time_rate: 0.8, error_rate: 0.1, satisfaction: 4.8 }, { on_time_rate: { hit: 24, of: 30 }, error_rate: { hit: 3, of: 30 } }),
];
const teamOf = { 王芳: 'T1', Bob: 'T1', Ann: 'T2' };
const target = (kpi: KpiKey, value: number, scope: Partial<TargetRow> = {}): TargetRow => ({ month: null, team: null, owner: null, kpi, target: value, actual: null, source: 'KPI!B2', ...scope });

describe('members against their own targets', () => {
  it('without targets: every member’s values, no colour, sorted by name', () => {
    const kpis = memberReviewKpis(KPIS, []);
    expect(kpis).toEqual(['on_time_rate', 'error_rate', 'satisfaction']);
    const members = membersVsTarget({ rows: ROWS, kpis, targets: [], teamOf, period: { targetMonth: '2026-10' } });
    expect(members.map((m) => m.owner)).toEqual(['Ann', 'Bob', '王芳']);
    expect(members[0].kpis.map((k) => k.value)).toEqual([0.8, 0.1, 4.8]);
    expect(members.flatMap((m) => m.kpis.map((k) => k.met))).toEqual(Array(9).fill(null));
    expect(members.flatMap((m) => m.kpis.map((k) => k.distance))).toEqual(Array(9).fill(null));
  });

  it('with targets: each member against their own (owner row beats team row beats everyone)', () => {
    const targets = [target('on_time_rate', 0.95), target('on_time_rate', 0.85, { team: 'T2' }), target('on_time_rate', 0.75, { owner: '王芳', team: 'T1' })];
    const kpis = memberReviewKpis(KPIS, targets);
    expect(kpis).toEqual(['on_time_rate']);
    const members = membersVsTarget({ rows: ROWS, kpis, targets, teamOf, period: { targetMonth: '2026-10' } });
    const [ann, bob, wang] = members.map((m) => m.kpis[0]);
    // Ann: team T2's 85%; 24 of 30 → needs ceil(25.5) = 26 → 2 short.
    expect(ann).toMatchObject({ target: 0.85, met: false, distance: { kind: 'shortBy', count: 2 } });
    expect(ann.gap).toBeCloseTo(-0.05);
    // Bob: 3 of 4 — few orders, not coloured as missed.
    expect(bob).toMatchObject({ target: 0.95, met: null, smallSample: true });
    // 王芳: her own 75%; 18 of 20 + 2 still due → 0.75 × 22 = 16.5 → 17 ≤ 18: secured.
    expect(wang).toMatchObject({ target: 0.75, met: true, distance: { kind: 'secured' } });
  });

  it('zh collation sorts Chinese names by pinyin', () => {
    const rows = ['张伟', '李娜', '王芳'].map((o) => row(o, { orders: 1 }, {}));
    const members = membersVsTarget({ rows, kpis: ['on_time_rate'], targets: [], teamOf: {}, period: { targetMonth: '2026-10' }, locale: 'zh-CN' });
    expect(members.map((m) => m.owner)).toEqual(['李娜', '王芳', '张伟']);
  });

  it('a sparkline of the headline KPI with the member’s target each month', () => {
    const trend = [
      { ...emptyWindowRow('2026-09', 'Ann', KPIS), on_time_rate: 0.7 },
      { ...emptyWindowRow('2026-10', 'Ann', KPIS), on_time_rate: 0.8 },
      { ...emptyWindowRow('2026-10', 'Bob', KPIS), on_time_rate: 0.75 },
    ];
    const targets = [target('on_time_rate', 0.9, { month: '2026-10', team: 'T2' })];
    const [ann] = membersVsTarget({ rows: ROWS, kpis: ['on_time_rate'], targets, teamOf, period: { targetMonth: '2026-10' }, trend });
    expect(ann.spark).toEqual([
      { month: '2026-09', value: 0.7, target: null },
      { month: '2026-10', value: 0.8, target: 0.9 },
    ]);
  });
});
