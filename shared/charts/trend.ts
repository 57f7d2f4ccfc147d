import type { KpiKey } from '../kpi/index';
import { messagesFor, type Lang } from '../messages/index';
import { chartFrame, pointSelection, sortByName, sortMonths } from './base';
import { axisFormat, valueFormat } from './format';
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
  const rows = opts.points.map((p) => ({ month: p.month, group: p.group ?? null, kpi: opts.kpi, value: p.value, target: p.target }));

  const x = {
    field: MONTH_FIELD,
    type: 'ordinal' as const,
    sort: sortMonths(opts.points.map((p) => p.month)),
    title: m.chartMonth,
    axis: { labelAngle: -40, labelOverlap: true },
  };
  const yAxis = { format: axisFormat(opts.unit), title: null, tickCount: 5 };
  const seriesColor = grouped
    ? { color: { field: 'group', type: 'nominal' as const, scale: { domain: groups }, title: m.chartSeries } }
    : {};
  const fmt = valueFormat(opts.unit);
  const tooltip = [
    { field: MONTH_FIELD, type: 'ordinal' as const, title: m.chartMonth },
    ...(grouped ? [{ field: 'group', type: 'nominal' as const, title: m.chartSeries }] : []),
    { field: 'value', type: 'quantitative' as const, title: opts.label ?? m.chartValue, format: fmt },
    { field: 'target', type: 'quantitative' as const, title: m.chartTarget, format: fmt },
  ];

  return {
    ...chartFrame({ ...size, title: opts.title, subtitle: m.chartTargetDashed, theme: opts.theme, dataset: CHART_DATASETS.trend, rows }),
    encoding: { x },
    layer: [
      {
        name: 'target_line',
        mark: { type: 'line', interpolate: 'step', strokeDash: [6, 4], strokeWidth: 1.5, invalid: 'break-paths-show-domains', ...(grouped ? {} : { color: palette.target }) },
        encoding: {
          y: { field: 'target', type: 'quantitative', scale: { zero: false, padding: 8 }, axis: yAxis },
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
        mark: { type: 'point', filled: true, size: 55, cursor: 'pointer', ...(grouped ? {} : { color: palette.series }) },
        encoding: {
          y: { field: 'value', type: 'quantitative' },
          ...seriesColor,
          opacity: { condition: { param: PICK_MONTH, empty: true, value: 1 }, value: 0.3 },
          tooltip,
        },
      },
    ],
  };
}
