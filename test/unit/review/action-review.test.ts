import { describe, expect, it } from 'vitest';
import { actionFollowUps, missedTargets, newAction, type ImprovementAction, type ReviewData } from '../../../shared/review/index';

/*
 * The improvement loop's view model, shared by the dashboard and the pane: the misses an action
 * can answer, and, in the next month's review, how the KPI moved since the action was noted.
 */
const card = (kpi: 'on_time_rate' | 'orders', value: number, target: number | null, met: boolean | null) =>
  ({ kpi, value, target, met }) as unknown as ReviewData['cards'][number];
const member = (owner: string, value: number, target: number, met: boolean) =>
  ({ owner, kpis: [{ kpi: 'on_time_rate', value, target, met }] }) as unknown as ReviewData['members'][number];
const month = (key: string) => ({ key, grain: 'month' }) as ReviewData['period'];

describe('missedTargets', () => {
  it('lists the team’s missed cards, then each member’s misses, and nothing met or without target', () => {
    const misses = missedTargets({
      cards: [card('on_time_rate', 0.9, 0.95, false), card('orders', 900, null, null)],
      members: [member('Ann', 0.97, 0.95, true), member('Bo', 0.8, 0.95, false)],
    });
    expect(misses).toEqual([
      { kpi: 'on_time_rate', member: null, value: 0.9, target: 0.95 },
      { kpi: 'on_time_rate', member: 'Bo', value: 0.8, target: 0.95 },
    ]);
  });
});

describe('actionFollowUps', () => {
  const noted: ImprovementAction = newAction({ kpi: 'on_time_rate', member: 'Bo', value: 0.8, target: 0.95 }, '2026-09', { cause: ' late parts ', action: ' weekly call ', owner: 'Li', due: '2026-10-15' }, 'a1');

  it('notes an action with the value and target of its miss, trimmed', () => {
    expect(noted).toMatchObject({ month: '2026-09', member: 'Bo', cause: 'late parts', action: 'weekly call', value: 0.8, target: 0.95, done: false });
  });

  it('in the next month’s review, shows how the member’s KPI moved (80% → 96%: +16 pp, met now)', () => {
    const [f] = actionFollowUps({ period: month('2026-10'), cards: [], members: [member('Bo', 0.96, 0.95, true)] }, [noted]);
    expect(f.moved).toBeCloseTo(0.16, 10);
    expect(f.metNow).toBe(true);
    expect(f.nextMonth).toBe('2026-10');
  });

  it('a team action follows the team card; an unknown value says "not yet"', () => {
    const team = { ...noted, id: 'a2', member: null, value: 0.9 };
    const [f] = actionFollowUps({ period: month('2026-10'), cards: [card('on_time_rate', 0.88, 0.95, false)], members: [] }, [team]);
    expect(f.moved).toBeCloseTo(-0.02, 10);
    expect(f.metNow).toBe(false);
    const [g] = actionFollowUps({ period: month('2026-10'), cards: [], members: [] }, [team]);
    expect(g.moved).toBeNull();
  });

  it('follows nothing in the month of the action itself, nor in a weekly review', () => {
    expect(actionFollowUps({ period: month('2026-09'), cards: [], members: [] }, [noted])).toEqual([]);
    expect(actionFollowUps({ period: { key: '2026-W43', grain: 'week' } as ReviewData['period'], cards: [], members: [] }, [noted])).toEqual([]);
  });
});
