/** The KPI area: the catalog (data), its SQL compiler, targets, and the plain reference. */
export {
  KPI_KEYS,
  PERIOD_BASES,
  GROUPINGS,
  isKpiKey,
  type KpiKey,
  type PeriodBasis,
  type Grouping,
  type KpiRow,
  type TargetCheck,
  type KpiRowWithTargets,
} from './keys';
export {
  KPI_CATALOG,
  KPI_DEFINITIONS,
  KPI_UNITS,
  KPI_DIRECTIONS,
  DATE_BASES,
  kpiDefinition,
  kpiLabel,
  missingFields,
  naturalBasisOf,
  isZeroWhenEmpty,
  type KpiDefinition,
  type KpiUnit,
  type KpiDirection,
  type DateBasis,
} from './catalog';
export { aggregateSql, aggregatesSql, countSql, type KpiAggregate, type OrderCount } from './aggregate';
export { ORDER_FACTS, type OrderFactName } from './facts';
export {
  FILTER_FIELDS,
  MONTH_ALL,
  planKpiQuery,
  isIsoDate,
  isIsoMonth,
  type FilterField,
  type KpiFilters,
  type KpiQuery,
  type KpiQueryOptions,
  type DaysWindow,
  type AbsentKpi,
  type KpiPlan,
} from './options';
export { compileKpiQuery, kpiSql, type CompiledKpiQuery } from './compile';
export { hasRateBase, hitColumn, ofColumn, OPEN_AHEAD } from './window-columns';
export { compileOrdersBehindQuery, type KpiCell, type OrdersBehindQuery } from './orders-behind';
export { compileCancelledQuery } from './cancelled';
export { sqlString, basisWhere, factColumns } from './sql-parts';
export {
  targetFor,
  actualFor,
  normaliseTarget,
  isTargetMet,
  attainment,
  attachTargets,
  scopeOfRow,
  ATTAINMENT_MAX,
  type TargetScope,
} from './targets';
export { referenceKpiRows, quantileCont } from './reference';
export { wallClockMs, wallClockText, plainOrdersOf, type PlainOrder } from './plain-order';
export { DUCKDB_DIALECT, POSTGRES_DIALECT, SQL_DIALECTS, type SqlDialect } from './dialect';
