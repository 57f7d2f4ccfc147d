import { describe, expect, it } from 'vitest';
import { KPI_KEYS, type KpiRow } from '../../../shared/kpi/index';
import type { KpiQuery } from '../../../shared/pipeline/index';
import type { TargetRow } from '../../../shared/schema/index';
import { monthBefore, targetScopeOf, viewData, type ViewContext, type ViewQuestion } from '../../../dashboard/data/view-data';
import { defaultTo, questionOf } from '../../../dashboard/app/question';
import { DEFAULT_VIEW } from '../../../dashboard/state/view-state';

const row = (month: string, group: string | null, values: Partial<KpiRow>): KpiRow => {
  const out = { month, group } as KpiRow;
  for (const k of KPI_KEYS) out[k] = values[k] ?? null;
  return out;
};
const target = (month: string | null, team: string | null, owner: string | null, value: number): TargetRow => ({
  month,
  team,
  owner,
  kpi: 'on_time_rate',
  target: value,
  actual: null,
  source: 'KPI!A1',
});

const ctx: ViewContext = {
  targets: [target(null, null, null, 0.95), target('2026-02', 'South', null, 0.9), target(null, 'South', 'Bob', 0.8)],
  teamOf: { Ann: 'North', Bob: 'South' },
  kpis: ['orders', 'on_time_rate'],
  absent: [],
  months: ['2026-01', '2026-02', '2026-03'],
};
const question: ViewQuestion = { basis: 'natural', asOf: '2026-02-28', from: null, to: '2026-02', teams: [], owners: [], pickMonth: null, pickMember: null, heatKpi: 'on_time_rate' };

/** A data source that answers from canned rows and records what it was asked. */
function source() {
  const asked: KpiQuery[] = [];
  const rowsOf = async (q: KpiQuery) => {
    asked.push(q);
    if (q.group === 'none' && q.perMonth === false) return [row('all', null, { orders: 10, on_time_rate: 0.7 })];
    if (q.group === 'none') return [row('2026-01', null, { orders: 4, on_time_rate: 0.5 }), row('2026-02', null, { orders: 6, on_time_rate: 0.8 })];
    if (q.perMonth === false) return [row('all', 'Ann', { orders: 4 }), row('all', 'Bob', { orders: 6 })];
    return [row('2026-02', 'Bob', { on_time_rate: 0.85 })];
  };
  return { asked, rowsOf };
}

describe('the numbers of one overview', () => {
  it('gives each card its range value, target, the last month and the month before', async () => {
    const { rowsOf } = source();
    const data = await viewData(question, ctx, rowsOf);
    const onTime = data.cards.find((c) => c.kpi === 'on_time_rate')!;
    expect(onTime).toMatchObject({ value: 0.7, target: 0.95, met: false, lastMonth: '2026-02', lastValue: 0.8, previous: 0.5 });
    expect(onTime.spark.map((p) => [p.month, p.value])).toEqual([['2026-01', 0.5], ['2026-02', 0.8]]);
    const orders = data.cards.find((c) => c.kpi === 'orders')!;
    expect(orders).toMatchObject({ value: 10, target: null, met: null, lastValue: 6, previous: 4 });
  });

  it('asks four questions; a picked member narrows the cards and trends, a picked month the cards and members', async () => {
    const { asked, rowsOf } = source();
    await viewData({ ...question, teams: ['South'], pickMember: 'Bob', pickMonth: '2026-01' }, ctx, rowsOf);
    expect(asked).toEqual([
      { basis: 'natural', asOf: '2026-02-28', group: 'none', from: '2026-01', to: '2026-01', filters: { team: ['South'], owner: ['Bob'] }, perMonth: true },
      { basis: 'natural', asOf: '2026-02-28', group: 'none', to: '2026-02', filters: { team: ['South'], owner: ['Bob'] } },
      { basis: 'natural', asOf: '2026-02-28', group: 'owner', from: '2026-01', to: '2026-01', filters: { team: ['South'] }, perMonth: true },
      { basis: 'natural', asOf: '2026-02-28', group: 'owner', to: '2026-02', filters: { team: ['South'] } },
    ]);
  });

  it('gives the whole-team rows the target of the team or member the filters narrow to', async () => {
    expect(targetScopeOf({ ...question, teams: ['South'] }, ctx.teamOf)).toEqual({ team: 'South', owner: null });
    expect(targetScopeOf({ ...question, owners: ['Bob'] }, ctx.teamOf)).toEqual({ team: 'South', owner: 'Bob' });
    expect(targetScopeOf({ ...question, teams: ['South', 'North'] }, ctx.teamOf)).toEqual({ team: null, owner: null });
    const { rowsOf } = source();
    const south = await viewData({ ...question, teams: ['South'] }, ctx, rowsOf);
    // South's own 2026-02 target (90%) on that month of the trend; the company's 95% elsewhere.
    expect(south.trend.map((r) => r.targets.on_time_rate?.target)).toEqual([0.95, 0.9]);
    const bob = await viewData({ ...question, owners: ['Bob'] }, ctx, rowsOf);
    expect(bob.cards.find((c) => c.kpi === 'on_time_rate')!.target).toBe(0.8);
    // Member rows get each member's own targets: Bob's 80% beats South's month target.
    expect(bob.heat[0].targets.on_time_rate).toEqual({ target: 0.8, met: true, gap: expect.closeTo(0.05, 12) });
  });

  it('counts months by the calendar', () => {
    expect(monthBefore('2026-01')).toBe('2025-12');
    expect(monthBefore('2026-10')).toBe('2026-09');
  });
});

describe('the default range', () => {
  it('ends at the as-of month when the data runs into the future, else takes every month', () => {
    const months = ['2026-09', '2026-10', '2026-11'];
    expect(defaultTo(months, '2026-10-31', null)).toBe('2026-10');
    expect(defaultTo(months, '2026-12-01', null)).toBeNull();
    expect(defaultTo(months, '2026-10-31', '2026-11')).toBeNull(); // never before the chosen start
    expect(questionOf(DEFAULT_VIEW, true, months).to).toBe('2026-10'); // the demo's as-of date
    expect(questionOf({ ...DEFAULT_VIEW, to: '2026-11' }, true, months).to).toBe('2026-11');
    expect(questionOf(DEFAULT_VIEW, false, months, '2026-09-15').asOf).toBe('2026-09-15');
  });
});

describe('the heatmap’s rows keep what each rate rests on', () => {
  it('passes the cube’s counts through to the heat rows, targets attached', async () => {
    const rowsOf = async (q: KpiQuery) =>
      q.group === 'owner' && q.perMonth !== false ? [{ ...row('2026-02', 'Bob', { on_time_rate: 0.5 }), bases: { on_time_rate: { hit: 1, of: 2 } } }] : [];
    const data = await viewData(question, ctx, rowsOf);
    expect(data.heat[0].bases).toEqual({ on_time_rate: { hit: 1, of: 2 } });
    expect(data.heat[0].targets.on_time_rate?.target).toBe(0.8);
  });
});
