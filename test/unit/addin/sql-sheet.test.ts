import { describe, expect, it } from 'vitest';
import { excelSerialToEpochMs } from '../../../shared/ingest/index';
import { dateTextToSerial, epochMsToSerial, timeTextToSerial } from '../../../addin/session/excel-dates';
import { sheetCell, sqlResultSheet } from '../../../addin/session/sql-sheet';

describe('dates as Excel serials', () => {
  it('counts days as Excel does in the 1900 and 1904 systems', () => {
    // 2026-10-05 is serial 46300 in the 1900 system, 46300 − 1462 in the 1904 one.
    expect(dateTextToSerial('2026-10-05', false)).toBe(46300);
    expect(dateTextToSerial('2026-10-05', true)).toBe(46300 - 1462);
    expect(dateTextToSerial('2026-10-05 18:00:00', false)).toBe(46300.75);
    expect(dateTextToSerial('2026-10-05 00:00:00.500', false)).toBeCloseTo(46300 + 0.5 / 86400, 12);
    // Lotus's 1900-02-29: serial 59 is 1900-02-28, 61 is 1900-03-01.
    expect(dateTextToSerial('1900-01-01', false)).toBe(1);
    expect(dateTextToSerial('1900-02-28', false)).toBe(59);
    expect(dateTextToSerial('1900-03-01', false)).toBe(61);
  });

  it('is the inverse of the ingest reading serials', () => {
    for (const serial of [1, 59, 61, 36526.25, 46300, 2958465]) {
      expect(epochMsToSerial(excelSerialToEpochMs(serial, false), false)).toBeCloseTo(serial, 9);
      if (serial > 1462) expect(epochMsToSerial(excelSerialToEpochMs(serial - 1462, true), true)).toBeCloseTo(serial - 1462, 9);
    }
  });

  it('gives no serial for a day Excel cannot show or a text that is not a date', () => {
    expect(dateTextToSerial('1899-12-31', false)).toBeNull();
    expect(dateTextToSerial('1903-12-31', true)).toBeNull();
    expect(dateTextToSerial('2026-02-30', false)).toBeNull();
    expect(dateTextToSerial('soon', false)).toBeNull();
    expect(timeTextToSerial('06:00:00')).toBe(0.25);
    expect(timeTextToSerial('25:00:00')).toBeNull();
  });
});

describe('a query result as a new sheet', () => {
  const result = {
    columns: [
      { name: 'day', type: 'DATE' },
      { name: 'at', type: 'TIMESTAMP' },
      { name: 'id', type: 'BIGINT' },
      { name: 'owner', type: 'VARCHAR' },
      { name: 'late', type: 'BOOLEAN' },
      { name: 'tags', type: 'VARCHAR[]' },
    ],
    rows: [
      { day: '2026-10-05', at: '2026-10-05 18:00:00', id: '9007199254740993', owner: '=cmd|calc', late: true, tags: ['a', 'b'] },
      { day: null, at: '0001-01-01 00:00:00', id: 42, owner: 'Ann', late: false, tags: null },
    ],
  };

  it('is an Excel table with dates as serials in the workbook date system, date-formatted', () => {
    const sheet = sqlResultSheet({ result, name: 'Query', date1904: true });
    expect(sheet.cells).toEqual([
      ['day', 'at', 'id', 'owner', 'late', 'tags'],
      [46300 - 1462, 46300.75 - 1462, '9007199254740993', '=cmd|calc', true, '["a","b"]'],
      ['', '0001-01-01 00:00:00', 42, 'Ann', false, ''],
    ]);
    expect(sheet.formats).toEqual([
      { area: { row: 1, col: 0, rows: 2, cols: 1 }, format: 'yyyy-mm-dd' },
      { area: { row: 1, col: 1, rows: 2, cols: 1 }, format: 'yyyy-mm-dd hh:mm:ss' },
    ]);
    expect(sheet.tables).toEqual([{ name: 'Query', area: { row: 0, col: 0, rows: 3, cols: 6 }, style: 'TableStyleMedium2' }]);
    expect(sheet.freezeRows).toBe(1);
  });

  it('keeps an integer beyond 2^53 as its exact text (written as text), numbers as numbers', () => {
    expect(sheetCell('9007199254740993', 'BIGINT', false)).toBe('9007199254740993');
    expect(sheetCell(9007199254740991, 'BIGINT', false)).toBe(9007199254740991);
    expect(sheetCell(10n ** 20n, 'HUGEINT', false)).toBe('100000000000000000000');
    expect(sheetCell('13:14:15', 'TIME', false)).toBeCloseTo((13 * 3600 + 14 * 60 + 15) / 86400, 12);
  });
});
