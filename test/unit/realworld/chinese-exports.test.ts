import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNodeEngine } from '../../../shared/engine/node';
import type { Engine } from '../../../shared/engine/engine';
import { erpSalesWorkbook } from '../../fixtures/realworld/erp-sales';
import { followUpWorkbook } from '../../fixtures/realworld/followup-sheet';
import { gbkShopTsv } from '../../fixtures/realworld/gbk-shop';
import { wideTargetsWorkbook } from '../../fixtures/realworld/wide-targets';
import { headersOf, issueCodes, kpiRows, loadFile, rowOf, tempFolder, type LoadedFile, type TempFolder } from './harness';

/*
 * Exports of Chinese systems and hand-kept Chinese sheets, read from files, loaded and asked
 * for KPIs. Expected values are worked out by hand from the fixtures' row tables.
 */
let engine: Engine;
let folder: TempFolder;
beforeAll(async () => {
  engine = await createNodeEngine();
  folder = tempFolder();
});
afterAll(async () => {
  await engine.close();
  folder.remove();
});

const sql = async (query: string) => (await engine.query(query)).rows;

describe('ERP 销售订单执行明细表 (title, two-row merged header, 小计/合计 rows, formulas, #N/A, #DIV/0!)', () => {
  let file: LoadedFile;
  beforeAll(async () => {
    file = await loadFile(engine, folder.write('销售订单执行明细表.xlsx', erpSalesWorkbook()));
  });

  it('finds the header under the title and reads "日期" merged over 下单 | 交期 | 出货', () => {
    expect(headersOf(file.loaded)).toEqual({
      order_id: '单据编号',
      owner: '业务员',
      team: '部门',
      customer: '客户名称',
      created: '下单',
      due: '交期',
      delivered: '日期 出货',
      amount: '金额（元）',
      errors: '是否出错',
    });
  });

  it('ten orders: the 小计 and 合计 rows are left out with an info issue each, the signature line with a warning', () => {
    expect(file.loaded.rowCount).toBe(10);
    expect(issueCodes(file.issues)).toEqual([
      'mappingTwoRowHeader',
      'K10 formulaError', // =I10*J10 over a #DIV/0! price: read as blank
      'B11 totalsRowSkipped',
      'B17 totalsRowSkipped',
      'A18 totalsRowSkipped',
      'B20 rowWithoutIdOrDate', // 制表人：刘洋
      'pipelineNoKpiSheet',
    ]);
    expect(file.issues.find((i) => i.cell === 'A18')!.params).toEqual({ row: 18, label: '合计' });
  });

  it('fills 部门 down its merged cells, reads "12,346.00" text and cached formula values, #N/A as blank', async () => {
    expect(await sql(`SELECT order_id, team, customer, amount FROM orders WHERE _row IN (7, 8, 10, 13) ORDER BY _row`)).toEqual([
      { order_id: 'XSDD-2026-1002', team: '华东一部', customer: '杭州宏远电子科技有限公司', amount: 12346 },
      { order_id: 'XSDD-2026-1003', team: '华东一部', customer: null, amount: 4000 },
      { order_id: 'XSDD-2026-1005', team: '华东一部', customer: '南京金陵物资有限公司', amount: null },
      { order_id: 'XSDD-2026-1007', team: '华东二部', customer: '宁波港盛国际物流有限公司', amount: 12000 },
    ]);
  });

  it('per salesperson: revenue without the subtotals, on-time and error rates', async () => {
    const rows = await kpiRows(engine, file.loaded, '2026-10-31');
    const zhang = rowOf(rows, '2026-10', '张伟');
    expect(zhang.orders).toBe(3);
    expect(zhang.revenue).toBe(3060 + 12346); // 1005's amount is #DIV/0!
    expect(zhang.on_time_rate).toBeCloseTo(2 / 3, 10); // 1002 shipped 10-18, due 10-16
    expect(zhang.error_rate).toBeCloseTo(2 / 3, 10); // 1002 and 1005 是
    expect(rowOf(rows, '2026-10', '李娜')).toMatchObject({ orders: 2, revenue: 4000, on_time_rate: 0.5, overdue_open: 1, error_rate: 0 });
    expect(rowOf(rows, '2026-10', '王芳')).toMatchObject({ orders: 3, revenue: 6150 + 12000 + 3960, on_time_rate: 0.5, error_rate: 0.5 });
  });

  it('per department: 华东一部 3 of 5 on time, 华东二部 2 of 3', async () => {
    const rows = await kpiRows(engine, file.loaded, '2026-10-31', 'team');
    expect(rowOf(rows, '2026-10', '华东一部')).toMatchObject({ orders: 5, revenue: 3060 + 12346 + 4000 + 0, on_time_rate: 0.6 });
    const east2 = rowOf(rows, '2026-10', '华东二部');
    expect(east2).toMatchObject({ orders: 5, revenue: 28140 });
    expect(east2.on_time_rate).toBeCloseTo(2 / 3, 10);
  });
});

describe('e-commerce ERP 订单明细.csv (GBK, tabs, ="…" order numbers, 交易关闭)', () => {
  let file: LoadedFile;
  beforeAll(async () => {
    file = await loadFile(engine, folder.write('订单明细.csv', gbkShopTsv()));
  });

  it('decodes GBK (and says so) and maps 承诺发货时间 as the due date', () => {
    expect(issueCodes(file.issues)).toEqual(['fileReadAsGb18030', 'pipelineNoKpiSheet']);
    expect(headersOf(file.loaded)).toEqual({
      order_id: '订单编号',
      owner: '客服',
      customer: '买家昵称',
      status: '订单状态',
      created: '下单时间',
      due: '承诺发货时间',
      delivered: '发货时间',
      amount: '实付金额',
      complaint: '是否投诉',
    });
  });

  it('keeps the 18-digit order numbers whole, as text', async () => {
    expect(await sql('SELECT order_id FROM orders WHERE _row IN (2, 10) ORDER BY _row')).toEqual([
      { order_id: '261001084512339901' },
      { order_id: '261030235959001100' },
    ]);
  });

  it('交易关闭 and 已取消 are cancelled; per 客服: orders, revenue, on-time, complaints', async () => {
    expect(file.loaded).toMatchObject({ rowCount: 9, cancelledCount: 2 });
    const rows = await kpiRows(engine, file.loaded, '2026-10-31');
    const xiaomei = rowOf(rows, '2026-10', '小美');
    expect(xiaomei).toMatchObject({ orders: 4, revenue: 128 + 1299 + 268 + 75, complaint_rate: 0.25 });
    expect(xiaomei.on_time_rate).toBeCloseTo(2 / 3, 10); // row 3 shipped 10-04, due 10-03
    const aqiang = rowOf(rows, '2026-10', '阿强');
    expect(aqiang.orders).toBe(3);
    expect(aqiang.revenue).toBeCloseTo(356.5 + 45.8 + 199, 6);
    expect(aqiang.overdue_open).toBe(1); // row 7, due 10-10
    expect(aqiang.on_time_rate).toBeCloseTo(1 / 3, 10); // row 5 same day; row 9 late
    expect(aqiang.complaint_rate).toBeCloseTo(1 / 3, 10);
  });
});

describe('跟单表 (dates typed every way, 10月8日 without a year, 满意度 out of 10)', () => {
  let file: LoadedFile;
  beforeAll(async () => {
    file = await loadFile(engine, folder.write('跟单表.xlsx', followUpWorkbook()));
  });

  it('takes the scale the header states (10分制) and reports each unreadable cell', () => {
    expect(file.loaded.satisfactionScale).toBe(10);
    expect(issueCodes(file.issues)).toEqual([
      'D4 dateWithoutYear', // 10月8日
      'E7 dateWithoutYear', // 11月5日
      'G8 satisfactionOutOfScale', // 12
      'F10 notADate', // 待定
      'pipelineNoKpiSheet',
    ]);
  });

  it('reads serials, "2026.10.5", "下午 3:30", "上午 9:15", 20261009 and "10/25/2026" as the same kind of date', async () => {
    const rows = await sql(
      `SELECT order_id, strftime("created", '%Y-%m-%d %H:%M') AS created, strftime("due", '%Y-%m-%d') AS due, strftime("delivered", '%Y-%m-%d %H:%M') AS delivered FROM orders WHERE _row IN (2, 3, 5, 6) ORDER BY _row`,
    );
    expect(rows).toEqual([
      { order_id: 'GD-001', created: '2026-10-05 00:00', due: '2026-10-15', delivered: '2026-10-14 15:30' },
      { order_id: 'GD-002', created: '2026-10-05 00:00', due: '2026-10-20', delivered: '2026-10-22 00:00' },
      { order_id: 'GD-004', created: '2026-10-09 00:00', due: '2026-10-25', delivered: null },
      { order_id: 'GD-005', created: '2026-10-12 09:15', due: '2026-10-26', delivered: '2026-10-24 00:00' },
    ]);
  });

  it('per 跟单员: the order without a created year is in no month; "8分" counts as 8; 12 does not count', async () => {
    const rows = await kpiRows(engine, file.loaded, '2026-10-31');
    const liu = rowOf(rows, '2026-10', '刘洋');
    expect(liu.orders).toBe(4); // GD-003 has no created date
    expect(liu.on_time_rate).toBeCloseTo(2 / 3, 10); // GD-003, GD-008 on time; GD-004 overdue; GD-006 has no due
    expect(liu.overdue_open).toBe(1);
    expect(liu.satisfaction).toBe((8 + 7.5) / 2);
    const chen = rowOf(rows, '2026-10', '陈晨');
    expect(chen).toMatchObject({ orders: 5, on_time_rate: 0.5 }); // GD-002 and GD-007 late
    expect(chen.satisfaction).toBeCloseTo((9 + 6 + 10) / 3, 10);
  });
});

describe('KPI目标 in wide form (95%, 0.95 and 90 mixed; months as text, 年月 and a serial)', () => {
  let file: LoadedFile;
  beforeAll(async () => {
    file = await loadFile(engine, folder.write('团队绩效.xlsx', wideTargetsWorkbook()));
  });

  it('finds the KPI sheet under its title and reads every way of writing a percent', () => {
    expect(file.loaded.kpiSheet).toBe('KPI目标');
    expect(issueCodes(file.issues)).toEqual(['C5 rateReadAsPercent', 'D5 rateReadAsPercent']);
    const onTime = file.loaded.targets.filter((t) => t.kpi === 'on_time_rate').map((t) => [t.month, t.team, t.target]);
    expect(onTime).toEqual([
      ['2026-10', '外贸', 0.95],
      ['2026-11', '外贸', 0.95],
      ['2026-10', '售后', 0.9],
      [null, '售后', 0.88],
    ]);
    expect(file.loaded.targets).toHaveLength(12);
  });

  it('October per team: every target missed, by the gaps a person can check', async () => {
    const rows = await kpiRows(engine, file.loaded, '2026-11-30', 'team');
    const trade = rowOf(rows, '2026-10', '外贸');
    expect(trade).toMatchObject({ on_time_rate: 0.75, error_rate: 0.25, satisfaction: 4.25 });
    expect(trade.targets.on_time_rate).toMatchObject({ target: 0.95, met: false });
    expect(trade.targets.on_time_rate!.gap).toBeCloseTo(-0.2, 10);
    expect(trade.targets.error_rate).toMatchObject({ target: 0.02, met: false });
    expect(trade.targets.satisfaction).toMatchObject({ target: 4.5, met: false });
    const service = rowOf(rows, '2026-10', '售后');
    expect(service).toMatchObject({ on_time_rate: 0.5, error_rate: 0.5, satisfaction: 3 });
    expect(service.targets).toMatchObject({
      on_time_rate: { target: 0.9, met: false },
      error_rate: { target: 0.05, met: false },
      satisfaction: { target: 4, met: false },
    });
  });

  it('November: 售后 falls back to its every-month row and meets it; 外贸 uses its 2026年11月 row', async () => {
    const rows = await kpiRows(engine, file.loaded, '2026-11-30', 'team');
    const service = rowOf(rows, '2026-11', '售后');
    expect(service).toMatchObject({ on_time_rate: 1, error_rate: 0, satisfaction: 4.5 });
    expect(service.targets).toMatchObject({
      on_time_rate: { target: 0.88, met: true },
      error_rate: { target: 0.03, met: true },
      satisfaction: { target: 4.2, met: true },
    });
    const trade = rowOf(rows, '2026-11', '外贸');
    expect(trade).toMatchObject({ on_time_rate: 0.5, overdue_open: 1, error_rate: 0, satisfaction: 5 });
    expect(trade.targets).toMatchObject({ on_time_rate: { target: 0.95, met: false }, error_rate: { met: true }, satisfaction: { met: true } });
  });

  it('per member, the team target applies to each of its members', async () => {
    const rows = await kpiRows(engine, file.loaded, '2026-11-30', 'owner');
    const zhou = rowOf(rows, '2026-10', '周杰');
    expect(zhou.on_time_rate).toBe(0.5); // WD-02 late
    expect(zhou.targets.on_time_rate).toMatchObject({ target: 0.95, met: false });
  });
});
