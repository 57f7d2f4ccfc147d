import { describe, expect, it } from 'vitest';
import {
  areaAddress,
  asLiteralText,
  cellAddress,
  columnLetters,
  createMemoryHost,
  parseCellAddress,
  shownAfterWrite,
  startsLikeFormula,
  uniqueSheetName,
  uniqueTableName,
} from '../../../shared/host/index';
import { estimateBytes, estimateBytesSampled, firstChunkRows, nextChunkRows, splitRowsByBytes, luminance, isPayloadTooLarge } from '../../../addin/office/index';

describe('sheet and table names', () => {
  it('adds (2), (3) … to a taken sheet name, ignoring case', () => {
    expect(uniqueSheetName('KPI 2026-10', ['Orders'])).toBe('KPI 2026-10');
    expect(uniqueSheetName('KPI 2026-10', ['kpi 2026-10'])).toBe('KPI 2026-10 (2)');
    expect(uniqueSheetName('KPI 2026-10', ['KPI 2026-10', 'KPI 2026-10 (2)'])).toBe('KPI 2026-10 (3)');
  });

  it('keeps sheet names within 31 characters and free of the characters Excel forbids', () => {
    expect(uniqueSheetName('Q: orders/owner [draft]?', [])).toBe('Q- orders-owner -draft--');
    const long = 'Monthly performance review 2026-10';
    expect(uniqueSheetName(long, [])).toBe(long.slice(0, 31));
    expect(uniqueSheetName(long, [long.slice(0, 31)])).toBe(`${long.slice(0, 27)} (2)`);
    expect(uniqueSheetName("'quoted'", [])).toBe('quoted');
  });

  it('makes table names Excel accepts: no spaces, not a cell reference, unique', () => {
    expect(uniqueTableName('KPI 2026-10', [])).toBe('KPI_2026_10');
    expect(uniqueTableName('KPI2026', [])).toBe('KPI2026_');
    expect(uniqueTableName('2026 report', [])).toBe('_2026_report');
    expect(uniqueTableName('月度绩效', ['月度绩效'])).toBe('月度绩效_2');
  });
});

describe('formula-safe text', () => {
  it('marks every text with a leading apostrophe, which Excel hides', () => {
    for (const text of ['=SUM(A1)', '+1', '-5', '@x', "'a", '2026-10', 'plain']) {
      expect(asLiteralText(text)).toBe(`'${text}`);
      expect(shownAfterWrite(asLiteralText(text))).toBe(text);
    }
    expect(asLiteralText(3)).toBe(3);
    expect(asLiteralText('')).toBe('');
    expect(startsLikeFormula('=1')).toBe(true);
    expect(startsLikeFormula('a=1')).toBe(false);
  });
});

describe('A1 addresses', () => {
  it('names columns and cells as Excel does', () => {
    expect([0, 25, 26, 51, 52, 701, 702, 16383].map(columnLetters)).toEqual(['A', 'Z', 'AA', 'AZ', 'BA', 'ZZ', 'AAA', 'XFD']);
    expect(cellAddress(16, 5)).toBe('F17');
    expect(areaAddress({ row: 1, col: 1, rows: 9, cols: 3 })).toBe('B2:D10');
    expect(areaAddress({ row: 0, col: 0, rows: 1, cols: 1 })).toBe('A1');
    expect(parseCellAddress('$F$17')).toEqual({ row: 16, col: 5 });
    expect(parseCellAddress('AA1')).toEqual({ row: 0, col: 26 });
    expect(parseCellAddress('F0')).toBeNull();
  });
});

describe('block sizes for Excel on the web', () => {
  it('estimates the JSON bytes of a block, non-ASCII text as escapes', () => {
    // [["ab",12]] → 2 + 3 (row) + (3+2) + (1+2) = 13
    expect(estimateBytes([['ab', 12]])).toBe(13);
    // "张" counts 1 + 5 escape bytes: 2 + 3 + (3+1+5) = 14
    expect(estimateBytes([['张']])).toBe(14);
    expect(estimateBytes([[true, null]])).toBe(2 + 3 + 6 + 6);
  });

  it('estimates a large block from a sample of its rows', () => {
    // 2,000 identical rows: the sample gives exactly the full count.
    const rows = Array.from({ length: 2000 }, () => ['SO-1', 46300.5, '张三']);
    expect(estimateBytesSampled(rows)).toBe(estimateBytes(rows));
    expect(estimateBytesSampled(rows.slice(0, 10))).toBe(estimateBytes(rows.slice(0, 10)));
  });

  it('sizes blocks from the budget with headroom, within the rows left', () => {
    const budget = { bytes: 4_000_000, firstCells: 20_000, maxRows: 50_000 };
    expect(firstChunkRows(16, 100_000, budget)).toBe(1_250);
    expect(firstChunkRows(16, 300, budget)).toBe(300);
    // 200 bytes a row → 4,000,000 / 250 = 16,000 rows
    expect(nextChunkRows(200, 100_000, budget)).toBe(16_000);
    expect(nextChunkRows(10, 1_000_000, budget)).toBe(50_000);
    expect(nextChunkRows(10_000_000, 10, budget)).toBe(1);
  });

  it('splits rows for writing so no block is over the budget', () => {
    const rows = Array.from({ length: 10 }, (_, i) => [`r${i}`]); // each row alone: 2 + 3 + (3 + 2) = 10 bytes
    expect(splitRowsByBytes(rows, { bytes: 30, firstCells: 1, maxRows: 100 })).toEqual([
      { start: 0, count: 3 },
      { start: 3, count: 3 },
      { start: 6, count: 3 },
      { start: 9, count: 1 },
    ]);
  });

  it('recognises Excel\'s payload errors by code or message', () => {
    expect(isPayloadTooLarge({ code: 'ResponsePayloadSizeLimitExceeded' })).toBe(true);
    expect(isPayloadTooLarge({ code: 'RequestPayloadSizeLimitExceeded' })).toBe(true);
    expect(isPayloadTooLarge(new Error('The request payload size has exceeded the limit.'))).toBe(true);
    expect(isPayloadTooLarge({ code: 'ItemNotFound' })).toBe(false);
    expect(isPayloadTooLarge(null)).toBe(false);
  });

  it('tells dark Office themes from light ones by background luminance', () => {
    expect(luminance('#ffffff')).toBeCloseTo(1);
    expect(luminance('#000000')).toBe(0);
    expect(luminance('#1f1f1f')!).toBeLessThan(0.5);
    expect(luminance('nope')).toBeNull();
  });
});

describe('the in-memory host', () => {
  it('reads sheets, writes new ones as Excel would show them and records selections', async () => {
    const host = createMemoryHost({
      sheets: [{ name: 'Orders', values: [['id'], ['=1+1']], numberFormats: [['General'], ['@']] }],
      date1904: true,
    });
    expect((await host.listSheets())[0].used).toEqual({ row: 0, col: 0, rows: 2, cols: 1 });
    expect((await host.readSheet('Orders')).numberFormats).toEqual([['General'], ['@']]);
    expect(await host.date1904()).toBe(true);
    const name = await host.writeSheet({ name: 'Orders', cells: [['=x', 1]] });
    expect(name).toBe('Orders (2)');
    expect(host.workbook.sheets[1].values).toEqual([['=x', 1]]);
    await host.select('Orders', 'A2');
    expect(host.selections).toEqual([{ sheet: 'Orders', address: 'A2' }]);
    const seen: string[] = [];
    const stop = await host.watchSheets(['Orders'], (c) => seen.push(c.address));
    host.emitChange({ sheet: 'Orders', address: 'A1' });
    await stop();
    host.emitChange({ sheet: 'Orders', address: 'A2' });
    expect(seen).toEqual(['A1']);
  });
});
