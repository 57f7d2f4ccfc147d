import { describe, expect, it } from 'vitest';
import { ingestOrders, type IngestedOrders } from '../../../shared/ingest/index';
import { formatIssue } from '../../../shared/messages/index';
import type { BoolColumn, DateColumn, NumberColumn, TextColumn } from '../../../shared/schema/columns';
import { ORDER_FIELD_KEYS } from '../../../shared/schema/fields';
import type { Issue } from '../../../shared/schema/issues';
import type { CellValue } from '../../../shared/schema/workbook';

const day = (y: number, m: number, d: number, h = 0, mi = 0) => Date.UTC(y, m - 1, d, h, mi);
const HEADERS = ['Order ID', 'Owner', 'Order Date', 'Due Date', 'Delivered Date', 'Status', 'Amount', 'Errors', 'Satisfaction'];

function ingest(values: CellValue[][], origin?: { row: number; col: number }) {
  return ingestOrders({ name: 'Orders', values, origin }, { date1904: false });
}

function orders(result: ReturnType<typeof ingest>): IngestedOrders {
  expect(result.value, JSON.stringify(result.issues)).not.toBeNull();
  return result.value!;
}

const text = (o: IngestedOrders, f: string) => (o.table.columns[f] as TextColumn).values;
/** Numbers or dates with null where invalid. */
function nums(o: IngestedOrders, f: string): (number | null)[] {
  const c = o.table.columns[f] as NumberColumn | DateColumn | BoolColumn;
  return Array.from(c.values, (v, i) => (c.valid[i] ? v : null));
}
const at = (issues: Issue[], code: string) => issues.filter((i) => i.code === code).map((i) => i.cell);

describe('ingestOrders: values', () => {
  const values: CellValue[][] = [
    HEADERS,
    ['A-1', 'Ann', 46300, 46310, 46308.25, 'Done', 1234.5, '否', 5],
    ['A-2', ' Bob ', '2026-10-06', '2026/10/20', '', 'Open', '¥1,200', 'yes', ''],
    ['A-3', 'Ann', '2026-10-07 09:15', 'N/A', '#N/A', 'Cancelled', '-', 2, 4],
    ['', '', '', '', '', '', '', '', ''],
    ['A-4', 'Cy', 46302, 46312, 46311, '已取消', 10, 0, 3],
  ];
  const result = ingest(values);
  const o = orders(result);

  it('has one column per field plus cancelled and _row', () => {
    expect(Object.keys(o.table.columns)).toEqual([...ORDER_FIELD_KEYS, 'cancelled', '_row']);
    expect(o.rowCount).toBe(4);
    expect(o.table.rowCount).toBe(4);
    expect(o.skippedBlankRows).toBe(1);
    expect(o.headerRow).toBe(0);
  });

  it('parses each kind', () => {
    expect(text(o, 'order_id')).toEqual(['A-1', 'A-2', 'A-3', 'A-4']);
    expect(text(o, 'owner')).toEqual(['Ann', 'Bob', 'Ann', 'Cy']);
    expect(nums(o, 'created')).toEqual([day(2026, 10, 5), day(2026, 10, 6), day(2026, 10, 7, 9, 15), day(2026, 10, 7)]);
    expect(nums(o, 'due')).toEqual([day(2026, 10, 15), day(2026, 10, 20), null, day(2026, 10, 17)]);
    expect(nums(o, 'delivered')).toEqual([day(2026, 10, 13, 6), null, null, day(2026, 10, 16)]);
    expect(nums(o, 'amount')).toEqual([1234.5, 1200, null, 10]);
    expect(nums(o, 'errors')).toEqual([0, 1, 2, 0]);
    expect(nums(o, 'satisfaction')).toEqual([5, null, 4, 3]);
  });

  it('marks cancelled orders from the status, and keeps the sheet row of each order', () => {
    expect(nums(o, 'cancelled')).toEqual([0, 0, 1, 1]);
    expect(Array.from((o.table.columns._row as { values: Int32Array }).values)).toEqual([2, 3, 4, 6]);
  });

  it('gives unmapped fields all-null columns of their kind', () => {
    expect(text(o, 'customer')).toEqual([null, null, null, null]);
    expect(nums(o, 'response_hours')).toEqual([null, null, null, null]);
    expect(nums(o, 'resolved')).toEqual([null, null, null, null]);
    expect(o.fieldsPresent).toEqual(['order_id', 'owner', 'created', 'due', 'delivered', 'status', 'amount', 'errors', 'satisfaction']);
    expect(o.mapping.created?.column).toBe(2);
  });

  it('raises no issue for blanks and placeholders', () => {
    expect(result.issues).toEqual([]);
  });

  it('infers the satisfaction scale', () => {
    expect(o.satisfactionScale).toBe(5);
  });
});

describe('ingestOrders: bad cells become issues with their cell, the row is kept', () => {
  const values: CellValue[][] = [
    ['Order ID', 'Order Date', 'Amount', 'Complaint'],
    ['B-1', '2026-13-45', 'abc', 'maybe'],
    ['B-2', '2026-02-30', '#DIV/0!', 'Y'],
    ['B-3', true, '12', '#REF!'],
  ];
  const result = ingest(values);
  const o = orders(result);

  it('keeps every row, with the bad values null', () => {
    expect(text(o, 'order_id')).toEqual(['B-1', 'B-2', 'B-3']);
    expect(nums(o, 'created')).toEqual([null, null, null]);
    expect(nums(o, 'amount')).toEqual([null, null, 12]);
    expect(nums(o, 'complaint')).toEqual([null, 1, null]);
  });

  it('reports each one at its A1 cell, in reading order', () => {
    expect(result.issues.map((i) => [i.cell, i.code, i.params.value])).toEqual([
      ['B2', 'notADate', '2026-13-45'],
      ['C2', 'notANumber', 'abc'],
      ['D2', 'notAYesNo', 'maybe'],
      ['B3', 'notADate', '2026-02-30'],
      ['C3', 'formulaError', '#DIV/0!'],
      ['B4', 'notADate', 'true'],
      ['D4', 'formulaError', '#REF!'],
    ]);
    expect(result.issues.every((i) => i.sheet === 'Orders' && i.severity === 'warning')).toBe(true);
  });

  it('words the issue for a person, in both languages', () => {
    expect(formatIssue(result.issues[0], 'en')).toBe('Orders!B2: "2026-13-45" is not a date');
    expect(formatIssue(result.issues[0], 'zh')).toBe('Orders!B2: “2026-13-45”不是有效日期');
  });

  it('shifts addresses by the sheet origin (a used range that starts at C5)', () => {
    const shifted = ingest(values, { row: 4, col: 2 });
    expect(shifted.issues[0].cell).toBe('D6');
    expect(Array.from((shifted.value!.table.columns._row as { values: Int32Array }).values)).toEqual([6, 7, 8]);
  });
});

describe('ingestOrders: checks across rows', () => {
  const values: CellValue[][] = [
    ['Order ID', 'Order Date', 'Delivered Date', 'Amount'],
    ['C-1', '2026-10-05', '2026-10-09', 100],
    ['C-2', '2026-10-05 18:00', '2026-10-05 09:00', 100],
    ['C-3', '2026-10-06', '2026-10-04', -20],
    ['C-4', '2026-10-07', '', 5],
  ];
  const result = ingest(values);
  const o = orders(result);

  it('keeps every order of a sheet whose ids do not repeat, with no word about its shape', () => {
    expect(o.rowCount).toBe(4);
    expect(o.shape).toBe('orders');
    expect(result.issues.filter((i) => i.cell === '')).toEqual([]);
  });

  it('reports delivered before created by calendar day (same day, earlier hour is fine)', () => {
    expect(result.issues.filter((i) => i.code === 'deliveredBeforeCreated')).toEqual([
      { sheet: 'Orders', cell: 'C4', severity: 'warning', code: 'deliveredBeforeCreated', params: { delivered: '2026-10-04', created: '2026-10-06' } },
    ]);
  });

  it('reports negative amounts and keeps them (a refund may be real)', () => {
    expect(at(result.issues, 'negativeAmount')).toEqual(['D4']);
    expect(nums(o, 'amount')).toEqual([100, 100, -20, 5]);
  });
});

describe('ingestOrders: rows without an id or a created date', () => {
  const values: CellValue[][] = [
    ['Order ID', 'Order Date', 'Customer'],
    ['D-1', '2026-10-05', 'X'],
    ['', '2026-10-06', 'Y'],
    ['D-3', 'NULL', 'Z'],
    ['N/A', '', 'W'],
    ['', '', ''],
  ];
  const result = ingest(values);
  const o = orders(result);

  it('keeps a row that has one of the two, and reports the missing one', () => {
    expect(text(o, 'order_id')).toEqual(['D-1', null, 'D-3']);
    expect(at(result.issues, 'missingOrderId')).toEqual(['A3']);
    expect(at(result.issues, 'missingCreatedDate')).toEqual(['B4']);
  });

  it('leaves out a row with neither, with an issue; a fully blank row is only counted', () => {
    expect(result.issues.filter((i) => i.code === 'rowWithoutIdOrDate').map((i) => [i.cell, i.params.row])).toEqual([['A5', 5]]);
    expect(o.skippedBlankRows).toBe(1);
  });
});

describe('ingestOrders: satisfaction scale', () => {
  // Twenty scores on a 1–5 scale, one typo (7) and one negative: the scale stays 5.
  const scores: CellValue[] = [5, 4, 4, 3, 5, 5, 2, 4, 4, 5, 3, 4, 5, 1, 4, 5, 4, 3, 7, -1, 4.5];
  const values: CellValue[][] = [['Order ID', 'Order Date', 'Satisfaction'], ...scores.map((s, i) => [`S-${i + 1}`, 46300, s])];
  const result = ingest(values);
  const o = orders(result);

  it('is the smallest of 5/10/100 holding 95% of the scores', () => {
    expect(o.satisfactionScale).toBe(5);
  });

  it('nulls and reports scores outside 0..scale', () => {
    expect(result.issues.filter((i) => i.code === 'satisfactionOutOfScale').map((i) => [i.cell, i.params.value, i.params.scale])).toEqual([
      ['C20', 7, 5],
      ['C21', -1, 5],
    ]);
    expect(nums(o, 'satisfaction')[18]).toBeNull();
    expect(nums(o, 'satisfaction')[20]).toBe(4.5);
  });

  it('reads a 10-point and a 100-point column as such', () => {
    const ten = ingest([['Order ID', 'Order Date', 'Satisfaction'], ['a', 46300, 8], ['b', 46300, 10], ['c', 46300, 6]]);
    expect(ten.value!.satisfactionScale).toBe(10);
    const hundred = ingest([['Order ID', 'Order Date', 'Satisfaction'], ['a', 46300, 80], ['b', 46300, 95], ['c', 46300, 120]]);
    expect(hundred.value!.satisfactionScale).toBe(100);
    expect(at(hundred.issues, 'satisfactionOutOfScale')).toEqual(['C4']);
  });
});

describe('ingestOrders: unusable sheets', () => {
  it('an empty sheet is a clear error', () => {
    for (const values of [[], [[]], [['', ''], ['']]] as CellValue[][][]) {
      const r = ingest(values);
      expect(r.value).toBeNull();
      expect(r.issues).toEqual([{ sheet: 'Orders', cell: '', severity: 'error', code: 'emptySheet', params: {} }]);
    }
  });

  it('missing required fields: an error naming them and listing the headers found', () => {
    const r = ingest([['Customer', 'Amount', 'Owner'], ['X', 1, 'Ann']]);
    expect(r.value).toBeNull();
    const error = r.issues.find((i) => i.severity === 'error')!;
    expect(error.cell).toBe('');
    expect(String(error.params.missing)).toContain('order_id');
    expect(String(error.params.missing)).toContain('created');
    expect(error.params.headers).toBe('Customer, Amount, Owner');
  });

  it('a header with no orders under it is a warning, not an error', () => {
    const r = ingest([['Order ID', 'Order Date']]);
    expect(r.value!.rowCount).toBe(0);
    expect(r.issues.map((i) => i.code)).toEqual(['noOrderRows']);
  });
});

describe('ingestOrders: a column of bad cells', () => {
  it('lists the first 1000 per column and counts the rest in one issue', () => {
    const values: CellValue[][] = [['Order ID', 'Order Date']];
    for (let i = 0; i < 1500; i++) values.push([`Z-${i}`, 'someday']);
    // Mapped by hand: a column without a single date is otherwise not taken as the created date.
    const r = ingestOrders({ name: 'Orders', values }, { date1904: false, overrides: { created: 'Order Date' } });
    expect(at(r.issues, 'notADate')).toHaveLength(1000);
    expect(r.issues.at(-1)).toEqual({ sheet: 'Orders', cell: '', severity: 'warning', code: 'moreLikeThis', params: { count: 500, column: 'B', code: 'notADate' } });
  });
});

describe('ingestOrders: options and formats', () => {
  it('reads 05/10/2026 as 5 October when told the dates are day-first', () => {
    const values: CellValue[][] = [['Order ID', 'Order Date'], ['E-1', '05/10/2026']];
    const monthFirst = ingestOrders({ name: 'O', values }, { date1904: false });
    const dayFirst = ingestOrders({ name: 'O', values }, { date1904: false, dateOrder: 'dmy' });
    expect(nums(monthFirst.value!, 'created')).toEqual([day(2026, 5, 10)]);
    expect(nums(dayFirst.value!, 'created')).toEqual([day(2026, 10, 5)]);
  });

  it('reads response times formatted as [h]:mm (fractions of a day) as hours', () => {
    const values: CellValue[][] = [['Ticket ID', 'Created', 'First Response Time'], ['T-1', 46300, 0.25], ['T-2', 46300, 3]];
    const numberFormats = [[], ['', '', '[h]:mm'], []];
    const r = ingestOrders({ name: 'Tickets', values, numberFormats }, { date1904: false });
    expect(r.value!.mapping.response_hours?.column).toBe(2);
    expect(nums(r.value!, 'response_hours')).toEqual([6, 3]);
  });

  it('takes the header row and field overrides from the caller', () => {
    const values: CellValue[][] = [['junk', 'junk'], ['Ref', 'When'], ['R-1', '2026-10-05']];
    const r = ingestOrders({ name: 'O', values }, { date1904: false, headerRow: 1, overrides: { order_id: 'Ref', created: 'When' } });
    expect(r.value!.headerRow).toBe(1);
    expect(text(r.value!, 'order_id')).toEqual(['R-1']);
    expect(nums(r.value!, 'created')).toEqual([day(2026, 10, 5)]);
  });

  it('gives every issue words in both languages', () => {
    const values: CellValue[][] = [
      ['Order ID', 'Order Date', 'Delivered Date', 'Amount', 'Errors', 'Complaint', 'Satisfaction'],
      ['W-1', 'x', '2026-10-01', 'y', 'z', 'q', 4],
      ['W-1', '2026-10-05', '2026-10-01', -1, '#NUM!', 1, 5],
      ['', '', '', '', '', '', 5],
    ];
    const r = ingest(values);
    expect(new Set(r.issues.map((i) => i.code)).size).toBeGreaterThanOrEqual(8);
    for (const issue of r.issues) {
      for (const lang of ['en', 'zh'] as const) {
        const line = formatIssue(issue, lang);
        expect(line, line).not.toContain(issue.code);
        expect(line).not.toContain('undefined');
      }
    }
  });
});
