/**
 * A name as a DuckDB identifier: always quoted, because field names such as `owner` are
 * keywords, and headers may hold spaces or Chinese. Inner quotes are doubled (SQL standard).
 */
export function quoteIdentifier(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}
