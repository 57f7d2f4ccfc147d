import type { Engine } from '../engine/engine';
import { quoteIdentifier } from '../engine/sql-identifier';
import { HEADER_SCAN_ROWS, SAMPLE_ROWS, findHeaderRow, mapOrderHeaders, mappingIssues, sampleColumns, type FieldMatch } from '../mapping/index';
import { ORDER_FIELDS, ORDER_FIELD_KEYS, type OrderField } from '../schema/fields';
import type { Issue } from '../schema/issues';
import type { CellValue, MergedRange } from '../schema/workbook';
import { decideDateOrder, type ColumnDateOrder, type DateOrder, type DateOrderEvidence } from './date-order';
import { cellIssuesSql, dateOrderEvidenceSql, fieldValueSql, type FieldTyping } from './field-sql';
import { distinctCountsSql, lookupJoinSql, lookupTable, lookupTableSql, lookupValueSql, useLookup } from './distinct-typing';
import { DEFAULT_ISSUE_CAP_PER_COLUMN, IssueSink } from './issue-sink';
import type { CreatedUnreadable } from './orders';
import { formatWallClock } from './excel-serial';
import { scaleFromCounts, type SatisfactionScale } from './order-checks';
import { rawColumn, type CsvLayout } from './raw-csv';
import { deliveredBeforeCreatedCheck, negativeAmountCheck, responseHoursCheck, satisfactionScaleCheck, satisfactionScaleCountsSql, type RowCheck } from './row-checks-sql';
import { cancelDateColumn, cancelledStatusSql } from './cancelled';
import { furtherLinesSql, orderRowKindsSql } from './order-rows-sql';
import { combineOrderLinesSql } from './order-lines-sql';
import { fillMergedDownSql } from './merged-sql';
import type { SheetShape } from './sheet-shape';
import { scaleStatedInHeader } from './score-text';
import { sqlText } from './sql-text';
import { CSV_PLAIN_NUMBER, typingMacros } from './typing-macros';

/*
 * The orders of a raw text table (raw-csv.ts) typed in SQL: the header row and the mapping
 * decided once in TypeScript from the file's head and a sample of the raw table (the rules of
 * shared/mapping), each date column's order from an aggregate of its cells (date-order.ts),
 * then one statement makes the typed table and one query lists the cells' issues, at most
 * `capPerColumn` per column and code as IssueSink keeps them.
 *
 * A sheet's merged areas (raw-sheet.ts's layout) find its header and fill cells down.
 */

export interface RawOrdersOptions {
  date1904: boolean;
  overrides?: Partial<Record<OrderField, string>>;
  dateOrder?: DateOrder;
  localeDateOrder?: DateOrder;
  /** false: every field typed inline, none by lookup (distinct-typing.ts), so tests see both ways. */
  lookups?: boolean;
}

export interface RawOrders {
  /** `_rec`, every ORDER_FIELDS key in the `orders` table's types (dates TIMESTAMP, yes/no BOOLEAN), `cancelled`, `_row` (1-based sheet row). */
  table: string;
  mapping: Partial<Record<OrderField, FieldMatch>>;
  headerRow: number;
  /** The header row as the mapping read it (deduplicated). */
  headers: string[];
  rowCount: number;
  dateOrders: Partial<Record<OrderField, ColumnDateOrder>>;
  satisfactionScale: SatisfactionScale | null;
  /** Fully blank rows below the header, skipped. */
  skippedBlankRows: number;
  /** Further lines written without their order id, which took the id of the line above. */
  linesWithoutId: number;
  /** Not one created date could be read, though cells hold something (as IngestedOrders.createdUnreadable). */
  createdUnreadable: CreatedUnreadable | null;
  /** One row per order, per order line, or per change; orders counted; orders over several groups (as IngestedOrders). */
  shape: SheetShape;
  orderCount: number;
  ordersAcrossGroups: number;
}

const plainNumber = new RegExp(CSV_PLAIN_NUMBER);

/** A raw text as our CSV reader types it (plain numbers are numbers), for the mapping's sample. */
function cellOf(text: unknown): CellValue {
  if (typeof text !== 'string') return null;
  return plainNumber.test(text) ? Number(text) : text;
}

async function sampleOf(engine: Engine, raw: string, headerRow: number, width: number): Promise<CellValue[][]> {
  const { rows } = await engine.query(`SELECT * FROM ${quoteIdentifier(raw)} WHERE _rec > ${headerRow} AND _rec <= ${headerRow + SAMPLE_ROWS} ORDER BY _rec`);
  const values: CellValue[][] = [];
  for (const row of rows) values[Number(row._rec)] = Array.from({ length: width }, (_, c) => cellOf(row[rawColumn(c)]));
  return sampleColumns(values, headerRow, width);
}

async function decideOrder(engine: Engine, t: FieldTyping, raw: string, rows: string, opts: RawOrdersOptions): Promise<ColumnDateOrder> {
  const { rows: [e] } = await engine.query(dateOrderEvidenceSql(t, raw, rows));
  const first = (v: unknown) => (v === null || v === undefined ? -1 : Number(v));
  const evidence: DateOrderEvidence = {
    dayFirst: Number(e.day_first),
    firstDayFirst: first(e.first_day_first),
    monthFirst: Number(e.month_first),
    firstMonthFirst: first(e.first_month_first),
    either: Number(e.either),
    firstEither: first(e.first_either),
    eitherDotted: Number(e.either_dotted),
    firstEitherDotted: first(e.first_either_dotted),
  };
  return decideDateOrder(evidence, opts.dateOrder, opts.localeDateOrder);
}

/**
 * The fields whose columns repeat few texts, each with its lookup table made (distinct-typing.ts):
 * their distinct texts are typed once, the rest inline.
 */
async function lookupFields(engine: Engine, typings: FieldTyping[], raw: string, rows: string, typed: string): Promise<Set<FieldTyping>> {
  // A text field's rule is a few character tests on most cells: inline is cheaper than a DISTINCT and a join.
  const candidates = typings.filter((t) => ORDER_FIELDS[t.field].kind !== 'text');
  if (candidates.length === 0) return new Set();
  const { rows: [d] } = await engine.query(distinctCountsSql(candidates.map((t) => t.col), raw, rows));
  const chosen = candidates.filter((t) => useLookup(Number(d[`d${t.col}`]), Number(d.n)));
  for (const t of chosen) await engine.query(lookupTableSql(t, raw, rows, lookupTable(typed, t)));
  return new Set(chosen);
}

/** The types of every engine's `orders` (DUCKDB_TYPE_OF_KIND): the typed table is the orders table, not copied into one. */
const SQL_TYPE = { text: 'VARCHAR', number: 'DOUBLE', date: 'TIMESTAMP', bool: 'BOOLEAN' } as const;

/** A field's typed value (dates as wall-clock ms, yes/no as 1/0) in its table type. */
function asTableType(field: OrderField, value: string): string {
  const kind = ORDER_FIELDS[field].kind;
  if (kind === 'date') return `epoch_ms(CAST(round(${value}) AS BIGINT))`;
  if (kind === 'bool') return `CAST(${value} AS BOOLEAN)`;
  return value;
}

/** The cells' issues, capped per column and code in SQL; the counts say how many were left out. */
async function cellIssues(engine: Engine, typings: FieldTyping[], raw: string, typed: string, sink: IssueSink, cap: number): Promise<void> {
  if (typings.length === 0) return;
  const all = cellIssuesSql(typings, raw, typed);
  const { rows } = await engine.query(
    `SELECT _rec, col, code, value, count(*) OVER (PARTITION BY col, code) AS seen FROM (${all}) QUALIFY row_number() OVER (PARTITION BY col, code ORDER BY _rec) <= ${cap} ORDER BY _rec, col`,
  );
  const orders = new Map(typings.map((t) => [t.col, t.dateOrder]));
  const entries = rows.map((row) => {
    const col = Number(row.col);
    const code = String(row.code);
    const params: Issue['params'] = { value: String(row.value) };
    if (code === 'dateAgainstColumnOrder') Object.assign(params, { column: sink.columnName(col), readAs: orders.get(col)?.order ?? 'mdy' });
    const r = Number(row._rec);
    return { row: r, col, issue: { sheet: sink.sheet, cell: sink.address(r, col), severity: 'warning' as const, code, params } };
  });
  const counts = new Map<string, number>();
  for (const row of rows) counts.set(`${String(row.code)}\u0000${Number(row.col)}`, Number(row.seen));
  sink.absorb({ entries, counts: [...counts] }, 0);
}

/** The checks' issues (capped as the cells' are), then what they null. */
async function rowChecks(engine: Engine, checks: RowCheck[], cols: Map<OrderField, number>, scale: SatisfactionScale | null, sink: IssueSink, cap: number): Promise<void> {
  for (const check of checks) {
    const col = cols.get(check.field)!;
    const { rows } = await engine.query(`SELECT *, count(*) OVER () AS seen FROM (${check.select}) QUALIFY row_number() OVER (ORDER BY _rec) <= ${cap} ORDER BY _rec`);
    const entries = rows.map((row) => {
      const r = Number(row._rec);
      const code = String(row.code);
      const value = Number(row.value);
      const params: Issue['params'] =
        code === 'deliveredBeforeCreated'
          ? { delivered: formatWallClock(value), created: formatWallClock(Number(row.created)) }
          : code === 'satisfactionOutOfScale'
            ? { value, scale: scale ?? 100 }
            : { value };
      return { row: r, col, issue: { sheet: sink.sheet, cell: sink.address(r, col), severity: 'warning' as const, code, params } };
    });
    const counts = new Map<string, number>();
    for (const row of rows) counts.set(`${String(row.code)}\u0000${col}`, Number(row.seen));
    sink.absorb({ entries, counts: [...counts] }, 0);
    if (check.update) await engine.query(check.update);
  }
}

/**
 * A yes/no field matched by its header whose column holds not one yes/no is left unmapped, with
 * one warning instead of one per cell (unreadable-yes-no.ts says why); its values are all NULL.
 */
function unmapUnreadableYesNo(
  mapping: Partial<Record<OrderField, FieldMatch>>,
  typings: readonly FieldTyping[],
  readable: (field: OrderField) => number,
  overridden: (field: OrderField) => boolean,
  sink: IssueSink,
): void {
  for (const t of typings) {
    const match = mapping[t.field];
    if (!match || ORDER_FIELDS[t.field].kind !== 'bool' || overridden(t.field)) continue;
    const unreadable = sink.countAt(match.column, 'notAYesNo');
    if (unreadable === 0 || readable(t.field) > 0) continue;
    const example = String(sink.firstAt(match.column, 'notAYesNo')?.params.value ?? '');
    sink.dropAt(match.column, 'notAYesNo');
    sink.sheetWide('warning', 'mappingYesNoUnreadable', { field: t.field, header: match.header, column: sink.columnName(match.column), count: unreadable, example });
    delete mapping[t.field];
  }
}

const UNREADABLE_DATE_CODES = ['notADate', 'dateWithoutYear', 'dateAgainstColumnOrder'];

/** Not one created date read, though cells hold something: the params of the pipeline's createdDatesUnreadable error. */
function unreadableCreated(sink: IssueSink, col: number, header: string, readable: number): CreatedUnreadable | null {
  if (readable > 0) return null;
  const count = UNREADABLE_DATE_CODES.reduce((sum, code) => sum + sink.countAt(col, code), 0);
  const first = UNREADABLE_DATE_CODES.map((code) => sink.firstAt(col, code)).find((i) => i !== undefined);
  if (count === 0 || !first) return null;
  return { count, example: String(first.params.value), column: sink.columnName(col), header };
}

/**
 * A date column's one issue about its order (column-date-orders.ts says them alike), before its
 * cells' issues: its year-last dates read both ways (a conflict, at the first cell against the
 * order taken), or the order was assumed (by the locale or the usual reading, at its first
 * date either order reads, with that date's other reading).
 */
async function dateOrderIssue(engine: Engine, raw: string, t: FieldTyping, decided: ColumnDateOrder, sink: IssueSink): Promise<void> {
  const e = decided.evidence;
  const conflict = decided.source === 'conflict';
  const assumed = (decided.source === 'locale' || decided.source === 'usual') && e.either > 0;
  if (!conflict && !assumed) return;
  const x = quoteIdentifier(rawColumn(t.col));
  const cellsAt = async (recs: number[]) => {
    const { rows } = await engine.query(`SELECT _rec, kpi_trim(${x}) AS text, kpi_year_last_readings(${x}, ${sqlText(t.statedOrder ?? '')}) AS readings FROM ${quoteIdentifier(raw)} WHERE _rec IN (${recs.join(', ')})`);
    return new Map(rows.map((r) => [Number(r._rec), r as { text: string; readings: { day_first: number | null; month_first: number | null; dotted: boolean } }]));
  };
  const column = sink.columnName(t.col);
  if (conflict) {
    const cells = await cellsAt([e.firstDayFirst, e.firstMonthFirst]);
    const first = decided.order === 'dmy' ? e.firstMonthFirst : e.firstDayFirst;
    sink.atCell(first, t.col, 'warning', 'dateOrderConflict', {
      column,
      readAs: decided.order ?? 'mdy',
      dayFirst: e.dayFirst,
      monthFirst: e.monthFirst,
      dayFirstExample: String(cells.get(e.firstDayFirst)?.text),
      monthFirstExample: String(cells.get(e.firstMonthFirst)?.text),
    });
    return;
  }
  const cell = (await cellsAt([e.firstEither])).get(e.firstEither)!;
  const dotted = Boolean(cell.readings.dotted);
  const dayFirst = decided.order === 'dmy' || (decided.order === null && dotted);
  const other = new Date(Number(dayFirst ? cell.readings.month_first : cell.readings.day_first));
  const likeExample = decided.order !== null ? e.either : dotted ? e.eitherDotted : e.either - e.eitherDotted;
  sink.atCell(e.firstEither, t.col, 'warning', 'dateOrderAssumed', {
    column,
    count: likeExample,
    otherCount: e.either - likeExample,
    example: String(cell.text),
    readAs: dayFirst ? 'dmy' : 'mdy',
    basis: decided.source,
    otherDay: other.getUTCDate(),
    otherMonth: other.getUTCMonth() + 1,
  });
}

/** The rows that are no orders, with their issues (as selectOrderRows gives them); counts of blank rows and id-less lines. */
async function skippedRows(engine: Engine, raw: string, kinds: string, idCol: number, sink: IssueSink): Promise<{ blank: number; lines: number }> {
  const { rows: [n] } = await engine.query(`SELECT count(*) FILTER (WHERE kind = 'blank') AS blank, count(*) FILTER (WHERE kind = 'line') AS lines FROM ${quoteIdentifier(kinds)}`);
  const { rows } = await engine.query(`SELECT k._rec, k.kind, k.label_col, r.* EXCLUDE (_rec) FROM ${quoteIdentifier(kinds)} k JOIN ${quoteIdentifier(raw)} r USING (_rec) WHERE k.kind IN ('totals', 'neither') ORDER BY k._rec`);
  for (const row of rows) {
    const r = Number(row._rec);
    if (row.kind === 'totals') {
      const col = Number(row.label_col);
      sink.atCell(r, col, 'info', 'totalsRowSkipped', { row: sink.rowNumber(r), label: String(row[rawColumn(col)]).trim() });
    } else sink.atCell(r, idCol, 'warning', 'rowWithoutIdOrDate', { row: sink.rowNumber(r) });
  }
  return { blank: Number(n.blank), lines: Number(n.lines) };
}

/** An order still lacking its order id or created date, whose cell says nothing (a bad one was reported as such). */
async function missingRequired(engine: Engine, raw: string, typed: string, raws: Record<'order_id' | 'created', string>, cols: Record<'order_id' | 'created', number>, sink: IssueSink): Promise<void> {
  for (const field of ['order_id', 'created'] as const) {
    const { rows } = await engine.query(
      `SELECT _rec FROM ${quoteIdentifier(typed)} t JOIN ${quoteIdentifier(raw)} r USING (_rec) WHERE t.${quoteIdentifier(field)} IS NULL AND kpi_blank(r.${raws[field]}) ORDER BY _rec`,
    );
    const code = field === 'order_id' ? 'missingOrderId' : 'missingCreatedDate';
    for (const row of rows) sink.atCell(Number(row._rec), cols[field], 'warning', code, {});
  }
}

/**
 * Types the orders of `raw` into table `typed`; null (with an error issue) when the sheet has
 * no header row or lacks a required field, as ingestOrders.
 */
export async function typeRawOrders(
  engine: Engine,
  raw: string,
  typed: string,
  /** A sheet's layout carries its merged areas (raw-sheet.ts): a header merged over two rows is found as the JS ingest finds it. */
  layout: CsvLayout & { merges?: MergedRange[] },
  sheet: string,
  opts: RawOrdersOptions,
  capPerColumn = DEFAULT_ISSUE_CAP_PER_COLUMN,
): Promise<{ value: RawOrders | null; issues: Issue[] }> {
  const sink = new IssueSink(sheet, { row: 0, col: 0 }, capPerColumn);
  for (const sql of typingMacros()) await engine.query(sql);
  const header = findHeaderRow(layout.head, layout.merges ?? [], { sheet });
  if (!header) {
    sink.sheetWide('error', 'mappingNoHeaderRow', { rows: HEADER_SCAN_ROWS });
    return { value: null, issues: sink.finish() };
  }
  for (const issue of header.issues) sink.external(issue);
  const sample = await sampleOf(engine, raw, header.row, header.headers.length);
  const headerMapping = mapOrderHeaders(header.headers, opts.overrides, sample);
  const { mapping } = headerMapping;
  for (const issue of mappingIssues(headerMapping, sheet, header.headers, { headerRow: header.row })) sink.external(issue);
  if (headerMapping.missingRequired.length > 0) return { value: null, issues: sink.finish() };

  // Rows that are orders: an order id or a created date (order-rows-sql.ts).
  const [idCol, createdCol] = [mapping.order_id!.column, mapping.created!.column];
  const [id, created] = [idCol, createdCol].map((c) => quoteIdentifier(rawColumn(c)));
  const kinds = `${typed}__kinds`;
  const rows = `${typed}__rows`;
  await engine.query(orderRowKindsSql(raw, kinds, header.row, layout.width, idCol, createdCol));
  const { rows: [idless] } = await engine.query(`SELECT count(*) AS n FROM ${quoteIdentifier(kinds)} WHERE kind = 'order' AND NOT has_id`);
  if (Number(idless.n) > 0) await engine.query(furtherLinesSql(raw, kinds, createdCol));
  await engine.query(`CREATE OR REPLACE TEMP TABLE ${quoteIdentifier(rows)} AS SELECT _rec FROM ${quoteIdentifier(kinds)} WHERE kind IN ('order', 'line')`);
  const skipped = await skippedRows(engine, raw, kinds, idCol, sink);
  const { rows: [kept] } = await engine.query(`SELECT count(*) AS n FROM ${quoteIdentifier(rows)}`);
  if (Number(kept.n) === 0) sink.sheetWide('warning', 'noOrderRows', { headerRow: sink.rowNumber(header.row) });

  const typings: FieldTyping[] = [];
  const dateOrders: Partial<Record<OrderField, ColumnDateOrder>> = {};
  for (const field of ORDER_FIELD_KEYS) {
    const match = mapping[field];
    if (!match) continue;
    const t: FieldTyping = { field, col: match.column, date1904: opts.date1904, statedOrder: opts.dateOrder };
    if (ORDER_FIELDS[field].kind === 'date') {
      t.dateOrder = dateOrders[field] = await decideOrder(engine, t, raw, rows, opts);
      await dateOrderIssue(engine, raw, t, t.dateOrder, sink);
    }
    typings.push(t);
  }
  const byField = new Map(typings.map((t) => [t.field, t]));
  const lookups = opts.lookups === false ? new Set<FieldTyping>() : await lookupFields(engine, typings, raw, rows, typed);
  const columns = ORDER_FIELD_KEYS.map((field) => {
    const t = byField.get(field);
    const value = !t ? `NULL::${SQL_TYPE[ORDER_FIELDS[field].kind]}` : asTableType(field, lookups.has(t) ? lookupValueSql(t) : fieldValueSql(t));
    return `${value} AS ${quoteIdentifier(field)}`;
  });
  const joins = [...lookups].map((t) => lookupJoinSql(lookupTable(typed, t), t));
  // Cancelled: the status says so (cancelled.ts), or a cancellation-date column no field took holds a value.
  const cancelAt = cancelDateColumn(header.headers, new Set(Object.values(mapping).map((m) => m!.column)));
  const cancelled = [
    mapping.status ? cancelledStatusSql(`r.${quoteIdentifier(rawColumn(mapping.status.column))}`) : 'false',
    ...(cancelAt >= 0 ? [`NOT kpi_blank(r.${quoteIdentifier(rawColumn(cancelAt))})`] : []),
  ].join(' OR ');
  await engine.query(
    `CREATE OR REPLACE TABLE ${quoteIdentifier(typed)} AS SELECT _rec, ${columns.join(', ')}, ${cancelled} AS cancelled, CAST(_rec + 1 AS INTEGER) AS _row FROM ${quoteIdentifier(raw)} r JOIN ${quoteIdentifier(rows)} USING (_rec) ${joins.join(' ')} ORDER BY _rec`,
  );
  for (const t of lookups) await engine.query(`DROP TABLE ${quoteIdentifier(lookupTable(typed, t))}`);
  await cellIssues(engine, typings, raw, typed, sink, capPerColumn);
  // A further line without its id takes the id of its order's line above.
  if (skipped.lines > 0) {
    await engine.query(
      `UPDATE ${quoteIdentifier(typed)} SET order_id = h.order_id FROM (SELECT k._rec, t.order_id FROM ${quoteIdentifier(kinds)} k JOIN ${quoteIdentifier(typed)} t ON t._rec = k.id_rec WHERE k.kind = 'line') h WHERE ${quoteIdentifier(typed)}._rec = h._rec`,
    );
  }
  // The row kinds and the kept rows' list did their work: a table per raw row each, given back now.
  for (const table of [kinds, rows]) await engine.query(`DROP TABLE ${quoteIdentifier(table)}`);
  const { rows: [readable] } = await engine.query(`SELECT ${typings.map((t) => `count(${quoteIdentifier(t.field)}) AS ${quoteIdentifier(t.field)}`).join(', ')} FROM ${quoteIdentifier(typed)}`);
  unmapUnreadableYesNo(mapping, typings, (field) => Number(readable[field]), (field) => opts.overrides?.[field] !== undefined, sink);
  const createdUnreadable = unreadableCreated(sink, createdCol, mapping.created!.header, Number(readable.created));
  // A merged area's top value fills the empty cells below it (merged-sql.ts), before lines are combined, as the JS ingest fills them.
  if (layout.merges?.length) {
    const byColumn = new Map<number, OrderField[]>();
    for (const [field, match] of Object.entries(mapping)) byColumn.set(match!.column, [...(byColumn.get(match!.column) ?? []), field as OrderField]);
    for (const sql of fillMergedDownSql(typed, layout.merges, header.row, byColumn)) await engine.query(sql);
  }
  // Rows sharing an order id become one order (order-lines-sql.ts); the checks below are over orders.
  const combined = await combineOrderLinesSql(engine, { typed, raw, headers: header.headers, mapping, linesWithoutId: skipped.lines > 0, sink, capPerColumn });
  // After combining: a further line that leaves the created date blank has its order's.
  await missingRequired(engine, raw, typed, { order_id: id, created }, { order_id: idCol, created: createdCol }, sink);

  let satisfactionScale: SatisfactionScale | null = null;
  const checks: RowCheck[] = [];
  if (mapping.delivered) checks.push(deliveredBeforeCreatedCheck(typed));
  if (mapping.amount) checks.push(negativeAmountCheck(typed));
  if (mapping.response_hours) checks.push(responseHoursCheck(typed));
  if (mapping.satisfaction) {
    const { rows: [c] } = await engine.query(satisfactionScaleCountsSql(typed));
    satisfactionScale = scaleStatedInHeader(mapping.satisfaction.header) ?? scaleFromCounts(Number(c.n), [Number(c.within5), Number(c.within10), Number(c.within100)]);
    checks.push(satisfactionScaleCheck(typed, satisfactionScale));
  }
  await rowChecks(engine, checks, new Map(typings.map((t) => [t.field, t.col])), satisfactionScale, sink, capPerColumn);
  const { rows: count } = await engine.query(`SELECT count(*) AS n FROM ${quoteIdentifier(typed)}`);
  return {
    value: {
      table: typed,
      mapping,
      headerRow: header.row,
      headers: header.headers,
      rowCount: Number(count[0].n),
      dateOrders,
      satisfactionScale,
      skippedBlankRows: skipped.blank,
      linesWithoutId: skipped.lines,
      createdUnreadable,
      ...combined,
    },
    issues: sink.finish(),
  };
}
