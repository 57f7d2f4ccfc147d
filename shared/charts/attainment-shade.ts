import { KPI_CATALOG, type KpiKey } from '../kpi/index';

/**
 * How far a value stands from its own target, on −1 … +1 (+ = better, by the KPI's direction).
 * Rates count in percentage points (10 pp away is full colour), other KPIs relative to the
 * target (20% away is full colour): 94.9% against 95% is a faint miss, 60% a deep one.
 * A met value is never below 0 and a missed one never above a faint −0.05, so the side
 * (blue met, orange missed) always agrees with the verdict.
 */
export const RATE_FULL_SHADE = 0.1;
export const RELATIVE_FULL_SHADE = 0.2;
const FAINTEST_MISS = -0.05;

export function attainmentShade(kpi: KpiKey, value: number, target: number, met: boolean): number {
  const { unit, direction } = KPI_CATALOG[kpi];
  const signed = direction === 'higher' ? value - target : target - value;
  const raw = unit === 'rate' ? signed / RATE_FULL_SHADE : target !== 0 ? signed / Math.abs(target) / RELATIVE_FULL_SHADE : Math.sign(signed);
  const clamped = Math.max(-1, Math.min(1, raw));
  return met ? Math.max(0, clamped) : Math.min(FAINTEST_MISS, clamped);
}
