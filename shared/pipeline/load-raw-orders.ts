import type { Engine } from '../engine/engine';
import { quoteIdentifier } from '../engine/sql-identifier';
import { detectSheets } from '../mapping/index';
import { typeRawOrders } from '../ingest/raw-orders';
import type { CsvLayout } from '../ingest/raw-csv';
import { ORDER_FIELD_KEYS } from '../schema/fields';
import type { Issue } from '../schema/issues';
import type { MergedRange, WorkbookData } from '../schema/workbook';
import { chooseKpiSheet, dateOrderOptions, loadTargetsAndFacts } from './load-workbook';
import type { LoadOptions, LoadedData } from './types';

/*
 * A file's orders typed in SQL (shared/ingest/raw-orders.ts) into the engine's `orders` table,
 * then the targets and the facts as for a workbook's (load-workbook.ts). The raw table is the
 * file as DuckDB's own reader read it (raw-csv-load.ts); only its head and the mapping's sample
 * come to JS.
 */

const TYPED = 'orders__typed';

/**
 * The orders of raw table `raw` (one sheet, `sheetName`) into `orders` and `targets`, the engine
 * locked down. Unusable input gives `value: null` and the error issue that says why, as
 * loadWorkbook does. Targets come from `opts.targetsWorkbook`; a file of orders alone has none.
 */
export async function loadRawOrders(
  engine: Engine,
  raw: string,
  /** A CSV's layout, or a sheet's with its merged areas (raw-sheet.ts). */
  layout: CsvLayout & { merges?: MergedRange[] },
  sheetName: string,
  opts: LoadOptions & { date1904?: boolean } = {},
): Promise<{ value: LoadedData | null; issues: Issue[] }> {
  const progress = opts.onProgress ?? (() => undefined);
  progress('ingest', 0.05);
  const typed = await typeRawOrders(engine, raw, TYPED, layout, sheetName, { date1904: opts.date1904 ?? false, overrides: opts.overrides, ...dateOrderOptions(opts) });
  const issues = [...typed.issues];
  const fail = (issue: Issue) => ({ value: null, issues: [issue, ...issues] });
  if (!typed.value) {
    if (issues.some((i) => i.severity === 'error')) return { value: null, issues };
    return fail({ sheet: sheetName, cell: '', severity: 'error', code: 'pipelineNoOrdersSheet', params: { sheets: sheetName } });
  }
  const orders = typed.value;
  if (orders.createdUnreadable) return fail({ sheet: sheetName, cell: '', severity: 'error', code: 'createdDatesUnreadable', params: { ...orders.createdUnreadable } });

  progress('load', 0.6);
  // The typed table already has the orders table's types and row order: renamed, not copied.
  await engine.query(`DROP TABLE IF EXISTS "orders"`);
  await engine.query(`ALTER TABLE ${quoteIdentifier(TYPED)} DROP COLUMN "_rec"`);
  await engine.query(`ALTER TABLE ${quoteIdentifier(TYPED)} RENAME TO "orders"`);

  // The KPI sheet: of the targets workbook, or (none found) of this one-sheet file, as loadWorkbook chooses it.
  const own: WorkbookData = { sheets: [{ name: sheetName, values: layout.head, merges: [] }], date1904: opts.date1904 ?? false };
  const targetsBook = opts.targetsWorkbook ?? own;
  const kpiSheet = chooseKpiSheet(targetsBook, detectSheets(targetsBook), opts.kpiSheet, opts.targetsWorkbook ? null : sheetName);
  if (kpiSheet && 'code' in kpiSheet && kpiSheet.severity === 'error') return fail(kpiSheet);
  const fieldsPresent = ORDER_FIELD_KEYS.filter((f) => orders.mapping[f] !== undefined);
  const known = { ordersSheet: sheetName, mapping: orders.mapping, fieldsPresent, satisfactionScale: orders.satisfactionScale, orderCount: orders.orderCount, ordersAcrossGroups: orders.ordersAcrossGroups, headers: orders.headers };
  const loaded = await loadTargetsAndFacts(engine, known, kpiSheet, targetsBook, opts);
  return { value: loaded.value, issues: [...issues, ...loaded.issues] };
}
