import type { CellArea, NewHighlight, NewNumberFormat } from '../../shared/host/index';
import { columnLetters } from '../../shared/host/index';
import { KPI_CATALOG, type KpiKey, type KpiRowWithTargets } from '../../shared/kpi/index';
import { messagesFor, type Lang } from '../../shared/messages/index';
import type { CellValue } from '../../shared/schema/index';
// format.ts is plain functions; shared/ui/index brings React, Fluent and Vega into this non-UI
// module (report-sheet.test.ts's import: 0.6 s → 4.5 s).
// eslint-disable-next-line layering/shared-by-index -- not the React index: see above
import { excelNumberFormat } from '../../shared/ui/format';
import type { AddinLineChart, AddinSheet } from '../office/sheet-extras';

/** The KPIs of the report's member table, in this order, when they can be computed. */
export const REPORT_KPIS: readonly KpiKey[] = [
  'orders',
  'completed',
  'on_time_rate',
  'completion_rate',
  'overdue_open',
  'error_rate',
  'satisfaction',
  'cycle_days_avg',
  'response_hours_avg',
  'resolution_rate',
  'complaint_rate',
  'revenue',
];

/** The three trends of the monthly review, each a block of month | value | target and a chart. */
export const REPORT_TRENDS: readonly KpiKey[] = ['satisfaction', 'on_time_rate', 'error_rate'];

export interface ReportInput {
  month: string;
  asOf: string;
  /** How the period basis reads, e.g. "Each KPI's own date". */
  basisLabel: string;
  ordersSheet: string;
  lang: Lang;
  /** The month by member (group owner). */
  members: readonly KpiRowWithTargets[];
  teamOf: Readonly<Record<string, string>>;
  /** Whole-team rows, one per month, up to the report month. */
  trend: readonly KpiRowWithTargets[];
  /** The KPIs the data supports. */
  kpis: readonly KpiKey[];
  /** Per member, how far from their own target in orders ("On-time rate: 3 more on time …"). */
  distances?: Readonly<Record<string, string>>;
}

const TABLE_TOP = 3; // zero-based row of the member table's header (row 4)
const CHART_ROWS = 15;
const CHART_COLS = 7;

const area = (row: number, col: number, rows: number, cols: number): CellArea => ({ row, col, rows, cols });

/** "=AND(ISNUMBER(C5),ISNUMBER(D5),C5<D5)": the value missed its target, by the KPI's direction. */
export function missedFormula(kpi: KpiKey, valueCell: string, targetCell: string): string {
  const worse = KPI_CATALOG[kpi].direction === 'higher' ? '<' : '>';
  return `=AND(ISNUMBER(${valueCell}),ISNUMBER(${targetCell}),${valueCell}${worse}${targetCell})`;
}

/**
 * The monthly report as a new sheet: a title, an Excel table of the month's KPIs by member with
 * their targets (missed targets highlighted by conditional formatting), and below it the
 * whole team's monthly satisfaction, on-time and error-rate values with a line chart of each
 * (axis titles: the month, the KPI and its unit). The title and subtitle wrap within column A,
 * whose width is the table's.
 */
export function reportSheet(input: ReportInput): AddinSheet {
  const m = messagesFor(input.lang);
  const label = (k: KpiKey) => KPI_CATALOG[k].label[input.lang];
  const kpis = REPORT_KPIS.filter((k) => input.kpis.includes(k));
  const withTarget = new Set(kpis.filter((k) => input.members.some((r) => r.targets[k])));
  const collator = new Intl.Collator(input.lang === 'zh' ? 'zh-CN' : 'en');
  const members = [...input.members].sort((a, b) => collator.compare(a.group ?? '', b.group ?? ''));

  const cells: CellValue[][] = [
    [m.paneReportTitle({ month: input.month })],
    [m.paneReportSubtitle({ asOf: input.asOf, sheet: input.ordersSheet, basis: input.basisLabel })],
    [],
  ];
  const formats: NewNumberFormat[] = [];
  const highlights: NewHighlight[] = [];

  // The member table: Member | Team | KPI | (KPI target) …
  const header: CellValue[] = [m.uiMember, m.uiTeam];
  const columnOf = new Map<KpiKey, number>();
  for (const k of kpis) {
    columnOf.set(k, header.length);
    header.push(label(k));
    if (withTarget.has(k)) header.push(m.paneReportTargetOf({ kpi: label(k) }));
  }
  const distances = input.distances && Object.keys(input.distances).length > 0 ? input.distances : null;
  if (distances) header.push(m.rv_reportDistance);
  cells.push(header);
  for (const row of members) {
    const line: CellValue[] = [row.group ?? '', row.group ? (input.teamOf[row.group] ?? '') : ''];
    for (const k of kpis) {
      line.push(row[k] ?? '');
      if (withTarget.has(k)) line.push(row.targets[k]?.target ?? '');
    }
    if (distances) line.push(row.group ? (distances[row.group] ?? '') : '');
    cells.push(line);
  }
  const firstData = TABLE_TOP + 1;
  const rows = members.length;
  if (rows > 0) {
    for (const [k, col] of columnOf) {
      const width = withTarget.has(k) ? 2 : 1;
      formats.push({ area: area(firstData, col, rows, width), format: excelNumberFormat(KPI_CATALOG[k].unit) });
      if (withTarget.has(k)) {
        const value = `${columnLetters(col)}${firstData + 1}`;
        const target = `${columnLetters(col + 1)}${firstData + 1}`;
        highlights.push({ area: area(firstData, col, rows, 1), formula: missedFormula(k, value, target), fill: '#FDE3CF', font: '#8A3A00' });
      }
    }
  }
  const tables = [{ name: `KPI_${input.month}`, area: area(TABLE_TOP, 0, rows + 1, header.length), style: 'TableStyleMedium2' }];

  // Trend blocks side by side below the table, each with its chart under it.
  const trendTop = TABLE_TOP + rows + 3;
  const months = [...input.trend].sort((a, b) => a.month.localeCompare(b.month));
  const charts: AddinLineChart[] = [];
  let col = 0;
  for (const k of REPORT_TRENDS.filter((t) => input.kpis.includes(t))) {
    const hasTarget = months.some((r) => r.targets[k]);
    const width = hasTarget ? 3 : 2;
    // The top-left cell stays blank: Excel then reads the first row as series names and the
    // first column as categories when it charts the block.
    put(cells, trendTop, col, ['', label(k), ...(hasTarget ? [m.paneReportTarget] : [])]);
    months.forEach((r, i) => put(cells, trendTop + 1 + i, col, [r.month, r[k] ?? '', ...(hasTarget ? [r.targets[k]?.target ?? ''] : [])]));
    if (months.length > 0) {
      formats.push({ area: area(trendTop + 1, col + 1, months.length, width - 1), format: excelNumberFormat(KPI_CATALOG[k].unit) });
      charts.push({
        title: m.paneReportTrendTitle({ kpi: label(k) }),
        data: area(trendTop, col, months.length + 1, width),
        placement: area(trendTop + months.length + 2, col, CHART_ROWS, CHART_COLS),
        valueFormat: KPI_CATALOG[k].unit === 'rate' ? '0%' : undefined,
        axisTitles: { category: m.paneReportMonth, value: m.paneReportAxisValue({ kpi: label(k), unit: KPI_CATALOG[k].unit }) },
      });
    }
    col += CHART_COLS + 1;
  }

  return {
    name: m.paneReportSheetName({ month: input.month }),
    cells,
    formats,
    tables,
    highlights,
    charts,
    wrap: [area(0, 0, 2, 1)],
  };
}

/** Writes `values` into row `row` from column `col`, growing the grid as needed. */
function put(cells: CellValue[][], row: number, col: number, values: CellValue[]): void {
  while (cells.length <= row) cells.push([]);
  const line = cells[row];
  while (line.length < col) line.push('');
  values.forEach((v, i) => (line[col + i] = v));
}
