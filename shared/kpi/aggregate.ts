import type { SqlDialect } from './dialect';

/**
 * A KPI's aggregate over one month × group of orders, as data: the SQL compiler, the review
 * window's rate bases and the dashboard's cube all read these parts, none of them parses SQL.
 * Values and conditions are SQL over ORDER_FACTS names and quoted fields.
 */

/** The orders a count counts: every order, those a condition holds for, or those with a value. */
export type OrderCount = { every: true } | { where: string } | { withValue: string };

export type KpiAggregate =
  | { kind: 'count'; count: OrderCount }
  /** Σ value; no value at all gives null. */
  | { kind: 'sum'; value: string }
  | { kind: 'average'; value: string }
  /** A count over a count (rates); a denominator of 0 gives null. */
  | { kind: 'ratio'; numerator: OrderCount; denominator: OrderCount }
  /** Linearly interpolated quantile of value at level (0…1), NULLs left out. */
  | { kind: 'quantile'; value: string; level: number };

export function countSql(count: OrderCount): string {
  if ('where' in count) return `count(*) FILTER (WHERE ${count.where})`;
  if ('withValue' in count) return `count(${count.withValue})`;
  return 'count(*)';
}

/**
 * The SQL of one aggregate. `levels` = every quantile level the same GROUP BY asks of this
 * aggregate's value (see aggregatesSql): the dialect may compute them in one pass.
 */
export function aggregateSql(aggregate: KpiAggregate, dialect: SqlDialect, levels: readonly number[] = []): string {
  switch (aggregate.kind) {
    case 'count':
      return countSql(aggregate.count);
    case 'sum':
      return `sum(${aggregate.value})`;
    case 'average':
      return `avg(${aggregate.value})`;
    case 'ratio':
      return dialect.ratio(countSql(aggregate.numerator), `nullif(${countSql(aggregate.denominator)}, 0)`);
    case 'quantile':
      return levels.length > 1
        ? dialect.quantileAmong(aggregate.value, levels.map(String), levels.indexOf(aggregate.level))
        : dialect.quantile(aggregate.value, String(aggregate.level));
  }
}

/** The SQL of the aggregates of one GROUP BY, quantiles of the same value asked together. */
export function aggregatesSql(aggregates: readonly KpiAggregate[], dialect: SqlDialect): string[] {
  const levels = new Map<string, number[]>();
  for (const a of aggregates) if (a.kind === 'quantile') levels.set(a.value, [...(levels.get(a.value) ?? []), a.level]);
  return aggregates.map((a) => aggregateSql(a, dialect, a.kind === 'quantile' ? levels.get(a.value) : []));
}
