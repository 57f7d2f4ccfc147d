import { HEADER_SCAN_ROWS, findHeaderRow, mapOrderHeaders, mappingIssues, sampleColumns, type ColumnSample, type FieldMatch } from '../mapping/index';
import type { Column, ColumnTable, DateColumn, IntColumn, NumberColumn, TextColumn } from '../schema/columns';
import { ORDER_FIELDS, ORDER_FIELD_KEYS, REQUIRED_ORDER_FIELDS, type OrderField } from '../schema/fields';
import type { Issue } from '../schema/issues';
import type { SheetData } from '../schema/workbook';
import { cancelDateColumn, cancelledColumn, markCancelledByDate } from './cancelled';
import type { ColumnSource } from './column-source';
import { boolFiller, dateFiller, fillColumns, nullColumn, numberFiller, textFiller, type ColumnFiller, type DateFiller, type IdIndex } from './column-builders';
import type { ColumnDateOrder, DateOrder } from './date-order';
import { headerTextsAt, namedHeaders, relativeMerges } from './header-row';
import { IssueSink } from './issue-sink';
import { fillMergedDown } from './merged-data';
import { combineOrderLines } from './order-lines';
import type { SheetShape } from './sheet-shape';
import {
  checkDeliveredBeforeCreated,
  checkNegativeAmounts,
  checkResponseHours,
  checkSatisfactionScale,
  inferSatisfactionScale,
  type SatisfactionScale,
} from './order-checks';
import { isAbsent, selectOrderRows } from './order-rows';
import { isEmptyCell } from './placeholder';
import { scaleStatedInHeader } from './score-text';
import { unmapUnreadableYesNo } from './unreadable-yes-no';

export interface IngestOrdersOptions {
  date1904: boolean;
  /** field → header text, to override detection (CLI --map). */
  overrides?: Partial<Record<OrderField, string>>;
  /** 0-based index into sheet.values of the header row, to skip detection. */
  headerRow?: number;
  /**
   * The header row's texts as already read (with headerRow): no detection and no header
   * issues. For the second half of a file read in two halves (the first half reported them).
   */
  headers?: string[];
  /** Collect issues here (its sheet and origin must be this sheet's) instead of a new sink. */
  sink?: IssueSink;
  /** The order of year-last dates (05/10/2026) in columns whose cells do not decide it (CLI --date-order). */
  dateOrder?: DateOrder;
  /** The user's locale's date order, when none is stated (see date-order.ts). */
  localeDateOrder?: DateOrder;
  /**
   * The cells the mapping judges columns by (sampleColumns), when the caller has them: a file's
   * second half is mapped by its first half's, so both map alike. Default: this sheet's own.
   */
  sample?: ColumnSample;
}

export interface IngestedOrders {
  /** Every ORDER_FIELDS key, then `cancelled` (bool) and `_row` (1-based sheet row). */
  table: ColumnTable;
  mapping: Partial<Record<OrderField, FieldMatch>>;
  fieldsPresent: OrderField[];
  /** 0-based, in sheet.values. */
  headerRow: number;
  satisfactionScale: SatisfactionScale | null;
  rowCount: number;
  skippedBlankRows: number;
  /** The order ids, blanks aside, are strictly ascending (then none repeats). */
  idsAscending: boolean;
  /** One row per order, per order line, or per change (see order-lines.ts). */
  shape: SheetShape;
  /** Orders counted: table rows, but an order split over several groups counts once. */
  orderCount: number;
  /**
   * Orders whose lines lie in more than one owner/team/customer/supplier: each has a row per
   * group, and the KPI SQL must combine rows by order id (KpiQueryOptions.ordersAcrossGroups).
   */
  ordersAcrossGroups: number;
  /** How each mapped date field's year-last dates were read (a file read in halves compares them). */
  dateOrders: Partial<Record<OrderField, ColumnDateOrder>>;
  /**
   * Not one created date could be read, though cells hold something: the params of the
   * `createdDatesUnreadable` error the pipeline gives (the sheet cannot be used), else null.
   */
  createdUnreadable: CreatedUnreadable | null;
}

export interface CreatedUnreadable {
  /** Column letters and header of the created column. */
  column: string;
  header: string;
  /** Cells that are not dates, and the first of them. */
  count: number;
  example: string;
}

export interface IngestResult<T> {
  value: T | null;
  issues: Issue[];
}

function sheetIsEmpty(sheet: SheetData): boolean {
  return !sheet.values.some((row) => row && row.some((v) => !isEmptyCell(v)));
}

/**
 * The header row: found by shared/mapping (title rows, merged cells, two-row headers, repeats
 * renamed), or the caller's row (e.g. from detectSheets) — read the same way when it is the
 * row mapping finds, else taken as the plain texts of that row.
 */
function locateHeader(sheet: SheetData, opts: IngestOrdersOptions, sink: IssueSink): { row: number; headers: string[] } | null {
  if (opts.headers && opts.headerRow !== undefined) return { row: opts.headerRow, headers: opts.headers };
  const origin = sheet.origin ?? { row: 0, col: 0 };
  const merges = relativeMerges(sheet.merges, origin);
  const found = findHeaderRow(sheet.values, merges, { sheet: sheet.name, origin });
  if (found && (opts.headerRow === undefined || opts.headerRow === found.row)) {
    for (const issue of found.issues) sink.external(issue);
    return { row: found.row, headers: found.headers };
  }
  if (opts.headerRow === undefined) return null;
  return { row: opts.headerRow, headers: namedHeaders(headerTextsAt(sheet.values, opts.headerRow, merges), opts.headerRow, sink) };
}

/** Further lines written without their order id take the id of their order's first line. */
function takeIdsFromLineAbove(ids: TextColumn, index: IdIndex, idFrom: Int32Array): void {
  for (let i = 0; i < idFrom.length; i++) {
    const from = idFrom[i];
    if (from < 0 || ids.values[from] === null) continue;
    ids.values[i] = ids.values[from];
    index.hashes[i] = index.hashes[from];
    index.ascending = false;
  }
}

function fieldFiller(field: OrderField, src: ColumnSource, opts: IngestOrdersOptions, ids: IdIndex): ColumnFiller<Column> {
  switch (ORDER_FIELDS[field].kind) {
    case 'text':
      return textFiller(src, field === 'order_id' ? ids : undefined);
    case 'date':
      return dateFiller(src, { date1904: opts.date1904, dateOrder: opts.dateOrder, localeDateOrder: opts.localeDateOrder });
    case 'bool':
      return boolFiller(src);
    default:
      return numberFiller(src, { acceptYesNo: field === 'errors', durationsToHours: field === 'response_hours', score: field === 'satisfaction' });
  }
}

/** An order still lacking its order id or created date (and not already reported as bad). */
function reportMissingRequired(sheet: SheetData, field: OrderField, column: Column, rows: Int32Array, col: number, sink: IssueSink): void {
  const present = column.kind === 'text' ? (i: number) => column.values[i] !== null : (i: number) => column.kind !== 'int' && column.valid[i] === 1;
  const code = field === 'order_id' ? 'missingOrderId' : 'missingCreatedDate';
  for (let i = 0; i < rows.length; i++) {
    if (present(i)) continue;
    const r = rows[i];
    if (isAbsent(sheet.values[r][col])) sink.atCell(r, col, 'warning', code, {});
  }
}

const UNREADABLE_DATE_CODES = ['notADate', 'dateWithoutYear', 'dateAgainstColumnOrder'];

/**
 * Not one created date could be read, though cells hold something: no month would have an
 * order (an empty report that says nothing helps no one).
 */
function createdUnreadable(column: DateColumn, src: ColumnSource, header: string): CreatedUnreadable | null {
  if (column.valid.includes(1)) return null;
  const count = UNREADABLE_DATE_CODES.reduce((sum, code) => sum + src.sink.countAt(src.col, code), 0);
  const first = UNREADABLE_DATE_CODES.map((code) => src.sink.firstAt(src.col, code)).find((i) => i !== undefined);
  if (count === 0 || !first) return null;
  return { count, example: String(first.params.value), column: src.sink.columnName(src.col), header };
}

/**
 * The orders sheet → one typed column per field plus the issues found. Returns value null
 * (with an error issue) only when the sheet is unusable: empty, no header row, or a required
 * field (order id, created date) missing. See order-rows.ts for which rows become orders.
 */
export function ingestOrders(sheet: SheetData, opts: IngestOrdersOptions): IngestResult<IngestedOrders> {
  const origin = sheet.origin ?? { row: 0, col: 0 };
  const sink = opts.sink ?? new IssueSink(sheet.name, origin);
  if (sheetIsEmpty(sheet)) {
    sink.sheetWide('error', 'emptySheet', {});
    return { value: null, issues: sink.finish() };
  }
  const header = locateHeader(sheet, opts, sink);
  if (!header) {
    sink.sheetWide('error', 'mappingNoHeaderRow', { rows: HEADER_SCAN_ROWS });
    return { value: null, issues: sink.finish() };
  }
  const sample = opts.sample ?? sampleColumns(sheet.values, header.row, header.headers.length);
  const headerMapping = mapOrderHeaders(header.headers, opts.overrides, sample);
  const { mapping } = headerMapping;
  for (const issue of mappingIssues(headerMapping, sheet.name, header.headers, { headerRow: header.row, origin })) sink.external(issue);
  if (headerMapping.missingRequired.length > 0) return { value: null, issues: sink.finish() };
  const idCol = mapping.order_id!.column;
  const createdCol = mapping.created!.column;
  const selected = selectOrderRows(sheet.values, header.row, idCol, createdCol, sink);
  const { rows } = selected;
  const n = rows.length;
  if (n === 0) sink.sheetWide('warning', 'noOrderRows', { headerRow: sink.rowNumber(header.row) });

  const columns: Record<string, Column> = {};
  const ids: IdIndex = { hashes: new Int32Array(n), ascending: true };
  const columnsByCol = new Map<number, Column[]>();
  const fillers: ColumnFiller<Column>[] = [];
  const dateFillers: Partial<Record<OrderField, DateFiller>> = {};
  const sources: Partial<Record<OrderField, ColumnSource>> = {};
  for (const field of ORDER_FIELD_KEYS) {
    const match = mapping[field];
    if (!match) {
      columns[field] = nullColumn(ORDER_FIELDS[field].kind, n);
      continue;
    }
    const src: ColumnSource = { values: sheet.values, rows, col: match.column, sink, numberFormats: sheet.numberFormats, sharedTexts: sheet.sharedTexts };
    sources[field] = src;
    const filler = fieldFiller(field, src, opts, ids);
    if (ORDER_FIELDS[field].kind === 'date') dateFillers[field] = filler as DateFiller;
    fillers.push(filler);
    columns[field] = filler.column;
    if (field !== 'order_id') columnsByCol.set(match.column, [...(columnsByCol.get(match.column) ?? []), columns[field]]);
  }
  fillColumns(fillers, n);
  takeIdsFromLineAbove(columns.order_id as TextColumn, ids, selected.idFrom);
  unmapUnreadableYesNo(mapping, columns, (field) => opts.overrides?.[field] !== undefined, n, sink);
  fillMergedDown(columnsByCol, relativeMerges(sheet.merges, origin), header.row, rows, sheet.values.length);

  const cancelled = cancelledColumn(mapping.status ? (columns.status as TextColumn) : null, n);
  const cancelDateCol = cancelDateColumn(header.headers, new Set(Object.values(mapping).map((m) => m!.column)));
  if (cancelDateCol >= 0) markCancelledByDate(cancelled, sheet.values, rows, cancelDateCol);
  columns.cancelled = cancelled;

  // Rows that share an order id become one order (order lines) or its latest state (a history).
  const fieldColumn = Object.fromEntries(Object.entries(mapping).map(([f, m]) => [f, m!.column])) as Partial<Record<OrderField, number>>;
  const combined = ids.ascending
    ? null
    : combineOrderLines({
        table: { rowCount: n, columns },
        rows,
        values: sheet.values,
        headers: header.headers,
        fieldColumn,
        idHashes: ids.hashes,
        linesWithoutId: selected.idFrom.some((from) => from >= 0),
        sink,
      });
  const orderRows = combined?.rows ?? rows;
  const orderColumns = combined?.table.columns ?? columns;
  const m = orderRows.length;
  // After combining: a further line that leaves the created date blank has its order's.
  for (const field of REQUIRED_ORDER_FIELDS) reportMissingRequired(sheet, field, orderColumns[field], orderRows, mapping[field]!.column, sink);

  if (mapping.delivered) {
    checkDeliveredBeforeCreated(orderColumns.created as DateColumn, orderColumns.delivered as DateColumn, orderRows, mapping.delivered.column, sink);
  }
  if (mapping.amount) checkNegativeAmounts(orderColumns.amount as NumberColumn, orderRows, mapping.amount.column, sink);
  if (mapping.response_hours) checkResponseHours(orderColumns.response_hours as NumberColumn, orderRows, mapping.response_hours.column, sink);
  let satisfactionScale: SatisfactionScale | null = null;
  if (mapping.satisfaction) {
    const scores = orderColumns.satisfaction as NumberColumn;
    satisfactionScale = scaleStatedInHeader(mapping.satisfaction.header) ?? inferSatisfactionScale(scores);
    checkSatisfactionScale(scores, satisfactionScale, orderRows, mapping.satisfaction.column, sink);
  }

  const sheetRows = new Int32Array(m);
  for (let i = 0; i < m; i++) sheetRows[i] = orderRows[i] + origin.row + 1;
  orderColumns._row = { kind: 'int', values: sheetRows } satisfies IntColumn;

  const table: ColumnTable = { rowCount: m, columns: orderColumns };
  return {
    value: {
      table,
      mapping,
      fieldsPresent: ORDER_FIELD_KEYS.filter((f) => mapping[f] !== undefined),
      headerRow: header.row,
      satisfactionScale,
      rowCount: m,
      skippedBlankRows: selected.skippedBlankRows,
      idsAscending: ids.ascending,
      shape: combined?.shape ?? 'orders',
      orderCount: combined?.orderCount ?? m,
      ordersAcrossGroups: combined?.ordersAcrossGroups ?? 0,
      dateOrders: Object.fromEntries(Object.entries(dateFillers).map(([field, f]) => [field, f.dateOrder()])),
      createdUnreadable: createdUnreadable(columns.created as DateColumn, sources.created!, mapping.created!.header),
    },
    issues: sink.finish(),
  };
}
