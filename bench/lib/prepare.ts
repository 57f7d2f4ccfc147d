import { DEMO_AS_OF, ORDER_SHEET_NAME, generateOrderCells } from '../../shared/demo/index';
import { ingestOrders } from '../../shared/ingest/index';
import { compileKpiQuery } from '../../shared/kpi/index';
import type { BenchInput } from './types';

/**
 * Generates `rows` orders and ingests them once (this is also the ingest warm-up), then
 * compiles the KPI SQL: all monthly KPIs by owner, natural period basis, as of the demo's end.
 */
export function prepareInput(rows: number): BenchInput {
  const sheet = { name: ORDER_SHEET_NAME, values: generateOrderCells(rows) };
  const ingested = ingestOrders(sheet, { date1904: false });
  if (!ingested.value) throw new Error(`bench: ingest failed: ${JSON.stringify(ingested.issues.slice(0, 5))}`);
  const { table, fieldsPresent } = ingested.value;
  const compiled = compileKpiQuery({ fieldsPresent, basis: 'natural', group: 'owner', asOf: DEMO_AS_OF });
  if (!compiled.value) throw new Error(`bench: KPI query did not compile: ${JSON.stringify(compiled.issues)}`);
  return { rows, sheet, asOf: DEMO_AS_OF, table, fieldsPresent, sql: compiled.value.sql };
}
