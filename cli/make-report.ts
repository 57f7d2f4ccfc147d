import type { Engine } from '../shared/engine/index';
import type { Issue } from '../shared/schema/index';
import type { WorkbookData } from '../shared/schema/index';
import { formatIssue, messagesFor, type Lang } from '../shared/messages/index';
import { buildReport, computeKpis, loadWorkbook, type KpiResult, type ReportJson } from '../shared/pipeline/index';
import type { ReportArgs } from './parse-args';
import { defaultTimeLimitSeconds, readInputWorkbook, type ReadSpreadsheet } from './read-input';
import { outPathProblem } from './out-path';
import { reportCsv } from './format-csv';
import { reportHtml } from './format-html';
import { todayIso } from './dates';
import { EXIT_INPUT, EXIT_OK, EXIT_USAGE, messageOf, type CliEffects } from './cli-effects';
import { dateLocaleFromEnv } from './env-lang';

/** A step either gives its value or the lines that tell the user why it could not. */
type Step<T> = { ok: true; value: T } | { ok: false; lines: string[] };

/** The effects' stoppable reader with the --time-limit (or the default for the file's size), if they have one. */
function spreadsheetReader(args: ReportArgs, fx: CliEffects): ReadSpreadsheet | undefined {
  const read = fx.readSpreadsheet;
  if (!read) return undefined;
  return (bytes, fileName) => read(bytes, fileName, 1000 * (args.timeLimit ?? defaultTimeLimitSeconds(bytes.length)));
}

export async function readWorkbook(path: string, args: ReportArgs, fx: CliEffects, lang: Lang, beforeParse?: () => void): Promise<Step<{ workbook: WorkbookData; issues: Issue[] }>> {
  const read = await readInputWorkbook(path, fx.readFile, beforeParse, spreadsheetReader(args, fx));
  if (read.value) return { ok: true, value: { workbook: read.value, issues: read.issues } };
  return { ok: false, lines: [...read.problems.map((p) => messageOf(p, lang)), ...read.issues.map((i) => formatIssue(i, lang))] };
}

interface Inputs {
  workbook: WorkbookData;
  targetsWorkbook?: WorkbookData;
  /** The as-of date when none was given: the demo's own "today", else the real one. */
  defaultAsOf: string;
  issues: Issue[];
}

/** The orders workbook (file or demo) and the --kpi workbook; `startEngine` is called once parsing begins. */
async function readInputs(args: ReportArgs, fx: CliEffects, lang: Lang, startEngine: () => void): Promise<Step<Inputs>> {
  const issues: Issue[] = [];
  let workbook: WorkbookData;
  let defaultAsOf = (fx.today ?? todayIso)();
  if (args.demo) {
    // The demo generator (like vega and the xlsx writer) loads only when asked for.
    const demo = await import('../shared/demo/index');
    startEngine();
    workbook = demo.generateDemoWorkbook();
    defaultAsOf = demo.DEMO_AS_OF;
  } else {
    const read = await readWorkbook(args.file!, args, fx, lang, startEngine);
    if (!read.ok) return read;
    workbook = read.value.workbook;
    issues.push(...read.value.issues);
  }
  let targetsWorkbook: WorkbookData | undefined;
  if (args.kpi) {
    const read = await readWorkbook(args.kpi.file, args, fx, lang);
    if (!read.ok) return read;
    targetsWorkbook = read.value.workbook;
    issues.push(...read.value.issues);
  }
  return { ok: true, value: { workbook, targetsWorkbook, defaultAsOf, issues } };
}

/** Load, compute and shape the report (plus the overall rows the HTML charts need). */
async function analyse(engine: Engine, args: ReportArgs, inputs: Inputs, lang: Lang, locale: string | undefined): Promise<Step<{ report: ReportJson; overall: KpiResult | null }>> {
  const issues = [...inputs.issues];
  const loaded = await loadWorkbook(engine, inputs.workbook, {
    ordersSheet: args.sheet ?? undefined,
    kpiSheet: args.kpi ? (args.kpi.sheet ?? undefined) : undefined,
    targetsWorkbook: inputs.targetsWorkbook,
    overrides: args.map,
    dateOrder: args.dateOrder ?? undefined,
    locale,
  });
  issues.push(...loaded.issues);
  if (!loaded.value) return { ok: false, lines: issues.filter((i) => i.severity === 'error').map((i) => formatIssue(i, lang)) };
  const question = { basis: args.basis, group: args.group, asOf: args.asOf ?? inputs.defaultAsOf, from: args.from ?? undefined, to: args.to ?? undefined };
  const kpis = await computeKpis(engine, loaded.value, question);
  issues.push(...kpis.issues);
  // The charts show the whole team's trend (one line per KPI), whatever the table's grouping.
  let overall: KpiResult | null = null;
  if (args.format === 'html') overall = args.group === 'none' ? kpis : await computeKpis(engine, loaded.value, { ...question, group: 'none' });
  const report = buildReport(loaded.value, kpis, { ...question, from: args.from, to: args.to }, issues, lang);
  return { ok: true, value: { report, overall } };
}

export async function render(format: ReportArgs['format'], report: ReportJson, overall: KpiResult | null, lang: Lang): Promise<string | Uint8Array> {
  switch (format) {
    case 'json':
      return JSON.stringify(report, null, 2) + '\n';
    case 'csv':
      return reportCsv(report);
    case 'html': {
      const { renderTrendCharts } = await import('./report-charts');
      return reportHtml({ report, lang, charts: await renderTrendCharts(overall?.rows ?? [], lang) });
    }
    case 'xlsx':
      return (await import('./format-xlsx')).reportXlsx(report, lang);
  }
}

/** Writes the report to --out or stdout; returns the exit code. */
export async function writeReport(args: ReportArgs, fx: CliEffects, lang: Lang, report: ReportJson, overall: KpiResult | null): Promise<number> {
  const m = messagesFor(lang);
  const output = await render(args.format, report, overall, lang);
  if (!args.out) {
    // parseReportArgs insists on --out for xlsx, so only text reaches stdout.
    fx.stdout(typeof output === 'string' ? output : '');
    return EXIT_OK;
  }
  try {
    await fx.writeFile(args.out, output);
  } catch (e) {
    fx.stderr(`${m.cliErrorPrefix}: ${m.cliCannotWrite({ path: args.out, reason: e instanceof Error ? e.message : String(e) })}\n`);
    return EXIT_USAGE;
  }
  fx.stderr(`${m.cliWrote({ path: args.out, rows: report.rows.length, issues: report.issues.length })}\n`);
  return EXIT_OK;
}

/** Make the report the arguments ask for and write it; returns the exit code. */
export async function makeReport(args: ReportArgs, fx: CliEffects, lang: Lang): Promise<number> {
  if (args.source) return (await import('./database-report')).makeDatabaseReport(args, fx, lang);
  const m = messagesFor(lang);
  // DuckDB's wasm compiles on background threads: start it while the workbook is parsed, once
  // there is a workbook to parse (a missing or empty file should not wait for it).
  const engineStart: { promise: Promise<Engine> | null } = { promise: null };
  const startEngine = () => {
    engineStart.promise ??= fx.createEngine();
  };
  const fail = async (lines: string[]) => {
    for (const line of lines) fx.stderr(`${m.cliErrorPrefix}: ${line}\n`);
    return EXIT_INPUT;
  };
  // An --out that cannot be written is a mistake in the command (exit 2, like a bad option),
  // told before a big file is read for nothing.
  const outProblem = args.out && fx.pathKind ? await outPathProblem(args.out, fx.pathKind) : null;
  if (outProblem) {
    fx.stderr(`${m.cliErrorPrefix}: ${messageOf(outProblem, lang)}\n`);
    return EXIT_USAGE;
  }

  const inputs = await readInputs(args, fx, lang, startEngine);
  if (!inputs.ok) {
    if (engineStart.promise) await (await engineStart.promise).close();
    return fail(inputs.lines);
  }
  startEngine();
  const engine = await engineStart.promise!;
  let analysed: Awaited<ReturnType<typeof analyse>>;
  try {
    analysed = await analyse(engine, args, inputs.value, lang, dateLocaleFromEnv(fx.env));
  } finally {
    await engine.close();
  }
  if (!analysed.ok) return fail(analysed.lines);
  const { report, overall } = analysed.value;
  return writeReport(args, fx, lang, report, overall);
}
