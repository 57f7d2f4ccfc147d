import { CANCEL_WORDS } from '../ingest/cancelled';
import { sqlString } from '../kpi/sql-parts';
import type { FieldMatch } from '../mapping/index';
import { ORDER_FIELDS, ORDER_FIELD_KEYS, type FieldKind, type OrderField } from '../schema/fields';
import { quoteIdentifier } from '../engine/sql-identifier';
import type { SourceProblem } from './problem';
import { columnKind, type SourceColumn } from './source-columns';
import { tableSql, tableText, type TableName } from './table-name';

/** The PostgreSQL type each field becomes in the mapped select (as DUCKDB_TYPE_OF_KIND for files). */
const TYPE_OF_KIND: Record<FieldKind, string> = { text: 'text', date: 'timestamp', number: 'double precision', bool: 'boolean' };

const WANTED: Record<FieldKind, string> = {
  text: 'text',
  date: 'date, timestamp',
  number: 'integer, numeric, double precision, boolean',
  bool: 'boolean, integer',
};

/** A column as a field's type, or null when its type cannot be that field (text as a date). */
function fieldValue(field: OrderField, column: SourceColumn, satisfactionScale: number | null): string | null {
  const value = typedValue(field, column);
  // As ingest does: a score outside 0…scale is read as blank (checkSatisfactionScale).
  if (field === 'satisfaction' && value !== null && satisfactionScale !== null) {
    return `CASE WHEN ${value} >= 0 AND ${value} <= ${satisfactionScale} THEN ${value} END`;
  }
  return value;
}

function typedValue(field: OrderField, column: SourceColumn): string | null {
  const name = quoteIdentifier(column.name);
  const kind = columnKind(column.type);
  switch (ORDER_FIELDS[field].kind) {
    case 'text':
      return `CAST(${name} AS text)`;
    case 'date':
      // A timestamptz shows as UTC wall-clock time (the connector sets TimeZone=UTC).
      return kind === 'date' ? `CAST(${name} AS timestamp)` : null;
    case 'number':
      // errors as yes/no: yes → 1, no → 0 (as ingest reads a yes/no errors column).
      if (kind === 'bool') return `CAST(CAST(${name} AS integer) AS double precision)`;
      return kind === 'number' ? `CAST(${name} AS double precision)` : null;
    case 'bool':
      if (kind === 'number') return `(${name} <> 0)`;
      return kind === 'bool' ? name : null;
  }
}

/** cancelled, like shared/ingest/cancelled.ts: the status says so, or a cancellation date is filled. */
function cancelledValue(status: SourceColumn | null, cancelDate: SourceColumn | null): string {
  const tests: string[] = [];
  if (status) {
    const text = `lower(CAST(${quoteIdentifier(status.name)} AS text))`;
    tests.push(`coalesce(${CANCEL_WORDS.map((w) => `strpos(${text}, ${sqlString(w)}) > 0`).join(' OR ')}, false)`);
  }
  if (cancelDate) tests.push(`${quoteIdentifier(cancelDate.name)} IS NOT NULL`);
  return tests.length ? tests.join(' OR ') : 'false';
}

export interface MappedOrders {
  /** SELECT … FROM the table: the columns of the `orders` table ingest makes, by the same names and kinds. */
  sql: string;
  /** The same without `_row`: a select PostgreSQL can fold into the query (and scan in parallel). */
  sqlWithoutRow: string;
  fieldsPresent: OrderField[];
}

/**
 * The orders table of a database source, as SQL: each mapped column under its field's name and
 * type (`SELECT "OrderDate" AS "created", …`), unmapped fields as typed NULLs, `cancelled` from
 * the status, `_row` the row's number. Pure; a column whose type cannot hold its field is a problem.
 */
export function mappedOrdersSql(
  table: TableName,
  columns: readonly SourceColumn[],
  mapping: Partial<Record<OrderField, FieldMatch>>,
  cancelDate: SourceColumn | null,
  /** Scores outside 0…this are blank (null: taken as they are, to infer the scale from). */
  satisfactionScale: number | null = null,
  /** Unmapped columns kept as they are under these names (what tells order lines from a history). */
  extra: readonly { alias: string; column: SourceColumn }[] = [],
): { value: MappedOrders | null; problems: SourceProblem[] } {
  const problems: SourceProblem[] = [];
  const fieldsPresent: OrderField[] = [];
  const select = ORDER_FIELD_KEYS.map((field) => {
    const match = mapping[field];
    const column = match ? columns[match.column] : undefined;
    const value = column ? fieldValue(field, column, satisfactionScale) : null;
    if (column && value === null) {
      problems.push({
        code: 'cliDbColumnType',
        params: { table: tableText(table), column: column.name, type: column.type, field, wanted: WANTED[ORDER_FIELDS[field].kind] },
      });
    }
    if (value !== null) fieldsPresent.push(field);
    return `${value ?? `CAST(NULL AS ${TYPE_OF_KIND[ORDER_FIELDS[field].kind]})`} AS ${quoteIdentifier(field)}`;
  });
  if (problems.length) return { value: null, problems };
  const status = mapping.status ? columns[mapping.status.column] : null;
  select.push(`${cancelledValue(status, cancelDate)} AS "cancelled"`);
  for (const { alias, column } of extra) select.push(`${quoteIdentifier(column.name)} AS ${quoteIdentifier(alias)}`);
  const from = `\nFROM ${tableSql(table)}`;
  const sql = `SELECT ${[...select, 'row_number() OVER () AS "_row"'].join(',\n  ')}${from}`;
  return { value: { sql, sqlWithoutRow: `SELECT ${select.join(',\n  ')}${from}`, fieldsPresent }, problems };
}

/**
 * A query over `orders` (the KPI compiler's) run over the mapped select instead: the select
 * becomes the CTE "orders", inlined (NOT MATERIALIZED) so that each scan reads the table itself
 * rather than a materialized copy of it. The row number comes only when the query reads
 * `_row` (the orders behind a number, combined order lines): its window function keeps
 * PostgreSQL from folding the select into the scans.
 */
export function withOrders(sql: string, orders: MappedOrders, name = 'orders'): string {
  const select = /\b_row\b/.test(sql) ? orders.sql : orders.sqlWithoutRow;
  const cte = `${quoteIdentifier(name)} AS NOT MATERIALIZED (\n${select}\n)`;
  return sql.startsWith('WITH ') ? `WITH ${cte},\n${sql.slice('WITH '.length)}` : `WITH ${cte}\n${sql}`;
}
