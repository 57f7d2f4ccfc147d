import { describe, expect, it } from 'vitest';
import { CHART_DATASETS, sparkline } from '../../../shared/charts/index';
import { ariaLabels, checkedSvg, countMarks, markGroups, texts } from './chart-kit';

const points = [
  { month: '2026-03', value: 0.93, target: 0.9 },
  { month: '2026-01', value: 0.88, target: 0.9 },
  { month: '2026-02', value: 0.9, target: 0.9 },
  { month: '2026-04', value: null, target: 0.92 },
];

describe('sparkline', () => {
  it('draws a tiny line with no axes or title, marking the last month that has a value', async () => {
    const svg = await checkedSvg(sparkline({ points, unit: 'rate' }));
    expect(svg).not.toContain('role-axis');
    expect(svg).not.toContain('role-title');
    expect(countMarks(markGroups(svg, 'spark_line')[0])).toBe(1);
    const last = markGroups(svg, 'spark_last')[0];
    expect(countMarks(last)).toBe(1);
    expect(ariaLabels(last)[0]).toContain('2026-03');
    expect(ariaLabels(last)[0]).toContain('93.0%');
    expect(markGroups(svg, 'spark_target')).toHaveLength(1);
    expect(svg).toMatch(/<svg[^>]* width="120" height="32"/);
  });

  it('has no target line when there are no targets, and localises its tooltip', async () => {
    const svg = await checkedSvg(sparkline({ points: points.map(({ month, value }) => ({ month, value })), unit: 'score', lang: 'zh' }));
    expect(markGroups(svg, 'spark_target')).toHaveLength(0);
    expect(ariaLabels(markGroups(svg, 'spark_last')[0])[0]).toContain('数值: 0.93');
  });

  it('is blank, not broken, with no points', async () => {
    const spec = sparkline({ points: [], unit: 'count', theme: 'dark' });
    expect(spec.data).toEqual({ name: CHART_DATASETS.sparkline });
    const svg = await checkedSvg(spec);
    expect(countMarks(markGroups(svg, 'spark_last')[0])).toBe(0);
    expect(texts(svg)).toEqual([]);
  });
});
