import type { TopLevelSpec } from 'vega-lite';

/** A chart is a plain Vega-Lite spec; every builder returns one with named datasets. */
export type ChartSpec = TopLevelSpec;

/** How a KPI's numbers read: rates are fractions 0–1 shown as %, the rest as plain numbers. */
export const CHART_UNITS = ['rate', 'score', 'count', 'days', 'hours', 'currency'] as const;
export type ChartUnit = (typeof CHART_UNITS)[number];

export function isChartUnit(x: unknown): x is ChartUnit {
  return typeof x === 'string' && (CHART_UNITS as readonly string[]).includes(x);
}

export const CHART_THEMES = ['light', 'dark'] as const;
export type ChartTheme = (typeof CHART_THEMES)[number];

/** `width: 'container'` lets the add-in and dashboard fit the chart to its element. */
export interface ChartSize {
  width?: number | 'container';
  height?: number;
}

/** One month of one KPI (for one group, or the whole team when group is null/absent). */
export interface TrendPoint {
  month: string; // "YYYY-MM"
  group?: string | null;
  value: number | null;
  target: number | null;
  /** Orders behind the value (shown in the tooltip). */
  orders?: number | null;
  /** What a rate rests on (hit of of orders): the tooltip then shows the orders counted. */
  base?: { hit: number; of: number } | null;
  /** A month still running (month to date): its point is drawn hollow. */
  partial?: boolean;
}
