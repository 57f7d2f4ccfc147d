import { KPI_KEYS, type KpiKey } from '../shared/kpi/index';
import { messagesFor, type Lang } from '../shared/messages/index';
import type { ReportJson, ReportRow } from '../shared/pipeline/index';
import { escapeHtml as esc } from './html-escape';
import { REPORT_CSS } from './html-style';
import { formatKpiValue, kpiLabel, kpiUnit } from './kpi-info';
import { basisLabel, groupColumnLabel, groupLabel, severityLabel } from './labels';

/** A chart already rendered to SVG markup (from our own Vega renderer, not user text). */
export interface RenderedChart {
  title: string;
  svg: string;
}

export interface HtmlReportInput {
  report: ReportJson;
  lang: Lang;
  charts: RenderedChart[];
  /** The issue list is cut here (a note says how many more; JSON/XLSX list all). */
  maxIssues?: number;
}

type Messages = ReturnType<typeof messagesFor>;

/** KPIs with a value in some row, or a target: the table's columns. */
function shownKpis(report: ReportJson): KpiKey[] {
  return KPI_KEYS.filter((k) => report.rows.some((r) => r[k] !== null || r.targets[k]));
}

function kpiCell(row: ReportRow, key: KpiKey, lang: Lang, m: Messages): string {
  const unit = kpiUnit(key);
  const value = esc(formatKpiValue(row[key], unit, lang));
  const check = row.targets[key];
  if (!check) return `<td>${value}</td>`;
  const target = esc(formatKpiValue(check.target, unit, lang));
  if (check.met === null) {
    return `<td>${value}<span class="target">${esc(m.cliTarget)} ${target} · ${esc(m.cliTargetNoValue)}</span></td>`;
  }
  const [cls, mark, word] = check.met ? ['met', '✓', m.cliTargetMet] : ['missed', '✗', m.cliTargetMissed];
  return (
    `<td class="${cls}">${value} <span class="mark-${cls}" title="${esc(word)}" aria-label="${esc(word)}">${mark}</span>` +
    `<span class="target">${esc(m.cliTarget)} ${target}</span></td>`
  );
}

function kpiTable(report: ReportJson, lang: Lang, m: Messages): string {
  if (report.rows.length === 0) return `<p class="note">${esc(m.cliNoRows)}</p>`;
  const kpis = shownKpis(report);
  const grouped = report.group !== null;
  const head = [
    `<th class="text">${esc(m.cliMonth)}</th>`,
    grouped ? `<th class="text">${esc(groupColumnLabel(report, lang))}</th>` : '',
    ...kpis.map((k) => `<th>${esc(kpiLabel(k, lang))}</th>`),
  ].join('');
  const body = report.rows
    .map((row) => {
      const cells = [
        `<td class="text">${esc(row.month)}</td>`,
        grouped ? `<td class="text">${esc(row.group ?? '–')}</td>` : '',
        ...kpis.map((k) => kpiCell(row, k, lang, m)),
      ];
      return `<tr>${cells.join('')}</tr>`;
    })
    .join('\n');
  return `<div class="table-wrap"><table class="kpi-table"><thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table></div>`;
}

function issueList(report: ReportJson, lang: Lang, m: Messages, maxIssues: number): string {
  if (report.issues.length === 0) return `<p class="note">${esc(m.cliNoIssues)}</p>`;
  const shown = report.issues.slice(0, maxIssues);
  const rows = shown
    .map(
      (i) =>
        `<tr><td class="${i.severity} text">${esc(severityLabel(i.severity, lang))}</td><td class="text">${esc(i.sheet)}</td>` +
        `<td class="text">${esc(i.cell)}</td><td class="issue-message">${esc(i.message)}</td></tr>`,
    )
    .join('\n');
  const more = report.issues.length - shown.length;
  const note = more > 0 ? `<p class="note">${esc(m.cliMoreIssues({ count: more }))}</p>` : '';
  const head = [m.cliSeverity, m.cliSheet, m.cliCell, m.cliMessage].map((h) => `<th class="text">${esc(h)}</th>`).join('');
  return `<div class="table-wrap"><table class="issues"><thead><tr>${head}</tr></thead><tbody>\n${rows}\n</tbody></table></div>${note}`;
}

function facts(report: ReportJson, lang: Lang, m: Messages): string {
  const scale = report.satisfactionScale ? m.cliScaleOutOf({ scale: report.satisfactionScale }) : m.cliScaleUnknown;
  const months = report.from || report.to ? `${report.from ?? '…'} – ${report.to ?? '…'}` : m.cliAllMonths;
  const pairs: [string, string][] = [
    [m.cliAsOf, report.asOf],
    [m.cliBasis, basisLabel(report.basis, lang)],
    [m.cliGroupBy, groupLabel(report.group ?? 'none', lang)],
    [m.cliMonths, months],
    [m.cliSatisfactionScale, scale],
    [m.cliSource, report.ordersSheet],
    [m.cliKpiSheet, report.kpiSheet ?? m.pipelineNone],
    [m.cliOrdersCounted, formatKpiValue(report.orders, 'count', lang)],
    [m.cliCancelled, formatKpiValue(report.cancelled, 'count', lang)],
  ];
  return `<dl class="facts">${pairs.map(([k, v]) => `<dt>${esc(k)}</dt><dd>${esc(v)}</dd>`).join('')}</dl>`;
}

/**
 * The report as ONE self-contained HTML page (facts, trend charts, the KPI table, issues): inline CSS, charts as inline SVG, no script and
 * no URL of any kind, so it opens offline and can be mailed as is. Every user text is escaped.
 */
export function reportHtml({ report, lang, charts, maxIssues = 2000 }: HtmlReportInput): string {
  const m = messagesFor(lang);
  const chartBlocks = charts.map((c) => `<figure class="chart" aria-label="${esc(c.title)}">${c.svg}</figure>`).join('\n');
  return `<!DOCTYPE html>
<html lang="${lang === 'zh' ? 'zh-CN' : 'en'}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(m.cliReportTitle)} · ${esc(report.asOf)}</title>
<style>${REPORT_CSS}</style>
</head>
<body>
<h1>${esc(m.cliReportTitle)}</h1>
${facts(report, lang, m)}
<h2>${esc(m.cliCharts)}</h2>
<p class="note">${esc(m.cliChartsOverall)}</p>
<div class="charts">
${chartBlocks}
</div>
<h2>${esc(m.cliKpiTable)}</h2>
${kpiTable(report, lang, m)}
<h2>${esc(m.cliIssues)} (${report.issues.length})</h2>
${issueList(report, lang, m, maxIssues)}
<footer>${esc(m.cliGeneratedBy)}</footer>
</body>
</html>
`;
}
