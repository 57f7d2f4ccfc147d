import { describe, expect, it } from 'vitest';
import { CHART_DATASETS, MEMBER_FIELD, PICK_MEMBER, overdueByOwnerBars } from '../../../shared/charts/index';
import { ariaLabels, axisLabels, checkedSvg, countMarks, markGroups, signalValue, texts } from './chart-kit';

// Given out of name order on purpose. Totals (overdue + due soon): Alice 4, bob 6, Chen 3, Dana 1.
const bars = [
  { owner: 'Dana', overdue: 1, dueSoon: 0 },
  { owner: 'bob', overdue: 5, dueSoon: 1 },
  { owner: 'Alice', overdue: 2, dueSoon: 2 },
  { owner: 'Chen', overdue: 0, dueSoon: 3 },
];
const overdueOnly = bars.map(({ owner, overdue }) => ({ owner, overdue }));

/** The bar chart's name axis: the axis whose labels are not numbers. */
function ownerAxis(svg: string): string[] {
  return axisLabels(svg).find((labels) => labels.some((l) => !/^[\d,]+$/.test(l))) ?? [];
}

describe('overdueByOwnerBars', () => {
  it('sorts owners by name by default, so it does not read as a leaderboard', async () => {
    const svg = await checkedSvg(overdueByOwnerBars({ bars: overdueOnly, lang: 'en' }));
    expect(ownerAxis(svg)).toEqual(['Alice', 'bob', 'Chen', 'Dana']);
  });

  it('sorts by total at risk when asked', async () => {
    const svg = await checkedSvg(overdueByOwnerBars({ bars, lang: 'en', sortBy: 'value' }));
    expect(ownerAxis(svg)).toEqual(['bob', 'Alice', 'Chen', 'Dana']);
  });

  it('draws one bar per owner, or two stacked when "due soon" is given', async () => {
    const single = await checkedSvg(overdueByOwnerBars({ bars: overdueOnly, lang: 'en' }));
    const rects = (svg: string) => countMarks(markGroups(svg, 'overdue_bars')[0]);
    expect(rects(single)).toBe(4);
    const stacked = await checkedSvg(overdueByOwnerBars({ bars, lang: 'en' }));
    expect(rects(stacked)).toBe(8);
    expect(texts(stacked)).toEqual(expect.arrayContaining(['Overdue', 'Due soon']));
    const bob = ariaLabels(stacked).find((l) => l.includes('bob') && l.includes('Overdue'));
    expect(bob).toContain('Open orders: 5');
  });

  it('is titled in both languages', async () => {
    const en = await checkedSvg(overdueByOwnerBars({ bars, lang: 'en' }));
    const zh = await checkedSvg(overdueByOwnerBars({ bars, lang: 'zh' }));
    expect(texts(en)).toEqual(expect.arrayContaining(['Overdue open orders by owner', 'Open orders']));
    expect(texts(zh)).toEqual(expect.arrayContaining(['各负责人逾期未完成订单', '未完成订单', '已逾期', '即将到期']));
  });

  it('names its dataset and declares the member pick on the `member` field', async () => {
    const spec = overdueByOwnerBars({ bars, lang: 'en' });
    expect(spec.data).toEqual({ name: CHART_DATASETS.overdue });
    const rows = spec.datasets?.[CHART_DATASETS.overdue] as Record<string, unknown>[];
    expect(rows).toHaveLength(8);
    expect(rows[0]).toHaveProperty(MEMBER_FIELD, 'Dana');
    expect(await signalValue(spec, PICK_MEMBER)).toEqual({});
  });

  it('says "no data" when no owner has open orders', async () => {
    const spec = overdueByOwnerBars({ bars: [], lang: 'en', theme: 'dark' });
    const svg = await checkedSvg(spec);
    expect(texts(svg)).toEqual(expect.arrayContaining(['Overdue open orders by owner', 'No data for this selection']));
    expect(await signalValue(spec, PICK_MEMBER)).toEqual({});
  });
});
