import { afterEach, describe, expect, it } from 'vitest';
import { createOfficeHost } from '../../../addin/office/index';
import type { NewSheet } from '../../../shared/host/index';
import type { AddinSheet } from '../../../addin/office/index';
import type { CellValue } from '../../../shared/schema/workbook';
import { createExcelMock } from './excel-mock';

afterEach(() => {
  delete (globalThis as Record<string, unknown>).Excel;
  delete (globalThis as Record<string, unknown>).Office;
});

const source: CellValue[][] = [
  ['订单号', '负责人', '满意度'],
  ['SO-1', '=cmd|calc', 4],
];

/** A small monthly report: 2 members × (on-time, target), a trend block and 3 charts. */
const report: NewSheet = {
  name: 'KPI 2026-10',
  cells: [
    ['Member', 'On-time', 'Target'],
    ['张三', 0.9, 0.95],
    ['Bob', 0.97, 0.95],
    [],
    ['Month', 'Satisfaction', 'On-time', 'Error rate'],
    ['2026-09', 4.5, 0.93, 0.02],
    ['2026-10', 4.6, 0.935, 0.015],
  ],
  formats: [{ area: { row: 1, col: 1, rows: 2, cols: 2 }, format: '0.0%' }],
  tables: [{ name: 'KPI 2026-10', area: { row: 0, col: 0, rows: 3, cols: 3 }, style: 'TableStyleMedium2' }],
  highlights: [{ area: { row: 1, col: 1, rows: 2, cols: 1 }, formula: '=AND(ISNUMBER(B2),B2<C2)', fill: '#F8D7DA', font: '#842029' }],
  charts: [
    { title: 'Satisfaction', data: { row: 4, col: 0, rows: 3, cols: 2 }, placement: { row: 0, col: 5, rows: 15, cols: 8 } },
    { title: 'On-time', data: { row: 4, col: 0, rows: 3, cols: 1 }, placement: { row: 16, col: 5, rows: 15, cols: 8 }, valueFormat: '0%' },
    { title: 'Error rate', data: { row: 4, col: 0, rows: 3, cols: 1 }, placement: { row: 32, col: 5, rows: 15, cols: 8 }, valueFormat: '0%' },
  ],
  freezeRows: 1,
};

describe('writing a new sheet through Office.js', () => {
  it('adds a sheet with a unique name, the values, a table, the highlight and three line charts', async () => {
    const mock = createExcelMock({ sheets: [{ name: 'Orders', values: source }, { name: 'kpi 2026-10', values: [['x']] }] });
    mock.install();
    const name = await createOfficeHost().writeSheet(report);

    expect(name).toBe('KPI 2026-10 (2)'); // sheet names ignore case: "kpi 2026-10" is taken
    // Rows are written as wide as the widest (4 columns): the rest is blank.
    expect(mock.shown(name).slice(0, 4)).toEqual([
      ['Member', 'On-time', 'Target', ''],
      ['张三', 0.9, 0.95, ''],
      ['Bob', 0.97, 0.95, ''],
      ['', '', '', ''],
    ]);
    // "2026-09" must stay text: typed into Excel it would become a date.
    expect(mock.shown(name)[5]).toEqual(['2026-09', 4.5, 0.93, 0.02]);
    const sheet = mock.sheet(name);
    expect(sheet.numberFormats[1].slice(1, 3)).toEqual(['0.0%', '0.0%']);
    expect(sheet.tables).toEqual([{ name: 'KPI_2026_10', area: { row: 0, col: 0, rows: 3, cols: 3 }, style: 'TableStyleMedium2' }]);
    expect(sheet.conditionalFormats).toEqual([
      { area: { row: 1, col: 1, rows: 2, cols: 1 }, type: 'Custom', formula: '=AND(ISNUMBER(B2),B2<C2)', fill: '#F8D7DA', font: '#842029' },
    ]);
    expect(sheet.charts.map((c) => [c.type, c.seriesBy, c.title, c.from, c.to])).toEqual([
      ['Line', 'Columns', 'Satisfaction', 'F1', 'M15'],
      ['Line', 'Columns', 'On-time', 'F17', 'M31'],
      ['Line', 'Columns', 'Error rate', 'F33', 'M47'],
    ]);
    expect(sheet.charts[0].data).toEqual({ row: 4, col: 0, rows: 3, cols: 2 });
    expect(sheet.charts[1].valueFormat).toBe('0%');
    expect(sheet.frozenRows).toBe(1);
    expect(sheet.activated).toBe(true);
  });

  it('never changes the user\'s sheets', async () => {
    const mock = createExcelMock({ sheets: [{ name: 'Orders', values: source }] });
    mock.install();
    const contents = (sheet: ReturnType<typeof mock.sheet>) => JSON.stringify([sheet.cells, sheet.numberFormats, sheet.tables, sheet.charts, sheet.conditionalFormats, sheet.autofitted, sheet.wrapped]);
    const before = contents(mock.sheet('Orders'));
    await createOfficeHost().writeSheet(report);
    expect(contents(mock.sheet('Orders'))).toBe(before);
    expect(mock.requests.filter((r) => r.kind === 'write').every((r) => r.sheet !== 'Orders')).toBe(true);
  });

  it('writes text into cells formatted as Text first, so it stays exactly that text', async () => {
    const texts = ['=SUM(A1:A9)', '+86 138', '-5', '@mention', "'quoted'", '2026-10', '00123', '=cmd|calc', 'TRUE'];
    const mock = createExcelMock({ sheets: [] });
    mock.install();
    const name = await createOfficeHost().writeSheet({ name: 'SQL', cells: [texts] });
    const sheet = mock.sheet(name);
    expect(mock.shown(name)[0]).toEqual(texts);
    // No apostrophe is sent (no document promises range.values honours it): the Text format does it.
    expect(sheet.cells[0].every((c) => c.formula === undefined && c.quotePrefix === undefined)).toBe(true);
    expect(sheet.numberFormats[0]).toEqual(texts.map(() => '@'));
  });

  it('leaves the format of numbers and blanks alone: only text cells are Text', async () => {
    const mock = createExcelMock({ sheets: [] });
    mock.install();
    const name = await createOfficeHost().writeSheet({
      name: 'SQL',
      cells: [['when', 'rate'], [46300, 0.5], [46301, 'n/a'], ['', 0.25]],
      formats: [
        { area: { row: 1, col: 0, rows: 3, cols: 1 }, format: 'yyyy-mm-dd' },
        { area: { row: 1, col: 1, rows: 3, cols: 1 }, format: '0.0%' },
      ],
    });
    const sheet = mock.sheet(name);
    expect(sheet.numberFormats).toEqual([
      ['@', '@'],
      ['yyyy-mm-dd', '0.0%'],
      ['yyyy-mm-dd', '@'],
      ['yyyy-mm-dd', '0.0%'],
    ]);
    expect(mock.shown(name)).toEqual([['when', 'rate'], [46300, 0.5], [46301, 'n/a'], ['', 0.25]]);
  });

  it('fits only the table\'s columns to their contents, wraps the title and names both chart axes', async () => {
    const mock = createExcelMock({ sheets: [] });
    mock.install();
    const title = 'Monthly KPI report 2026-10, far wider than the member column';
    const name = await createOfficeHost().writeSheet({
      ...report,
      cells: [[title], [], ...report.cells],
      tables: [{ name: 'KPI', area: { row: 2, col: 0, rows: 3, cols: 3 } }],
      charts: [{ ...report.charts![0], axisTitles: { category: 'Month', value: 'Satisfaction (score)' } }],
      wrap: [{ row: 0, col: 0, rows: 1, cols: 1 }],
    } as AddinSheet);
    const sheet = mock.sheet(name);
    expect(sheet.autofitted).toEqual([{ row: 2, col: 0, rows: 3, cols: 3 }]);
    expect(sheet.wrapped).toEqual([{ row: 0, col: 0, rows: 1, cols: 1 }]);
    expect(sheet.charts[0]).toMatchObject({ categoryTitle: 'Month', valueTitle: 'Satisfaction (score)' });
  });

  it('leaves numbers and booleans as they are and writes null as a blank cell', async () => {
    const mock = createExcelMock({ sheets: [] });
    mock.install();
    const name = await createOfficeHost().writeSheet({ name: 'SQL', cells: [[1.5, true, '', null, -2]] });
    // (null in Office.js means "leave the cell as it is"; we write "" so a blank stays blank.)
    expect(mock.shown(name)[0]).toEqual([1.5, true, '', '', -2]);
  });

  it('writes a large result in blocks under the request limit, splitting a refused block', async () => {
    const rows: CellValue[][] = [['id', 'owner', 'amount']];
    for (let i = 1; i <= 400; i++) rows.push([i, `member ${i % 7}`, i * 1.25]);
    const mock = createExcelMock({ sheets: [], payloadLimit: 4_000 });
    mock.install();
    // The plan allows 6,000 bytes per block, Excel refuses over 4,000: blocks get halved.
    const progress: number[] = [];
    const name = await createOfficeHost({ budget: { bytes: 6_000, firstCells: 100, maxRows: 1_000 } }).writeSheet(
      { name: 'Query result', cells: rows },
      { onProgress: (p) => progress.push(p.rowsWritten) },
    );
    expect(mock.shown(name)).toEqual(rows.map((r) => r.map((v) => v)));
    const writes = mock.requests.filter((r) => r.kind === 'write' && r.sheet === name && r.area.cols === 3);
    expect(writes.some((w) => w.refused)).toBe(true);
    expect(writes.filter((w) => !w.refused).every((w) => w.bytes <= 4_000)).toBe(true);
    expect(progress.at(-1)).toBe(401);
  });

  it('does not set a chart axis format where ExcelApi 1.8 is missing', async () => {
    const mock = createExcelMock({ sheets: [], apiMinor: 7 });
    mock.install();
    const name = await createOfficeHost().writeSheet(report);
    expect(mock.sheet(name).charts[1].valueFormat).toBeUndefined();
    expect(mock.sheet(name).charts).toHaveLength(3);
  });
});

describe('settings and the environment', () => {
  it('remembers a setting in the workbook', async () => {
    const mock = createExcelMock({ sheets: [] });
    mock.install();
    const host = createOfficeHost();
    expect(await host.getSetting('kpi.mapping')).toBeNull();
    await host.setSetting('kpi.mapping', { owner: '跟单员' });
    expect(await host.getSetting('kpi.mapping')).toEqual({ owner: '跟单员' });
  });

  it('follows Office\'s language, theme and API sets', async () => {
    createExcelMock({ sheets: [], displayLanguage: 'zh-CN', bodyBackgroundColor: '#1f1f1f', apiMinor: 9 }).install();
    const host = createOfficeHost();
    expect(host.displayLanguage()).toBe('zh-CN');
    expect(host.theme()).toBe('dark');
    expect(host.capabilities()).toEqual({ changeSource: false, chartAxisFormat: true });
    createExcelMock({ sheets: [], bodyBackgroundColor: '#ffffff' }).install();
    expect(createOfficeHost().theme()).toBe('light');
  });
});
