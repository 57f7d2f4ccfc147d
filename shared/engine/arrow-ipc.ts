import { Bool, Field, Float64, Int32, Schema, TimestampMicrosecond, Utf8, type DataType } from 'apache-arrow';
import { BufferRegion, FieldNode, Message, RecordBatch as RecordBatchHeader } from 'apache-arrow/ipc/metadata/message';
import type { Column, ColumnTable } from '../schema/columns';
import { countNulls, epochMsToMicros, packBitsInto, textShape, writeUtf8Column } from './arrow-buffers';

/**
 * An Arrow IPC stream (schema, one record batch, end marker) written straight into memory the
 * caller provides: for the Node engine, duckdb-wasm's own heap. apache-arrow's `tableToIPC`
 * wants every column as typed arrays first and then copies them into a new stream; on 1M
 * orders that was ~1 s of building and copying, and the ~300 MB of short-lived buffers set
 * off several full garbage collections of the (large) sheet still in memory. Here nothing
 * big is allocated: each column is written once, in place. The metadata is encoded by
 * apache-arrow's own flatbuffer code (`Message.encode`).
 *
 * Text is sized only once written, so the body holds the fixed-size buffers first, in column
 * order, then the text bytes; every buffer's offset is in the metadata, and the metadata is
 * written last into room reserved for it. Dates go in as Timestamp(µs), DuckDB's own
 * TIMESTAMP unit, so the insert needs no cast.
 */
export interface ArrowIpcStream {
  /** The most bytes the stream can take: text is counted at 3 bytes per UTF-16 unit. */
  maxByteLength: number;
  /**
   * Writes every byte of the stream at `target[at…]` (`at` 8-byte aligned, `maxByteLength`
   * bytes of room, old contents do not matter) and returns the stream's actual length.
   */
  writeInto(target: Uint8Array, at: number): number;
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

/** A buffer of known size; `write` may be left out when someone else writes it (text). */
interface FixedBuffer {
  byteLength: number;
  write?: (target: Uint8Array, at: number) => void;
}

interface ColumnPlan {
  nullCount: number;
  /** In Arrow's order (validity, then offsets or values), text bytes left out. */
  fixed: FixedBuffer[];
  text?: { values: readonly (string | null)[]; maxBytes: number };
}

function validity(valid: Uint8Array, start: number, end: number, nullCount: number): FixedBuffer {
  // A column without nulls sends an empty bitmap, as Arrow allows.
  if (nullCount === 0) return { byteLength: 0 };
  return { byteLength: (end - start + 7) >> 3, write: (target, at) => packBitsInto(valid, start, end, target, at) };
}

function copied(values: Float64Array | Int32Array): FixedBuffer {
  const bytes = new Uint8Array(values.buffer, values.byteOffset, values.byteLength);
  return { byteLength: bytes.byteLength, write: (target, at) => target.set(bytes, at) };
}

function columnPlan(column: Column, start: number, end: number): ColumnPlan {
  const rows = end - start;
  switch (column.kind) {
    case 'text': {
      const { nullCount, units } = textShape(column.values, start, end);
      const fixed = [{ byteLength: nullCount === 0 ? 0 : (rows + 7) >> 3 }, { byteLength: (rows + 1) * 4 }];
      return { nullCount, fixed, text: { values: column.values, maxBytes: units * 3 } };
    }
    case 'number': {
      const nullCount = countNulls(column.valid, start, end);
      return { nullCount, fixed: [validity(column.valid, start, end, nullCount), copied(column.values.subarray(start, end))] };
    }
    case 'date': {
      const nullCount = countNulls(column.valid, start, end);
      const micros = { byteLength: rows * 8, write: (t: Uint8Array, at: number) => epochMsToMicros(column.values, column.valid, start, end, t, at) };
      return { nullCount, fixed: [validity(column.valid, start, end, nullCount), micros] };
    }
    case 'bool': {
      const nullCount = countNulls(column.valid, start, end);
      const bits = { byteLength: (rows + 7) >> 3, write: (t: Uint8Array, at: number) => packBitsInto(column.values, start, end, t, at) };
      return { nullCount, fixed: [validity(column.valid, start, end, nullCount), bits] };
    }
    case 'int':
      return { nullCount: 0, fixed: [{ byteLength: 0 }, copied(column.values.subarray(start, end))] };
  }
}

const align8 = (n: number) => (n + 7) & ~7;

/** A message as framed in a stream: continuation marker, metadata size, flatbuffer, zeros to `size`. */
function writeMessage(target: Uint8Array, at: number, metadata: Uint8Array, size: number): void {
  const words = new DataView(target.buffer, target.byteOffset + at, 8);
  words.setInt32(0, -1, true);
  words.setInt32(4, size - 8, true);
  target.set(metadata, at + 8);
  target.fill(0, at + 8 + metadata.byteLength, at + size);
}

const framedSize = (metadata: Uint8Array) => 8 + align8(metadata.byteLength);

/** The rows [start, end) of a table as one Arrow IPC stream, planned now and written on demand. */
export function arrowIpcStream(table: ColumnTable, start: number, end: number): ArrowIpcStream {
  const rows = end - start;
  const plans = Object.values(table.columns).map((column) => columnPlan(column, start, end));
  const fixedAt = plans.map(() => [] as number[]);
  let fixedLength = 0;
  plans.forEach((plan, c) =>
    plan.fixed.forEach((buffer) => {
      fixedAt[c].push(fixedLength);
      fixedLength += align8(buffer.byteLength);
    }),
  );
  const maxText = plans.reduce((sum, plan) => sum + (plan.text ? align8(plan.text.maxBytes) : 0), 0);

  const header = (textBytes: readonly number[], textAt: readonly number[], bodyLength: number) => {
    const regions: BufferRegion[] = [];
    plans.forEach((plan, c) => {
      plan.fixed.forEach((buffer, b) => regions.push(new BufferRegion(fixedAt[c][b], buffer.byteLength)));
      if (plan.text) regions.push(new BufferRegion(textAt[c], textBytes[c]));
    });
    const nodes = plans.map((plan) => new FieldNode(rows, plan.nullCount));
    return Message.encode(Message.from(new RecordBatchHeader(rows, nodes, regions), bodyLength));
  };
  const schema = Message.encode(Message.from(arrowSchemaOf(table)));
  const schemaSize = framedSize(schema);
  // Room for the batch metadata: its flatbuffer holds every number at a fixed width (structs
  // and non-zero int64 fields), so the real one, written last, is the same size.
  const maxTextBytes = plans.map((plan) => plan.text?.maxBytes ?? 0);
  const metadataSize = framedSize(header(maxTextBytes, maxTextBytes, fixedLength + maxText));
  const bodyStart = schemaSize + metadataSize;

  return {
    maxByteLength: bodyStart + fixedLength + maxText + 8,
    writeInto(target, at) {
      writeMessage(target, at, schema, schemaSize);
      const body = at + bodyStart;
      const textBytes: number[] = [];
      const textAt: number[] = [];
      let bodyLength = fixedLength;
      plans.forEach((plan, c) => {
        plan.fixed.forEach((buffer, b) => {
          const bufferAt = body + fixedAt[c][b];
          buffer.write?.(target, bufferAt);
          // Arrow asks for zeros in the alignment padding.
          target.fill(0, bufferAt + buffer.byteLength, bufferAt + align8(buffer.byteLength));
        });
        if (!plan.text) return;
        const places = { validityAt: plan.nullCount === 0 ? -1 : body + fixedAt[c][0], offsetsAt: body + fixedAt[c][1], dataAt: body + bodyLength };
        const written = writeUtf8Column(plan.text.values, start, end, target, places);
        target.fill(0, places.dataAt + written, places.dataAt + align8(written));
        textBytes[c] = written;
        textAt[c] = bodyLength;
        bodyLength += align8(written);
      });
      const metadata = header(textBytes, textAt, bodyLength);
      if (framedSize(metadata) > metadataSize) throw new Error('Arrow IPC: the record batch metadata outgrew its room');
      writeMessage(target, at + schemaSize, metadata, metadataSize);
      // End of stream: continuation marker, then a metadata size of 0.
      writeMessage(target, body + bodyLength, new Uint8Array(0), 8);
      return bodyStart + bodyLength + 8;
    },
  };
}

/** Bytes of the schema message a stream of this table's columns starts with. */
function schemaByteLength(table: ColumnTable): number {
  return framedSize(Message.encode(Message.from(arrowSchemaOf(table))));
}

/**
 * Every row of `table` as one Arrow record batch, without a schema before it or an end marker
 * after it: rows to put into another stream of the same columns (streamOfBatches).
 */
export function recordBatchOf(table: ColumnTable): Uint8Array {
  const stream = arrowIpcBytes(arrowIpcStream(table, 0, table.rowCount));
  return stream.subarray(schemaByteLength(table), stream.byteLength - 8);
}

/**
 * One stream of `table`'s columns whose rows are the given record batches (recordBatchOf), not
 * the table's: rows made elsewhere go into DuckDB in one insert (a second insert into a table
 * costs far more than its rows, see open-engine.ts).
 */
export function streamOfBatches(table: ColumnTable, batches: readonly Uint8Array[]): ArrowIpcStream {
  const schema = Message.encode(Message.from(arrowSchemaOf(table)));
  const schemaSize = framedSize(schema);
  const rows = batches.reduce((n, b) => n + b.byteLength, 0);
  return {
    maxByteLength: schemaSize + rows + 8,
    writeInto(target, at) {
      writeMessage(target, at, schema, schemaSize);
      let end = at + schemaSize;
      for (const batch of batches) {
        target.set(batch, end);
        end += batch.byteLength;
      }
      writeMessage(target, end, new Uint8Array(0), 8);
      return end + 8 - at;
    },
  };
}

/** The stream's bytes in a new buffer of their own (the browser posts them to its worker). */
export function arrowIpcBytes(stream: ArrowIpcStream): Uint8Array {
  const room = new Uint8Array(stream.maxByteLength);
  return room.subarray(0, stream.writeInto(room, 0));
}
