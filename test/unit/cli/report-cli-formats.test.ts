import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { read, utils } from '@e965/xlsx';
import { runCli, STACK_LINE } from './run-cli';
import { tempFiles, tenOrdersWorkbook } from './fixture-workbooks';

let dir: string;
beforeAll(() => {
  dir = tempFiles({ 'orders.xlsx': tenOrdersWorkbook() });
});
const input = () => join(dir, 'orders.xlsx');

describe('report CLI, csv / html / xlsx', () => {
  it('csv: BOM, header, formula-safe group text', async () => {
    const run = await runCli([input(), '--as-of', '2026-03-31', '--group', 'customer', '--format', 'csv']);
    expect(run.code).toBe(0);
    expect(run.stdout.charCodeAt(0)).toBe(0xfeff);
    const lines = run.stdout.slice(1).trimEnd().split('\r\n');
    expect(lines[0].startsWith('month,group,orders,revenue,')).toBe(true);
    // B5's customer "=cmd|' /C calc'!A0" comes out as text, not a formula
    expect(lines.some((l) => l.startsWith(`2026-03,'=cmd|' /C calc'!A0,1,70,`))).toBe(true);
    expect(lines.some((l) => /^[^,]*,=/.test(l))).toBe(false);
  });

  it('html: one self-contained page with the KPI table, three inline SVG charts and the issues', async () => {
    const out = join(dir, 'report.html');
    const run = await runCli([input(), '--as-of', '2026-03-31', '--group', 'customer', '--out', out]);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain(out);
    const html = readFileSync(out, 'utf8');
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).not.toMatch(/(src|href)\s*=\s*["']?\s*(https?:)?\/\//i);
    expect(html).not.toMatch(/<script|<link|@import|url\(/i);
    expect(html).toContain('class="kpi-table"');
    expect(html).toContain('2026-03-31');
    expect(html.match(/<svg/g)?.length).toBe(3);
    // user text is escaped
    expect(html).toContain('Delta &#60;Ltd&#62;');
    expect(html).not.toContain('Delta <Ltd>');
    // target marks: a symbol and a class for colour
    expect(html).toMatch(/class="missed"[^<]*<span class="mark-missed"[^>]*>✗/);
    expect(html).toMatch(/class="met"[^<]*<span class="mark-met"[^>]*>✓/);
  });

  it('html in Chinese with --lang zh', async () => {
    const out = join(dir, 'report-zh.html');
    const run = await runCli([input(), '--as-of', '2026-03-31', '--lang', 'zh', '--format', 'html', '--out', out]);
    expect(run.code).toBe(0);
    const html = readFileSync(out, 'utf8');
    expect(html).toContain('<html lang="zh-CN">');
    expect(html).toContain('团队 KPI 报告');
    expect(html).toContain('截至');
  });

  it('xlsx: KPI and Issues sheets, rates as numbers in %, text as text', async () => {
    const out = join(dir, 'report.xlsx');
    const run = await runCli([input(), '--as-of', '2026-03-31', '--group', 'customer', '--out', out]);
    expect(run.code).toBe(0);
    const wb = read(readFileSync(out), { cellNF: true });
    expect(wb.SheetNames).toEqual(['KPI', 'Issues']);
    const kpi = wb.Sheets.KPI;
    const rows = utils.sheet_to_json<unknown[]>(kpi, { header: 1, raw: true });
    const header = rows[0] as string[];
    const onTimeCol = header.indexOf('On-time rate');
    expect(onTimeCol).toBeGreaterThan(1);
    const r = rows.findIndex((row) => row[0] === '2026-03' && row[1] === "=cmd|' /C calc'!A0");
    expect(r).toBeGreaterThan(0);
    const cell = kpi[utils.encode_cell({ r, c: onTimeCol })];
    expect(cell).toMatchObject({ t: 'n', v: 1 });
    expect(cell.z).toContain('%');
    const groupCell = kpi[utils.encode_cell({ r, c: 1 })];
    expect(groupCell.t).toBe('s');
    expect(groupCell.f).toBeUndefined();
    const issues = utils.sheet_to_json<unknown[]>(wb.Sheets.Issues, { header: 1 });
    expect(issues[0]).toHaveLength(4);
  });

  it('--demo works', async () => {
    const run = await runCli(['--demo', '--group', 'team', '--from', '2026-10', '--to', '2026-10']);
    expect(run.stderr).not.toMatch(STACK_LINE);
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout);
    expect(report.asOf).toBe('2026-10-31');
    expect(report.rows.map((r: { group: string }) => r.group).sort()).toEqual(['售后', '团购', '外贸', '跟单', '销售'].sort());
    expect(report.rows.every((r: { orders: number }) => r.orders > 0)).toBe(true);
    expect(report.kpiSheet).toBeTruthy();
  });
});
