import type { KpiKey } from '../kpi/index';
import { messagesFor, type Lang } from '../messages/index';
import { chartFrame, pointSelection, sortByName, sortMonths } from './base';
import { axisFormat, axisLabelExpr } from './format';
import { chartGapText, chartValueText } from './point-text';
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
  const label = opts.label ?? m.chartValue;
  // A rate's points carry the orders it rests on ("orders counted"); others, the orders placed.
  const counted = opts.points.some((p) => p.base);
  const rows = opts.points.map((p) => {
    const gap = p.value !== null && p.target !== null ? p.value - p.target : null;
    const orders = p.base ? p.base.of : (p.orders ?? null);
    const valueText = chartValueText(p.value, opts.unit, opts.lang, opts.scaleMax);
    const targetText = chartValueText(p.target, opts.unit, opts.lang, opts.scaleMax);
    const gapText = chartGapText(gap, opts.unit, opts.lang);
    return {
      month: p.month,
      group: p.group ?? null,
      kpi: opts.kpi,
      value: p.value,
      target: p.target,
      gap,
      orders,
      partial: p.partial === true,
      value_text: valueText,
      target_text: targetText,
      gap_text: gapText,
      // What a screen reader hears for a point (else Vega reads the raw 0.938837920489), in
      // Vega's own "Field: value; …" form.
      aria_text: [
        `${m.chartMonth}: ${p.month}${p.partial ? ` (${m.chartPartialShort})` : ''}`,
        ...(p.group ? [`${m.chartSeries}: ${p.group}`] : []),
        `${label}: ${valueText}`,
        ...(p.target !== null ? [`${m.chartTarget}: ${targetText}`, `${m.chartGap}: ${gapText}`] : []),
        ...(orders !== null ? [`${counted ? m.chartOrdersBehind : m.chartOrders}: ${orders}`] : []),
      ].join('; '),
    };
  });
  const hasOrders = rows.some((r) => r.orders !== null);
  const partial = opts.points.some((p) => p.partial);

  const x = {
    field: MONTH_FIELD,
    type: 'ordinal' as const,
    sort: sortMonths(opts.points.map((p) => p.month)),
    title: m.chartMonth,
    axis: { labelAngle: -40, labelOverlap: true },
  };
  const labelExpr = axisLabelExpr(opts.unit, opts.lang);
  // The title across the top of the axis, not along it: a long vertical title ("Customer
  // satisfaction (score out of 5)") is taller than a 200 px chart's plot, and fitting it
  // squeezed the plot to nothing.
  const yAxis = {
    format: axisFormat(opts.unit),
    title: axisTitle(opts.label ?? opts.title, opts.unit, opts.lang, opts.scaleMax),
    titleAngle: 0,
    titleAlign: 'left' as const,
    titleBaseline: 'bottom' as const,
    titleX: 0,
    titleY: -6,
    titleFontWeight: 'normal' as const,
    tickCount: 5,
    ...(labelExpr ? { labelExpr } : {}),
  };
  const seriesColor = grouped
    ? { color: { field: 'group', type: 'nominal' as const, scale: { domain: groups }, title: m.chartSeries } }
    : {};
  // Texts worked out above, as the cards write them (万/亿, "out of 5", gaps in points).
  const tooltip = [
    { field: MONTH_FIELD, type: 'ordinal' as const, title: m.chartMonth },
    ...(grouped ? [{ field: 'group', type: 'nominal' as const, title: m.chartSeries }] : []),
    { field: 'value_text', type: 'nominal' as const, title: label },
    { field: 'target_text', type: 'nominal' as const, title: m.chartTarget },
    { field: 'gap_text', type: 'nominal' as const, title: m.chartGap },
    ...(hasOrders ? [{ field: 'orders', type: 'quantitative' as const, title: counted ? m.chartOrdersBehind : m.chartOrders, format: ',d' }] : []),
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
          description: { field: 'aria_text', type: 'nominal' },
          tooltip,
        },
      },
    ],
  };
}
