import { describe, expect, it } from 'vitest';
import { ingestOrders, isCancelledStatus, parseDelimitedText, type IngestedOrders } from '../../../shared/ingest/index';
import { mapOrderHeaders } from '../../../shared/mapping/index';
import { formatIssue } from '../../../shared/messages/index';
import type { BoolColumn, NumberColumn, TextColumn } from '../../../shared/schema/columns';
import type { CellValue } from '../../../shared/schema/workbook';
import { issueCodes } from './harness';

/*
 * One pin per bug the real-export fixtures found (named after the export that showed it), on
 * sheets small enough to read. The fixtures' own tests show the same fixes end to end.
 */
function ingest(values: CellValue[][]) {
  return ingestOrders({ name: 'Orders', values }, { date1904: false });
}
function orders(result: ReturnType<typeof ingest>): IngestedOrders {
  expect(result.value, JSON.stringify(result.issues)).not.toBeNull();
  return result.value!;
}
const ids = (o: IngestedOrders) => (o.table.columns.order_id as TextColumn).values;
const flags = (o: IngestedOrders, f: string) => Array.from((o.table.columns[f] as BoolColumn).values);
function numbers(o: IngestedOrders, f: string): (number | null)[] {
  const c = o.table.columns[f] as NumberColumn;
  return Array.from(c.values, (v, i) => (c.valid[i] ? v : null));
}
const mapped = (headers: string[]) =>
  Object.fromEntries(Object.entries(mapOrderHeaders(headers).mapping).map(([f, m]) => [f, m!.header]));

describe('ERP totals rows (合计 / 小计) are no orders', () => {
  const result = ingest([
    ['序号', '单据编号', '下单日期', '金额'],
    [1, 'SO-1', '2026-10-05', 100],
    [2, 'SO-2', '2026-10-06', 200],
    ['', '小计', '', 300], // label in the order-id column: was kept as an order "小计"
    [3, 'SO-3', '2026-10-07', 50],
    ['合  计', '', '', 350], // label in the first column: was a warning "no id nor date"
    ['', 'Grand Total:', '', 350],
    ['', 'Total', '2026-10-08', 1], // has a created date: an order, whatever its id says
  ]);
  const o = orders(result);

  it('skips them with an info issue at the label, keeping every real order', () => {
    expect(ids(o)).toEqual(['SO-1', 'SO-2', 'SO-3', 'Total']);
    expect(issueCodes(result.issues)).toEqual(['B4 totalsRowSkipped', 'A6 totalsRowSkipped', 'B7 totalsRowSkipped']);
    expect(numbers(o, 'amount')).toEqual([100, 200, 50, 1]);
  });

  it('says so in both languages', () => {
    const issue = result.issues.find((i) => i.cell === 'A6')!;
    expect(issue.params).toEqual({ row: 6, label: '合  计' });
    expect(formatIssue(issue, 'en')).toBe('Orders!A6: row 6 is a totals row ("合  计"), not an order; it was left out');
    expect(formatIssue(issue, 'zh')).toBe('Orders!A6: 第 6 行是汇总行（“合  计”），不是订单，已跳过');
  });

  it('a footer that is no totals label is still reported as a row without id or date', () => {
    const footer = ingest([['单据编号', '下单日期'], ['SO-1', '2026-10-05'], ['制表人：刘洋', '']]);
    // "制表人：刘洋" sits in the order-id column, so it is an id without a date: kept, reported.
    expect(issueCodes(footer.issues)).toEqual(['B3 missingCreatedDate']);
    const below = ingest([['序号', '单据编号', '下单日期'], [1, 'SO-1', '2026-10-05'], ['制表人：刘洋', '', '']]);
    expect(issueCodes(below.issues)).toEqual(['B3 rowWithoutIdOrDate']);
  });
});

describe('Shopify line items: one order over several rows', () => {
  const headers = ['Name', 'Created at', 'Total', 'Id'];
  it('a row without an id and with the very same created date-time is a further line of the order above', () => {
    const result = ingest([
      headers,
      ['#1001', '2026-10-02 09:15:00 +0800', '$1,234.56', 501],
      ['#1002', '2026-10-05 20:40:00 +0800', '$89.00', 502],
      ['#1002', '2026-10-05 20:40:00 +0800', '', ''],
    ]);
    const o = orders(result);
    expect(o.mapping.order_id?.header).toBe('Id');
    expect(ids(o)).toEqual(['501', '502']);
    expect(numbers(o, 'amount')).toEqual([1234.56, 89]);
    // Row 4 has no Id (Shopify writes it on an order's first line only) but the very same
    // created date-time as row 3's order.
    expect(issueCodes(result.issues)).toEqual(['orderLinesCombined']);
    expect(result.issues[0].params).toEqual({ orders: 2, rows: 3 });
  });

  it('with the order number mapped as the id, its repeats are lines too', () => {
    const result = ingestOrders(
      { name: 'Orders', values: [headers, ['#1002', '2026-10-05 20:40', 89, 502], ['#1002', '2026-10-05 20:40', '', ''], ['#1002', '', '', '']] },
      { date1904: false, overrides: { order_id: 'Name' } },
    );
    expect(ids(orders(result))).toEqual(['#1002']);
    expect(numbers(orders(result), 'amount')).toEqual([89]);
    expect(issueCodes(result.issues)).toEqual(['orderLinesCombined']);
    expect(formatIssue(result.issues[0], 'en')).toBe('Orders: 1 order from 3 rows (one row per order line): each order counts once, its amount is the sum of its lines');
  });

  it('a repeated id on another day is a later state of that order (a history), and a blank id on a plain date is still a missing id', () => {
    const result = ingest([
      ['Order ID', 'Order Date'],
      ['A-1', '2026-10-05'],
      ['A-1', '2026-10-06'],
      ['', '2026-10-06'],
    ]);
    expect(ids(orders(result))).toEqual(['A-1', null]);
    expect(orders(result).shape).toBe('history');
    expect(issueCodes(result.issues)).toEqual(['historyLatestKept', 'A4 missingOrderId']);
  });
});

describe('Shopify headers', () => {
  const shopify = ['Name', 'Email', 'Financial Status', 'Fulfillment Status', 'Subtotal', 'Total', 'Created at', 'Billing Name', 'Cancelled at', 'Vendor', 'Id'];
  it('"Name" (the order number) is not the owner; Total, not Subtotal, is the amount; Billing Name is the customer', () => {
    expect(mapped(shopify)).toEqual({
      order_id: 'Id',
      status: 'Fulfillment Status',
      amount: 'Total',
      created: 'Created at',
      customer: 'Billing Name',
      supplier: 'Vendor',
    });
  });

  it('an order with a "Cancelled at" date is cancelled, whatever its status says', () => {
    const result = ingest([
      ['Order', 'Created at', 'Fulfillment Status', 'Cancelled at'],
      ['#1', '2026-10-01 10:00', 'fulfilled', ''],
      ['#2', '2026-10-02 10:00', 'unfulfilled', '2026-10-02 15:00 +0800'],
      ['#3', '2026-10-03 10:00', 'cancelled', ''],
    ]);
    expect(flags(orders(result), 'cancelled')).toEqual([0, 1, 1]);
    expect(result.issues).toEqual([]);
  });
});

describe('Chinese shop exports', () => {
  it('="261001084512339901" (kept as text for Excel) reads as the text inside, never a number', () => {
    expect(parseDelimitedText('id\tn\r\n="261001084512339901"\t="007"\t\r\n')).toEqual([
      ['id', 'n'],
      ['261001084512339901', '007', ''],
    ]);
    expect(parseDelimitedText('a,b\n"=""0012""",=SUM(A1)\n')).toEqual([['a', 'b'], ['0012', '=SUM(A1)']]);
  });

  it('承诺发货时间 (the promised ship time) is the due date, not the ship date', () => {
    expect(mapped(['订单编号', '下单时间', '承诺发货时间', '发货时间'])).toEqual({ order_id: '订单编号', created: '下单时间', due: '承诺发货时间', delivered: '发货时间' });
  });

  it('交易关闭 (Taobao: never paid or refunded) is cancelled; a ticket that is 已关闭 (closed) is not', () => {
    expect(isCancelledStatus('交易关闭')).toBe(true);
    expect(isCancelledStatus('已关闭')).toBe(false);
    expect(isCancelledStatus('关闭')).toBe(false);
  });
});

describe('satisfaction as people write it', () => {
  it('reads "8分" as 8, "Not offered" as blank, and takes the scale the header states', () => {
    const result = ingest([
      ['订单号', '下单日期', '满意度(10分制)'],
      ['A', '2026-10-05', '8分'],
      ['B', '2026-10-05', 'Not offered'],
      ['C', '2026-10-05', 12],
      ['D', '2026-10-05', 6],
      ['E', '2026-10-05', 'Good'],
    ]);
    const o = orders(result);
    // Inferred from 8, 12, 6 the scale would be 100 and the 12 would pass unnoticed.
    expect(o.satisfactionScale).toBe(10);
    expect(numbers(o, 'satisfaction')).toEqual([8, null, null, 6, null]);
    expect(issueCodes(result.issues)).toEqual(['C4 satisfactionOutOfScale', 'C6 notANumber']);
  });

  it.each([
    ['Client Rating (1-5)', 5],
    ['CSAT (0–100)', 100],
    ['评分（满分10）', 10],
    ['满意度 百分制', 100],
    ['Satisfaction (out of 10)', 10],
  ])('"%s" states the scale %i', (header, scale) => {
    const o = orders(ingest([['Order ID', 'Order Date', header], ['A', '2026-10-05', 1]]));
    expect(o.mapping.satisfaction?.header).toBe(header);
    expect(o.satisfactionScale).toBe(scale);
  });
});

describe('dates without a year', () => {
  it('"10月5日" and "10/5" are reported as missing their year, not guessed', () => {
    const result = ingest([
      ['订单号', '下单日期'],
      ['A', '10月5日'],
      ['B', '10/5'],
      ['C', '2026/10/5'],
      ['D', '待定'],
    ]);
    expect(issueCodes(result.issues)).toEqual(['B2 dateWithoutYear', 'B3 dateWithoutYear', 'B5 notADate']);
    expect(formatIssue(result.issues[0], 'zh')).toBe('Orders!B2: “10月5日”缺少年份；请写完整日期（例如 2026年10月5日）');
    expect(formatIssue(result.issues[1], 'en')).toBe('Orders!B3: "10/5" has no year; write the whole date (e.g. 2026-10-05)');
  });
});
