import { describe, expect, it } from 'vitest';
import {
  CHART_DATASETS,
  PICK_MEMBER,
  PICK_MONTH,
  attainmentHeatmap,
  attainmentStatus,
  chartPalette,
  chartTexts,
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

/** "#fee0b6" as Vega writes an interpolated fill: "rgb(254, 224, 182)". */
const rgbOf = (hex: string) => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;

const heatmap = (lang: 'en' | 'zh', extra: Partial<Parameters<typeof attainmentHeatmap>[0]> = {}) =>
  attainmentHeatmap({ kpi: 'on_time_rate', label: lang === 'en' ? 'On-time rate' : '准时交付率', unit: 'rate', cells, lang, ...extra });

describe('attainmentHeatmap', () => {
  it('draws one rectangle per member × month cell', async () => {
    const svg = await checkedSvg(heatmap('en'));
    expect(countMarks(markGroups(svg, 'attainment_cells')[0])).toBe(8);
  });

  it('colours met blue and missed orange, and writes each value in its cell', async () => {
    const svg = await checkedSvg(heatmap('en'));
    const values = texts(markGroups(svg, 'attainment_values')[0]);
    // By the cells' order in the data: Chen ×3, alice ×3, Bob ×2.
    expect(values).toEqual(['88.0%', '93.0%', '90.0%', '95.0%', '85.0%', '·', '92.0%', '91.0%']);
    const spec = heatmap('en');
    const rows = spec.datasets![CHART_DATASETS.attainment] as { member: string; month: string; shade: number | null; status: string }[];
    const shade = (member: string, month: string) => rows.find((r) => r.member === member && r.month === month)!.shade;
    // Met on or above 0, missed below it; no value and no target get no shade (grey).
    expect(shade('Chen', '2026-03')).toBe(0);
    expect(shade('alice', '2026-01')).toBeCloseTo(0.5, 10); // 5 pp above: half of the full 10 pp
    expect(shade('alice', '2026-02')).toBeCloseTo(-0.5, 10);
    expect(shade('alice', '2026-03')).toBeNull();
    expect(shade('Bob', '2026-01')).toBeNull();
  });

  it('tells 94.9% against 95% from 60% against 95% by depth of colour', async () => {
    const near = cell('Dana', '2026-01', 0.949, 0.95);
    const far = cell('Dana', '2026-02', 0.6, 0.95);
    const spec = heatmap('en', { cells: [near, far] });
    const [a, b] = spec.datasets![CHART_DATASETS.attainment] as { shade: number }[];
    expect(a.shade).toBe(-0.05); // the faintest orange
    expect(b.shade).toBe(-1); // the deepest
    const svg = await checkedSvg(spec);
    const fills = [...markGroups(svg, 'attainment_cells')[0].matchAll(/fill="(#[0-9a-f]{6}|rgb\([^)]*\))"/g)].map((x) => x[1]);
    const { missed, missedFaint } = chartPalette('light');
    expect(fills).toEqual([rgbOf(missedFaint), rgbOf(missed)]);
  });

  it('does not colour a rate on fewer than 5 orders as missed, and shows its value in brackets', async () => {
    const few = { ...cell('Eve', '2026-01', 0.5, 0.95), orders: 2 };
    const enough = { ...cell('Eve', '2026-02', 0.5, 0.95), orders: 12 };
    const spec = heatmap('en', { cells: [few, enough] });
    const rows = spec.datasets![CHART_DATASETS.attainment] as { status: string; shade: number | null }[];
    expect(rows.map((r) => r.status)).toEqual(['few', 'missed']);
    expect(rows[0].shade).toBeNull();
    const svg = await checkedSvg(spec);
    expect(texts(markGroups(svg, 'attainment_values')[0])).toEqual(['(50.0%)', '50.0%']);
    const label = ariaLabels(markGroups(svg, 'attainment_cells')[0]).find((l) => l.includes('2026-01'));
    expect(label).toBe('Eve, 2026-01: On-time rate 50.0%; Target 95.0%; Gap to target −45.0 pp; 2 orders: too few to judge');
    const zh = await checkedSvg(heatmap('zh', { cells: [few, enough] }));
    expect(ariaLabels(markGroups(zh, 'attainment_cells')[0])[0]).toBe('Eve, 2026-01: 准时交付率 50.0%; 目标 95.0%; 与目标差距 −45.0 个百分点; 仅 2 单：样本太少');
    // The tooltip also says on how many orders the rate rests.
    expect(JSON.stringify(spec)).toContain('"title":"Orders counted"');
    // The same words listed for a screen reader beside the chart (a canvas has no marks to read).
    expect(chartTexts(spec, (r) => r.month === '2026-01')).toEqual([label]);
  });

  it('outlines the reviewed month and names it in the subtitle', async () => {
    const svg = await checkedSvg(heatmap('en', { selectedMonth: '2026-02' }));
    // Three members have a February cell: those three are outlined in the text colour.
    const { text } = chartPalette('light');
    expect(markGroups(svg, 'attainment_cells')[0].split(`stroke="${text}"`).length - 1).toBe(3);
    expect(texts(svg).some((t) => t.includes('Reviewed period: 2026-02'))).toBe(true);
    const none = await checkedSvg(heatmap('en', { selectedMonth: '2025-01' }));
    expect(markGroups(none, 'attainment_cells')[0]).not.toContain(`stroke="${text}"`);
  });

  it('writes money short, in 万 and 亿 in Chinese', async () => {
    const money = [cell('张伟', '2026-01', 123_456_789, 100_000_000), cell('张伟', '2026-02', 56_000, 60_000)];
    const opts = { kpi: 'revenue' as const, unit: 'currency' as const, cells: money };
    const zh = await checkedSvg(attainmentHeatmap({ ...opts, label: '营收', lang: 'zh' }));
    expect(texts(markGroups(zh, 'attainment_values')[0])).toEqual(['1.23亿', '5.6万']);
    const en = await checkedSvg(attainmentHeatmap({ ...opts, label: 'Revenue', lang: 'en' }));
    expect(texts(markGroups(en, 'attainment_values')[0])).toEqual(['123M', '56k']);
    // The tooltip and what a screen reader hears read like the cards: a target of 6.00万.
    expect(ariaLabels(markGroups(zh, 'attainment_cells')[0])[1]).toBe('张伟, 2026-02: 营收 5.60万; 目标 6.00万; 与目标差距 −4,000; 未达标');
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
    expect(texts(en)).toEqual(expect.arrayContaining(['On-time rate: target attainment by member and month', 'Month']));
    const aliceJan = ariaLabels(markGroups(en, 'attainment_cells')[0]).find((l) => l.includes('alice') && l.includes('2026-01'));
    expect(aliceJan).toBe('alice, 2026-01: On-time rate 95.0%; Target 90.0%; Gap to target +5.0 pp; Met');
    const zh = await checkedSvg(heatmap('zh'));
    expect(texts(zh)).toEqual(expect.arrayContaining(['准时交付率目标达成（成员 × 月份）', '月份']));
    expect(texts(zh).some((t) => t.startsWith('蓝色达标、橙色未达标'))).toBe(true);
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
