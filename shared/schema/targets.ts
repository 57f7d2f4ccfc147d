import type { KpiKey } from '../kpi/keys';

/**
 * One row of the KPI (targets) sheet, after parsing. Long and wide forms both become these.
 * Blank month/team/owner mean "every month / team / owner". Rates are fractions (95% → 0.95).
 */
export interface TargetRow {
  month: string | null; // "YYYY-MM"
  team: string | null;
  owner: string | null;
  kpi: KpiKey;
  target: number | null;
  /** An externally measured actual (e.g. a monthly satisfaction survey). */
  actual: number | null;
  /** Where it came from, e.g. "KPI!B4", for issues. */
  source: string;
}
