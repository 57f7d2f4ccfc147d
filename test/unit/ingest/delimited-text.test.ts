import { describe, expect, it } from 'vitest';
import { detectDelimiter, parseDelimitedText } from '../../../shared/ingest/index';

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
