import { describe, expect, it } from 'vitest';
import {
  attachTargets,
  attainment,
  isTargetMet,
  KPI_KEYS,
  normaliseTarget,
  targetFor,
  type KpiKey,
  type KpiRow,
} from '../../../shared/kpi/index';
import type { TargetRow } from '../../../shared/schema/targets';

let cell = 1;
function target(kpi: KpiKey, value: number | null, scope: Partial<Pick<TargetRow, 'month' | 'team' | 'owner'>> = {}, actual: number | null = null): TargetRow {
  return { month: null, team: null, owner: null, ...scope, kpi, target: value, actual, source: `KPI!E${++cell}` };
}

function kpiRow(month: string, group: string | null, values: Partial<Record<KpiKey, number>>): KpiRow {
  const row = { month, group } as KpiRow;
  for (const kpi of KPI_KEYS) row[kpi] = values[kpi] ?? null;
  return row;
}

describe('targetFor: the most specific row wins', () => {
  // One row per level, each with its own value so the winner is visible.
  const rows = [
    target('on_time_rate', 0.8), // blank
    target('on_time_rate', 0.81, { month: '2026-10' }),
    target('on_time_rate', 0.82, { team: 'A' }),
    target('on_time_rate', 0.83, { team: 'A', month: '2026-10' }),
    target('on_time_rate', 0.84, { owner: 'Li' }),
    target('on_time_rate', 0.85, { owner: 'Li', month: '2026-10' }),
  ];
  const li = { month: '2026-10', team: 'A', owner: 'Li' };

  it('owner+month > owner > team+month > team > month > blank', () => {
    expect(targetFor(rows, 'on_time_rate', li)).toBe(0.85);
    expect(targetFor(rows, 'on_time_rate', { ...li, month: '2026-09' })).toBe(0.84);
    expect(targetFor(rows, 'on_time_rate', { ...li, owner: 'Wang' })).toBe(0.83);
    expect(targetFor(rows, 'on_time_rate', { month: '2026-09', team: 'A', owner: 'Wang' })).toBe(0.82);
    expect(targetFor(rows, 'on_time_rate', { month: '2026-10', team: 'B', owner: 'Zhang' })).toBe(0.81);
    expect(targetFor(rows, 'on_time_rate', { month: '2026-09', team: 'B', owner: 'Zhang' })).toBe(0.8);
  });

  it('the order of the rows in the sheet does not matter', () => {
    expect(targetFor([...rows].reverse(), 'on_time_rate', li)).toBe(0.85);
  });

  it('a row for another KPI, owner or month never applies; no row → null', () => {
    expect(targetFor(rows, 'error_rate', li)).toBeNull();
    expect(targetFor([target('on_time_rate', 0.9, { owner: 'Wang' })], 'on_time_rate', li)).toBeNull();
    expect(targetFor([target('on_time_rate', 0.9, { month: '2026-09' })], 'on_time_rate', li)).toBeNull();
  });

  it('a row with only an actual (no target) does not hide a less specific target', () => {
    expect(targetFor([target('satisfaction', 4.5), target('satisfaction', null, { owner: 'Li' }, 4.1)], 'satisfaction', li)).toBe(4.5);
  });

  it('names match ignoring case and surrounding spaces', () => {
    expect(targetFor([target('orders', 30, { owner: ' li ' })], 'orders', li)).toBe(30);
  });
});

describe('normaliseTarget: rates are fractions', () => {
  it('95, "95%" and 0.95 are the same on-time target', () => {
    expect(normaliseTarget('on_time_rate', 95)).toBe(0.95);
    expect(normaliseTarget('on_time_rate', '95%')).toBe(0.95);
    expect(normaliseTarget('on_time_rate', '95')).toBe(0.95);
    expect(normaliseTarget('on_time_rate', 0.95)).toBe(0.95);
    expect(normaliseTarget('error_rate', '2%')).toBe(0.02);
  });

  it('non-rate targets stay as written; blanks and text are no target', () => {
    expect(normaliseTarget('satisfaction', 4.5)).toBe(4.5);
    expect(normaliseTarget('revenue', '1,200,000')).toBe(1_200_000);
    expect(normaliseTarget('orders', '')).toBeNull();
    expect(normaliseTarget('orders', 'n/a')).toBeNull();
    expect(normaliseTarget('orders', null)).toBeNull();
  });

  it('a rate target of 95 in the sheet is applied as 0.95', () => {
    expect(targetFor([target('on_time_rate', 95)], 'on_time_rate', { month: null, team: null, owner: null })).toBe(0.95);
  });
});

describe('met and attainment by direction', () => {
  it('higher is better: met at or above the target', () => {
    expect(isTargetMet('on_time_rate', 0.95, 0.95)).toBe(true);
    expect(isTargetMet('on_time_rate', 57 / 60, 0.95)).toBe(true);
    expect(isTargetMet('on_time_rate', 0.94, 0.95)).toBe(false);
  });

  it('lower is better: met at or below the target', () => {
    expect(isTargetMet('error_rate', 0.02, 0.02)).toBe(true);
    expect(isTargetMet('error_rate', 0.03, 0.02)).toBe(false);
    expect(isTargetMet('overdue_open', 0, 0)).toBe(true);
    expect(isTargetMet('error_rate', null, 0.02)).toBeNull();
  });

  it('attainment: 1 on target, value ÷ target when higher is better, target ÷ value when lower', () => {
    expect(attainment('on_time_rate', 0.9, 0.9)).toBe(1);
    expect(attainment('on_time_rate', 0.45, 0.9)).toBe(0.5);
    expect(attainment('error_rate', 0.04, 0.02)).toBe(0.5);
    expect(attainment('error_rate', 0.01, 0.02)).toBe(2);
  });

  it('attainment stays on the 0 … 2 scale, also against a zero target or value', () => {
    expect(attainment('orders', 90, 30)).toBe(2);
    expect(attainment('error_rate', 0, 0.02)).toBe(2);
    expect(attainment('overdue_open', 3, 0)).toBe(0);
    expect(attainment('revenue', -50, 100)).toBe(0);
    expect(attainment('orders', null, 30)).toBeNull();
    expect(attainment('orders', 10, null)).toBeNull();
  });
});

describe('attachTargets', () => {
  const targets = [
    target('on_time_rate', 95), // percent in the sheet
    target('on_time_rate', 0.9, { team: 'A' }),
    target('on_time_rate', 0.8, { owner: 'Wang', month: '2026-10' }),
    target('error_rate', 0.02),
    target('satisfaction', 4.5),
    target('satisfaction', null, { owner: 'Li', month: '2026-10' }, 4.8), // a survey result for Li in October
  ];
  const teamOf = (owner: string) => ({ Li: 'A', Wang: 'A', Zhang: 'B' })[owner] ?? null;

  it('by owner: team targets reach members through teamOf; met by direction; gap = value − target', () => {
    const rows = [
      kpiRow('2026-10', 'Li', { on_time_rate: 0.92, error_rate: 0.05 }),
      kpiRow('2026-10', 'Wang', { on_time_rate: 0.85 }),
      kpiRow('2026-10', 'Zhang', { on_time_rate: 0.92 }),
    ];
    const [li, wang, zhang] = attachTargets(rows, targets, { group: 'owner', teamOf });
    // Li: team A target 0.9 → 0.92 met, gap 0.02; error 0.05 vs 0.02 (lower is better) → missed.
    expect(li.targets.on_time_rate).toEqual({ target: 0.9, met: true, gap: expect.closeTo(0.02, 12) });
    expect(li.targets.error_rate).toEqual({ target: 0.02, met: false, gap: expect.closeTo(0.03, 12) });
    // Wang: his own October target 0.8 → 0.85 met.
    expect(wang.targets.on_time_rate).toEqual({ target: 0.8, met: true, gap: expect.closeTo(0.05, 12) });
    // Zhang (team B): only the blank row, 95 → 0.95 → 0.92 missed.
    expect(zhang.targets.on_time_rate).toEqual({ target: 0.95, met: false, gap: expect.closeTo(-0.03, 12) });
  });

  it("a KPI the orders cannot give takes the KPI sheet's actual, and says where it came from", () => {
    const [li, wang] = attachTargets([kpiRow('2026-10', 'Li', {}), kpiRow('2026-10', 'Wang', {})], targets, { group: 'owner', teamOf });
    expect(li.satisfaction).toBe(4.8);
    expect(li.fromKpiSheet).toEqual({ satisfaction: targets[5].source });
    expect(li.targets.satisfaction).toEqual({ target: 4.5, met: true, gap: expect.closeTo(0.3, 12) });
    // Wang has no actual: no value, so met and gap are null.
    expect(wang.satisfaction).toBeNull();
    expect(wang.fromKpiSheet).toBeUndefined();
    expect(wang.targets.satisfaction).toEqual({ target: 4.5, met: null, gap: null });
  });

  it('a computed value is never replaced by an actual', () => {
    const [li] = attachTargets([kpiRow('2026-10', 'Li', { satisfaction: 4.2 })], targets, { group: 'owner', teamOf });
    expect(li.satisfaction).toBe(4.2);
    expect(li.targets.satisfaction?.met).toBe(false);
  });

  it('by team: team rows apply, owner rows do not; a month "all" row takes only rows without a month', () => {
    const [a] = attachTargets([kpiRow('2026-10', 'A', { on_time_rate: 0.85 })], targets, { group: 'team' });
    expect(a.targets.on_time_rate?.target).toBe(0.9);
    const [all] = attachTargets([kpiRow('all', null, { on_time_rate: 0.85 })], [...targets, target('on_time_rate', 0.7, { month: '2026-10' })], { group: 'none' });
    expect(all.targets.on_time_rate?.target).toBe(0.95);
  });

  it('KPIs without any target have no entry', () => {
    const [li] = attachTargets([kpiRow('2026-10', 'Li', { orders: 12 })], targets, { group: 'owner', teamOf });
    expect(Object.keys(li.targets).sort()).toEqual(['error_rate', 'on_time_rate', 'satisfaction']);
  });
});
