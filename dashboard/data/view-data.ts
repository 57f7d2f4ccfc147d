import {
  attachTargets,
  isTargetMet,
  isZeroWhenEmpty,
  targetFor,
  type AbsentKpi,
  type KpiKey,
  type KpiRow,
  type KpiRowWithTargets,
  type PeriodBasis,
} from '../../shared/kpi/index';
import type { KpiQuery } from '../../shared/pipeline/index';
import type { TargetRow } from '../../shared/schema/index';
import type { RateBase, ReviewData, TargetEdit } from '../../shared/review/index';

/** What the overview asks of the data: the view state with the as-of date settled. */
export interface ViewQuestion {
  basis: PeriodBasis;
  asOf: string;
  from: string | null;
  to: string | null;
  teams: string[];
  owners: string[];
  pickMonth: string | null;
  pickMember: string | null;
  /** The KPI of the member × month heatmap (the only one its rows need). */
  heatKpi: KpiKey;
  /** The review period as the link says it (see ViewState.period); absent = the default month. */
  period?: string | null;
  riskDays?: number;
  /** Targets set in the page (browser storage): they win over the KPI sheet's rows of the same scope. */
  targetEdits?: TargetEdit[];
  /** The reader's collation for names ("zh-CN", "en"). */
  locale?: string;
}

export interface CardData {
  kpi: KpiKey;
  /** Over the selected range (or the picked month). */
  value: number | null;
  target: number | null;
  met: boolean | null;
  /** The last month of the range and its value, and the month before's value. */
  lastMonth: string | null;
  lastValue: number | null;
  previous: number | null;
  /** The KPI sheet cell whose `actual` gave the value, when the orders could not. */
  fromKpiSheet: string | null;
  spark: { month: string; value: number | null; target: number | null }[];
}

export interface ViewData {
  cards: CardData[];
  /** KPIs whose fields are not mapped (absent, never zero). */
  absent: AbsentKpi[];
  /** The KPIs computed. */
  kpis: KpiKey[];
  /** Whole team (the filters and a picked member), per month of the range: the trend charts. */
  trend: BasedRowWithTargets[];
  /** Per member over the range (or the picked month): the member table and overdue bars. */
  members: KpiRowWithTargets[];
  /** The member table's KPIs (the counts that frame the work, and every KPI with a target). */
  memberKpis: KpiKey[];
  /** Per member and month of the range, the heatmap's KPI only (its own picks not applied), with its rate's base. */
  heat: BasedRowWithTargets[];
  /** The KPIs the heatmap can show: those with targets (else every KPI). */
  heatKpis: KpiKey[];
  /** The heatmap's KPI in effect. */
  heatKpi: KpiKey | null;
  /** The review of the period (the first screen); absent where only the overview was asked. */
  review?: ReviewData | null;
  /** Every target in effect: the page's edits first, then the KPI sheet's rows. */
  targets?: TargetRow[];
}

/** The KPI table for export: every KPI per member, by month and over the range. */
export interface TableData {
  monthly: KpiRowWithTargets[];
  range: KpiRowWithTargets[];
  kpis: KpiKey[];
}

/** What the data source knows besides rows: targets and each member's team. */
export interface ViewContext {
  targets: readonly TargetRow[];
  teamOf: Readonly<Record<string, string>>;
  kpis: KpiKey[];
  absent: AbsentKpi[];
  /** The months of the data, sorted. */
  months: readonly string[];
}

/**
 * A KPI row with, where the source knows them (the cube), the counts each rate rests on: a
 * rate on few orders is then marked "few orders" instead of coloured as missed.
 */
export type BasedKpiRow = KpiRow & { bases?: Partial<Record<KpiKey, RateBase>> };
export type BasedRowWithTargets = KpiRowWithTargets & { bases?: Partial<Record<KpiKey, RateBase>> };

/** KPI rows for a query; `kpis` names the KPIs wanted (the others may come back null). */
export type RowsOf = (query: KpiQuery, kpis?: readonly KpiKey[]) => Promise<BasedKpiRow[]>;

/** KPIs that have a target row in the KPI sheet, in catalog order. */
function kpisWithTargets(ctx: ViewContext): KpiKey[] {
  const targeted = new Set(ctx.targets.filter((t) => t.target !== null).map((t) => t.kpi));
  return ctx.kpis.filter((kpi) => targeted.has(kpi));
}

/** The member table's KPIs: orders and overdue open orders, then every KPI with a target. */
export function memberKpisOf(ctx: ViewContext): KpiKey[] {
  const wanted = new Set<KpiKey>(['orders', 'overdue_open', ...kpisWithTargets(ctx)]);
  return ctx.kpis.filter((kpi) => wanted.has(kpi));
}

/** The month before "YYYY-MM". */
export function monthBefore(month: string): string {
  const [y, m] = month.split('-').map(Number);
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
}

/** Whose targets the whole-team rows get: one team or one member when the filters say so. */
export function targetScopeOf(q: ViewQuestion, teamOf: Readonly<Record<string, string>>): { team: string | null; owner: string | null } {
  const owner = q.pickMember ?? (q.owners.length === 1 ? q.owners[0] : null);
  const team = owner ? (teamOf[owner] ?? null) : q.teams.length === 1 ? q.teams[0] : null;
  return { team, owner };
}

/** Targets for rows of the whole (filtered) team, for the scope the filters narrow to. */
function withScopedTargets(rows: KpiRow[], ctx: ViewContext, scope: { team: string | null; owner: string | null }): KpiRowWithTargets[] {
  if (scope.owner) {
    const attached = attachTargets(rows.map((r) => ({ ...r, group: scope.owner })), ctx.targets, { group: 'owner', teamOf: (o) => ctx.teamOf[o] ?? null });
    return attached.map((r, i) => ({ ...r, group: rows[i].group }));
  }
  if (scope.team) {
    const attached = attachTargets(rows.map((r) => ({ ...r, group: scope.team })), ctx.targets, { group: 'team' });
    return attached.map((r, i) => ({ ...r, group: rows[i].group }));
  }
  return attachTargets(rows, ctx.targets, { group: 'none' });
}

/** The filters with or without the picked member. */
function filtersOf(q: ViewQuestion, withPick: boolean): KpiQuery['filters'] {
  const owners = withPick && q.pickMember ? [q.pickMember] : q.owners;
  return { ...(q.teams.length ? { team: q.teams } : {}), ...(owners.length ? { owner: owners } : {}) };
}

const range = (from: string | null, to: string | null) => ({ ...(from ? { from } : {}), ...(to ? { to } : {}) });

/**
 * The numbers of one overview: four questions to the data (cube or SQL), targets attached as
 * the report does. A picked month narrows the cards and the member table; a picked member
 * narrows the cards and the trends; each chart keeps showing what can be picked in it.
 */
export async function viewData(q: ViewQuestion, ctx: ViewContext, rowsOf: RowsOf): Promise<ViewData> {
  const base = { basis: q.basis, asOf: q.asOf };
  const [from, to] = q.pickMonth ? [q.pickMonth, q.pickMonth] : [q.from, q.to];
  const scope = targetScopeOf(q, ctx.teamOf);
  // The last month that has happened: a month after the as-of date holds only promises.
  const rangeEnd = to ?? ctx.months[ctx.months.length - 1] ?? null;
  const lastMonth = rangeEnd && rangeEnd > q.asOf.slice(0, 7) ? q.asOf.slice(0, 7) : rangeEnd;
  const oneMonth = from !== null && from === to;
  const memberKpis = memberKpisOf(ctx);
  const targeted = kpisWithTargets(ctx);
  const heatKpis = targeted.length > 0 ? targeted : ctx.kpis;
  const heatKpi = heatKpis.includes(q.heatKpi) ? q.heatKpi : (heatKpis[0] ?? null);

  const [overall, monthly, members, heat] = await Promise.all([
    rowsOf({ ...base, group: 'none', ...range(from, to), filters: filtersOf(q, true), perMonth: oneMonth }),
    // From the month before the range, so the first month has a change too.
    rowsOf({ ...base, group: 'none', ...range(q.from ? monthBefore(q.from) : null, q.to), filters: filtersOf(q, true) }),
    rowsOf({ ...base, group: 'owner', ...range(from, to), filters: filtersOf(q, false), perMonth: oneMonth }, memberKpis),
    rowsOf({ ...base, group: 'owner', ...range(q.from, q.to), filters: filtersOf(q, false) }, heatKpi ? [heatKpi] : []),
  ]);
  const overallRow = withScopedTargets(overall, ctx, scope)[0] ?? null;
  const trendAll = withScopedTargets(monthly, ctx, scope);
  const trend = trendAll.filter((r) => !q.from || r.month >= q.from);
  const byMonth = new Map(trendAll.map((r) => [r.month, r]));
  const teamOf = (owner: string) => ctx.teamOf[owner] ?? null;

  const cards = ctx.kpis.map((kpi): CardData => {
    // No order in scope at all: nothing was counted (0); every other KPI has no value.
    const value = overallRow ? overallRow[kpi] : isZeroWhenEmpty(kpi) ? 0 : null;
    // The range's own target when the KPI sheet has one; else the last month's.
    const target = overallRow?.targets[kpi]?.target ?? (lastMonth ? (byMonth.get(lastMonth)?.targets[kpi]?.target ?? targetFor(ctx.targets, kpi, { month: lastMonth, ...scope })) : null);
    const last = lastMonth ? byMonth.get(lastMonth) : undefined;
    const before = lastMonth ? byMonth.get(monthBefore(lastMonth)) : undefined;
    return {
      kpi,
      value,
      target,
      met: target === null ? null : isTargetMet(kpi, value, target),
      lastMonth,
      lastValue: last ? last[kpi] : null,
      previous: before ? before[kpi] : null,
      fromKpiSheet: overallRow?.fromKpiSheet?.[kpi] ?? null,
      spark: trend.map((r) => ({ month: r.month, value: r[kpi], target: r.targets[kpi]?.target ?? null })),
    };
  });

  return {
    cards,
    absent: ctx.absent,
    kpis: ctx.kpis,
    trend,
    members: attachTargets(members, ctx.targets, { group: 'owner', teamOf }),
    memberKpis,
    heat: attachTargets(heat, ctx.targets, { group: 'owner', teamOf }),
    heatKpis,
    heatKpi,
  };
}

/** Every KPI per member, by month of the range and over it: the KPI table's export. */
export async function tableData(q: ViewQuestion, ctx: ViewContext, rowsOf: RowsOf): Promise<TableData> {
  const base = { basis: q.basis, asOf: q.asOf, group: 'owner' as const, filters: filtersOf(q, false) };
  const [from, to] = q.pickMonth ? [q.pickMonth, q.pickMonth] : [q.from, q.to];
  const teamOf = (owner: string) => ctx.teamOf[owner] ?? null;
  const [monthly, whole] = await Promise.all([
    rowsOf({ ...base, ...range(q.from, q.to) }),
    rowsOf({ ...base, ...range(from, to), perMonth: from !== null && from === to }),
  ]);
  return {
    monthly: attachTargets(monthly, ctx.targets, { group: 'owner', teamOf }),
    range: attachTargets(whole, ctx.targets, { group: 'owner', teamOf }),
    kpis: ctx.kpis,
  };
}
