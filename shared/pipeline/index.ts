export { loadWorkbook, planOrders, loadIngestedOrders, orderFacts, joinFacts, type OrdersPlan, type OrderFacts, type OrdersInParts } from './load-workbook';
export { computeKpis, toKpiRow } from './compute-kpis';
export {
  loadCsvInHalves,
  parseHalf,
  ingestSecondHalf,
  joinSecondHalf,
  type SecondHalf,
  type SecondHalfReader,
  type SecondHalfSetup,
  type HalvesResult,
} from './orders-in-halves';
export { buildReport, reportIssue, mappingHeaders, type ReportJson, type ReportRow, type ReportIssue, type ReportQuestion } from './build-report';
export { cancelledCount, distinctTexts, monthOf, monthsIn, teamOfOwners } from './data-facts';
export { targetsTable } from './targets-table';
export type {
  HeaderOverrides,
  KpiQuery,
  KpiResult,
  LoadOptions,
  LoadPhase,
  LoadedData,
  OrderMapping,
} from './types';
// The KPI types a pipeline user meets, given here too (the same symbols as shared/kpi's).
export type { AbsentKpi, KpiFilters } from '../kpi/index';
