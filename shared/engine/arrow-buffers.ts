/**
 * Arrow buffers made straight from typed columns, without boxing a value per cell: a null
 * bitmap from validity bytes, bit-packed booleans, int64 timestamps from float64 epoch ms and
 * UTF-8 text in one growing buffer. Each works on the rows [start, end) of a column.
 */

/** Arrow validity bitmap (bit i = row i has a value), or undefined when there is no null. */
export function nullBitmap(valid: Uint8Array, start: number, end: number): { bitmap?: Uint8Array; nullCount: number } {
  const bitmap = packBits(valid, start, end);
  const nullCount = end - start - countBits(bitmap, end - start);
  return nullCount === 0 ? { nullCount } : { bitmap, nullCount };
}

/** Packs one byte per row (non-zero = set) into Arrow's LSB-first bit layout. */
export function packBits(bytes: Uint8Array, start: number, end: number): Uint8Array {
  const length = end - start;
  const out = new Uint8Array((length + 7) >> 3);
  for (let i = 0; i < length; i++) {
    if (bytes[start + i] !== 0) out[i >> 3] |= 1 << (i & 7);
  }
  return out;
}

function countBits(bits: Uint8Array, length: number): number {
  let count = 0;
  for (let i = 0; i < length; i++) count += (bits[i >> 3] >> (i & 7)) & 1;
  return count;
}

const TWO_POW_32 = 4294967296;

/**
 * Float64 epoch ms → the int64 an Arrow Timestamp(ms) holds, written as two int32 words
 * (little-endian, as Arrow and wasm are) to avoid a BigInt per row. Null rows hold 0.
 */
export function epochMsToInt64(values: Float64Array, valid: Uint8Array, start: number, end: number): BigInt64Array {
  const out = new BigInt64Array(end - start);
  const words = new Int32Array(out.buffer);
  for (let i = 0; i < end - start; i++) {
    if (valid[start + i] === 0) continue;
    const ms = Math.round(values[start + i]);
    const high = Math.floor(ms / TWO_POW_32);
    words[2 * i] = (ms - high * TWO_POW_32) | 0;
    words[2 * i + 1] = high;
  }
  return out;
}

export interface Utf8Buffers {
  valueOffsets: Int32Array;
  data: Uint8Array;
  nullBitmap?: Uint8Array;
  nullCount: number;
}

const encoder = new TextEncoder();

/** Arrow Utf8 buffers for text values; null stays null, "" stays an empty string. */
export function utf8Buffers(values: readonly (string | null)[], start: number, end: number): Utf8Buffers {
  const length = end - start;
  const valueOffsets = new Int32Array(length + 1);
  const validity = new Uint8Array(length);
  let data: Uint8Array = new Uint8Array(Math.max(64, length * 8));
  let at = 0;
  for (let i = 0; i < length; i++) {
    const text = values[start + i];
    if (text !== null && text !== undefined) {
      validity[i] = 1;
      // A UTF-16 unit never needs more than 3 UTF-8 bytes.
      if (data.length - at < text.length * 3) data = grow(data, at + text.length * 3);
      at = writeUtf8(text, data, at);
    }
    valueOffsets[i + 1] = at;
  }
  const { bitmap, nullCount } = nullBitmap(validity, 0, length);
  return { valueOffsets, data: data.subarray(0, at), nullBitmap: bitmap, nullCount };
}

/** ASCII is copied by hand (most ids and names); anything else goes through TextEncoder. */
function writeUtf8(text: string, data: Uint8Array, at: number): number {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x80) return at + encoder.encodeInto(text, data.subarray(at)).written;
    data[at + i] = code;
  }
  return at + text.length;
}

function grow(data: Uint8Array, needed: number): Uint8Array {
  const bigger = new Uint8Array(Math.max(needed, data.length * 2));
  bigger.set(data);
  return bigger;
}
