import { isChangeOrderHeader, isLineHeader } from '../ingest/sheet-shape-headers';
import type { FieldMatch } from '../mapping/index';
import type { OrderField } from '../schema/fields';
import { quoteIdentifier } from '../engine/sql-identifier';
import type { SourceColumn } from './source-columns';

/*
 * A table whose order ids repeat, read as a sheet of the same rows is (shared/ingest/
 * sheet-shape.ts, order-lines.ts; DESIGN.md "Sheet shapes seen in real exports"):
 * - one row per order *line*: the order counts once, its fields settled from its lines
 *   (earliest created, latest due and delivered, an error or complaint on any line), its
 *   amount the sum of its lines (or the order's total once, when every line repeats it);
 * - one row per *change* (an audit log, a history): each id counts once, in its latest state,
 *   by a modification count or an updated-at column, else in the table's order.
 * The decision is the sheet's, taken on the same evidence, counted in the database.
 */
export type TableShape = { shape: 'orders' } | { shape: 'lines'; amountOnce: boolean } | { shape: 'history'; changeColumn: SourceColumn | null };

/** The unmapped columns whose name says "order line" or "change order", as for a sheet's headers. */
export function shapeColumns(columns: readonly SourceColumn[], mapping: Partial<Record<OrderField, FieldMatch>>) {
  const mapped = new Set(Object.values(mapping).map((m) => m!.column));
  const unmapped = columns.filter((_, i) => !mapped.has(i));
  return { lineColumns: unmapped.filter((c) => isLineHeader(c.name)), changeColumns: unmapped.filter((c) => isChangeOrderHeader(c.name)) };
}

const varying = (column: string) => `count(DISTINCT ${column}) > 1`;


/** The names the line and change columns have in the raw select (mappedOrdersSql's `extra`). */
export const lineAlias = (i: number) => `_line_${i}`;
export const changeAlias = (i: number) => `_change_${i}`;

/** The unmapped columns as mappedOrdersSql's `extra`, under the names shapeFactsSql reads. */
export function shapeExtras(lineColumns: readonly SourceColumn[], changeColumns: readonly SourceColumn[]) {
  return [...lineColumns.map((column, i) => ({ alias: lineAlias(i), column })), ...changeColumns.map((column, i) => ({ alias: changeAlias(i), column }))];
}

/**
 * One row over the repeated ids of the raw select (`raw`: the mapped fields and the line and
 * change columns under their aliases, see shapeExtras): how many repeat, how many vary in each line column,
 * each change column, and in their state (status or a date); and, for the amounts, how many
 * orders carry several amounts and whether each one's are all the same.
 */
export function shapeFactsSql(raw: string, lineColumns: readonly SourceColumn[], changeColumns: readonly SourceColumn[]): string {
  const per = [
    'count(*) AS n',
    `(${['"status"', '"created"', '"due"', '"delivered"'].map(varying).join(' OR ')}) AS state_changes`,
    'count("amount") AS amounts',
    'count(DISTINCT "amount") AS distinct_amounts',
    ...lineColumns.map((_, i) => `${varying(quoteIdentifier(lineAlias(i)))} AS line_${i}`),
    ...changeColumns.map((_, i) => `${varying(quoteIdentifier(changeAlias(i)))} AS change_${i}`),
  ];
  const totals = [
    'count(*) AS repeated',
    'count(*) FILTER (WHERE state_changes) AS changing_state',
    'count(*) FILTER (WHERE amounts >= 2) AS several_amounts',
    'count(*) FILTER (WHERE amounts >= 2 AND distinct_amounts > 1) AS differing_amounts',
    ...lineColumns.map((_, i) => `count(*) FILTER (WHERE line_${i}) AS line_${i}`),
    ...changeColumns.map((_, i) => `count(*) FILTER (WHERE change_${i}) AS change_${i}`),
  ];
  return `SELECT ${totals.join(', ')}\nFROM (SELECT ${per.join(', ')} FROM (${raw}) AS r WHERE "order_id" IS NOT NULL GROUP BY "order_id" HAVING count(*) > 1) AS ids`;
}

/** As shapeOfRepeats (shared/ingest/sheet-shape.ts), on the counts of shapeFactsSql. */
export function shapeOfFacts(facts: Record<string, unknown>, lineColumns: readonly SourceColumn[], changeColumns: readonly SourceColumn[]): TableShape {
  const n = (key: string) => Number(facts[key] ?? 0);
  const repeated = n('repeated');
  if (repeated === 0) return { shape: 'orders' };
  // As amountRepeatsOnLines: three or more orders with several amounts, each one's all the same.
  const lines: TableShape = { shape: 'lines', amountOnce: n('several_amounts') >= 3 && n('differing_amounts') === 0 };
  if (lineColumns.some((_, i) => n(`line_${i}`) > 0)) return lines;
  const change = changeColumns.findIndex((_, i) => n(`change_${i}`) > 0);
  if (change >= 0) return { shape: 'history', changeColumn: changeColumns[change] };
  if (n('changing_state') * 2 >= repeated) return { shape: 'history', changeColumn: null };
  return lines;
}
