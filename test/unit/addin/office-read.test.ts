import { afterEach, describe, expect, it } from 'vitest';
import { createOfficeHost } from '../../../addin/office/index';
import type { CellValue } from '../../../shared/schema/workbook';
import { createExcelMock } from './excel-mock';
import { createNodeEngine } from '../../../shared/engine/node';
import { loadWorkbook } from '../../../shared/pipeline/index';
import { headerOf } from '../../../addin/session/header-of';
import { readSources } from '../../../addin/session/read-sources';

/** 200 orders: id, owner, created as a 1900-system serial, amount. */
function ordersGrid(rows: number): CellValue[][] {
  const grid: CellValue[][] = [['Order', 'Owner', 'Created', 'Amount']];
  for (let i = 1; i <= rows; i++) grid.push([`SO-${i}`, i % 2 ? '张三' : 'Bob', 46000 + i, i * 10]);
  return grid;
}

afterEach(() => {
  delete (globalThis as Record<string, unknown>).Excel;
  delete (globalThis as Record<string, unknown>).Office;
});

describe('reading a sheet through Office.js', () => {
  it('reads the used range in several blocks and returns every cell unchanged', async () => {
    const grid = ordersGrid(200);
    const mock = createExcelMock({ sheets: [{ name: 'Orders', values: grid }] });
    mock.install();
    // 40 cells in the first block = 10 rows of 4 columns; later blocks from measured bytes.
    const host = createOfficeHost({ budget: { bytes: 2_000, firstCells: 40, maxRows: 1_000 } });
    const progress: number[] = [];
    const sheet = await host.readSheet('Orders', { numberFormats: false, onProgress: (p) => progress.push(p.rowsRead) });

    expect(sheet.values).toEqual(grid);
    expect(sheet.origin).toEqual({ row: 0, col: 0 });
    const reads = mock.requests.filter((r) => r.kind === 'read' && r.area.rows < 201);
    expect(reads[0].area).toEqual({ row: 0, col: 0, rows: 10, cols: 4 });
    expect(reads.length).toBeGreaterThan(3);
    // Blocks follow each other without gaps or overlaps.
    let next = 0;
    for (const r of reads) {
      expect(r.area.row).toBe(next);
      next += r.area.rows;
    }
    expect(next).toBe(201);
    expect(progress[0]).toBe(0);
    expect(progress.at(-1)).toBe(201);
    expect([...progress].sort((a, b) => a - b)).toEqual(progress);
  });

  it('reads a refused block again as two halves (Excel on the web payload limit)', async () => {
    const grid = ordersGrid(300);
    // Each row is ~25-35 bytes of JSON; Excel refuses anything over 1,500 bytes.
    const mock = createExcelMock({ sheets: [{ name: 'Orders', values: grid }], payloadLimit: 1_500 });
    mock.install();
    const host = createOfficeHost({ budget: { bytes: 100_000, firstCells: 400, maxRows: 1_000 } });
    const sheet = await host.readSheet('Orders', { numberFormats: false });

    expect(sheet.values).toEqual(grid);
    const reads = mock.requests.filter((r) => r.kind === 'read');
    const firstRefused = reads.findIndex((r) => r.refused);
    expect(firstRefused).toBeGreaterThanOrEqual(0);
    // The first block asked for 100 rows (400 cells / 4 columns): ~3,000 bytes, refused.
    expect(reads[0]).toMatchObject({ area: { row: 0, rows: 100 }, refused: true });
    // Every refused block is asked again from the same row with half the rows.
    reads.forEach((r, i) => {
      if (r.refused) expect(reads[i + 1].area).toMatchObject({ row: r.area.row, rows: Math.ceil(r.area.rows / 2) });
    });
    expect(reads.filter((r) => !r.refused).every((r) => r.bytes <= 1_500)).toBe(true);
  });

  it('gives up with the error when a single row is too large', async () => {
    const mock = createExcelMock({ sheets: [{ name: 'Wide', values: [['x'.repeat(500), 'y'.repeat(500)]] }], payloadLimit: 300 });
    mock.install();
    const host = createOfficeHost();
    await expect(host.readSheet('Wide', { numberFormats: false })).rejects.toMatchObject({ code: 'ResponsePayloadSizeLimitExceeded' });
  });

  it('stops between blocks when cancelled', async () => {
    const mock = createExcelMock({ sheets: [{ name: 'Orders', values: ordersGrid(500) }] });
    mock.install();
    const host = createOfficeHost({ budget: { bytes: 1_000, firstCells: 40, maxRows: 1_000 } });
    const abort = new AbortController();
    const reading = host.readSheet('Orders', {
      signal: abort.signal,
      onProgress: (p) => {
        if (p.rowsRead >= 10) abort.abort();
      },
    });
    await expect(reading).rejects.toMatchObject({ name: 'AbortError' });
    expect(mock.requests.filter((r) => r.kind === 'read' && r.area.rows < 501)).toHaveLength(1);
  });

  it('reads serial dates with their number formats so they can be recognised as dates', async () => {
    const values: CellValue[][] = [
      ['订单号', '下单日期', '金额'],
      ['A1', 46300, 5],
      ['A2', 46300.75, 6],
    ];
    const numberFormats = [
      ['General', 'General', 'General'],
      ['@', 'yyyy-mm-dd', '0.00'],
      ['@', 'yyyy-mm-dd hh:mm', '0.00'],
    ];
    const mock = createExcelMock({ sheets: [{ name: '订单', values, numberFormats }] });
    mock.install();
    const sheet = await createOfficeHost().readSheet('订单');
    expect(sheet.values[1][1]).toBe(46300); // 2026-10-05 in the 1900 system
    expect(sheet.values[2][1]).toBe(46300.75);
    expect(sheet.numberFormats).toEqual(numberFormats);
  });

  it('leaves number formats out when not asked (half the bytes)', async () => {
    const mock = createExcelMock({ sheets: [{ name: 'Orders', values: ordersGrid(20) }] });
    mock.install();
    const sheet = await createOfficeHost().readSheet('Orders', { numberFormats: false });
    expect(sheet.numberFormats).toBeUndefined();
  });

  it('reports where the used range starts when data does not begin at A1', async () => {
    const values: CellValue[][] = [[], [], ['', 'Order', 'Created'], ['', 'SO-1', 46300]];
    const mock = createExcelMock({ sheets: [{ name: 'Orders', values }] });
    mock.install();
    const sheet = await createOfficeHost().readSheet('Orders', { numberFormats: false });
    expect(sheet.origin).toEqual({ row: 2, col: 1 });
    expect(sheet.values).toEqual([
      ['Order', 'Created'],
      ['SO-1', 46300],
    ]);
  });

  it('reads an empty sheet as no rows', async () => {
    const mock = createExcelMock({ sheets: [{ name: 'Empty', values: [] }] });
    mock.install();
    const host = createOfficeHost();
    expect((await host.readSheet('Empty')).values).toEqual([]);
    const [info] = await host.listSheets();
    expect(info).toEqual({ name: 'Empty', used: { row: 0, col: 0, rows: 0, cols: 0 }, visible: true });
  });

  it('reads only the first rows when asked (header detection)', async () => {
    const mock = createExcelMock({ sheets: [{ name: 'Orders', values: ordersGrid(100) }] });
    mock.install();
    const sheet = await createOfficeHost().readSheet('Orders', { maxRows: 5, numberFormats: false });
    expect(sheet.values).toEqual(ordersGrid(4));
  });

  it('lists sheets and tables and reads a table by name', async () => {
    const mock = createExcelMock({
      sheets: [
        { name: 'Orders', values: ordersGrid(3) },
        { name: 'KPI', values: [['', ''], ['', 'kpi', 'target'], ['', 'on_time_rate', 0.95]] },
      ],
      tables: [{ name: 'Targets', sheet: 'KPI', address: 'B2:C3' }],
    });
    mock.install();
    const host = createOfficeHost();
    expect((await host.listSheets()).map((s) => [s.name, s.used])).toEqual([
      ['Orders', { row: 0, col: 0, rows: 4, cols: 4 }],
      ['KPI', { row: 1, col: 1, rows: 2, cols: 2 }],
    ]);
    expect(await host.listTables()).toEqual([{ name: 'Targets', sheet: 'KPI', area: { row: 1, col: 1, rows: 2, cols: 2 } }]);
    const table = await host.readTable('Targets', { numberFormats: false });
    expect(table).toEqual({ name: 'KPI', values: [['kpi', 'target'], ['on_time_rate', 0.95]], origin: { row: 1, col: 1 } });
  });

  it('tells a 1904 workbook from a 1900 one', async () => {
    createExcelMock({ sheets: [], date1904: true }).install();
    expect(await createOfficeHost().date1904()).toBe(true);
    createExcelMock({ sheets: [], date1904: false }).install();
    expect(await createOfficeHost().date1904()).toBe(false);
  });
});

/** A two-row header: 订单编号, 跟单员 and 金额 merged down two rows, 日期 across three columns. */
const TWO_ROW: CellValue[][] = [
  ['订单编号', '跟单员', '日期', '', '', '金额'],
  ['', '', '下单', '交期', '交货', ''],
  ['SO-001', '李四', 46300, 46310, 46309, 1200],
  ['SO-002', '王五', 46301, 46311, 46315, 800],
];
const TWO_ROW_MERGES = ['A1:A2', 'B1:B2', 'C1:E1', 'F1:F2'];

describe('merged and two-row headers through Office.js', () => {
  it('reads the merged areas of the header rows, in sheet coordinates as the dashboard reader gives them', async () => {
    // The two-row header placed at B3; a merged cell far below the header is data, not header.
    const values: CellValue[][] = [[], [], ...TWO_ROW.map((r) => ['', ...r])];
    for (let i = 0; i < 40; i++) values.push(['', `SO-${i + 3}`, '李四', 46300, 46310, 46309, 100]);
    const mock = createExcelMock({ sheets: [{ name: 'Orders', values, merges: ['B3:B4', 'C3:C4', 'D3:F3', 'G3:G4', 'C40:C41'] }] });
    mock.install();
    const sheet = await createOfficeHost().readSheet('Orders', { numberFormats: false });
    expect(sheet.origin).toEqual({ row: 2, col: 1 });
    expect(sheet.merges).toEqual([
      { startRow: 2, startCol: 1, endRow: 3, endCol: 1 },
      { startRow: 2, startCol: 2, endRow: 3, endCol: 2 },
      { startRow: 2, startCol: 3, endRow: 2, endCol: 5 },
      { startRow: 2, startCol: 6, endRow: 3, endCol: 6 },
    ]);
    // Shifted to where the values start, the merge gives the sub-header that says little alone its group label.
    expect(headerOf(sheet)?.headers.slice(2, 5)).toEqual(['下单', '交期', '日期 交货']);
  });

  it('leaves them out where Excel has no getMergedAreasOrNullObject (ExcelApi 1.13)', async () => {
    createExcelMock({ sheets: [{ name: 'Orders', values: TWO_ROW, merges: TWO_ROW_MERGES }], apiMinor: 12 }).install();
    expect((await createOfficeHost().readSheet('Orders')).merges).toBeUndefined();
  });

  it('loads a sheet with a two-row header as the dashboard does: every field found', async () => {
    createExcelMock({ sheets: [{ name: '订单', values: TWO_ROW, merges: TWO_ROW_MERGES }] }).install();
    const host = createOfficeHost();
    const workbook = await readSources(host, { kind: 'sheet', name: '订单', sheet: '订单', rows: 4 }, null);
    const engine = await createNodeEngine();
    try {
      const result = await loadWorkbook(engine, workbook);
      expect(result.value?.rowCount).toBe(2);
      expect(Object.keys(result.value!.mapping).sort()).toEqual(['amount', 'created', 'delivered', 'due', 'order_id', 'owner']);
    } finally {
      await engine.close();
    }
  });
});
