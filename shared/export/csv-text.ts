/**
 * CSV as Excel opens it as it should, for every file the product writes (the report CLI's CSV,
 * the dashboard's member table, the at-risk list, actions and targets): one copy of the rules.
 */

/** A UTF-8 byte-order mark: without it Excel reads a CSV as the local code page and garbles 中文. */
export const UTF8_BOM = '\uFEFF';

/**
 * Text a spreadsheet could take for a formula (= + - @, and tab/CR which some apps strip
 * before looking) gets a leading apostrophe: DESIGN.md, "text written to cells can never
 * become a formula". Applies to text only; numbers are written as numbers.
 */
export function formulaSafe(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

export type CsvValue = string | number | boolean | null | undefined;

/** RFC 4180 quoting of one field (text made formula-safe first). */
export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  const text = formulaSafe(value);
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Lines of fields as one CSV file: BOM, CRLF, formula-safe text. */
export function csvText(rows: readonly (readonly CsvValue[])[]): string {
  return UTF8_BOM + rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}
