/**
 * The demo's calendar: Excel serial dates and the 24 months the demo covers. The period is
 * fixed (not "the last 24 months") so the demo workbook never changes with today's date.
 */
const DAY_MS = 86_400_000;
/** Excel's 1900 date system counts days from 1899-12-30 for every date after 1900-02-28. */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

export const DEMO_FIRST_MONTH = '2024-11';
export const DEMO_LAST_MONTH = '2026-10';
/** The demo's "today": the last day of its last month. Open orders are open as of this date. */
export const DEMO_AS_OF = '2026-10-31';

/** Serial number of a calendar date in Excel's 1900 date system. */
export function excelSerial(year: number, month: number, day: number): number {
  return (Date.UTC(year, month - 1, day) - EXCEL_EPOCH_MS) / DAY_MS;
}

export function serialOfIsoDate(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number);
  return excelSerial(y, m, d);
}

/** "YYYY-MM-DD" of a serial's calendar day (its time of day is ignored). */
export function isoDateOfSerial(serial: number): string {
  return new Date(EXCEL_EPOCH_MS + Math.floor(serial) * DAY_MS).toISOString().slice(0, 10);
}

/** "YYYY-MM" of a serial's calendar day. */
export function monthOfSerial(serial: number): string {
  return isoDateOfSerial(serial).slice(0, 7);
}

/** 0 = Sunday … 6 = Saturday (1899-12-30 was a Saturday). */
export function weekdayOfSerial(serial: number): number {
  return (Math.floor(serial) + 6) % 7;
}

/** The months from `first` to `last`, both "YYYY-MM", inclusive. */
export function monthsBetween(first: string, last: string): string[] {
  const months: string[] = [];
  let [y, m] = first.split('-').map(Number);
  const [ly, lm] = last.split('-').map(Number);
  while (y < ly || (y === ly && m <= lm)) {
    months.push(`${y}-${String(m).padStart(2, '0')}`);
    m += 1;
    if (m > 12) {
      m = 1;
      y += 1;
    }
  }
  return months;
}

export const DEMO_MONTHS = monthsBetween(DEMO_FIRST_MONTH, DEMO_LAST_MONTH);
export const DEMO_FIRST_DAY = serialOfIsoDate(`${DEMO_FIRST_MONTH}-01`);
export const DEMO_LAST_DAY = serialOfIsoDate(DEMO_AS_OF);
