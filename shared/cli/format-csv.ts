import { KPI_KEYS } from '../kpi/keys';
import type { ReportJson } from '../pipeline/index';
import { formulaSafe } from './safe-text';

/** A UTF-8 byte-order mark: without it Excel reads a CSV as the local code page and garbles 中文. */
export const UTF8_BOM = '\uFEFF';

/** RFC 4180 quoting of one field (text made formula-safe first). */
export function csvField(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  const text = formulaSafe(value);
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The CSV columns: month, group, every KPI, then <kpi>_target and <kpi>_met of every KPI. */
export function csvHeader(): string[] {
  return ['month', 'group', ...KPI_KEYS, ...KPI_KEYS.flatMap((k) => [`${k}_target`, `${k}_met`])];
}

/** One line per month × group; CRLF line ends and a BOM, as Excel expects. */
export function reportCsv(report: ReportJson): string {
  const lines = [csvHeader().map(csvField).join(',')];
  for (const row of report.rows) {
    const cells: (string | number | boolean | null)[] = [row.month, row.group];
    for (const key of KPI_KEYS) cells.push(row[key]);
    for (const key of KPI_KEYS) {
      const check = row.targets[key];
      cells.push(check ? check.target : null, check ? check.met : null);
    }
    lines.push(cells.map(csvField).join(','));
  }
  return UTF8_BOM + lines.join('\r\n') + '\r\n';
}
