export { trendChart, type TrendOptions } from './trend';
export { satisfactionTrend, onTimeTrend, errorRateTrend, trendPoints, type KpiTrendOptions } from './kpi-trends';
export { memberSmallMultiples, type MemberSmallMultiplesOptions } from './member-small-multiples';
export {
  attainmentHeatmap,
  attainmentStatus,
  ATTAINMENT_STATUSES,
  type AttainmentCell,
  type AttainmentHeatmapOptions,
  type AttainmentStatus,
} from './attainment-heatmap';
export { attainmentShade, RATE_FULL_SHADE, RELATIVE_FULL_SHADE } from './attainment-shade';
export { overdueByOwnerBars, type OverdueBar, type OverdueBarsOptions } from './overdue-bars';
export { sparkline, type SparklineOptions } from './sparkline';
export { noDataChart, type NoDataOptions } from './no-data';
export { PICK_MONTH, PICK_MEMBER, MONTH_FIELD, MEMBER_FIELD, CHART_DATASETS, pickedValues } from './names';
export { CHART_FONT, chartConfig, chartPalette, type ChartPalette } from './theme';
export { axisFormat, valueFormat } from './format';
export { chartGapText, chartTexts, chartValueText } from './point-text';
export { renderSvg, compileChart, type CompiledChart, type RenderOptions } from './render';
export {
  CHART_UNITS,
  CHART_THEMES,
  isChartUnit,
  type ChartSpec,
  type ChartUnit,
  type ChartTheme,
  type ChartSize,
  type TrendPoint,
} from './types';
export { sortByName } from './base';
