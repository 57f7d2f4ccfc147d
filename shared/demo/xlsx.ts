import * as XLSX from '@e965/xlsx';
import type { SheetData, WorkbookData } from '../schema/workbook';
import { generateDemoWorkbook, type DemoOptions } from './workbook';

/**
 * The demo workbook as an .xlsx file. Dates stay serial numbers with a date number format, as
 * Excel stores them, so Excel shows dates and a reader gets what range.values would give.
 */
export function demoWorkbookXlsx(opts: DemoOptions = {}): Uint8Array {
  return workbookToXlsx(generateDemoWorkbook(opts));
}

export function workbookToXlsx(workbook: WorkbookData): Uint8Array {
  const book = XLSX.utils.book_new();
  for (const sheet of workbook.sheets) XLSX.utils.book_append_sheet(book, toWorksheet(sheet), sheet.name);
  if (workbook.date1904) book.Workbook = { ...book.Workbook, WBProps: { date1904: true } };
  const out = XLSX.write(book, { type: 'array', bookType: 'xlsx', compression: true }) as ArrayBuffer;
  return new Uint8Array(out);
}

function toWorksheet(sheet: SheetData): XLSX.WorkSheet {
  // Excel's "" is an empty cell: write no cell at all.
  const values = sheet.values.map((row) => row.map((v) => (v === '' ? null : v)));
  const ws = XLSX.utils.aoa_to_sheet(values);
  const formats = sheet.numberFormats;
  if (formats) {
    values.forEach((row, r) =>
      row.forEach((v, c) => {
        const z = formats[r]?.[c];
        if (typeof v === 'number' && z && z !== 'General') ws[XLSX.utils.encode_cell({ r, c })].z = z;
      }),
    );
  }
  ws['!cols'] = sheet.values[0].map((h) => ({ wch: Math.max(10, String(h).length * 2 + 2) }));
  return ws;
}
