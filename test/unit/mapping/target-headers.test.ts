import { describe, expect, it } from 'vitest';
import { mapTargetHeaders, parseWideKpiHeader } from '../../../shared/mapping/index';

const cols = (wide: { header: string; kpi: string; kind: string }[]) => wide.map((w) => `${w.header} → ${w.kpi}/${w.kind}`);

describe('mapTargetHeaders', () => {
  it('reads the long form in English', () => {
    const t = mapTargetHeaders(['Month', 'Team', 'Owner', 'KPI', 'Target', 'Actual']);
    expect(t.form).toBe('long');
    expect(Object.fromEntries(Object.entries(t.long).map(([f, m]) => [f, m!.column]))).toEqual({
      month: 0, team: 1, owner: 2, kpi: 3, target: 4, actual: 5,
    });
    expect(Object.keys(t.scope).sort()).toEqual(['month', 'owner', 'team']);
    expect(t.wide).toEqual([]);
  });

  it('reads the long form in Chinese, without the optional columns', () => {
    const t = mapTargetHeaders(['月份', '团队', '指标', '目标值']);
    expect(t.form).toBe('long');
    expect(t.long.kpi?.header).toBe('指标');
    expect(t.long.target?.header).toBe('目标值');
    expect(t.long.owner).toBeUndefined();
  });

  it('reads the wide form: one column per KPI and kind', () => {
    const t = mapTargetHeaders(['Month', 'Team', 'Owner', 'On-time target', 'On-time rate target', 'Satisfaction actual', 'Notes']);
    expect(t.form).toBe('wide');
    expect(t.scope.month?.header).toBe('Month');
    expect(t.scope.owner?.header).toBe('Owner');
    // the second on-time target column is left out: one column per KPI and kind
    expect(cols(t.wide)).toEqual(['On-time target → on_time_rate/target', 'Satisfaction actual → satisfaction/actual']);
  });

  it('reads a Chinese wide sheet', () => {
    const t = mapTargetHeaders(['月份', '部门', '负责人', '准时率目标', '满意度目标', '差错率目标', '满意度实际', '平均响应时间目标(小时)']);
    expect(t.form).toBe('wide');
    expect(t.scope.team?.header).toBe('部门');
    expect(cols(t.wide)).toEqual([
      '准时率目标 → on_time_rate/target',
      '满意度目标 → satisfaction/target',
      '差错率目标 → error_rate/target',
      '满意度实际 → satisfaction/actual',
      '平均响应时间目标(小时) → response_hours_avg/target',
    ]);
  });

  it('an orders sheet is neither form (a bare "满意度" is no target)', () => {
    const t = mapTargetHeaders(['订单编号', '跟单员', '下单日期', '满意度', '金额']);
    expect(t.form).toBeNull();
    expect(t.wide).toEqual([]);
  });

  it('parseWideKpiHeader reads the kind on either side and needs exactly one kind', () => {
    expect(parseWideKpiHeader('Target: error rate')).toEqual({ kpi: 'error_rate', kind: 'target' });
    expect(parseWideKpiHeader('目标 准时率')).toEqual({ kpi: 'on_time_rate', kind: 'target' });
    expect(parseWideKpiHeader('CSAT goal')).toEqual({ kpi: 'satisfaction', kind: 'target' });
    expect(parseWideKpiHeader('满意度')).toBeNull();
    expect(parseWideKpiHeader('满意度 目标 实际')).toBeNull();
    expect(parseWideKpiHeader('Notes target')).toBeNull();
  });
});
