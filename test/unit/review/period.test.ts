import { describe, expect, it } from 'vitest';
import {
  defaultReviewKey,
  isoWeekOf,
  isoWeekStart,
  offeredPeriods,
  parsePeriodChoice,
  periodChoiceText,
  resolvePeriod,
  reviewPeriodOf,
} from '../../../shared/review/index';
import { DEMO_AS_OF } from '../../../shared/demo/index';

/** Created days of a small sheet: September and October 2026, and one order on 1 November. */
const DAYS = ['2026-09-02', '2026-09-20', '2026-10-01', '2026-10-10', '2026-10-20', '2026-11-01'];

describe('the review period', () => {
  it('defaults to the latest month with orders that has ended by the as-of date', () => {
    // The demo: as of 2026-10-31, October has ended (its last day is the as-of day).
    expect(DEMO_AS_OF).toBe('2026-10-31');
    expect(defaultReviewKey(DAYS, '2026-10-31', 'month')).toBe('2026-10');
    // On 2026-11-15 November is running: the review is October's, the whole month.
    expect(defaultReviewKey(DAYS, '2026-11-15', 'month')).toBe('2026-10');
    // On 2026-12-01 November (one order) has ended; December has no orders and is not offered.
    expect(defaultReviewKey(DAYS, '2026-12-01', 'month')).toBe('2026-11');
    expect(offeredPeriods(DAYS, '2026-12-01', 'month')).toEqual(['2026-11', '2026-10', '2026-09']);
  });

  it('a sheet whose data ended years ago reviews its last month', () => {
    expect(defaultReviewKey(['2019-03-05', '2019-04-30'], '2026-12-01', 'month')).toBe('2019-04');
    expect(resolvePeriod({ kind: 'default', grain: 'month' }, ['2019-04-30'], '2026-12-01')?.partial).toBe(false);
  });

  it('never offers a month after the as-of date (orders created later do not exist yet)', () => {
    expect(offeredPeriods(DAYS, '2026-10-15', 'month')).toEqual(['2026-10', '2026-09']);
    // A link asking for a later month reviews the default instead.
    expect(resolvePeriod({ kind: 'period', key: '2026-11' }, DAYS, '2026-10-15')?.key).toBe('2026-09');
    expect(reviewPeriodOf('2026-11', '2026-10-15')).toBeNull();
  });

  it('only a running month to review: month to date, compared with the same days of the month before', () => {
    const period = resolvePeriod({ kind: 'default', grain: 'month' }, ['2026-10-02', '2026-10-09'], '2026-10-15')!;
    expect(period.key).toBe('2026-10');
    expect(period.partial).toBe(true);
    expect(period.counted).toEqual({ start: '2026-10-01', end: '2026-10-31', asOf: '2026-10-15' });
    expect(period.previous).toEqual({ key: '2026-09', counted: { start: '2026-09-01', end: '2026-09-30', asOf: '2026-09-15' } });
    expect([period.daysElapsed, period.daysTotal]).toEqual([15, 31]);
  });

  it('the same days of a shorter previous month stop at its last day', () => {
    const period = reviewPeriodOf('2026-03', '2026-03-30')!;
    expect(period.previous.counted.asOf).toBe('2026-02-28');
  });

  it('a whole month is compared with the whole month before, both as of the as-of date', () => {
    const period = reviewPeriodOf('2026-10', '2026-11-15')!;
    expect(period.partial).toBe(false);
    expect(period.previous.counted).toEqual({ start: '2026-09-01', end: '2026-09-30', asOf: '2026-11-15' });
    expect(period.daysElapsed).toBe(31);
  });
});

describe('the weekly view (ISO weeks, Monday start)', () => {
  it('numbers weeks as ISO 8601 does, across the turn of the year', () => {
    expect(isoWeekOf('2026-10-26')).toBe('2026-W44'); // a Monday
    expect(isoWeekOf('2026-11-01')).toBe('2026-W44'); // the Sunday of that week
    expect(isoWeekOf('2027-01-01')).toBe('2026-W53'); // 2026 has 53 weeks (it starts on a Thursday)
    expect(isoWeekOf('2024-12-30')).toBe('2025-W01');
    expect(isoWeekStart('2025-W01')).toBe('2024-12-30');
    expect(isoWeekStart('2026-W44')).toBe('2026-10-26');
  });

  it('reviews the latest ended week with orders; a running week is week to date', () => {
    // 2026-10-31 is a Saturday: week 44 is running, week 43 (19–25 Oct) ended.
    expect(defaultReviewKey(DAYS, '2026-10-31', 'week')).toBe('2026-W43');
    const running = reviewPeriodOf('2026-W44', '2026-10-31')!;
    expect(running.partial).toBe(true);
    expect(running.counted).toEqual({ start: '2026-10-26', end: '2026-11-01', asOf: '2026-10-31' });
    expect(running.previous).toEqual({ key: '2026-W43', counted: { start: '2026-10-19', end: '2026-10-25', asOf: '2026-10-24' } });
    // A week's targets are its Thursday's month: week 44 (26 Oct – 1 Nov) is October's.
    expect(running.targetMonth).toBe('2026-10');
    expect(reviewPeriodOf('2026-W53', '2027-01-10')!.previous.key).toBe('2026-W52');
  });
});

describe('the period in the link', () => {
  it('reads #period=all, a month, a week, and the weekly default', () => {
    expect(parsePeriodChoice('all')).toEqual({ kind: 'all' });
    expect(parsePeriodChoice('2026-10')).toEqual({ kind: 'period', key: '2026-10' });
    expect(parsePeriodChoice('2026-W43')).toEqual({ kind: 'period', key: '2026-W43' });
    expect(parsePeriodChoice('week')).toEqual({ kind: 'default', grain: 'week' });
    expect(parsePeriodChoice('2026-W60')).toEqual({ kind: 'default', grain: 'month' });
    expect(parsePeriodChoice(null)).toEqual({ kind: 'default', grain: 'month' });
    expect(periodChoiceText({ kind: 'default', grain: 'month' })).toBeNull();
    expect(periodChoiceText({ kind: 'period', key: '2026-W43' })).toBe('2026-W43');
    expect(resolvePeriod({ kind: 'all' }, DAYS, '2026-10-31')).toBeNull();
  });
});
