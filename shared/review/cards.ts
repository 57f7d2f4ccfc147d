import { KPI_CATALOG } from '../kpi/catalog';
import type { KpiKey } from '../kpi/keys';
import { actualFor, targetFor, type TargetScope } from '../kpi/targets';
import type { TargetRow } from '../schema/targets';
import { judge, type Judgement } from './judge';
import { paceOf, type Pace } from './pace';
import type { ReviewPeriod } from './period';
import type { WindowRow } from './window-rows';

/**
 * One KPI of the review period: its value, target, gap, and the change against the previous
 * period of the same grain (the same days of it, for a running period).
 */
export interface ReviewCard extends Judgement {
  kpi: KpiKey;
  previous: number | null;
  change: number | null;
  /** The change is for the better (by the KPI's direction); null when none or no change. */
  improved: boolean | null;
  partial: boolean;
  /** The KPI-sheet cell whose `actual` gave the value (a survey), when the orders cannot. */
  fromKpiSheet: string | null;
  pace: Pace | null;
}

export function reviewCards(opts: {
  kpis: readonly KpiKey[];
  current: WindowRow | null;
  previous: WindowRow | null;
  period: ReviewPeriod;
  targets: readonly TargetRow[];
  scope: Pick<TargetScope, 'team' | 'owner'>;
}): ReviewCard[] {
  const { period, current, previous } = opts;
  const scope = { ...opts.scope, month: period.targetMonth };
  return opts.kpis.map((kpi) => {
    let value = current ? current[kpi] : null;
    let fromKpiSheet: string | null = null;
    // A survey's monthly actual stands for a whole month only.
    if (value === null && period.grain === 'month' && !period.partial) {
      const actual = actualFor(opts.targets, kpi, scope);
      if (actual) [value, fromKpiSheet] = [actual.value, actual.source];
    }
    const before = previous ? previous[kpi] : null;
    const base = fromKpiSheet ? null : (current?.bases[kpi] ?? null);
    const target = targetFor(opts.targets, kpi, scope);
    const change = value !== null && before !== null ? value - before : null;
    return {
      kpi,
      ...judge(kpi, value, target, base),
      previous: before,
      change,
      improved: change === null || change === 0 ? null : change > 0 === (KPI_CATALOG[kpi].direction === 'higher'),
      partial: period.partial,
      fromKpiSheet,
      pace: paceOf(kpi, value, target, period, base, KPI_CATALOG[kpi].naturalBasis === 'due' ? (current?.openAhead ?? 0) : 0),
    };
  });
}
