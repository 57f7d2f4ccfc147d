import { chartPalette, type ChartTheme } from '../../shared/charts/index';

export interface SparklineProps {
  points: { month: string; value: number | null; target: number | null }[];
  theme: ChartTheme;
  /** Shown as the tooltip, e.g. "2026-10: 91.3%". */
  format: (value: number) => string;
  width?: number;
  height?: number;
}

/**
 * A card's tiny monthly trend drawn as one SVG polyline (and the target as a dashed step), in
 * the chart module's colours. Fifteen cards redraw on every filter change: a plain path costs
 * a fraction of a millisecond where a full chart view costs several.
 */
export function Sparkline({ points, theme, format, width = 150, height = 30 }: SparklineProps) {
  const palette = chartPalette(theme);
  const values = points.flatMap((p) => [p.value, p.target]).filter((v): v is number => v !== null && Number.isFinite(v));
  if (points.length === 0 || values.length === 0) return <svg className="dash-spark" width={width} height={height} aria-hidden="true" />;
  const min = Math.min(...values);
  const max = Math.max(...values);
  const pad = 3;
  const x = (i: number) => pad + (points.length === 1 ? (width - 2 * pad) / 2 : (i * (width - 2 * pad)) / (points.length - 1));
  const y = (v: number) => (max === min ? height / 2 : height - pad - ((v - min) * (height - 2 * pad)) / (max - min));
  // A month without a value breaks the line, as in the trend charts.
  const line = points.map((p, i) => (p.value === null ? '' : `${i > 0 && points[i - 1].value !== null ? 'L' : 'M'}${x(i).toFixed(1)},${y(p.value).toFixed(1)}`)).join('');
  const step = points
    .map((p, i) => (p.target === null ? '' : `${i > 0 && points[i - 1].target !== null ? `H${x(i).toFixed(1)}V` : `M${x(i).toFixed(1)},`}${y(p.target).toFixed(1)}`))
    .join('');
  const lastIndex = points.map((p) => p.value !== null).lastIndexOf(true);
  const last = lastIndex >= 0 ? points[lastIndex] : null;
  return (
    <svg className="dash-spark" width="100%" height={height} viewBox={`0 0 ${width} ${height}`} preserveAspectRatio="none" role="img">
      <title>{last && last.value !== null ? `${last.month}: ${format(last.value)}` : ''}</title>
      {step && <path d={step} fill="none" stroke={palette.target} strokeWidth={1} strokeDasharray="3 2" opacity={0.7} vectorEffect="non-scaling-stroke" />}
      <path d={line} fill="none" stroke={palette.series} strokeWidth={1.5} vectorEffect="non-scaling-stroke" />
      {last && last.value !== null && <circle cx={x(lastIndex)} cy={y(last.value)} r={2.2} fill={palette.series} />}
    </svg>
  );
}
