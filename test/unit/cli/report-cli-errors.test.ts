import { beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { runCli, STACK_LINE } from './run-cli';
import { ORDER_HEADERS, PNG_BYTES, tempFiles, tenOrdersWorkbook } from './fixture-workbooks';

let dir: string;
beforeAll(() => {
  const noCreated = ORDER_HEADERS.map((h) => (h === 'Order Date' ? 'Stamp' : h));
  dir = tempFiles({
    'orders.xlsx': tenOrdersWorkbook(),
    'empty.xlsx': new Uint8Array(0),
    'picture.xlsx': PNG_BYTES,
    'no-created.xlsx': tenOrdersWorkbook(noCreated),
  });
});

function expectNoStack(stderr: string) {
  expect(stderr).not.toMatch(STACK_LINE);
  expect(stderr).not.toMatch(/\b(TypeError|ReferenceError)\b/);
}

describe('report CLI exit codes and messages', () => {
  it('exit 2 for an unknown option: one line and a hint to --help', async () => {
    const run = await runCli([join(dir, 'orders.xlsx'), '--colour', 'red']);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe('error: unknown option --colour\nRun with --help to see the options.\n');
  });

  it('exit 2 for a bad value', async () => {
    const run = await runCli([join(dir, 'orders.xlsx'), '--group', 'region']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--group: "region" is not one of owner|team|customer|supplier|none');
  });

  it('--help prints the usage and exits 0', async () => {
    const run = await runCli(['--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('npm run report -- [FILE] [options]');
    expect(run.stdout).toContain('--map FIELD=HEADER');
  });

  it('exit 3 for a missing file', async () => {
    const path = join(dir, 'nope.xlsx');
    const run = await runCli([path]);
    expect(run.code).toBe(3);
    expect(run.stderr).toBe(`error: cannot read ${path}: no such file\n`);
  });

  it('exit 3 for a 0-byte file', async () => {
    const run = await runCli([join(dir, 'empty.xlsx')]);
    expect(run.code).toBe(3);
    expect(run.stderr).toContain('empty');
    expectNoStack(run.stderr);
  });

  it('exit 3 for a PNG renamed .xlsx', async () => {
    const run = await runCli([join(dir, 'picture.xlsx')]);
    expect(run.code).toBe(3);
    expect(run.stderr.length).toBeGreaterThan(0);
    expectNoStack(run.stderr);
  });

  it('exit 3 when `created` is missing: names it and lists the headers found', async () => {
    const run = await runCli([join(dir, 'no-created.xlsx')]);
    expect(run.code).toBe(3);
    expectNoStack(run.stderr);
    expect(run.stderr).toContain('created');
    for (const h of ['Order ID', 'Owner', 'Stamp', 'Satisfaction']) expect(run.stderr).toContain(h);
  });

  it('--map FIELD=HEADER maps a header detection does not know', async () => {
    const run = await runCli([join(dir, 'no-created.xlsx'), '--as-of', '2026-03-31', '--map', 'created=Stamp']);
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout);
    expect(report.mapping.created).toBe('Stamp');
    expect(report.rows.find((r: { month: string; group: string }) => r.month === '2026-01' && r.group === 'Alice').orders).toBe(3);
  });

  it('speaks Chinese with --lang zh and from LANG', async () => {
    const byOption = await runCli([join(dir, 'nope.xlsx'), '--lang', 'zh']);
    expect(byOption.code).toBe(3);
    expect(byOption.stderr).toContain('文件不存在');
    const byEnv = await runCli([join(dir, 'orders.xlsx'), '--colour'], { LANG: 'zh_CN.UTF-8' });
    expect(byEnv.code).toBe(2);
    expect(byEnv.stderr).toBe('错误: 未知选项 --colour\n使用 --help 查看全部选项。\n');
    const missing = await runCli([join(dir, 'no-created.xlsx')], { LC_ALL: 'zh_CN.UTF-8', LANG: 'en_US.UTF-8' });
    expect(missing.code).toBe(3);
    expect(missing.stderr).toContain('缺少必需的列');
    expect(missing.stderr).toContain('created');
  });
});
