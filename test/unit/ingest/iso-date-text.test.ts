import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dateTextToMs } from '../../../shared/ingest/date-text';
import { isoDateTextToMs } from '../../../shared/ingest/iso-date-text';

describe('isoDateTextToMs (the fast path for ISO text dates)', () => {
  it('reads the shapes exports write, to the millisecond', () => {
    expect(isoDateTextToMs('2026-10-05')).toBe(Date.UTC(2026, 9, 5));
    expect(isoDateTextToMs('2026-10-05 08:30')).toBe(Date.UTC(2026, 9, 5, 8, 30));
    expect(isoDateTextToMs('2026-10-05T08:30:15')).toBe(Date.UTC(2026, 9, 5, 8, 30, 15));
    expect(isoDateTextToMs('1996-07-04 00:00:00.000')).toBe(Date.UTC(1996, 6, 4));
    expect(isoDateTextToMs('1996-07-04 23:59:59.9996')).toBe(Date.UTC(1996, 6, 5));
    expect(isoDateTextToMs('2024-02-29')).toBe(Date.UTC(2024, 1, 29));
    expect(isoDateTextToMs('1900-03-01')).toBe(Date.UTC(1900, 2, 1));
  });

  it('leaves every other shape, and impossible dates, to the full reader (NaN)', () => {
    for (const text of ['2026/10/05', '2026-10-5', '2026-13-01', '2025-02-29', '1900-02-29', '2026-10-05 24:00', '2026-10-05 8:30',
      '2026-10-05T08:30Z', ' 2026-10-05', '0999-01-01', '2026-10-05 08:30:15.', '2026年10月05日', '']) {
      expect(isoDateTextToMs(text), text).toBeNaN();
    }
  });

  it('never disagrees with the full reader when it gives a date', () => {
    const digits = (n: number) => fc.array(fc.constantFrom(...'0123456789'), { minLength: n, maxLength: n }).map((a) => a.join(''));
    const shaped = fc
      .tuple(digits(4), digits(2), digits(2), fc.option(fc.tuple(fc.constantFrom(' ', 'T'), digits(2), digits(2), fc.option(fc.tuple(digits(2), fc.option(digits(3)))))))
      .map(([y, m, d, t]) => {
        let s = `${y}-${m}-${d}`;
        if (t) s += `${t[0]}${t[1]}:${t[2]}${t[3] ? `:${t[3][0]}${t[3][1] ? `.${t[3][1]}` : ''}` : ''}`;
        return s;
      });
    const real = fc.date({ min: new Date(Date.UTC(1000, 0, 1)), max: new Date(Date.UTC(9999, 11, 31)), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 23).replace('T', ' '));
    fc.assert(
      fc.property(fc.oneof(shaped, real, fc.string({ maxLength: 24 })), (text) => {
        const fast = isoDateTextToMs(text);
        if (!Number.isNaN(fast)) expect(fast).toBe(dateTextToMs(text));
      }),
      { numRuns: 5000 },
    );
  });
});
