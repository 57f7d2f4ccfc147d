import {
  Bool,
  Field,
  Float64,
  Int32,
  RecordBatch,
  Schema,
  Struct,
  Table,
  TimestampMillisecond,
  Utf8,
  makeData,
  tableToIPC,
  type Data,
  type DataType,
} from 'apache-arrow';
import type { Column, ColumnTable } from '../schema/columns';
import { epochMsToInt64, nullBitmap, packBits, utf8Buffers } from './arrow-buffers';

/** The DuckDB type each column kind becomes. Dates are wall-clock TIMESTAMPs (never TIMESTAMPTZ). */
export const DUCKDB_TYPE_OF_KIND: Record<Column['kind'], string> = {
  text: 'VARCHAR',
  number: 'DOUBLE',
  date: 'TIMESTAMP',
  bool: 'BOOLEAN',
  int: 'INTEGER',
};

/** The rows [start, end) of one column as Arrow data, sharing the column's memory where it can. */
export function columnData(column: Column, start: number, end: number): Data {
  const length = end - start;
  switch (column.kind) {
    case 'text': {
      const utf8 = utf8Buffers(column.values, start, end);
      return makeData({ type: new Utf8(), length, ...utf8 });
    }
    case 'number': {
      const { bitmap, nullCount } = nullBitmap(column.valid, start, end);
      return makeData({ type: new Float64(), length, nullCount, nullBitmap: bitmap, data: column.values.subarray(start, end) });
    }
    case 'date': {
      const { bitmap, nullCount } = nullBitmap(column.valid, start, end);
      const data = epochMsToInt64(column.values, column.valid, start, end);
      return makeData({ type: new TimestampMillisecond(), length, nullCount, nullBitmap: bitmap, data });
    }
    case 'bool': {
      const { bitmap, nullCount } = nullBitmap(column.valid, start, end);
      return makeData({ type: new Bool(), length, nullCount, nullBitmap: bitmap, data: packBits(column.values, start, end) });
    }
    case 'int':
      return makeData({ type: new Int32(), length, nullCount: 0, data: column.values.subarray(start, end) });
  }
}

/** The rows [start, end) of a table as one Arrow record batch. */
export function recordBatch(table: ColumnTable, start: number, end: number): RecordBatch {
  const names = Object.keys(table.columns);
  const children = names.map((name) => columnData(table.columns[name], start, end));
  const fields = names.map((name, i) => new Field(name, children[i].type as DataType, true));
  const schema = new Schema(fields);
  const data = makeData({ type: new Struct(fields), length: end - start, nullCount: 0, children });
  return new RecordBatch(schema, data);
}

/**
 * The table as Arrow IPC streams of at most `batchRows` rows each, made one at a time so only
 * one batch's bytes exist at once. Streams, not Table objects, cross into duckdb-wasm: it
 * reads bytes, so its own apache-arrow copy never meets ours.
 */
export function* arrowStreams(table: ColumnTable, batchRows: number): Generator<Uint8Array> {
  for (let start = 0; start < table.rowCount; start += batchRows) {
    const end = Math.min(table.rowCount, start + batchRows);
    yield tableToIPC(new Table(recordBatch(table, start, end)), 'stream');
  }
}
