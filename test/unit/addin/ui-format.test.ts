import { describe, expect, it } from 'vitest';
import { excelNumberFormat, formatAgainstTarget, formatKpiChange, formatKpiValue } from '../../../shared/ui/index';
import { rewriteManifestOrigin } from '../../../addin/build/addin-assets-plugin';

describe('KPI numbers as people read them', () => {
  it('shows rates as percentages and the rest in their unit', () => {
    expect(formatKpiValue(0.9284, 'rate', 'en')).toBe('92.8%');
    expect(formatKpiValue(4.404, 'score', 'en')).toBe('4.40');
    expect(formatKpiValue(22191547.84, 'currency', 'en')).toBe('22,191,548');
    // In Chinese money reads in 万 and 亿: 22,191,547.84 = 2,219.15万; 1.2345亿; below 万 whole.
    expect(formatKpiValue(22191547.84, 'currency', 'zh')).toBe('2,219.15万');
    expect(formatKpiValue(123456789, 'currency', 'zh')).toBe('1.23亿');
    expect(formatKpiValue(-56000, 'currency', 'zh')).toBe('-5.60万');
    expect(formatKpiValue(9876, 'currency', 'zh')).toBe('9,876');
    expect(formatKpiValue(9.72, 'days', 'en')).toBe('9.7 d');
    expect(formatKpiValue(9.72, 'days', 'zh')).toBe('9.7 天');
    expect(formatKpiValue(4.65, 'hours', 'zh')).toBe('4.7 小时');
    expect(formatKpiValue(null, 'rate', 'en')).toBe('–');
  });

  it('shows changes signed, rates in percentage points', () => {
    expect(formatKpiChange(-0.011, 'rate', 'en')).toBe('−1.1 pp');
    expect(formatKpiChange(0.001, 'rate', 'zh')).toBe('+0.1 个百分点');
    expect(formatKpiChange(113, 'count', 'en')).toBe('+113');
    expect(formatKpiChange(0, 'score', 'en')).toBe('±0.00');
  });

  it('adds decimals until a value and its target differ', () => {
    expect(formatAgainstTarget(0.020118, 0.02, 'rate', 'en')).toEqual(['2.01%', '2.00%']);
    expect(formatAgainstTarget(0.9192, 0.95, 'rate', 'en')).toEqual(['91.9%', '95.0%']);
    expect(formatAgainstTarget(0.95, 0.95, 'rate', 'en')).toEqual(['95.0%', '95.0%']);
  });

  it('gives the report sheet Excel number formats by unit', () => {
    expect(excelNumberFormat('rate')).toBe('0.0%');
    expect(excelNumberFormat('currency')).toBe('#,##0');
    expect(excelNumberFormat('score')).toBe('0.00');
  });
});

describe('the production manifest', () => {
  it('moves every development URL to the production origin', () => {
    const xml = '<a DefaultValue="https://localhost:3000/addin/taskpane.html"/><b DefaultValue="https://localhost:3000/addin/assets/icon-16.png"/>';
    expect(rewriteManifestOrigin(xml, 'https://kpi.example.com/')).toBe(
      '<a DefaultValue="https://kpi.example.com/addin/taskpane.html"/><b DefaultValue="https://kpi.example.com/addin/assets/icon-16.png"/>',
    );
    expect(rewriteManifestOrigin(xml, 'https://example.com/tools/kpi')).toContain('https://example.com/tools/kpi/addin/taskpane.html');
    expect(() => rewriteManifestOrigin(xml, 'http://kpi.example.com')).toThrow(/https/);
  });
});
