import type { Engine } from '../engine/engine';
import type { Issue } from '../schema/issues';
import type { SheetData, WorkbookData } from '../schema/workbook';
import type { TargetRow } from '../schema/targets';
import { detectSheets, findHeaderRow, mapOrderHeaders, mappingIssues, type DetectedSheets } from '../mapping/index';
import { ingestOrders, ingestTargets } from '../ingest/index';
import { cancelledCount, distinctTexts, monthsIn, teamOfOwners } from './data-facts';
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
  const found = findHeaderRow(sheet.values, sheet.merges, { sheet: sheet.name, origin: sheet.origin });
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
function chooseKpiSheet(
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
  const issues: Issue[] = [];
  const fail = (issue?: Issue) => ({ value: null, issues: issue ? [...issues, issue] : issues });

  progress('detect', 0);
  if (workbook.sheets.length === 0) return fail(sheetIssue('', 'error', 'pipelineNoSheets'));
  const detected = detectSheets(workbook);
  const chosen = chooseOrdersSheet(workbook, detected, opts.ordersSheet);
  if ('code' in chosen) return fail(chosen);
  const { sheet } = chosen;

  // Check the required fields and the user's overrides before parsing a single cell, so the
  // message can list the headers the user actually has.
  const mappingErrors = mappingIssues(mapOrderHeaders(chosen.headers, opts.overrides), sheet.name, chosen.headers);
  if (mappingErrors.length > 0) return { value: null, issues: [...issues, ...mappingErrors] };

  // A KPI sheet the user named must exist; a detected one is optional.
  const targetsBook = opts.targetsWorkbook ?? workbook;
  const targetsDetected = opts.targetsWorkbook ? detectSheets(opts.targetsWorkbook) : detected;
  const kpiSheet = chooseKpiSheet(targetsBook, targetsDetected, opts.kpiSheet, opts.targetsWorkbook ? null : sheet.name);
  if (kpiSheet && 'code' in kpiSheet && kpiSheet.severity === 'error') return fail(kpiSheet);

  progress('ingest', 0.05);
  const ingested = ingestOrders(sheet, { date1904: workbook.date1904, overrides: opts.overrides, headerRow: chosen.headerRow });
  issues.push(...ingested.issues);
  if (!ingested.value) {
    const hasError = ingested.issues.some((i) => i.severity === 'error');
    return fail(hasError ? undefined : sheetIssue(sheet.name, 'error', 'pipelineNoOrdersSheet', { sheets: sheetList(workbook) }));
  }
  const orders = ingested.value;

  progress('load', 0.6);
  await engine.loadTable('orders', orders.table);

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
  opts.onTablesLoaded?.(orders.fieldsPresent);

  const value: LoadedData = {
    ordersSheet: sheet.name,
    kpiSheet: kpiSheet && !('code' in kpiSheet) ? kpiSheet.name : null,
    mapping: orders.mapping,
    fieldsPresent: orders.fieldsPresent,
    satisfactionScale: orders.satisfactionScale,
    targets,
    months: monthsIn(orders.table),
    teams: distinctTexts(orders.table, 'team'),
    owners: distinctTexts(orders.table, 'owner'),
    teamOf: teamOfOwners(orders.table),
    rowCount: orders.rowCount,
    cancelledCount: cancelledCount(orders.table),
    headers: chosen.headers,
  };
  progress('done', 1);
  return { value, issues };
}
