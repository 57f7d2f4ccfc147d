export { loadWorkbook, planOrders, loadIngestedOrders, type OrdersPlan } from './load-workbook';
export { readOrderFacts, readCancelledCount, type OrderFacts } from './order-facts';
export { computeKpis, toKpiRow } from './compute-kpis';
export { buildReport, reportIssue, mappingHeaders, type ReportJson, type ReportRow, type ReportIssue, type ReportQuestion } from './build-report';
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
