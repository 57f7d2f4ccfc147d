const MS_PER_DAY = 86_400_000;
/** Serial of 1970-01-01 in the 1900 system (valid from serial 61 = 1900-03-01). */
const EPOCH_1900 = 25_569;
/** Serial of 1970-01-01 in the 1904 system (serial 0 = 1904-01-01). */
const EPOCH_1904 = 24_107;

/** Largest serial Excel shows as a date: 9999-12-31. */
export const MAX_SERIAL_1900 = 2_958_465;
export const MAX_SERIAL_1904 = MAX_SERIAL_1900 - 1_462;

/**
 * Excel serial → wall-clock epoch ms. The 1900 system copies Lotus 1-2-3's bug: it counts a
 * 1900-02-29 that never was (serial 60), so serials below 60 are one day later than the plain
 * formula says. Serial 60 reads as 1900-02-28 (like openpyxl); from 61 on the formula is exact.
 * Rounded to the millisecond: a time of day is a binary fraction and would otherwise drift.
 */
export function excelSerialToEpochMs(serial: number, date1904: boolean): number {
  if (date1904) return Math.round((serial - EPOCH_1904) * MS_PER_DAY);
  const epoch = serial < 60 ? EPOCH_1900 - 1 : EPOCH_1900;
  return Math.round((serial - epoch) * MS_PER_DAY);
}

/** Wall-clock epoch ms → "2026-10-05" or "2026-10-05 08:30" (or with seconds), for messages. */
export function formatWallClock(ms: number): string {
  const iso = new Date(ms).toISOString();
  const day = iso.slice(0, 10);
  const timeOfDay = ((ms % MS_PER_DAY) + MS_PER_DAY) % MS_PER_DAY;
  if (timeOfDay === 0) return day;
  return timeOfDay % 60_000 === 0 ? `${day} ${iso.slice(11, 16)}` : `${day} ${iso.slice(11, 19)}`;
}

/** The calendar day of a wall-clock time, as whole days since 1970-01-01. */
export function dayNumber(ms: number): number {
  return Math.floor(ms / MS_PER_DAY);
}
