import type { FieldKind } from '../schema/fields';
import { sqlString } from '../kpi/sql-parts';
import type { TableName } from './table-name';

/** A column of the source table: its name (the "header") and PostgreSQL's type name. */
export interface SourceColumn {
  name: string;
  /** information_schema's data_type: `timestamp without time zone`, `numeric`, `text` … */
  type: string;
}

/** What a column's type can hold, in the fields' kinds; `other` for arrays, json, bytea … */
export type ColumnKind = FieldKind | 'other';

const KIND_OF_TYPE: Record<string, ColumnKind> = {
  'timestamp without time zone': 'date',
  'timestamp with time zone': 'date',
  date: 'date',
  smallint: 'number',
  integer: 'number',
  bigint: 'number',
  numeric: 'number',
  real: 'number',
  'double precision': 'number',
  money: 'other',
  boolean: 'bool',
  text: 'text',
  'character varying': 'text',
  character: 'text',
  uuid: 'text',
  citext: 'text',
};

export function columnKind(type: string): ColumnKind {
  return KIND_OF_TYPE[type] ?? 'other';
}

/**
 * The table's columns in table order. A table the user may not read, or that is not there,
 * has none: information_schema lists only what the user can see. A table name without a
 * schema is looked up along the search path (pg_table_is_visible), as a query would find it.
 */
export function sourceColumnsSql(table: TableName): string {
  const where =
    table.schema === null
      ? `c.relname = ${sqlString(table.name)} AND pg_catalog.pg_table_is_visible(c.oid)`
      : `c.relname = ${sqlString(table.name)} AND n.nspname = ${sqlString(table.schema)}`;
  return [
    'SELECT a.attname AS "name", i.data_type AS "type"',
    'FROM pg_catalog.pg_class c',
    'JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace',
    'JOIN pg_catalog.pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped',
    'JOIN information_schema.columns i ON i.table_schema = n.nspname AND i.table_name = c.relname AND i.column_name = a.attname',
    `WHERE ${where}`,
    'ORDER BY a.attnum',
  ].join('\n');
}
