import type { KpiKey } from '../kpi/index';
import { messagesFor, type Lang } from '../messages/index';
import { chartFrame, pointSelection, sortByName } from './base';
import { isSmallSample, SMALL_SAMPLE } from '../review/judge';
import { attainmentShade } from './attainment-shade';
import { valueFormat } from './format';
import { chartGapText, chartValueText } from './point-text';
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
  /** The orders behind a rate (null: unknown): fewer than SMALL_SAMPLE are "few", never missed. */
  orders?: number | null;
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
  /** The reviewed month ("YYYY-MM"): its column is outlined. */
  selectedMonth?: string | null;
}

export const ATTAINMENT_STATUSES = ['met', 'missed', 'few', 'no_value', 'no_target'] as const;
export type AttainmentStatus = (typeof ATTAINMENT_STATUSES)[number];

/**
 * A cell's status; a month with a target but no value is "no value", not "missed", and a rate
 * on fewer than SMALL_SAMPLE orders is "few orders", not judged either way.
 */
export function attainmentStatus(cell: AttainmentCell, kpi?: KpiKey): AttainmentStatus {
  if (cell.target === null) return 'no_target';
  if (cell.met === null || cell.value === null) return 'no_value';
  if (kpi && cell.orders !== undefined && cell.orders !== null && isSmallSample(kpi, { hit: 0, of: cell.orders })) return 'few';
  return cell.met ? 'met' : 'missed';
}

/** The value as a cell can hold it: rates and scores as in tooltips, big numbers short (万/亿 in Chinese). */
function cellTextExpr(unit: ChartUnit, lang: Lang): string {
  const fmt = valueFormat(unit);
  if (unit === 'currency' || unit === 'count') {
    return lang === 'zh'
      ? "abs(datum.value) >= 1e8 ? format(datum.value / 1e8, '.3~r') + '亿' : abs(datum.value) >= 1e4 ? format(datum.value / 1e4, '.3~r') + '万' : format(datum.value, ',d')"
      : "abs(datum.value) >= 1e4 ? format(datum.value, '.3~s') : format(datum.value, ',d')";
  }
  return `format(datum.value, '${fmt}')`;
}


/**
 * Member × month grid of one KPI, each cell holding its value and shaded by its distance to
 * the member's own target: blue met, orange missed, the deeper the further (94.9% against 95%
 * is a faint orange, 60% a deep one); grey for few orders, no value or no target. Members
 * sorted by name (not a leaderboard); the reviewed month outlined. Clicking a cell picks its
 * member (PICK_MEMBER) and its month (PICK_MONTH).
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
    few: m.chartFewOrders({ count: SMALL_SAMPLE }),
    no_value: m.chartNoValue,
    no_target: m.chartNoTarget,
  };
  const members = sortByName(opts.cells.map((c) => c.group), opts.lang);
  const rank = new Map(members.map((name, i) => [name, i]));
  const rows = opts.cells.map((cell) => {
    const status = attainmentStatus(cell, opts.kpi);
    const judged = status === 'met' || status === 'missed';
    // A few-orders cell says how few ("3 orders: too few to judge").
    const statusText = status === 'few' ? m.rv_fewOrders({ count: cell.orders! }) : statusLabel[status];
    const valueLabel = chartValueText(cell.value, opts.unit, opts.lang);
    const targetText = chartValueText(cell.target, opts.unit, opts.lang);
    const gapText = chartGapText(cell.value !== null && cell.target !== null ? cell.value - cell.target : null, opts.unit, opts.lang);
    return {
      member: cell.group,
      member_order: rank.get(cell.group)!,
      month: cell.month,
      kpi: opts.kpi,
      value: cell.value,
      target: cell.target,
      gap: cell.value !== null && cell.target !== null ? cell.value - cell.target : null,
      orders: cell.orders ?? null,
      met: cell.met,
      status,
      status_label: statusText,
      // Tooltip texts as the cards write them (万/亿 in Chinese, gaps in points).
      value_label: valueLabel,
      target_text: targetText,
      gap_text: gapText,
      // What a screen reader hears for a cell (else Vega-Lite reads out the shade's number).
      aria_text: `${cell.group}, ${cell.month}: ${opts.label} ${valueLabel}${cell.target === null ? '' : `; ${m.chartTarget} ${targetText}; ${m.chartGap} ${gapText}`}; ${statusText}`,
      shade: judged ? attainmentShade(opts.kpi, cell.value!, cell.target!, status === 'met') : null,
    };
  });
  const selected = opts.selectedMonth && opts.cells.some((c) => c.month === opts.selectedMonth) ? opts.selectedMonth : null;
  const hasOrders = rows.some((r) => r.orders !== null);
  const subtitle = [m.chartHeatShading({ count: SMALL_SAMPLE }), ...(selected ? [`${m.chartReviewed}: ${selected}`] : [])].join(' · ');

  return {
    ...chartFrame({
      title,
      subtitle,
      theme: opts.theme,
      width: opts.width ?? 560,
      // Without a fixed height each member gets a 24 px row and the chart grows with the team.
      // (Not `height: {step}`: Vega-Lite then warns "Dropping fit-y" even under fit-x.)
      ...(opts.height !== undefined ? { height: opts.height } : { height: members.length * 24, autosize: 'fit-x' as const }),
      dataset: CHART_DATASETS.attainment,
      rows,
    }),
    transform: [
      // A value on few orders is in brackets: shown, but not to be judged.
      { calculate: `datum.value === null ? '·' : datum.status === 'few' ? '(' + (${cellTextExpr(opts.unit, opts.lang)}) + ')' : (${cellTextExpr(opts.unit, opts.lang)})`, as: 'value_text' },
    ],
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
        // invalid: null keeps the cells without a shade (grey) instead of dropping them.
        mark: { type: 'rect', stroke: palette.background, strokeWidth: 1, cursor: 'pointer', invalid: null },
        encoding: {
          // The shade's numbers mean nothing to a reader: the subtitle says what the colours do.
          color: {
            condition: [
              { test: "datum.status === 'no_value'", value: palette.noValue },
              { test: 'datum.shade === null', value: palette.noTarget },
            ],
            field: 'shade',
            type: 'quantitative',
            scale: { domain: [-1, -0.05, 0, 1], range: [palette.missed, palette.missedFaint, palette.metFaint, palette.met], clamp: true },
            legend: null,
          },
          opacity: { condition: { param: PICK_MEMBER, empty: true, value: 1 }, value: 0.45 },
          description: { field: 'aria_text', type: 'nominal' },
          // The reviewed month's cells are outlined (in this layer, so clicks still pick them).
          ...(selected
            ? {
                stroke: { condition: { test: `datum.month === '${selected}'`, value: palette.text }, value: palette.background },
                strokeWidth: { condition: { test: `datum.month === '${selected}'`, value: 2 }, value: 1 },
              }
            : {}),
          tooltip: [
            { field: MEMBER_FIELD, type: 'nominal', title: m.chartMember },
            { field: MONTH_FIELD, type: 'ordinal', title: m.chartMonth },
            { field: 'value_label', type: 'nominal', title: opts.label },
            { field: 'target_text', type: 'nominal', title: m.chartTarget },
            { field: 'gap_text', type: 'nominal', title: m.chartGap },
            ...(hasOrders ? [{ field: 'orders', type: 'quantitative' as const, title: m.chartOrdersBehind, format: ',d' }] : []),
            { field: 'status_label', type: 'nominal', title: m.chartStatus },
          ],
        },
      },
      {
        name: 'attainment_values',
        mark: { type: 'text', fontSize: 10 },
        encoding: {
          text: { field: 'value_text', type: 'nominal' },
          color: {
            condition: [
              { test: 'datum.shade !== null && abs(datum.shade) > 0.5', value: '#ffffff' },
              { test: 'datum.shade !== null', value: palette.text },
            ],
            value: palette.mutedText,
          },
        },
      },
    ],
  };
}
