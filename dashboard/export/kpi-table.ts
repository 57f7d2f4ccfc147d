import * as XLSX from '@e965/xlsx';
import { KPI_CATALOG, type KpiKey, type KpiRowWithTargets } from '../../shared/kpi/index';
import { messagesFor, type Lang } from '../../shared/messages/index';
import { excelNumberFormat } from '../../shared/ui/index';
import { csvField, formulaSafe, UTF8_BOM as BOM } from '../../shared/export/index';

/*
 * The KPI table as files for the meeting pack: a CSV of the member table as on screen, and an
 * .xlsx with one sheet per KPI shaped like the heatmap (members × months, then the selected
 * range and its target). Text that a spreadsheet could read as a formula is kept as text.
 */

const collator = (lang: Lang) => new Intl.Collator(lang === 'zh' ? 'zh-CN' : 'en');
const byMember = (lang: Lang) => (a: { group: string | null }, b: { group: string | null }) => collator(lang).compare(a.group ?? '', b.group ?? '');

/**
 * The member table: one line per member (by name), per KPI its value, target and met. Rates
 * are fractions (0.9284), as in the report CLI, so the numbers stay exact.
 */
export function memberTableCsv(rows: readonly KpiRowWithTargets[], kpis: readonly KpiKey[], lang: Lang): string {
  const m = messagesFor(lang);
  const header = [m.dash_member, ...kpis.flatMap((k) => {
    const label = KPI_CATALOG[k].label[lang];
    return [label, `${label} · ${m.chartTarget}`, `${label} · ${m.dash_met}`];
  })];
  const lines = [header.map(csvField).join(',')];
  for (const row of [...rows].sort(byMember(lang))) {
    const cells: (string | number | boolean | null)[] = [row.group ?? ''];
    for (const kpi of kpis) {
      const check = row.targets[kpi];
      cells.push(row[kpi], check ? check.target : null, check ? check.met : null);
    }
    lines.push(cells.map(csvField).join(','));
  }
  return BOM + lines.join('\r\n') + '\r\n';
}

/** A sheet name Excel accepts: no []:*?/\, at most 31 characters, unique in the book. */
function sheetName(label: string, taken: Set<string>): string {
  const base = label.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31).trim() || 'KPI';
  let name = base;
  for (let i = 2; taken.has(name.toLowerCase()); i++) name = `${base.slice(0, 28)} ${i}`;
  taken.add(name.toLowerCase());
  return name;
}

/**
 * One sheet per KPI: members down, months across, then the selected range and its target —
 * the heatmap and the member table as numbers, with the KPI's number format.
 */
export function kpiTableWorkbook(
  monthly: readonly KpiRowWithTargets[],
  range: readonly KpiRowWithTargets[],
  kpis: readonly KpiKey[],
  lang: Lang,
): XLSX.WorkBook {
  const m = messagesFor(lang);
  const book = XLSX.utils.book_new();
  const months = [...new Set(monthly.map((r) => r.month))].sort();
  const members = [...new Set([...monthly, ...range].map((r) => r.group ?? ''))].sort(collator(lang).compare);
  const cell = new Map(monthly.map((r) => [`${r.group ?? ''}\u0000${r.month}`, r]));
  const total = new Map(range.map((r) => [r.group ?? '', r]));
  const taken = new Set<string>();
  for (const kpi of kpis) {
    const format = excelNumberFormat(KPI_CATALOG[kpi].unit);
    const aoa: (string | number | null)[][] = [[m.dash_member, ...months, m.dash_wholeRange, m.chartTarget]];
    for (const member of members) {
      const whole = total.get(member);
      aoa.push([
        formulaSafe(member),
        ...months.map((month) => cell.get(`${member}\u0000${month}`)?.[kpi] ?? null),
        whole?.[kpi] ?? null,
        whole?.targets[kpi]?.target ?? null,
      ]);
    }
    const sheet = XLSX.utils.aoa_to_sheet(aoa);
    // Every number cell gets the KPI's format (0.0% for rates), as the screen shows them.
    for (let r = 1; r < aoa.length; r++) {
      for (let c = 1; c < aoa[r].length; c++) {
        const ref = XLSX.utils.encode_cell({ r, c });
        if (sheet[ref] && typeof sheet[ref].v === 'number') sheet[ref].z = format;
      }
    }
    sheet['!cols'] = [{ wch: 14 }, ...months.map(() => ({ wch: 9 })), { wch: 12 }, { wch: 9 }];
    XLSX.utils.book_append_sheet(book, sheet, sheetName(KPI_CATALOG[kpi].label[lang], taken));
  }
  return book;
}

export function kpiTableXlsxBytes(...args: Parameters<typeof kpiTableWorkbook>): Uint8Array {
  const bytes = XLSX.write(kpiTableWorkbook(...args), { type: 'array', bookType: 'xlsx', compression: true }) as ArrayBuffer;
  return new Uint8Array(bytes);
}
