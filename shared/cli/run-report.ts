import type { Engine } from '../engine/engine';
import type { Issue } from '../schema/issues';
import type { WorkbookData } from '../schema/workbook';
import { formatIssue, messagesFor, type Lang } from '../messages/index';
import { buildReport, computeKpis, loadWorkbook, type ReportJson } from '../pipeline/index';
import { DEMO_AS_OF, generateDemoWorkbook } from '../demo/index';
import { langFromEnv } from './env-lang';
import { parseReportArgs, type ReportArgs, type UsageError } from './parse-args';
import { readInputWorkbook, type InputProblem, type ReadFile } from './read-input';
import { reportCsv } from './format-csv';
import { reportHtml } from './format-html';
import { reportXlsx } from './format-xlsx';
import { renderTrendCharts } from './report-charts';
import { todayIso } from './dates';

/** Everything the CLI does to the outside world, injected so the run is testable in-process. */
export interface CliEffects {
  env: Record<string, string | undefined>;
  readFile: ReadFile;
  writeFile(path: string, data: string | Uint8Array): Promise<void>;
  stdout(data: string): void;
  stderr(text: string): void;
  createEngine(): Promise<Engine>;
  /** Today as YYYY-MM-DD (the default as-of date). */
  today?(): string;
}

export const EXIT_OK = 0;
export const EXIT_USAGE = 2;
export const EXIT_INPUT = 3;

/** The --lang of an argv that may not parse, so even usage errors speak the user's language. */
function langOfArgv(argv: readonly string[]): Lang | null {
  for (let i = 0; i < argv.length; i++) {
    const v = argv[i] === '--lang' ? argv[i + 1] : argv[i].startsWith('--lang=') ? argv[i].slice(7) : undefined;
    if (v === 'en' || v === 'zh') return v;
  }
  return null;
}

function messageOf(problem: UsageError | InputProblem, lang: Lang): string {
  const entry = (messagesFor(lang) as Record<string, unknown>)[problem.code];
  return typeof entry === 'function' ? entry(problem.params) : String(entry ?? problem.code);
}

type Read = { ok: true; workbook: WorkbookData; issues: Issue[] } | { ok: false; lines: string[] };

async function readWorkbook(path: string, fx: CliEffects, lang: Lang): Promise<Read> {
  const read = await readInputWorkbook(path, fx.readFile);
  if (read.value) return { ok: true, workbook: read.value, issues: read.issues };
  return { ok: false, lines: [...read.problems.map((p) => messageOf(p, lang)), ...read.issues.map((i) => formatIssue(i, lang))] };
}

/** Make the report the arguments ask for and write it; returns the exit code. */
async function makeReport(args: ReportArgs, fx: CliEffects, lang: Lang): Promise<number> {
  const m = messagesFor(lang);
  const fail = (lines: string[]) => {
    for (const line of lines) fx.stderr(`${m.cliErrorPrefix}: ${line}\n`);
    return EXIT_INPUT;
  };

  const issues: Issue[] = [];
  let workbook: WorkbookData;
  if (args.demo) workbook = generateDemoWorkbook();
  else {
    const read = await readWorkbook(args.file!, fx, lang);
    if (!read.ok) return fail(read.lines);
    workbook = read.workbook;
    issues.push(...read.issues);
  }
  let targetsWorkbook: WorkbookData | undefined;
  if (args.kpi) {
    const read = await readWorkbook(args.kpi.file, fx, lang);
    if (!read.ok) return fail(read.lines);
    targetsWorkbook = read.workbook;
    issues.push(...read.issues);
  }

  const engine = await fx.createEngine();
  let report: ReportJson;
  let overall: Awaited<ReturnType<typeof computeKpis>> | null = null;
  try {
    const loaded = await loadWorkbook(engine, workbook, {
      ordersSheet: args.sheet ?? undefined,
      kpiSheet: args.kpi ? (args.kpi.sheet ?? undefined) : undefined,
      targetsWorkbook,
      overrides: args.map,
    });
    issues.push(...loaded.issues);
    if (!loaded.value) return fail(issues.filter((i) => i.severity === 'error').map((i) => formatIssue(i, lang)));
    const question = { basis: args.basis, group: args.group, asOf: args.asOf ?? (args.demo ? DEMO_AS_OF : (fx.today ?? todayIso)()), from: args.from ?? undefined, to: args.to ?? undefined };
    const kpis = await computeKpis(engine, loaded.value, question);
    issues.push(...kpis.issues);
    // The charts show the whole team's trend (one line per KPI), whatever the table's grouping.
    if (args.format === 'html') overall = args.group === 'none' ? kpis : await computeKpis(engine, loaded.value, { ...question, group: 'none' });
    report = buildReport(loaded.value, kpis, { ...question, from: args.from, to: args.to }, issues, lang);
  } finally {
    await engine.close();
  }

  let output: string | Uint8Array;
  switch (args.format) {
    case 'json':
      output = JSON.stringify(report, null, 2) + '\n';
      break;
    case 'csv':
      output = reportCsv(report);
      break;
    case 'html':
      output = reportHtml({ report, lang, charts: await renderTrendCharts(overall?.rows ?? [], lang) });
      break;
    case 'xlsx':
      output = reportXlsx(report, lang);
      break;
  }
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

/**
 * The report CLI (DESIGN.md contract): exit 0 when a report was made (issues may be listed),
 * 2 for a usage error, 3 when the input cannot be used. Never lets a stack trace reach the user.
 */
export async function runReport(argv: readonly string[], fx: CliEffects): Promise<number> {
  const lang = langOfArgv(argv) ?? langFromEnv(fx.env);
  const m = messagesFor(lang);
  const parsed = parseReportArgs(argv);
  if (!parsed.value) {
    for (const e of parsed.errors) fx.stderr(`${m.cliErrorPrefix}: ${messageOf(e, lang)}\n`);
    fx.stderr(`${m.cliSeeHelp}\n`);
    return EXIT_USAGE;
  }
  if (parsed.value.help) {
    fx.stdout(m.cliHelp);
    return EXIT_OK;
  }
  try {
    return await makeReport(parsed.value, fx, lang);
  } catch (e) {
    // A bug or an input no check foresaw: say so plainly, without the stack.
    const reason = e instanceof Error ? e.message : String(e);
    fx.stderr(`${m.cliErrorPrefix}: ${m.cliUnexpected({ reason: reason.split('\n')[0] })}\n`);
    return EXIT_INPUT;
  }
}
