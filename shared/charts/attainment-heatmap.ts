import type { KpiKey } from '../kpi/index';
import { messagesFor, type Lang } from '../messages/index';
import { chartFrame, pointSelection, sortByName } from './base';
import { valueFormat } from './format';
import { CHART_DATASETS, MEMBER_FIELD, MONTH_FIELD, PICK_MEMBER, PICK_MONTH } from './names';
import { noDataChart } from './no-data';
import { chartPalette } from './theme';
import type { ChartSize, ChartSpec, ChartTheme, ChartUnit } from './types';

export interface AttainmentCell {
  group: string;
  month: string;
  value: number | null;
  target: number | null;
  met: boolean | null;
}

export interface AttainmentHeatmapOptions extends ChartSize {
  kpi: KpiKey;
  /** The KPI's name in the reader's language; the title says "<label>: target attainment…". */
  label: string;
  title?: string;
  unit: ChartUnit;
  cells: AttainmentCell[];
  lang: Lang;
  theme?: ChartTheme;
}

export const ATTAINMENT_STATUSES = ['met', 'missed', 'no_value', 'no_target'] as const;
export type AttainmentStatus = (typeof ATTAINMENT_STATUSES)[number];

/** A cell's status; a month with a target but no value is "no value", not "missed". */
export function attainmentStatus(cell: AttainmentCell): AttainmentStatus {
  if (cell.target === null) return 'no_target';
  if (cell.met === null || cell.value === null) return 'no_value';
  return cell.met ? 'met' : 'missed';
}

// The symbol carries the status for readers who cannot tell the colours apart (and in print).
const SYMBOL: Record<AttainmentStatus, string> = { met: '✓', missed: '✗', no_value: '·', no_target: '' };

/**
 * Member × month grid of one KPI: blue ✓ met, orange ✗ missed, grey for no value or no
 * target. Members sorted by name (not a leaderboard). Clicking a cell picks its member
 * (PICK_MEMBER) and its month (PICK_MONTH).
 */
export function attainmentHeatmap(opts: AttainmentHeatmapOptions): ChartSpec {
  const m = messagesFor(opts.lang);
  const title = opts.title ?? m.chartHeatmapTitle({ kpi: opts.label });
  if (opts.cells.length === 0) {
    return noDataChart({ title, lang: opts.lang, theme: opts.theme, width: opts.width, picks: [PICK_MONTH, PICK_MEMBER] });
  }
  const palette = chartPalette(opts.theme);
  const statusLabel: Record<AttainmentStatus, string> = {
    met: m.chartTargetMet,
    missed: m.chartTargetMissed,
    no_value: m.chartNoValue,
    no_target: m.chartNoTarget,
  };
  const members = sortByName(opts.cells.map((c) => c.group), opts.lang);
  const rank = new Map(members.map((name, i) => [name, i]));
  const rows = opts.cells.map((cell) => {
    const status = attainmentStatus(cell);
    return {
      member: cell.group,
      member_order: rank.get(cell.group)!,
      month: cell.month,
      kpi: opts.kpi,
      value: cell.value,
      target: cell.target,
      met: cell.met,
      status,
      status_label: statusLabel[status],
      symbol: SYMBOL[status],
    };
  });
  const fmt = valueFormat(opts.unit);
  const strongStatus = "datum.status === 'met' || datum.status === 'missed'";

  return {
    ...chartFrame({
      title,
      theme: opts.theme,
      width: opts.width ?? 560,
      // Without a fixed height each member gets a 24 px row and the chart grows with the team.
      // (Not `height: {step}`: Vega-Lite then warns "Dropping fit-y" even under fit-x.)
      ...(opts.height !== undefined ? { height: opts.height } : { height: members.length * 24, autosize: 'fit-x' as const }),
      dataset: CHART_DATASETS.attainment,
      rows,
    }),
    encoding: {
      // The orders come from the rows (months sort as text, members by member_order), not from
      // lists in the spec: a live chart whose members change then keeps its compiled shape.
      x: { field: MONTH_FIELD, type: 'ordinal', sort: 'ascending', title: m.chartMonth, axis: { labelAngle: -40, labelOverlap: true, domain: false, ticks: false } },
      // The title names the field in screen-reader labels; the axis itself needs none.
      y: { field: MEMBER_FIELD, type: 'nominal', sort: { field: 'member_order', op: 'min' }, title: m.chartMember, axis: { title: null, domain: false, ticks: false } },
    },
    layer: [
      {
        name: 'attainment_cells',
        params: [pointSelection(PICK_MONTH, MONTH_FIELD), pointSelection(PICK_MEMBER, MEMBER_FIELD)],
        mark: { type: 'rect', stroke: palette.background, strokeWidth: 1, cursor: 'pointer' },
        encoding: {
          color: {
            field: 'status_label',
            type: 'nominal',
            title: m.chartStatus,
            scale: {
              domain: ATTAINMENT_STATUSES.map((s) => statusLabel[s]),
              range: [palette.met, palette.missed, palette.noValue, palette.noTarget],
            },
          },
          opacity: { condition: { param: PICK_MEMBER, empty: true, value: 1 }, value: 0.45 },
          tooltip: [
            { field: MEMBER_FIELD, type: 'nominal', title: m.chartMember },
            { field: MONTH_FIELD, type: 'ordinal', title: m.chartMonth },
            { field: 'value', type: 'quantitative', title: opts.label, format: fmt },
            { field: 'target', type: 'quantitative', title: m.chartTarget, format: fmt },
            { field: 'status_label', type: 'nominal', title: m.chartStatus },
          ],
        },
      },
      {
        name: 'attainment_symbols',
        mark: { type: 'text', fontSize: 12, fontWeight: 'bold' },
        encoding: {
          text: { field: 'symbol', type: 'nominal' },
          color: { condition: { test: strongStatus, value: '#ffffff' }, value: palette.mutedText },
        },
      },
    ],
  };
}
