import { describe, expect, it } from 'vitest';
import { DelimitedTextReader, readWorkbookFile, readWorkbookFileInSlices } from '../../../shared/ingest/index';
import { formatIssue } from '../../../shared/messages/index';

/*
 * One stray quote in a CSV swallows every line after it into one cell: the orders below it
 * vanish from the report. The user is told the cell where the quote opened, its line in the
 * file, and how many lines went into it.
 */

const utf8 = (text: string) => new TextEncoder().encode(text);

function unclosed(text: string) {
  const reader = new DelimitedTextReader(text, ',');
  reader.read();
  return reader.unclosedQuote;
}

describe('DelimitedTextReader.unclosedQuote', () => {
  it('is null when every quote closes', () => {
    expect(unclosed('a,b\n"x, y","line1\nline2"\n3,"say ""hi"""\n')).toBeNull();
  });

  it('names the cell, its line and the lines it took', () => {
    // Line 3, column B; lines 3, 4 and 5 went into B3.
    const text = 'Order ID,Owner\nA1,Ann\nA2,"Bob\nA3,Cat\nA4,Dan\n';
    expect(unclosed(text)).toEqual({ row: 2, col: 1, line: 3, lines: 3 });
  });

  it('counts lines of the file, not rows: a closed quote with a line break comes before', () => {
    const text = 'id,note\n1,"two\nlines"\n2,"never closed\n3,x\r\n4,y';
    // Row 2 (zero-based) starts on line 4; lines 4 to 6 went in (CRLF is one break; no break at the end).
    expect(unclosed(text)).toEqual({ row: 2, col: 1, line: 4, lines: 3 });
  });

  it('a quote on the last line takes that line only', () => {
    expect(unclosed('a,b\n1,"2\n')).toEqual({ row: 1, col: 1, line: 2, lines: 1 });
    expect(unclosed('"a')).toEqual({ row: 0, col: 0, line: 1, lines: 1 });
  });

  it('is the same read in slices', () => {
    const text = ['id,n', ...Array.from({ length: 50 }, (_, i) => `${i},${i}`), '50,"open', '51,x', '52,y'].join('\n');
    const sliced = new DelimitedTextReader(text, ',');
    while (!sliced.done) sliced.read(7);
    expect(sliced.unclosedQuote).toEqual(unclosed(text));
    expect(sliced.unclosedQuote).toEqual({ row: 51, col: 1, line: 52, lines: 3 });
  });
});

describe('reading a CSV with an unclosed quote', () => {
  const csv = utf8('Order ID,Owner,Order Date\nA1,Ann,2026-01-05\nA2,"Bob,2026-01-06\nA3,Cat,2026-01-07\nA4,Dan,2026-01-08\n');

  it('keeps the rows before it and says where the quote opened, in English and Chinese', () => {
    const read = readWorkbookFile(csv, 'orders.csv');
    expect(read.value?.sheets[0].values).toHaveLength(3);
    expect(read.issues).toEqual([{ sheet: 'orders', cell: 'B3', severity: 'error', code: 'csvUnclosedQuote', params: { line: 3, lines: 3 } }]);
    expect(formatIssue(read.issues[0], 'en')).toBe(
      'orders!B3: the quote that opens this cell (line 3 of the file) is never closed, so the 3 lines from there to the end of the file were read into this one cell; close the quote or remove it',
    );
    expect(formatIssue(read.issues[0], 'zh')).toBe(
      'orders!B3: 该单元格开头的引号（文件第 3 行）没有闭合，从该行到文件末尾的 3 行都被读进了这一个单元格；请补上闭合引号或删除该引号',
    );
  });

  it('the dashboard’s sliced read says the same', async () => {
    const sliced = await readWorkbookFileInSlices(csv, 'orders.csv', async () => undefined);
    expect(sliced.issues).toEqual(readWorkbookFile(csv, 'orders.csv').issues);
  });

  it('a quote on the last line: a shorter message', () => {
    const read = readWorkbookFile(utf8('Order ID,Owner\nA1,"Ann'), 'orders.csv');
    expect(formatIssue(read.issues[0], 'en')).toBe('orders!B2: the quote that opens this cell (line 2, the last of the file) is never closed; close the quote or remove it');
  });
});
