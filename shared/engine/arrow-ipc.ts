import { Bool, Field, Float64, Int32, makeData, RecordBatch, Schema, Struct, Table, tableToIPC, TimestampMicrosecond, Utf8, type Data, type DataType } from 'apache-arrow';
import type { Column, ColumnTable } from '../schema/columns';
import { countNulls, epochMsToMicros, packBitsInto, textShape, writeUtf8Column } from './arrow-buffers';

/**
 * Typed columns → Arrow IPC streams through apache-arrow's public API only: each column
 * becomes one `makeData` over buffers written straight from the typed arrays (arrow-buffers.ts:
 * validity bits, µs timestamps, hand-written UTF-8; numbers and ints are views, not copies),
 * and `tableToIPC` frames them. Dates go in as Timestamp(µs), DuckDB's own TIMESTAMP unit, so
 * the insert needs no cast.
 */
export interface ArrowIpcStream {
  /** The stream's bytes, built when asked for, so only one batch's exist at a time. */
  bytes(): Uint8Array;
}

/** The Arrow type each column kind is sent as. */
function arrowTypeOf(column: Column): DataType {
  switch (column.kind) {
    case 'text':
      return new Utf8();
    case 'number':
      return new Float64();
    case 'date':
      return new TimestampMicrosecond();
    case 'bool':
      return new Bool();
    case 'int':
      return new Int32();
  }
}

/** The Arrow schema the stream declares for a table's columns (all nullable). */
export function arrowSchemaOf(table: ColumnTable): Schema {
  return new Schema(Object.entries(table.columns).map(([name, column]) => new Field(name, arrowTypeOf(column), true)));
}

function bits(bytes: Uint8Array, start: number, end: number): Uint8Array {
  const packed = new Uint8Array((end - start + 7) >> 3);
  packBitsInto(bytes, start, end, packed, 0);
  return packed;
}

/** A validity bitmap, or none for a column without nulls (as Arrow allows). */
function validity(valid: Uint8Array, start: number, end: number): { nullCount: number; nullBitmap?: Uint8Array } {
  const nullCount = countNulls(valid, start, end);
  return nullCount === 0 ? { nullCount } : { nullCount, nullBitmap: bits(valid, start, end) };
}

const align8 = (n: number) => (n + 7) & ~7;

/** A text column as Utf8: its validity, offsets and bytes written into one buffer. */
function utf8Data(values: readonly (string | null)[], start: number, end: number): Data {
  const length = end - start;
  const { nullCount, units } = textShape(values, start, end);
  const validityBytes = nullCount === 0 ? 0 : align8((length + 7) >> 3);
  const offsetsAt = validityBytes;
  const dataAt = offsetsAt + align8((length + 1) * 4);
  const buffer = new Uint8Array(dataAt + units * 3);
  const written = writeUtf8Column(values, start, end, buffer, { validityAt: nullCount === 0 ? -1 : 0, offsetsAt, dataAt });
  return makeData({
    type: new Utf8(),
    length,
    nullCount,
    nullBitmap: nullCount === 0 ? undefined : buffer.subarray(0, (length + 7) >> 3),
    valueOffsets: new Int32Array(buffer.buffer, offsetsAt, length + 1),
    data: buffer.subarray(dataAt, dataAt + written),
  });
}

function columnData(column: Column, start: number, end: number): Data {
  const length = end - start;
  switch (column.kind) {
    case 'text':
      return utf8Data(column.values, start, end);
    case 'number':
      return makeData({ type: new Float64(), length, ...validity(column.valid, start, end), data: column.values.subarray(start, end) });
    case 'date': {
      const micros = new Uint8Array(length * 8);
      epochMsToMicros(column.values, column.valid, start, end, micros, 0);
      return makeData({ type: new TimestampMicrosecond(), length, ...validity(column.valid, start, end), data: new BigInt64Array(micros.buffer) });
    }
    case 'bool':
      return makeData({ type: new Bool(), length, ...validity(column.valid, start, end), data: bits(column.values, start, end) });
    case 'int':
      return makeData({ type: new Int32(), length, nullCount: 0, data: column.values.subarray(start, end) });
  }
}

/** The rows [start, end) of a table as one record batch of apache-arrow's. */
function recordBatch(table: ColumnTable, start: number, end: number): RecordBatch {
  const schema = arrowSchemaOf(table);
  const children = Object.values(table.columns).map((column) => columnData(column, start, end));
  return new RecordBatch(schema, makeData({ type: new Struct(schema.fields), length: end - start, nullCount: 0, children }));
}

/** The rows [start, end) of a table as one Arrow IPC stream (schema, one record batch, end marker). */
export function arrowIpcStream(table: ColumnTable, start: number, end: number): ArrowIpcStream {
  return { bytes: () => tableToIPC(new Table([recordBatch(table, start, end)]), 'stream') };
}

/** The stream's bytes (duckdb-wasm's insertArrowFromIPCStream takes them; the browser posts them to its worker). */
export function arrowIpcBytes(stream: ArrowIpcStream): Uint8Array {
  return stream.bytes();
}
