import { describe, expect, it } from 'vitest';
import { parseDelimitedText } from '../../../shared/ingest/delimited-text';

describe('CSV cells: repeats share one value', () => {
  it('gives every repeat the same value as a fresh parse, numbers included', () => {
    const lines = ['team,score,flag'];
    for (let i = 0; i < 5000; i++) lines.push(`${['跟单', '售后', '外贸'][i % 3]},${i % 5},${i % 2 ? '是' : '否'}`);
    const rows = parseDelimitedText(lines.join('\n'));
    expect(rows).toHaveLength(5001);
    expect(rows[1]).toEqual(['跟单', 0, '否']);
    expect(rows[5000]).toEqual(['售后', 4, '是']);
    expect(rows.slice(1).filter((r) => r[0] === '外贸')).toHaveLength(1666);
    expect(rows.slice(1).reduce((sum, r) => sum + (r[1] as number), 0)).toBe(1000 * (0 + 1 + 2 + 3 + 4));
  });

  it('shares quoted repeats too, and a quoted number stays text, as Excel reads it', () => {
    const lines = ['"team","score","note"'];
    for (let i = 0; i < 3000; i++) lines.push(`"${['跟单', '售后'][i % 2]}","${i % 5}","${i % 3 ? 'ok' : 'say ""hi""'}"`);
    lines.push('"售后"x,"4" ,"open');
    const rows = parseDelimitedText(lines.join('\n'));
    expect(rows[1]).toEqual(['跟单', '0', 'say "hi"']);
    expect(rows[2]).toEqual(['售后', '1', 'ok']);
    expect(rows.slice(1, 3001).filter((r) => r[0] === '售后')).toHaveLength(1500);
    // Text after a closing quote is kept; an unterminated quote takes the rest of the file.
    expect(rows[3001]).toEqual(['售后x', '4 ', 'open']);
  });

  it('tells apart texts whose hashes collide ("Aa" and "BB")', () => {
    const rows = parseDelimitedText(['x', 'Aa', 'BB', 'Aa', 'BB', 'AaBB', 'BBAa'].join('\n'));
    expect(rows.map((r) => r[0])).toEqual(['x', 'Aa', 'BB', 'Aa', 'BB', 'AaBB', 'BBAa']);
  });

  it('stops interning a column of unique values and still reads every one', () => {
    const lines = ['id'];
    for (let i = 0; i < 20_000; i++) lines.push(`DD${String(i).padStart(7, '0')}`);
    const rows = parseDelimitedText(lines.join('\n'));
    expect(new Set(rows.slice(1).map((r) => r[0])).size).toBe(20_000);
    expect(rows[20_000][0]).toBe('DD0019999');
  });
});
