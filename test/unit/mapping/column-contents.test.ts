import { describe, expect, it } from 'vitest';
import { columnCanHold, mapOrderHeaders, mappingIssues, sampleColumns, SAMPLE_CELLS, SAMPLE_ROWS } from '../../../shared/mapping/index';
import { formatIssue } from '../../../shared/messages/index';
import type { CellValue } from '../../../shared/schema/workbook';
import { headersByField } from './helpers';

/*
 * What a column's values say against its header (column-contents.ts), on columns small enough
 * to read: each verdict can be checked by counting the cells.
 */
const fits = { fits: true };

describe('columnCanHold: a date field', () => {
  it('takes serials, ISO and other date texts, and date-shaped bad cells', () => {
    expect(columnCanHold('due', [46300, '2026-10-05', '2026/10/5', '2026年10月5日', 'Oct 5, 2026'])).toEqual(fits);
    // "2026-13-45" is a date column's bad cell: ingest reports it, the column is still the dates.
    expect(columnCanHold('created', ['2026-13-45', '2026-02-30', true])).toEqual(fits);
  });

  it('refuses yes/no values: TRUE/FALSE as Excel gives them, as text, and 1/0', () => {
    expect(columnCanHold('due', [true, false, true])).toEqual({ fits: false, reason: 'yesNo', example: 'TRUE' });
    expect(columnCanHold('due', ['false', 'true', 'true'])).toEqual({ fits: false, reason: 'yesNo', example: 'false' });
    expect(columnCanHold('delivered', [1, 0, 0, 1])).toEqual({ fits: false, reason: 'yesNo', example: '1' });
    expect(columnCanHold('due', ['是', '否'])).toEqual({ fits: false, reason: 'yesNo', example: '是' });
  });

  it('needs a fifth of its values to be dates: 1 date in 5 fits, 1 in 6 does not', () => {
    const notes = ['pending', 'pending', 'TBD', 'pending'];
    expect(columnCanHold('delivered', ['2026-10-05', ...notes])).toEqual(fits);
    expect(columnCanHold('delivered', ['2026-10-05', ...notes, 'ask Lena'])).toEqual({ fits: false, reason: 'noDates', example: 'pending' });
  });

  it('names the larger group: mostly yes/no is "yes/no", mostly other text is "no dates"', () => {
    expect(columnCanHold('due', ['TRUE', 'TRUE', 'soon'])).toMatchObject({ reason: 'yesNo' });
    expect(columnCanHold('due', ['TRUE', 'soon', 'later'])).toMatchObject({ reason: 'noDates', example: 'soon' });
  });
});

describe('columnCanHold: a number field', () => {
  it('refuses lists of ids joined by commas', () => {
    expect(columnCanHold('response_hours', ['12345, 67890', '4521', '4521,4522'])).toEqual({ fits: false, reason: 'idLists', example: '12345, 67890' });
    // Once a column has lists, its "123,456,789"s are lists as well.
    expect(columnCanHold('response_hours', ['123,456,789', '12345, 67890', '42'])).toMatchObject({ fits: false, reason: 'idLists' });
  });

  it('keeps thousands separators and decimal commas as numbers', () => {
    expect(columnCanHold('amount', ['1,234.50', '12,000', '123,456,789', 98])).toEqual(fits);
    // "12,5" is a European decimal (ingest reports it as no number), not two ids.
    expect(columnCanHold('satisfaction', ['4,5', '3,75', 5])).toEqual(fits);
  });

  it('lets one list in more than ten cells pass: a typo, reported by ingest', () => {
    const cells: CellValue[] = ['1, 2', ...Array.from({ length: 10 }, (_, i) => i + 1)];
    expect(columnCanHold('response_hours', cells)).toEqual(fits);
    expect(columnCanHold('response_hours', cells.slice(0, 10))).toMatchObject({ reason: 'idLists' });
  });
});

describe('columnCanHold: the status', () => {
  it('refuses US states (case and spacing aside)', () => {
    expect(columnCanHold('status', ['California', 'Texas', 'NEW YORK', ' Ohio'])).toEqual({ fits: false, reason: 'placeNames', example: 'California' });
  });

  it("takes ServiceNow's state values: they are statuses", () => {
    expect(columnCanHold('status', ['New', 'Active', 'Resolved', 'Closed', 'On Hold'])).toEqual(fits);
  });

  it('other text fields are not checked for places (a team may be named "Texas")', () => {
    expect(columnCanHold('team', ['Texas', 'Ohio'])).toEqual(fits);
  });
});

describe('columnCanHold: placeholders', () => {
  it('refuses a column of one placeholder over and over, for any field', () => {
    expect(columnCanHold('owner', ['NULL', 'NULL', 'null'])).toEqual({ fits: false, reason: 'onlyPlaceholders', example: 'NULL' });
    expect(columnCanHold('amount', ['?', '?'])).toEqual({ fits: false, reason: 'onlyPlaceholders', example: '?' });
    expect(columnCanHold('due', ['N/A'])).toMatchObject({ reason: 'onlyPlaceholders' });
  });

  it('reads varied marks, and placeholders among values, as blanks', () => {
    expect(columnCanHold('owner', ['-', 'N/A', '?'])).toEqual(fits);
    expect(columnCanHold('owner', ['NULL', 'Lena', 'NULL'])).toEqual(fits);
  });

  it('an empty sample says nothing against the header', () => {
    expect(columnCanHold('delivered', [])).toEqual(fits);
  });
});

describe('sampleColumns', () => {
  it('takes the non-blank cells below the header, placeholders included', () => {
    const values: CellValue[][] = [['title'], ['A', 'B', 'C'], ['a1', '', 'NULL'], ['a2', null, '  '], [], ['a3', 'b3']];
    expect(sampleColumns(values, 1, 3)).toEqual([['a1', 'a2', 'a3'], ['b3'], ['NULL']]);
  });

  it(`keeps ${SAMPLE_CELLS} cells a column and looks at ${SAMPLE_ROWS} rows at most`, () => {
    const values: CellValue[][] = [['Order ID', 'Delivered']];
    for (let i = 0; i < SAMPLE_ROWS + 10; i++) values.push([`O-${i}`, i === SAMPLE_ROWS + 5 ? '2026-10-05' : '']);
    const [ids, delivered] = sampleColumns(values, 0, 2);
    expect(ids).toHaveLength(SAMPLE_CELLS);
    expect(ids[0]).toBe('O-0');
    expect(delivered).toEqual([]);
  });
});

/** The mapping of a sheet given as rows, header first, judged by its cells. */
function mapSheet(rows: CellValue[][], overrides = {}) {
  const headers = rows[0].map(String);
  return mapOrderHeaders(headers, overrides, sampleColumns(rows, 0, headers.length));
}

describe('mapOrderHeaders with a sample: the next-best column', () => {
  const rows: CellValue[][] = [
    ['Ticket', 'Opened', 'made_sla', 'due_date_utc'],
    ['T-1', '2026-10-01', true, '2026-10-03'],
    ['T-2', '2026-10-02', false, '2026-10-04'],
  ];

  it('passes over a header match whose values cannot be the field and takes the next one', () => {
    // Headers alone: made_sla (0.8, "sla") beats due_date_utc (0.72) for the due date.
    expect(headersByField(mapOrderHeaders(rows[0].map(String)))).toMatchObject({ due: 'made_sla' });
    const m = mapSheet(rows);
    expect(headersByField(m)).toEqual({ order_id: 'Ticket', created: 'Opened', due: 'due_date_utc' });
    expect(m.rejectedColumns).toEqual([{ field: 'due', column: 2, header: 'made_sla', reason: 'yesNo', example: 'TRUE' }]);
    expect(m.unmappedHeaders).toEqual(['made_sla']);
  });

  it('says so once, at the header cell, in both languages', () => {
    const m = mapSheet(rows);
    const issues = mappingIssues(m, 'Orders', rows[0].map(String), { headerRow: 0 });
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ cell: 'C1', severity: 'warning', code: 'mappingRejectedByContents' });
    expect(formatIssue(issues[0], 'en')).toBe(
      'Orders!C1: column "made_sla" holds yes/no values (e.g. "TRUE"), so it is not read as Due (promised date) [due]; "due_date_utc" is read instead',
    );
    expect(formatIssue(issues[0], 'zh')).toBe(
      'Orders!C1: “made_sla”列存放的是“是/否”值（例如“TRUE”），因此不作为“承诺交期”[due]读取；改为读取“due_date_utc”列',
    );
  });

  it('a header the user mapped by hand is read whatever it holds', () => {
    const m = mapSheet(rows, { due: 'made_sla' });
    expect(m.mapping.due?.header).toBe('made_sla');
    expect(m.rejectedColumns).toEqual([]);
  });

  it('"" (--map due=, the editor\'s "not mapped") leaves the field unmapped', () => {
    const m = mapSheet(rows, { due: '' });
    expect(m.mapping.due).toBeUndefined();
    expect(m.unmappedHeaders).toEqual(['made_sla', 'due_date_utc']);
  });

  it('a created column without dates leaves the required field missing, as an error with its reason', () => {
    const sheet: CellValue[][] = [['Order ID', 'Order Date'], ['O-1', 'soon'], ['O-2', 'later']];
    const m = mapSheet(sheet);
    expect(m.missingRequired).toEqual(['created']);
    const issues = mappingIssues(m, 'Orders', ['Order ID', 'Order Date'], { headerRow: 0, origin: { row: 2, col: 1 } });
    expect(issues.map((i) => [i.cell, i.severity, i.code])).toEqual([
      ['', 'error', 'mappingMissingRequired'],
      ['C3', 'error', 'mappingRejectedByContents'],
    ]);
    expect(formatIssue(issues[1], 'en')).toBe(
      'Orders!C3: column "Order Date" holds hardly any dates (e.g. "soon"), so it is not read as Created (order date) [created]; if it is, map it by hand (CLI: --map created=Order Date)',
    );
    expect(formatIssue(issues[1], 'zh')).toBe(
      'Orders!C3: “Order Date”列几乎没有日期（例如“soon”），因此不作为“下单日期”[created]读取；如果确实是，请手动对应（命令行：--map created=Order Date）',
    );
  });

  it('a column passed over stays unmapped when no other field names it', () => {
    // "Response" names only response_hours; its lists make it no number.
    const m = mapSheet([['Order ID', 'Order Date', 'Response'], ['O-1', '2026-10-05', '12345, 67890']]);
    expect(m.mapping.response_hours).toBeUndefined();
    expect(m.rejectedColumns.map((r) => `${r.field} ${r.reason}`)).toEqual(['response_hours idLists']);
  });
});
