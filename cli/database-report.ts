import type { PostgresConnector } from '../shared/engine/postgres';
import { ingestTargets } from '../shared/ingest/index';
import { detectSheets } from '../shared/mapping/index';
import { formatIssue, messagesFor, type Lang } from '../shared/messages/index';
import { buildReport, type KpiResult } from '../shared/pipeline/index';
import type { Issue } from '../shared/schema/index';
import type { TargetRow } from '../shared/schema/index';
import { computeTableKpis, openTableOrders, postgresProblem, sourceText, type SourceProblem } from '../shared/source/index';
import { EXIT_INPUT, messageOf, type CliEffects } from './cli-effects';
import { todayIso } from './dates';
import { readWorkbook, writeReport } from './make-report';
import type { ReportArgs } from './parse-args';

type Targets = { ok: true; targets: TargetRow[]; kpiSheet: string | null; issues: Issue[] } | { ok: false; lines: string[] };

/** --kpi FILE[#SHEET]: the named sheet, or the one detected as a KPI sheet. */
async function readTargets(args: ReportArgs, fx: CliEffects, lang: Lang): Promise<Targets> {
  if (!args.kpi) return { ok: true, targets: [], kpiSheet: null, issues: [] };
  const read = await readWorkbook(args.kpi.file, args, fx, lang);
  if (!read.ok) return read;
  const { workbook, issues } = read.value;
  const name = args.kpi.sheet ?? detectSheets(workbook).kpi?.sheet;
  const sheet = workbook.sheets.find((s) => s.name === name);
  if (!sheet) {
    const sheets = workbook.sheets.map((s) => s.name).join(', ');
    const issue: Issue = args.kpi.sheet
      ? { sheet: args.kpi.sheet, cell: '', severity: 'error', code: 'pipelineSheetNotFound', params: { name: args.kpi.sheet, sheets } }
      : { sheet: '', cell: '', severity: 'info', code: 'pipelineNoKpiSheet', params: { sheets } };
    if (issue.severity === 'error') return { ok: false, lines: [formatIssue(issue, lang)] };
    return { ok: true, targets: [], kpiSheet: null, issues: [...issues, issue] };
  }
  const targets = ingestTargets(sheet, { date1904: workbook.date1904 });
  return { ok: true, targets: targets.value, kpiSheet: sheet.name, issues: [...issues, ...targets.issues] };
}

/**
 * The report of a database table (--source/--table): the same report as for a file, with the
 * KPI SQL run in the database, read-only. Every way the database can refuse (credentials, no
 * such database or table, a column missing or of the wrong type) is exit 3 with one message.
 */
export async function makeDatabaseReport(args: ReportArgs, fx: CliEffects, lang: Lang): Promise<number> {
  const m = messagesFor(lang);
  const url = args.source!;
  const fail = (lines: string[]) => {
    for (const line of lines) fx.stderr(`${m.cliErrorPrefix}: ${line}\n`);
    return EXIT_INPUT;
  };
  const problemLines = (problems: SourceProblem[]) => problems.map((p) => messageOf(p, lang));

  const targets = await readTargets(args, fx, lang);
  if (!targets.ok) return fail(targets.lines);
  const { openPostgres } = await import('../shared/engine/postgres');
  let db: PostgresConnector;
  try {
    db = await openPostgres(url);
  } catch (e) {
    return fail(problemLines([postgresProblem(e, url)]));
  }
  try {
    const opened = await openTableOrders(db, args.table!, {
      overrides: args.map,
      targets: targets.targets,
      kpiSheet: targets.kpiSheet,
      source: sourceText(url),
    });
    if (!opened.value) return fail([...problemLines(opened.problems), ...opened.issues.filter((i) => i.severity === 'error').map((i) => formatIssue(i, lang))]);
    const source = opened.value;
    const issues = [...targets.issues, ...opened.issues];
    const asOf = args.asOf ?? (fx.today ?? todayIso)();
    const question = { basis: args.basis, group: args.group, asOf, from: args.from ?? undefined, to: args.to ?? undefined };
    const kpis = await computeTableKpis(db, source, question);
    issues.push(...kpis.issues);
    let overall: KpiResult | null = null;
    if (args.format === 'html') overall = args.group === 'none' ? kpis : await computeTableKpis(db, source, { ...question, group: 'none' });
    const report = buildReport(source.loaded, kpis, { ...question, from: args.from, to: args.to }, issues, lang);
    return await writeReport(args, fx, lang, report, overall);
  } catch (e) {
    return fail(problemLines([postgresProblem(e, url)]));
  } finally {
    await db.close();
  }
}
