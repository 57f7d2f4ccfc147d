import { describe, expect, it } from 'vitest';
import { MEMBER_FIELD, MONTH_FIELD, compileChart, pickedValues, renderSvg, trendChart, type ChartSpec } from '../../../shared/charts/index';
import { schemaErrors } from './chart-kit';

describe('the chart test kit itself', () => {
  it('rejects a spec that breaks the Vega-Lite schema', () => {
    expect(schemaErrors({ mark: 'pie-ish', data: { values: [] } })).not.toEqual([]);
    expect(schemaErrors({ mark: 'bar', data: { name: 'x' }, encoding: { x: { field: 'a', type: 'quantitative' } } })).toEqual([]);
  });

  it('collects Vega-Lite warnings instead of printing them', () => {
    // A bar has no shape: Vega-Lite drops the channel with a warning.
    const spec = { data: { values: [{ a: 1 }] }, mark: 'bar', encoding: { x: { field: 'a', type: 'quantitative' }, shape: { field: 'a', type: 'nominal' } } } as ChartSpec;
    expect(compileChart(spec).warnings.join('\n')).toMatch(/shape/);
  });
});

describe('renderSvg', () => {
  it('renders an SVG document of the spec\'s width', async () => {
    const spec = trendChart({ kpi: 'orders', title: 'Orders', unit: 'count', lang: 'en', points: [{ month: '2026-01', value: 12, target: null }], width: 300, height: 150 });
    const svg = await renderSvg(spec);
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).toMatch(/<svg[^>]* width="300" height="150"/);
  });

  it('uses the width given for a container-wide chart', async () => {
    const spec = trendChart({ kpi: 'orders', title: 'Orders', unit: 'count', lang: 'en', points: [{ month: '2026-01', value: 12, target: null }], width: 'container', height: 150 });
    expect(await renderSvg(spec, { width: 420 })).toMatch(/<svg[^>]* width="420"/);
  });
});

describe('pickedValues', () => {
  it('reads the picked months or members out of a selection signal', () => {
    expect(pickedValues({ month: ['2026-01', '2026-02'] }, MONTH_FIELD)).toEqual(['2026-01', '2026-02']);
    expect(pickedValues({ member: 'Ann' }, MEMBER_FIELD)).toEqual(['Ann']);
    expect(pickedValues({}, MONTH_FIELD)).toEqual([]);
    expect(pickedValues(null, MEMBER_FIELD)).toEqual([]);
  });
});
