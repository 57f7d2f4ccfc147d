import { beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { folderOf, outPathProblem, type PathKind } from '../../../cli/out-path';
import { runCli } from './run-cli';
import { tempFiles } from './fixture-workbooks';

/*
 * --out into a folder that does not exist is a mistake in the command: exit 2 (usage, as for a
 * bad option — the input is fine), told before any file is read, in the CLI's words rather
 * than Node's ENOENT.
 */

let dir: string;
beforeAll(() => {
  dir = tempFiles({ 'note.txt': 'not a folder' });
});

describe('--out into a folder that does not exist', () => {
  it('is exit 2 (a mistake in the command), said before the file is even read', async () => {
    const out = join(dir, 'no-such-folder', 'report.html');
    // The input does not exist either: the --out problem is told first, so nothing was read.
    const run = await runCli([join(dir, 'missing.xlsx'), '--out', out]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`error: cannot write ${out}: the folder ${join(dir, 'no-such-folder')} does not exist\n`);
    const zh = await runCli(['--demo', '--out', out, '--lang', 'zh']);
    expect(zh.code).toBe(2);
    expect(zh.stderr).toContain(`文件夹 ${join(dir, 'no-such-folder')} 不存在`);
  });

  it('an --out that is a folder, or inside a file, is exit 2 as well', async () => {
    const run = await runCli(['--demo', '--out', dir]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`error: cannot write ${dir}: it is a folder; give a file name in it\n`);
    const inFile = join(dir, 'note.txt', 'report.csv');
    const underFile = await runCli(['--demo', '--out', inFile]);
    expect(underFile.code).toBe(2);
    expect(underFile.stderr).toBe(`error: cannot write ${inFile}: the folder ${join(dir, 'note.txt')} does not exist\n`);
  });
});

describe('outPathProblem', () => {
  it('folderOf: the folder as written', () => {
    expect(folderOf('out/report.html')).toBe('out');
    expect(folderOf('report.html')).toBe('.');
    expect(folderOf('/report.html')).toBe('/');
    expect(folderOf('C:\\reports\\march.xlsx')).toBe('C:\\reports');
  });

  it('outPathProblem asks about the path, then its folder; a folder it cannot look at is left to the write', async () => {
    const kinds = (map: Record<string, 'file' | 'folder' | 'missing' | 'unknown'>): PathKind => async (p) => map[p] ?? 'missing';
    expect(await outPathProblem('out/r.csv', kinds({ out: 'folder' }))).toBeNull();
    expect(await outPathProblem('out/r.csv', kinds({}))).toEqual({ code: 'cliOutFolderMissing', params: { path: 'out/r.csv', folder: 'out' } });
    expect((await outPathProblem('out/r.csv', kinds({ out: 'file' })))?.code).toBe('cliOutFolderMissing');
    expect(await outPathProblem('out', kinds({ out: 'folder' }))).toEqual({ code: 'cliOutIsFolder', params: { path: 'out' } });
    expect(await outPathProblem('locked/r.csv', kinds({ locked: 'unknown' }))).toBeNull();
  });
});
