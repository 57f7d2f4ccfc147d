import type { OrderField } from '../schema/fields';
import type { Issue } from '../schema/issues';
import { missingFields, naturalBasisOf, type DateBasis } from './catalog';
import { DUCKDB_DIALECT, type SqlDialect } from './dialect';
import { KPI_KEYS, type Grouping, type KpiKey, type PeriodBasis } from './keys';

/** The fields a KPI query can be filtered on. */
export const FILTER_FIELDS = ['team', 'owner', 'customer', 'supplier'] as const;
export type FilterField = (typeof FILTER_FIELDS)[number];
/** Keep only orders whose field is one of these values (an empty list filters nothing). */
export type KpiFilters = Partial<Record<FilterField, readonly string[]>>;

/** A question to the KPIs as a front end asks it; the data it is asked of adds the rest (KpiQueryOptions). */
export interface KpiQuery {
  basis: PeriodBasis;
  group: Grouping;
  /** YYYY-MM-DD */
  asOf: string;
  /** First month, YYYY-MM (inclusive). */
  from?: string;
  /** Last month, YYYY-MM (inclusive). */
  to?: string;
  filters?: KpiFilters;
  /** Default true; false = one row per group over the whole range, month "all". */
  perMonth?: boolean;
}

/**
 * A window of days, YYYY-MM-DD inclusive (the review's month to date, an ISO week): created and
 * delivered dates count up to the as-of date, due dates over the whole window.
 */
export interface DaysWindow {
  start: string;
  end: string;
}

/** What a KPI query asks for: the same options for the SQL compiler and the reference. */
export interface KpiQueryOptions extends KpiQuery {
  /** The order fields that are mapped; the others are all-NULL columns. */
  fieldsPresent: readonly OrderField[];
  /** The KPIs wanted (default: all). The others come back as NULL columns. */
  kpis?: readonly KpiKey[];
  /** Table name (default "orders"). */
  table?: string;
  /**
   * Some orders have a row per owner/team/customer/supplier their lines lie in (ingest's
   * ordersAcrossGroups > 0): rows are combined by order id within each group before counting.
   */
  ordersAcrossGroups?: boolean;
  /** The database the SQL is for (default DuckDB). */
  dialect?: SqlDialect;
  /**
   * Only the orders of these days, one row per group (month "all", perMonth is ignored); the
   * rows also carry the counts behind each rate and the open orders still due (compile.ts).
   */
  window?: DaysWindow;
  /**
   * Also the row of all groups together, from the same scan (GROUPING SETS): group null and
   * `is_total` true, beside each group's row (`is_total` false). Ignored without a grouping
   * field, and when orders are combined by group (ordersAcrossGroups), whose total could not
   * be their groups' rows added up: the caller then asks for the total on its own.
   */
  withTotal?: boolean;
}

export interface AbsentKpi {
  kpi: KpiKey;
  missing: OrderField[];
}

/** The options checked and resolved: what the SQL compiler and the reference both follow. */
export interface KpiPlan {
  /** KPIs computed, in catalog order, each with the date it is bucketed on. */
  computed: { kpi: KpiKey; basis: DateBasis }[];
  absent: AbsentKpi[];
  /** Every date basis in use (at least one: it gives the rows even when nothing is computed). */
  bases: DateBasis[];
  /** The grouping field, or null for none (also when its field is not mapped). */
  groupField: FilterField | null;
  filters: { field: FilterField; values: string[] }[];
  asOf: string;
  from: string | null;
  to: string | null;
  perMonth: boolean;
  table: string;
  /** Combine rows by order id (and group) before counting: see KpiQueryOptions.ordersAcrossGroups. */
  combineByOrder: boolean;
  /** Only these days (KpiQueryOptions.window), or null for the months from … to. */
  window: DaysWindow | null;
  dialect: SqlDialect;
  /** The rows carry `is_total` and the total row too (KpiQueryOptions.withTotal, when it applies). */
  withTotal: boolean;
}

export const MONTH_ALL = 'all';

const optionIssue = (severity: Issue['severity'], code: string, params: Issue['params']): Issue => ({
  sheet: '',
  cell: '',
  severity,
  code,
  params,
});

/** Strict calendar check: 2026-02-30 is not a date (the one check of a YYYY-MM-DD, for the CLI, the server and the page too). */
export function isIsoDate(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

export function isIsoMonth(text: string): boolean {
  const m = /^(\d{4})-(\d{2})$/.exec(text);
  return !!m && Number(m[2]) >= 1 && Number(m[2]) <= 12;
}

/** Whether the total row can come from the groups' scan (see KpiQueryOptions.withTotal). */
export function totalApplies(opts: Pick<KpiQueryOptions, 'withTotal' | 'ordersAcrossGroups'>, groupField: FilterField | null): boolean {
  return opts.withTotal === true && groupField !== null && opts.ordersAcrossGroups !== true;
}

/** Checks the options: errors (bad dates, an unmapped basis date) leave no plan. */
export function planKpiQuery(opts: KpiQueryOptions): { value: KpiPlan | null; issues: Issue[] } {
  const issues: Issue[] = [];
  const present = opts.fieldsPresent;
  if (!isIsoDate(opts.asOf)) issues.push(optionIssue('error', 'kpiBadAsOf', { value: opts.asOf }));
  for (const [option, value] of [['from', opts.from], ['to', opts.to]] as const) {
    if (value !== undefined && !isIsoMonth(value)) issues.push(optionIssue('error', 'kpiBadMonth', { option, value }));
  }
  if (opts.from && opts.to && isIsoMonth(opts.from) && isIsoMonth(opts.to) && opts.from > opts.to) {
    issues.push(optionIssue('error', 'kpiBadRange', { from: opts.from, to: opts.to }));
  }
  if (opts.basis !== 'natural' && !present.includes(opts.basis)) {
    issues.push(optionIssue('error', 'kpiBasisFieldMissing', { basis: opts.basis }));
  }
  let groupField: FilterField | null = opts.group === 'none' ? null : opts.group;
  if (groupField && !present.includes(groupField)) {
    issues.push(optionIssue('warning', 'kpiGroupFieldMissing', { group: groupField }));
    groupField = null;
  }
  const filters: KpiPlan['filters'] = [];
  for (const field of FILTER_FIELDS) {
    const values = opts.filters?.[field];
    if (!values || values.length === 0) continue;
    if (!present.includes(field)) issues.push(optionIssue('warning', 'kpiFilterFieldMissing', { field }));
    else filters.push({ field, values: [...new Set(values)] });
  }

  const wanted = KPI_KEYS.filter((kpi) => !opts.kpis || opts.kpis.includes(kpi));
  const computed: KpiPlan['computed'] = [];
  const absent: AbsentKpi[] = [];
  for (const kpi of wanted) {
    const missing = missingFields(kpi, present);
    if (missing.length > 0) {
      absent.push({ kpi, missing });
      issues.push(optionIssue('info', 'kpiAbsent', { kpi, fields: missing.join(', ') }));
    } else {
      computed.push({ kpi, basis: opts.basis === 'natural' ? naturalBasisOf(kpi, present) : opts.basis });
    }
  }
  if (issues.some((issue) => issue.severity === 'error')) return { value: null, issues };

  const used = new Set(computed.map((c) => c.basis));
  const bases = used.size > 0 ? [...used] : [opts.basis === 'natural' ? 'created' : opts.basis];
  return {
    value: {
      computed,
      absent,
      bases: (['created', 'due', 'delivered'] as const).filter((b) => bases.includes(b)),
      groupField,
      filters,
      asOf: opts.asOf,
      from: opts.from ?? null,
      to: opts.to ?? null,
      perMonth: opts.window ? false : (opts.perMonth ?? true),
      table: opts.table ?? 'orders',
      combineByOrder: opts.ordersAcrossGroups === true,
      dialect: opts.dialect ?? DUCKDB_DIALECT,
      window: opts.window ?? null,
      withTotal: totalApplies(opts, groupField),
    },
    issues,
  };
}
