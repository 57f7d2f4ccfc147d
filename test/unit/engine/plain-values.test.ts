import { TimeUnit } from 'apache-arrow';
import { describe, expect, it } from 'vitest';
import { formatDate, formatTime, formatTimestamp } from '../../../shared/engine/plain-values';
import { quoteIdentifier } from '../../../shared/engine/sql-identifier';

describe('wall-clock formatting (never shifted by the local time zone)', () => {
  it('formats a DATE from epoch ms', () => {
    expect(formatDate(Date.UTC(2026, 9, 5))).toBe('2026-10-05');
    expect(formatDate(Date.UTC(1900, 2, 1))).toBe('1900-03-01');
  });

  it('formats a TIMESTAMP to the second, with milliseconds only when present', () => {
    expect(formatTimestamp(Date.UTC(2026, 9, 5, 8, 30))).toBe('2026-10-05 08:30:00');
    expect(formatTimestamp(Date.UTC(2026, 9, 5, 23, 59, 59, 250))).toBe('2026-10-05 23:59:59.250');
    expect(formatTimestamp(Date.UTC(1899, 11, 30, 0, 0, 0, 5))).toBe('1899-12-30 00:00:00.005');
  });

  it('keeps the raw number for years outside 0–9999', () => {
    expect(formatTimestamp(Date.UTC(10000, 0, 1))).toBe(Date.UTC(10000, 0, 1));
  });

  it('formats TIME values of any unit', () => {
    expect(formatTime(8n * 3_600_000_000n + 30n * 60_000_000n, TimeUnit.MICROSECOND)).toBe('08:30:00');
    expect(formatTime(1500, TimeUnit.MILLISECOND)).toBe('00:00:01.500');
  });
});

describe('quoteIdentifier', () => {
  it('quotes keywords and doubles inner quotes', () => {
    expect(quoteIdentifier('owner')).toBe('"owner"');
    expect(quoteIdentifier('a "b"')).toBe('"a ""b"""');
    expect(quoteIdentifier('订单 表')).toBe('"订单 表"');
  });
});
