import { describe, expect, it } from 'vitest';
import { onTimeTrend, satisfactionTrend, trendChart, type ChartSpec } from '../../../shared/charts/index';
import { chartGapText, chartValueText } from '../../../shared/charts/point-text';
import type { KpiRowWithTargets } from '../../../shared/kpi/index';
import { ariaLabels, checkedSvg, markGroups, signalValue } from './chart-kit';

/*
 * What a reader of a chart sees in a tooltip and a screen reader hears (issue 12, point 7):
 * numbers written as the KPI cards write them, a score with its scale, money in 万 in Chinese,
 * the orders a rate rests on. Values small enough to check by hand.
 */
const pointLabels = async (spec: ChartSpec) => ariaLabels(markGroups(await checkedSvg(spec), 'value_points')[0]);

const row = (month: string, values: Partial<KpiRowWithTargets>): KpiRowWithTargets => ({ month, group: null, targets: {}, ...values }) as KpiRowWithTargets;

describe('the numbers of a chart, in words', () => {
  it('writes values and gaps as the cards do, in both languages', () => {
    expect(chartValueText(0.938837920489, 'rate', 'en')).toBe('93.9%');
    expect(chartGapText(0.938837920489 - 0.95, 'rate', 'en')).toBe('−1.1 pp');
    expect(chartGapText(0.938837920489 - 0.95, 'rate', 'zh')).toBe('−1.1 个百分点');
    expect(chartValueText(4.4, 'score', 'en', 5)).toBe('4.40 out of 5');
    expect(chartValueText(4.4, 'score', 'zh', 5)).toBe('4.40 分（满分 5）');
    expect(chartValueText(22_191_548, 'currency', 'zh')).toBe('2,219.15万');
    expect(chartValueText(22_191_548, 'currency', 'en')).toBe('22,191,548');
    expect(chartValueText(null, 'rate', 'en')).toBe('–');
  });

  it('a rate’s point says its month, value, target, gap and the orders it rests on', async () => {
    // 307 of 327 orders on time: 93.88…%, 1.1 points under a 95% target.
    const rows = [row('2026-10', { on_time_rate: 307 / 327, orders: 400, targets: { on_time_rate: { target: 0.95, met: false, gap: 307 / 327 - 0.95 } }, bases: { on_time_rate: { hit: 307, of: 327 } } } as Partial<KpiRowWithTargets>)];
    expect(await pointLabels(onTimeTrend(rows, 'en'))).toEqual(['Month: 2026-10; On-time delivery rate: 93.9%; Target: 95.0%; Gap to target: −1.1 pp; Orders counted: 327']);
    expect(await pointLabels(onTimeTrend(rows, 'zh'))).toEqual(['月份: 2026-10; 准时交付率: 93.9%; 目标: 95.0%; 与目标差距: −1.1 个百分点; 计入订单数: 327']);
    // Without the counts (a source that does not know them) the tooltip says the orders placed.
    const plain = onTimeTrend([{ ...rows[0], bases: undefined } as KpiRowWithTargets], 'en');
    expect(await pointLabels(plain)).toEqual(['Month: 2026-10; On-time delivery rate: 93.9%; Target: 95.0%; Gap to target: −1.1 pp; Orders placed: 400']);
    expect(JSON.stringify(plain)).toContain('"title":"Orders placed"');
  });

  it('satisfaction states its scale on the axis and in each point; a running month says so', async () => {
    const rows = [row('2026-09', { satisfaction: 4.5, orders: 10 }), row('2026-10', { satisfaction: 4.4, orders: 5, targets: { satisfaction: { target: 4.5, met: false, gap: -0.1 } } })];
    const spec = satisfactionTrend(rows, 'en', { scaleMax: 5, partialMonths: ['2026-10'] });
    expect(JSON.stringify(spec)).toContain('"title":"Customer satisfaction (score out of 5)"');
    expect(await pointLabels(spec)).toEqual([
      'Month: 2026-09; Customer satisfaction: 4.50 out of 5; Orders placed: 10',
      'Month: 2026-10 (month to date); Customer satisfaction: 4.40 out of 5; Target: 4.50 out of 5; Gap to target: −0.10; Orders placed: 5',
    ]);
  });

  it('keeps a 200 px chart’s plot tall: the value axis’s title runs across its top, not along it', async () => {
    const points = [{ month: '2026-09', value: 4.5, target: 4.5 }, { month: '2026-10', value: 4.4, target: 4.5 }];
    const spec = trendChart({ kpi: 'satisfaction', title: 'Customer satisfaction by month', label: 'Customer satisfaction', unit: 'score', points, lang: 'en', scaleMax: 5, width: 320, height: 200 });
    expect(JSON.stringify(spec)).toContain('"titleAngle":0');
    // Title, subtitle and slanted month labels take ~135 px of 200; the plot keeps the rest
    // (along the axis, its 200 px title left the plot 0 px: the satisfaction chart was flat).
    expect(Number(await signalValue(spec, 'height'))).toBeGreaterThan(50);
  });
});
