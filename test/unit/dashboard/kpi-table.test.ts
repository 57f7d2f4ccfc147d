import * as XLSX from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { KPI_KEYS, type KpiRowWithTargets } from '../../../shared/kpi/index';
import { kpiTableXlsxBytes, memberTableCsv } from '../../../dashboard/export/kpi-table';
import { csvField } from '../../../shared/export/index';

const row = (month: string, group: string, onTime: number | null, target?: number): KpiRowWithTargets => {
  const out = { month, group, targets: {} } as KpiRowWithTargets;
  for (const k of KPI_KEYS) out[k] = null;
  out.on_time_rate = onTime;
  out.orders = 10;
  if (target !== undefined) out.targets.on_time_rate = { target, met: onTime === null ? null : onTime >= target, gap: onTime === null ? null : onTime - target };
  return out;
};

describe('the member table as CSV', () => {
  it('lists members by name with value, target and met per KPI; text can never become a formula', () => {
    const csv = memberTableCsv([row('all', 'Zoe', 0.9, 0.95), row('all', '=cmd', 0.5), row('all', 'Ann', 0.97, 0.95)], ['orders', 'on_time_rate'], 'en');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.slice(1).split('\r\n')).toEqual([
      'Member,Orders,Orders · Target,Orders · Met,On-time rate,On-time rate · Target,On-time rate · Met',
      "'=cmd,10,,,0.5,,",
      'Ann,10,,,0.97,0.95,true',
      'Zoe,10,,,0.9,0.95,false',
      '',
    ]);
    expect(csvField('a,"b"')).toBe('"a,""b"""');
  });
});

describe('the KPI table as .xlsx', () => {
  it('has a sheet per KPI, members × months, then the range and its target, rates as percent', () => {
    const monthly = [row('2026-01', 'Ann', 0.5), row('2026-02', 'Ann', 1), row('2026-02', 'Bob', 0.75)];
    const range = [row('all', 'Ann', 0.8, 0.95), row('all', 'Bob', 0.75, 0.9)];
    const book = XLSX.read(kpiTableXlsxBytes(monthly, range, ['orders', 'on_time_rate'], 'zh'), { type: 'array', cellNF: true });
    expect(book.SheetNames).toEqual(['订单数', '准时率']);
    const sheet = book.Sheets['准时率'];
    expect(XLSX.utils.sheet_to_json(sheet, { header: 1, defval: null })).toEqual([
      ['成员', '2026-01', '2026-02', '所选期间', '目标'],
      ['Ann', 0.5, 1, 0.8, 0.95],
      ['Bob', null, 0.75, 0.75, 0.9],
    ]);
    expect(sheet.B2.z).toBe('0.0%');
  });
});
