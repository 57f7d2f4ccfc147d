import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../../shared/demo/index';
import { DelimitedTextReader, detectDelimiter, parseDelimitedText } from '../../../shared/ingest/index';

describe('parseDelimitedText', () => {
  it('splits fields and lines (LF, CRLF, CR)', () => {
    expect(parseDelimitedText('a,b\r\nc,d\ne,f\rg,h', ',')).toEqual([['a', 'b'], ['c', 'd'], ['e', 'f'], ['g', 'h']]);
  });

  it('honours quotes: delimiters, line breaks and doubled quotes inside', () => {
    expect(parseDelimitedText('"x, y","line1\nline2","say ""hi"""\n', ',')).toEqual([['x, y', 'line1\nline2', 'say "hi"']]);
  });

  it('turns plain unquoted numbers into numbers, keeps leading zeros, long ids and quoted numbers as text', () => {
    expect(parseDelimitedText('12,-3.5,007,"42",1234567890123456789,1e3,', ',')).toEqual([
      [12, -3.5, '007', '42', '1234567890123456789', '1e3', ''],
    ]);
  });

  it('keeps empty fields and blank lines', () => {
    expect(parseDelimitedText('a,,c\n\nd,e,\n', ',')).toEqual([['a', '', 'c'], [''], ['d', 'e', '']]);
  });

  it('takes an unterminated quote to the end rather than failing', () => {
    expect(parseDelimitedText('a,"b\nc', ',')).toEqual([['a', 'b\nc']]);
  });
});

describe('detectDelimiter', () => {
  it('finds comma, semicolon, tab and pipe', () => {
    expect(detectDelimiter('a,b,c\n1,2,3\n')).toBe(',');
    expect(detectDelimiter('a;b;c\n1,5;2,5;3\n')).toBe(';');
    expect(detectDelimiter('a\tb\tc\n1\t2\t3\n')).toBe('\t');
    expect(detectDelimiter('a|b|c\n1|2|3\n')).toBe('|');
  });

  it('is not fooled by delimiters inside quotes', () => {
    expect(detectDelimiter('"a,b";c\n"1,2,3";4\n')).toBe(';');
    expect(detectDelimiter('name;note\n"Ann";"x,y,z"\n"Bob";"p,q,r"\n')).toBe(';');
  });
});

describe('DelimitedTextReader (a slice of rows at a time)', () => {
  const sliced = (text: string, rowsPerSlice: number) => {
    const reader = new DelimitedTextReader(text, ',');
    let slices = 0;
    const fractions: number[] = [];
    for (reader.read(rowsPerSlice); !reader.done; reader.read(rowsPerSlice)) {
      slices++;
      fractions.push(reader.fraction);
    }
    return { rows: reader.rows, slices, fractions };
  };

  it('reads what the one-go parse reads, whatever the slice size — quoted line breaks, CRLF and a trailing empty field included', () => {
    const text = 'id,note,n\r\nA1,"two\r\nlines",1\r\nA2,"say ""hi""",\r\nA3,plain,3\r\nA4,,4';
    const whole = parseDelimitedText(text, ',');
    expect(whole).toHaveLength(5);
    for (const size of [1, 2, 3, 4, 5, 100]) expect(sliced(text, size).rows, `slice of ${size}`).toEqual(whole);
  });

  it('stops after the rows asked for, and says how far it got', () => {
    const { slices, fractions } = sliced('a\nb\nc\nd\ne\n', 2);
    expect(slices).toBe(2); // rows 1–2, 3–4, then 5 and the end
    expect(fractions[0]).toBeCloseTo(4 / 10, 12); // "a\nb\n" of 10 characters
    expect(fractions[1]).toBeCloseTo(8 / 10, 12);
  });

  it('matches the one-go parse on random texts, cut at random row counts', () => {
    const rng = mulberry32(7);
    const random = () => rng.next();
    const pieces = ['x', 'Ann', '', '12', '"a,b"', '"l1\nl2"', '"q""q"', '007', '=1+2', '"tail"x'];
    for (let run = 0; run < 300; run++) {
      const lines: string[] = [];
      const rows = 1 + Math.floor(random() * 12);
      for (let r = 0; r < rows; r++) {
        const cells = Array.from({ length: 1 + Math.floor(random() * 4) }, () => pieces[Math.floor(random() * pieces.length)]);
        lines.push(cells.join(','));
      }
      const text = lines.join(random() < 0.5 ? '\n' : '\r\n') + (random() < 0.5 ? '\n' : '');
      const size = 1 + Math.floor(random() * 5);
      expect(sliced(text, size).rows, JSON.stringify({ text, size })).toEqual(parseDelimitedText(text, ','));
    }
  });
});
