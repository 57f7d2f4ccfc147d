import { messagesFor, type Lang } from '../messages/index';
import { chartFrame, sortMonths } from './base';
import { valueFormat } from './format';
import { CHART_DATASETS, MONTH_FIELD } from './names';
import { chartPalette } from './theme';
import type { ChartSpec, ChartTheme, ChartUnit } from './types';

export interface SparklineOptions {
  points: { month: string; value: number | null; target?: number | null }[];
  unit: ChartUnit;
  lang?: Lang;
  theme?: ChartTheme;
  width?: number | 'container';
  height?: number;
}

/**
 * A tiny monthly trend for a KPI card: no axes, no title, the last month with a value marked,
 * the target as a faint dashed step when there is one. With no points it is simply blank
 * (the card itself says there is no value).
 */
export function sparkline(opts: SparklineOptions): ChartSpec {
  const m = messagesFor(opts.lang ?? 'en');
  const palette = chartPalette(opts.theme);
  const lastMonth = sortMonths(opts.points.filter((p) => p.value !== null).map((p) => p.month)).pop();
  const rows = opts.points.map((p) => ({ month: p.month, value: p.value, target: p.target ?? null, last: p.month === lastMonth }));
  const frame = chartFrame({ theme: opts.theme, width: opts.width ?? 120, height: opts.height ?? 32, dataset: CHART_DATASETS.sparkline, rows });
  const hasTarget = rows.some((r) => r.target !== null);

  return {
    ...frame,
    padding: 2,
    // Transparent so the card's own background shows through.
    config: { ...frame.config, background: 'transparent' },
    encoding: { x: { field: MONTH_FIELD, type: 'ordinal', sort: sortMonths(rows.map((r) => r.month)), axis: null, scale: { padding: 0.2 } } },
    layer: [
      ...(hasTarget
        ? [{
            name: 'spark_target',
            mark: { type: 'line' as const, interpolate: 'step' as const, strokeDash: [3, 2], strokeWidth: 1, color: palette.target, opacity: 0.7, invalid: 'break-paths-show-domains' as const },
            encoding: { y: { field: 'target', type: 'quantitative' as const, axis: null, scale: { zero: false } } },
          }]
        : []),
      {
        name: 'spark_line',
        mark: { type: 'line', strokeWidth: 1.5, color: palette.series, invalid: 'break-paths-show-domains' },
        encoding: { y: { field: 'value', type: 'quantitative', axis: null, scale: { zero: false } } },
      },
      {
        name: 'spark_last',
        transform: [{ filter: 'datum.last' }],
        mark: { type: 'point', filled: true, size: 18, color: palette.series },
        encoding: {
          y: { field: 'value', type: 'quantitative' },
          tooltip: [
            { field: MONTH_FIELD, type: 'ordinal', title: m.chartMonth },
            { field: 'value', type: 'quantitative', title: m.chartValue, format: valueFormat(opts.unit) },
          ],
        },
      },
    ],
  };
}
