import { describe, expect, it } from 'vitest';
import { paceOf, paceVerdict } from '../../../shared/review/index';

/* Day 20 of a 31-day month; the numbers below are worked out by hand. */
const running = { partial: true, daysElapsed: 20, daysTotal: 31 };

describe('paceVerdict', () => {
  it('a rate by the orders still due: 93 of 100 on time against 95%', () => {
    // 50 still due: 143 of 150 needed (ceil 142.5), 50 more — every one of them: behind.
    expect(paceVerdict(paceOf('on_time_rate', 0.93, 0.95, running, { hit: 93, of: 100 }, 50)!)).toBe('behind');
    // 30 still due: 124 of 130 needed, 31 more of 30: out of reach.
    expect(paceVerdict(paceOf('on_time_rate', 0.93, 0.95, running, { hit: 93, of: 100 }, 30)!)).toBe('outOfReach');
    // 100 of 100 with 5 still due: 100 of 105 needed (ceil 99.75) — met whatever comes.
    expect(paceVerdict(paceOf('on_time_rate', 1, 0.95, running, { hit: 100, of: 100 }, 5)!)).toBe('secured');
  });

  it('a count by its projection: 600 orders in 20 days heads for 930', () => {
    const on = paceOf('orders', 600, 900, running)!;
    expect(on.projected).toBeCloseTo(930, 10);
    expect(paceVerdict(on)).toBe('onTrack');
    const behind = paceOf('orders', 600, 1000, running)!;
    expect(paceVerdict(behind)).toBe('behind');
    expect(behind.needed).toBe(400);
    expect(behind.perDay).toBeCloseTo(400 / 11, 10);
  });

  it('says nothing without a target', () => {
    expect(paceVerdict(paceOf('orders', 600, null, running)!)).toBeNull();
  });
});
