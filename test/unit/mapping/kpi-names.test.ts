import { describe, expect, it } from 'vitest';
import { matchKpiName } from '../../../shared/mapping/index';
import { KPI_KEYS } from '../../../shared/kpi/keys';

describe('matchKpiName', () => {
  it('every KPI key names itself', () => {
    for (const key of KPI_KEYS) expect(matchKpiName(key), key).toBe(key);
  });

  it.each([
    ['准时率', 'on_time_rate'],
    ['On-time rate', 'on_time_rate'],
    ['on_time_rate', 'on_time_rate'],
    ['OTD', 'on_time_rate'],
    ['交期达成率', 'on_time_rate'],
    ['On-time delivery rate (%)', 'on_time_rate'],
    ['差错率', 'error_rate'],
    ['Error Rate', 'error_rate'],
    ['满意度', 'satisfaction'],
    ['CSAT', 'satisfaction'],
    ['客户满意度', 'satisfaction'],
    ['平均响应时间', 'response_hours_avg'],
    ['Avg response time (hrs)', 'response_hours_avg'],
    ['响应时间P90', 'response_hours_p90'],
    ['解决率', 'resolution_rate'],
    ['投诉率', 'complaint_rate'],
    ['Complaint rate', 'complaint_rate'],
    ['订单数', 'orders'],
    ['Orders', 'orders'],
    ['销售额', 'revenue'],
    ['Revenue', 'revenue'],
    ['周期', 'cycle_days_avg'],
    ['平均交付周期（天）', 'cycle_days_avg'],
    ['Median cycle time', 'cycle_days_p50'],
    ['周期 P90', 'cycle_days_p90'],
    ['完成率', 'completion_rate'],
    ['完成数', 'completed'],
    ['逾期未交', 'overdue_open'],
    ['Overdue', 'overdue_open'],
  ])('%s → %s', (text, kpi) => {
    expect(matchKpiName(text)).toBe(kpi);
  });

  it('null for text that names no KPI', () => {
    expect(matchKpiName('')).toBeNull();
    expect(matchKpiName('备注')).toBeNull();
    expect(matchKpiName('Order Date')).toBeNull();
    expect(matchKpiName('Customer')).toBeNull();
  });
});
