import { beforeAll, describe, expect, it } from 'vitest';
import type { CellValue, SheetData, WorkbookData } from '../../../shared/schema';
import { generateDemoWorkbook, generateOrderCells } from '../../../shared/demo';

// Columns of the orders sheet, by header (the test finds them by name, not by the generator's constants).
const HEADERS = [
  '订单编号', '团队', '跟单员', '客户', '供应商', '下单日期', '承诺交期', '实际交货日期',
  '状态', '阶段', '金额', '是否出错', '满意度', '响应时间(小时)', '是否解决', '是否投诉',
];
const at = (name: string) => HEADERS.indexOf(name);

/** Excel 1900-system serial → "YYYY-MM-DD" (valid after 1900-02-28). */
function isoDate(serial: number): string {
  return new Date(Date.UTC(1899, 11, 30) + Math.floor(serial) * 86_400_000).toISOString().slice(0, 10);
}
const AS_OF = 46326; // 2026-10-31: 2026-10-31 is 46326 days after 1899-12-30 (checked below)

let workbook: WorkbookData;
let orders: SheetData;
let rows: CellValue[][];
beforeAll(() => {
  workbook = generateDemoWorkbook();
  orders = workbook.sheets[0];
  rows = orders.values.slice(1);
});

const col = (name: string) => rows.map((r) => r[at(name)]);
const num = (v: CellValue) => v as number;

describe('the demo orders sheet', () => {
  it('is the Chinese-header 订单明细 sheet with ~20,000 orders, 1900 date system', () => {
    expect(isoDate(AS_OF)).toBe('2026-10-31');
    expect(orders.name).toBe('订单明细');
    expect(workbook.date1904).toBe(false);
    expect(orders.values[0]).toEqual(HEADERS);
    expect(rows.length).toBe(20_000);
    expect(rows.every((r) => r.length === HEADERS.length)).toBe(true);
  });

  it('is deterministic: the same seed gives the same workbook, another seed another one', () => {
    expect(generateDemoWorkbook()).toEqual(workbook);
    const a = generateDemoWorkbook({ orders: 500, seed: 7 });
    expect(generateDemoWorkbook({ orders: 500, seed: 7 })).toEqual(a);
    expect(generateDemoWorkbook({ orders: 500, seed: 8 }).sheets[0].values).not.toEqual(a.sheets[0].values);
    expect(a.sheets[0].values.length).toBe(501);
  });

  it('has 5 teams of 5–7 members each, 30 members, each in one team', () => {
    const teamsOf = new Map<string, Set<string>>();
    for (const r of rows) {
      const members = teamsOf.get(r[at('团队')] as string) ?? new Set<string>();
      members.add(r[at('跟单员')] as string);
      teamsOf.set(r[at('团队')] as string, members);
    }
    expect([...teamsOf.keys()].sort()).toEqual(['售后', '团购', '外贸', '跟单', '销售'].sort());
    for (const members of teamsOf.values()) {
      expect(members.size).toBeGreaterThanOrEqual(5);
      expect(members.size).toBeLessThanOrEqual(7);
    }
    const all = [...teamsOf.values()].flatMap((s) => [...s]);
    expect(new Set(all).size).toBe(all.length);
    expect(all.length).toBe(30);
    expect(all.every((name) => /^[\u4e00-\u9fff]{2,3}$/.test(name))).toBe(true);
  });

  it('spans the 24 months 2024-11 … 2026-10', () => {
    const months = [...new Set(col('下单日期').map((v) => isoDate(num(v)).slice(0, 7)))].sort();
    expect(months.length).toBe(24);
    expect(months[0]).toBe('2024-11');
    expect(months[23]).toBe('2026-10');
  });

  it('gives cells as Excel does: serial dates, "" for blanks, 是/否, scores 1–5, amounts in cents', () => {
    expect(rows.flat().filter((v) => v === null || v === undefined).length).toBe(0);
    expect(col('下单日期').every((v) => typeof v === 'number')).toBe(true);
    expect(col('下单日期').some((v) => !Number.isInteger(v))).toBe(true); // some have a time of day
    expect(col('承诺交期').every((v) => Number.isInteger(v))).toBe(true);
    for (const name of ['是否出错', '是否解决', '是否投诉']) {
      expect(new Set(col(name))).toEqual(new Set(['是', '否', '']));
    }
    expect(new Set(col('满意度'))).toEqual(new Set([1, 2, 3, 4, 5, '']));
    const amounts = col('金额').filter((v) => v !== '').map(num);
    expect(amounts.every((a) => a > 0 && Math.abs(a * 100 - Math.round(a * 100)) < 1e-6)).toBe(true);
    expect(amounts.some((a) => !Number.isInteger(a))).toBe(true);
    expect(new Set(col('状态'))).toEqual(new Set(['已完成', '进行中', '已取消']));
  });

  it('has unique order ids and never delivers before the order was placed', () => {
    expect(new Set(col('订单编号')).size).toBe(rows.length);
    const backwards = rows.filter((r) => r[at('实际交货日期')] !== '' && num(r[at('实际交货日期')]) <= num(r[at('下单日期')]));
    expect(backwards.length).toBe(0);
  });

  it('has open orders (no delivery date) only in the last months, some already past due', () => {
    const open = rows.filter((r) => r[at('状态')] === '进行中');
    expect(open.length).toBeGreaterThan(50);
    expect(open.every((r) => r[at('实际交货日期')] === '')).toBe(true);
    expect(open.every((r) => isoDate(num(r[at('下单日期')])) >= '2026-06-01')).toBe(true);
    const pastDue = open.filter((r) => num(r[at('承诺交期')]) < AS_OF);
    expect(pastDue.length).toBeGreaterThan(10);
    const cancelled = rows.filter((r) => r[at('状态')] === '已取消');
    expect(cancelled.length).toBeGreaterThan(50);
    expect(cancelled.length).toBeLessThan(rows.length * 0.05);
    expect(cancelled.every((r) => r[at('实际交货日期')] === '')).toBe(true);
  });

  it('has late and erroneous orders, and late orders score lower satisfaction', () => {
    const delivered = rows.filter((r) => r[at('实际交货日期')] !== '');
    const isLate = (r: CellValue[]) => Math.floor(num(r[at('实际交货日期')])) > num(r[at('承诺交期')]);
    const late = delivered.filter(isLate);
    const onTime = delivered.filter((r) => !isLate(r));
    expect(late.length / delivered.length).toBeGreaterThan(0.03);
    expect(late.length / delivered.length).toBeLessThan(0.2);
    const errors = delivered.filter((r) => r[at('是否出错')] === '是').length;
    expect(errors / delivered.length).toBeGreaterThan(0.01);
    expect(errors / delivered.length).toBeLessThan(0.1);
    const meanScore = (rs: CellValue[][]) => {
      const scores = rs.map((r) => r[at('满意度')]).filter((v) => v !== '').map(num);
      return scores.reduce((a, b) => a + b, 0) / scores.length;
    };
    expect(meanScore(late)).toBeLessThan(meanScore(onTime) - 0.5);
  });

  it('shows the seasons: a Chinese New Year dip and a 双11 peak', () => {
    const perMonth = new Map<string, number>();
    for (const v of col('下单日期')) {
      const m = isoDate(num(v)).slice(0, 7);
      perMonth.set(m, (perMonth.get(m) ?? 0) + 1);
    }
    const average = rows.length / 24;
    expect(perMonth.get('2026-02')!).toBeLessThan(average * 0.7); // New Year 2026-02-17
    expect(perMonth.get('2025-11')!).toBeGreaterThan(perMonth.get('2025-09')!);
    expect(perMonth.get('2026-06')!).toBeGreaterThan(perMonth.get('2026-07')!); // 618
  });

  it('has members who differ: some late, some excellent, a new one improving', () => {
    const lateRate = (owner: string, from = '0000', to = '9999') => {
      const mine = rows.filter((r) => {
        const day = isoDate(num(r[at('下单日期')]));
        return r[at('跟单员')] === owner && r[at('实际交货日期')] !== '' && day >= from && day < to;
      });
      return mine.filter((r) => Math.floor(num(r[at('实际交货日期')])) > num(r[at('承诺交期')])).length / mine.length;
    };
    const rates = new Map([...new Set(col('跟单员') as string[])].map((o) => [o, lateRate(o)]));
    const sorted = [...rates.values()].sort((a, b) => a - b);
    expect(sorted[sorted.length - 1]).toBeGreaterThan(sorted[0] * 4);
    const newcomer = rows.filter((r) => r[at('跟单员')] === '杨帆').map((r) => isoDate(num(r[at('下单日期')])));
    const joined = newcomer.sort()[0];
    expect(joined > '2025-01-01').toBe(true);
    expect(lateRate('杨帆', joined, '2025-12-01')).toBeGreaterThan(2 * lateRate('杨帆', '2026-04-01'));
  });

  it('gives teams different KPI profiles: 售后 tickets have service fields, 外贸 long lead times', () => {
    const service = rows.filter((r) => r[at('团队')] === '售后');
    const others = rows.filter((r) => r[at('团队')] !== '售后');
    expect(service.every((r) => typeof r[at('响应时间(小时)')] === 'number')).toBe(true);
    expect(others.every((r) => r[at('响应时间(小时)')] === '' && r[at('是否解决')] === '' && r[at('是否投诉')] === '')).toBe(true);
    const leadDays = (team: string) => {
      const mine = rows.filter((r) => r[at('团队')] === team);
      return mine.reduce((s, r) => s + num(r[at('承诺交期')]) - Math.floor(num(r[at('下单日期')])), 0) / mine.length;
    };
    expect(leadDays('外贸')).toBeGreaterThan(2 * leadDays('跟单'));
  });
});

describe('generateOrderCells (benchmark data)', () => {
  it('has the same header and columns, the requested row count and is deterministic', () => {
    const cells = generateOrderCells(5_000, 42);
    expect(cells[0]).toEqual(HEADERS);
    expect(cells.length).toBe(5_001);
    expect(cells.every((r) => r.length === HEADERS.length)).toBe(true);
    expect(new Set(cells.slice(1).map((r) => r[0])).size).toBe(5_000);
    expect(generateOrderCells(5_000, 42)).toEqual(cells);
    expect(generateOrderCells(5_000, 43)).not.toEqual(cells);
  });
});
