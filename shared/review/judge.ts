import { KPI_CATALOG } from '../kpi/catalog';
import type { KpiKey } from '../kpi/keys';
import { isTargetMet } from '../kpi/targets';
import type { RateBase } from './window-rows';

/** A rate resting on fewer orders than this is marked "few orders", never coloured as missed. */
export const SMALL_SAMPLE = 5;

/** A value against its target: the gap, met or not, and whether too few orders stand behind it. */
export interface Judgement {
  value: number | null;
  target: number | null;
  /** value − target (null without either). */
  gap: number | null;
  /** null: no target, no value, or too few orders to judge. */
  met: boolean | null;
  smallSample: boolean;
  base: RateBase | null;
}

export function isSmallSample(kpi: KpiKey, base: RateBase | null | undefined, minimum = SMALL_SAMPLE): boolean {
  // No order at all leaves no value ("–"), which needs no warning.
  return KPI_CATALOG[kpi].unit === 'rate' && !!base && base.of > 0 && base.of < minimum;
}

export function judge(kpi: KpiKey, value: number | null, target: number | null, base: RateBase | null = null, minimum = SMALL_SAMPLE): Judgement {
  const smallSample = isSmallSample(kpi, base, minimum);
  const gap = value !== null && target !== null ? value - target : null;
  const met = target === null || smallSample ? null : isTargetMet(kpi, value, target);
  return { value, target, gap, met, smallSample, base };
}
