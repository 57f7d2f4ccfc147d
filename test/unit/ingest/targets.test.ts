import { describe, expect, it } from 'vitest';
import { ingestTargets, parseMonthCell, readWorkbookFile } from '../../../shared/ingest/index';
import type { CellValue } from '../../../shared/schema/workbook';
import { ordersAndTargetsWorkbook } from '../../fixtures/order-workbooks';

const targets = (values: CellValue[][]) => ingestTargets({ name: 'KPI', values }, { date1904: false });

describe('parseMonthCell', () => {
  it.each([
    ['2026-10', '2026-10'],
    ['2026/10', '2026-10'],
    ['2026.1', '2026-01'],
    ['2026年10月', '2026-10'],
    ['202610', '2026-10'],
    ['Oct 2026', '2026-10'],
    ['2026-10-05', '2026-10'],
    ['2026年10月5日', '2026-10'],
  ])('reads %s as %s', (text, month) => {
    expect(parseMonthCell(text, false)).toEqual({ ok: true, value: month });
  });

  it('reads a date serial and a yyyymm number', () => {
    expect(parseMonthCell(46300, false)).toEqual({ ok: true, value: '2026-10' });
    expect(parseMonthCell(202610, false)).toEqual({ ok: true, value: '2026-10' });
  });

  it('reads blank and "all" as every month, refuses the rest', () => {
    expect(parseMonthCell('', false)).toEqual({ ok: true, value: null });
    expect(parseMonthCell('全部', false)).toEqual({ ok: true, value: null });
    expect(parseMonthCell('2026-13', false)).toEqual({ ok: false });
    expect(parseMonthCell('next month', false)).toEqual({ ok: false });
  });
});

describe('ingestTargets: long form', () => {
  it('reads the KPI sheet of a workbook', () => {
    const wb = readWorkbookFile(ordersAndTargetsWorkbook(), 'book.xlsx').value!;
    const r = ingestTargets(wb.sheets[1], { date1904: wb.date1904 });
    expect(r.issues).toEqual([]);
    expect(r.value).toEqual([
      { month: '2026-10', team: null, owner: 'Ann', kpi: 'on_time_rate', target: 0.95, actual: null, source: 'KPI!E2' },
      { month: '2026-10', team: '售后', owner: null, kpi: 'satisfaction', target: 4.5, actual: 4.2, source: 'KPI!E3' },
    ]);
  });

  it('reads a bare 95 for a rate as 95%, and reports unknown KPIs and bad months at their cells', () => {
    const r = targets([
      ['2026 targets'],
      ['月份', '团队', '负责人', '指标', '目标', '实际'],
      ['', '跟单', '', '准时率', 95, ''],
      ['2026-13', '', '', '差错率', '2%', ''],
      ['2026-11', '', '', 'happiness', 3, ''],
      ['2026-11', '', '张三', '满意度', 4.6, ''],
    ]);
    expect(r.value).toEqual([
      { month: null, team: '跟单', owner: null, kpi: 'on_time_rate', target: 0.95, actual: null, source: 'KPI!E3' },
      { month: '2026-11', team: null, owner: '张三', kpi: 'satisfaction', target: 4.6, actual: null, source: 'KPI!E6' },
    ]);
    expect(r.issues.map((i) => [i.cell, i.code, i.severity])).toEqual([
      ['E3', 'rateReadAsPercent', 'info'],
      ['A4', 'notAMonth', 'warning'],
      ['D5', 'unknownKpi', 'warning'],
    ]);
  });
});

describe('ingestTargets: wide form', () => {
  it('reads one column per KPI and kind, one row per scope', () => {
    const r = targets([
      ['月份', '负责人', '准时率目标', '满意度目标', '满意度实际'],
      ['2026年10月', '张三', '95%', 4.5, 4.1],
      ['2026年11月', '', 0.9, '', ''],
    ]);
    expect(r.issues).toEqual([]);
    expect(r.value).toEqual([
      { month: '2026-10', team: null, owner: '张三', kpi: 'on_time_rate', target: 0.95, actual: null, source: 'KPI!C2' },
      { month: '2026-10', team: null, owner: '张三', kpi: 'satisfaction', target: 4.5, actual: 4.1, source: 'KPI!D2' },
      { month: '2026-11', team: null, owner: null, kpi: 'on_time_rate', target: 0.9, actual: null, source: 'KPI!C3' },
    ]);
  });

  it('a sheet with no KPI columns is one error', () => {
    const r = targets([['Name', 'Address'], ['Ann', 'Main St']]);
    expect(r.value).toEqual([]);
    expect(r.issues.map((i) => [i.code, i.severity])).toEqual([['noTargetColumns', 'error']]);
  });
});
