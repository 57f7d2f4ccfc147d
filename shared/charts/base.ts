import type { Lang } from '../messages/index';
import { chartConfig } from './theme';
import type { ChartSize, ChartTheme } from './types';

const VEGA_LITE_SCHEMA = 'https://vega.github.io/schema/vega-lite/v6.json';

export type DatasetRow = Record<string, string | number | boolean | null>;

export interface FrameOptions extends ChartSize {
  /** Omitted for sparklines, which sit inside a KPI card that has its own heading. */
  title?: string;
  subtitle?: string;
  theme?: ChartTheme;
  dataset: string;
  rows: DatasetRow[];
  /**
   * 'fit' for single and layered views; 'fit-x' when the height is the plot's own height,
   * grown by a fixed amount per row (heatmap, bars); facets only support 'pad'.
   */
  autosize?: 'fit' | 'fit-x' | 'pad';
}

/** The top-level parts every chart shares: schema, title, size, theme and its named dataset. */
export function chartFrame(opts: FrameOptions) {
  const subtitle = opts.subtitle ? { subtitle: opts.subtitle } : {};
  return {
    $schema: VEGA_LITE_SCHEMA,
    ...(opts.title !== undefined ? { title: { text: opts.title, ...subtitle } } : {}),
    ...(opts.width !== undefined ? { width: opts.width } : {}),
    ...(opts.height !== undefined ? { height: opts.height } : {}),
    autosize: opts.autosize === 'pad' ? { type: 'pad' as const } : { type: opts.autosize ?? ('fit' as const), contains: 'padding' as const },
    config: chartConfig(opts.theme),
    data: { name: opts.dataset },
    datasets: { [opts.dataset]: opts.rows },
  };
}

/** A click-to-pick point selection on one field; double-click clears it. */
export function pointSelection(name: string, field: string) {
  return { name, select: { type: 'point' as const, fields: [field], on: 'click', clear: 'dblclick' } };
}

/** Names in the reader's order: pinyin for Chinese, alphabetical (numbers by value) for English. */
export function sortByName(names: Iterable<string>, lang: Lang): string[] {
  const collator = new Intl.Collator(lang === 'zh' ? 'zh-CN' : 'en', { numeric: true });
  return [...new Set(names)].sort(collator.compare);
}

/** "YYYY-MM" strings sort in time order as text. */
export function sortMonths(months: Iterable<string>): string[] {
  return [...new Set(months)].sort();
}
