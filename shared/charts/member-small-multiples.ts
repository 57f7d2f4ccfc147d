import type { KpiKey } from '../kpi/index';
import { messagesFor, type Lang } from '../messages/index';
import { chartFrame, pointSelection, sortByName, sortMonths } from './base';
import { axisFormat, valueFormat } from './format';
import { CHART_DATASETS, MEMBER_FIELD, MONTH_FIELD, PICK_MEMBER, PICK_MONTH } from './names';
import { noDataChart } from './no-data';
import { chartPalette } from './theme';
import type { ChartSpec, ChartTheme, ChartUnit } from './types';

export interface MemberSmallMultiplesOptions {
  kpi: KpiKey;
  /** The KPI's name in the reader's language; the title is "<label> by member". */
  label: string;
  title?: string;
  unit: ChartUnit;
  points: { month: string; group: string; value: number | null; target: number | null }[];
  lang: Lang;
  theme?: ChartTheme;
  /** Panels per row. */
  columns?: number;
  /** Size of ONE panel (a facet cannot fill a container). */
  width?: number;
  height?: number;
}

/**
 * One small trend panel per member (sorted by name, wrapped into rows), each with its
 * dashed target. All panels share the y scale so members compare at a glance.
 */
export function memberSmallMultiples(opts: MemberSmallMultiplesOptions): ChartSpec {
  const m = messagesFor(opts.lang);
  const title = opts.title ?? m.chartMembersTitle({ kpi: opts.label });
  const picks: (typeof PICK_MONTH | typeof PICK_MEMBER)[] = [PICK_MONTH, PICK_MEMBER];
  const hasData = opts.points.some((p) => p.value !== null || p.target !== null);
  if (!hasData) return noDataChart({ title, lang: opts.lang, theme: opts.theme, picks });

  const palette = chartPalette(opts.theme);
  const fmt = valueFormat(opts.unit);
  const rows = opts.points.map((p) => ({ month: p.month, member: p.group, kpi: opts.kpi, value: p.value, target: p.target }));
  const x = {
    field: MONTH_FIELD,
    type: 'ordinal' as const,
    sort: sortMonths(opts.points.map((p) => p.month)),
    title: null,
    axis: { labelAngle: -40, labelOverlap: true },
  };
  const y = { type: 'quantitative' as const, scale: { zero: false, padding: 6 }, axis: { format: axisFormat(opts.unit), title: null, tickCount: 4 } };

  return {
    ...chartFrame({ title, subtitle: m.chartTargetDashed, theme: opts.theme, dataset: CHART_DATASETS.memberTrend, rows, autosize: 'pad' }),
    facet: { field: MEMBER_FIELD, type: 'nominal', sort: sortByName(rows.map((r) => r.member), opts.lang), header: { title: null } },
    columns: opts.columns ?? 4,
    spec: {
      width: opts.width ?? 180,
      height: opts.height ?? 110,
      encoding: { x },
      layer: [
        {
          name: 'target_line',
          mark: { type: 'line', interpolate: 'step', strokeDash: [5, 3], strokeWidth: 1.2, color: palette.target, invalid: 'break-paths-show-domains' },
          encoding: { y: { field: 'target', ...y } },
        },
        {
          name: 'value_line',
          mark: { type: 'line', strokeWidth: 1.8, color: palette.series, invalid: 'break-paths-show-domains' },
          encoding: { y: { field: 'value', type: 'quantitative' } },
        },
        {
          name: 'value_points',
          transform: [{ filter: { field: 'value', valid: true } }],
          params: [pointSelection(PICK_MONTH, MONTH_FIELD), pointSelection(PICK_MEMBER, MEMBER_FIELD)],
          mark: { type: 'point', filled: true, size: 30, color: palette.series, cursor: 'pointer' },
          encoding: {
            y: { field: 'value', type: 'quantitative' },
            tooltip: [
              { field: MEMBER_FIELD, type: 'nominal', title: m.chartMember },
              { field: MONTH_FIELD, type: 'ordinal', title: m.chartMonth },
              { field: 'value', type: 'quantitative', title: opts.label, format: fmt },
              { field: 'target', type: 'quantitative', title: m.chartTarget, format: fmt },
            ],
          },
        },
      ],
    },
  };
}
