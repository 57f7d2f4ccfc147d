import { beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { parseReportArgs } from '../../../cli/parse-args';
import { defaultTimeLimitSeconds } from '../../../cli/read-input';
import { runCli, STACK_LINE } from './run-cli';
import { PNG_BYTES, tempFiles, tenOrdersWorkbook } from './fixture-workbooks';
import { zipOf } from '../ingest/zip-fixtures';

/*
 * Broken files never hang the CLI: a workbook cut short or bit-flipped is exit 3 with a clear
 * message, found by the zip check (not by waiting for the time limit). The runs are real CLI
 * runs, the workbook read in the CLI's worker thread.
 */

let dir: string;
// A copy of its own (SheetJS gives a Buffer, whose slice() is a view of the same bytes).
const workbook = Uint8Array.from(tenOrdersWorkbook());
const flipped = workbook.slice();
flipped[workbook.length >> 1] ^= 0x04;

beforeAll(() => {
  dir = tempFiles({
    'orders.xlsx': workbook,
    'cut-30.xlsx': workbook.slice(0, 30),
    'cut-half.xlsx': workbook.slice(0, workbook.length >> 1),
    'flipped.xlsx': flipped,
    'archive.xlsx': zipOf([{ name: 'orders.csv', content: 'Order ID,Order Date\nA1,2026-01-05\n' }]),
    'picture.xlsx': PNG_BYTES,
    'quote.csv': 'Order ID,Owner,Order Date\nA1,Ann,2026-01-05\nA2,"Bob,2026-01-06\nA3,Cat,2026-01-07\n',
  });
});

function expectPlainFailure(run: { code: number | null; stderr: string; stdout: string }, code: number) {
  expect(run.code).toBe(code);
  expect(run.stdout).toBe('');
  expect(run.stderr).not.toMatch(STACK_LINE);
  // Found by a check, not given up on at the time limit.
  expect(run.stderr).not.toContain('took longer than');
}

describe('report CLI on broken files', () => {
  it('exit 3 for an .xlsx cut to 30 bytes (SheetJS looped for ever on it), in English and Chinese', async () => {
    const en = await runCli([join(dir, 'cut-30.xlsx')]);
    expectPlainFailure(en, 3);
    expect(en.stderr).toContain('cut-30.xlsx is incomplete: it ends after 30 bytes');
    const zh = await runCli([join(dir, 'cut-30.xlsx'), '--lang', 'zh']);
    expectPlainFailure(zh, 3);
    expect(zh.stderr).toContain('cut-30.xlsx 不完整');
  });

  it('exit 3 for an .xlsx cut in half', async () => {
    const run = await runCli([join(dir, 'cut-half.xlsx')]);
    expectPlainFailure(run, 3);
    expect(run.stderr).toContain('is incomplete');
  });

  it('exit 3 for a bit flipped inside compressed data (the CRC does not match)', async () => {
    const run = await runCli([join(dir, 'flipped.xlsx')]);
    expectPlainFailure(run, 3);
    expect(run.stderr).toMatch(/flipped\.xlsx is damaged: the part "[^"]+" inside it does not check out/);
  });

  it('exit 3 for a zip that is not a workbook, and for a file that is not a zip', async () => {
    const archive = await runCli([join(dir, 'archive.xlsx')]);
    expectPlainFailure(archive, 3);
    expect(archive.stderr).toContain('archive.xlsx is a zip archive, not a workbook (it holds orders.csv)');
    expectPlainFailure(await runCli([join(dir, 'picture.xlsx')]), 3);
  });

  it('a broken --kpi workbook is exit 3 too', async () => {
    const run = await runCli([join(dir, 'orders.xlsx'), '--kpi', join(dir, 'cut-half.xlsx')]);
    expectPlainFailure(run, 3);
    expect(run.stderr).toContain('cut-half.xlsx is incomplete');
  });

  it('an unclosed CSV quote is an issue with its cell; the report is still made', async () => {
    const run = await runCli([join(dir, 'quote.csv'), '--as-of', '2026-03-31']);
    expect(run.code).toBe(0);
    const issue = JSON.parse(run.stdout).issues.find((i: { code: string }) => i.code === 'csvUnclosedQuote');
    expect(issue).toMatchObject({ sheet: 'quote', cell: 'B3', severity: 'error' });
    expect(issue.message).toContain('the 2 lines from there to the end of the file were read into this one cell');
  });

  it('a sound workbook read in the worker gives the report, with a --time-limit', async () => {
    const run = await runCli([join(dir, 'orders.xlsx'), '--as-of', '2026-03-31', '--time-limit', '600']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).rows.length).toBeGreaterThan(0);
  });
});

describe('the pieces, without a CLI run', () => {
  it('--time-limit takes seconds above 0', () => {
    expect(parseReportArgs(['a.xlsx', '--time-limit', '90']).value?.timeLimit).toBe(90);
    expect(parseReportArgs(['a.xlsx', '--time-limit=2.5']).value?.timeLimit).toBe(2.5);
    for (const bad of ['0', '-5', 'ten', '1e3', '']) {
      expect(parseReportArgs(['a.xlsx', `--time-limit=${bad}`]).errors.map((e) => e.code), bad).toEqual(['cliBadSeconds']);
    }
    expect(parseReportArgs(['a.xlsx']).value?.timeLimit).toBeNull();
  });

  it('the default time limit: 30 s, and 3 s more per MB', () => {
    expect(defaultTimeLimitSeconds(0)).toBe(30);
    expect(defaultTimeLimitSeconds(2 ** 20)).toBe(33);
    expect(defaultTimeLimitSeconds(10 * 2 ** 20)).toBe(60);
  });
});
