import { describe, expect, it } from 'vitest';
import { readSpreadsheetInWorker } from '../../../cli/read-in-worker';
import { generateDemoWorkbook, workbookToXlsx } from '../../../shared/demo/index';
import { readWorkbookFile } from '../../../shared/ingest/index';
import { formatIssue } from '../../../shared/messages/index';

/*
 * The CLI reads a workbook in a worker thread with a time limit. The limit is tested with a
 * worker that really never ends (a busy loop, as SheetJS's was); nothing here depends on how
 * fast the machine is: the limits are either tiny against "never" or generous against the work.
 */

const NEVER_ENDING = new URL('./never-ending-worker.mjs', import.meta.url);
const GENEROUS_MS = 120_000;

describe('readSpreadsheetInWorker', () => {
  it('gives what the same read in this thread gives, moved out of the worker', async () => {
    const bytes = workbookToXlsx(generateDemoWorkbook({ orders: 200 }));
    const here = readWorkbookFile(bytes, 'orders.xlsx');
    const there = await readSpreadsheetInWorker(bytes.slice(), 'orders.xlsx', GENEROUS_MS);
    expect(there).toEqual(here);
  });

  it('checks CRCs first: a flipped bit in a sheet is a message, not other numbers', async () => {
    const bytes = workbookToXlsx(generateDemoWorkbook({ orders: 200 }));
    bytes[bytes.length >> 1] ^= 0x10;
    const read = await readSpreadsheetInWorker(bytes, 'orders.xlsx', GENEROUS_MS);
    expect(read.value).toBeNull();
    expect(read.issues.map((i) => i.code)).toEqual(['fileDamagedPart']);
  });

  it('a worker that never ends is ended at the limit, and the file is said to have taken too long', async () => {
    const read = await readSpreadsheetInWorker(new Uint8Array(8), 'stuck.xlsx', 500, NEVER_ENDING);
    expect(read.value).toBeNull();
    expect(read.issues).toEqual([{ sheet: 'stuck.xlsx', cell: '', severity: 'error', code: 'cliReadTimedOut', params: { file: 'stuck.xlsx', seconds: 0.5 } }]);
    expect(formatIssue(read.issues[0], 'en')).toContain('stuck.xlsx took longer than 0.5 s to read and was given up');
    expect(formatIssue(read.issues[0], 'zh')).toContain('读取 stuck.xlsx 超过 0.5 秒，已放弃');
  });

  it('a worker that fails is a plain "cannot be read"', async () => {
    const read = await readSpreadsheetInWorker(new Uint8Array(8), 'x.xlsx', GENEROUS_MS, new URL('./no-such-worker.mjs', import.meta.url));
    expect(read.issues.map((i) => i.code)).toEqual(['fileUnreadable']);
  });
});
