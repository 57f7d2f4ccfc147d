/** The KPI keys of DESIGN.md, in display order. The catalog (catalog.ts) defines each one. */
export const KPI_KEYS = [
  'orders',
  'revenue',
  'completed',
  'completion_rate',
  'on_time_rate',
  'overdue_open',
  'error_rate',
  'satisfaction',
  'cycle_days_avg',
  'cycle_days_p50',
  'cycle_days_p90',
  'response_hours_avg',
  'response_hours_p90',
  'resolution_rate',
  'complaint_rate',
] as const;
export type KpiKey = (typeof KPI_KEYS)[number];

export function isKpiKey(x: unknown): x is KpiKey {
  return typeof x === 'string' && (KPI_KEYS as readonly string[]).includes(x);
}

export const PERIOD_BASES = ['natural', 'created', 'due', 'delivered'] as const;
export type PeriodBasis = (typeof PERIOD_BASES)[number];

export const GROUPINGS = ['owner', 'team', 'customer', 'supplier', 'none'] as const;
export type Grouping = (typeof GROUPINGS)[number];

/** One row of KPI results: a month × group, every KPI (null when absent or no data). */
export type KpiRow = {
  month: string; // "YYYY-MM"
  group: string | null; // null for grouping "none"
} & Record<KpiKey, number | null>;
