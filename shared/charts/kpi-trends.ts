import type { KpiKey, KpiRowWithTargets } from '../kpi/index';
import { messagesFor, type Lang } from '../messages/index';
import { trendChart } from './trend';
import type { ChartSize, ChartSpec, ChartTheme, ChartUnit, TrendPoint } from './types';

/** KPI rows, with the counts each rate rests on where the source knows them (the dashboard's cube). */
export type TrendRow = KpiRowWithTargets & { bases?: Partial<Record<KpiKey, { hit: number; of: number }>> };

/** One KPI's monthly points out of KPI rows (value, the target that applied, what a rate rests on). */
export function trendPoints(rows: readonly TrendRow[], kpi: KpiKey): TrendPoint[] {
  return rows.map((row) => ({
    month: row.month,
    group: row.group,
    value: row[kpi],
    target: row.targets?.[kpi]?.target ?? null,
    orders: row.orders,
    base: row.bases?.[kpi] ?? null,
  }));
}

export interface KpiTrendOptions extends ChartSize {
  theme?: ChartTheme;
  /** The month under review, marked in the chart. */
  selectedMonth?: string | null;
  /** Months still running (month to date): drawn hollow. */
  partialMonths?: readonly string[];
  /** Satisfaction's scale (5, 10 or 100). */
  scaleMax?: number | null;
}

type StandardTrend = { kpi: KpiKey; unit: ChartUnit; label: 'chartKpiSatisfaction' | 'chartKpiOnTimeRate' | 'chartKpiErrorRate' };

function standardTrend(
  which: StandardTrend,
  rows: readonly TrendRow[],
  lang: Lang,
  opts: KpiTrendOptions,
): ChartSpec {
  const m = messagesFor(lang);
  const label = m[which.label];
  return trendChart({
    ...opts,
    kpi: which.kpi,
    unit: which.unit,
    label,
    title: m.chartTrendTitle({ kpi: label }),
    points: trendPoints(rows, which.kpi).map((p) => (opts.partialMonths?.includes(p.month) ? { ...p, partial: true } : p)),
    lang,
  });
}

/*
 * The three trends of the monthly report. Pass rows for grouping "none" (one line) or
 * already aggregated; rows with a group draw one line per group.
 */
export function satisfactionTrend(rows: readonly TrendRow[], lang: Lang, opts: KpiTrendOptions = {}): ChartSpec {
  return standardTrend({ kpi: 'satisfaction', unit: 'score', label: 'chartKpiSatisfaction' }, rows, lang, opts);
}

export function onTimeTrend(rows: readonly TrendRow[], lang: Lang, opts: KpiTrendOptions = {}): ChartSpec {
  return standardTrend({ kpi: 'on_time_rate', unit: 'rate', label: 'chartKpiOnTimeRate' }, rows, lang, opts);
}

export function errorRateTrend(rows: readonly TrendRow[], lang: Lang, opts: KpiTrendOptions = {}): ChartSpec {
  return standardTrend({ kpi: 'error_rate', unit: 'rate', label: 'chartKpiErrorRate' }, rows, lang, opts);
}
