/**
 * DuckDB's DATE, TIMESTAMP and TIME values (as the engine gives them: "2026-10-05",
 * "2026-10-05 13:14:15[.250]", "13:14:15") as Excel serials in the workbook's date system, so a
 * query's dates are dates in Excel (sortable, filterable, formatted), not text. The inverse of
 * shared/ingest's excelSerialToEpochMs, with the same Lotus 1900-02-29 rule.
 */
const MS_PER_DAY = 86_400_000;
const EPOCH_1900 = 25_569; // serial of 1970-01-01 in the 1900 system
const EPOCH_1904 = 24_107; // … in the 1904 system
const MARCH_1_1900 = Date.UTC(1900, 2, 1);
const FIRST_1900 = Date.UTC(1900, 0, 1);
const FIRST_1904 = Date.UTC(1904, 0, 1);
const LAST = Date.UTC(9999, 11, 31, 23, 59, 59, 999);

/** Wall-clock epoch ms → serial; null before the date system's first day or after 9999. */
export function epochMsToSerial(ms: number, date1904: boolean): number | null {
  if (!Number.isFinite(ms) || ms > LAST || ms < (date1904 ? FIRST_1904 : FIRST_1900)) return null;
  if (date1904) return ms / MS_PER_DAY + EPOCH_1904;
  // Serials 1–59 (1900-01-01 … 02-28) sit one day lower: Excel counts a 1900-02-29 after them.
  return ms / MS_PER_DAY + (ms < MARCH_1_1900 ? EPOCH_1900 - 1 : EPOCH_1900);
}

const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,6}))?)?$/;
const TIME = /^(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,6}))?$/;

const fractionMs = (digits: string | undefined) => (digits ? Number(digits.padEnd(3, '0').slice(0, 3)) : 0);

/** "2026-10-05" or "2026-10-05 13:14:15.250" → serial; null for anything else. */
export function dateTextToSerial(text: string, date1904: boolean): number | null {
  const m = DATE_TIME.exec(text);
  if (!m) return null;
  const [year, month, day, h = 0, min = 0, s = 0] = m.slice(1, 7).map((x) => Number(x ?? 0));
  const ms = Date.UTC(year, month - 1, day, h, min, s, fractionMs(m[7]));
  const back = new Date(ms);
  if (back.getUTCFullYear() !== year || back.getUTCMonth() !== month - 1 || back.getUTCDate() !== day) return null;
  return epochMsToSerial(ms, date1904);
}

/** "13:14:15" → the fraction of a day Excel stores for a time. */
export function timeTextToSerial(text: string): number | null {
  const m = TIME.exec(text);
  if (!m) return null;
  const [h, min, s] = m.slice(1, 4).map(Number);
  if (h > 23 || min > 59 || s > 59) return null;
  return (((h * 60 + min) * 60 + s) * 1000 + fractionMs(m[4])) / MS_PER_DAY;
}
