import { KPI_CATALOG } from '../kpi/catalog';
import type { KpiKey } from '../kpi/keys';
import type { RateBase } from './window-rows';

/**
 * How far a member is from their own target, in orders rather than places: "3 more on time of
 * the 14 still due". `hit` counts the orders the rate counts (on time; with errors).
 */
export type Distance =
  /** Running period: met whatever becomes of the orders still due. */
  | { kind: 'secured' }
  /** Running period: `count` more hits among the `of` orders still due meet the target. */
  | { kind: 'needMore'; count: number; of: number }
  /** Running period: even if every one of the `of` orders still due is a hit, the target is out of reach. */
  | { kind: 'outOfReach'; count: number; of: number }
  /** Ended: `count` more hits would have met the target. */
  | { kind: 'shortBy'; count: number }
  /** Lower is better: `count` hits (orders with errors …) more than the target allows. */
  | { kind: 'overBy'; count: number }
  /** Met, with `spare` hits to spare (fewer would still have met it). */
  | { kind: 'met'; spare: number };

/** Rounding slack so that 19 of 20 meets 95% exactly. */
const SLACK = 1e-9;

/**
 * The distance for a rate KPI with its counts; `ahead` = open orders still due in the period
 * (counted in the rate once delivered or late). Null when the KPI is no rate or has no target.
 */
export function distanceToTarget(kpi: KpiKey, base: RateBase | null | undefined, target: number | null, ahead = 0): Distance | null {
  if (!base || target === null || KPI_CATALOG[kpi].unit !== 'rate') return null;
  if (KPI_CATALOG[kpi].direction === 'lower') {
    const allowed = Math.floor(target * base.of + SLACK);
    return base.hit <= allowed ? { kind: 'met', spare: allowed - base.hit } : { kind: 'overBy', count: base.hit - allowed };
  }
  const total = base.of + Math.max(0, ahead);
  const needed = Math.ceil(target * total - SLACK) - base.hit;
  if (ahead > 0) {
    if (needed <= 0) return { kind: 'secured' };
    return needed <= ahead ? { kind: 'needMore', count: needed, of: ahead } : { kind: 'outOfReach', count: needed, of: ahead };
  }
  return needed <= 0 ? { kind: 'met', spare: Math.abs(needed) } : { kind: 'shortBy', count: needed };
}
