import { quoteIdentifier } from '../engine/sql-identifier';
import type { OrderField } from '../schema/fields';
import type { MergedRange } from '../schema/workbook';
import { cancelledStatusSql } from './cancelled';

/*
 * merged-data.ts's fillMergedDown in SQL, over the typed table of typeRawOrders: a merged area
 * below the header gives its top cell's typed value to the rows under it (same column) that are
 * still empty, where both are rows of the table (orders and their lines). Never the order id: a
 * merged id is several lines of one order. The JS ingest decides `cancelled` from the status
 * after the fill, so a status filled down makes its rows cancelled here too.
 */

/** `merges` relative to values[0][0] (relativeMerges), `fieldsByColumn` the mapped fields per column. */
export function fillMergedDownSql(typed: string, merges: readonly MergedRange[], headerRow: number, fieldsByColumn: ReadonlyMap<number, readonly OrderField[]>): string[] {
  const t = quoteIdentifier(typed);
  const statements: string[] = [];
  for (const m of merges) {
    if (m.startRow <= headerRow || m.endRow <= m.startRow) continue;
    const fields = (fieldsByColumn.get(m.startCol) ?? []).filter((f) => f !== 'order_id');
    for (const field of fields) {
      const f = quoteIdentifier(field);
      const cancelled = field === 'status' ? `, cancelled = ${t}.cancelled OR ${cancelledStatusSql('top.v')}` : '';
      // One statement per area and field: the top's value is read before any row is changed.
      statements.push(
        `UPDATE ${t} SET ${f} = top.v${cancelled} FROM (SELECT ${f} AS v FROM ${t} WHERE _rec = ${m.startRow} AND ${f} IS NOT NULL) top WHERE ${t}._rec > ${m.startRow} AND ${t}._rec <= ${m.endRow} AND ${t}.${f} IS NULL`,
      );
    }
  }
  return statements;
}
