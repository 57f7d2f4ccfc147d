import { Bool, Field, Float64, Int32, Schema, TimestampMicrosecond, Utf8, type DataType } from 'apache-arrow';
import { BufferRegion, FieldNode, Message, RecordBatch as RecordBatchHeader } from 'apache-arrow/ipc/metadata/message';
import type { Column, ColumnTable } from '../schema/columns';
import { countNulls, encodeUtf8Column, epochMsToMicros, packBitsInto, type Utf8Column } from './arrow-buffers';

/**
 * An Arrow IPC stream (schema, one record batch, end marker) written straight into one buffer
 * of its final size. apache-arrow's `tableToIPC` needs every column as its own typed arrays
 * first and then copies them all into the stream; on 1M orders that was ~1 s of building and
 * copying and several full GCs. Here each column is written once, in place; only the text
 * bytes pass through a scratch buffer, because their size is known only after encoding. The
 * metadata is encoded by apache-arrow's own flatbuffer code (`Message.encode`).
 *
 * Dates go in as Timestamp(µs), DuckDB's own TIMESTAMP unit, so the insert needs no cast.
 */

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

/** One buffer of the body: its size in bytes and how to write it at a byte offset of the stream. */
interface BodyPart {
  byteLength: number;
  write(stream: Uint8Array, at: number): void;
}

interface ColumnParts {
  nullCount: number;
  /** Arrow's buffer order for the type: validity, then offsets/values, then UTF-8 data. */
  parts: BodyPart[];
}

const NO_BUFFER: BodyPart = { byteLength: 0, write: () => {} };

/** Validity bitmap part; a column without nulls sends an empty one (Arrow allows it). */
function validityPart(valid: Uint8Array, start: number, end: number, nullCount: number): BodyPart {
  if (nullCount === 0) return NO_BUFFER;
  return { byteLength: (end - start + 7) >> 3, write: (stream, at) => packBitsInto(valid, start, end, stream, at) };
}

/** A typed array's bytes copied into the stream as they are (little-endian, as Arrow is). */
function copyPart(values: Float64Array | Int32Array): BodyPart {
  const bytes = new Uint8Array(values.buffer, values.byteOffset, values.byteLength);
  return { byteLength: bytes.byteLength, write: (stream, at) => stream.set(bytes, at) };
}

function textParts(text: Utf8Column): BodyPart[] {
  const offsets = new Uint8Array(text.offsets.buffer, text.offsets.byteOffset, text.offsets.byteLength);
  return [
    text.nullCount === 0 ? NO_BUFFER : { byteLength: text.validity.byteLength, write: (s, at) => s.set(text.validity, at) },
    { byteLength: offsets.byteLength, write: (s, at) => s.set(offsets, at) },
    { byteLength: text.data.byteLength, write: (s, at) => s.set(text.data, at) },
  ];
}

/** The rows [start, end) of one column as body parts. Text is encoded now; the rest is written later. */
function columnParts(column: Column, start: number, end: number): ColumnParts {
  const length = end - start;
  switch (column.kind) {
    case 'text': {
      const text = encodeUtf8Column(column.values, start, end);
      return { nullCount: text.nullCount, parts: textParts(text) };
    }
    case 'number': {
      const nullCount = countNulls(column.valid, start, end);
      return { nullCount, parts: [validityPart(column.valid, start, end, nullCount), copyPart(column.values.subarray(start, end))] };
    }
    case 'date': {
      const nullCount = countNulls(column.valid, start, end);
      const values: BodyPart = {
        byteLength: length * 8,
        write: (stream, at) => epochMsToMicros(column.values, column.valid, start, end, stream, at),
      };
      return { nullCount, parts: [validityPart(column.valid, start, end, nullCount), values] };
    }
    case 'bool': {
      const nullCount = countNulls(column.valid, start, end);
      const bits: BodyPart = { byteLength: (length + 7) >> 3, write: (s, at) => packBitsInto(column.values, start, end, s, at) };
      return { nullCount, parts: [validityPart(column.valid, start, end, nullCount), bits] };
    }
    case 'int':
      return { nullCount: 0, parts: [NO_BUFFER, copyPart(column.values.subarray(start, end))] };
  }
}

const align8 = (n: number) => (n + 7) & ~7;

/** A message's framing: continuation marker, metadata size, flatbuffer, padding to 8 bytes. */
function framedMessage(message: Message): Uint8Array {
  const metadata = Message.encode(message);
  const framed = new Uint8Array(8 + align8(metadata.byteLength));
  const words = new DataView(framed.buffer);
  words.setInt32(0, -1, true);
  words.setInt32(4, framed.byteLength - 8, true);
  framed.set(metadata, 8);
  return framed;
}

/** The Arrow schema the stream declares for a table's columns (all nullable). */
export function arrowSchemaOf(table: ColumnTable): Schema {
  return new Schema(Object.entries(table.columns).map(([name, column]) => new Field(name, arrowTypeOf(column), true)));
}

/**
 * One Arrow IPC stream, sized but not yet written: the caller allocates `byteLength` bytes
 * wherever the bytes are needed (a JS buffer, or duckdb-wasm's own heap) and writes them there.
 */
export interface ArrowIpcStream {
  byteLength: number;
  /** Writes every byte of the stream at `target[at…]` (`at` 8-byte aligned; old contents do not matter). */
  writeInto(target: Uint8Array, at: number): void;
}

/** The rows [start, end) of a table as one Arrow IPC stream (text is encoded now, the rest on write). */
export function arrowIpcStream(table: ColumnTable, start: number, end: number): ArrowIpcStream {
  const length = end - start;
  const columns = Object.values(table.columns).map((column) => columnParts(column, start, end));
  const nodes: FieldNode[] = [];
  const regions: BufferRegion[] = [];
  const placed: { part: BodyPart; offset: number }[] = [];
  let bodyLength = 0;
  for (const { nullCount, parts } of columns) {
    nodes.push(new FieldNode(length, nullCount));
    for (const part of parts) {
      regions.push(new BufferRegion(bodyLength, part.byteLength));
      placed.push({ part, offset: bodyLength });
      bodyLength += align8(part.byteLength);
    }
  }
  const schema = framedMessage(Message.from(arrowSchemaOf(table)));
  const batch = framedMessage(Message.from(new RecordBatchHeader(length, nodes, regions), bodyLength));
  const bodyStart = schema.byteLength + batch.byteLength;
  return {
    // The body, then the end-of-stream marker: continuation, then a metadata size of 0.
    byteLength: bodyStart + bodyLength + 8,
    writeInto(target, at) {
      target.set(schema, at);
      target.set(batch, at + schema.byteLength);
      for (const { part, offset } of placed) {
        const partAt = at + bodyStart + offset;
        part.write(target, partAt);
        // Arrow asks for zeros in the alignment padding.
        target.fill(0, partAt + part.byteLength, partAt + align8(part.byteLength));
      }
      const end = new DataView(target.buffer, target.byteOffset + at + bodyStart + bodyLength, 8);
      end.setInt32(0, -1, true);
      end.setInt32(4, 0, true);
    },
  };
}

/** The stream's bytes in a new buffer of their own. */
export function arrowIpcBytes(stream: ArrowIpcStream): Uint8Array {
  const bytes = new Uint8Array(stream.byteLength);
  stream.writeInto(bytes, 0);
  return bytes;
}
