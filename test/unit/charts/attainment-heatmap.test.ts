import { describe, expect, it } from 'vitest';
import {
  CHART_DATASETS,
  PICK_MEMBER,
  PICK_MONTH,
  attainmentHeatmap,
  attainmentStatus,
  chartPalette,
  type AttainmentCell,
} from '../../../shared/charts/index';
import { ariaLabels, axisLabels, checkedSvg, countMarks, markGroups, signalValue, texts } from './chart-kit';

const cell = (group: string, month: string, value: number | null, target: number | null): AttainmentCell => ({
  group,
  month,
  value,
  target,
  met: value === null || target === null ? null : value >= target,
});

// 3 members × 3 months, Bob has no March row: 8 cells — 4 met, 2 missed, 1 without value, 1 without target.
const cells = [
  cell('Chen', '2026-01', 0.88, 0.9), // missed
  cell('Chen', '2026-02', 0.93, 0.92), // met
  cell('Chen', '2026-03', 0.9, 0.9), // met (equal counts)
  cell('alice', '2026-01', 0.95, 0.9), // met
  cell('alice', '2026-02', 0.85, 0.9), // missed
  cell('alice', '2026-03', null, 0.9), // no value
  cell('Bob', '2026-01', 0.92, null), // no target
  cell('Bob', '2026-02', 0.91, 0.9), // met
];

const heatmap = (lang: 'en' | 'zh', extra: Partial<Parameters<typeof attainmentHeatmap>[0]> = {}) =>
  attainmentHeatmap({ kpi: 'on_time_rate', label: lang === 'en' ? 'On-time rate' : '准时交付率', unit: 'rate', cells, lang, ...extra });

describe('attainmentHeatmap', () => {
  it('draws one rectangle per member × month cell', async () => {
    const svg = await checkedSvg(heatmap('en'));
    expect(countMarks(markGroups(svg, 'attainment_cells')[0])).toBe(8);
  });

  it('marks met and missed by colour AND by symbol', async () => {
    const svg = await checkedSvg(heatmap('en'));
    const rects = markGroups(svg, 'attainment_cells')[0];
    const { met, missed } = chartPalette('light');
    expect(rects.split(`fill="${met}"`).length - 1).toBe(4);
    expect(rects.split(`fill="${missed}"`).length - 1).toBe(2);
    const symbols = texts(markGroups(svg, 'attainment_symbols')[0]);
    expect(symbols.filter((s) => s === '✓')).toHaveLength(4);
    expect(symbols.filter((s) => s === '✗')).toHaveLength(2);
    expect(symbols.filter((s) => s === '·')).toHaveLength(1);
  });

  it('lists members by name, not by score, in each language', async () => {
    const en = axisLabels(await checkedSvg(heatmap('en')));
    expect(en).toContainEqual(['alice', 'Bob', 'Chen']);
    const zhCells = [cell('张伟', '2026-01', 0.9, 0.8), cell('李娜', '2026-01', 0.7, 0.8), cell('王芳', '2026-01', 0.8, 0.8)];
    const zh = axisLabels(await checkedSvg(heatmap('zh', { cells: zhCells })));
    // Pinyin order: Li, Wang, Zhang.
    expect(zh).toContainEqual(['李娜', '王芳', '张伟']);
  });

  it('is titled and labelled in both languages, with the value and target in the tooltip', async () => {
    const en = await checkedSvg(heatmap('en'));
    expect(texts(en)).toEqual(expect.arrayContaining(['On-time rate: target attainment by member and month', 'Met', 'Missed', 'No target', 'Month']));
    const aliceJan = ariaLabels(markGroups(en, 'attainment_cells')[0]).find((l) => l.includes('alice') && l.includes('2026-01'));
    expect(aliceJan).toContain('On-time rate: 95.0%');
    expect(aliceJan).toContain('Target: 90.0%');
    expect(aliceJan).toContain('Status: Met');
    const zh = await checkedSvg(heatmap('zh'));
    expect(texts(zh)).toEqual(expect.arrayContaining(['准时交付率目标达成（成员 × 月份）', '达标', '未达标', '无目标', '月份']));
  });

  it('names its dataset and declares both picks', async () => {
    const spec = heatmap('en');
    expect(spec.data).toEqual({ name: CHART_DATASETS.attainment });
    expect(spec.datasets?.[CHART_DATASETS.attainment]).toHaveLength(8);
    expect(await signalValue(spec, PICK_MONTH)).toEqual({});
    expect(await signalValue(spec, PICK_MEMBER)).toEqual({});
  });

  it('renders in the dark theme and with a fixed height', async () => {
    const svg = await checkedSvg(heatmap('en', { theme: 'dark', height: 200, width: 'container' }));
    expect(svg).toContain('fill="#1f1f1f"');
    expect(countMarks(markGroups(svg, 'attainment_cells')[0])).toBe(8);
  });

  it('says "no data" for no cells and still declares both picks', async () => {
    const spec = heatmap('zh', { cells: [] });
    const svg = await checkedSvg(spec);
    expect(texts(svg)).toContain('所选范围内没有数据');
    expect(await signalValue(spec, PICK_MEMBER)).toEqual({});
  });
});

describe('attainmentStatus', () => {
  it('tells met, missed, no value and no target apart', () => {
    expect(attainmentStatus(cell('a', '2026-01', 0.9, 0.9))).toBe('met');
    expect(attainmentStatus(cell('a', '2026-01', 0.8, 0.9))).toBe('missed');
    expect(attainmentStatus(cell('a', '2026-01', null, 0.9))).toBe('no_value');
    expect(attainmentStatus(cell('a', '2026-01', 0.8, null))).toBe('no_target');
  });
});
