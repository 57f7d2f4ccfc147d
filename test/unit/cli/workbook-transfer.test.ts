import { describe, expect, it } from 'vitest';
import { packFileResult, packSheet, transferablesOf, unpackFileResult, unpackSheet } from '../../../cli/workbook-transfer';
import { generateDemoWorkbook, workbookToXlsx } from '../../../shared/demo/index';
import { readWorkbookFile } from '../../../shared/ingest/index';
import type { SheetData } from '../../../shared/schema/workbook';

describe('a workbook packed for the trip out of the read worker', () => {
  // Formats where SheetJS gives them: sparse, like sheetFromWorksheet makes them.
  const numberFormats: string[][] = [];
  numberFormats[1] = [];
  numberFormats[1][1] = 'yyyy-mm-dd';
  numberFormats[2] = [];
  numberFormats[2][1] = 'yyyy-mm-dd hh:mm';
  const sheet: SheetData = {
    name: 'Orders',
    values: [
      ['Order ID', 'Created', 'Done', 'Note'],
      ['A1', 46027, true, ''],
      ['A2', 46028.5, false, null],
      [],
      ['A1', -0.25, 'Team North', '#N/A'],
    ],
    numberFormats,
    merges: [{ startRow: 0, startCol: 0, endRow: 0, endCol: 1 }],
    origin: { row: 2, col: 1 },
  };

  it('comes back the same: every kind of cell, formats, merges and origin', () => {
    const back = unpackSheet(packSheet(sheet));
    expect(back.values).toStrictEqual(sheet.values);
    expect(back.numberFormats?.[1]?.[1]).toBe('yyyy-mm-dd');
    expect(back.numberFormats?.[2]?.[1]).toBe('yyyy-mm-dd hh:mm');
    expect(back.numberFormats?.[1]?.[0]).toBeUndefined();
    expect(back.merges).toEqual(sheet.merges);
    expect(back.origin).toEqual(sheet.origin);
  });

  it('holds each distinct text once', () => {
    expect(packSheet(sheet).texts).toEqual(['Order ID', 'Created', 'Done', 'Note', 'A1', 'A2', 'Team North', '#N/A']);
  });

  it('a whole workbook read from .xlsx round-trips, and its arrays are moved, not copied', () => {
    const read = readWorkbookFile(workbookToXlsx(generateDemoWorkbook({ orders: 300 })), 'demo.xlsx');
    const packed = packFileResult(read);
    expect(transferablesOf(packed)).toHaveLength(2 * 4); // two sheets with formats
    expect(unpackFileResult(structuredClone(packed))).toEqual(read);
  });

  it('a file that could not be read stays null with its issues', () => {
    const failed = { value: null, issues: [{ sheet: 'x.xlsx', cell: '', severity: 'error' as const, code: 'fileCutShort', params: { file: 'x.xlsx', bytes: 30 } }] };
    expect(unpackFileResult(packFileResult(failed))).toEqual(failed);
  });
});
