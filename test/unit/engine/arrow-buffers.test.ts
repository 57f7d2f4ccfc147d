import { describe, expect, it } from 'vitest';
import { countNulls, epochMsToMicros, packBitsInto, textShape, writeUtf8, writeUtf8Column } from '../../../shared/engine/arrow-buffers';

function packBits(bytes: Uint8Array, start: number, end: number): Uint8Array {
  const out = new Uint8Array((end - start + 7) >> 3);
  packBitsInto(bytes, start, end, out, 0);
  return out;
}

describe('packBits', () => {
  it('packs one byte per row into LSB-first bits', () => {
    // rows 0, 2 and 9 set → byte 0 = 0b00000101, byte 1 = 0b00000010
    const bytes = new Uint8Array([1, 0, 1, 0, 0, 0, 0, 0, 0, 1]);
    expect([...packBits(bytes, 0, 10)]).toEqual([0b101, 0b10]);
  });

  it('packs a slice from its own row 0', () => {
    const bytes = new Uint8Array([0, 0, 0, 1, 1, 0, 1]);
    expect([...packBits(bytes, 3, 7)]).toEqual([0b1011]);
  });

  it('treats any non-zero byte as set, across several whole bytes', () => {
    const bytes = new Uint8Array(17).fill(7);
    bytes[8] = 0;
    expect([...packBits(bytes, 0, 17)]).toEqual([0xff, 0xfe, 0x01]);
  });

  it('writes every byte of the bitmap into memory that was not zero', () => {
    const target = new Uint8Array(4).fill(0xff);
    packBitsInto(new Uint8Array([1, 0, 0, 0, 0, 0, 0, 0, 0, 1]), 0, 10, target, 1);
    // byte 0 and byte 3 are not the bitmap's; byte 2's unused bits 2..7 are cleared
    expect([...target]).toEqual([0xff, 0b1, 0b10, 0xff]);
  });
});

describe('countNulls', () => {
  it('is 0 when every row has a value', () => {
    expect(countNulls(new Uint8Array([1, 1, 1]), 0, 3)).toBe(0);
  });

  it('counts the nulls of the slice only', () => {
    expect(countNulls(new Uint8Array([0, 1, 0, 1, 1]), 1, 5)).toBe(1);
  });
});

describe('epochMsToMicros', () => {
  it('writes epoch µs as int64, before 1970, up to year 9999, and 0 for null rows', () => {
    const ms = new Float64Array([
      Date.UTC(2026, 9, 5, 8, 30),
      Date.UTC(1900, 2, 1),
      123,
      -1,
      2 ** 40 + 0.4,
      Date.UTC(9999, 11, 31, 23, 59, 59, 999),
    ]);
    const valid = new Uint8Array([1, 1, 0, 1, 1, 1]);
    const target = new Uint8Array(8 * 6).fill(0xee);
    epochMsToMicros(ms, valid, 0, 6, target, 0);
    expect([...new BigInt64Array(target.buffer)]).toEqual([
      1791189000000_000n,
      -2203891200000_000n,
      0n,
      -1000n,
      1099511627776_000n,
      253402300799999_000n,
    ]);
  });

  it('converts a slice into the target at an offset', () => {
    const target = new Uint8Array(24);
    epochMsToMicros(new Float64Array([5, 6, 7]), new Uint8Array([1, 1, 1]), 1, 3, target, 8);
    expect([...new BigInt64Array(target.buffer)]).toEqual([0n, 6000n, 7000n]);
  });
});

describe('writeUtf8 / writeUtf8Column', () => {
  const samples = ['', 'abc', 'Café', '中文', '😀 emoji', 'ä€𝄞', 'lone \ud800 high', 'lone \udc00 low', 'end \ud83d'];

  it.each(samples)('writes %j exactly as TextEncoder does', (text) => {
    const data = new Uint8Array(text.length * 3);
    const end = writeUtf8(text, data, 0);
    expect([...data.subarray(0, end)]).toEqual([...new TextEncoder().encode(text)]);
  });

  /** Validity at 0, offsets at 8, data after them, in memory full of 0xee. */
  function written(values: (string | null)[], start: number, end: number) {
    const dataAt = 8 + 4 * (end - start + 1);
    const target = new Uint8Array(dataAt + 3 * textShape(values, start, end).units).fill(0xee);
    const bytes = writeUtf8Column(values, start, end, target, { validityAt: 0, offsetsAt: 8, dataAt });
    const offsets = [...new Int32Array(target.buffer, 8, end - start + 1)];
    return { bytes, offsets, validity: target[0], text: new TextDecoder().decode(target.subarray(dataAt, dataAt + bytes)) };
  }

  it('lays out values end to end with offsets, null apart from ""', () => {
    expect(textShape(['ab', null, '', '中'], 0, 4)).toEqual({ nullCount: 1, units: 3 });
    expect(written(['ab', null, '', '中'], 0, 4)).toEqual({ bytes: 5, offsets: [0, 2, 2, 2, 5], validity: 0b1101, text: 'ab中' });
  });

  it('fits text that is not ASCII in 3 bytes per UTF-16 unit', () => {
    const long = 'x'.repeat(5000) + '中'.repeat(5000) + '😀';
    const result = written(['a', long, '文'], 0, 3);
    expect(result.offsets).toEqual([0, 1, 1 + 5000 + 15000 + 4, 1 + 5000 + 15000 + 4 + 3]);
    expect(result.text).toBe('a' + long + '文');
  });

  it('writes a slice from its own row 0, its validity bits across bytes', () => {
    const values = ['skip', ...Array.from({ length: 9 }, (_, i) => (i === 8 ? null : String(i)))];
    const result = written(values, 1, 10);
    expect(result.offsets).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 8]);
    expect(result.validity).toBe(0xff);
    expect(result.text).toBe('01234567');
  });

  it('leaves the validity bytes alone when told there are none (no nulls)', () => {
    const target = new Uint8Array(16).fill(0xee);
    writeUtf8Column(['a'], 0, 1, target, { validityAt: -1, offsetsAt: 0, dataAt: 8 });
    expect([...target.subarray(0, 9)]).toEqual([0, 0, 0, 0, 1, 0, 0, 0, 0x61]);
  });
});
