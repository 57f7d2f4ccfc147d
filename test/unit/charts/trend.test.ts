import { describe, expect, it } from 'vitest';
import type { KpiRowWithTargets } from '../../../shared/kpi/index';
import { CHART_DATASETS, PICK_MONTH, compileChart, errorRateTrend, onTimeTrend, satisfactionTrend, trendChart, trendPoints, type ChartSpec } from '../../../shared/charts/index';
import { ariaLabels, checkedSvg, countMarks, markGroups, signalValue, texts, valueAxisLabels } from './chart-kit';

// Four months of on-time rate; February has no value; the target rises from 90% to 92% in March.
const points = [
  { month: '2026-01', value: 0.91, target: 0.9 },
  { month: '2026-02', value: null, target: 0.9 },
  { month: '2026-03', value: 0.87, target: 0.92 },
  { month: '2026-04', value: 0.95, target: 0.92 },
];

function onTime(lang: 'en' | 'zh', extra: Partial<Parameters<typeof trendChart>[0]> = {}): ChartSpec {
  return trendChart({ kpi: 'on_time_rate', title: lang === 'en' ? 'On-time rate' : '准时率', label: 'On-time', unit: 'rate', points, lang, ...extra });
}

describe('trendChart', () => {
  it('draws one point per month that has a value, and breaks the line at the empty month', async () => {
    const svg = await checkedSvg(onTime('en'));
    const [pointMarks] = markGroups(svg, 'value_points');
    expect(countMarks(pointMarks)).toBe(3);
    // One path for the line, with two "move to" commands: Jan, then Mar–Apr.
    const [line] = markGroups(svg, 'value_line');
    expect(countMarks(line)).toBe(1);
    expect(line.match(/d="([^"]*)"/)?.[1].match(/M/g)).toHaveLength(2);
  });

  it('draws the target as a dashed line', async () => {
    const svg = await checkedSvg(onTime('en'));
    const [target] = markGroups(svg, 'target_line');
    expect(target).toMatch(/<path[^>]* d="M[^"]+"/);
    expect(target).toContain('stroke-dasharray="6,4"');
  });

  it('shows rates as percentages on the axis and in the tooltips', async () => {
    const svg = await checkedSvg(onTime('en'));
    const yLabels = valueAxisLabels(svg);
    expect(yLabels.length).toBeGreaterThanOrEqual(3);
    for (const label of yLabels) expect(label).toMatch(/^\d+(\.\d+)?%$/);
    // 0.91 with its 0.90 target, as the tooltip (and screen reader) shows them.
    const [pointMarks] = markGroups(svg, 'value_points');
    const january = ariaLabels(pointMarks).find((l) => l.includes('2026-01'));
    expect(january).toContain('On-time: 91.0%');
    expect(january).toContain('Target: 90.0%');
  });

  it('localises the title and the month axis', async () => {
    const en = texts(await checkedSvg(onTime('en')));
    const zh = texts(await checkedSvg(onTime('zh')));
    expect(en).toEqual(expect.arrayContaining(['On-time rate', 'Month', 'Dashed line: target']));
    expect(zh).toEqual(expect.arrayContaining(['准时率', '月份', '虚线：目标']));
  });

  it('names its dataset and declares the month pick', async () => {
    const spec = onTime('en');
    expect(spec.data).toEqual({ name: CHART_DATASETS.trend });
    expect(spec.datasets?.[CHART_DATASETS.trend]).toHaveLength(4);
    expect(JSON.stringify(spec)).toContain(`"name":"${PICK_MONTH}"`);
    expect(compileChart(spec).vega.signals?.map((s) => s.name)).toContain(PICK_MONTH);
    // Nothing picked yet: vega reports the selection as empty, and the signal exists to listen to.
    expect(await signalValue(spec, PICK_MONTH)).toEqual({});
  });

  it('uses the CJK font stack and the dark theme', async () => {
    const svg = await checkedSvg(onTime('zh', { theme: 'dark' }));
    expect(svg).toContain('Microsoft YaHei');
    expect(svg).toContain('Noto Sans CJK SC');
    expect(svg).toContain('fill="#1f1f1f"');
  });

  it('draws one line per group when the points have groups', async () => {
    const grouped = ['Alice', 'Bo'].flatMap((group) => points.map((p) => ({ ...p, group })));
    const svg = await checkedSvg(onTime('en', { points: grouped }));
    // vega draws a coloured series as one group per line.
    expect(markGroups(svg, 'value_line').map((g) => countMarks(g))).toEqual([1, 1]);
    expect(countMarks(markGroups(svg, 'value_points')[0])).toBe(6);
    expect(texts(svg)).toEqual(expect.arrayContaining(['Alice', 'Bo']));
  });

  it('fits a container width, rendered at the width asked for in Node', async () => {
    const spec = onTime('en', { width: 'container' });
    expect(spec).toHaveProperty('width', 'container');
    expect(spec.autosize).toEqual({ type: 'fit', contains: 'padding' });
    const svg = await checkedSvg(spec);
    expect(svg).toMatch(/<svg[^>]* width="640"/);
  });

  it('survives months that are all null: targets only, no points', async () => {
    const svg = await checkedSvg(onTime('en', { points: points.map((p) => ({ ...p, value: null })) }));
    expect(markGroups(svg, 'value_points').map((g) => countMarks(g))).toEqual([0]);
    expect(markGroups(svg, 'target_line')[0]).toMatch(/ d="M/);
  });

  it('says "no data" in the reader\'s language when there is nothing to draw, keeping the month pick', async () => {
    for (const [lang, message] of [['en', 'No data for this selection'], ['zh', '所选范围内没有数据']] as const) {
      const spec = onTime(lang, { points: [] });
      const svg = await checkedSvg(spec);
      expect(texts(svg)).toEqual(expect.arrayContaining([lang === 'en' ? 'On-time rate' : '准时率', message]));
      expect(spec.data).toEqual({ name: CHART_DATASETS.noData });
      expect(await signalValue(spec, PICK_MONTH)).toEqual({});
    }
  });
});

describe('onTimeTrend and the other KPI-row wrappers', () => {
  const row = (month: string, on_time_rate: number | null, target: number): KpiRowWithTargets =>
    ({ month, group: null, on_time_rate, targets: { on_time_rate: { target, met: on_time_rate === null ? null : on_time_rate >= target, gap: null } } }) as unknown as KpiRowWithTargets;
  const rows = [row('2026-01', 0.95, 0.9), row('2026-02', null, 0.9), row('2026-03', 0.8, 0.9)];

  it('titles the chart by the KPI in both languages and plots its values', async () => {
    const en = await checkedSvg(onTimeTrend(rows, 'en'));
    const zh = await checkedSvg(onTimeTrend(rows, 'zh'));
    expect(texts(en)).toContain('On-time delivery rate by month');
    expect(texts(zh)).toContain('准时交付率月度趋势');
    expect(countMarks(markGroups(en, 'value_points')[0])).toBe(2);
    expect(ariaLabels(markGroups(zh, 'value_points')[0]).join('\n')).toContain('准时交付率: 95.0%');
  });

  it('titles the satisfaction and error-rate trends, showing scores as plain numbers', async () => {
    const scored = [
      { month: '2026-01', group: null, satisfaction: 4.25, error_rate: 0.02, targets: { satisfaction: { target: 4.5, met: false, gap: -0.25 } } },
      { month: '2026-02', group: null, satisfaction: 4.75, error_rate: 0.01, targets: {} },
    ] as unknown as KpiRowWithTargets[];
    const satisfaction = await checkedSvg(satisfactionTrend(scored, 'en'));
    expect(texts(satisfaction)).toContain('Customer satisfaction by month');
    expect(valueAxisLabels(satisfaction).some((l) => l.includes('%'))).toBe(false);
    expect(ariaLabels(markGroups(satisfaction, 'value_points')[0]).join('\n')).toContain('Customer satisfaction: 4.25; Target: 4.50');
    const errors = await checkedSvg(errorRateTrend(scored, 'zh'));
    expect(texts(errors)).toContain('差错率月度趋势');
    expect(ariaLabels(markGroups(errors, 'value_points')[0]).join('\n')).toContain('差错率: 2.0%');
  });

  it('takes each month\'s target from the row, null when the row has none', () => {
    expect(trendPoints(rows, 'on_time_rate').map((p) => [p.month, p.value, p.target])).toEqual([
      ['2026-01', 0.95, 0.9],
      ['2026-02', null, 0.9],
      ['2026-03', 0.8, 0.9],
    ]);
    const noTargets = [{ ...rows[0], targets: {} }];
    expect(trendPoints(noTargets, 'on_time_rate')[0].target).toBeNull();
  });
});
