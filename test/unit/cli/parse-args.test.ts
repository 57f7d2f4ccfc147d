import { describe, expect, it } from 'vitest';
import { parseReportArgs } from '../../../cli/parse-args';

const ok = (argv: string[]) => {
  const r = parseReportArgs(argv);
  expect(r.errors).toEqual([]);
  return r.value!;
};
const codes = (argv: string[]) => {
  const r = parseReportArgs(argv);
  expect(r.value).toBeNull();
  return r.errors.map((e) => e.code);
};

describe('parseReportArgs', () => {
  it('gives the contract defaults for a lone file', () => {
    expect(ok(['orders.xlsx'])).toEqual({
      file: 'orders.xlsx',
      demo: false,
      source: null,
      table: null,
      sheet: null,
      kpi: null,
      map: {},
      group: 'owner',
      basis: 'natural',
      asOf: null,
      from: null,
      to: null,
      format: 'json',
      out: null,
      lang: null,
      dateOrder: null,
      timeLimit: null,
      help: false,
    });
  });

  it('reads every option, in both --opt value and --opt=value forms', () => {
    const a = ok([
      '--demo',
      '--sheet', '订单明细',
      '--kpi=targets.xlsx#KPI目标',
      '--group', 'team',
      '--basis=due',
      '--as-of', '2026-10-31',
      '--from', '2026-01',
      '--to=2026-06',
      '--format', 'csv',
      '--out', 'r.csv',
      '--lang', 'zh',
    ]);
    expect(a).toMatchObject({
      demo: true,
      file: null,
      sheet: '订单明细',
      kpi: { file: 'targets.xlsx', sheet: 'KPI目标' },
      group: 'team',
      basis: 'due',
      asOf: '2026-10-31',
      from: '2026-01',
      to: '2026-06',
      format: 'csv',
      out: 'r.csv',
      lang: 'zh',
    });
  });

  it('--kpi without #SHEET leaves the sheet to detection; the last # splits', () => {
    expect(ok(['a.xlsx', '--kpi', 'targets.xlsx']).kpi).toEqual({ file: 'targets.xlsx', sheet: null });
    expect(ok(['a.xlsx', '--kpi', 'q#1.xlsx#KPI']).kpi).toEqual({ file: 'q#1.xlsx', sheet: 'KPI' });
  });

  it('--map repeats and keeps a header with spaces and "="', () => {
    const a = ok(['a.csv', '--map', 'created=Order Date', '--map', 'owner=Rep = main']);
    expect(a.map).toEqual({ created: 'Order Date', owner: 'Rep = main' });
  });

  it('rejects a --map that is not FIELD=HEADER or names no field', () => {
    expect(codes(['a.csv', '--map', 'created'])).toEqual(['cliBadMap']);
    expect(codes(['a.csv', '--map', 'createdd=Date'])).toEqual(['cliUnknownField']);
    expect(codes(['a.csv', '--map', 'created=A', '--map', 'created=B'])).toEqual(['cliRepeatedOption']);
  });

  it('rejects unknown options and values outside the choices', () => {
    expect(codes(['a.csv', '--colour'])).toEqual(['cliUnknownOption']);
    expect(codes(['a.csv', '--group', 'region'])).toEqual(['cliBadChoice']);
    expect(codes(['a.csv', '--basis', 'shipped'])).toEqual(['cliBadChoice']);
    expect(codes(['a.csv', '--format', 'pdf'])).toEqual(['cliBadChoice']);
    expect(codes(['a.csv', '--lang', 'fr'])).toEqual(['cliBadChoice']);
    expect(codes(['a.csv', '--demo=yes'])).toEqual(['cliFlagHasValue']);
  });

  it('checks dates and months by the calendar', () => {
    expect(codes(['a.csv', '--as-of', '2026-02-30'])).toEqual(['cliBadDate']);
    expect(codes(['a.csv', '--as-of', '2026/10/31'])).toEqual(['cliBadDate']);
    expect(ok(['a.csv', '--as-of', '2024-02-29']).asOf).toBe('2024-02-29');
    expect(codes(['a.csv', '--from', '2026-13'])).toEqual(['cliBadMonth']);
    expect(codes(['a.csv', '--from', '2026-07', '--to', '2026-06'])).toEqual(['cliMonthsReversed']);
  });

  it('an option at the end without its value is an error, and so is an option as a value', () => {
    expect(codes(['a.csv', '--group'])).toEqual(['cliMissingValue']);
    expect(codes(['a.csv', '--out', '--demo'])).toEqual(['cliMissingValue', 'cliFileAndDemo']);
  });

  it('needs exactly one input: a FILE or --demo', () => {
    expect(codes([])).toEqual(['cliNoInput']);
    expect(codes(['a.csv', 'b.csv'])).toEqual(['cliTooManyFiles']);
    expect(codes(['a.csv', '--demo'])).toEqual(['cliFileAndDemo']);
  });

  it('a repeated single-valued option is an error, not a silent overwrite', () => {
    expect(codes(['--demo', '--group', 'team', '--group', 'owner'])).toEqual(['cliRepeatedOption']);
  });

  it('takes the format from --out when --format is not given; xlsx needs --out', () => {
    expect(ok(['--demo', '--out', 'r.html']).format).toBe('html');
    expect(ok(['--demo', '--out', 'R.XLSX']).format).toBe('xlsx');
    expect(ok(['--demo', '--out', 'r.txt']).format).toBe('json');
    expect(ok(['--demo', '--format', 'csv', '--out', 'r.html']).format).toBe('csv');
    expect(codes(['--demo', '--format', 'xlsx'])).toEqual(['cliNeedsOut']);
  });

  it('--help wins even over errors', () => {
    const r = parseReportArgs(['--help', '--nonsense']);
    expect(r.errors).toEqual([]);
    expect(r.value?.help).toBe(true);
    expect(parseReportArgs(['-h']).value?.help).toBe(true);
  });

  it('everything after -- is a file', () => {
    expect(ok(['--', '--weird-name.csv']).file).toBe('--weird-name.csv');
  });

  it('--source postgresql://… --table NAME instead of a FILE; both needed, and no FILE or --demo beside them', () => {
    const a = ok(['--source', 'postgresql://kpi@db.local:5432/erp', '--table', 'sales.orders', '--map', 'created=OrderDate']);
    expect([a.source, a.table, a.file, a.map]).toEqual(['postgresql://kpi@db.local:5432/erp', 'sales.orders', null, { created: 'OrderDate' }]);
    expect(ok(['--source=postgres://h/db', '--table=orders']).source).toBe('postgres://h/db');
    expect(codes(['--source', 'postgresql://h/db'])).toEqual(['cliSourceNeedsTable']);
    expect(codes(['--table', 'orders', 'x.csv'])).toEqual(['cliTableNeedsSource']);
    expect(codes(['--source', 'postgresql://h/db', '--table', 'o', 'x.csv'])).toEqual(['cliSourceAndFile']);
    expect(codes(['--source', 'postgresql://h/db', '--table', 'o', '--demo'])).toEqual(['cliSourceAndFile']);
    expect(codes(['--source', 'mysql://h/db', '--table', 'o'])).toEqual(['cliBadSource', 'cliNoInput', 'cliTableNeedsSource']);
    expect(codes(['--source', 'postgresql://h/db', '--table', 'a.b.c'])).toEqual(['cliBadTable', 'cliSourceNeedsTable']);
  });

  it('a bad --source never echoes its password', () => {
    const r = parseReportArgs(['--source', 'mysql://u:secret@h/db', '--table', 'o']);
    expect(JSON.stringify(r.errors)).not.toContain('secret');
  });
});
