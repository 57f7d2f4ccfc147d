import { KPI_KEYS } from '../shared/kpi/index';
import type { ReportJson } from '../shared/pipeline/index';
import { csvField, UTF8_BOM } from '../shared/export/index';

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
