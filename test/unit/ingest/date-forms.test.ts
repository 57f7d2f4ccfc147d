import { describe, expect, it } from 'vitest';
import { dateTextToMs, yearLastReadings } from '../../../shared/ingest/date-text';
import { isoDateTextToMs } from '../../../shared/ingest/iso-date-text';
import { ingestOrders } from '../../../shared/ingest/index';

/** More text date forms: zones and offsets are dropped and weekdays ignored; the wall time is kept. */

const at = (y: number, m: number, d: number, h = 0, min = 0, s = 0, ms = 0) => Date.UTC(y, m - 1, d, h, min, s, ms);
const OCT_31 = at(2017, 10, 31, 22, 10, 47);

describe('dateTextToMs: more forms', () => {
  it.each([
    ['Tue Oct 31 22:10:47 +0000 2017', OCT_31], // Twitter's created_at
    ['Tue Oct 31 22:10:47 CST 2017', OCT_31], // Unix `date`
    ['Tue, 31 Oct 2017 22:10:47 +0000', OCT_31], // RFC 2822 (e-mail)
    ['Tue, 31 Oct 2017 22:10:47 GMT', OCT_31], // HTTP
    ['Tue Oct 31 2017 22:10:47 GMT+0800 (China Standard Time)', OCT_31], // JavaScript's Date#toString
    ['31 Oct 2017 22:10:47 -0500', OCT_31],
    ['2017-10-31T22:10:47Z', OCT_31],
    ['2017-10-31T22:10:47+08:00', OCT_31],
    ['2017-10-31T22:10:47-0500', OCT_31],
    ['2017-10-31 22:10:47.123+08', at(2017, 10, 31, 22, 10, 47, 123)],
    ['2017-10-31 22:10:47 UTC', OCT_31],
    ['2017-10-31T22:10Z', at(2017, 10, 31, 22, 10)],
    ['31.10.2017', at(2017, 10, 31)],
    ['31.10.2017 22:10', at(2017, 10, 31, 22, 10)],
    ['Oct 31, 2017', at(2017, 10, 31)],
    ['October 31st, 2017', at(2017, 10, 31)],
    ['Tuesday, October 31, 2017 at 10:30 PM', at(2017, 10, 31, 22, 30)],
    ['Tue 31-Oct-2017', at(2017, 10, 31)],
  ])('%s', (text, expected) => {
    expect(dateTextToMs(text)).toBe(expected);
  });

  it('a word in front that is not a weekday, or letters after the time that are not a zone, are not dates', () => {
    for (const text of ['Due Oct 31, 2017', 'Oct 31 22:10:47 soon 2017', '2017-10-31 22:10 out', 'Tue Oct 32 22:10:47 +0000 2017', 'Tue Foo 31 22:10:47 +0000 2017']) {
      expect(dateTextToMs(text), text).toBeNaN();
    }
  });

  it('the ISO fast path takes a zone after the seconds and agrees with the full reader', () => {
    for (const text of ['2017-10-31T22:10:47Z', '2017-10-31T22:10:47+08:00', '2017-10-31T22:10:47+0800', '2017-10-31 22:10:47.123+08', '2017-10-31T22:10:47.5-05:00']) {
      expect(isoDateTextToMs(text), text).toBe(dateTextToMs(text));
    }
    // Zones after minutes only, and broken ones, are left to the full reader.
    for (const text of ['2017-10-31T22:10Z', '2017-10-31T22:10:47+08:0', '2017-10-31T22:10:47+8']) expect(isoDateTextToMs(text), text).toBeNaN();
  });

  it('a stated order is strict for year-last dates; without one, a number above 12 settles it per cell as before', () => {
    expect(dateTextToMs('05/13/2026', 'dmy')).toBeNaN();
    expect(dateTextToMs('13/05/2026', 'mdy')).toBeNaN();
    expect(dateTextToMs('05/13/2026')).toBe(at(2026, 5, 13));
    expect(dateTextToMs('13/05/2026')).toBe(at(2026, 5, 13));
    expect(dateTextToMs('26/10/05', 'ymd')).toBe(at(2026, 10, 5));
  });

  it('yearLastReadings: both readings of a date whose order matters, else null', () => {
    expect(yearLastReadings('05/06/2026')).toEqual({ dayFirst: at(2026, 6, 5), monthFirst: at(2026, 5, 6), dotted: false });
    expect(yearLastReadings('29-02-2016 10:00')).toEqual({ dayFirst: at(2016, 2, 29, 10), monthFirst: NaN, dotted: false });
    expect(yearLastReadings('5.6.2026')).toMatchObject({ dotted: true });
    for (const text of ['05/05/2026', '2026-05-06', '13/13/2026', '30/02/2026', 'Oct 5, 2026']) expect(yearLastReadings(text), text).toBeNull();
  });
});

describe('ingestOrders reads the new forms in a column', () => {
  it('every form above as a created date, without an issue', () => {
    const texts = ['Tue Oct 31 22:10:47 +0000 2017', 'Tue, 31 Oct 2017 22:10:47 +0000', '31.10.2017', 'Oct 31, 2017', '2017-10-31T22:10:47Z', '2017-10-31 22:10:47.123+08'];
    const r = ingestOrders({ name: 'Orders', values: [['Order ID', 'Created At'], ...texts.map((t, i) => [`T${i}`, t])] }, { date1904: false });
    const created = r.value!.table.columns.created as { values: Float64Array; valid: Uint8Array };
    expect(Array.from(created.values)).toEqual([OCT_31, OCT_31, at(2017, 10, 31), at(2017, 10, 31), OCT_31, at(2017, 10, 31, 22, 10, 47, 123)]);
    expect(r.issues).toEqual([]);
  });
});
