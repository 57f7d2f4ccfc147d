import { describe, expect, it } from 'vitest';
import { generateDemoWorkbook } from '../../../shared/demo';

const kpi = generateDemoWorkbook({ orders: 10 }).sheets[1];
const lines = kpi.values.slice(1);
const [MONTH, TEAM, OWNER, NAME, TARGET, ACTUAL] = [0, 1, 2, 3, 4, 5];

describe('the demo KPI sheet', () => {
  it('is a long-form sheet with Chinese headers', () => {
    expect(kpi.name).toBe('KPI目标');
    expect(kpi.values[0]).toEqual(['月份', '团队', '负责人', '指标', '目标值', '实际值']);
    expect(lines.every((r) => r.length === 6)).toBe(true);
  });

  it('has a company default row (blank month, team and owner) of 准时率 95%, 差错率 2%, 满意度 4.5', () => {
    const defaults = lines.filter((r) => r[MONTH] === '' && r[TEAM] === '' && r[OWNER] === '');
    const byName = Object.fromEntries(defaults.map((r) => [r[NAME], r[TARGET]]));
    expect(byName).toEqual({ 准时率: 0.95, 差错率: 0.02, 满意度: 4.5 });
  });

  it('has monthly targets for every team in every month 2024-11 … 2026-10', () => {
    const teamMonths = new Set(lines.filter((r) => r[MONTH] !== '' && r[OWNER] === '' && r[NAME] === '准时率').map((r) => `${r[MONTH]} ${r[TEAM]}`));
    expect(teamMonths.size).toBe(24 * 5);
    const months = [...new Set(lines.map((r) => r[MONTH]).filter((m) => m !== ''))].sort();
    expect(months[0]).toBe('2024-11');
    expect(months[months.length - 1]).toBe('2026-10');
    expect(months.every((m) => /^\d{4}-\d{2}$/.test(m as string))).toBe(true);
  });

  it('keeps rates as fractions (95% is 0.95) and gives only 售后 response-time targets', () => {
    for (const r of lines.filter((r) => ['准时率', '差错率', '解决率', '投诉率'].includes(r[NAME] as string) && r[TARGET] !== '')) {
      expect(r[TARGET]).toBeGreaterThan(0);
      expect(r[TARGET]).toBeLessThan(1);
    }
    const response = lines.filter((r) => r[NAME] === '平均响应时长');
    expect(response.length).toBeGreaterThan(0);
    expect(response.every((r) => r[TEAM] === '售后')).toBe(true);
  });

  it('has owner-specific rows and a few survey actuals', () => {
    expect(lines.filter((r) => r[OWNER] !== '').length).toBeGreaterThanOrEqual(3);
    expect(lines.some((r) => r[OWNER] === '杨帆' && r[NAME] === '准时率')).toBe(true);
    expect(lines.filter((r) => typeof r[ACTUAL] === 'number').length).toBeGreaterThan(0);
  });
});
