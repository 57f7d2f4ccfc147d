import { utils, write, type CellObject, type WorkSheet } from '@e965/xlsx';
import { KPI_KEYS } from '../shared/kpi/index';
import { messagesFor, type Lang } from '../shared/messages/index';
import type { ReportJson } from '../shared/pipeline/index';
import { kpiLabel, kpiUnit, type KpiUnit } from './kpi-info';
import { groupColumnLabel, severityLabel } from './labels';

const NUMBER_FORMAT: Record<KpiUnit, string> = {
  rate: '0.0%',
  score: '0.00',
  count: '#,##0',
  days: '0.0',
  hours: '0.0',
  currency: '#,##0',
};

type Cell = CellObject | null;

/** Text is always a string cell ('s'): never a formula, whatever it starts with. */
const text = (v: string | null): Cell => (v === null ? null : { t: 's', v });
const num = (v: number | null, z?: string): Cell => (v === null || !Number.isFinite(v) ? null : { t: 'n', v, ...(z ? { z } : {}) });
const bool = (v: boolean | null | undefined): Cell => (v === null || v === undefined ? null : { t: 'b', v });

function sheetOf(rows: Cell[][], widths: number[]): WorkSheet {
  const ws: WorkSheet = {};
  let lastCol = 0;
  rows.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (!cell) return;
      ws[utils.encode_cell({ r, c })] = cell;
      lastCol = Math.max(lastCol, c);
    }),
  );
  ws['!ref'] = utils.encode_range({ s: { r: 0, c: 0 }, e: { r: Math.max(rows.length - 1, 0), c: lastCol } });
  ws['!cols'] = widths.map((wch) => ({ wch }));
  return ws;
}

/** KPI sheet: month, group, then per KPI its value, target and met; rates as numbers in %. */
function kpiSheet(report: ReportJson, lang: Lang): WorkSheet {
  const m = messagesFor(lang);
  const header: Cell[] = [text(m.cliMonth), text(groupColumnLabel(report, lang))];
  for (const key of KPI_KEYS) {
    const label = kpiLabel(key, lang);
    header.push(text(label), text(`${label} · ${m.cliTarget}`), text(`${label} · ${m.cliMet}`));
  }
  const rows: Cell[][] = [header];
  for (const row of report.rows) {
    const cells: Cell[] = [text(row.month), text(row.group ?? m.cliAll)];
    for (const key of KPI_KEYS) {
      const z = NUMBER_FORMAT[kpiUnit(key)];
      const check = row.targets[key];
      cells.push(num(row[key], z), num(check ? check.target : null, z), bool(check?.met));
    }
    rows.push(cells);
  }
  return sheetOf(rows, [10, 16, ...KPI_KEYS.flatMap(() => [12, 12, 8])]);
}

function issuesSheet(report: ReportJson, lang: Lang): WorkSheet {
  const m = messagesFor(lang);
  const rows: Cell[][] = [[text(m.cliSeverity), text(m.cliSheet), text(m.cliCell), text(m.cliMessage)]];
  for (const i of report.issues) rows.push([text(severityLabel(i.severity, lang)), text(i.sheet), text(i.cell), text(i.message)]);
  return sheetOf(rows, [10, 16, 8, 80]);
}

/** The report as an .xlsx file: a "KPI" sheet and an "Issues" sheet. */
export function reportXlsx(report: ReportJson, lang: Lang): Uint8Array {
  const wb = utils.book_new();
  utils.book_append_sheet(wb, kpiSheet(report, lang), 'KPI');
  utils.book_append_sheet(wb, issuesSheet(report, lang), 'Issues');
  const out = write(wb, { type: 'buffer', bookType: 'xlsx', compression: true }) as Uint8Array;
  return new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
}
