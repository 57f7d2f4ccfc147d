/*
 * Fixed names the front ends rely on. The dashboard listens to the selection params with
 * vega's `view.addSignalListener(PICK_MONTH, …)` to cross-filter, and can swap rows with
 * `view.data(CHART_DATASETS.trend, rows)`; renaming any of these breaks them.
 */

/** Point selection of a month (field `month`, "YYYY-MM") in the trend and heatmap charts. */
export const PICK_MONTH = 'pick_month';
/** Point selection of a member (field `member`) in the heatmap, small multiples and bars. */
export const PICK_MEMBER = 'pick_member';

export const MONTH_FIELD = 'month';
export const MEMBER_FIELD = 'member';

/** The dataset name of each builder's spec (`data: { name }` + top-level `datasets`). */
export const CHART_DATASETS = {
  trend: 'kpi_trend',
  memberTrend: 'member_trend',
  attainment: 'attainment',
  overdue: 'overdue_by_owner',
  sparkline: 'sparkline',
  noData: 'no_data',
} as const;

/**
 * The values picked in a selection signal. Vega-Lite gives `{ month: ['2026-01'] }` for a
 * point selection (or null/{} when cleared); a lone value is accepted too.
 */
export function pickedValues(signalValue: unknown, field: typeof MONTH_FIELD | typeof MEMBER_FIELD): string[] {
  if (!signalValue || typeof signalValue !== 'object') return [];
  const picked = (signalValue as Record<string, unknown>)[field];
  const list = Array.isArray(picked) ? picked : picked == null ? [] : [picked];
  return list.map(String);
}
