import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseReportArgs } from '../../../cli/parse-args';
import { zendeskTicketsCsv } from '../../fixtures/realworld/zendesk';
import { tempFolder, type TempFolder } from '../realworld/harness';
import { runCli, STACK_LINE, type CliRun } from './run-cli';

/*
 * `--map FIELD=` switches an auto-mapped field off, as the mapping editor's "not mapped" does:
 * the override "" reaches the load, and every KPI that needs the field is absent (null).
 */
describe('parseReportArgs: --map FIELD= means "not mapped"', () => {
  it('accepts an empty header, as a separate argument or after --map=', () => {
    expect(parseReportArgs(['a.csv', '--map', 'due=']).value?.map).toEqual({ due: '' });
    expect(parseReportArgs(['a.csv', '--map=due=', '--map', 'created=Opened']).value?.map).toEqual({ due: '', created: 'Opened' });
  });

  it('still refuses a --map without a field or without "="', () => {
    expect(parseReportArgs(['a.csv', '--map', '=Date']).errors.map((e) => e.code)).toEqual(['cliBadMap']);
    expect(parseReportArgs(['a.csv', '--map', 'due']).errors.map((e) => e.code)).toEqual(['cliBadMap']);
  });
});

describe('report CLI with --map due= on the Zendesk tickets', () => {
  let folder: TempFolder;
  let run: CliRun;
  beforeAll(async () => {
    folder = tempFolder();
    const csv = folder.write('tickets.csv', zendeskTicketsCsv());
    run = await runCli([csv, '--map', 'due=', '--group', 'none', '--as-of', '2026-10-31', '--from', '2026-10', '--to', '2026-10']);
  }, 120_000);
  afterAll(() => folder.remove());

  it('exits 0 without a stack', () => {
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).not.toMatch(STACK_LINE);
  });

  it('maps no due date ("Due date" is left alone) and has no on-time figures, the rest as ever', () => {
    const report = JSON.parse(run.stdout) as { mapping: Record<string, string>; rows: Record<string, unknown>[] };
    expect(report.mapping.due).toBeUndefined();
    expect(report.mapping).toMatchObject({ order_id: 'Id', created: 'Created at', delivered: 'Solved at' });
    expect(report.rows).toHaveLength(1);
    // 12 tickets, 8 solved; without a due date nothing can be on time or overdue.
    expect(report.rows[0]).toMatchObject({ month: '2026-10', orders: 12, completed: 8, on_time_rate: null, overdue_open: null, completion_rate: null });
  });
});
