import { isZeroWhenEmpty, type DateBasis } from './catalog';
import { KPI_KEYS, type KpiKey, type KpiRow } from './keys';
import { MONTH_ALL, planKpiQuery, type KpiPlan, type KpiQueryOptions } from './options';
import { dayOf, monthOfText, wallClockMs, type PlainOrder } from './plain-order';

/**
 * Every KPI computed from plain order objects in plain TypeScript, no SQL: the oracle the SQL
 * is tested against (and the benchmark's "reference" line). Written from DESIGN.md's sentences,
 * deliberately not from the SQL, so a mistake in one shows up as a difference.
 */

type KpiOfBucket = (orders: readonly PlainOrder[], asOf: string) => number | null;

/** Delivered on or before the as-of date (a later delivery is not yet delivered). */
const isDelivered = (o: PlainOrder, asOf: string) => o.delivered != null && dayOf(o.delivered) <= asOf;
const hasDue = (o: PlainOrder) => o.due != null;
const isOpenPastDue = (o: PlainOrder, asOf: string) => hasDue(o) && !isDelivered(o, asOf) && dayOf(o.due!) < asOf;
/** The on-time denominator: orders with a due date that are delivered or open past due. */
const isDueCounted = (o: PlainOrder, asOf: string) => hasDue(o) && (isDelivered(o, asOf) || isOpenPastDue(o, asOf));

const count = <T>(items: readonly T[], test: (item: T) => boolean) => items.filter(test).length;
const ratio = (numerator: number, denominator: number) => (denominator === 0 ? null : numerator / denominator);
const mean = (values: number[]) => (values.length === 0 ? null : values.reduce((a, b) => a + b, 0) / values.length);
const numbers = (values: (number | null | undefined)[]) => values.filter((v): v is number => v != null);

/** Linear interpolation between the closest ranks, as DuckDB's quantile_cont. */
export function quantileCont(values: number[], q: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const position = q * (sorted.length - 1);
  const lower = Math.floor(position);
  const upper = Math.ceil(position);
  return sorted[lower] + (position - lower) * (sorted[upper] - sorted[lower]);
}

const cycleDays = (orders: readonly PlainOrder[], asOf: string) =>
  orders
    .filter((o) => isDelivered(o, asOf) && o.created != null)
    .map((o) => (wallClockMs(o.delivered!) - wallClockMs(o.created!)) / 86_400_000);

const REFERENCE: Record<KpiKey, KpiOfBucket> = {
  orders: (orders) => orders.length,
  revenue: (orders) => {
    const amounts = numbers(orders.map((o) => o.amount));
    return amounts.length === 0 ? null : amounts.reduce((a, b) => a + b, 0);
  },
  completed: (orders, asOf) => count(orders, (o) => isDelivered(o, asOf)),
  completion_rate: (orders, asOf) =>
    ratio(
      count(orders, (o) => hasDue(o) && isDelivered(o, asOf)),
      count(orders, (o) => isDueCounted(o, asOf)),
    ),
  on_time_rate: (orders, asOf) =>
    ratio(
      count(orders, (o) => hasDue(o) && isDelivered(o, asOf) && dayOf(o.delivered!) <= dayOf(o.due!)),
      count(orders, (o) => isDueCounted(o, asOf)),
    ),
  overdue_open: (orders, asOf) => count(orders, (o) => isOpenPastDue(o, asOf)),
  error_rate: (orders, asOf) =>
    ratio(
      count(orders, (o) => isDelivered(o, asOf) && (o.errors ?? 0) > 0),
      count(orders, (o) => isDelivered(o, asOf)),
    ),
  satisfaction: (orders) => mean(numbers(orders.map((o) => o.satisfaction))),
  cycle_days_avg: (orders, asOf) => mean(cycleDays(orders, asOf)),
  cycle_days_p50: (orders, asOf) => quantileCont(cycleDays(orders, asOf), 0.5),
  cycle_days_p90: (orders, asOf) => quantileCont(cycleDays(orders, asOf), 0.9),
  response_hours_avg: (orders) => mean(numbers(orders.map((o) => o.response_hours))),
  response_hours_p90: (orders) => quantileCont(numbers(orders.map((o) => o.response_hours)), 0.9),
  resolution_rate: (orders) =>
    ratio(
      count(orders, (o) => o.resolved === true),
      count(orders, (o) => o.resolved != null),
    ),
  complaint_rate: (orders) =>
    ratio(
      count(orders, (o) => o.complaint === true),
      orders.length,
    ),
};

/** The date an order sits on under a basis, or null when it has none (or not yet delivered). */
function basisDate(o: PlainOrder, basis: DateBasis, asOf: string): string | null {
  if (basis === 'delivered') return isDelivered(o, asOf) ? o.delivered! : null;
  return o[basis] ?? null;
}

function inScope(o: PlainOrder, plan: KpiPlan): boolean {
  if (o.cancelled) return false;
  return plan.filters.every(({ field, values }) => o[field] != null && values.includes(o[field]!));
}

type BucketKey = string;
const bucketKey = (month: string, group: string | null): BucketKey => JSON.stringify([month, group]);

/**
 * Rows of one order id in one group are one order (DESIGN.md: an order counts once; its amount
 * is the sum of its lines; when its lines lie in several groups, it counts once in each, with
 * that group's lines' amount). Its other fields are the same on every line: the first line's.
 */
function addLine(bucket: Map<string, PlainOrder>, line: PlainOrder, index: number): void {
  const id = line.order_id == null ? `row ${index}` : `id ${line.order_id}`;
  const order = bucket.get(id);
  if (!order) bucket.set(id, { ...line });
  else if (line.amount != null) order.amount = (order.amount ?? 0) + line.amount;
}

/** Orders by (month, group) under one basis. */
function buckets(orders: readonly PlainOrder[], plan: KpiPlan, basis: DateBasis): Map<BucketKey, PlainOrder[]> {
  const out = new Map<BucketKey, Map<string, PlainOrder>>();
  orders.forEach((o, index) => {
    const date = basisDate(o, basis, plan.asOf);
    if (date === null || !inScope(o, plan)) return;
    const month = monthOfText(date);
    if ((plan.from && month < plan.from) || (plan.to && month > plan.to)) return;
    const group = plan.groupField ? (o[plan.groupField] ?? null) : null;
    const key = bucketKey(plan.perMonth ? month : MONTH_ALL, group);
    let bucket = out.get(key);
    if (!bucket) out.set(key, (bucket = new Map()));
    addLine(bucket, o, index);
  });
  return new Map([...out].map(([key, bucket]) => [key, [...bucket.values()]]));
}

/** The KPI rows of these orders, sorted by month then group (blank group last). */
export function referenceKpiRows(orders: readonly PlainOrder[], opts: KpiQueryOptions): KpiRow[] {
  const { value: plan, issues } = planKpiQuery(opts);
  if (!plan) throw new Error(`referenceKpiRows: bad options ${JSON.stringify(issues)}`);
  const byBasis = new Map(plan.bases.map((basis) => [basis, buckets(orders, plan, basis)]));
  const basisOf = new Map(plan.computed.map((c) => [c.kpi, c.basis]));
  const keys = new Set<BucketKey>();
  for (const map of byBasis.values()) for (const key of map.keys()) keys.add(key);

  const rows = [...keys].map((key) => {
    const [month, group] = JSON.parse(key) as [string, string | null];
    const row = { month, group } as KpiRow;
    for (const kpi of KPI_KEYS) {
      const basis = basisOf.get(kpi);
      const bucket = basis ? byBasis.get(basis)!.get(key) : undefined;
      if (!basis) row[kpi] = null;
      else if (!bucket) row[kpi] = isZeroWhenEmpty(kpi) ? 0 : null;
      else row[kpi] = REFERENCE[kpi](bucket, plan.asOf);
    }
    return row;
  });
  const byText = (a: string | null, b: string | null) => (a === b ? 0 : a === null ? 1 : b === null ? -1 : a < b ? -1 : 1);
  return rows.sort((a, b) => byText(a.month, b.month) || byText(a.group, b.group));
}
