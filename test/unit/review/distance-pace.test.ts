import { describe, expect, it } from 'vitest';
import { distanceToTarget, judge, paceOf, SMALL_SAMPLE } from '../../../shared/review/index';

describe('the distance to a member’s own target, in orders', () => {
  it('running month: how many more on time of those still due', () => {
    // 10 of 12 counted on time, 14 still due: 95% of 26 = 24.7 → 25 on time, 15 more — more than 14.
    expect(distanceToTarget('on_time_rate', { hit: 10, of: 12 }, 0.95, 14)).toEqual({ kind: 'outOfReach', count: 15, of: 14 });
    // Against 80%: 0.8 × 26 = 20.8 → 21 → 11 more of the 14.
    expect(distanceToTarget('on_time_rate', { hit: 10, of: 12 }, 0.8, 14)).toEqual({ kind: 'needMore', count: 11, of: 14 });
  });

  it('reads as the issue’s example: 3 more on time of 14 still due', () => {
    // 30 on time of 36 counted, 14 still due, target 66%: 0.66 × 50 = 33 → 3 more.
    expect(distanceToTarget('on_time_rate', { hit: 30, of: 36 }, 0.66, 14)).toEqual({ kind: 'needMore', count: 3, of: 14 });
  });

  it('secured, out of reach, short by, met with some to spare', () => {
    expect(distanceToTarget('on_time_rate', { hit: 19, of: 19 }, 0.9, 2)).toEqual({ kind: 'secured' });
    expect(distanceToTarget('on_time_rate', { hit: 2, of: 10 }, 0.9, 3)).toEqual({ kind: 'outOfReach', count: 10, of: 3 });
    // Ended: 1 of 3 on time against 90% → ceil(2.7) = 3 → 2 short.
    expect(distanceToTarget('on_time_rate', { hit: 1, of: 3 }, 0.9, 0)).toEqual({ kind: 'shortBy', count: 2 });
    // 19 of 20 is exactly 95%: met, none to spare.
    expect(distanceToTarget('on_time_rate', { hit: 19, of: 20 }, 0.95, 0)).toEqual({ kind: 'met', spare: 0 });
  });

  it('lower is better: errors over what the target allows', () => {
    // 2% of 150 delivered allows 3 with errors; 5 is 2 over.
    expect(distanceToTarget('error_rate', { hit: 5, of: 150 }, 0.02)).toEqual({ kind: 'overBy', count: 2 });
    expect(distanceToTarget('error_rate', { hit: 1, of: 150 }, 0.02)).toEqual({ kind: 'met', spare: 2 });
  });

  it('no target or no rate: no distance', () => {
    expect(distanceToTarget('on_time_rate', { hit: 1, of: 3 }, null)).toBeNull();
    expect(distanceToTarget('orders', null, 100)).toBeNull();
  });
});

describe('small numbers', () => {
  it(`a rate on fewer than ${SMALL_SAMPLE} orders is marked and not judged`, () => {
    const few = judge('on_time_rate', 0.5, 0.95, { hit: 2, of: 4 });
    expect(few).toMatchObject({ smallSample: true, met: null, gap: 0.5 - 0.95 });
    expect(judge('on_time_rate', 0.6, 0.95, { hit: 3, of: 5 })).toMatchObject({ smallSample: false, met: false });
    // Not a rate: never "few orders".
    expect(judge('satisfaction', 4, 4.5, null)).toMatchObject({ smallSample: false, met: false });
    // No target: values only.
    expect(judge('on_time_rate', 0.9, null, { hit: 9, of: 10 })).toMatchObject({ met: null, gap: null });
  });
});

describe('pace of a running month', () => {
  const period = { partial: true, daysElapsed: 10, daysTotal: 30 };

  it('projects counts and money at the pace of the days so far, and what is needed a day', () => {
    const pace = paceOf('revenue', 100_000, 400_000, period)!;
    expect(pace.projected).toBe(300_000);
    expect(pace.needed).toBe(300_000);
    expect(pace.perDay).toBe(15_000);
    expect(pace.daysLeft).toBe(20);
  });

  it('a due-date rate: on pace, the best case, and the orders it takes', () => {
    const pace = paceOf('on_time_rate', 0.8, 0.9, period, { hit: 8, of: 10 }, 10)!;
    expect(pace.projected).toBeCloseTo(0.8);
    expect(pace.best).toBeCloseTo(18 / 20);
    // 90% of 20 = 18 → 10 more of the 10 still due.
    expect(pace.distance).toEqual({ kind: 'needMore', count: 10, of: 10 });
  });

  it('an ended period has no pace', () => {
    expect(paceOf('revenue', 1, 2, { ...period, partial: false })).toBeNull();
  });
});
