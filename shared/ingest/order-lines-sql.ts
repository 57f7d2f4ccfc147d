import type { Engine } from '../engine/engine';
import { quoteIdentifier } from '../engine/sql-identifier';
import type { FieldMatch } from '../mapping/index';
import { ORDER_FIELDS, ORDER_FIELD_KEYS, type OrderField } from '../schema/fields';
import type { Issue } from '../schema/issues';
import { shapeFactsSql, shapeOfFacts, type TableShape } from '../source/table-shape';
import type { IssueSink } from './issue-sink';
import { GROUP_FIELDS, ORDER_LEVEL, TOLD } from './order-lines';
import { rawColumn } from './raw-csv';
import type { SheetShape } from './sheet-shape';
import { isChangeOrderHeader, isLineHeader, unmappedColumnsWhere } from './sheet-shape-headers';
import { sqlText } from './sql-text';
import { ISO_DATE_TIME } from './typing-macros';

/*
 * Rows that share an order id made one order, in SQL over the typed table (raw-orders.ts), as
 * order-lines.ts does over JS columns (DESIGN.md, "Sheet shapes seen in real exports"): the
 * sheet's shape decided once on the counts table-shape.ts takes for a database table, then
 * - order lines: every line gets its order's fields (earliest created, latest due and
 *   delivered, an error, complaint or cancellation on any line, the first line's status,
 *   stage, score, response and resolution; a group left blank takes the first line's), and
 *   one row is kept per order and (owner, team, customer, supplier), its amount the sum of
 *   that part's lines (the order's total once, when every line repeats it);
 * - a history: each id's latest row, by a modification count or an updated-at column, else
 *   the last in the file.
 * The table keeps its name; its kept rows their `_rec` and `_row` (an order's first line).
 */

export interface CombineInput {
  /** The typed table: every ORDER_FIELDS key, `cancelled`, `_rec`, `_row`. Replaced by the combined one. */
  typed: string;
  /** The raw table it was typed from (line and change columns are read there). */
  raw: string;
  headers: readonly string[];
  mapping: Partial<Record<OrderField, FieldMatch>>;
  /** Further lines were written without their order id: the sheet is order lines, then. */
  linesWithoutId: boolean;
  sink: IssueSink;
  capPerColumn: number;
}

export interface Combined {
  shape: SheetShape;
  /** Orders counted: an order split over several groups counts once. */
  orderCount: number;
  ordersAcrossGroups: number;
}

const name = quoteIdentifier;
/** A row without an order id is an order of its own, never a line of another. */
const ORDER = `PARTITION BY "order_id", CASE WHEN "order_id" IS NULL THEN "_rec" END`;

/** Each order-level field taken from its lines by order-lines.ts's rule, as an aggregate. */
const SETTLE = new Map(ORDER_LEVEL.map(([field, pick]) => [field, ({ earliest: 'min', latest: 'max', first: 'first' } as const)[pick]]));

const COLUMNS = [...ORDER_FIELD_KEYS, 'cancelled'] as const;

/** A raw cell as text to compare (blank = NULL), as sheet-shape.ts's cellText. */
const cellText = (col: number) => `CASE WHEN kpi_blank(r.${name(rawColumn(col))}) THEN NULL ELSE kpi_trim(r.${name(rawColumn(col))}) END`;

/** A modification count or an updated-at cell as a number growing with time (sheet-shape.ts changeOrderKey); NULL if neither. */
function changeKeySql(col: number): string {
  const x = `kpi_trim(r.${name(rawColumn(col))})`;
  return `CASE WHEN regexp_full_match(${x}, '[+-]?\\d+(?:\\.\\d+)?') THEN ${x}::DOUBLE WHEN regexp_full_match(${x}, ${sqlText(ISO_DATE_TIME)}) THEN epoch_ms(try_cast(${x} AS TIMESTAMP))::DOUBLE ELSE kpi_date_text_ms(${x}, '') END`;
}

/** A typed value as order-lines.ts's valueText shows it: a date as formatWallClock, yes/no, a number as JS writes it. */
function valueTextSql(field: OrderField, v: string): string {
  switch (ORDER_FIELDS[field].kind) {
    case 'text':
      return v;
    case 'bool':
      return `CASE WHEN ${v} THEN 'yes' ELSE 'no' END`;
    case 'date': {
      const ms = `epoch_ms(${v})`;
      return `CASE WHEN ${ms} % 86400000 = 0 THEN strftime(${v}, '%Y-%m-%d') WHEN ${ms} % 60000 = 0 THEN strftime(${v}, '%Y-%m-%d %H:%M') ELSE strftime(${v}, '%Y-%m-%d %H:%M:%S') END`;
    }
    default:
      return `CASE WHEN ${v} = trunc(${v}) AND abs(${v}) < 1e15 THEN CAST(CAST(${v} AS BIGINT) AS VARCHAR) ELSE CAST(${v} AS VARCHAR) END`;
  }
}

async function replaceTable(engine: Engine, typed: string, select: string): Promise<void> {
  const next = `${typed}__combined`;
  await engine.query(`CREATE OR REPLACE TABLE ${name(next)} AS ${select}`);
  await engine.query(`DROP TABLE ${name(typed)}`);
  await engine.query(`ALTER TABLE ${name(next)} RENAME TO ${name(typed)}`);
}

/** The sheet's shape from the counts over its repeated ids (table-shape.ts shapeOfFacts). */
async function shapeOf(engine: Engine, input: CombineInput): Promise<{ shape: TableShape; changeCol: number }> {
  const mapped = new Set(Object.values(input.mapping).map((m) => m!.column));
  const lineCols = unmappedColumnsWhere(input.headers, mapped, isLineHeader);
  const changeCols = unmappedColumnsWhere(input.headers, mapped, isChangeOrderHeader);
  const asColumns = (cols: number[]) => cols.map((c) => ({ name: input.headers[c], type: 'text' }));
  const extras = [...lineCols.map((c, i) => `${cellText(c)} AS _line_${i}`), ...changeCols.map((c, i) => `${cellText(c)} AS _change_${i}`)];
  const rows = `SELECT t.*${extras.map((e) => `, ${e}`).join('')} FROM ${name(input.typed)} t JOIN ${name(input.raw)} r USING (_rec)`;
  const { rows: [facts] } = await engine.query(shapeFactsSql(rows, asColumns(lineCols), asColumns(changeCols)));
  const shape = shapeOfFacts(facts, asColumns(lineCols), asColumns(changeCols));
  const changeCol = shape.shape === 'history' && shape.changeColumn ? changeCols[changeCols.findIndex((c) => input.headers[c] === shape.changeColumn!.name)] : -1;
  if (input.linesWithoutId && shape.shape !== 'lines') {
    const n = (key: string) => Number(facts[key] ?? 0);
    return { shape: { shape: 'lines', amountOnce: n('several_amounts') >= 3 && n('differing_amounts') === 0 }, changeCol: -1 };
  }
  return { shape, changeCol };
}

/** The orderLinesDisagree issues of one field: at each such order's first line, its first three values and the one taken. */
async function disagreements(engine: Engine, input: CombineInput, field: OrderField, settled: string): Promise<void> {
  const col = input.mapping[field]?.column;
  if (col === undefined) return;
  const f = name(field);
  const { sink, capPerColumn } = input;
  const { rows } = await engine.query(
    `WITH d AS (SELECT order_id, ${f} AS v, min(_rec) AS first FROM ${name(input.typed)} WHERE order_id IS NOT NULL AND ${f} IS NOT NULL GROUP BY order_id, ${f}),
      o AS (SELECT order_id, count(*) AS n, list(${valueTextSql(field, 'v')} ORDER BY first)[1:3] AS shown FROM d GROUP BY order_id HAVING count(*) > 1),
      s AS (SELECT order_id, min(_rec) AS _rec, any_value(${valueTextSql(field, settled)}) AS chosen FROM ${name(`${input.typed}__settled`)} WHERE order_id IS NOT NULL GROUP BY order_id)
    SELECT s._rec, o.order_id, o.n, o.shown, s.chosen, count(*) OVER () AS seen FROM o JOIN s USING (order_id)
    QUALIFY row_number() OVER (ORDER BY s._rec) <= ${capPerColumn} ORDER BY s._rec`,
  );
  if (rows.length === 0) return;
  const header = input.headers[col] ?? field;
  const entries = rows.map((row) => {
    const r = Number(row._rec);
    const shown = (row.shown as string[]).join(', ') + (Number(row.n) > 3 ? ', …' : '');
    const params: Issue['params'] = { id: String(row.order_id), header, values: shown, chosen: String(row.chosen) };
    return { row: r, col, issue: { sheet: sink.sheet, cell: sink.address(r, col), severity: 'warning' as const, code: 'orderLinesDisagree', params } };
  });
  sink.absorb({ entries, counts: [[`orderLinesDisagree\u0000${col}`, Number(rows[0].seen)]] }, 0);
}

async function asLines(engine: Engine, input: CombineInput, amountOnce: boolean, rowCount: number, repeated: { ids: number; rows: number }): Promise<Combined> {
  const { typed, sink } = input;
  if (amountOnce) {
    const col = input.mapping.amount?.column;
    sink.sheetWide('info', 'amountOncePerOrder', { header: col === undefined ? 'amount' : input.headers[col] });
  }
  // Every line with its order's fields (whole-partition windows: no sort).
  const settledColumns = COLUMNS.map((c) => {
    const how = SETTLE.get(c);
    const id = name(c);
    if (how === 'min' || how === 'max') return `${how}(${id}) OVER (${ORDER}) AS ${id}`;
    if (how === 'first') return `arg_min(${id}, _rec) OVER (${ORDER}) AS ${id}`;
    if ((GROUP_FIELDS as readonly string[]).includes(c)) return `coalesce(${id}, arg_min(${id}, _rec) OVER (${ORDER})) AS ${id}`;
    if (c === 'amount' && amountOnce) return `CASE WHEN _rec = min(_rec) FILTER (WHERE "amount" IS NOT NULL) OVER (${ORDER}) THEN "amount" END AS "amount"`;
    return id;
  });
  const settled = `${typed}__settled`;
  await engine.query(`CREATE OR REPLACE TEMP TABLE ${name(settled)} AS SELECT _rec, ${settledColumns.join(', ')}, _row FROM ${name(typed)}`);
  for (const field of ORDER_FIELD_KEYS) if (TOLD.has(field)) await disagreements(engine, input, field, name(field));
  // One row per order and group: the part's first line, its amount the part's sum.
  const groups = GROUP_FIELDS.map((g) => name(g)).join(', ');
  const kept = COLUMNS.map((c) => (c === 'amount' ? 'sum("amount") AS "amount"' : c === 'order_id' || (GROUP_FIELDS as readonly string[]).includes(c) ? name(c) : `any_value(${name(c)}) AS ${name(c)}`));
  await replaceTable(
    engine,
    typed,
    `SELECT min(_rec) AS _rec, ${kept.join(', ')}, min(_row) AS _row FROM ${name(settled)} GROUP BY "order_id", CASE WHEN "order_id" IS NULL THEN _rec END, ${groups} ORDER BY _rec`,
  );
  await engine.query(`DROP TABLE ${name(settled)}`);
  const orderCount = rowCount - (repeated.rows - repeated.ids);
  sink.sheetWide('info', 'orderLinesCombined', { orders: orderCount, rows: rowCount });
  const { rows: [across] } = await engine.query(
    `SELECT count(*) AS n, arg_min(order_id, first) AS id FROM (SELECT order_id, min(_rec) AS first FROM ${name(typed)} WHERE order_id IS NOT NULL GROUP BY order_id HAVING count(*) > 1)`,
  );
  const ordersAcrossGroups = Number(across.n);
  if (ordersAcrossGroups > 0) sink.sheetWide('info', 'orderLinesAcrossGroups', { count: ordersAcrossGroups, id: String(across.id) });
  return { shape: 'lines', orderCount, ordersAcrossGroups };
}

async function asHistory(engine: Engine, input: CombineInput, changeCol: number, rowCount: number): Promise<Combined> {
  const { typed, sink } = input;
  // A row whose key cannot be read makes the file's order decide for its id: the last row (keys all 0).
  const key = changeCol < 0 ? '0' : changeKeySql(changeCol);
  const keyed = `SELECT t.*, ${key} AS _key FROM ${name(typed)} t JOIN ${name(input.raw)} r USING (_rec)`;
  const ranked = `SELECT *, CASE WHEN bool_or(_key IS NULL) OVER (${ORDER}) THEN 0 ELSE _key END AS _rank FROM (${keyed})`;
  await replaceTable(
    engine,
    typed,
    `SELECT * EXCLUDE (_key, _rank) FROM (${ranked}) QUALIFY row_number() OVER (${ORDER} ORDER BY _rank DESC, _rec DESC) = 1 ORDER BY _rec`,
  );
  const { rows: [kept] } = await engine.query(`SELECT count(*) AS n FROM ${name(typed)}`);
  const orders = Number(kept.n);
  sink.sheetWide('info', 'historyLatestKept', { orders, rows: rowCount, by: changeCol < 0 ? '' : input.headers[changeCol] });
  return { shape: 'history', orderCount: orders, ordersAcrossGroups: 0 };
}

/** One order per order id (or per order and group), the typed table replaced; what the sheet was. */
export async function combineOrderLinesSql(engine: Engine, input: CombineInput): Promise<Combined> {
  const { rows: [r] } = await engine.query(
    `SELECT (SELECT count(*) FROM ${name(input.typed)}) AS n, count(*) AS ids, coalesce(sum(k), 0) AS rows FROM (SELECT count(*) AS k FROM ${name(input.typed)} WHERE order_id IS NOT NULL GROUP BY order_id HAVING count(*) > 1)`,
  );
  const rowCount = Number(r.n);
  const repeated = { ids: Number(r.ids), rows: Number(r.rows) };
  if (repeated.ids === 0) return { shape: 'orders', orderCount: rowCount, ordersAcrossGroups: 0 };
  const { shape, changeCol } = await shapeOf(engine, input);
  if (shape.shape === 'history') return asHistory(engine, input, changeCol, rowCount);
  return asLines(engine, input, shape.shape === 'lines' && shape.amountOnce, rowCount, repeated);
}
