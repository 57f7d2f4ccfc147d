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

/** Target attainment of one KPI in one row: the target that applies and whether it was met. */
export interface TargetCheck {
  target: number;
  /** null when the KPI has no value for the row. */
  met: boolean | null;
  /** value − target (null when no value). */
  gap: number | null;
}

/**
 * A KPI row with its targets, as the report CLI's JSON prints it. `fromKpiSheet` names, per KPI,
 * the KPI-sheet cell whose `actual` supplied a value the orders could not give.
 */
export type KpiRowWithTargets = KpiRow & {
  targets: Partial<Record<KpiKey, TargetCheck>>;
  fromKpiSheet?: Partial<Record<KpiKey, string>>;
};
