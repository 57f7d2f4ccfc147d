import { KPI_CATALOG, type KpiKey } from '../kpi/index';
import { messagesFor, type Lang } from '../messages/index';
import { formatKpiChange, formatKpiValue } from '../ui/format';
import type { ReviewCard } from './cards';
import type { Distance } from './distance';
import type { Pace } from './pace';
import type { ReviewPeriod } from './period';

/** The review's sentences, the same in the dashboard, the task pane and the report sheet. */

/** "3 more on time of 14 still due" and its kin. */
export function distanceText(distance: Distance, kpi: KpiKey, lang: Lang): string {
  const m = messagesFor(lang);
  const hit = m.rv_hitNoun({ kpi });
  switch (distance.kind) {
    case 'secured':
      return m.rv_distSecured;
    case 'needMore':
      return m.rv_distNeedMore({ count: distance.count, of: distance.of, hit });
    case 'outOfReach':
      return m.rv_distOutOfReach({ count: distance.count, of: distance.of });
    case 'shortBy':
      return m.rv_distShortBy({ count: distance.count, hit });
    case 'overBy':
      return m.rv_distOverBy({ count: distance.count, hit });
    case 'met':
      return m.rv_distMet({ spare: distance.spare });
  }
}

/** The period's title: "2026-10", "2026-10 (month to date)", "2026-W44 (week to date)". */
export function periodTitle(period: ReviewPeriod, lang: Lang): string {
  const m = messagesFor(lang);
  if (!period.partial) return period.key;
  return `${period.key} (${period.grain === 'month' ? m.rv_monthToDate : m.rv_weekToDate})`;
}

/** The change line under a card: against the previous period of the same grain (same days when partial). */
export function changeText(card: Pick<ReviewCard, 'kpi' | 'change' | 'value'>, period: Pick<ReviewPeriod, 'grain' | 'partial'>, lang: Lang): string {
  const m = messagesFor(lang);
  if (card.change === null) return card.value === null ? m.uiNoValue : m.rv_noPrevious;
  const change = formatKpiChange(card.change, KPI_CATALOG[card.kpi].unit, lang);
  if (period.partial) return m.rv_vsSameDays({ change });
  return period.grain === 'month' ? m.rv_vsPreviousMonth({ change }) : m.rv_vsPreviousWeek({ change });
}

/** The gap to target, signed, in the KPI's unit ("gap −5.0 pp"). */
export function gapText(kpi: KpiKey, gap: number | null, lang: Lang): string {
  if (gap === null) return '';
  const unit = KPI_CATALOG[kpi].unit;
  // A gap too small for the usual digits (2.01% against 2.00%) is shown with more, never as ±0.
  let text = formatKpiChange(gap, unit, lang);
  if (unit === 'rate' && gap !== 0 && Math.abs(gap) < 0.0005) {
    const points = (Math.abs(gap) * 100).toFixed(2);
    text = `${gap > 0 ? '+' : '−'}${points}${lang === 'zh' ? ' 个百分点' : ' pp'}`;
  }
  return messagesFor(lang).rv_gap({ gap: text });
}

/** Pace of a running period in one line. */
export function paceText(pace: Pace, lang: Lang): string {
  const m = messagesFor(lang);
  const unit = KPI_CATALOG[pace.kpi].unit;
  const parts: string[] = [];
  if (pace.projected !== null) parts.push(m.rv_paceProjected({ value: formatKpiValue(pace.projected, unit, lang) }));
  if (pace.best !== null && pace.target !== null) parts.push(m.rv_paceBest({ value: formatKpiValue(pace.best, unit, lang) }));
  if (pace.distance) parts.push(distanceText(pace.distance, pace.kpi, lang));
  if (pace.needed !== null && pace.needed > 0 && pace.perDay !== null) {
    parts.push(m.rv_paceNeeded({ needed: formatKpiValue(pace.needed, unit, lang), perDay: formatKpiValue(pace.perDay, unit, lang) }));
  }
  return parts.join(' · ');
}
