import { describe, expect, it } from 'vitest';
import { detectSheets } from '../../../shared/mapping/index';
import type { WorkbookData } from '../../../shared/schema/index';

const notes = { name: '说明', values: [['本工作簿记录 2026 年订单'], ['请勿修改表头'], [''], ['联系人：张三']] };
const orders = {
  name: '订单明细',
  values: [
    ['2026年10月 订单明细', '', '', '', ''],
    ['订单编号', '跟单员', '下单日期', '承诺交期', '满意度'],
    ['SO-001', '李四', 46300, 46310, 5],
    ['SO-002', '王五', 46301, 46311, 4],
  ],
  merges: [{ startRow: 0, startCol: 0, endRow: 0, endCol: 4 }],
};
const targets = {
  name: 'KPI目标',
  values: [
    ['月份', '团队', '负责人', '准时率目标', '满意度目标'],
    ['2026-10', '跟单', '', 0.95, 4.5],
  ],
};

describe('detectSheets', () => {
  it('finds the orders sheet and the KPI sheet of a 3-sheet workbook by their headers', () => {
    const wb: WorkbookData = { sheets: [notes, orders, targets], date1904: false };
    const found = detectSheets(wb);
    expect(found.orders?.sheet).toBe('订单明细');
    expect(found.orders?.headerRow).toBe(1);
    expect(found.orders?.kind).toBe('orders');
    // five fields, each an exact synonym
    expect(found.orders?.score).toBe(5);
    expect(found.kpi?.sheet).toBe('KPI目标');
    expect(found.kpi?.headerRow).toBe(0);
    expect(found.candidates.map((c) => `${c.sheet}/${c.kind}`)).toEqual(['订单明细/orders', 'KPI目标/kpi']);
  });

  it('finds them whatever the sheet order and names', () => {
    const wb: WorkbookData = {
      sheets: [{ ...targets, name: 'Sheet1' }, { ...orders, name: 'Sheet2' }, { ...notes, name: 'Sheet3' }],
      date1904: false,
    };
    const found = detectSheets(wb);
    expect(found.orders?.sheet).toBe('Sheet2');
    expect(found.kpi?.sheet).toBe('Sheet1');
  });

  it('prefers the sheet whose headers match more fields', () => {
    const thin = { name: 'Thin', values: [['Order ID', 'Order Date'], ['A', 46000]] };
    const rich = { name: 'Rich', values: [['Order ID', 'Order Date', 'Owner', 'Due Date'], ['A', 46000, 'x', 46001]] };
    expect(detectSheets({ sheets: [thin, rich], date1904: false }).orders?.sheet).toBe('Rich');
  });

  it('a long-form KPI sheet is found too', () => {
    const long = { name: 'Targets', values: [['Month', 'Owner', 'KPI', 'Target'], ['2026-10', 'Ann', 'on_time_rate', 0.9]] };
    const found = detectSheets({ sheets: [orders, long], date1904: false });
    expect(found.kpi?.sheet).toBe('Targets');
  });

  it('no orders sheet without an order id and a created date; empty and junk sheets score nothing', () => {
    const noCreated = { name: 'A', values: [['Order ID', 'Owner', 'Amount'], ['x', 'y', 1]] };
    const empty = { name: 'Empty', values: [] };
    const junk = { name: 'Junk', values: [['foo', 'bar'], [1, 2]] };
    const found = detectSheets({ sheets: [noCreated, empty, junk], date1904: false });
    expect(found.orders).toBeNull();
    expect(found.kpi).toBeNull();
    expect(found.candidates).toEqual([]);
  });
});
