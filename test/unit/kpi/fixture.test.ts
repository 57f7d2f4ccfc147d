import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../../shared/engine/engine';
import { createNodeEngine } from '../../../shared/engine/node';
import { compileKpiQuery, compileOrdersBehindQuery, KPI_KEYS, plainOrdersOf, referenceKpiRows, type KpiRow } from '../../../shared/kpi/index';
import type { KpiQueryOptions } from '../../../shared/kpi/index';
import type { PlainOrder } from '../../../shared/kpi/plain-order';
import type { OrderField } from '../../../shared/schema/fields';
import { ordersTable } from './orders-table';

/*
 * Twenty orders, as-of 2026-10-20. Li and Wang are team A, Zhang and the owner-less N1 team B.
 * Cycle days are worked out beside each delivered order (times make them fractional).
 */
const ORDERS: PlainOrder[] = [
  // Li
  { order_id: 'L1', owner: 'Li', team: 'A', customer: 'Acme', created: '2026-09-03 09:00', due: '2026-09-10', delivered: '2026-09-09 21:00', amount: 100, errors: 0, satisfaction: 5, response_hours: 2, resolved: true, complaint: false }, // cycle 6.5, on time
  { order_id: 'L2', owner: 'Li', team: 'A', customer: 'Acme', created: '2026-09-05', due: '2026-09-15', delivered: '2026-09-18', amount: 200, errors: 2, satisfaction: 3, response_hours: 4, resolved: false, complaint: true }, // cycle 13, late
  { order_id: 'L3', owner: 'Li', team: 'A', customer: 'Acme', created: '2026-09-25', due: '2026-10-05', delivered: '2026-10-05 18:00', amount: 300, errors: 0, satisfaction: null, response_hours: 1, resolved: null, complaint: false }, // cycle 10.75, on time (same day)
  { order_id: 'L4', owner: 'Li', team: 'A', customer: 'Acme', created: '2026-10-02', due: '2026-10-12', delivered: null, amount: 400, response_hours: 6 }, // open, past due
  { order_id: 'L5', owner: 'Li', team: 'A', customer: 'Acme', created: '2026-10-08', due: '2026-10-30', amount: 50, response_hours: 3, resolved: true }, // open, not yet due
  { order_id: 'L6', owner: 'Li', team: 'A', customer: 'Acme', created: '2026-10-10', due: '2026-10-15', delivered: '2026-10-25', amount: 80, errors: 1, satisfaction: 2, response_hours: 5 }, // delivered after as-of → open, past due
  { order_id: 'L7', owner: 'Li', team: 'A', customer: 'Acme', created: '2026-10-03', due: '2026-10-09', amount: 999, complaint: true, cancelled: true },
  // Wang
  { order_id: 'W1', owner: 'Wang', team: 'A', customer: 'Acme', created: '2026-09-10', due: '2026-09-20', delivered: '2026-09-20', amount: 150, errors: 0, satisfaction: 4, response_hours: 10, resolved: true, complaint: false }, // cycle 10, on time
  { order_id: 'W2', owner: 'Wang', team: 'A', customer: 'Acme', created: '2026-09-28 12:00', due: '2026-10-03', delivered: '2026-10-01 00:00', amount: 250, errors: 1, satisfaction: 5, response_hours: 8, resolved: true }, // cycle 2.5, on time
  { order_id: 'W3', owner: 'Wang', team: 'A', customer: 'Acme', created: '2026-10-05', due: '2026-10-10', delivered: '2026-10-14', amount: 120, errors: 0, satisfaction: 3, response_hours: 12, resolved: false, complaint: true }, // cycle 9, late
  { order_id: 'W4', owner: 'Wang', team: 'A', customer: 'Acme', created: '2026-10-06', due: '2026-10-18', delivered: '2026-10-16', amount: null, errors: null, satisfaction: 4, response_hours: null, complaint: false }, // cycle 10, on time
  { order_id: 'W5', owner: 'Wang', team: 'A', customer: 'Acme', created: '2026-10-12', due: null, delivered: '2026-10-19', amount: 60, satisfaction: 5, response_hours: 2 }, // cycle 7, no due date
  { order_id: 'W6', owner: 'Wang', team: 'A', customer: 'Acme', created: '2026-09-15', due: '2026-09-25', delivered: '2026-09-24', amount: 500, cancelled: true },
  { order_id: 'W7', owner: 'Wang', team: 'A', customer: 'Acme', created: '2026-08-30', due: '2026-09-05', amount: 70, response_hours: 9 }, // open, past due
  // Zhang
  { order_id: 'Z1', owner: 'Zhang', team: 'B', customer: "O'Brien", created: '2026-09-01', due: '2026-09-30', delivered: '2026-10-02', amount: 1000, errors: 3, satisfaction: 1, response_hours: 24, resolved: false, complaint: true }, // cycle 31, late
  { order_id: 'Z2', owner: 'Zhang', team: 'B', customer: 'Acme', created: '2026-09-20', due: '2026-10-10', amount: 700, response_hours: 30, resolved: null }, // open, past due
  { order_id: 'Z3', owner: 'Zhang', team: 'B', customer: 'Acme', created: '2026-10-01', due: '2026-10-20', amount: 300, response_hours: 20 }, // open, due on the as-of day: not past due
  { order_id: 'Z4', owner: 'Zhang', team: 'B', customer: "O'Brien", created: '2026-10-15', due: '2026-11-05', delivered: '2026-10-18', amount: 400, errors: 0, satisfaction: 5, response_hours: 6, resolved: true }, // cycle 3, early
  { order_id: 'Z5', owner: 'Zhang', team: 'B', customer: 'Acme', created: '2026-10-16 08:00', due: '2026-10-17', delivered: '2026-10-17 20:00', amount: 90, errors: 0, satisfaction: 4, response_hours: 4, complaint: false }, // cycle 1.5, on time
  // no owner
  { order_id: 'N1', owner: null, team: 'B', customer: 'Acme', created: '2026-10-04', due: '2026-10-08', delivered: '2026-10-07', amount: 10, satisfaction: 3 }, // cycle 3, on time
];

const PRESENT: OrderField[] = ['order_id', 'owner', 'team', 'customer', 'created', 'due', 'delivered', 'amount', 'errors', 'satisfaction', 'response_hours', 'resolved', 'complaint'];
const BASE: KpiQueryOptions = { fieldsPresent: PRESENT, basis: 'natural', group: 'owner', asOf: '2026-10-20' };

type Created = [orders: number, revenue: number | null, responseAvg: number | null, responseP90: number | null, resolution: number | null, complaint: number | null];
type Due = [completion: number | null, onTime: number | null, overdueOpen: number];
type Delivered = [completed: number, errorRate: number | null, satisfaction: number | null, cycleAvg: number | null, cycleP50: number | null, cycleP90: number | null];
const NO_CREATED: Created = [0, null, null, null, null, null];
const NO_DUE: Due = [null, null, 0];
const NO_DELIVERED: Delivered = [0, null, null, null, null, null];

function row(month: string, group: string | null, c: Created, d: Due, v: Delivered): KpiRow {
  return {
    month, group,
    orders: c[0], revenue: c[1], response_hours_avg: c[2], response_hours_p90: c[3], resolution_rate: c[4], complaint_rate: c[5],
    completion_rate: d[0], on_time_rate: d[1], overdue_open: d[2],
    completed: v[0], error_rate: v[1], satisfaction: v[2], cycle_days_avg: v[3], cycle_days_p50: v[4], cycle_days_p90: v[5],
  };
}

/*
 * Natural basis by owner, as-of 2026-10-20, worked out by hand.
 * created-month KPIs: orders, revenue, response avg/P90 (P90 of sorted x at 0.9·(n−1)), resolution, complaint.
 * due-month KPIs: completion = delivered ÷ (delivered + open past due); on time likewise; overdue open.
 * delivered-month KPIs (delivered on or before the as-of day only): completed, error rate, satisfaction, cycle.
 */
const NATURAL_BY_OWNER: KpiRow[] = [
  // Aug, Wang: W7 created. response [9]; no resolved values; complaints 0/1.
  row('2026-08', 'Wang', [1, 70, 9, 9, null, 0], NO_DUE, NO_DELIVERED),
  // Sep, Li: created L1 L2 L3 → revenue 600; response [1,2,4]: avg 7/3, P90 = 2 + 0.8·2 = 3.6;
  //   resolved L1 yes, L2 no (L3 blank) → 1/2; complaint L2 → 1/3.
  //   due L1 (on time), L2 (late) → completion 2/2, on time 1/2, overdue 0.
  //   delivered L1 L2: errors L2 → 1/2; satisfaction (5+3)/2 = 4; cycle [6.5, 13]: avg 9.75, P50 9.75, P90 6.5 + 0.9·6.5 = 12.35.
  row('2026-09', 'Li', [3, 600, 7 / 3, 3.6, 0.5, 1 / 3], [1, 0.5, 0], [2, 0.5, 4, 9.75, 9.75, 12.35]),
  // Sep, Wang: created W1 W2 (W6 cancelled) → 400; response [8,10]: avg 9, P90 8 + 0.9·2 = 9.8; resolved 2/2; complaint 0/2.
  //   due W7 (open past due), W1 (on time) → completion 1/2, on time 1/2, overdue 1.
  //   delivered W1: errors 0/1, satisfaction 4, cycle 10.
  row('2026-09', 'Wang', [2, 400, 9, 9.8, 1, 0], [0.5, 0.5, 1], [1, 0, 4, 10, 10, 10]),
  // Sep, Zhang: created Z1 Z2 → 1700; response [24,30]: avg 27, P90 24 + 0.9·6 = 29.4; resolved Z1 no → 0/1; complaint Z1 → 1/2.
  //   due Z1 (delivered late) → completion 1/1, on time 0/1, overdue 0. Nothing delivered in Sep.
  row('2026-09', 'Zhang', [2, 1700, 27, 29.4, 0, 0.5], [1, 0, 0], NO_DELIVERED),
  // Oct, Li: created L4 L5 L6 (L7 cancelled) → 530; response [3,5,6]: avg 14/3, P90 5 + 0.8·1 = 5.8; resolved L5 → 1/1; complaint 0/3.
  //   due L3 (on time), L4 (open past due), L6 (delivered after as-of → open past due), L5 not yet due (left out)
  //   → completion 1/3, on time 1/3, overdue 2.
  //   delivered L3 only (L6 is after as-of): errors 0/1, satisfaction blank → null, cycle 10.75.
  row('2026-10', 'Li', [3, 530, 14 / 3, 5.8, 1, 0], [1 / 3, 1 / 3, 2], [1, 0, null, 10.75, 10.75, 10.75]),
  // Oct, Wang: created W3 W4 W5 → 120 + 60 = 180 (W4 blank); response [2,12]: avg 7, P90 2 + 0.9·10 = 11;
  //   resolved W3 no → 0/1; complaint W3 → 1/3.
  //   due W2 (on time), W3 (late), W4 (on time); W5 has no due date → completion 3/3, on time 2/3, overdue 0.
  //   delivered W2 W3 W4 W5: errors W2 → 1/4 (W4 blank = no error); satisfaction (5+3+4+5)/4 = 4.25;
  //   cycle [2.5, 7, 9, 10]: avg 7.125, P50 7 + 0.5·2 = 8, P90 9 + 0.7·1 = 9.7.
  row('2026-10', 'Wang', [3, 180, 7, 11, 0, 1 / 3], [1, 2 / 3, 0], [4, 0.25, 4.25, 7.125, 8, 9.7]),
  // Oct, Zhang: created Z3 Z4 Z5 → 790; response [4,6,20]: avg 10, P90 6 + 0.8·14 = 17.2; resolved Z4 → 1/1; complaint 0/3.
  //   due Z2 (open past due), Z5 (on time); Z3 due on the as-of day (not past due) → completion 1/2, on time 1/2, overdue 1.
  //   delivered Z1 Z4 Z5: errors Z1 → 1/3; satisfaction (1+5+4)/3; cycle [1.5, 3, 31]: avg 35.5/3, P50 3, P90 3 + 0.8·28 = 25.4.
  row('2026-10', 'Zhang', [3, 790, 10, 17.2, 1, 0], [0.5, 0.5, 1], [3, 1 / 3, 10 / 3, 35.5 / 3, 3, 25.4]),
  // Oct, no owner: N1 → orders 1, revenue 10, no response/resolved values, complaint 0/1; due N1 on time; delivered N1: cycle 3.
  row('2026-10', null, [1, 10, null, null, null, 0], [1, 1, 0], [1, 0, 3, 3, 3, 3]),
  // Nov, Zhang: only Z4's due date is in November (delivered early, on time) → 1/1.
  row('2026-11', 'Zhang', NO_CREATED, [1, 1, 0], NO_DELIVERED),
];

let engine: Engine;
beforeAll(async () => {
  engine = await createNodeEngine();
  await engine.loadTable('orders', ordersTable(ORDERS));
});
afterAll(async () => engine?.close());

async function kpiRows(opts: KpiQueryOptions): Promise<KpiRow[]> {
  const compiled = compileKpiQuery(opts);
  expect(compiled.value, JSON.stringify(compiled.issues)).not.toBeNull();
  return (await engine.query(compiled.value!.sql)).rows as KpiRow[];
}

function expectRows(actual: KpiRow[], expected: KpiRow[]) {
  expect(actual.map((r) => [r.month, r.group])).toEqual(expected.map((r) => [r.month, r.group]));
  actual.forEach((got, i) => {
    for (const kpi of KPI_KEYS) {
      const want = expected[i][kpi];
      const where = `${got.month} ${got.group} ${kpi}`;
      if (want === null) expect(got[kpi], where).toBeNull();
      else expect(got[kpi], where).toBeCloseTo(want, 12);
    }
  });
}

describe('KPIs of the hand-worked fixture', () => {
  it('natural basis by owner: every KPI of every month × owner (SQL in DuckDB)', async () => {
    expectRows(await kpiRows(BASE), NATURAL_BY_OWNER);
  });

  it('natural basis by owner: the plain reference agrees with the hand-worked values', () => {
    expectRows(referenceKpiRows(ORDERS, BASE), NATURAL_BY_OWNER);
  });

  it('the reference over the typed table read back as plain orders gives the same values', () => {
    const readBack = plainOrdersOf(ordersTable(ORDERS));
    expect(readBack[0].created).toBe('2026-09-03 09:00:00.000');
    expectRows(referenceKpiRows(readBack, BASE), NATURAL_BY_OWNER);
  });

  it('all orders over the whole range (group none, perMonth false)', async () => {
    // orders 18 (20 − 2 cancelled); revenue 600+530+70+400+180+1700+790+10 = 4280.
    // due: denominators 2+3 (Li) + 2+3 (Wang) + 1+2+1 (Zhang) + 1 (N1) = 15; on time 2+3+2+1 = 8; delivered with due 11; overdue 4.
    // delivered by as-of: 12 (L1 L2 L3 W1–W5 Z1 Z4 Z5 N1); with errors L2 W2 Z1 → 3/12.
    // satisfaction of those 11 rated: (5+3+4+5+3+4+5+1+5+4+3)/11 = 42/11 (L6's 2 is after as-of).
    // cycle sorted [1.5 2.5 3 3 6.5 7 9 10 10 10.75 13 31]: avg 107.25/12, P50 (7+9)/2 = 8, P90 at 9.9 → 10.75 + 0.9·2.25 = 12.775.
    // response 16 values summing to 146 → 9.125; P90 at 13.5 of [1 2 2 3 4 4 5 6 6 8 9 10 12 20 24 30] → 22.
    // resolved yes L1 L5 W1 W2 Z4 of 8 answered → 0.625; complaints L2 W3 Z1 → 3/18.
    const rows = await kpiRows({ ...BASE, group: 'none', perMonth: false });
    expectRows(rows, [row('all', null, [18, 4280, 9.125, 22, 0.625, 3 / 18], [11 / 15, 8 / 15, 4], [12, 0.25, 42 / 11, 107.25 / 12, 8, 12.775])]);
  });

  it('cohort basis created: on time, completed and overdue by the month the orders were placed', async () => {
    // Aug: W7 open past due → on time 0/1, completed 0, overdue 1.
    // Sep: L1 L2 L3 W1 W2 Z1 Z2: counted 7 (Z2 open past due), on time L1 L3 W1 W2 = 4; completed 6; overdue 1.
    // Oct: L4 L5 L6 W3 W4 W5 Z3 Z4 Z5 N1: counted L4 L6 W3 W4 Z4 Z5 N1 = 7 (L5, Z3 not due; W5 no due),
    //      on time W4 Z4 Z5 N1 = 4; completed W3 W4 W5 Z4 Z5 N1 = 6; overdue L4 L6 = 2.
    const rows = await kpiRows({ ...BASE, basis: 'created', group: 'none', kpis: ['on_time_rate', 'completed', 'overdue_open'] });
    expect(rows.map((r) => [r.month, r.on_time_rate, r.completed, r.overdue_open])).toEqual([
      ['2026-08', 0, 0, 1],
      ['2026-09', 4 / 7, 6, 1],
      ['2026-10', 4 / 7, 6, 2],
    ]);
    expect(rows.every((r) => r.orders === null && r.satisfaction === null)).toBe(true);
  });

  it('a later as-of date turns a delivery after the old as-of into a (late) delivery', async () => {
    // As of 2026-10-26 L6 (due 10-15, delivered 10-25) is delivered late: Li's October due month becomes
    // L3 on time, L4 open past due, L6 late → on time 1/3, completion 2/3, overdue 1; delivered in Oct: L3 L6
    // → completed 2, errors L6 → 1/2, satisfaction L6's 2. Z3 (due 10-20) is now past due too: Zhang Oct
    // due month Z2 Z3 Z5 → on time 1/3, overdue 2.
    const rows = await kpiRows({ ...BASE, asOf: '2026-10-26', from: '2026-10', to: '2026-10' });
    const li = rows.find((r) => r.group === 'Li')!;
    expect([li.on_time_rate, li.completion_rate, li.overdue_open, li.completed, li.error_rate, li.satisfaction]).toEqual([
      1 / 3, 2 / 3, 1, 2, 0.5, 2,
    ]);
    const zhang = rows.find((r) => r.group === 'Zhang')!;
    expect([zhang.on_time_rate, zhang.overdue_open]).toEqual([1 / 3, 2]);
  });

  it('filters by team and by a customer with a quote in its name', async () => {
    // Team B by team: Oct due Z2 Z5 N1 → on time 2/3; Oct created Z3 Z4 Z5 N1 → 4 orders.
    const byTeam = await kpiRows({ ...BASE, group: 'team', filters: { team: ['B'] }, from: '2026-10', to: '2026-10' });
    expect(byTeam.map((r) => [r.group, r.orders, r.on_time_rate])).toEqual([['B', 4, 2 / 3]]);
    // O'Brien: Z1 (Sep, 1000) and Z4 (Oct, 400) → 2 orders, revenue 1400; both delivered, Z1 with errors → 1/2.
    const obrien = await kpiRows({ ...BASE, group: 'none', perMonth: false, filters: { customer: ["O'Brien"] } });
    expect(obrien.map((r) => [r.orders, r.revenue, r.completed, r.error_rate])).toEqual([[2, 1400, 2, 0.5]]);
  });

  it('KPIs whose fields are not mapped are null, never 0, with an issue naming the field', async () => {
    const present = PRESENT.filter((f) => f !== 'satisfaction' && f !== 'delivered');
    const compiled = compileKpiQuery({ ...BASE, fieldsPresent: present, group: 'none', perMonth: false });
    expect(compiled.value!.absent.map((a) => a.kpi)).toEqual([
      'completed', 'completion_rate', 'on_time_rate', 'overdue_open', 'error_rate', 'satisfaction',
      'cycle_days_avg', 'cycle_days_p50', 'cycle_days_p90',
    ]);
    expect(compiled.issues).toContainEqual({ sheet: '', cell: '', severity: 'info', code: 'kpiAbsent', params: { kpi: 'satisfaction', fields: 'satisfaction' } });
    const [all] = (await engine.query(compiled.value!.sql)).rows as KpiRow[];
    expect([all.orders, all.completed, all.on_time_rate, all.satisfaction]).toEqual([18, null, null, null]);
  });
});

describe('the orders behind a number', () => {
  async function behind(kpi: 'on_time_rate' | 'error_rate' | 'orders', month: string, group: string | null) {
    const compiled = compileOrdersBehindQuery({ ...BASE, cell: { kpi, month, group } });
    expect(compiled.value, JSON.stringify(compiled.issues)).not.toBeNull();
    return (await engine.query(compiled.value!.sql)).rows.map((r) => [r.order_id, r.counted]);
  }

  it("Li's October on-time rate (1/3) is L3 on time, L4 and L6 open past due", async () => {
    expect(await behind('on_time_rate', '2026-10', 'Li')).toEqual([['L3', true], ['L4', false], ['L6', false]]);
  });

  it("Wang's October error rate (1/4) is W2 with errors among W2–W5", async () => {
    expect(await behind('error_rate', '2026-10', 'Wang')).toEqual([['W2', true], ['W3', false], ['W4', false], ['W5', false]]);
  });

  it('the blank owner is a group of its own; cancelled orders are never listed', async () => {
    expect(await behind('orders', '2026-10', null)).toEqual([['N1', null]]);
    expect(await behind('orders', '2026-10', 'Li')).toEqual([['L4', null], ['L5', null], ['L6', null]]);
  });
});
