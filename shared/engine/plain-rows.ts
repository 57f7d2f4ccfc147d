import { DataType, Type, type Table } from 'apache-arrow';
import type { QueryResult } from './engine';
import { convertOrNull, plainConverter, type PlainOptions } from './plain-values';

/** DuckDB's names for the Arrow types it returns, so the SQL console can show them. */
export function duckdbTypeName(type: DataType): string {
  if (DataType.isInt(type)) {
    const names: Record<number, string> = { 8: 'TINYINT', 16: 'SMALLINT', 32: 'INTEGER', 64: 'BIGINT' };
    return (type.isSigned ? '' : 'U') + names[type.bitWidth];
  }
  if (DataType.isFloat(type)) return type.precision === 2 ? 'DOUBLE' : 'FLOAT';
  if (DataType.isDecimal(type)) return `DECIMAL(${type.precision},${type.scale})`;
  if (DataType.isUtf8(type) || DataType.isLargeUtf8(type)) return 'VARCHAR';
  if (DataType.isBool(type)) return 'BOOLEAN';
  if (DataType.isDate(type)) return 'DATE';
  if (DataType.isTimestamp(type)) return type.timezone ? 'TIMESTAMP WITH TIME ZONE' : 'TIMESTAMP';
  if (DataType.isTime(type)) return 'TIME';
  if (DataType.isBinary(type)) return 'BLOB';
  if (DataType.isList(type)) return `${duckdbTypeName(type.children[0].type)}[]`;
  if (DataType.isStruct(type)) return 'STRUCT';
  if (DataType.isInterval(type)) return 'INTERVAL';
  if (type.typeId === Type.Null) return 'NULL';
  return String(type);
}

/** An Arrow query result as plain rows, converted column by column. */
export function plainRows(table: Table, options: PlainOptions = {}): QueryResult {
  const fields = table.schema.fields;
  const columns = fields.map((f) => ({ name: f.name, type: duckdbTypeName(f.type) }));
  const rows: Record<string, unknown>[] = Array.from({ length: table.numRows }, () => ({}));
  fields.forEach((field, index) => {
    const convert = plainConverter(field.type, options);
    const vector = table.getChildAt(index);
    let row = 0;
    for (const value of vector ?? []) rows[row++][field.name] = convertOrNull(convert, value);
  });
  return { columns, rows };
}
