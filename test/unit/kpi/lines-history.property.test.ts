import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../../shared/engine/engine';
import { createNodeEngine } from '../../../shared/engine/node';
import { GROUPINGS, referenceKpiRows, type KpiRow, type PeriodBasis } from '../../../shared/kpi/index';
import type { PlainOrder } from '../../../shared/kpi/plain-order';
import { computeKpis, loadWorkbook, type KpiQuery } from '../../../shared/pipeline/index';
import type { CellValue } from '../../../shared/schema/workbook';

/*
 * Sheets where an order id is on several rows, random, through the whole path (ingest →
 * DuckDB): the KPIs equal the plain reference applied to what the rows mean —
 * - order lines: the reference gets every line as it is (it counts an order once per group,
 *   its amount the sum of the lines there);
 * - a history: the reference gets only each id's row with the highest sys_mod_count.
 * Rows are shuffled: neither shape may rely on an order's rows being next to each other.
 */

/** The values an arbitrary makes. */
type ArbOf<A> = A extends fc.Arbitrary<infer T> ? T : never;

const DAY = 86_400_000;
const START = Date.UTC(2026, 7, 1);
const day = (n: number) => new Date(START + n * DAY).toISOString().slice(0, 10);
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null, freq: 4 });

const OWNERS = ['Li', 'Wang', 'Zhao'];
const SUPPLIERS = ['s1', 's2', 's3'];

/** The order-level part of an order: the same on each of its lines. */
const orderArb = fc.record({
  createdDay: fc.integer({ min: 0, max: 90 }),
  dueAfter: maybe(fc.integer({ min: 0, max: 20 })),
  deliveredAfter: maybe(fc.integer({ min: 0, max: 25 })),
  cancelled: fc.integer({ min: 0, max: 9 }).map((n) => n === 0),
  team: fc.constantFrom('A', 'B'),
  // null: each line has its own owner / supplier; else the order's for all its lines.
  owner: maybe(fc.constantFrom(...OWNERS)),
  supplier: maybe(fc.constantFrom(...SUPPLIERS)),
  lines: fc.array(
    fc.record({ amount: fc.integer({ min: 1, max: 999 }), owner: fc.constantFrom(...OWNERS), supplier: fc.constantFrom(...SUPPLIERS) }),
    { minLength: 1, maxLength: 3 },
  ),
});

const LINE_HEADERS = ['Order ID', 'Line', 'Owner', 'Team', 'Supplier', 'Order Date', 'Due Date', 'Delivered Date', 'Status', 'Amount'];

function linesOf(orders: ArbOf<typeof orderArb>[]): PlainOrder[] {
  return orders.flatMap((o, i) =>
    o.lines.map((line) => ({
      order_id: `SO${i}`,
      owner: o.owner ?? line.owner,
      team: o.team,
      supplier: o.supplier ?? line.supplier,
      created: day(o.createdDay),
      due: o.dueAfter === null ? null : day(o.createdDay + o.dueAfter),
      delivered: o.deliveredAfter === null ? null : day(o.createdDay + o.deliveredAfter),
      status: o.cancelled ? 'cancelled' : 'open',
      amount: line.amount,
      cancelled: o.cancelled,
    })),
  );
}

function lineCells(lines: PlainOrder[], order: number[]): CellValue[][] {
  const numberOf = new Map<string, number>();
  const rows = lines.map((l) => {
    const n = (numberOf.get(l.order_id!) ?? 0) + 1;
    numberOf.set(l.order_id!, n);
    return [l.order_id!, n, l.owner!, l.team!, l.supplier!, l.created!, l.due ?? '', l.delivered ?? '', l.status!, l.amount!];
  });
  return [LINE_HEADERS, ...order.map((i) => rows[i])];
}

/** A ticket: its changes, each a whole state; the last one (highest count) is the ticket now. */
const ticketArb = fc.array(
  fc.record({
    owner: fc.constantFrom(...OWNERS),
    team: fc.constantFrom('A', 'B'),
    status: fc.constantFrom('New', 'Active', 'Resolved'),
    dueAfter: maybe(fc.integer({ min: 0, max: 20 })),
    deliveredAfter: maybe(fc.integer({ min: 0, max: 25 })),
  }),
  { minLength: 1, maxLength: 4 },
);

const HISTORY_HEADERS = ['Ticket', 'Assigned to', 'Team', 'Opened', 'Due Date', 'Closed', 'State', 'sys_mod_count'];

function historyOf(tickets: { createdDay: number; changes: ArbOf<typeof ticketArb> }[]) {
  const rows: CellValue[][] = [];
  const latest: PlainOrder[] = [];
  tickets.forEach((t, i) => {
    t.changes.forEach((c, count) => {
      const state: PlainOrder = {
        order_id: `INC${i}`,
        owner: c.owner,
        team: c.team,
        created: day(t.createdDay),
        due: c.dueAfter === null ? null : day(t.createdDay + c.dueAfter),
        delivered: c.deliveredAfter === null ? null : day(t.createdDay + c.deliveredAfter),
        status: c.status,
      };
      rows.push([state.order_id!, c.owner, c.team, state.created!, state.due ?? '', state.delivered ?? '', c.status, count]);
      if (count === t.changes.length - 1) latest.push(state);
    });
  });
  return { rows, latest };
}

const questionArb = fc.record({
  basis: fc.constantFrom<PeriodBasis>('natural', 'created', 'due', 'delivered'),
  group: fc.constantFrom(...GROUPINGS),
  asOfDay: fc.integer({ min: 0, max: 120 }),
  teams: fc.option(fc.subarray(['A', 'B'], { minLength: 1 }), { nil: undefined }),
});

const key = (r: KpiRow) => JSON.stringify([r.month, r.group]);
const KPIS = ['orders', 'revenue', 'completed', 'on_time_rate', 'overdue_open', 'cycle_days_avg'] as const;

function mismatch(got: KpiRow[], want: KpiRow[]): string | null {
  const byKey = new Map(want.map((r) => [key(r), r]));
  if (got.length !== want.length) return `rows: ${got.map(key)} vs ${[...byKey.keys()]}`;
  for (const g of got) {
    const w = byKey.get(key(g));
    if (!w) return `row ${key(g)} only in SQL`;
    for (const kpi of KPIS) {
      const [a, b] = [g[kpi], w[kpi]];
      if (a === null || b === null ? a !== b : Math.abs(a - b) > 1e-9 * Math.max(1, Math.abs(b))) return `${key(g)} ${kpi}: ${a} vs ${b}`;
    }
  }
  return null;
}

let engine: Engine;
beforeAll(async () => {
  engine = await createNodeEngine();
}, 240_000);
afterAll(async () => engine?.close());

async function kpisOfSheet(values: CellValue[][], q: KpiQuery) {
  const load = await loadWorkbook(engine, { sheets: [{ name: 'Orders', values }], date1904: false }, { kpiSheet: null });
  expect(load.value, JSON.stringify(load.issues)).not.toBeNull();
  const result = await computeKpis(engine, load.value!, q);
  return { rows: result.rows as KpiRow[], loaded: load.value!, issues: load.issues };
}

const queryOf = (q: ArbOf<typeof questionArb>): KpiQuery => ({
  basis: q.basis,
  group: q.group,
  asOf: day(q.asOfDay),
  to: '2026-12',
  filters: q.teams ? { team: q.teams } : {},
});

describe('order lines and histories, through ingest and DuckDB, equal the plain reference', () => {
  it('order lines (shuffled; an owner or supplier per line or per order)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(orderArb, { minLength: 1, maxLength: 12 }), questionArb, fc.nat(), async (orders, q, seed) => {
        const lines = linesOf(orders);
        const order = lines.map((_, i) => i).sort((a, b) => ((a * 7919 + seed) % 101) - ((b * 7919 + seed) % 101) || a - b);
        const query = queryOf(q);
        const { rows, loaded } = await kpisOfSheet(lineCells(lines, order), query);
        expect(loaded.rowCount).toBe(orders.length);
        const fieldsPresent = loaded.fieldsPresent;
        const want = referenceKpiRows(lines, { ...query, fieldsPresent, to: query.to });
        expect(mismatch(rows, want)).toBeNull();
      }),
      { numRuns: 60, seed: 20261201 },
    );
  });

  it('a history (rows shuffled, sys_mod_count orders them)', async () => {
    const ticketsArb = fc.array(fc.record({ createdDay: fc.integer({ min: 0, max: 90 }), changes: ticketArb }), { minLength: 1, maxLength: 10 });
    await fc.assert(
      fc.asyncProperty(ticketsArb, questionArb, fc.nat(), async (tickets, q, seed) => {
        const { rows: cells, latest } = historyOf(tickets);
        const shuffled = cells.map((_, i) => i).sort((a, b) => ((a * 7919 + seed) % 97) - ((b * 7919 + seed) % 97) || a - b);
        const query = queryOf(q);
        const { rows, loaded } = await kpisOfSheet([HISTORY_HEADERS, ...shuffled.map((i) => cells[i])], query);
        expect(loaded.rowCount).toBe(tickets.length);
        const want = referenceKpiRows(latest, { ...query, fieldsPresent: loaded.fieldsPresent, to: query.to });
        expect(mismatch(rows, want)).toBeNull();
      }),
      { numRuns: 60, seed: 20261202 },
    );
  });
});
