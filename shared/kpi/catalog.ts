import type { OrderField } from '../schema/fields';
import type { KpiAggregate, OrderCount } from './aggregate';
import type { OrderFactName } from './facts';
import { KPI_KEYS, type KpiKey } from './keys';

/**
 * The KPI catalog of DESIGN.md as data. A new KPI is one entry here (plus its key in keys.ts):
 * the compiler, the "orders behind a number" query, targets and labels all read this table.
 */
export const KPI_UNITS = ['count', 'currency', 'rate', 'days', 'hours', 'score'] as const;
export type KpiUnit = (typeof KPI_UNITS)[number];

export const KPI_DIRECTIONS = ['higher', 'lower'] as const;
/** Which way is better. */
export type KpiDirection = (typeof KPI_DIRECTIONS)[number];

/** The order dates a KPI can be bucketed on. */
export const DATE_BASES = ['created', 'due', 'delivered'] as const;
export type DateBasis = (typeof DATE_BASES)[number];

export interface KpiDefinition {
  key: KpiKey;
  label: { en: string; zh: string };
  unit: KpiUnit;
  direction: KpiDirection;
  /** Order fields the KPI cannot do without; when one is not mapped the KPI is absent (null). */
  needs: readonly OrderField[];
  /** The date the KPI is bucketed on under basis=natural. */
  naturalBasis: DateBasis;
  /** Used instead of naturalBasis when that date field is not mapped (satisfaction). */
  fallbackBasis?: DateBasis;
  /** The aggregate over one month × group of orders, as parts (aggregate.ts compiles it to SQL). */
  aggregate: KpiAggregate;
  /** The facts the aggregate, population and hit read (fields they read are in `needs`). */
  uses: readonly OrderFactName[];
  /** The orders behind the number (the "click a cell" list); null = every order of the cell. */
  population: string | null;
  /** Among those, the orders the numerator counts (shown highlighted); null = none singled out. */
  hit: string | null;
}

const rate = (numerator: string, denominator: string): KpiAggregate => ({ kind: 'ratio', numerator: { where: numerator }, denominator: { where: denominator } });
const count = (where: string): KpiAggregate => ({ kind: 'count', count: { where } });
const quantile = (value: string, level: number): KpiAggregate => ({ kind: 'quantile', value, level });
const EVERY: OrderCount = { every: true };

const ENTRIES: KpiDefinition[] = [
  {
    key: 'orders',
    label: { en: 'Orders', zh: '订单数' },
    unit: 'count',
    direction: 'higher',
    needs: [],
    naturalBasis: 'created',
    aggregate: { kind: 'count', count: EVERY },
    uses: [],
    population: null,
    hit: null,
  },
  {
    key: 'revenue',
    label: { en: 'Revenue', zh: '销售额' },
    unit: 'currency',
    direction: 'higher',
    needs: ['amount'],
    naturalBasis: 'created',
    aggregate: { kind: 'sum', value: '"amount"' },
    uses: [],
    population: '"amount" IS NOT NULL',
    hit: null,
  },
  {
    key: 'completed',
    label: { en: 'Completed', zh: '已完成' },
    unit: 'count',
    direction: 'higher',
    needs: ['delivered'],
    naturalBasis: 'delivered',
    aggregate: count('is_delivered'),
    uses: ['is_delivered'],
    population: 'is_delivered',
    hit: null,
  },
  {
    key: 'completion_rate',
    label: { en: 'Completion rate', zh: '完成率' },
    unit: 'rate',
    direction: 'higher',
    needs: ['due', 'delivered'],
    naturalBasis: 'due',
    aggregate: rate('is_delivered_with_due', 'is_due_counted'),
    uses: ['is_delivered_with_due', 'is_due_counted'],
    population: 'is_due_counted',
    hit: 'is_delivered_with_due',
  },
  {
    key: 'on_time_rate',
    label: { en: 'On-time rate', zh: '准时率' },
    unit: 'rate',
    direction: 'higher',
    needs: ['due', 'delivered'],
    naturalBasis: 'due',
    aggregate: rate('is_on_time', 'is_due_counted'),
    uses: ['is_on_time', 'is_due_counted'],
    population: 'is_due_counted',
    hit: 'is_on_time',
  },
  {
    key: 'overdue_open',
    label: { en: 'Overdue open', zh: '逾期未交' },
    unit: 'count',
    direction: 'lower',
    needs: ['due', 'delivered'],
    naturalBasis: 'due',
    aggregate: count('is_open_past_due'),
    uses: ['is_open_past_due'],
    population: 'is_open_past_due',
    hit: null,
  },
  {
    key: 'error_rate',
    label: { en: 'Error rate', zh: '差错率' },
    unit: 'rate',
    direction: 'lower',
    needs: ['delivered', 'errors'],
    naturalBasis: 'delivered',
    aggregate: rate('has_errors', 'is_delivered'),
    uses: ['has_errors', 'is_delivered'],
    population: 'is_delivered',
    hit: 'has_errors',
  },
  {
    key: 'satisfaction',
    label: { en: 'Satisfaction', zh: '满意度' },
    unit: 'score',
    direction: 'higher',
    needs: ['satisfaction'],
    naturalBasis: 'delivered',
    fallbackBasis: 'created',
    aggregate: { kind: 'average', value: '"satisfaction"' },
    uses: [],
    population: '"satisfaction" IS NOT NULL',
    hit: null,
  },
  {
    key: 'cycle_days_avg',
    label: { en: 'Average cycle (days)', zh: '平均周期(天)' },
    unit: 'days',
    direction: 'lower',
    needs: ['delivered'],
    naturalBasis: 'delivered',
    aggregate: { kind: 'average', value: 'cycle_days' },
    uses: ['cycle_days'],
    population: 'cycle_days IS NOT NULL',
    hit: null,
  },
  {
    key: 'cycle_days_p50',
    label: { en: 'Cycle median (days)', zh: '周期中位数(天)' },
    unit: 'days',
    direction: 'lower',
    needs: ['delivered'],
    naturalBasis: 'delivered',
    aggregate: quantile('cycle_days', 0.5),
    uses: ['cycle_days'],
    population: 'cycle_days IS NOT NULL',
    hit: null,
  },
  {
    key: 'cycle_days_p90',
    label: { en: 'Cycle P90 (days)', zh: '周期P90(天)' },
    unit: 'days',
    direction: 'lower',
    needs: ['delivered'],
    naturalBasis: 'delivered',
    aggregate: quantile('cycle_days', 0.9),
    uses: ['cycle_days'],
    population: 'cycle_days IS NOT NULL',
    hit: null,
  },
  {
    key: 'response_hours_avg',
    label: { en: 'Average response (hours)', zh: '平均响应时长(小时)' },
    unit: 'hours',
    direction: 'lower',
    needs: ['response_hours'],
    naturalBasis: 'created',
    aggregate: { kind: 'average', value: '"response_hours"' },
    uses: [],
    population: '"response_hours" IS NOT NULL',
    hit: null,
  },
  {
    key: 'response_hours_p90',
    label: { en: 'Response P90 (hours)', zh: '响应时长P90(小时)' },
    unit: 'hours',
    direction: 'lower',
    needs: ['response_hours'],
    naturalBasis: 'created',
    aggregate: quantile('"response_hours"', 0.9),
    uses: [],
    population: '"response_hours" IS NOT NULL',
    hit: null,
  },
  {
    key: 'resolution_rate',
    label: { en: 'Resolution rate', zh: '解决率' },
    unit: 'rate',
    direction: 'higher',
    needs: ['resolved'],
    naturalBasis: 'created',
    aggregate: { kind: 'ratio', numerator: { where: '"resolved"' }, denominator: { withValue: '"resolved"' } },
    uses: [],
    population: '"resolved" IS NOT NULL',
    hit: '"resolved"',
  },
  {
    key: 'complaint_rate',
    label: { en: 'Complaint rate', zh: '投诉率' },
    unit: 'rate',
    direction: 'lower',
    needs: ['complaint'],
    naturalBasis: 'created',
    // A blank complaint cell counts as no complaint: the denominator is every order.
    aggregate: { kind: 'ratio', numerator: { where: '"complaint"' }, denominator: EVERY },
    uses: [],
    population: null,
    hit: '"complaint"',
  },
];

/** The catalog, keyed by KPI. */
export const KPI_CATALOG: Readonly<Record<KpiKey, KpiDefinition>> = Object.fromEntries(ENTRIES.map((entry) => [entry.key, entry])) as Record<KpiKey, KpiDefinition>;

/** Catalog entries in display order (KPI_KEYS). */
export const KPI_DEFINITIONS: readonly KpiDefinition[] = KPI_KEYS.map((key) => KPI_CATALOG[key]);

export function kpiDefinition(key: KpiKey): KpiDefinition {
  return KPI_CATALOG[key];
}

/** The KPI's label in the reader's language. */
export function kpiLabel(key: KpiKey, lang: 'en' | 'zh'): string {
  return KPI_CATALOG[key].label[lang];
}

/** Fields the KPI needs that are not mapped (empty = the KPI can be computed). */
export function missingFields(key: KpiKey, fieldsPresent: readonly OrderField[]): OrderField[] {
  return KPI_CATALOG[key].needs.filter((field) => !fieldsPresent.includes(field));
}

/** The date a KPI is bucketed on under basis=natural, given the mapped fields. */
export function naturalBasisOf(key: KpiKey, fieldsPresent: readonly OrderField[]): DateBasis {
  const { naturalBasis, fallbackBasis } = KPI_CATALOG[key];
  return fallbackBasis && !fieldsPresent.includes(naturalBasis) ? fallbackBasis : naturalBasis;
}

/** Counts are 0 (not null) on a row that has no orders for them: nothing was counted. */
export function isZeroWhenEmpty(key: KpiKey): boolean {
  return KPI_CATALOG[key].unit === 'count';
}
