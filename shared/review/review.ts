import type { Engine } from '../engine/engine';
import type { KpiKey, KpiRow, PeriodBasis } from '../kpi/keys';
import type { KpiFilters } from '../kpi/options';
import type { KpiQuery } from '../pipeline/types';
import type { OrderField } from '../schema/fields';
import type { TargetRow } from '../schema/targets';
import { atRiskOrders, type AtRiskOrder, type AtRiskQuestion } from './at-risk';
import { addDays, isoWeekOf, isoWeekStart, shiftMonth } from './calendar';
import { reviewCards, type ReviewCard } from './cards';
import { headlineKpi, memberReviewKpis, membersVsTarget, type MemberReview } from './members';
import { offeredPeriods, resolvePeriod, reviewPeriodOf, type PeriodChoice, type ReviewPeriod } from './period';
import type { SqlDialect } from '../kpi/dialect';
import { emptyWindowRow, windowRows, type WindowRow, type WindowRowsOf } from './window-rows';
import type { WindowQueryOptions } from './window-sql';
import { orderDaysSql } from './window-sql';

/** What a review asks: the period choice, the filters, the targets in effect (edits included). */
export interface ReviewQuestion {
  asOf: string;
  basis: PeriodBasis;
  choice: PeriodChoice;
  filters: KpiFilters;
  targets: readonly TargetRow[];
  teamOf: Readonly<Record<string, string>>;
  fieldsPresent: readonly OrderField[];
  ordersAcrossGroups: boolean;
  /** The created days of the orders (loadOrderDays), which say which periods have orders. */
  orderDays: readonly string[];
  /** The at-risk list: due within this many days; at most `riskLimit` rows. */
  riskDays: number;
  riskLimit?: number;
  /** Names sort in the reader's collation ("zh-CN", "en"). */
  locale: string;
}

/** The review of one period: what the first screen of both front ends shows. */
export interface ReviewData {
  /** null: the whole range (#period=all), or no orders up to the as-of date. */
  period: ReviewPeriod | null;
  /** Months and ISO weeks that can be reviewed, newest first (never after the as-of date). */
  months: string[];
  weeks: string[];
  kpis: KpiKey[];
  cards: ReviewCard[];
  memberKpis: KpiKey[];
  members: MemberReview[];
  atRisk: { orders: AtRiskOrder[]; total: number };
}

/** Monthly KPI rows (the cube in the dashboard, the KPI SQL elsewhere), for the members' sparklines. */
export type MonthlyRowsOf = (query: KpiQuery, kpis?: readonly KpiKey[]) => Promise<KpiRow[]>;

/** The at-risk list of a question (atRiskOrders; a front end may answer it from what it kept). */
export type AtRiskOf = (q: AtRiskQuestion) => Promise<{ orders: AtRiskOrder[]; total: number }>;

/**
 * Where a review's numbers come from: the engine the orders are loaded in, or (for a database
 * behind the local data server) the window rows and at-risk lists the server works out.
 */
export type ReviewSource = Engine | { windowRows: WindowRowsOf; atRisk: AtRiskOf };

const windowRowsOf = (source: ReviewSource): WindowRowsOf => ('query' in source ? (opts, key) => windowRows(source, opts, key) : source.windowRows);

export async function loadOrderDays(engine: Pick<Engine, 'query'>, dialect?: SqlDialect): Promise<string[]> {
  const result = await engine.query(orderDaysSql(dialect));
  return result.rows.map((r) => String(r.d));
}

const SPARK_MONTHS = 6;
export const SPARK_WEEKS = 6;

/** The ISO week keys of a weekly sparkline: the reviewed week and the ones before it, oldest first. */
export function sparkWeeks(key: string, count = SPARK_WEEKS): string[] {
  const start = isoWeekStart(key);
  return Array.from({ length: count }, (_, i) => isoWeekOf(addDays(start, -7 * (count - 1 - i))));
}

/** The members' rows week by week (each week as it stands at the as-of date): a weekly review's sparklines. */
async function weeklyMemberRows(rowsOfWindow: WindowRowsOf, base: Omit<WindowQueryOptions, 'group' | 'window'>, key: string, asOf: string): Promise<WindowRow[]> {
  const weeks = sparkWeeks(key).flatMap((week) => reviewPeriodOf(week, asOf) ?? []);
  const results = await Promise.all(weeks.map((week) => rowsOfWindow({ ...base, group: 'owner', window: week.counted }, week.key)));
  return results.flatMap((r) => r.rows);
}

/**
 * The period's whole-team row and its members' rows: one scan grouped both ways (withTotal, a
 * team change's window queries 3 → 2); where that does not apply (orders with lines under
 * several owners, whose total is not their owners' rows added up) two queries, as before.
 */
async function currentAndMembers(
  rowsOfWindow: WindowRowsOf,
  base: Omit<WindowQueryOptions, 'group' | 'window'>,
  window: WindowQueryOptions['window'],
  key: string,
  hasOwner: boolean,
): Promise<{ current: { rows: WindowRow[]; kpis: KpiKey[] }; byMember: { rows: WindowRow[]; kpis: KpiKey[] } | null }> {
  if (!hasOwner) return { current: await rowsOfWindow({ ...base, group: 'none', window }, key), byMember: null };
  if (base.ordersAcrossGroups) {
    const [current, byMember] = await Promise.all([rowsOfWindow({ ...base, group: 'none', window }, key), rowsOfWindow({ ...base, group: 'owner', window }, key)]);
    return { current, byMember };
  }
  const both = await rowsOfWindow({ ...base, group: 'owner', window, withTotal: true }, key);
  if (both.total !== undefined) return { current: { rows: both.total ? [both.total] : [], kpis: both.kpis }, byMember: both };
  const current = await rowsOfWindow({ ...base, group: 'none', window }, key);
  return { current, byMember: both };
}

/** Whose targets the whole-team cards get: one member or one team when the filters say so. */
export function cardScope(filters: KpiFilters, teamOf: Readonly<Record<string, string>>): { team: string | null; owner: string | null } {
  const owner = filters.owner?.length === 1 ? filters.owner[0] : null;
  const team = owner ? (teamOf[owner] ?? null) : filters.team?.length === 1 ? filters.team[0] : null;
  return { team, owner };
}

export async function reviewData(
  source: ReviewSource,
  q: ReviewQuestion,
  monthlyRowsOf: MonthlyRowsOf,
  atRiskOf: AtRiskOf = 'query' in source ? (question) => atRiskOrders(source, question) : source.atRisk,
): Promise<ReviewData> {
  const rowsOfWindow = windowRowsOf(source);
  const period = resolvePeriod(q.choice, q.orderDays, q.asOf);
  const months = offeredPeriods(q.orderDays, q.asOf, 'month');
  const weeks = offeredPeriods(q.orderDays, q.asOf, 'week');
  const atRisk = atRiskOf({ asOf: q.asOf, days: q.riskDays, fieldsPresent: q.fieldsPresent, filters: q.filters, limit: q.riskLimit });
  // Awaited last; should a window fail first, its failure is the review's, not an unhandled one.
  atRisk.catch(() => undefined);
  if (!period) return { period: null, months, weeks, kpis: [], cards: [], memberKpis: [], members: [], atRisk: await atRisk };
  const base = { fieldsPresent: q.fieldsPresent, basis: q.basis, filters: q.filters, ordersAcrossGroups: q.ordersAcrossGroups };
  const hasOwner = q.fieldsPresent.includes('owner');
  const [current, previous, byMember] = await Promise.all([
    currentAndMembers(rowsOfWindow, base, period.counted, period.key, hasOwner),
    rowsOfWindow({ ...base, group: 'none', window: period.previous.counted }, period.previous.key),
    null,
  ]).then(([both, before]) => [both.current, before, both.byMember] as const);
  const kpis = current.kpis;
  const first = (rows: WindowRow[], key: string) => rows[0] ?? emptyWindowRow(key, null, kpis);
  const cards = reviewCards({
    kpis,
    current: first(current.rows, period.key),
    previous: previous.rows[0] ?? null,
    period,
    targets: q.targets,
    scope: cardScope(q.filters, q.teamOf),
  });
  const memberKpis = memberReviewKpis(kpis, q.targets);
  const headline = headlineKpi(memberKpis);
  const month = period.targetMonth;
  // The sparklines follow the grain: six months for a monthly review, six ISO weeks for a weekly one.
  const weekly = period.grain === 'week';
  const trend =
    hasOwner && headline
      ? weekly
        ? await weeklyMemberRows(rowsOfWindow, base, period.key, q.asOf)
        : await monthlyRowsOf({ basis: q.basis, asOf: q.asOf, group: 'owner', from: shiftMonth(month, 1 - SPARK_MONTHS), to: month, filters: q.filters }, [headline])
      : [];
  const targetMonthOf = weekly ? (week: string) => reviewPeriodOf(week, q.asOf)?.targetMonth ?? month : undefined;
  const members = byMember
    ? membersVsTarget({ rows: byMember.rows, kpis: memberKpis, targets: q.targets, teamOf: q.teamOf, period, trend, targetMonthOf, locale: q.locale })
    : [];
  return { period, months, weeks, kpis, cards, memberKpis, members, atRisk: await atRisk };
}
