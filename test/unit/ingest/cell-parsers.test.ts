import { describe, expect, it } from 'vitest';
import {
  cellAddress,
  excelSerialToEpochMs,
  isPlaceholder,
  parseBoolCell,
  parseDateCell,
  parseNumberCell,
} from '../../../shared/ingest/index';
import { TEXT_DATE_FORMS } from '../../fixtures/order-workbooks';

const day = (y: number, m: number, d: number, h = 0, mi = 0, s = 0) => Date.UTC(y, m - 1, d, h, mi, s);
const CTX = { date1904: false };

describe('cellAddress', () => {
  it('names cells the way Excel does', () => {
    expect(cellAddress(0, 0)).toBe('A1');
    expect(cellAddress(16, 5)).toBe('F17');
    expect(cellAddress(9, 25)).toBe('Z10');
    expect(cellAddress(9, 26)).toBe('AA10');
    expect(cellAddress(0, 701)).toBe('ZZ1');
    expect(cellAddress(1_048_575, 16_383)).toBe('XFD1048576');
  });
});

describe('excelSerialToEpochMs', () => {
  it('reads 1900-system serials, including the fake 1900-02-29', () => {
    expect(excelSerialToEpochMs(1, false)).toBe(day(1900, 1, 1));
    expect(excelSerialToEpochMs(59, false)).toBe(day(1900, 2, 28));
    // 60 is Lotus's 1900-02-29, which never was: it reads as the 28th.
    expect(excelSerialToEpochMs(60, false)).toBe(day(1900, 2, 28));
    expect(excelSerialToEpochMs(61, false)).toBe(day(1900, 3, 1));
    expect(excelSerialToEpochMs(25569, false)).toBe(0);
    expect(excelSerialToEpochMs(45000, false)).toBe(day(2023, 3, 15));
    expect(excelSerialToEpochMs(46300, false)).toBe(day(2026, 10, 5));
  });

  it('keeps the time of day, rounded to the millisecond', () => {
    expect(excelSerialToEpochMs(46300.5, false)).toBe(day(2026, 10, 5, 12));
    // 08:30 is 0.3541666… of a day: not exact in binary, exact after rounding.
    expect(excelSerialToEpochMs(46300 + 8.5 / 24, false)).toBe(day(2026, 10, 5, 8, 30));
  });

  it('reads 1904-system serials (serial 0 = 1904-01-01)', () => {
    expect(excelSerialToEpochMs(0, true)).toBe(day(1904, 1, 1));
    expect(excelSerialToEpochMs(46300 - 1462, true)).toBe(day(2026, 10, 5));
  });
});

describe('parseDateCell', () => {
  it.each(TEXT_DATE_FORMS)('reads the text date %s', (text, iso) => {
    expect(parseDateCell(text, CTX)).toEqual({ ok: true, value: Date.parse(iso) });
  });

  it('reads slashed dates month-first unless told day-first, and settles on an unambiguous day', () => {
    expect(parseDateCell('05/10/2026', CTX)).toEqual({ ok: true, value: day(2026, 5, 10) });
    expect(parseDateCell('05/10/2026', { ...CTX, dateOrder: 'dmy' })).toEqual({ ok: true, value: day(2026, 10, 5) });
    expect(parseDateCell('25/10/2026', CTX)).toEqual({ ok: true, value: day(2026, 10, 25) });
  });

  it('reads numbers as serials in the workbook date system', () => {
    expect(parseDateCell(46300, CTX)).toEqual({ ok: true, value: day(2026, 10, 5) });
    expect(parseDateCell(44838, { date1904: true })).toEqual({ ok: true, value: day(2026, 10, 5) });
  });

  it('reads a yyyymmdd number unless the cell is formatted as a date', () => {
    expect(parseDateCell(20261005, CTX)).toEqual({ ok: true, value: day(2026, 10, 5) });
    expect(parseDateCell(20261005, { ...CTX, numberFormat: 'yyyy-mm-dd' })).toEqual({ ok: false });
  });

  it('ignores a time zone suffix instead of shifting the time', () => {
    expect(parseDateCell('2026-10-05T08:30:00Z', CTX)).toEqual({ ok: true, value: day(2026, 10, 5, 8, 30) });
    expect(parseDateCell('2026-10-05T08:30:00+08:00', CTX)).toEqual({ ok: true, value: day(2026, 10, 5, 8, 30) });
    expect(parseDateCell('2026-10-05 3:05 PM', CTX)).toEqual({ ok: true, value: day(2026, 10, 5, 15, 5) });
  });

  it('refuses impossible dates and non-dates', () => {
    for (const bad of ['2026-13-45', '2026-02-30', '2025-02-29', '2026-10-05 25:00', 'soon', '12:30', true]) {
      expect(parseDateCell(bad, CTX), String(bad)).toEqual({ ok: false });
    }
    expect(parseDateCell(0, CTX)).toEqual({ ok: false });
    expect(parseDateCell(-3, CTX)).toEqual({ ok: false });
    expect(parseDateCell('2024-02-29', CTX)).toEqual({ ok: true, value: day(2024, 2, 29) });
  });

  it('reads blanks and placeholders as null', () => {
    for (const blank of ['', null, 'NULL', 'N/A', '#N/A', '-', '  ']) {
      expect(parseDateCell(blank, CTX), String(blank)).toEqual({ ok: true, value: null });
    }
  });
});

describe('parseNumberCell', () => {
  it.each([
    ['1,234.50', 1234.5],
    ['¥1,234', 1234],
    ['$ 12', 12],
    ['￥', null],
    ['1 234', 1234],
    ['(12)', -12],
    ['12%', 0.12],
    ['-$12', -12],
    ['RMB 1,000', 1000],
    ['1.5e3', 1500],
  ] as const)('reads %s', (text, value) => {
    const parsed = parseNumberCell(text);
    if (value === null) expect(parsed).toEqual({ ok: false });
    else expect(parsed).toEqual({ ok: true, value });
  });

  it('passes numbers through and refuses text that is not a number', () => {
    expect(parseNumberCell(42)).toEqual({ ok: true, value: 42 });
    expect(parseNumberCell('12,5')).toEqual({ ok: false });
    expect(parseNumberCell('1,23,4')).toEqual({ ok: false });
    expect(parseNumberCell('0x1A')).toEqual({ ok: false });
    expect(parseNumberCell('twelve')).toEqual({ ok: false });
    expect(parseNumberCell(true)).toEqual({ ok: false });
  });

  it('reads blanks and placeholders as null', () => {
    for (const blank of ['', null, 'NULL', 'n/a', '-', 'NaN', 'none']) {
      expect(parseNumberCell(blank), String(blank)).toEqual({ ok: true, value: null });
    }
  });
});

describe('parseBoolCell', () => {
  it('reads yes/no in both languages', () => {
    for (const yes of ['Y', 'yes', 'TRUE', 'true', 1, '1', '是', '有', true]) {
      expect(parseBoolCell(yes), String(yes)).toEqual({ ok: true, value: true });
    }
    for (const no of ['N', 'No', 'false', 0, '0', '否', '无', false]) {
      expect(parseBoolCell(no), String(no)).toEqual({ ok: true, value: false });
    }
  });

  it('refuses other values and reads placeholders as null', () => {
    expect(parseBoolCell('maybe')).toEqual({ ok: false });
    expect(parseBoolCell(2)).toEqual({ ok: false });
    expect(parseBoolCell('N/A')).toEqual({ ok: true, value: null });
  });
});

describe('isPlaceholder', () => {
  it('knows the ways exports write "no value"', () => {
    for (const p of ['', null, 'NULL', 'null', 'N/A', 'n/a', '#N/A', '-', '—', 'NaN', 'none', '   ']) {
      expect(isPlaceholder(p), String(p)).toBe(true);
    }
  });

  it('does not take 无 (a "no"), 0, false or words for placeholders', () => {
    for (const v of ['无', 0, false, 'Nancy', 'NA-123', '#DIV/0!']) expect(isPlaceholder(v), String(v)).toBe(false);
  });
});
