import { basisWhere, factColumns, KPI_CATALOG, planKpiQuery, type DateBasis, type KpiKey, type OrderFactName, type PeriodBasis } from '../../shared/kpi/index';
import { quoteIdentifier } from '../../shared/engine/index';
import type { OrderField } from '../../shared/schema/index';

/**
 * The KPI cube: every KPI of the catalog broken into parts that add up across
 * (month × owner × team) cells, so a filter change is a sum over a few hundred cells instead of
 * a scan of a million orders. The parts are read from the catalog's own SQL aggregates, so the
 * cube follows the catalog; an aggregate of a form not listed here makes the cube decline and
 * the dashboard asks DuckDB instead (same numbers, slower).
 */
export type KpiParts =
  /** A count: the cell values add up; an empty scope counts 0. */
  | { kind: 'count'; count: string }
  /** sum(x): null when no x at all. */
  | { kind: 'sum'; expr: string }
  /** avg(x) = Σx ÷ n. */
  | { kind: 'mean'; expr: string }
  /** A count over a count (rates). */
  | { kind: 'ratio'; numerator: string; denominator: string }
  /** quantile_cont(x, q): kept as each cell's sorted values. */
  | { kind: 'quantile'; expr: string; q: number };

const QUANTILE = /^quantile_cont\((.+), (\d*\.?\d+)\)$/;
const SUM = /^sum\((.+)\)$/;
const AVG = /^avg\((.+)\)$/;
const isCount = (sql: string) => sql.startsWith('count(') && !sql.includes(' / ');

/** The additive parts of one catalog aggregate, or null when it has another form. */
export function kpiParts(aggregate: string): KpiParts | null {
  const sql = aggregate.trim();
  const quantile = QUANTILE.exec(sql);
  if (quantile) return { kind: 'quantile', expr: quantile[1], q: Number(quantile[2]) };
  const split = sql.split(' / nullif(');
  if (split.length === 2 && split[1].endsWith(', 0)')) {
    const [numerator, rest] = [split[0], split[1].slice(0, -', 0)'.length)];
    return isCount(numerator) && isCount(rest) ? { kind: 'ratio', numerator, denominator: rest } : null;
  }
  if (isCount(sql)) return { kind: 'count', count: sql };
  const sum = SUM.exec(sql);
  if (sum) return { kind: 'sum', expr: sum[1] };
  const avg = AVG.exec(sql);
  if (avg) return { kind: 'mean', expr: avg[1] };
  return null;
}

/** One KPI in the cube: which basis it sits on and where its parts are in the cell columns. */
export interface CubeKpi {
  kpi: KpiKey;
  basis: DateBasis;
  parts: KpiParts;
  /** Indexes into the basis's number columns (count, or sum+n, or numerator+denominator). */
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
 * grouped by month, owner and team. Null when a KPI's aggregate has no additive form or the
 * options do not plan (the caller falls back to the KPI query).
 */
export function planCube(question: CubeQuestion): CubePlan | null {
  const { value: plan } = planKpiQuery({ ...question, group: 'none' });
  if (!plan) return null;
  const kpis: CubeKpi[] = [];
  const perBasis = new Map<DateBasis, { numbers: string[]; lists: string[]; facts: Set<OrderFactName> }>();
  for (const { kpi, basis } of plan.computed) {
    const definition = KPI_CATALOG[kpi];
    const parts = kpiParts(definition.aggregate);
    if (!parts) return null;
    let slot = perBasis.get(basis);
    if (!slot) perBasis.set(basis, (slot = { numbers: [], lists: [], facts: new Set() }));
    for (const fact of definition.uses) slot.facts.add(fact);
    const add = (sql: string) => slot.numbers.push(sql) - 1;
    const entry: CubeKpi = { kpi, basis, parts, columns: [], list: -1 };
    switch (parts.kind) {
      case 'count':
        entry.columns = [add(parts.count)];
        break;
      case 'sum':
      case 'mean':
        entry.columns = [add(`sum(${parts.expr})`), add(`count(${parts.expr})`)];
        break;
      case 'ratio':
        entry.columns = [add(parts.numerator), add(parts.denominator)];
        break;
      case 'quantile': {
        // Unordered: the cube sorts each cell's values itself, several times faster than
        // DuckDB's ordered aggregate; P50 and P90 of the same value share one list.
        const list = `list(CAST(${parts.expr} AS DOUBLE)) FILTER (WHERE ${parts.expr} IS NOT NULL)`;
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
