import { quoteIdentifier } from '../engine/sql-identifier';

/** A table (or view) of the database: `orders`, or `sales.orders` with its schema. */
export interface TableName {
  /** null = the first schema of the search path that has it. */
  schema: string | null;
  name: string;
}

/**
 * `--table NAME`: `schema.table` when it holds one dot outside double quotes, else one name.
 * Quotes keep a dot in a name: `"odd.name"`, `sales."Orders 2026"`.
 */
export function parseTableName(text: string): TableName | null {
  const parts: string[] = [];
  let current = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') {
      if (quoted && text[i + 1] === '"') {
        current += '"';
        i++;
      } else quoted = !quoted;
    } else if (c === '.' && !quoted) {
      parts.push(current);
      current = '';
    } else current += c;
  }
  parts.push(current);
  if (quoted || parts.length > 2 || parts.some((p) => p.trim() === '')) return null;
  return parts.length === 2 ? { schema: parts[0], name: parts[1] } : { schema: null, name: parts[0] };
}

export function tableSql(table: TableName): string {
  return table.schema === null ? quoteIdentifier(table.name) : `${quoteIdentifier(table.schema)}.${quoteIdentifier(table.name)}`;
}

export function tableText(table: TableName): string {
  return table.schema === null ? table.name : `${table.schema}.${table.name}`;
}
