import type { Engine } from '../engine/engine';
import type { Issue } from '../schema/issues';
import type { SheetData, WorkbookData } from '../schema/workbook';
import type { TargetRow } from '../schema/targets';
import { detectSheets, findHeaderRow, mapOrderHeaders, mappingIssues, relativeMerges, sampleColumns, type ColumnSample, type DetectedSheets } from '../mapping/index';
import type { IngestedOrders } from '../ingest/index';
import { dateOrderOfLocale, ingestOrders, ingestTargets, type IngestOrdersOptions } from '../ingest/index';
import { DUCKDB_DIALECT } from '../kpi/dialect';
import { readCancelledCount, readOrderFacts } from './order-facts';
import { targetsTable } from './targets-table';
import type { LoadOptions, LoadedData } from './types';

const sheetIssue = (sheet: string, severity: Issue['severity'], code: string, params: Issue['params'] = {}): Issue => ({
  sheet,
  cell: '',
  severity,
  code,
  params,
});

const sheetList = (wb: WorkbookData) => wb.sheets.map((s) => s.name).join(', ');

interface ChosenSheet {
  sheet: SheetData;
  /** Zero-based header row, and the headers as the mapping reads them (merged, deduplicated). */
  headerRow: number;
  headers: string[];
}

function headerRowOf(sheet: SheetData): { headerRow: number; headers: string[] } | null {
  const found = findHeaderRow(sheet.values, relativeMerges(sheet.merges, sheet.origin ?? { row: 0, col: 0 }), { sheet: sheet.name, origin: sheet.origin });
  return found && { headerRow: found.row, headers: found.headers };
}

/**
 * The orders sheet the user named, or the best detected one. When no sheet has both an order
 * id and a created date, the sheet that looks most like orders is taken anyway, so the user is
 * told which fields it lacks rather than "no orders sheet".
 */
function chooseOrdersSheet(workbook: WorkbookData, detected: DetectedSheets, name: string | undefined): ChosenSheet | Issue {
  const byName = (n: string) => workbook.sheets.find((s) => s.name === n);
  if (name !== undefined) {
    const sheet = byName(name);
    if (!sheet) return sheetIssue(name, 'error', 'pipelineSheetNotFound', { name, sheets: sheetList(workbook) });
    const header = headerRowOf(sheet);
    if (!header) return sheetIssue(name, 'error', 'pipelineNoHeaderRow', { name });
    return { sheet, ...header };
  }
  if (detected.orders) {
    const { sheet, headerRow, headers } = detected.orders;
    return { sheet: byName(sheet)!, headerRow, headers };
  }
  let best: (ChosenSheet & { fields: number }) | null = null;
  for (const sheet of workbook.sheets) {
    if (sheet.name === detected.kpi?.sheet) continue;
    const header = headerRowOf(sheet);
    if (!header) continue;
    const fields = Object.keys(mapOrderHeaders(header.headers).mapping).length;
    if (!best || fields > best.fields) best = { sheet, ...header, fields };
  }
  return best ?? sheetIssue('', 'error', 'pipelineNoOrdersSheet', { sheets: sheetList(workbook) });
}

/** The KPI sheet: named, detected, or none (with an info issue when nothing was found). */
export function chooseKpiSheet(
  workbook: WorkbookData,
  detected: DetectedSheets,
  name: string | null | undefined,
  ordersSheet: string | null,
): SheetData | Issue | null {
  if (name === null) return null;
  if (name !== undefined) {
    const sheet = workbook.sheets.find((s) => s.name === name);
    return sheet ?? sheetIssue(name, 'error', 'pipelineSheetNotFound', { name, sheets: sheetList(workbook) });
  }
  const kpi = detected.kpi;
  const sheet = kpi && kpi.sheet !== ordersSheet ? workbook.sheets.find((s) => s.name === kpi.sheet) : undefined;
  return sheet ?? sheetIssue('', 'info', 'pipelineNoKpiSheet', { sheets: sheetList(workbook) });
}

/** What loading the orders needs once the sheets are chosen and the mapping checked. */
export interface OrdersPlan {
  sheet: SheetData;
  /** Zero-based header row and the headers as the mapping reads them. */
  headerRow: number;
  headers: string[];
  /** The cells the mapping judged the columns by: ingest maps with the same (every part of a file alike). */
  sample: ColumnSample;
  kpiSheet: SheetData | Issue | null;
  targetsBook: WorkbookData;
}

/**
 * Find the orders and KPI sheets and check the mapping, before parsing a single cell: the
 * plan, or null with the error issue that says what is missing and which headers were found.
 */
export function planOrders(workbook: WorkbookData, opts: LoadOptions = {}): { plan: OrdersPlan | null; issues: Issue[] } {
  const fail = (issue: Issue) => ({ plan: null, issues: [issue] });
  if (workbook.sheets.length === 0) return fail(sheetIssue('', 'error', 'pipelineNoSheets'));
  const detected = detectSheets(workbook);
  const chosen = chooseOrdersSheet(workbook, detected, opts.ordersSheet);
  if ('code' in chosen) return fail(chosen);
  const { sheet } = chosen;

  // Check the required fields and the user's overrides before parsing a single cell, so the
  // message can list the headers the user actually has (and say which column's contents did
  // not fit a required field).
  const sample = sampleColumns(sheet.values, chosen.headerRow, chosen.headers.length);
  const mapped = mapOrderHeaders(chosen.headers, opts.overrides, sample);
  const mappingErrors = mappingIssues(mapped, sheet.name, chosen.headers, { headerRow: chosen.headerRow, origin: sheet.origin });
  if (mappingErrors.some((i) => i.severity === 'error')) return { plan: null, issues: mappingErrors };

  // A KPI sheet the user named must exist; a detected one is optional.
  const targetsBook = opts.targetsWorkbook ?? workbook;
  const targetsDetected = opts.targetsWorkbook ? detectSheets(opts.targetsWorkbook) : detected;
  const kpiSheet = chooseKpiSheet(targetsBook, targetsDetected, opts.kpiSheet, opts.targetsWorkbook ? null : sheet.name);
  if (kpiSheet && 'code' in kpiSheet && kpiSheet.severity === 'error') return fail(kpiSheet);
  return { plan: { sheet, headerRow: chosen.headerRow, headers: chosen.headers, sample, kpiSheet, targetsBook }, issues: [] };
}

/** The date orders of LoadOptions as ingest takes them: the stated one, and the locale's. */
export function dateOrderOptions(opts: LoadOptions): Pick<IngestOrdersOptions, 'dateOrder' | 'localeDateOrder'> {
  return { dateOrder: opts.dateOrder, localeDateOrder: dateOrderOfLocale(opts.locale) ?? undefined };
}

/** What the front ends know of the orders, whichever way they were typed (JS columns or SQL). */
export interface OrdersKnown {
  ordersSheet: string;
  mapping: LoadedData['mapping'];
  fieldsPresent: LoadedData['fieldsPresent'];
  satisfactionScale: LoadedData['satisfactionScale'];
  orderCount: number;
  ordersAcrossGroups: number;
  headers: string[];
}

/**
 * Once `orders` is in the engine: `targets` from the KPI sheet, the engine locked down, and
 * what a front end needs to know about the data (counted by the engine).
 */
export async function loadTargetsAndFacts(
  engine: Engine,
  known: OrdersKnown,
  kpiSheet: OrdersPlan['kpiSheet'],
  targetsBook: WorkbookData,
  opts: LoadOptions = {},
): Promise<{ value: LoadedData; issues: Issue[] }> {
  const progress = opts.onProgress ?? (() => undefined);
  const issues: Issue[] = [];
  progress('targets', 0.85);
  let targets: TargetRow[] = [];
  if (kpiSheet && 'code' in kpiSheet) issues.push(kpiSheet);
  else if (kpiSheet) {
    const read = ingestTargets(kpiSheet, { date1904: targetsBook.date1904 });
    issues.push(...read.issues);
    targets = read.value;
  }
  await engine.loadTable('targets', targetsTable(targets));
  await engine.lockDown();
  opts.onTablesLoaded?.(known.fieldsPresent);

  const run = async (sql: string) => (await engine.query(sql)).rows;
  const facts = await readOrderFacts(run, DUCKDB_DIALECT);
  const value: LoadedData = {
    ordersSheet: known.ordersSheet,
    kpiSheet: kpiSheet && !('code' in kpiSheet) ? kpiSheet.name : null,
    mapping: known.mapping,
    fieldsPresent: known.fieldsPresent,
    satisfactionScale: known.satisfactionScale,
    targets,
    months: facts.months,
    teams: facts.teams,
    owners: facts.owners,
    teamOf: facts.teamOf,
    rowCount: known.orderCount,
    ordersAcrossGroups: known.ordersAcrossGroups > 0,
    cancelledCount: await readCancelledCount(run),
    headers: known.headers,
  };
  progress('done', 1);
  return { value, issues };
}

/**
 * Ingested orders into the engine (`orders`, then `targets` from the plan's KPI sheet), the
 * engine locked down, and what a front end needs to know about them (counted by the engine).
 */
export async function loadIngestedOrders(
  engine: Engine,
  plan: OrdersPlan,
  orders: IngestedOrders,
  opts: LoadOptions = {},
): Promise<{ value: LoadedData; issues: Issue[] }> {
  (opts.onProgress ?? (() => undefined))('load', 0.6);
  await engine.loadTable('orders', orders.table);
  const known: OrdersKnown = { ...orders, ordersSheet: plan.sheet.name, headers: plan.headers };
  return loadTargetsAndFacts(engine, known, plan.kpiSheet, plan.targetsBook, opts);
}

/**
 * Load a workbook into the engine: find the orders and KPI sheets, ingest them into the
 * tables `orders` and `targets`, then lock the engine down (no files or URLs from user SQL).
 * The same steps for the CLI, the add-in and the dashboard. Unusable input (no orders sheet, a
 * required field missing) gives `value: null` and an error issue that says what is missing and
 * which headers were found; everything else is an issue beside a usable result.
 */
export async function loadWorkbook(
  engine: Engine,
  workbook: WorkbookData,
  opts: LoadOptions = {},
): Promise<{ value: LoadedData | null; issues: Issue[] }> {
  const progress = opts.onProgress ?? (() => undefined);
  progress('detect', 0);
  const { plan, issues } = planOrders(workbook, opts);
  if (!plan) return { value: null, issues };
  const { sheet } = plan;

  progress('ingest', 0.05);
  const ingested = ingestOrders(sheet, { date1904: workbook.date1904, overrides: opts.overrides, headerRow: plan.headerRow, sample: plan.sample, ...dateOrderOptions(opts) });
  issues.push(...ingested.issues);
  if (!ingested.value) {
    const hasError = ingested.issues.some((i) => i.severity === 'error');
    if (!hasError) issues.push(sheetIssue(sheet.name, 'error', 'pipelineNoOrdersSheet', { sheets: sheetList(workbook) }));
    return { value: null, issues };
  }
  // Orders none of whose created dates can be read are in no month: the input is unusable.
  const { createdUnreadable } = ingested.value;
  if (createdUnreadable) return { value: null, issues: [sheetIssue(sheet.name, 'error', 'createdDatesUnreadable', { ...createdUnreadable }), ...issues] };
  const loaded = await loadIngestedOrders(engine, plan, ingested.value, opts);
  return { value: loaded.value, issues: [...issues, ...loaded.issues] };
}
