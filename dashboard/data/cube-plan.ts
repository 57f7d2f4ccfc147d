import { basisWhere, countSql, factColumns, KPI_CATALOG, planKpiQuery, type DateBasis, type KpiAggregate, type KpiKey, type OrderFactName, type PeriodBasis } from '../../shared/kpi/index';
import { quoteIdentifier } from '../../shared/engine/index';
import type { OrderField } from '../../shared/schema/index';

/**
 * The KPI cube: every KPI of the catalog broken into parts that add up across
 * (month × owner × team) cells, so a filter change is a sum over a few hundred cells instead of
 * a scan of a million orders. The parts are the catalog's own aggregates (shared/kpi/aggregate.ts):
 * counts add up, a sum or an average is Σx and n, a rate is two counts, a quantile keeps each
 * cell's values. Every form of aggregate has its parts, so the cube answers every KPI.
 */
/** One KPI in the cube: which basis it sits on and where its parts are in the cell columns. */
export interface CubeKpi {
  kpi: KpiKey;
  basis: DateBasis;
  aggregate: KpiAggregate;
  /** Indexes into the basis's number columns (count, or Σx and n, or numerator and denominator). */
  columns: number[];
  /** Index into the basis's list columns (quantiles). */
  list: number;
}

export interface CubeBasisSql {
  basis: DateBasis;
  /** Rows: m ("YYYY-MM"), o (owner), t (team), c0…cN numbers, l0…lN lists of values (unsorted). */
  sql: string;
  numberColumns: number;
  listColumns: number;
}

export interface CubePlan {
  kpis: CubeKpi[];
  bases: CubeBasisSql[];
}

export interface CubeQuestion {
  fieldsPresent: readonly OrderField[];
  basis: PeriodBasis;
  asOf: string;
}

/**
 * The SQL of the cube for one basis option and as-of date: one scan per date basis in use,
 * grouped by month, owner and team. Null when the options do not plan (a basis whose date is
 * not mapped): the caller asks the KPI query, which says why.
 */
export function planCube(question: CubeQuestion): CubePlan | null {
  const { value: plan } = planKpiQuery({ ...question, group: 'none' });
  if (!plan) return null;
  const kpis: CubeKpi[] = [];
  const perBasis = new Map<DateBasis, { numbers: string[]; lists: string[]; facts: Set<OrderFactName> }>();
  for (const { kpi, basis } of plan.computed) {
    const { aggregate, uses } = KPI_CATALOG[kpi];
    let slot = perBasis.get(basis);
    if (!slot) perBasis.set(basis, (slot = { numbers: [], lists: [], facts: new Set() }));
    for (const fact of uses) slot.facts.add(fact);
    const add = (sql: string) => slot.numbers.push(sql) - 1;
    const entry: CubeKpi = { kpi, basis, aggregate, columns: [], list: -1 };
    switch (aggregate.kind) {
      case 'count':
        entry.columns = [add(countSql(aggregate.count))];
        break;
      case 'sum':
      case 'average':
        entry.columns = [add(`sum(${aggregate.value})`), add(`count(${aggregate.value})`)];
        break;
      case 'ratio':
        entry.columns = [add(countSql(aggregate.numerator)), add(countSql(aggregate.denominator))];
        break;
      case 'quantile': {
        // Unordered: the cube sorts each cell's values itself, several times faster than
        // DuckDB's ordered aggregate; P50 and P90 of the same value share one list.
        const list = `list(CAST(${aggregate.value} AS DOUBLE)) FILTER (WHERE ${aggregate.value} IS NOT NULL)`;
        const known = slot.lists.indexOf(list);
        entry.list = known >= 0 ? known : slot.lists.push(list) - 1;
        break;
      }
    }
    kpis.push(entry);
  }
  const has = (field: OrderField) => question.fieldsPresent.includes(field);
  const owner = has('owner') ? quoteIdentifier('owner') : 'CAST(NULL AS VARCHAR)';
  const team = has('team') ? quoteIdentifier('team') : 'CAST(NULL AS VARCHAR)';
  const bases = [...perBasis].map(([basis, slot]): CubeBasisSql => {
    const columns = [
      `date_trunc('month', ${quoteIdentifier(basis)}) AS m`,
      `${owner} AS o`,
      `${team} AS t`,
      ...slot.numbers.map((sql, i) => `CAST(${sql} AS DOUBLE) AS c${i}`),
      ...slot.lists.map((sql, i) => `${sql} AS l${i}`),
    ];
    const inner = ['*', ...factColumns(plan, slot.facts)];
    // Grouped on the month's date and formatted after: grouping on the text was slower.
    const sql = [
      `SELECT * REPLACE (strftime(m, '%Y-%m') AS m) FROM (`,
      `SELECT ${columns.join(',\n  ')}`,
      `FROM (SELECT ${inner.join(', ')} FROM ${quoteIdentifier(plan.table)} WHERE ${basisWhere(plan, basis).join(' AND ')})`,
      'GROUP BY ALL)',
    ].join('\n');
    return { basis, sql, numberColumns: slot.numbers.length, listColumns: slot.lists.length };
  });
  return { kpis, bases };
}
