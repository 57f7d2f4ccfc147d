import type { KpiRowWithTargets } from '../shared/kpi/index';
import type { Lang } from '../shared/messages/index';
import { errorRateTrend, onTimeTrend, renderSvg, satisfactionTrend } from '../shared/charts/index';
import type { RenderedChart } from './format-html';

/**
 * The report's three trend charts (satisfaction, on-time rate, error rate, each with its
 * target line) as SVG markup, from the overall (ungrouped) KPI rows.
 */
export async function renderTrendCharts(rows: KpiRowWithTargets[], lang: Lang): Promise<RenderedChart[]> {
  const specs = [satisfactionTrend(rows, lang), onTimeTrend(rows, lang), errorRateTrend(rows, lang)];
  const charts: RenderedChart[] = [];
  // One at a time: vega views are cheap, but this machine is small and order keeps output stable.
  for (const spec of specs) {
    const title = typeof spec.title === 'string' ? spec.title : spec.title && 'text' in spec.title ? String(spec.title.text) : '';
    charts.push({ title, svg: await renderSvg(spec) });
  }
  return charts;
}
