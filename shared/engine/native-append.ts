import {
  DuckDBBooleanType,
  DuckDBDataChunk,
  DuckDBDoubleType,
  DuckDBIntegerType,
  DuckDBVarCharType,
  ENUM8,
  type DuckDBAppender,
  type DuckDBType,
  type DuckDBValue,
  type DuckDBVector,
} from '@duckdb/node-api';
import type { Column, ColumnTable } from '../schema/columns';
import { quoteIdentifier } from './sql-identifier';

/**
 * A ColumnTable into native DuckDB through @duckdb/node-api's public bulk path: the rows go
 * into data chunks of DuckDB's vector size, column by column, and each chunk into an appender
 * (one call per chunk, not per value), into a staging table; `finalSelect` then gives the
 * table the types of DUCKDB_TYPE_OF_KIND, the same as the wasm engine's. Two column kinds
 * are staged in a cheaper form and converted by DuckDB, on every core (1M rows, Node, 2 cores):
 *   - text with at most 256 distinct values as an ENUM: one byte per row set in JS, where a
 *     VARCHAR costs a native call per value (~250 ns);
 *   - dates as DOUBLE epoch ms, made TIMESTAMP by `epoch_ms`: a TIMESTAMP vector takes a BigInt
 *     value object per row. Wall-clock ms → µs exactly, never shifted.
 */
export const CHUNK_ROWS = 2048;

/** ENUM8's limit; a bigger dictionary is read back from DuckDB for every chunk's vector. */
const MAX_ENUM_VALUES = 256;

export interface StagedColumn {
  name: string;
  column: Column;
  /** The DuckDB type of the staging column. */
  type: DuckDBType;
  /** The SQL that turns the staged column into the loaded one. */
  select: string;
}

/** The distinct texts of a column when there are few enough for an ENUM, else null. */
function fewTexts(values: readonly (string | null)[], rowCount: number): string[] | null {
  const seen = new Set<string>();
  for (let i = 0; i < rowCount; i++) {
    const text = values[i];
    if (text === null || text === undefined || seen.has(text)) continue;
    seen.add(text);
    if (seen.size > MAX_ENUM_VALUES) return null;
  }
  return [...seen];
}

export function stagedColumns(table: ColumnTable): StagedColumn[] {
  return Object.entries(table.columns).map(([name, column]) => {
    const id = quoteIdentifier(name);
    switch (column.kind) {
      case 'text': {
        const texts = fewTexts(column.values, table.rowCount);
        if (texts && texts.length > 0) return { name, column, type: ENUM8(texts), select: `CAST(${id} AS VARCHAR) AS ${id}` };
        return { name, column, type: DuckDBVarCharType.instance, select: id };
      }
      case 'number':
        return { name, column, type: DuckDBDoubleType.instance, select: id };
      case 'date':
        return { name, column, type: DuckDBDoubleType.instance, select: `epoch_ms(CAST(${id} AS BIGINT)) AS ${id}` };
      case 'bool':
        return { name, column, type: DuckDBBooleanType.instance, select: id };
      case 'int':
        return { name, column, type: DuckDBIntegerType.instance, select: id };
    }
  });
}

/**
 * Sets rows [start, start + itemCount) of a column with a validity byte per row: the values
 * first, the nulls after. @duckdb/node-api keeps no validity mask until a null arrives, and
 * once it has one each item set costs BigInt bit arithmetic; valid values set first skip it.
 */
function fillWithNulls(vector: DuckDBVector, valid: Uint8Array, start: number, value: (row: number) => DuckDBValue): void {
  const rows = vector.itemCount;
  let nulls = false;
  for (let i = 0; i < rows; i++) {
    if (valid[start + i]) vector.setItem(i, value(start + i));
    else nulls = true;
  }
  if (nulls) for (let i = 0; i < rows; i++) if (!valid[start + i]) vector.setItem(i, null);
}

/** Writes the rows [start, start + vector.itemCount) of one column into a chunk's vector. */
function fillVector(vector: DuckDBVector, column: Column, start: number): void {
  const rows = vector.itemCount;
  switch (column.kind) {
    case 'text': {
      const { values } = column;
      let nulls = false;
      for (let i = 0; i < rows; i++) {
        const text = values[start + i];
        if (text === null || text === undefined) nulls = true;
        else vector.setItem(i, text);
      }
      if (nulls) for (let i = 0; i < rows; i++) if (values[start + i] === null || values[start + i] === undefined) vector.setItem(i, null);
      break;
    }
    case 'number':
      fillWithNulls(vector, column.valid, start, (row) => column.values[row]);
      break;
    case 'date':
      // Whole ms, so the cast to BIGINT in finalSelect is exact.
      fillWithNulls(vector, column.valid, start, (row) => Math.round(column.values[row]));
      break;
    case 'bool':
      fillWithNulls(vector, column.valid, start, (row) => column.values[row] !== 0);
      break;
    case 'int':
      for (let i = 0; i < rows; i++) vector.setItem(i, column.values[start + i]);
      break;
  }
  vector.flush();
}

/** Appends every row of `table` into a staging table of `stagedColumns(table)` and flushes. */
export function appendStaged(appender: DuckDBAppender, columns: readonly StagedColumn[], rowCount: number): void {
  const types = columns.map((c) => c.type);
  for (let start = 0; start < rowCount; start += CHUNK_ROWS) {
    const chunk = DuckDBDataChunk.create(types, Math.min(CHUNK_ROWS, rowCount - start));
    columns.forEach(({ column }, c) => fillVector(chunk.getColumnVector(c), column, start));
    appender.appendDataChunk(chunk);
  }
  appender.flushSync();
}
