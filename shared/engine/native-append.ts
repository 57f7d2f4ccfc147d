import {
  DuckDBBooleanType,
  DuckDBDataChunk,
  DuckDBDoubleType,
  DuckDBIntegerType,
  DuckDBTimestampType,
  DuckDBVarCharType,
  timestampValue,
  type DuckDBAppender,
  type DuckDBType,
  type DuckDBValue,
  type DuckDBVector,
} from '@duckdb/node-api';
import type { Column, ColumnTable } from '../schema/columns';

/**
 * A ColumnTable into native DuckDB through @duckdb/node-api's public bulk path: the rows go
 * into data chunks of DuckDB's vector size, column by column, and each chunk into an appender
 * (one call per chunk, not per value). The types are DUCKDB_TYPE_OF_KIND's, so the table is
 * the same as the wasm engine's; dates are wall-clock epoch ms → TIMESTAMP µs, never shifted.
 */
export const CHUNK_ROWS = 2048;

const TYPE_OF_KIND: Record<Column['kind'], DuckDBType> = {
  text: DuckDBVarCharType.instance,
  number: DuckDBDoubleType.instance,
  date: DuckDBTimestampType.instance,
  bool: DuckDBBooleanType.instance,
  int: DuckDBIntegerType.instance,
};

/** Writes the rows [start, start + vector.itemCount) of one column into a chunk's vector. */
function fillVector(vector: DuckDBVector, column: Column, start: number): void {
  const rows = vector.itemCount;
  const set = (i: number, value: DuckDBValue) => vector.setItem(i, value);
  switch (column.kind) {
    case 'text':
      for (let i = 0; i < rows; i++) set(i, column.values[start + i] ?? null);
      break;
    case 'number':
      for (let i = 0; i < rows; i++) set(i, column.valid[start + i] ? column.values[start + i] : null);
      break;
    case 'date':
      // Whole ms → µs; a BigInt of the ms first, so the product is exact.
      for (let i = 0; i < rows; i++) set(i, column.valid[start + i] ? timestampValue(BigInt(Math.round(column.values[start + i])) * 1000n) : null);
      break;
    case 'bool':
      for (let i = 0; i < rows; i++) set(i, column.valid[start + i] ? column.values[start + i] !== 0 : null);
      break;
    case 'int':
      for (let i = 0; i < rows; i++) set(i, column.values[start + i]);
      break;
  }
  vector.flush();
}

/** Appends every row of `table` (its columns in the appender table's order) and flushes. */
export function appendColumnTable(appender: DuckDBAppender, table: ColumnTable): void {
  const columns = Object.values(table.columns);
  const types = columns.map((c) => TYPE_OF_KIND[c.kind]);
  for (let start = 0; start < table.rowCount; start += CHUNK_ROWS) {
    const chunk = DuckDBDataChunk.create(types, Math.min(CHUNK_ROWS, table.rowCount - start));
    columns.forEach((column, c) => fillVector(chunk.getColumnVector(c), column, start));
    appender.appendDataChunk(chunk);
  }
  appender.flushSync();
}
