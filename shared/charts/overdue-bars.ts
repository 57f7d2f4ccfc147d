import { messagesFor, type Lang } from '../messages/index';
import { chartFrame, pointSelection, sortByName } from './base';
import { CHART_DATASETS, MEMBER_FIELD, PICK_MEMBER } from './names';
import { noDataChart } from './no-data';
import { chartPalette } from './theme';
import type { ChartSize, ChartSpec, ChartTheme } from './types';

export interface OverdueBar {
  owner: string;
  overdue: number;
  dueSoon?: number;
}

export interface OverdueBarsOptions extends ChartSize {
  bars: OverdueBar[];
  lang: Lang;
  theme?: ChartTheme;
  /** 'name' (default) keeps this a worklist, not a leaderboard; 'value' puts the most overdue first. */
  sortBy?: 'name' | 'value';
  title?: string;
}

/**
 * Horizontal bars of overdue open orders per owner, stacked with "due soon" when given.
 * Clicking a bar picks its owner (PICK_MEMBER, field `member`).
 */
export function overdueByOwnerBars(opts: OverdueBarsOptions): ChartSpec {
  const m = messagesFor(opts.lang);
  const title = opts.title ?? m.chartOverdueTitle;
  if (opts.bars.length === 0) {
    return noDataChart({ title, lang: opts.lang, theme: opts.theme, width: opts.width, picks: [PICK_MEMBER] });
  }
  const palette = chartPalette(opts.theme);
  const withDueSoon = opts.bars.some((b) => b.dueSoon !== undefined);
  const kinds = withDueSoon ? [m.chartOverdue, m.chartDueSoon] : [m.chartOverdue];
  // Long form, one row per owner and kind, so the two kinds stack without a fold transform.
  const owners = ownerOrder(opts.bars, opts.sortBy ?? 'name', opts.lang);
  const rank = new Map(owners.map((name, i) => [name, i]));
  const rows = opts.bars.flatMap((b) => [
    { member: b.owner, member_order: rank.get(b.owner)!, kind: m.chartOverdue, orders: b.overdue },
    ...(withDueSoon ? [{ member: b.owner, member_order: rank.get(b.owner)!, kind: m.chartDueSoon, orders: b.dueSoon ?? 0 }] : []),
  ]);

  return {
    ...chartFrame({
      title,
      theme: opts.theme,
      width: opts.width ?? 480,
      // One 22 px row per owner unless a fixed height is asked for.
      ...(opts.height !== undefined ? { height: opts.height } : { height: owners.length * 22, autosize: 'fit-x' as const }),
      dataset: CHART_DATASETS.overdue,
      rows,
    }),
    name: 'overdue_bars',
    params: [pointSelection(PICK_MEMBER, MEMBER_FIELD)],
    mark: { type: 'bar', cursor: 'pointer' },
    encoding: {
      // Ordered by the rows' member_order, not a list in the spec (see attainment-heatmap.ts).
      y: { field: MEMBER_FIELD, type: 'nominal', sort: { field: 'member_order', op: 'min' }, title: m.chartOwner, axis: { title: null } },
      x: { field: 'orders', type: 'quantitative', stack: 'zero', title: m.chartOpenOrders, axis: { tickMinStep: 1, format: 'd' } },
      color: {
        field: 'kind',
        type: 'nominal',
        title: m.chartStatus,
        scale: { domain: kinds, range: [palette.overdue, palette.dueSoon] },
        legend: withDueSoon ? { orient: 'bottom', title: null } : null,
      },
      opacity: { condition: { param: PICK_MEMBER, empty: true, value: 1 }, value: 0.4 },
      tooltip: [
        { field: MEMBER_FIELD, type: 'nominal', title: m.chartOwner },
        { field: 'kind', type: 'nominal', title: m.chartStatus },
        { field: 'orders', type: 'quantitative', title: m.chartOpenOrders, format: ',d' },
      ],
    },
  };
}

/** Owners by name, or by total open orders at risk (most first, ties by name). */
export function ownerOrder(bars: readonly OverdueBar[], sortBy: 'name' | 'value', lang: Lang): string[] {
  const byName = sortByName(bars.map((b) => b.owner), lang);
  if (sortBy === 'name') return byName;
  const total = new Map<string, number>();
  for (const b of bars) total.set(b.owner, (total.get(b.owner) ?? 0) + b.overdue + (b.dueSoon ?? 0));
  // Array.prototype.sort is stable, so equal totals keep their name order.
  return byName.sort((a, b) => (total.get(b) ?? 0) - (total.get(a) ?? 0));
}
