import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { erpSalesWorkbook } from '../../fixtures/realworld/erp-sales';
import { northwindOrdersCsv } from '../../fixtures/realworld/northwind';
import { runCli, STACK_LINE, type CliRun } from '../cli/run-cli';
import { tempFolder, type TempFolder } from './harness';

/*
 * The report CLI as a scheduler would run it, a child process on an export file. The numbers
 * are the ones worked out by hand in english-exports and chinese-exports; here they show the
 * CLI's JSON carries them, with the mapping and the issues.
 */
interface ReportJson {
  asOf: string;
  group: string | null;
  mapping: Record<string, string>;
  rows: Record<string, unknown>[];
  issues: { sheet: string; cell: string; severity: string; message: string }[];
}

let folder: TempFolder;
let northwind: CliRun;
let erp: CliRun;
beforeAll(async () => {
  folder = tempFolder();
  const csv = folder.write('Orders.csv', northwindOrdersCsv());
  const xlsx = folder.write('销售订单执行明细表.xlsx', erpSalesWorkbook());
  // One after the other: each child loads its own DuckDB.
  northwind = await runCli([csv, '--format', 'json', '--as-of', '1998-05-15', '--from', '1996-08', '--to', '1996-08']);
  erp = await runCli([xlsx, '--format', 'json', '--as-of', '2026-10-31', '--group', 'team', '--lang', 'zh']);
}, 120_000);
afterAll(() => folder.remove());

describe('report CLI on the Northwind CSV', () => {
  it('exits 0 with JSON on stdout and nothing that looks like a stack', () => {
    expect(northwind.code, northwind.stderr).toBe(0);
    expect(northwind.stderr).not.toMatch(STACK_LINE);
  });

  it('prints the mapping, August 1996 only, and employee 6 at one on-time order in three', () => {
    const report = JSON.parse(northwind.stdout) as ReportJson;
    expect(report.asOf).toBe('1998-05-15');
    expect(report.mapping).toMatchObject({ order_id: 'OrderID', owner: 'EmployeeID', created: 'OrderDate', due: 'RequiredDate', delivered: 'ShippedDate' });
    expect(new Set(report.rows.map((r) => r.month))).toEqual(new Set(['1996-08']));
    const six = report.rows.find((r) => r.group === '6')!;
    expect(six.on_time_rate).toBeCloseTo(1 / 3, 10);
    expect(six.completed).toBe(2);
    expect(six.revenue).toBeNull(); // Freight is not the order value
  });
});

describe('report CLI on the ERP workbook, in Chinese', () => {
  it('exits 0 and reports by department without the 小计/合计 rows', () => {
    expect(erp.code, erp.stderr).toBe(0);
    const report = JSON.parse(erp.stdout) as ReportJson;
    expect(report.group).toBe('team');
    const east1 = report.rows.find((r) => r.month === '2026-10' && r.group === '华东一部')!;
    expect(east1).toMatchObject({ orders: 5, revenue: 19406, on_time_rate: 0.6 });
    const east2 = report.rows.find((r) => r.month === '2026-10' && r.group === '华东二部')!;
    expect(east2).toMatchObject({ orders: 5, revenue: 28140 });
  });

  it('lists the totals rows and the broken formula with their cells, in Chinese', () => {
    const issues = (JSON.parse(erp.stdout) as ReportJson).issues.filter((i) => i.cell !== '');
    expect(issues.map((i) => [i.cell, i.severity, i.message])).toEqual([
      ['K10', 'warning', '公式结果为错误值 #DIV/0!，按空白处理'],
      ['B11', 'info', '第 11 行是汇总行（“小计”），不是订单，已跳过'],
      ['B17', 'info', '第 17 行是汇总行（“小计”），不是订单，已跳过'],
      ['A18', 'info', '第 18 行是汇总行（“合计”），不是订单，已跳过'],
      ['B20', 'warning', '第 20 行既没有订单号也没有下单日期，已跳过'],
    ]);
    expect(issues.every((i) => i.sheet === '销售订单执行明细')).toBe(true);
  });
});
