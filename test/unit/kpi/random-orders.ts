import fc from 'fast-check';
import { GROUPINGS, KPI_KEYS, type KpiQueryOptions, type PeriodBasis } from '../../../shared/kpi/index';
import type { PlainOrder } from '../../../shared/kpi/plain-order';
import { ORDER_FIELD_KEYS, type OrderField } from '../../../shared/schema/fields';

/*
 * Random orders and random KPI options, for the property tests that check one way of working
 * out the KPIs against another (the SQL against the plain reference, the cube against the SQL).
 */

const DAY = 86_400_000;
const START = Date.UTC(2026, 7, 1); // 2026-08-01

function wallClockText(ms: number, withTime: boolean): string {
  const iso = new Date(ms).toISOString();
  return withTime ? `${iso.slice(0, 10)} ${iso.slice(11, 16)}` : iso.slice(0, 10);
}

const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null, freq: 4 });

export const orderArb = fc
  .record({
    owner: maybe(fc.constantFrom('Li', 'Wang', "O'Brien")),
    team: maybe(fc.constantFrom('A', 'B')),
    customer: maybe(fc.constantFrom('c1', 'c2')),
    supplier: maybe(fc.constantFrom('s1', 's2')),
    createdDay: fc.integer({ min: 0, max: 120 }),
    createdMinute: maybe(fc.integer({ min: 0, max: 24 * 60 - 1 })),
    // A created cell ingest could not read is NULL (one order in ten here).
    hasCreated: fc.integer({ min: 0, max: 9 }).map((n) => n !== 0),
    dueAfter: maybe(fc.integer({ min: -3, max: 25 })),
    // Days after the created day (−1: delivered before created, bad data ingest keeps), or on the due day.
    deliveredDays: maybe(fc.oneof(fc.integer({ min: -1, max: 25 }), fc.constant('on due' as const))),
    deliveredMinute: maybe(fc.integer({ min: 0, max: 24 * 60 - 1 })),
    amount: maybe(fc.integer({ min: -20, max: 2000 }).map((n) => n / 2)),
    errors: maybe(fc.integer({ min: 0, max: 3 })),
    satisfaction: maybe(fc.integer({ min: 1, max: 5 })),
    response_hours: maybe(fc.integer({ min: 0, max: 480 }).map((n) => n / 10)),
    resolved: maybe(fc.boolean()),
    complaint: maybe(fc.boolean()),
    cancelled: fc.integer({ min: 0, max: 9 }).map((n) => n === 0),
  })
  .map((r): PlainOrder => {
    const created = START + r.createdDay * DAY + (r.createdMinute ?? 0) * 60_000;
    const deliveredDay = r.deliveredDays === 'on due' ? (r.dueAfter ?? 0) : r.deliveredDays;
    const delivered = START + (r.createdDay + (deliveredDay ?? 0)) * DAY + (r.deliveredMinute ?? 0) * 60_000;
    return {
      order_id: '',
      owner: r.owner,
      team: r.team,
      customer: r.customer,
      supplier: r.supplier,
      created: r.hasCreated ? wallClockText(created, r.createdMinute !== null) : null,
      due: r.dueAfter === null ? null : wallClockText(START + (r.createdDay + r.dueAfter) * DAY, false),
      delivered: deliveredDay === null ? null : wallClockText(delivered, r.deliveredMinute !== null),
      amount: r.amount,
      errors: r.errors,
      satisfaction: r.satisfaction,
      response_hours: r.response_hours,
      resolved: r.resolved,
      complaint: r.complaint,
      cancelled: r.cancelled,
    };
  });

const OPTIONAL_FIELDS = ORDER_FIELD_KEYS.filter((f) => f !== 'order_id' && f !== 'created');

function asOfOf(orders: PlainOrder[], day: number, fromOrder?: { index: number; date: 'due' | 'delivered' | 'created' }): string {
  const date = fromOrder && orders.length > 0 ? orders[fromOrder.index % orders.length][fromOrder.date] : null;
  return date ? date.slice(0, 10) : wallClockText(START + day * DAY, false);
}

const monthArb = fc.integer({ min: 0, max: 5 }).map((n) => `2026-${String(7 + n).padStart(2, '0')}`);
const optional = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });

export const caseArb = fc
  .record({
    orders: fc.array(orderArb, { maxLength: 40 }),
    // Each optional field mapped four times in five: most cases compute most KPIs.
    present: fc.record(
      Object.fromEntries(OPTIONAL_FIELDS.map((f) => [f, fc.integer({ min: 0, max: 4 }).map((n) => n !== 0)])) as Record<
        OrderField,
        fc.Arbitrary<boolean>
      >,
    ),
    basis: fc.constantFrom<PeriodBasis>('natural', 'natural', 'created', 'due', 'delivered'),
    group: fc.constantFrom(...GROUPINGS),
    // Half the time the as-of day is one of the orders' own dates: the boundaries (due on the
    // as-of day, delivered on it) are where the rules differ.
    asOfDay: fc.integer({ min: 0, max: 150 }),
    asOfFromOrder: fc.option(fc.record({ index: fc.nat(), date: fc.constantFrom('due', 'delivered', 'created') as fc.Arbitrary<'due' | 'delivered' | 'created'> }), { nil: undefined }),
    from: optional(monthArb),
    to: optional(monthArb),
    owners: optional(fc.subarray(['Li', "O'Brien", 'Nobody'], { minLength: 1 })),
    teams: optional(fc.subarray(['A', 'B'], { minLength: 1 })),
    kpis: optional(fc.subarray([...KPI_KEYS], { minLength: 1 })),
    perMonth: optional(fc.boolean()),
  })
  .map((c) => {
    const fieldsPresent: OrderField[] = ['order_id', 'created', ...OPTIONAL_FIELDS.filter((f) => c.present[f])];
    // Unmapped fields are all-NULL columns, as ingest makes them.
    const orders = c.orders.map((o, i) => {
      const out: PlainOrder = { ...o, order_id: `O${i}` };
      for (const f of ORDER_FIELD_KEYS) if (!fieldsPresent.includes(f)) out[f] = null;
      return out;
    });
    const [from, to] = c.from && c.to && c.from > c.to ? [c.to, c.from] : [c.from, c.to];
    const basis = c.basis === 'natural' || fieldsPresent.includes(c.basis) ? c.basis : 'natural';
    const opts: KpiQueryOptions = {
      fieldsPresent,
      basis,
      group: c.group,
      asOf: asOfOf(c.orders, c.asOfDay, c.asOfFromOrder),
      from,
      to,
      filters: { owner: c.owners, team: c.teams },
      kpis: c.kpis,
      perMonth: c.perMonth,
    };
    return { orders, opts };
  });

