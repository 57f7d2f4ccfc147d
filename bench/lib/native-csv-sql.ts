import { quoteIdentifier } from '../../shared/engine/index';
import type { FieldMatch } from '../../shared/mapping/assign';
import { ORDER_FIELDS, type OrderField } from '../../shared/schema/fields';

/** Stands for the CSV's path in the SQL; the child puts the real one in. */
export const CSV_PATH = '$CSV';

/** Yes/no text as the demo writes it (是/否, and the usual English). */
const yesNo = (column: string) =>
  `CASE WHEN lower(trim(CAST(${column} AS VARCHAR))) IN ('是', 'yes', 'y', 'true', '1', '有') THEN true WHEN lower(trim(CAST(${column} AS VARCHAR))) IN ('否', 'no', 'n', 'false', '0', '无') THEN false END`;

/**
 * The orders table built by native DuckDB itself from the CSV (`read_csv`, types detected), with
 * the product's column names and types, so the same compiled KPI SQL runs on it: the baseline a
 * CLI that did nothing in JS would have. `mapping` is the one the product's ingest found for the
 * same file; cancelled follows the product's status words (shared/ingest/cancelled.ts).
 */
export function nativeOrdersSql(mapping: Partial<Record<OrderField, FieldMatch>>): string {
  const columns = (Object.keys(ORDER_FIELDS) as OrderField[]).flatMap((field) => {
    const match = mapping[field];
    if (!match) return [];
    const source = quoteIdentifier(match.header);
    const name = quoteIdentifier(field);
    switch (ORDER_FIELDS[field].kind) {
      case 'date':
        return [`CAST(${source} AS TIMESTAMP) AS ${name}`];
      case 'number':
        return [field === 'errors' ? `CASE WHEN ${yesNo(source)} IS NOT NULL THEN CAST(${yesNo(source)} AS DOUBLE) ELSE TRY_CAST(${source} AS DOUBLE) END AS ${name}` : `TRY_CAST(${source} AS DOUBLE) AS ${name}`];
      case 'bool':
        return [`${yesNo(source)} AS ${name}`];
      default:
        return [`CAST(${source} AS VARCHAR) AS ${name}`];
    }
  });
  const status = mapping.status ? quoteIdentifier(mapping.status.header) : null;
  const cancelled = status ? `coalesce(regexp_matches(lower(${status}), 'cancel|void|取消|作废|交易关闭'), false)` : 'false';
  return `CREATE TABLE orders AS SELECT ${columns.join(', ')}, ${cancelled} AS cancelled FROM read_csv('${CSV_PATH}', header = true)`;
}
