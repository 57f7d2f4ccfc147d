import { describe, expect, it, vi } from 'vitest';
import { ingestOrders, readWorkbookFile, readWorkbookFileInSlices, type IngestedOrders } from '../../../shared/ingest/index';
import { formatIssue } from '../../../shared/messages/index';
import type { DateColumn, NumberColumn, TextColumn } from '../../../shared/schema/columns';
import type { Issue } from '../../../shared/schema/issues';
import type { WorkbookData } from '../../../shared/schema/workbook';
import {
  AMOUNT_FORMS,
  PLACEHOLDERS,
  TEXT_DATE_FORMS,
  amountsWorkbook,
  date1904Workbook,
  duplicateHeaderWorkbook,
  formulaWorkbook,
  hugeUsedRangeWorkbook,
  legacyXlsWorkbook,
  mergedHeaderWorkbook,
  placeholdersWorkbook,
  textDatesWorkbook,
  titleRowsWorkbook,
} from '../../fixtures/order-workbooks';
import {
  emptyFile,
  gbkCsv,
  htmlFile,
  northwindCsv,
  olistCsv,
  pngBytes,
  randomBytes,
  semicolonCsv,
  truncatedXlsx,
  utf16TabText,
  wordDocumentZip,
} from '../../fixtures/text-files';

const day = (y: number, m: number, d: number, h = 0, mi = 0, s = 0) => Date.UTC(y, m - 1, d, h, mi, s);

function read(bytes: Uint8Array, name: string): WorkbookData {
  const r = readWorkbookFile(bytes, name);
  expect(r.value, JSON.stringify(r.issues)).not.toBeNull();
  return r.value!;
}

function ingestFirst(bytes: Uint8Array, name: string): { o: IngestedOrders; issues: Issue[] } {
  const wb = read(bytes, name);
  const r = ingestOrders(wb.sheets[0], { date1904: wb.date1904 });
  expect(r.value, JSON.stringify(r.issues)).not.toBeNull();
  return { o: r.value!, issues: r.issues };
}

const text = (o: IngestedOrders, f: string) => (o.table.columns[f] as TextColumn).values;
function nums(o: IngestedOrders, f: string): (number | null)[] {
  const c = o.table.columns[f] as NumberColumn | DateColumn;
  return Array.from(c.values, (v, i) => (c.valid[i] ? v : null));
}
const at = (issues: Issue[], code: string) => issues.filter((i) => i.code === code).map((i) => i.cell);

describe('xlsx: title rows above the header, Chinese headers, bad cells', () => {
  const { o, issues } = ingestFirst(titleRowsWorkbook(), 'orders.xlsx');

  it('finds the header on row 4 and maps the Chinese headers', () => {
    expect(o.headerRow).toBe(3);
    expect(o.fieldsPresent).toEqual(['order_id', 'owner', 'customer', 'created', 'due', 'delivered', 'amount', 'errors', 'satisfaction']);
  });

  // SO-002 is on rows 6 and 9 with other dates: its later row is its current state (a history).
  it('keeps rows 5, 7, 9 and 10 (row 9 is the later state of SO-002 on row 6); skips the blank row 8; leaves out row 11 with an issue', () => {
    expect(Array.from((o.table.columns._row as { values: Int32Array }).values)).toEqual([5, 7, 9, 10]);
    expect(text(o, 'order_id')).toEqual(['SO-001', 'SO-003', 'SO-002', null]);
    expect(o.shape).toBe('history');
    expect(o.skippedBlankRows).toBe(1);
    expect(at(issues, 'rowWithoutIdOrDate')).toEqual(['A11']);
  });

  it('reads serials, date-times and text dates', () => {
    expect(nums(o, 'created')).toEqual([day(2026, 10, 5), null, day(2026, 10, 10, 12), day(2026, 10, 8)]);
    expect(nums(o, 'due')).toEqual([day(2026, 10, 15), day(2026, 10, 25), day(2026, 10, 25), null]);
    expect(nums(o, 'delivered')).toEqual([day(2026, 10, 13), day(2026, 10, 23), day(2026, 10, 6), null]);
  });

  it('reads currency text, placeholders and yes/no', () => {
    expect(nums(o, 'amount')).toEqual([1234.5, null, -50, 80]);
    expect(nums(o, 'errors')).toEqual([0, null, 0, 0]);
    expect(nums(o, 'satisfaction')).toEqual([5, null, 3, null]);
  });

  it('reports each problem at the cell a person would look at', () => {
    expect(at(issues, 'notADate')).toEqual(['D7']);
    expect(issues.filter((i) => i.code === 'historyLatestKept').map((i) => formatIssue(i, 'en'))).toEqual([
      "订单: 4 orders from 5 history rows (an order id on several rows, its status or dates changing); each order's latest row kept (the last in the file)",
    ]);
    expect(at(issues, 'deliveredBeforeCreated')).toEqual(['F9']);
    expect(at(issues, 'negativeAmount')).toEqual(['G9']);
    expect(at(issues, 'missingOrderId')).toEqual(['A10']);
    expect(issues.map((i) => formatIssue(i, 'en'))).toContain('订单!D7: "2026-13-45" is not a date');
  });
});

describe('xlsx: merged header cells over two rows', () => {
  const { o } = ingestFirst(mergedHeaderWorkbook(), 'merged.xlsx');

  it('reads the sub-headers under the merged group and the headers merged down', () => {
    expect(o.headerRow).toBe(1);
    expect(o.mapping.order_id?.column).toBe(0);
    expect(o.mapping.created?.column).toBe(1);
    expect(o.mapping.due?.column).toBe(2);
    expect(o.mapping.delivered?.column).toBe(3);
    expect(o.mapping.owner?.column).toBe(4);
    expect(o.mapping.team?.column).toBe(5);
  });

  it('fills a team cell merged down over its rows into each row', () => {
    expect(text(o, 'order_id')).toEqual(['A-1', 'A-2', 'A-3']);
    expect(text(o, 'team')).toEqual(['售后', '售后', '售后']);
    expect(nums(o, 'delivered')).toEqual([day(2026, 10, 14), null, day(2026, 10, 20)]);
  });
});

describe('xlsx: duplicate headers', () => {
  const { o, issues } = ingestFirst(duplicateHeaderWorkbook(), 'dup.xlsx');

  it('reads one of the two "Amount" columns and says so at the second', () => {
    expect(o.mapping.amount?.column).toBe(2);
    expect(nums(o, 'amount')).toEqual([100, 200]);
    const dup = issues.find((i) => i.code === 'mappingDuplicateHeader');
    expect(dup?.cell).toBe('D1');
  });
});

describe('xlsx: formulas and error values', () => {
  const { o, issues } = ingestFirst(formulaWorkbook(), 'formulas.xlsx');

  it('uses the cached value of a formula', () => {
    expect(nums(o, 'created')[0]).toBe(day(2026, 10, 5));
    expect(nums(o, 'amount')[0]).toBe(150);
    expect(text(o, 'owner')[0]).toBe('Ann');
  });

  it('reports an error value in a mapped cell and reads it as blank; #N/A is just blank', () => {
    expect(issues.filter((i) => i.code === 'formulaError').map((i) => [i.cell, i.params.value])).toEqual([
      ['B3', '#REF!'],
      ['C3', '#DIV/0!'],
      ['D4', '#VALUE!'],
    ]);
    expect(nums(o, 'amount')).toEqual([150, null, null]);
    expect(text(o, 'owner')).toEqual(['Ann', 'Bob', null]);
    // The error is reported once, not again as a missing created date.
    expect(at(issues, 'missingCreatedDate')).toEqual([]);
  });
});

describe('xlsx: the 1904 date system', () => {
  it('reads serials from 1904-01-01', () => {
    const wb = read(date1904Workbook(), 'mac.xlsx');
    expect(wb.date1904).toBe(true);
    const { o } = ingestFirst(date1904Workbook(), 'mac.xlsx');
    expect(nums(o, 'created')).toEqual([day(2026, 10, 5)]);
    expect(nums(o, 'due')).toEqual([day(2026, 10, 15)]);
    expect(nums(o, 'delivered')).toEqual([day(2026, 10, 13, 6)]);
  });

  it('keeps number formats so a serial is known as a date', () => {
    const wb = read(date1904Workbook(), 'mac.xlsx');
    expect(wb.sheets[0].numberFormats?.[1]?.[1]).toBe('yyyy-mm-dd');
  });
});

describe('xlsx: text dates and amounts in many forms, placeholders', () => {
  it('reads every text date form', () => {
    const { o, issues } = ingestFirst(textDatesWorkbook(), 'dates.xlsx');
    expect(nums(o, 'created')).toEqual(TEXT_DATE_FORMS.map(([, iso]) => Date.parse(iso)));
    // 10/05/2026 and 5.10.2026 could each be read the other way round: said once, for the column.
    expect(issues.map((i) => [i.cell, i.code, i.params.count, i.params.otherCount])).toEqual([['B8', 'dateOrderAssumed', 1, 1]]);
  });

  it('reads amounts with separators and currency; reports the two that are not numbers', () => {
    const { o, issues } = ingestFirst(amountsWorkbook(), 'amounts.xlsx');
    expect(nums(o, 'amount')).toEqual(AMOUNT_FORMS.map(([, v]) => v));
    expect(issues.filter((i) => i.code === 'notANumber').map((i) => [i.cell, i.params.value])).toEqual([
      ['C12', '12,5'],
      ['C13', 'abc'],
    ]);
  });

  it('reads placeholders as blanks without an issue', () => {
    const { o, issues } = ingestFirst(placeholdersWorkbook(), 'placeholders.xlsx');
    expect(o.rowCount).toBe(PLACEHOLDERS.length);
    for (const f of ['delivered', 'amount', 'satisfaction', 'complaint']) expect(nums(o, f).every((v) => v === null), f).toBe(true);
    expect(text(o, 'owner').every((v) => v === null)).toBe(true);
    expect(issues).toEqual([]);
  });
});

describe('csv files', () => {
  it('decodes a GBK (Chinese Excel) CSV and says so', () => {
    const r = readWorkbookFile(gbkCsv(), '订单.csv');
    expect(r.issues.map((i) => i.code)).toEqual(['fileReadAsGb18030']);
    const sheet = r.value!.sheets[0];
    expect(sheet.name).toBe('订单');
    expect(sheet.values[0]).toEqual(['订单编号', '跟单员', '下单日期', '实际交货日期', '金额', '是否出错']);
    const o = ingestOrders(sheet, { date1904: false }).value!;
    expect(text(o, 'owner')).toEqual(['张三', '李四']);
    expect(nums(o, 'amount')).toEqual([1200, 300]);
    expect(nums(o, 'errors')).toEqual([0, 1]);
    expect(nums(o, 'delivered')).toEqual([day(2026, 10, 9), null]);
  });

  it('reads a semicolon CSV with a byte-order mark and a quoted ";"', () => {
    const { o } = ingestFirst(semicolonCsv(), 'export.csv');
    expect(text(o, 'owner')).toEqual(['Jörg', 'Anaïs']);
    expect(text(o, 'customer')).toEqual(['Müller; Söhne', 'Dupont']);
    expect(nums(o, 'amount')).toEqual([120.5, 80]);
    expect(nums(o, 'due')).toEqual([day(2026, 10, 12), day(2026, 10, 13)]);
  });

  it('maps and reads a Northwind export without help', () => {
    const { o, issues } = ingestFirst(northwindCsv(), 'Orders.csv');
    expect(text(o, 'order_id')).toEqual(['10248', '10249', '10250', '11008']);
    expect(text(o, 'customer')).toEqual(['VINET', 'TOMSP', 'HANAR', 'ERNSH']);
    expect(nums(o, 'created')[0]).toBe(day(1996, 7, 4));
    expect(nums(o, 'due')[0]).toBe(day(1996, 8, 1));
    expect(nums(o, 'delivered')).toEqual([day(1996, 7, 16), day(1996, 7, 10), day(1996, 7, 12), null]);
    expect(issues).toEqual([]);
  });

  it('maps and reads an Olist-like export, keeping times', () => {
    const { o } = ingestFirst(olistCsv(), 'olist_orders_dataset.csv');
    expect(nums(o, 'created')).toEqual([day(2017, 10, 2, 10, 56, 33), day(2018, 7, 24, 20, 41, 37), day(2017, 4, 11, 12, 22, 8)]);
    expect(nums(o, 'delivered')).toEqual([day(2017, 10, 10, 21, 25, 13), day(2018, 8, 7, 15, 27, 45), null]);
    expect(nums(o, 'due')).toEqual([day(2017, 10, 18), day(2018, 8, 13), day(2017, 5, 9)]);
    expect(Array.from((o.table.columns.cancelled as NumberColumn).values)).toEqual([0, 0, 1]);
  });
});

describe('other spreadsheet files', () => {
  it('reads an old .xls (BIFF8)', () => {
    const { o } = ingestFirst(legacyXlsWorkbook(), 'old.xls');
    expect(text(o, 'order_id')).toEqual(['X-1']);
    expect(nums(o, 'created')).toEqual([day(2026, 10, 5)]);
    expect(nums(o, 'amount')).toEqual([12.5]);
  });

  it('reads Excel\'s "Unicode text" (UTF-16, tab-separated)', () => {
    const { o } = ingestFirst(utf16TabText(), 'orders.txt');
    expect(text(o, 'owner')).toEqual(['王芳']);
    expect(nums(o, 'created')).toEqual([day(2026, 10, 5)]);
  });
});

describe('files that are not spreadsheets', () => {
  const cases: [string, Uint8Array, string, string][] = [
    ['a 0-byte file', emptyFile(), 'empty.xlsx', 'fileEmpty'],
    ['a truncated xlsx', truncatedXlsx(), 'cut.xlsx', 'fileCutShort'],
    ['a PNG renamed .xlsx', pngBytes(), 'photo.xlsx', 'fileNotSpreadsheet'],
    ['random bytes renamed .xlsx', randomBytes(), 'noise.xlsx', 'fileNotSpreadsheet'],
    ['an HTML page', htmlFile(), 'report.xls', 'fileIsWebPage'],
    ['a zip that is not a workbook', wordDocumentZip(), 'letter.xlsx', 'fileZipNotWorkbook'],
  ];
  it.each(cases)('%s is one clear error, never a thrown exception', (_label, bytes, name, code) => {
    const r = readWorkbookFile(bytes, name);
    expect(r.value).toBeNull();
    expect(r.issues).toHaveLength(1);
    expect(r.issues[0]).toMatchObject({ sheet: name, cell: '', severity: 'error', code });
    expect(formatIssue(r.issues[0], 'en')).toContain(name);
    expect(formatIssue(r.issues[0], 'zh')).toContain(name);
  });
});

describe('very large sheets', () => {
  it('a used range claiming 1,048,576 rows costs only the rows that hold cells', () => {
    const bytes = hugeUsedRangeWorkbook();
    const wb = read(bytes, 'huge.xlsx');
    // Three rows come back, not a million empty ones (how long it takes is the benchmark's business).
    expect(wb.sheets[0].values).toHaveLength(3);
  });

  it('ingests a 1,048,576-row sheet that is blank below its data, counting the blank rows', () => {
    const values = new Array(1_048_576);
    values[0] = ['Order ID', 'Order Date'];
    values[1] = ['L-1', 46300];
    for (let r = 2; r < values.length; r++) values[r] = ['', ''];
    const r = ingestOrders({ name: 'Orders', values }, { date1904: false });
    expect(r.value!.rowCount).toBe(1);
    expect(r.value!.skippedBlankRows).toBe(1_048_574);
  });
});

describe('readWorkbookFileInSlices', () => {
  it('pauses between slices of a big CSV, with the share read growing, and reads what readWorkbookFile reads', async () => {
    const lines = ['Order ID,Owner,Order Date'];
    for (let i = 1; i <= 60_000; i++) lines.push(`O-${i},${i % 2 ? 'Ann' : 'Bob'},2026-01-${String(1 + (i % 28)).padStart(2, '0')}`);
    const bytes = new TextEncoder().encode(lines.join('\n'));
    const fractions: number[] = [];
    const sliced = await readWorkbookFileInSlices(bytes, 'big.csv', async (fraction) => {
      fractions.push(fraction);
    });
    // 60,001 rows in slices of 25,000: two pauses, a third slice ends the file.
    expect(fractions).toHaveLength(2);
    expect(fractions[0]).toBeGreaterThan(0.3);
    expect(fractions[1]).toBeGreaterThan(fractions[0]);
    expect(fractions[1]).toBeLessThan(1);
    expect(sliced).toEqual(readWorkbookFile(bytes, 'big.csv'));
    expect(sliced.value!.sheets[0].values[60_000]).toEqual(['O-60000', 'Bob', '2026-01-25']);
  });

  it('an .xlsx and a bad file read in one step, with the same answer', async () => {
    const pause = vi.fn(async () => undefined);
    const xlsx = titleRowsWorkbook();
    expect(await readWorkbookFileInSlices(xlsx, 'orders.xlsx', pause)).toEqual(readWorkbookFile(xlsx, 'orders.xlsx'));
    const empty = await readWorkbookFileInSlices(new Uint8Array(0), 'empty.csv', pause);
    expect(empty.issues.map((i) => i.code)).toEqual(['fileEmpty']);
    expect(pause).not.toHaveBeenCalled();
  });
});
