import { describe, expect, it } from 'vitest';
import { KPI_KEYS, type KpiKey, type KpiRowWithTargets } from '../../../shared/kpi/index';
import { missedFormula, reportSheet } from '../../../addin/session/report-sheet';

/** A KPI row with only the given KPIs set (the rest null) and the given targets. */
function row(month: string, group: string | null, values: Partial<Record<KpiKey, number>>, targets: Partial<Record<KpiKey, [number, boolean]>> = {}): KpiRowWithTargets {
  const r = { month, group, targets: {} } as KpiRowWithTargets;
  for (const k of KPI_KEYS) r[k] = values[k] ?? null;
  for (const [k, [target, met]] of Object.entries(targets) as [KpiKey, [number, boolean]][]) r.targets[k] = { target, met, gap: null };
  return r;
}

const kpis: KpiKey[] = ['orders', 'on_time_rate', 'error_rate', 'satisfaction'];
const members = [
  row('2026-10', 'Bob', { orders: 5, on_time_rate: 1, error_rate: 0, satisfaction: 4.8 }, { on_time_rate: [0.95, true] }),
  row('2026-10', 'Ann', { orders: 10, on_time_rate: 0.9, error_rate: 0.1, satisfaction: 4.2 }, { on_time_rate: [0.95, false] }),
];
const trend = [
  row('2026-10', null, { orders: 15, on_time_rate: 0.93, error_rate: 0.07, satisfaction: 4.4 }, { on_time_rate: [0.95, false] }),
  row('2026-08', null, { orders: 12, on_time_rate: 0.9, error_rate: 0.05, satisfaction: 4.5 }, { on_time_rate: [0.95, false] }),
  row('2026-09', null, { orders: 14, on_time_rate: 0.96, error_rate: 0.02, satisfaction: 4.6 }, { on_time_rate: [0.95, true] }),
];
const input = {
  month: '2026-10',
  asOf: '2026-10-31',
  basisLabel: "Each KPI's own date",
  ordersSheet: 'Orders',
  lang: 'en' as const,
  members,
  teamOf: { Ann: 'Sales', Bob: 'Sales' },
  trend,
  kpis,
};

describe('the monthly report sheet', () => {
  const sheet = reportSheet(input);

  it('is named after the month and starts with a title and what it is based on', () => {
    expect(sheet.name).toBe('KPI 2026-10');
    expect(sheet.cells[0]).toEqual(['Monthly KPI report 2026-10']);
    expect(sheet.cells[1]).toEqual(["As of 2026-10-31 · orders from Orders · Each KPI's own date"]);
  });

  it('has a table of members by name with each KPI and, where there is one, its target', () => {
    expect(sheet.cells[3]).toEqual(['Member', 'Team', 'Orders', 'On-time rate', 'On-time rate target', 'Error rate', 'Satisfaction']);
    expect(sheet.cells[4]).toEqual(['Ann', 'Sales', 10, 0.9, 0.95, 0.1, 4.2]);
    expect(sheet.cells[5]).toEqual(['Bob', 'Sales', 5, 1, 0.95, 0, 4.8]);
    expect(sheet.tables).toEqual([{ name: 'KPI_2026-10', area: { row: 3, col: 0, rows: 3, cols: 7 }, style: 'TableStyleMedium2' }]);
    expect(sheet.formats).toContainEqual({ area: { row: 4, col: 3, rows: 2, cols: 2 }, format: '0.0%' });
    expect(sheet.formats).toContainEqual({ area: { row: 4, col: 6, rows: 2, cols: 1 }, format: '0.00' });
  });

  it('highlights a missed target with a rule on the value column', () => {
    expect(sheet.highlights).toEqual([{ area: { row: 4, col: 3, rows: 2, cols: 1 }, formula: '=AND(ISNUMBER(D5),ISNUMBER(E5),D5<E5)', fill: '#FDE3CF', font: '#8A3A00' }]);
    // Lower is better for the error rate: missed means above the target.
    expect(missedFormula('error_rate', 'F5', 'G5')).toBe('=AND(ISNUMBER(F5),ISNUMBER(G5),F5>G5)');
  });

  it('puts the three trends below the table, months in order, with a line chart of each', () => {
    // The table ends on row 6 (index 5); two blank rows, then the trend blocks on index 8.
    expect(sheet.cells[8]).toEqual(['', 'Satisfaction', '', '', '', '', '', '', '', 'On-time rate', 'Target', '', '', '', '', '', '', 'Error rate']);
    expect(sheet.cells.slice(9, 12).map((r) => r.slice(0, 2))).toEqual([
      ['2026-08', 4.5],
      ['2026-09', 4.6],
      ['2026-10', 4.4],
    ]);
    expect(sheet.cells.slice(9, 12).map((r) => r.slice(8, 11))).toEqual([
      ['2026-08', 0.9, 0.95],
      ['2026-09', 0.96, 0.95],
      ['2026-10', 0.93, 0.95],
    ]);
    const month = 'Month';
    expect(sheet.charts).toEqual([
      {
        title: 'Satisfaction by month',
        data: { row: 8, col: 0, rows: 4, cols: 2 },
        placement: { row: 13, col: 0, rows: 15, cols: 7 },
        valueFormat: undefined,
        axisTitles: { category: month, value: 'Satisfaction (score)' },
      },
      {
        title: 'On-time rate by month',
        data: { row: 8, col: 8, rows: 4, cols: 3 },
        placement: { row: 13, col: 8, rows: 15, cols: 7 },
        valueFormat: '0%',
        axisTitles: { category: month, value: 'On-time rate (%)' },
      },
      {
        title: 'Error rate by month',
        data: { row: 8, col: 16, rows: 4, cols: 2 },
        placement: { row: 13, col: 16, rows: 15, cols: 7 },
        valueFormat: '0%',
        axisTitles: { category: month, value: 'Error rate (%)' },
      },
    ]);
  });

  it('wraps the title and subtitle within column A, which the table sizes', () => {
    expect(sheet.wrap).toEqual([{ row: 0, col: 0, rows: 2, cols: 1 }]);
  });

  it('leaves out KPIs the data cannot give, and their charts', () => {
    const small = reportSheet({ ...input, kpis: ['orders', 'on_time_rate'] });
    expect(small.cells[3]).toEqual(['Member', 'Team', 'Orders', 'On-time rate', 'On-time rate target']);
    expect(small.charts?.map((c) => c.title)).toEqual(['On-time rate by month']);
  });

  it('speaks Chinese when asked, members sorted in Chinese order', () => {
    const zh = reportSheet({ ...input, lang: 'zh', members: [row('2026-10', '王五', { orders: 1 }), row('2026-10', '李四', { orders: 2 })], teamOf: {} });
    expect(zh.name).toBe('绩效 2026-10');
    expect(zh.cells[0]).toEqual(['2026-10 月度绩效报告']);
    expect(zh.cells[3].slice(0, 3)).toEqual(['成员', '团队', '订单数']);
    expect(zh.charts?.[1].axisTitles).toEqual({ category: '月份', value: '准时率（%）' });
    // 李 (lǐ) sorts before 王 (wáng) in pinyin order.
    expect(zh.cells.slice(4, 6).map((r) => r[0])).toEqual(['李四', '王五']);
  });
});
