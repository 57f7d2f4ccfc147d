import { KPI_CATALOG, type KpiKey, type KpiRowWithTargets, type PeriodBasis } from '../../shared/kpi/index';
import type { AbsentKpi, LoadedData } from '../../shared/pipeline/index';
import type { Issue } from '../../shared/schema/index';
import type { PaneKpiSource } from './kpi-source';
import { shiftMonth } from './months';

/** What the views ask: the KPI rows of a question (the workbook's engine or the data server). */
type KpiRowsSource = Pick<PaneKpiSource, 'kpis'>;

export interface KpiFilter {
  from: string;
  to: string;
  basis: PeriodBasis;
  asOf: string;
  team: string | null;
  owner: string | null;
}

export interface KpiCardData {
  kpi: KpiKey;
  value: number | null;
  previous: number | null;
  target: number | null;
  met: boolean | null;
}

export interface KpiView {
  /** The filter this view answers. */
  filter: KpiFilter;
  /** The month the cards and the member table show: the last month of the range. */
  month: string;
  cards: KpiCardData[];
  /** Whole-team rows per month over the range (trend charts). */
  trend: KpiRowWithTargets[];
  /** One row per member for `month`. */
  members: KpiRowWithTargets[];
  kpis: KpiKey[];
  absent: AbsentKpi[];
  issues: Issue[];
}

const filtersOf = (f: KpiFilter) => ({
  ...(f.team ? { team: [f.team] } : {}),
  ...(f.owner ? { owner: [f.owner] } : {}),
});

/**
 * What the KPIs tab shows for a filter: whole-team monthly rows from the month before the
 * range (for the first change), the cards for the range's last month, and that month by member.
 */
export async function kpiView(source: KpiRowsSource, loaded: LoadedData, f: KpiFilter): Promise<KpiView> {
  // Both questions go to the source at once; an engine's worker answers them one after the other.
  const [view, members] = await Promise.all([kpiTrendView(source, loaded, f), kpiMembers(source, loaded, f)]);
  return { ...view, members };
}

/**
 * The cards and trends of a filter, without the member table (`members` is empty): the tab
 * draws them as soon as they are known, while the engine still works on the members.
 */
export async function kpiTrendView(source: KpiRowsSource, loaded: LoadedData, f: KpiFilter): Promise<KpiView> {
  const base = { basis: f.basis, asOf: f.asOf, filters: filtersOf(f), perMonth: true };
  const monthly = await source.kpis(loaded, { ...base, group: 'none', from: shiftMonth(f.from, -1), to: f.to });
  const byMonth = new Map(monthly.rows.map((r) => [r.month, r]));
  const current = byMonth.get(f.to);
  const before = byMonth.get(shiftMonth(f.to, -1));
  const cards = monthly.kpis.map((kpi) => {
    const check = current?.targets[kpi];
    return {
      kpi,
      value: current?.[kpi] ?? null,
      previous: before?.[kpi] ?? null,
      target: check?.target ?? null,
      met: check?.met ?? null,
    };
  });
  return {
    filter: f,
    month: f.to,
    cards,
    trend: monthly.rows.filter((r) => r.month >= f.from).sort((a, b) => a.month.localeCompare(b.month)),
    members: [],
    kpis: monthly.kpis,
    absent: monthly.absent,
    issues: monthly.issues,
  };
}

/** One row per member for the range's last month (none when the orders name no owner). */
export async function kpiMembers(source: KpiRowsSource, loaded: LoadedData, f: KpiFilter): Promise<KpiRowWithTargets[]> {
  if (!loaded.fieldsPresent.includes('owner')) return [];
  const base = { basis: f.basis, asOf: f.asOf, filters: filtersOf(f), perMonth: true };
  return (await source.kpis(loaded, { ...base, group: 'owner', from: f.to, to: f.to })).rows;
}

/** The KPIs the member table shows: those with a target for someone, else the main ones. */
export function memberTableKpis(view: Pick<KpiView, 'kpis' | 'members'>): KpiKey[] {
  const withTarget = view.kpis.filter((k) => view.members.some((r) => r.targets[k]));
  const main: KpiKey[] = ['orders', 'on_time_rate', 'error_rate', 'satisfaction'];
  const chosen = withTarget.length ? withTarget : main.filter((k) => view.kpis.includes(k));
  return chosen.sort((a, b) => view.kpis.indexOf(a) - view.kpis.indexOf(b)).filter((k) => KPI_CATALOG[k]);
}
