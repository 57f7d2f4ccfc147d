import * as XLSX from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { demoWorkbookXlsx, generateDemoWorkbook } from '../../../shared/demo';

describe('the demo workbook as .xlsx', () => {
  it('reads back with the same sheets, header rows and number of non-empty cells', () => {
    const bytes = demoWorkbookXlsx();
    const book = XLSX.read(bytes, { type: 'array' });
    const expected = generateDemoWorkbook();
    expect(book.SheetNames).toEqual(expected.sheets.map((s) => s.name));
    for (const sheet of expected.sheets) {
      const ws = book.Sheets[sheet.name];
      const read = XLSX.utils.sheet_to_json<unknown[]>(ws, { header: 1, raw: true });
      expect(read[0]).toEqual(sheet.values[0]);
      const cellsWritten = Object.keys(ws).filter((k) => !k.startsWith('!')).length;
      const nonEmpty = sheet.values.flat().filter((v) => v !== '').length;
      expect(cellsWritten).toBe(nonEmpty);
    }
  }, 120_000);

  it('keeps dates as serial numbers with a date format, so Excel shows dates', () => {
    const wb = generateDemoWorkbook({ orders: 50 });
    const book = XLSX.read(demoWorkbookXlsx({ orders: 50 }), { type: 'array', cellNF: true });
    const ws = book.Sheets['订单明细'];
    const created = ws['F2'];
    expect(created.t).toBe('n');
    expect(created.v).toBe(wb.sheets[0].values[1][5]);
    expect(String(created.z)).toMatch(/^yyyy-mm-dd/);
    expect(XLSX.SSF.format(created.z as string, created.v as number)).toMatch(/^2024-11-\d\d/);
  });
});
