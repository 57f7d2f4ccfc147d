import { isKpiKey, PERIOD_BASES, isIsoDate, isIsoMonth, type KpiKey, type PeriodBasis } from '../../shared/kpi/index';
import { isLang, type Lang } from '../../shared/messages/index';

export const THEMES = ['light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

/** The number behind which the user asked for the orders (a KPI card or a member-table cell). */
export interface BehindCell {
  kpi: KpiKey;
  /** "YYYY-MM" or "all" (the selected range). */
  month: string;
  /** A member, or null for everyone in the filters. */
  member: string | null;
}

/**
 * Everything the screen shows that a colleague should see when the link is shared: filters,
 * the chart selection, language and theme. It lives in the URL hash (see url-hash.ts).
 */
export interface ViewState {
  /** First and last month ("YYYY-MM"); null = from the first / to the last month of the data. */
  from: string | null;
  to: string | null;
  teams: string[];
  owners: string[];
  basis: PeriodBasis;
  /** Cross-filter: a month or a member picked in a chart. */
  pickMonth: string | null;
  pickMember: string | null;
  /** null = the browser's language. */
  lang: Lang | null;
  theme: Theme;
  /** "YYYY-MM-DD"; null = the data's default (the demo's own date, today for a file). */
  asOf: string | null;
  /** The KPI of the member × month heatmap. */
  heatKpi: KpiKey;
  behind: BehindCell | null;
  /** The review period: null = the default month, "week" = the default week, "all" = the whole range, or a month / ISO week. */
  period: string | null;
  /** The at-risk list: open orders overdue or due within this many days. */
  riskDays: number;
}

export const DEFAULT_VIEW: ViewState = {
  from: null,
  to: null,
  teams: [],
  owners: [],
  basis: 'natural',
  pickMonth: null,
  pickMember: null,
  lang: null,
  theme: 'light',
  asOf: null,
  heatKpi: 'on_time_rate',
  behind: null,
  period: null,
  riskDays: 7,
};

export const isPeriodBasis = (x: unknown): x is PeriodBasis => typeof x === 'string' && (PERIOD_BASES as readonly string[]).includes(x);
export const isTheme = (x: unknown): x is Theme => x === 'light' || x === 'dark';
export const monthOrNull = (x: string | null | undefined): string | null => (x && isIsoMonth(x) ? x : null);
export const dateOrNull = (x: string | null | undefined): string | null => (x && isIsoDate(x) ? x : null);
export const langOrNull = (x: string | null | undefined): Lang | null => (isLang(x) ? x : null);
export const kpiOr = (x: string | null | undefined, fallback: KpiKey): KpiKey => (isKpiKey(x) ? x : fallback);
