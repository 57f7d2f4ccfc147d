import { KPI_CATALOG } from '../kpi/catalog';
import type { KpiKey, KpiRow } from '../kpi/keys';
import { targetFor } from '../kpi/targets';
import type { TargetRow } from '../schema/targets';
import { distanceToTarget, type Distance } from './distance';
import { judge, type Judgement } from './judge';
import type { ReviewPeriod } from './period';
import type { WindowRow } from './window-rows';

/** One KPI of one member against the member's own target. */
export interface MemberKpi extends Judgement {
  kpi: KpiKey;
  distance: Distance | null;
}

/** A member in the review: their own numbers against their own targets — never a rank. */
export interface MemberReview {
  owner: string;
  team: string | null;
  orders: number | null;
  kpis: MemberKpi[];
  /** The headline KPI by period of the review's grain ("YYYY-MM" or "YYYY-Www"), with the member's target: a sparkline. */
  spark: { month: string; value: number | null; target: number | null }[];
}

const FALLBACK: KpiKey[] = ['on_time_rate', 'error_rate', 'satisfaction'];

/** The members block's KPIs: every KPI with a target somewhere, else on-time, error rate and satisfaction. */
export function memberReviewKpis(kpis: readonly KpiKey[], targets: readonly TargetRow[]): KpiKey[] {
  const targeted = new Set(targets.filter((t) => t.target !== null).map((t) => t.kpi));
  const withTarget = kpis.filter((k) => targeted.has(k) && k !== 'orders');
  return withTarget.length > 0 ? withTarget : kpis.filter((k) => FALLBACK.includes(k));
}

/** The sparkline's KPI: the first rate of the block (on-time in most sheets). */
export function headlineKpi(kpis: readonly KpiKey[]): KpiKey | null {
  return kpis.find((k) => KPI_CATALOG[k].unit === 'rate') ?? kpis[0] ?? null;
}

/**
 * Every member of the period against their own targets, sorted by name (the reader's collation).
 * Values are always there; met/missed only where the member has a target; a rate on fewer than
 * SMALL_SAMPLE orders is marked, not judged. `trend` = the members' monthly rows (sparklines).
 */
export function membersVsTarget(opts: {
  rows: readonly WindowRow[];
  kpis: readonly KpiKey[];
  targets: readonly TargetRow[];
  teamOf: Readonly<Record<string, string>>;
  period: Pick<ReviewPeriod, 'targetMonth'>;
  trend?: readonly KpiRow[];
  /** The month whose target a trend row's period has (a week's: the month of its Thursday); default the row's month. */
  targetMonthOf?: (period: string) => string;
  locale?: string;
}): MemberReview[] {
  const targetMonthOf = opts.targetMonthOf ?? ((period: string) => period);
  const headline = headlineKpi(opts.kpis);
  const collator = new Intl.Collator(opts.locale ?? 'en');
  const members = opts.rows.filter((r): r is WindowRow & { group: string } => r.group !== null);
  return members
    .map((row): MemberReview => {
      const team = opts.teamOf[row.group] ?? null;
      const scopeOf = (month: string) => ({ month, team, owner: row.group });
      const kpis = opts.kpis.map((kpi): MemberKpi => {
        const base = row.bases[kpi] ?? null;
        const target = targetFor(opts.targets, kpi, scopeOf(opts.period.targetMonth));
        const ahead = KPI_CATALOG[kpi].naturalBasis === 'due' ? (row.openAhead ?? 0) : 0;
        return { kpi, ...judge(kpi, row[kpi], target, base), distance: distanceToTarget(kpi, base, target, ahead) };
      });
      const spark = headline
        ? (opts.trend ?? [])
            .filter((r) => r.group === row.group)
            .map((r) => ({ month: r.month, value: r[headline], target: targetFor(opts.targets, headline, scopeOf(targetMonthOf(r.month))) }))
            .sort((a, b) => a.month.localeCompare(b.month))
        : [];
      return { owner: row.group, team, orders: row.orders, kpis, spark };
    })
    .sort((a, b) => collator.compare(a.owner, b.owner));
}
