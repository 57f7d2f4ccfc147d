import { KPI_CATALOG } from '../kpi/catalog';
import type { KpiKey } from '../kpi/keys';
import { distanceToTarget, type Distance } from './distance';
import type { ReviewPeriod } from './period';
import type { RateBase } from './window-rows';

/**
 * Pace of a running period: where a KPI is heading and what it takes to meet its target.
 * Counts and money are projected at the pace of the days so far; a due-date rate from the
 * orders delivered plus those open and due in the period (the best case: all of them on time).
 */
export interface Pace {
  kpi: KpiKey;
  value: number | null;
  target: number | null;
  /** At the pace so far. */
  projected: number | null;
  /** Rates: if every order still due is a hit. */
  best: number | null;
  /** Counts and money: still needed in all, and per remaining day. */
  needed: number | null;
  perDay: number | null;
  /** Rates: the orders it takes. */
  distance: Distance | null;
  daysLeft: number;
}

export function paceOf(
  kpi: KpiKey,
  value: number | null,
  target: number | null,
  period: Pick<ReviewPeriod, 'partial' | 'daysElapsed' | 'daysTotal'>,
  base: RateBase | null = null,
  ahead = 0,
): Pace | null {
  if (!period.partial) return null;
  const { unit, direction } = KPI_CATALOG[kpi];
  const daysLeft = period.daysTotal - period.daysElapsed;
  const empty = { kpi, value, target, projected: null, best: null, needed: null, perDay: null, distance: null, daysLeft };
  if ((unit === 'count' || unit === 'currency') && direction === 'higher') {
    if (value === null) return empty;
    const projected = (value / period.daysElapsed) * period.daysTotal;
    const needed = target === null ? null : Math.max(0, target - value);
    return { ...empty, projected, needed, perDay: needed === null ? null : daysLeft > 0 ? needed / daysLeft : needed };
  }
  if (unit === 'rate' && base) {
    const total = base.of + Math.max(0, ahead);
    const projected = base.of > 0 ? base.hit / base.of : null;
    const best = total > 0 && direction === 'higher' ? (base.hit + Math.max(0, ahead)) / total : null;
    return { ...empty, projected, best, distance: distanceToTarget(kpi, base, target, ahead) };
  }
  return null;
}

/** Where a running period is heading against its target, in one word for the pace block. */
export type PaceVerdict = 'secured' | 'onTrack' | 'behind' | 'outOfReach';

/**
 * Rates by the orders still due (secured / need more / out of reach; a lower-is-better rate by
 * the hits it may still take); counts and money by the projection at the pace so far.
 * Null without a target or a value.
 */
export function paceVerdict(pace: Pace): PaceVerdict | null {
  if (pace.target === null) return null;
  const d = pace.distance;
  if (d) {
    if (d.kind === 'secured') return 'secured';
    if (d.kind === 'outOfReach') return 'outOfReach';
    if (d.kind === 'needMore' || d.kind === 'shortBy' || d.kind === 'overBy') return 'behind';
    return 'onTrack';
  }
  if (pace.projected === null) return null;
  const higher = KPI_CATALOG[pace.kpi].direction === 'higher';
  return (higher ? pace.projected >= pace.target : pace.projected <= pace.target) ? 'onTrack' : 'behind';
}
