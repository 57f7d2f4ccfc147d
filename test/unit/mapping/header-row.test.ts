import { describe, expect, it } from 'vitest';
import { HEADER_SCAN_ROWS, findHeaderRow, mapOrderHeaders } from '../../../shared/mapping/index';
import type { CellValue } from '../../../shared/schema/index';
import { headersByField } from './helpers';

describe('findHeaderRow', () => {
  it('row 1 when the headers are on row 1', () => {
    const found = findHeaderRow([
      ['Order ID', 'Order Date', 'Amount'],
      ['A1', 46000, 120],
      ['A2', 46001, 80],
    ]);
    expect(found).toEqual({ row: 0, firstRow: 0, headers: ['Order ID', 'Order Date', 'Amount'], issues: [] });
  });

  it('skips a merged title row and blank rows above the headers', () => {
    const values: CellValue[][] = [
      ['2026年10月 订单明细', '', '', ''],
      ['', '', '', ''],
      ['制表：张三', '', '', ''],
      ['订单编号', '跟单员', '下单日期', '金额'],
      ['SO-001', '李四', 46300, 1200],
      ['SO-002', '王五', 46301, 800],
    ];
    const found = findHeaderRow(values, [{ startRow: 0, startCol: 0, endRow: 0, endCol: 3 }]);
    expect(found?.row).toBe(3);
    expect(found?.headers).toEqual(['订单编号', '跟单员', '下单日期', '金额']);
  });

  it('is not fooled by a data row holding field-like words', () => {
    const found = findHeaderRow([
      ['Ticket', 'Status', 'Created', 'Resolved'],
      ['T-1', 'Resolved', 46000, 'Yes'],
      ['T-2', 'Closed', 46001, 'No'],
    ]);
    expect(found?.row).toBe(0);
  });

  it('combines a two-level header: a merged group label over sub-headers', () => {
    // Row 1: 订单编号 and 跟单员 merged down two rows; 日期 merged across three columns.
    const values: CellValue[][] = [
      ['订单编号', '跟单员', '日期', '', '', '金额'],
      ['', '', '下单', '交期', '交货', ''],
      ['SO-001', '李四', 46300, 46310, 46309, 1200],
    ];
    const merges = [
      { startRow: 0, startCol: 0, endRow: 1, endCol: 0 },
      { startRow: 0, startCol: 1, endRow: 1, endCol: 1 },
      { startRow: 0, startCol: 2, endRow: 0, endCol: 4 },
      { startRow: 0, startCol: 5, endRow: 1, endCol: 5 },
    ];
    const found = findHeaderRow(values, merges, { sheet: 'Orders' });
    expect(found?.row).toBe(1);
    expect(found?.firstRow).toBe(0);
    expect(found?.headers).toHaveLength(6);
    expect(found?.issues.map((i) => i.code)).toEqual(['mappingTwoRowHeader']);
    expect(headersByField(mapOrderHeaders(found!.headers))).toEqual({
      order_id: '订单编号',
      owner: '跟单员',
      created: found!.headers[2],
      due: found!.headers[3],
      delivered: found!.headers[4],
      amount: '金额',
    });
    // the sub-headers that say little alone carry the group label
    expect(found!.headers[4]).toBe('日期 交货');
  });

  it('a merged header cell across two columns is read in both, the second renamed', () => {
    const found = findHeaderRow(
      [
        ['Order ID', 'Date', '', 'Amount'],
        ['A1', 46000, 46003, 5],
      ],
      [{ startRow: 0, startCol: 1, endRow: 0, endCol: 2 }],
      { sheet: 'Orders' },
    );
    expect(found?.headers).toEqual(['Order ID', 'Date', 'Date (2)', 'Amount']);
    expect(found?.issues).toEqual([
      { sheet: 'Orders', cell: 'C1', severity: 'warning', code: 'mappingDuplicateHeader', params: { header: 'Date', renamed: 'Date (2)' } },
    ]);
  });

  it('renames duplicate headers and reports each at its cell, with the sheet origin applied', () => {
    const found = findHeaderRow(
      [
        ['日期', '单号', '日期', '日期'],
        [46000, 'A', 46001, 46002],
      ],
      [],
      { sheet: 'S', origin: { row: 4, col: 1 } },
    );
    expect(found?.headers).toEqual(['日期', '单号', '日期 (2)', '日期 (3)']);
    expect(found?.issues.map((i) => i.cell)).toEqual(['D5', 'E5']);
  });

  it('names a blank header by its column letter and drops trailing blanks', () => {
    const found = findHeaderRow([
      ['Order ID', '', 'Order Date', '', ''],
      ['A1', 'x', 46000, '', ''],
    ]);
    expect(found?.headers).toEqual(['Order ID', 'B', 'Order Date']);
    expect(found?.issues.map((i) => [i.code, i.cell])).toEqual([['mappingBlankHeader', 'B1']]);
  });

  it('null for an empty sheet or a sheet of numbers', () => {
    expect(findHeaderRow([])).toBeNull();
    expect(findHeaderRow([[''], ['', '']])).toBeNull();
    expect(findHeaderRow([[1, 2, 3], [4, 5, 6]])).toBeNull();
  });

  it('looks only at the first 30 rows', () => {
    const values: CellValue[][] = Array.from({ length: 40 }, () => ['']);
    values[35] = ['Order ID', 'Order Date'];
    expect(findHeaderRow(values)).toBeNull();
    values[29] = ['Order ID', 'Order Date'];
    expect(findHeaderRow(values)?.row).toBe(29);
  });

  it('reads only the first rows of a wide, long sheet, never the rest', () => {
    const header = Array.from({ length: 300 }, (_, i) => `Col ${i}`);
    header[3] = 'Order ID';
    const values: CellValue[][] = [header, ...Array.from({ length: 2_000 }, (_, r) => header.map((_, c) => r * c))];
    // Count the rows the search reads: its cost must not grow with the sheet's length.
    const read = new Set<number>();
    const watched = new Proxy(values, {
      get(target, key, receiver) {
        if (typeof key === 'string' && /^\d+$/.test(key)) read.add(Number(key));
        return Reflect.get(target, key, receiver);
      },
    });
    expect(findHeaderRow(watched)?.row).toBe(0);
    expect(Math.max(...read)).toBeLessThan(HEADER_SCAN_ROWS);
  });
});
