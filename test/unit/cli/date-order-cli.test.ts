import { beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { parseReportArgs } from '../../../cli/parse-args';
import { dateLocaleFromEnv } from '../../../cli/env-lang';
import { runCli, STACK_LINE } from './run-cli';
import { tempFiles } from './fixture-workbooks';

/** The report CLI and dates: decided per column, --date-order, the locale, unreadable created dates. */

let dir: string;
beforeAll(() => {
  dir = tempFiles({
    'tickets.csv': 'Ticket,Opened,Closed\nT1,29-02-2016 10:00,01-03-2016 12:00\nT2,01-03-2016 09:00,02-03-2016 09:00\nT3,02-03-2016 09:00,15-03-2016 09:00\n',
    'undecided.csv': 'Ticket,Opened\nT1,05/06/2016\nT2,07/08/2016\n',
    'unreadable.csv': 'Ticket,Opened\nT1,soon\nT2,next week\n',
  });
});

interface ReportRow {
  month: string;
  orders: number;
  cycle_days_avg: number | null;
}
const months = (stdout: string) => (JSON.parse(stdout) as { rows: ReportRow[] }).rows.map((r) => r.month);
const BY_CREATED = ['--group', 'none', '--basis', 'created', '--as-of', '2016-12-31'];

describe('--date-order and the locale', () => {
  it('parses dmy, mdy and ymd in both forms; anything else is a usage error', () => {
    expect(parseReportArgs(['f.csv', '--date-order', 'dmy']).value?.dateOrder).toBe('dmy');
    expect(parseReportArgs(['f.csv', '--date-order=ymd']).value?.dateOrder).toBe('ymd');
    expect(parseReportArgs(['f.csv']).value?.dateOrder).toBeNull();
    expect(parseReportArgs(['f.csv', '--date-order', 'dym']).errors).toEqual([
      { code: 'cliBadChoice', params: { option: '--date-order', value: 'dym', choices: 'dmy|mdy|ymd' } },
    ]);
    expect(parseReportArgs(['f.csv', '--date-order']).errors.map((e) => e.code)).toEqual(['cliMissingValue']);
  });

  it('takes the locale for dates from LC_ALL, then LC_TIME, then LANG', () => {
    expect(dateLocaleFromEnv({ LC_ALL: '', LC_TIME: 'en_GB.UTF-8', LANG: 'en_US.UTF-8' })).toBe('en_GB.UTF-8');
    expect(dateLocaleFromEnv({ LC_ALL: 'de_DE.UTF-8', LC_TIME: 'en_GB.UTF-8' })).toBe('de_DE.UTF-8');
    expect(dateLocaleFromEnv({ LANG: 'zh_CN.UTF-8' })).toBe('zh_CN.UTF-8');
    expect(dateLocaleFromEnv({})).toBeUndefined();
  });

  it('exit 2 for a bad --date-order, with the choices', async () => {
    const run = await runCli([join(dir, 'undecided.csv'), '--date-order', 'dym']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--date-order: "dym" is not one of dmy|mdy|ymd');
  });

  it('an undecided column: month-first in en_US, day-first with --date-order dmy, day-first in en_GB', async () => {
    const us = await runCli([join(dir, 'undecided.csv'), ...BY_CREATED]);
    expect(us.code).toBe(0);
    expect(months(us.stdout)).toEqual(['2016-05', '2016-07']);
    const issues = (JSON.parse(us.stdout) as { issues: { cell: string; code: string; message: string }[] }).issues.filter((i) => i.code === 'dateOrderAssumed');
    expect(issues).toEqual([
      expect.objectContaining({ cell: 'B2', message: '2 dates in column B, like 05/06/2016, could be day-first or month-first; read as month-first (5 June if day-first). Set the date order to change it.' }),
    ]);
    const stated = await runCli([join(dir, 'undecided.csv'), ...BY_CREATED, '--date-order', 'dmy']);
    expect(months(stated.stdout)).toEqual(['2016-06', '2016-08']);
    const gb = await runCli([join(dir, 'undecided.csv'), ...BY_CREATED], { LANG: 'en_GB.UTF-8' });
    expect(months(gb.stdout)).toEqual(['2016-06', '2016-08']);
  });
});

describe('the issue’s three tickets through the report CLI', () => {
  it('2016-02: 1 order, 1.083 days; 2016-03: 2 orders, 7 days; no other month', async () => {
    const run = await runCli([join(dir, 'tickets.csv'), ...BY_CREATED]);
    expect(run.code).toBe(0);
    const rows = (JSON.parse(run.stdout) as { rows: ReportRow[] }).rows.map((r) => ({ month: r.month, orders: r.orders, cycle: r.cycle_days_avg }));
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({ month: '2016-02', orders: 1 });
    expect(rows[0].cycle).toBeCloseTo(1.083, 3);
    expect(rows[1]).toEqual({ month: '2016-03', orders: 2, cycle: 7 });
  });
});

describe('created dates none of which can be read', () => {
  it('exit 3: a column of no dates is not taken as the created date, and the message says why', async () => {
    const run = await runCli([join(dir, 'unreadable.csv')]);
    expect(run.code).toBe(3);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('required column not found: Created (order date) [created]; headers found: Ticket, Opened');
    expect(run.stderr).toContain('column "Opened" holds hardly any dates (e.g. "soon"), so it is not read as Created (order date) [created]');
    expect(run.stderr).not.toMatch(STACK_LINE);
  });

  it('mapped by hand, exit 3 with a message that counts the cells and shows one, never an empty report', async () => {
    const run = await runCli([join(dir, 'unreadable.csv'), '--map', 'created=Opened']);
    expect(run.code).toBe(3);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(
      'error: unreadable: no created date in column B ("Opened") can be read: 2 cells such as "soon" are not dates. Write dates such as 2026-10-05, or map created to another column\n',
    );
    expect(run.stderr).not.toMatch(STACK_LINE);
  });

  it('in Chinese too', async () => {
    const run = await runCli([join(dir, 'unreadable.csv'), '--lang', 'zh', '--map', 'created=Opened']);
    expect(run.code).toBe(3);
    expect(run.stderr).toContain('B 列（“Opened”）的下单日期都无法读取：2 个单元格（如“soon”）不是日期');
  });
});
