import { describe, expect, it } from 'vitest';
import { epochMsToInt64, nullBitmap, packBits, utf8Buffers, writeUtf8 } from '../../../shared/engine/arrow-buffers';

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
});

describe('nullBitmap', () => {
  it('has no bitmap when every row has a value', () => {
    expect(nullBitmap(new Uint8Array([1, 1, 1]), 0, 3)).toEqual({ nullCount: 0 });
  });

  it('counts the nulls of the slice only', () => {
    const { bitmap, nullCount } = nullBitmap(new Uint8Array([0, 1, 0, 1, 1]), 1, 5);
    expect(nullCount).toBe(1);
    expect([...(bitmap ?? [])]).toEqual([0b1101]);
  });
});

describe('epochMsToInt64', () => {
  it('writes epoch ms as int64, before and after 1970, and 0 for null rows', () => {
    const ms = new Float64Array([Date.UTC(2026, 9, 5, 8, 30), Date.UTC(1900, 2, 1), 123, -1, 2 ** 40 + 0.4]);
    const valid = new Uint8Array([1, 1, 0, 1, 1]);
    expect([...epochMsToInt64(ms, valid, 0, 5)]).toEqual([1791189000000n, -2203891200000n, 0n, -1n, 1099511627776n]);
  });
});

describe('writeUtf8 / utf8Buffers', () => {
  const samples = ['', 'abc', 'Café', '中文', '😀 emoji', 'ä€𝄞', 'lone \ud800 high', 'lone \udc00 low', 'end \ud83d'];

  it.each(samples)('writes %j exactly as TextEncoder does', (text) => {
    const data = new Uint8Array(text.length * 3);
    const end = writeUtf8(text, data, 0);
    expect([...data.subarray(0, end)]).toEqual([...new TextEncoder().encode(text)]);
  });

  it('lays out values end to end with offsets, null apart from ""', () => {
    const { valueOffsets, data, nullBitmap: bitmap, nullCount } = utf8Buffers(['ab', null, '', '中'], 0, 4);
    expect([...valueOffsets]).toEqual([0, 2, 2, 2, 5]);
    expect(new TextDecoder().decode(data)).toBe('ab中');
    expect(nullCount).toBe(1);
    expect([...(bitmap ?? [])]).toEqual([0b1101]);
  });

  it('grows its buffer for long text', () => {
    const long = 'x'.repeat(5000) + '中'.repeat(5000);
    const { valueOffsets, data } = utf8Buffers(['a', long], 0, 2);
    expect(valueOffsets[2]).toBe(1 + 5000 + 15000);
    expect(new TextDecoder().decode(data)).toBe('a' + long);
  });
});
