import { csvField, UTF8_BOM } from '../cli/format-csv';

/** Lines of fields as a CSV Excel opens as it should: BOM, CRLF, formula-safe text. */
export function csvText(rows: readonly (readonly (string | number | boolean | null | undefined)[])[]): string {
  return UTF8_BOM + rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}
