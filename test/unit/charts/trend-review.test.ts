import { describe, expect, it } from 'vitest';
import { trendChart, type ChartSpec } from '../../../shared/charts/index';
import { checkedSvg } from './chart-kit';

const points = [
  { month: '2026-08', value: 0.91, target: 0.9, orders: 40 },
  { month: '2026-09', value: 0.87, target: 0.92, orders: 38 },
  { month: '2026-10', value: 0.95, target: 0.92, orders: 12, partial: true },
];

const layers = (spec: ChartSpec) => (spec as unknown as { layer: Record<string, unknown>[] }).layer;
const json = (spec: ChartSpec) => JSON.stringify(spec);

describe('charts a reader trusts (issue 12)', () => {
  it('a rate axis is titled with its unit and runs from 0 to no more than 100%', async () => {
    const spec = trendChart({ kpi: 'on_time_rate', title: 'On-time', label: 'On-time rate', unit: 'rate', points, lang: 'en' });
    await checkedSvg(spec);
    expect(json(spec)).toContain('"title":"On-time rate (%)"');
    expect(json(spec)).toContain('"domain":[0,1]');
    // A small rate (2%) gets an axis to a quarter above its largest value, from 0.
    const small = trendChart({ kpi: 'error_rate', title: 'Errors', unit: 'rate', points: [{ month: '2026-10', value: 0.02, target: 0.02 }], lang: 'en' });
    expect(json(small)).toContain('"domain":[0,0.025]');
  });

  it('the tooltip has month, value, target, gap and orders; a running month is hollow; the reviewed month is marked', async () => {
    const spec = trendChart({ kpi: 'on_time_rate', title: 'On-time', unit: 'rate', points, lang: 'en', selectedMonth: '2026-09' });
    await checkedSvg(spec);
    const text = json(spec);
    for (const field of ['"field":"gap_text"', '"field":"orders"', '"title":"Gap to target"']) expect(text).toContain(field);
    expect(text).toContain('"fillOpacity":{"condition":{"test":"datum.partial","value":0},"value":1}');
    expect(layers(spec)[0].name).toBe('reviewed_month');
    expect(text).toContain('Reviewed period: 2026-09');
    expect(text).toContain('Month to date (hollow point)');
  });

  it('states the satisfaction scale, and counts in 万/亿 on a Chinese axis', async () => {
    const score = trendChart({ kpi: 'satisfaction', title: '满意度', label: '满意度', unit: 'score', points: [{ month: '2026-10', value: 4.4, target: 4.5 }], lang: 'zh', scaleMax: 5 });
    await checkedSvg(score);
    expect(json(score)).toContain('满意度（评分，1–5 分制）');
    expect(json(score)).toContain('"domain":[0,5]');
    const money = trendChart({ kpi: 'revenue', title: '销售额', label: '销售额', unit: 'currency', points: [{ month: '2026-10', value: 22_191_548, target: null }], lang: 'zh' });
    const svg = await checkedSvg(money);
    expect(svg).toMatch(/万/);
  });
});
