import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNodeEngine } from '../../../shared/engine/node';
import type { Engine } from '../../../shared/engine/index';
import { computeKpis, loadWorkbook, type LoadedData } from '../../../shared/pipeline/index';
import type { CellValue, WorkbookData } from '../../../shared/schema/index';
import {
  atRiskCsv,
  atRiskOrders,
  atRiskSql,
  byOwner,
  loadOrderDays,
  reviewData,
  reviewPeriodOf,
  windowRows,
  type ReviewQuestion,
} from '../../../shared/review/index';

const serial = (iso: string) => (Date.parse(`${iso}T00:00:00Z`) - Date.UTC(1899, 11, 30)) / 86_400_000;

/*
 * Five orders, worked out by hand (the pane's session test uses the same):
 *   A-1 Ann  created 09-02 due 09-10 delivered 09-09  on time (September)
 *   A-2 Ann  created 10-01 due 10-05 delivered 10-07  late
 *   A-3 Bob  created 10-02 due 10-20 delivered 10-15  on time
 *   A-4 Bob  created 10-20 due 11-03 open
 *   A-5 Ann  created 10-10 due 10-25 open
 */
const ORDERS: CellValue[][] = [
  ['Order ID', 'Owner', 'Team', 'Customer', 'Order date', 'Due', 'Delivered'],
  ['A-1', 'Ann', 'T1', 'Acme', serial('2026-09-02'), serial('2026-09-10'), serial('2026-09-09')],
  ['A-2', 'Ann', 'T1', 'Acme', serial('2026-10-01'), serial('2026-10-05'), serial('2026-10-07')],
  ['A-3', 'Bob', 'T1', 'Bolt', serial('2026-10-02'), serial('2026-10-20'), serial('2026-10-15')],
  ['A-4', 'Bob', 'T1', 'Bolt', serial('2026-10-20'), serial('2026-11-03'), ''],
  ['A-5', 'Ann', 'T1', '=Cmd', serial('2026-10-10'), serial('2026-10-25'), ''],
];
const workbook: WorkbookData = {
  date1904: false,
  sheets: [
    { name: 'Orders', values: ORDERS },
    { name: 'Targets', values: [['KPI', 'Target'], ['on_time_rate', 0.9]] },
  ],
};

let engine: Engine;
let loaded: LoadedData;
let days: string[];

beforeAll(async () => {
  engine = await createNodeEngine();
  const result = await loadWorkbook(engine, workbook, { ordersSheet: 'Orders', kpiSheet: 'Targets' });
  loaded = result.value!;
  days = await loadOrderDays(engine);
});
afterAll(async () => {
  await engine?.close();
});

const question = (asOf: string, extra: Partial<ReviewQuestion> = {}): ReviewQuestion => ({
  asOf,
  basis: 'natural',
  choice: { kind: 'default', grain: 'month' },
  filters: {},
  targets: loaded.targets,
  teamOf: loaded.teamOf,
  fieldsPresent: loaded.fieldsPresent,
  ordersAcrossGroups: false,
  orderDays: days,
  riskDays: 7,
  locale: 'en',
  ...extra,
});
const rowsOf = async (q: Parameters<typeof computeKpis>[2]) => (await computeKpis(engine, loaded, q)).rows;

describe('a window of days in DuckDB', () => {
  it('a whole month gives the month query’s numbers, with the counts behind each rate', async () => {
    const period = reviewPeriodOf('2026-10', '2026-10-31')!;
    const { rows } = await windowRows(engine, { fieldsPresent: loaded.fieldsPresent, basis: 'natural', group: 'none', window: period.counted }, period.key);
    const month = (await computeKpis(engine, loaded, { basis: 'natural', group: 'none', asOf: '2026-10-31', from: '2026-10', to: '2026-10' })).rows[0];
    for (const kpi of ['orders', 'completed', 'on_time_rate', 'overdue_open', 'cycle_days_p50'] as const) expect(rows[0][kpi]).toEqual(month[kpi]);
    // Due in October: A-2 late, A-3 on time, A-5 open past due → 1 of 3.
    expect(rows[0].bases.on_time_rate).toEqual({ hit: 1, of: 3 });
    expect(rows[0].openAhead).toBe(0);
  });

  it('month to date: created up to the as-of day, due over the month with what is still due', async () => {
    const period = reviewPeriodOf('2026-10', '2026-10-12')!;
    const { rows } = await windowRows(engine, { fieldsPresent: loaded.fieldsPresent, basis: 'natural', group: 'owner', window: period.counted }, period.key);
    const [ann, bob] = rows;
    // As of 10-12: Ann's A-2 (due 10-05, delivered 10-07) late; A-5 due 10-25 still due.
    expect(ann).toMatchObject({ group: 'Ann', orders: 2, bases: { on_time_rate: { hit: 0, of: 1 } }, openAhead: 1 });
    // Bob: A-3 created 10-02 (A-4 on 10-20 is not created yet), due 10-20 still open then.
    expect(bob).toMatchObject({ group: 'Bob', orders: 1, bases: { on_time_rate: { hit: 0, of: 0 } }, openAhead: 1 });
  });
});

describe('the review of a period', () => {
  it('October as of 2026-10-31: cards with target, gap and change against September', async () => {
    const review = await reviewData(engine, question('2026-10-31'), rowsOf);
    expect(review.period?.key).toBe('2026-10');
    expect(review.months).toEqual(['2026-10', '2026-09']);
    const onTime = review.cards.find((c) => c.kpi === 'on_time_rate')!;
    expect(onTime.value).toBeCloseTo(1 / 3);
    expect(onTime).toMatchObject({ target: 0.9, previous: 1, improved: false, smallSample: true, met: null, partial: false });
    expect(onTime.gap).toBeCloseTo(1 / 3 - 0.9);
    // Members by name, each with the orders it takes.
    expect(review.members.map((m) => m.owner)).toEqual(['Ann', 'Bob']);
    expect(review.members[0].kpis.find((k) => k.kpi === 'on_time_rate')).toMatchObject({ value: 0, target: 0.9, distance: { kind: 'shortBy', count: 2 } });
    expect(review.members[0].spark.map((s) => [s.month, s.value])).toEqual([['2026-09', 1], ['2026-10', 0]]);
  });

  it('a running month: month to date, partial, pace for the due-date rate', async () => {
    const review = await reviewData(engine, question('2026-10-12', { choice: { kind: 'period', key: '2026-10' } }), rowsOf);
    expect(review.period).toMatchObject({ key: '2026-10', partial: true });
    const onTime = review.cards.find((c) => c.kpi === 'on_time_rate')!;
    // As of 10-12, 0 of 1 counted (A-2 late); still due this month: 0.9 × 3 → 3 needed of 2 → out of reach.
    expect(onTime.pace?.distance).toEqual({ kind: 'outOfReach', count: 3, of: 2 });
    expect(onTime.pace?.best).toBeCloseTo(2 / 3);
    // September's same days (as of 09-12): A-1 on time → 100%.
    expect(onTime.previous).toBe(1);
  });

  it('a weekly review draws the members’ sparklines by ISO week, not by month', async () => {
    const review = await reviewData(engine, question('2026-10-31', { choice: { kind: 'period', key: '2026-W43' } }), rowsOf);
    expect(review.period).toMatchObject({ key: '2026-W43', grain: 'week', partial: false });
    const [ann, bob] = review.members;
    // Six weeks, W38 … W43 (14 Sep – 25 Oct). Ann: A-2 due 10-05 (W41) late, A-5 due 10-25 (W43)
    // still open as of 10-31, late. Bob: A-3 due 10-20 (W43) delivered 10-15, on time.
    expect(ann.spark.every((p) => /^2026-W(3[89]|4[0-3])$/.test(p.month))).toBe(true);
    expect(ann.spark.filter((p) => p.value !== null).map((p) => [p.month, p.value])).toEqual([['2026-W41', 0], ['2026-W43', 0]]);
    expect(bob.spark.filter((p) => p.value !== null).map((p) => [p.month, p.value])).toEqual([['2026-W43', 1]]);
    // Each week gets its month's target (here the blanket 90%).
    expect(ann.spark.every((p) => p.target === 0.9)).toBe(true);
  });

  it('#period=all leaves the cards to the whole range; the periods offered stop at the as-of date', async () => {
    const review = await reviewData(engine, question('2026-09-30', { choice: { kind: 'all' } }), rowsOf);
    expect(review.period).toBeNull();
    expect(review.months).toEqual(['2026-09']);
  });
});

describe('at risk', () => {
  it('open orders overdue or due within N days, by owner, most overdue first', async () => {
    const q = { asOf: '2026-10-31', days: 7, fieldsPresent: loaded.fieldsPresent };
    const { orders, total } = await atRiskOrders(engine, q);
    expect(total).toBe(2);
    expect(byOwner(orders)).toEqual([
      { owner: 'Ann', orders: [{ row: 6, orderId: 'A-5', owner: 'Ann', customer: '=Cmd', due: '2026-10-25', daysLeft: -6, fields: { order_id: 'A-5', owner: 'Ann', team: 'T1', customer: '=Cmd', created: '2026-10-10', due: '2026-10-25', delivered: null } }] },
      { owner: 'Bob', orders: [{ row: 5, orderId: 'A-4', owner: 'Bob', customer: 'Bolt', due: '2026-11-03', daysLeft: 3, fields: { order_id: 'A-4', owner: 'Bob', team: 'T1', customer: 'Bolt', created: '2026-10-20', due: '2026-11-03', delivered: null } }] },
    ]);
    expect((await atRiskOrders(engine, { ...q, days: 0 })).orders.map((o) => o.orderId)).toEqual(['A-5']);
    // As of 2026-10-06, A-2 (due 10-05, delivered 10-07) was still open and overdue.
    expect((await atRiskOrders(engine, { ...q, asOf: '2026-10-06', days: 0 })).orders.map((o) => o.orderId)).toEqual(['A-2']);
    expect((await atRiskOrders(engine, { ...q, filters: { owner: ['Bob'] } })).orders.map((o) => o.orderId)).toEqual(['A-4']);
    expect((await atRiskOrders(engine, { ...q, limit: 1 })).total).toBe(2);
    expect(atRiskSql({ ...q })).toContain("CAST(\"due\" AS DATE) <= DATE '2026-11-07'");
  });

  it('a limited list is the first rows of the whole list, with the whole count (one query, or a count at limit 0)', async () => {
    const q = { asOf: '2026-10-31', days: 30, fieldsPresent: loaded.fieldsPresent };
    const whole = await atRiskOrders(engine, q);
    expect(whole.total).toBe(2);
    for (const limit of [0, 1, 2, 5]) {
      expect(await atRiskOrders(engine, { ...q, limit })).toEqual({ orders: whole.orders.slice(0, limit), total: whole.total });
    }
    expect(await atRiskOrders(engine, { ...q, asOf: '2026-01-01', limit: 5 })).toEqual({ orders: [], total: 0 });
  });

  it('exports as CSV with days late and the sheet row; text never becomes a formula', async () => {
    const { orders } = await atRiskOrders(engine, { asOf: '2026-10-31', days: 7, fieldsPresent: loaded.fieldsPresent });
    expect(atRiskCsv(orders, 'en', 'Orders').split('\r\n')).toEqual([
      '\uFEFFOwner,Order,Customer,Due,Days late,Row',
      "Ann,A-5,'=Cmd,2026-10-25,6,Orders!6",
      'Bob,A-4,Bolt,2026-11-03,-3,Orders!5',
      '',
    ]);
  });
});
