import type { KpiKey } from '../kpi/index';
import { messagesFor, type Lang } from '../messages/index';
import { chartFrame, pointSelection, sortByName, sortMonths } from './base';
import { axisFormat, axisLabelExpr, valueFormat } from './format';
import { CHART_DATASETS, MONTH_FIELD, PICK_MONTH } from './names';
import { noDataChart } from './no-data';
import { chartPalette } from './theme';
import type { ChartSize, ChartSpec, ChartTheme, ChartUnit, TrendPoint } from './types';

export interface TrendOptions extends ChartSize {
  kpi: KpiKey;
  /** The chart title in the reader's language. */
  title: string;
  /** The KPI's name for the tooltip (defaults to "Value"). */
  label?: string;
  unit: ChartUnit;
  points: TrendPoint[];
  lang: Lang;
  theme?: ChartTheme;
  /** The month under review: marked by a rule in the chart. */
  selectedMonth?: string | null;
  /** Satisfaction's scale (5, 10 or 100): stated on the axis, which then runs 0 to it. */
  scaleMax?: number | null;
}

/** The value axis's title with its unit: "On-time rate (%)", "满意度（评分，1–5 分制）". */
export function axisTitle(label: string, unit: ChartUnit, lang: Lang, scaleMax?: number | null): string {
  const m = messagesFor(lang);
  const text = {
    rate: m.chartUnitRate,
    days: m.chartUnitDays,
    hours: m.chartUnitHours,
    count: m.chartUnitCount,
    currency: m.chartUnitCurrency,
    score: m.chartUnitScore({ max: scaleMax ?? null }),
  }[unit];
  return m.chartAxisTitle({ label, unit: text });
}

/**
 * The value scale: rates from 0 and never past 100% (a rate cannot exceed it); a score from 0
 * to its scale when known; other units as the data needs.
 */
function valueScale(unit: ChartUnit, points: readonly TrendPoint[], scaleMax?: number | null) {
  if (unit === 'rate') {
    const top = Math.max(0, ...points.flatMap((p) => [p.value ?? 0, p.target ?? 0]));
    return { domain: [0, Math.min(1, top > 0.5 ? 1 : top * 1.25 || 1)], nice: false };
  }
  if (unit === 'score' && scaleMax) return { domain: [0, scaleMax], nice: false };
  return { zero: false, padding: 8 };
}

/**
 * Monthly trend of one KPI: a line with a point per month that has a value (a null month
 * breaks the line), and the target as a dashed step line, since targets may change by month.
 * Several groups get one coloured line each. Clicking a point picks its month (PICK_MONTH).
 */
export function trendChart(opts: TrendOptions): ChartSpec {
  const m = messagesFor(opts.lang);
  const size = { width: opts.width ?? 560, height: opts.height ?? 260 };
  const hasData = opts.points.some((p) => p.value !== null || p.target !== null);
  if (!hasData) return noDataChart({ ...size, title: opts.title, lang: opts.lang, theme: opts.theme, picks: [PICK_MONTH] });

  const palette = chartPalette(opts.theme);
  const groups = sortByName(opts.points.flatMap((p) => (p.group == null ? [] : [p.group])), opts.lang);
  const grouped = groups.length > 0;
  const rows = opts.points.map((p) => ({
    month: p.month,
    group: p.group ?? null,
    kpi: opts.kpi,
    value: p.value,
    target: p.target,
    gap: p.value !== null && p.target !== null ? p.value - p.target : null,
    orders: p.orders ?? null,
    partial: p.partial === true,
  }));
  const hasOrders = opts.points.some((p) => p.orders !== undefined && p.orders !== null);
  const partial = opts.points.some((p) => p.partial);

  const x = {
    field: MONTH_FIELD,
    type: 'ordinal' as const,
    sort: sortMonths(opts.points.map((p) => p.month)),
    title: m.chartMonth,
    axis: { labelAngle: -40, labelOverlap: true },
  };
  const labelExpr = axisLabelExpr(opts.unit, opts.lang);
  const yAxis = { format: axisFormat(opts.unit), title: axisTitle(opts.label ?? opts.title, opts.unit, opts.lang, opts.scaleMax), tickCount: 5, ...(labelExpr ? { labelExpr } : {}) };
  const seriesColor = grouped
    ? { color: { field: 'group', type: 'nominal' as const, scale: { domain: groups }, title: m.chartSeries } }
    : {};
  const fmt = valueFormat(opts.unit);
  const tooltip = [
    { field: MONTH_FIELD, type: 'ordinal' as const, title: m.chartMonth },
    ...(grouped ? [{ field: 'group', type: 'nominal' as const, title: m.chartSeries }] : []),
    { field: 'value', type: 'quantitative' as const, title: opts.label ?? m.chartValue, format: fmt },
    { field: 'target', type: 'quantitative' as const, title: m.chartTarget, format: fmt },
    { field: 'gap', type: 'quantitative' as const, title: m.chartGap, format: opts.unit === 'rate' ? '+.1%' : `+${fmt.replace(',', '')}` },
    ...(hasOrders ? [{ field: 'orders', type: 'quantitative' as const, title: m.chartOrders, format: ',d' }] : []),
  ];
  const selected = opts.selectedMonth && opts.points.some((p) => p.month === opts.selectedMonth) ? opts.selectedMonth : null;
  const subtitle = [m.chartTargetDashed, ...(partial ? [m.chartPartial] : []), ...(selected ? [`${m.chartReviewed}: ${selected}`] : [])].join(' · ');

  return {
    ...chartFrame({ ...size, title: opts.title, subtitle, theme: opts.theme, dataset: CHART_DATASETS.trend, rows }),
    encoding: { x },
    layer: [
      ...(selected
        ? [
            {
              name: 'reviewed_month',
              transform: [{ filter: { field: MONTH_FIELD, equal: selected } }, { aggregate: [{ op: 'count' as const, as: 'n' }], groupby: [MONTH_FIELD] }],
              mark: { type: 'rule' as const, color: palette.mutedText, strokeWidth: 8, opacity: 0.18 },
            },
          ]
        : []),
      {
        name: 'target_line',
        mark: { type: 'line', interpolate: 'step', strokeDash: [6, 4], strokeWidth: 1.5, invalid: 'break-paths-show-domains', ...(grouped ? {} : { color: palette.target }) },
        encoding: {
          y: { field: 'target', type: 'quantitative', scale: valueScale(opts.unit, opts.points, opts.scaleMax), axis: yAxis },
          ...(grouped ? { detail: { field: 'group', type: 'nominal' }, ...seriesColor } : {}),
        },
      },
      {
        name: 'value_line',
        mark: { type: 'line', strokeWidth: 2, invalid: 'break-paths-show-domains', ...(grouped ? {} : { color: palette.series }) },
        encoding: { y: { field: 'value', type: 'quantitative' }, ...seriesColor },
      },
      {
        name: 'value_points',
        transform: [{ filter: { field: 'value', valid: true } }],
        params: [pointSelection(PICK_MONTH, MONTH_FIELD)],
        // A month still running is drawn hollow: its number is not final.
        mark: { type: 'point', filled: true, size: 55, strokeWidth: 1.5, cursor: 'pointer', ...(grouped ? {} : { color: palette.series, stroke: palette.series }) },
        encoding: {
          y: { field: 'value', type: 'quantitative' },
          ...seriesColor,
          fillOpacity: { condition: { test: 'datum.partial', value: 0 }, value: 1 },
          opacity: { condition: { param: PICK_MONTH, empty: true, value: 1 }, value: 0.3 },
          tooltip,
        },
      },
    ],
  };
}
