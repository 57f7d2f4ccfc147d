import { describe, expect, it } from 'vitest';
import { CHART_DATASETS, PICK_MEMBER, PICK_MONTH, memberSmallMultiples } from '../../../shared/charts/index';
import { checkedSvg, countMarks, markGroups, signalValue, texts } from './chart-kit';

// Three members, three months; Bo has no February value, Cai none at all in March.
const points = [
  { group: 'Cai', month: '2026-01', value: 4.1, target: 4.5 },
  { group: 'Cai', month: '2026-02', value: 4.6, target: 4.5 },
  { group: 'Cai', month: '2026-03', value: null, target: 4.5 },
  { group: 'Ann', month: '2026-01', value: 4.8, target: 4.5 },
  { group: 'Ann', month: '2026-02', value: 4.7, target: 4.5 },
  { group: 'Ann', month: '2026-03', value: 4.9, target: 4.6 },
  { group: 'Bo', month: '2026-01', value: 4.2, target: 4.5 },
  { group: 'Bo', month: '2026-02', value: null, target: 4.5 },
  { group: 'Bo', month: '2026-03', value: 4.4, target: 4.6 },
];

const chart = (lang: 'en' | 'zh', extra: Partial<Parameters<typeof memberSmallMultiples>[0]> = {}) =>
  memberSmallMultiples({ kpi: 'satisfaction', label: lang === 'en' ? 'Satisfaction' : '满意度', unit: 'score', points, lang, ...extra });

describe('memberSmallMultiples', () => {
  it('draws one panel per member, in name order, each with its target line', async () => {
    const svg = await checkedSvg(chart('en'));
    expect(markGroups(svg, 'value_points')).toHaveLength(3);
    expect(markGroups(svg, 'target_line').map((g) => countMarks(g))).toEqual([1, 1, 1]);
    const headers = texts(svg).filter((t) => ['Ann', 'Bo', 'Cai'].includes(t));
    expect(headers).toEqual(['Ann', 'Bo', 'Cai']);
  });

  it('draws a point for each month with a value: Ann 3, Bo 2, Cai 2', async () => {
    const svg = await checkedSvg(chart('en'));
    expect(markGroups(svg, 'value_points').map((g) => countMarks(g))).toEqual([3, 2, 2]);
  });

  it('is titled in both languages', async () => {
    expect(texts(await checkedSvg(chart('en')))).toContain('Satisfaction by member');
    expect(texts(await checkedSvg(chart('zh', { theme: 'dark' })))).toContain('各成员满意度');
  });

  it('wraps panels into rows of the given number of columns', async () => {
    const spec = chart('en', { columns: 2 });
    expect(spec).toHaveProperty('columns', 2);
    const svg = await checkedSvg(spec);
    expect(markGroups(svg, 'value_points')).toHaveLength(3);
  });

  it('names its dataset and declares both picks', async () => {
    const spec = chart('en');
    expect(spec.data).toEqual({ name: CHART_DATASETS.memberTrend });
    expect(spec.datasets?.[CHART_DATASETS.memberTrend]).toHaveLength(9);
    expect(await signalValue(spec, PICK_MONTH)).toEqual({});
    expect(await signalValue(spec, PICK_MEMBER)).toEqual({});
  });

  it('says "no data" when every value and target is empty', async () => {
    const svg = await checkedSvg(chart('en', { points: points.map((p) => ({ ...p, value: null, target: null })) }));
    expect(texts(svg)).toEqual(expect.arrayContaining(['Satisfaction by member', 'No data for this selection']));
  });
});
