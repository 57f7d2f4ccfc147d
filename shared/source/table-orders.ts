import type { PostgresConnector } from '../engine/postgres';
import { cancelDateColumn } from '../ingest/cancelled';
import type { SatisfactionScale } from '../ingest/index';
import { mapOrderHeaders, mappingIssues } from '../mapping/index';
import type { LoadedData } from '../pipeline/types';
import { POSTGRES_DIALECT } from '../kpi/dialect';
import { readOrderFacts } from '../pipeline/order-facts';
import type { OrderField } from '../schema/fields';
import type { Issue } from '../schema/issues';
import type { TargetRow } from '../schema/targets';
import { latestStateSql, orderLinesSql } from './combined-orders';
import { mappedOrdersSql, withOrders, type MappedOrders } from './mapped-orders';
import { changeAlias, shapeColumns, shapeExtras, shapeFactsSql, shapeOfFacts, type TableShape } from './table-shape';
import type { SourceProblem } from './problem';
import { sourceColumnsSql, type SourceColumn } from './source-columns';
import { parseTableName, tableText, type TableName } from './table-name';

/** A database table as the orders: what the KPI queries read, and what a front end knows of it. */
export interface TableOrders {
  table: TableName;
  columns: SourceColumn[];
  orders: MappedOrders;
  /** As for a loaded workbook: the table's name stands for the sheet's, its column names for the headers. */
  loaded: LoadedData;
}

export interface TableOrdersOptions {
  overrides?: Partial<Record<OrderField, string>>;
  targets?: TargetRow[];
  kpiSheet?: string | null;
  /** The source as messages name it (sourceText of the URL). */
  source?: string;
}

const FACTS_SQL = `SELECT count(*) AS "rows",
  count(*) FILTER (WHERE "cancelled") AS "cancelled",
  count("order_id") - count(DISTINCT "order_id") AS "repeated_ids",
  count("satisfaction") FILTER (WHERE "satisfaction" >= 0) AS "scores",
  count(*) FILTER (WHERE "satisfaction" >= 0 AND "satisfaction" <= 5) AS "within_5",
  count(*) FILTER (WHERE "satisfaction" >= 0 AND "satisfaction" <= 10) AS "within_10",
  count(*) FILTER (WHERE "satisfaction" >= 0 AND "satisfaction" <= 100) AS "within_100"
FROM "orders"`;

const ORDER_COUNTS_SQL = `SELECT count(DISTINCT "order_id") + count(*) FILTER (WHERE "order_id" IS NULL) AS "rows",
  count(DISTINCT "order_id") FILTER (WHERE "cancelled") + count(*) FILTER (WHERE "order_id" IS NULL AND "cancelled") AS "cancelled"
FROM "orders"`;

/** A table whose ids repeat: its shape (counted in the database) and its orders in that shape. */
async function combinedOrders(
  db: PostgresConnector,
  columns: readonly SourceColumn[],
  mapping: Parameters<typeof shapeColumns>[1],
  mappedWith: (extra: ReturnType<typeof shapeExtras>) => MappedOrders,
): Promise<{ shape: TableShape; orders: MappedOrders } | null> {
  const { lineColumns, changeColumns } = shapeColumns(columns, mapping);
  const raw = mappedWith(shapeExtras(lineColumns, changeColumns));
  const facts = (await db.query(shapeFactsSql(raw.sql, lineColumns, changeColumns))).rows[0] ?? {};
  const shape = shapeOfFacts(facts, lineColumns, changeColumns);
  if (shape.shape === 'lines') return { shape, orders: orderLinesSql(raw, shape.amountOnce) };
  if (shape.shape === 'history') return { shape, orders: latestStateSql(raw, shape.changeColumn ? changeAlias(changeColumns.indexOf(shape.changeColumn)) : null) };
  return null;
}

/** As inferSatisfactionScale (shared/ingest): the smallest of 5, 10, 100 that holds 95% of the scores. */
function scaleOf(scores: number, within5: number, within10: number): SatisfactionScale | null {
  if (scores === 0) return null;
  if (within5 >= 0.95 * scores) return 5;
  return within10 >= 0.95 * scores ? 10 : 100;
}

/**
 * Opens a table of the database as the orders: its columns' names are mapped like a sheet's
 * headers (mapOrderHeaders, --map overrides), their types checked, and the facts the report
 * states (rows, cancelled, months, owners and their teams, the satisfaction scale) counted in
 * the database. Problems (no such table, a column of the wrong type) and mapping errors
 * (a required field missing, an override naming no column) leave no value.
 */
export async function openTableOrders(
  db: PostgresConnector,
  tableName: string,
  opts: TableOrdersOptions = {},
): Promise<{ value: TableOrders | null; problems: SourceProblem[]; issues: Issue[] }> {
  const table = parseTableName(tableName);
  if (!table) return { value: null, problems: [{ code: 'cliBadTable', params: { value: tableName } }], issues: [] };
  const columns = (await db.query(sourceColumnsSql(table))).rows as unknown as SourceColumn[];
  if (columns.length === 0) return { value: null, problems: [{ code: 'cliDbNoTable', params: { source: opts.source ?? '', table: tableText(table) } }], issues: [] };
  const headers = columns.map((c) => c.name);
  const mapped = mapOrderHeaders(headers, opts.overrides);
  const mappingErrors = mappingIssues(mapped, tableText(table), headers);
  if (mappingErrors.length > 0) return { value: null, problems: [], issues: mappingErrors };
  const mappedColumns = new Set(Object.values(mapped.mapping).map((m) => m!.column));
  const cancelAt = cancelDateColumn(headers, mappedColumns);
  const cancelColumn = cancelAt >= 0 ? columns[cancelAt] : null;
  const select = mappedOrdersSql(table, columns, mapped.mapping, cancelColumn);
  if (!select.value) return { value: null, problems: select.problems, issues: [] };

  const [facts] = (await db.query(withOrders(FACTS_SQL, select.value))).rows as Record<string, number>[];
  const scale = scaleOf(facts.scores, facts.within_5, facts.within_10);
  const issues: Issue[] = [];
  // Scores outside the scale are blank from here on, as ingest makes them (said once, with how many).
  const top = scale ?? 100;
  const outside = facts.scores - ({ 5: facts.within_5, 10: facts.within_10, 100: facts.within_100 } as Record<number, number>)[top];
  const negative = (await db.query(withOrders('SELECT count(*) AS n FROM "orders" WHERE "satisfaction" < 0', select.value))).rows[0].n as number;
  if (outside + negative > 0) {
    issues.push({ sheet: tableText(table), cell: '', severity: 'warning', code: 'cliDbSatisfactionOutOfScale', params: { count: outside + negative, scale: top } });
  }
  const scaled = (extra: ReturnType<typeof shapeExtras> = []) =>
    mapped.mapping.satisfaction || extra.length ? mappedOrdersSql(table, columns, mapped.mapping, cancelColumn, mapped.mapping.satisfaction ? top : null, extra).value! : select.value!;
  const combined = facts.repeated_ids > 0 ? await combinedOrders(db, columns, mapped.mapping, scaled) : null;
  const orders = combined?.orders ?? scaled();
  // Rows that are lines or changes of one order: the orders are counted, as for a sheet.
  const ordersCount = combined ? ((await db.query(withOrders(ORDER_COUNTS_SQL, orders))).rows[0] as { rows: number; cancelled: number }) : facts;

  const { months, teams, owners, teamOf } = await readOrderFacts(async (sql) => (await db.query(withOrders(sql, orders))).rows, POSTGRES_DIALECT);
  if (combined?.shape.shape === 'lines') {
    issues.push({ sheet: tableText(table), cell: '', severity: 'info', code: 'cliDbOrderLines', params: { count: facts.repeated_ids } });
  } else if (combined?.shape.shape === 'history') {
    const by = combined.shape.changeColumn?.name ?? '';
    issues.push({ sheet: tableText(table), cell: '', severity: 'info', code: 'cliDbHistory', params: { orders: ordersCount.rows, rows: facts.rows, by } });
  }
  const loaded: LoadedData = {
    ordersSheet: tableText(table),
    kpiSheet: opts.kpiSheet ?? null,
    mapping: mapped.mapping,
    fieldsPresent: orders.fieldsPresent,
    satisfactionScale: scale,
    targets: opts.targets ?? [],
    months,
    teams,
    owners,
    teamOf,
    rowCount: ordersCount.rows,
    // Order lines stay rows of their own: the KPI SQL combines them by order id (ordersFrom).
    ordersAcrossGroups: combined?.shape.shape === 'lines',
    cancelledCount: ordersCount.cancelled,
    headers,
  };
  return { value: { table, columns, orders, loaded }, problems: [], issues };
}
