/**
 * The report CLI as a library: argument parsing, the run (with injected effects) and the four
 * output formats, so the dashboard can export the same report files. The Node entry point is
 * report-cli.ts and is not exported (it touches process and the file system).
 */
export { parseReportArgs, REPORT_FORMATS, type ReportArgs, type ReportFormat, type UsageError } from './parse-args';
export { runReport } from './run-report';
export { EXIT_OK, EXIT_USAGE, EXIT_INPUT, type CliEffects } from './cli-effects';
export { langFromEnv } from './env-lang';
export { reportCsv, csvHeader } from './format-csv';
export { csvField, UTF8_BOM, formulaSafe } from '../shared/export/index';
export { reportHtml, type HtmlReportInput, type RenderedChart } from './format-html';
export { reportXlsx } from './format-xlsx';
export { renderTrendCharts } from './report-charts';
export { escapeHtml } from './html-escape';
