import { formatKpiChange, formatKpiValue } from '../ui/format';
import { messagesFor, type Lang } from '../messages/index';
import type { ChartUnit } from './types';

/*
 * A chart's numbers as words for its tooltips and for screen readers, written as the KPI cards
 * write them (shared/ui/format.ts): "91.9%", "2,219.15万", a gap in percentage points. Worked
 * out here rather than in Vega's d3-format, which has no 万/亿 and no "out of 5".
 */

/** A value in its unit; a score with its scale ("4.40 out of 5"); "–" for none. */
export function chartValueText(value: number | null, unit: ChartUnit, lang: Lang, scaleMax?: number | null): string {
  if (value === null) return '–';
  const text = formatKpiValue(value, unit, lang);
  return unit === 'score' && scaleMax ? messagesFor(lang).chartOutOf({ value: text, max: scaleMax }) : text;
}

/** value − target, signed: rates in percentage points ("−3.1 pp"), the rest in their unit. */
export function chartGapText(gap: number | null, unit: ChartUnit, lang: Lang): string {
  return gap === null ? '–' : formatKpiChange(gap, unit, lang);
}

/**
 * What a chart says to a screen reader, one line per mark, from its dataset's `aria_text`
 * (trend points, heatmap cells). A page lists these beside the chart: a chart drawn on a
 * canvas, or inside role="img", has no marks a screen reader can reach.
 */
export function chartTexts(spec: { datasets?: Record<string, unknown> }, keep: (row: Record<string, unknown>) => boolean = () => true): string[] {
  const rows = Object.values(spec.datasets ?? {}).flatMap((d) => (Array.isArray(d) ? (d as Record<string, unknown>[]) : []));
  return rows.filter((r) => typeof r.aria_text === 'string' && keep(r)).map((r) => r.aria_text as string);
}
