import type { Column, ColumnTable } from '../schema/columns';
import type { OrderField } from '../schema/fields';
import type { CellValue } from '../schema/workbook';
import { orderOfRowsWithOneId, shapeOfRepeats, type RepeatedId, type SheetShape } from './sheet-shape';
import { columnValueKey, copyRow, isSet, pickRows, sumRows } from './table-rows';
import type { IssueSink } from './issue-sink';
import { forEachRepeat } from './first-occurrence';
import { formatWallClock } from './excel-serial';

/*
 * Rows that share an order id become one order (DESIGN.md, "Sheet shapes seen in real
 * exports"). Two shapes repeat an id:
 * - one row per order *line* (ERP, shop and marketplace exports): the order counts once, its
 *   amount is the sum of its lines, its other fields come from its lines (a disagreement is an
 *   issue). When the owner, team, customer or supplier differs between its lines, the order
 *   is kept once per such group ("part"), with that group's lines' amount; the KPI SQL then
 *   counts it once in each group it appears in, like a pivot table's distinct count.
 * - one row per *change* (service-desk audit logs, history exports): each id counts once, in
 *   its latest state (by a modification count or an updated-at time, else file order).
 * Which one a sheet is, is decided once for the sheet (sheet-shape.ts) and said once.
 */

export const GROUP_FIELDS = ['owner', 'team', 'customer', 'supplier'] as const satisfies readonly OrderField[];

/** How an order-level field is taken from its lines when they disagree (order-lines-sql.ts takes them alike). */
export type Pick = 'first' | 'earliest' | 'latest';
export const ORDER_LEVEL: [OrderField | 'cancelled', Pick][] = [
  ['created', 'earliest'],
  ['due', 'latest'],
  ['delivered', 'latest'],
  ['status', 'first'],
  ['stage', 'first'],
  ['satisfaction', 'first'],
  ['response_hours', 'first'],
  ['resolved', 'first'],
  // "Any line" is what the order has: an error or a complaint on one line is the order's.
  ['errors', 'latest'],
  ['complaint', 'latest'],
  ['cancelled', 'latest'],
];
/** Fields whose disagreement between lines the user is told about. */
export const TOLD: ReadonlySet<string> = new Set(['created', 'due', 'delivered', 'status', 'stage', 'satisfaction', 'response_hours', 'resolved']);

export interface OrderLinesInput {
  /** Every ORDER_FIELDS key and `cancelled`, one value per kept row. */
  table: ColumnTable;
  /** Index into `values` of each kept row. */
  rows: Int32Array;
  values: CellValue[][];
  headers: readonly string[];
  /** Sheet column of each mapped field. */
  fieldColumn: Partial<Record<OrderField, number>>;
  /** fnv1a hash of each order id (| 0), see first-occurrence.ts. */
  idHashes: Int32Array;
  /** Some rows are further lines written without their order id (order-rows.ts): order lines, then. */
  linesWithoutId: boolean;
  sink: IssueSink;
}

export interface OrderLines {
  shape: SheetShape;
  table: ColumnTable;
  /** Index into `values` of each row of `table`: the order's first line (its latest row in a history). */
  rows: Int32Array;
  /** Orders counted (an order split over several groups counts once). */
  orderCount: number;
  /** Orders whose lines lie in more than one owner/team/customer/supplier. */
  ordersAcrossGroups: number;
}

/** The ids that repeat: each with the indexes of its rows, in file order. */
function repeatedIds(ids: readonly (string | null)[], hashes: Int32Array): RepeatedId[] {
  const byFirst = new Map<number, number[]>();
  forEachRepeat(ids, hashes, (i, first) => {
    const list = byFirst.get(first);
    if (list) list.push(i);
    else byFirst.set(first, [first, i]);
  });
  return [...byFirst.values()].map((lines) => ({ id: ids[lines[0]]!, lines }));
}

function valueText(column: Column, i: number): string {
  if (column.kind === 'text') return column.values[i] ?? '';
  if (column.kind === 'date') return formatWallClock(column.values[i]);
  if (column.kind === 'bool') return column.values[i] ? 'yes' : 'no';
  return String(column.values[i]);
}

/** The line whose value the order takes, or -1 when no line has one. */
function pickLine(column: Column, lines: readonly number[], pick: Pick): number {
  let chosen = -1;
  for (const i of lines) {
    if (!isSet(column, i)) continue;
    if (chosen < 0) chosen = i;
    else if (pick === 'earliest' && (column.values[i] as number) < (column.values[chosen] as number)) chosen = i;
    else if (pick === 'latest' && (column.values[i] as number) > (column.values[chosen] as number)) chosen = i;
  }
  return chosen;
}

/** Every line of one order gets the order's value of each order-level field; disagreements are told. */
function settleOrderFields(input: OrderLinesInput, order: RepeatedId): void {
  const { table, sink, rows, fieldColumn, headers } = input;
  for (const [field, pick] of ORDER_LEVEL) {
    const column = table.columns[field];
    const chosen = pickLine(column, order.lines, pick);
    if (chosen < 0) continue;
    if (TOLD.has(field)) {
      const seen = new Map<string, number>();
      for (const i of order.lines) if (isSet(column, i)) seen.set(columnValueKey(column, i), i);
      const col = fieldColumn[field as OrderField];
      if (seen.size > 1 && col !== undefined) {
        const shown = [...seen.values()].slice(0, 3).map((i) => valueText(column, i));
        sink.atCell(rows[order.lines[0]], col, 'warning', 'orderLinesDisagree', {
          id: order.id,
          header: headers[col] ?? field,
          values: shown.join(', ') + (seen.size > 3 ? ', …' : ''),
          chosen: valueText(column, chosen),
        });
      }
    }
    for (const i of order.lines) if (i !== chosen) copyRow(column, chosen, i);
  }
  // A group field left blank on a further line is the order's (Shopify writes them once).
  for (const field of GROUP_FIELDS) {
    const column = table.columns[field];
    const first = pickLine(column, order.lines, 'first');
    if (first >= 0) for (const i of order.lines) if (!isSet(column, i)) copyRow(column, first, i);
  }
}

/** The lines of one order split by their (owner, team, customer, supplier). */
function partsOf(table: ColumnTable, lines: readonly number[]): number[][] {
  const parts = new Map<string, number[]>();
  for (const i of lines) {
    const key = GROUP_FIELDS.map((f) => columnValueKey(table.columns[f], i)).join('\u0000');
    const part = parts.get(key);
    if (part) part.push(i);
    else parts.set(key, [i]);
  }
  return [...parts.values()];
}

/**
 * An amount written on every line of an order, the same each time, is the order's total
 * repeated (some exports copy order-level columns onto every line): summing it would count the
 * order two or three times. Decided for the sheet, from orders whose lines carry several amounts.
 */
function amountRepeatsOnLines(table: ColumnTable, orders: readonly RepeatedId[]): boolean {
  const amount = table.columns.amount;
  let withSeveral = 0;
  for (const { lines } of orders) {
    const set = lines.filter((i) => isSet(amount, i));
    if (set.length < 2) continue;
    withSeveral++;
    if (set.some((i) => amount.values[i] !== amount.values[set[0]])) return false;
  }
  return withSeveral >= 3;
}

function asLines(input: OrderLinesInput, repeats: RepeatedId[]): OrderLines {
  const { table, sink } = input;
  const n = table.rowCount;
  if (amountRepeatsOnLines(table, repeats)) {
    const col = input.fieldColumn.amount;
    sink.sheetWide('info', 'amountOncePerOrder', { header: col === undefined ? 'amount' : input.headers[col] });
    const amount = table.columns.amount;
    for (const { lines } of repeats) {
      const first = pickLine(amount, lines, 'first');
      for (const i of lines) if (i !== first && amount.kind === 'number') amount.valid[i] = 0;
    }
  }
  const partOf = new Int32Array(n).fill(-1); // line → its part's first line
  const parts: number[][] = [];
  let ordersAcrossGroups = 0;
  let firstAcross: string | null = null;
  for (const order of repeats) {
    settleOrderFields(input, order);
    const split = partsOf(table, order.lines);
    if (split.length > 1) {
      ordersAcrossGroups++;
      firstAcross ??= order.id;
    }
    for (const part of split) {
      parts.push(part);
      for (const i of part) partOf[i] = part[0];
    }
  }
  const keep: number[] = [];
  for (let i = 0; i < n; i++) if (partOf[i] < 0 || partOf[i] === i) keep.push(i);
  const linesOfPart = new Map(parts.map((p) => [p[0], p]));
  const out = pickRows(table, keep);
  out.columns.amount = sumRows(table.columns.amount, keep.map((i) => linesOfPart.get(i) ?? [i]));
  const orderCount = n - repeats.reduce((s, r) => s + r.lines.length - 1, 0);
  sink.sheetWide('info', 'orderLinesCombined', { orders: orderCount, rows: n });
  if (ordersAcrossGroups > 0) sink.sheetWide('info', 'orderLinesAcrossGroups', { count: ordersAcrossGroups, id: firstAcross! });
  return { shape: 'lines', table: out, rows: Int32Array.from(keep, (i) => input.rows[i]), orderCount, ordersAcrossGroups };
}

function asHistory(input: OrderLinesInput, repeats: RepeatedId[], orderCol: number): OrderLines {
  const { table, sink, values, rows } = input;
  const n = table.rowCount;
  const dropped = new Uint8Array(n);
  for (const { lines } of repeats) {
    const latest = orderOfRowsWithOneId(lines.map((i) => (orderCol < 0 ? undefined : values[rows[i]][orderCol])));
    lines.forEach((i, k) => {
      if (k !== latest) dropped[i] = 1;
    });
  }
  const keep: number[] = [];
  for (let i = 0; i < n; i++) if (!dropped[i]) keep.push(i);
  sink.sheetWide('info', 'historyLatestKept', { orders: keep.length, rows: n, by: orderCol < 0 ? '' : input.headers[orderCol] });
  return { shape: 'history', table: pickRows(table, keep), rows: Int32Array.from(keep, (i) => rows[i]), orderCount: keep.length, ordersAcrossGroups: 0 };
}

/** One order per order id (or one per order and group, see above), and what the sheet was. */
export function combineOrderLines(input: OrderLinesInput): OrderLines {
  const ids = (input.table.columns.order_id as { values: (string | null)[] }).values;
  const repeats = repeatedIds(ids, input.idHashes);
  const n = input.table.rowCount;
  if (repeats.length === 0) return { shape: 'orders', table: input.table, rows: input.rows, orderCount: n, ordersAcrossGroups: 0 };
  const shape = input.linesWithoutId ? { shape: 'lines' as const, orderColumn: -1 } : shapeOfRepeats(input, repeats);
  return shape.shape === 'history' ? asHistory(input, repeats, shape.orderColumn) : asLines(input, repeats);
}
