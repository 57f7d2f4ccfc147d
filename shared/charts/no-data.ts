import { messagesFor, type Lang } from '../messages/index';
import { chartFrame, pointSelection } from './base';
import { chartPalette } from './theme';
import { CHART_DATASETS, MEMBER_FIELD, MONTH_FIELD, PICK_MEMBER, PICK_MONTH } from './names';
import type { ChartSize, ChartSpec, ChartTheme } from './types';

export interface NoDataOptions extends ChartSize {
  title: string;
  lang: Lang;
  theme?: ChartTheme;
  /** Selections the real chart would declare, so a dashboard listening to them does not throw. */
  picks?: (typeof PICK_MONTH | typeof PICK_MEMBER)[];
}

/**
 * What a builder returns when it has nothing to draw: the chart's title over a centred
 * "No data for this selection", in dataset `no_data`.
 */
export function noDataChart(opts: NoDataOptions): ChartSpec {
  const m = messagesFor(opts.lang);
  const picks = opts.picks ?? [];
  return {
    ...chartFrame({
      title: opts.title,
      theme: opts.theme,
      width: opts.width ?? 560,
      height: opts.height ?? 120,
      dataset: CHART_DATASETS.noData,
      rows: [{ message: m.chartNoData }],
    }),
    params: picks.map((name) => pointSelection(name, name === PICK_MONTH ? MONTH_FIELD : MEMBER_FIELD)),
    mark: { type: 'text', fontSize: 13, color: chartPalette(opts.theme).mutedText },
    encoding: { text: { field: 'message', type: 'nominal' } },
  };
}
