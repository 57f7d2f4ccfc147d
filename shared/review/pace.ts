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
