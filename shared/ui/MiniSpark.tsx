/** A member's monthly trend and own target (dashed) as one small SVG; the last point marked. */
export function MiniSpark({ points, color = '#0f6cbd', targetColor = '#8a8a8a', width = 96, height = 24, label }: {
  points: readonly { month: string; value: number | null; target: number | null }[];
  color?: string;
  targetColor?: string;
  width?: number;
  height?: number;
  label: string;
}) {
  const values = points.flatMap((p) => [p.value, p.target]).filter((v): v is number => v !== null && Number.isFinite(v));
  if (values.length === 0) return <svg width={width} height={height} aria-hidden="true" />;
  const [min, max] = [Math.min(...values), Math.max(...values)];
  const pad = 3;
  const x = (i: number) => pad + (points.length === 1 ? (width - 2 * pad) / 2 : (i * (width - 2 * pad)) / (points.length - 1));
  const y = (v: number) => (max === min ? height / 2 : height - pad - ((v - min) * (height - 2 * pad)) / (max - min));
  const path = (pick: (p: (typeof points)[number]) => number | null) =>
    points.map((p, i) => { const v = pick(p); return v === null ? '' : `${i > 0 && pick(points[i - 1]) !== null ? 'L' : 'M'}${x(i).toFixed(1)},${y(v).toFixed(1)}`; }).join('');
  const last = points.length - 1;
  return (
    <svg width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="img" aria-label={label}>
      <title>{label}</title>
      <path d={path((p) => p.target)} fill="none" stroke={targetColor} strokeWidth={1} strokeDasharray="3 2" />
      <path d={path((p) => p.value)} fill="none" stroke={color} strokeWidth={1.5} />
      {points[last]?.value !== null && points[last] && <circle cx={x(last)} cy={y(points[last].value!)} r={2.2} fill={color} />}
    </svg>
  );
}
