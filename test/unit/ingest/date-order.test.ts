import { describe, expect, it } from 'vitest';
import { dateOrderOfLocale, decideDateOrder, noEvidence } from '../../../shared/ingest/date-order';
import { ingestOrders, parseDelimitedText, type IngestOrdersOptions, type IngestedOrders } from '../../../shared/ingest/index';
import { formatIssue } from '../../../shared/messages/index';
import type { Issue } from '../../../shared/schema/issues';
import type { CellValue } from '../../../shared/schema/workbook';

/*
 * Year-last dates (05/06/2026) take their order from the whole column: a cell only one order
 * reads decides it; a column that never decides follows the stated order, else the locale's,
 * else the usual reading (slashed and dashed month-first, dotted day-first) — and says so once.
 */

const day = (y: number, m: number, d: number, h = 0, min = 0) => Date.UTC(y, m - 1, d, h, min);

function ingest(values: CellValue[][], opts: Partial<IngestOrdersOptions> = {}) {
  const r = ingestOrders({ name: 'Orders', values }, { date1904: false, ...opts });
  expect(r.value, JSON.stringify(r.issues)).not.toBeNull();
  return { o: r.value!, issues: r.issues };
}

const csv = (text: string, opts: Partial<IngestOrdersOptions> = {}) => ingest(parseDelimitedText(text), opts);

function dates(o: IngestedOrders, field: string): (number | null)[] {
  const c = o.table.columns[field] as { values: Float64Array; valid: Uint8Array };
  return Array.from(c.values, (v, i) => (c.valid[i] ? v : null));
}

const codes = (issues: Issue[]) => issues.map((i) => `${i.cell} ${i.code}`);

describe('dateOrderOfLocale', () => {
  it('reads the order from the locale, POSIX or BCP 47', () => {
    expect(dateOrderOfLocale('en_GB.UTF-8')).toBe('dmy');
    expect(dateOrderOfLocale('de_DE@euro')).toBe('dmy');
    expect(dateOrderOfLocale('en-US')).toBe('mdy');
    expect(dateOrderOfLocale('zh-CN')).toBe('ymd');
    expect(dateOrderOfLocale('zh_CN.UTF-8')).toBe('ymd');
  });

  it('knows nothing of C, POSIX, blanks or tags Intl does not know', () => {
    for (const locale of ['C', 'POSIX', 'C.UTF-8', '', undefined, null, 'xx-YY']) expect(dateOrderOfLocale(locale), String(locale)).toBeNull();
  });
});

describe('decideDateOrder', () => {
  const evidence = (dayFirst: number, monthFirst: number, either: number) => ({ ...noEvidence(), dayFirst, monthFirst, either });

  it('a proving cell decides; a column proving neither takes the stated order, else a day-first locale, else the usual reading', () => {
    expect(decideDateOrder(evidence(1, 0, 5), 'mdy')).toMatchObject({ order: 'dmy', source: 'data' });
    expect(decideDateOrder(evidence(0, 1, 5), 'dmy')).toMatchObject({ order: 'mdy', source: 'data' });
    expect(decideDateOrder(evidence(0, 0, 5), 'dmy', 'mdy')).toMatchObject({ order: 'dmy', source: 'stated' });
    expect(decideDateOrder(evidence(0, 0, 5), undefined, 'dmy')).toMatchObject({ order: 'dmy', source: 'locale' });
    expect(decideDateOrder(evidence(0, 0, 5), undefined, 'mdy')).toMatchObject({ order: null, source: 'usual' });
    expect(decideDateOrder(evidence(0, 0, 5), 'ymd', 'ymd')).toMatchObject({ order: null, source: 'usual' });
    expect(decideDateOrder(evidence(0, 0, 0), 'dmy')).toMatchObject({ order: null, source: 'none' });
  });

  it('a column proving both takes the order of most of its proving cells; a tie, the stated order or month-first', () => {
    expect(decideDateOrder(evidence(3, 1, 0))).toMatchObject({ order: 'dmy', source: 'conflict' });
    expect(decideDateOrder(evidence(1, 2, 0), 'dmy')).toMatchObject({ order: 'mdy', source: 'conflict' });
    expect(decideDateOrder(evidence(1, 1, 0), 'dmy')).toMatchObject({ order: 'dmy', source: 'conflict' });
    expect(decideDateOrder(evidence(1, 1, 0))).toMatchObject({ order: 'mdy', source: 'conflict' });
  });
});


describe('ingestOrders: a column decides its date order from all its cells', () => {
  it('the issue’s tickets: 29-02-2016 and 15-03-2016 make both columns day-first, 01-03-2016 is 1 March in each', () => {
    const { o, issues } = csv('Ticket,Opened,Closed\nT1,29-02-2016 10:00,01-03-2016 12:00\nT2,01-03-2016 09:00,02-03-2016 09:00\nT3,02-03-2016 09:00,15-03-2016 09:00\n');
    expect(dates(o, 'created')).toEqual([day(2016, 2, 29, 10), day(2016, 3, 1, 9), day(2016, 3, 2, 9)]);
    expect(dates(o, 'delivered')).toEqual([day(2016, 3, 1, 12), day(2016, 3, 2, 9), day(2016, 3, 15, 9)]);
    expect(issues).toEqual([]);
    expect(o.dateOrders.created).toMatchObject({ order: 'dmy', source: 'data' });
    expect(o.dateOrders.delivered).toMatchObject({ order: 'dmy', source: 'data' });
  });

  it('a day-first proof anywhere in the column (here the last row) turns every ambiguous date of it day-first', () => {
    const { o, issues } = csv('Order ID,Order Date\nA,05/06/2026\nB,07/08/2026\nC,25/12/2026\n');
    expect(dates(o, 'created')).toEqual([day(2026, 6, 5), day(2026, 8, 7), day(2026, 12, 25)]);
    expect(issues).toEqual([]);
  });

  it('a month-first proof turns the column month-first, dotted dates too', () => {
    const { o, issues } = csv('Order ID,Order Date\nA,05.06.2026\nB,12.31.2026\n');
    expect(dates(o, 'created')).toEqual([day(2026, 5, 6), day(2026, 12, 31)]);
    expect(issues).toEqual([]);
  });

  it('decides each column on its own: created day-first, due month-first, in one sheet of cells as Excel gives them', () => {
    const values: CellValue[][] = [
      ['Order ID', 'Order Date', 'Due Date', 'Delivered'],
      ['A', '03/04/2026', '04/05/2026', 46115], // a serial: 2026-04-03, no order to decide
      ['B', '13/04/2026', '04/20/2026', '2026-04-21'],
      ['C', ' 01/02/2026 ', '05/01/2026 8:30', null],
    ];
    const { o, issues } = ingest(values);
    expect(dates(o, 'created')).toEqual([day(2026, 4, 3), day(2026, 4, 13), day(2026, 2, 1)]);
    expect(dates(o, 'due')).toEqual([day(2026, 4, 5), day(2026, 4, 20), day(2026, 5, 1, 8, 30)]);
    expect(dates(o, 'delivered')).toEqual([day(2026, 4, 3), day(2026, 4, 21), null]);
    expect(issues).toEqual([]);
  });

  it('05/05/2026 reads the same either way and decides nothing; neither do ISO dates and serials', () => {
    const { o, issues } = ingest([['Order ID', 'Order Date'], ['A', '05/05/2026'], ['B', '2026-06-07'], ['C', 46300]]);
    expect(dates(o, 'created')).toEqual([day(2026, 5, 5), day(2026, 6, 7), day(2026, 10, 5)]);
    expect(o.dateOrders.created?.source).toBe('none');
    expect(issues).toEqual([]);
  });
});

describe('ingestOrders: a column its cells cannot decide', () => {
  const undecided = 'Order ID,Order Date\nA,05/06/2026\nB,07/08/2026\nC,2026-09-10\n';

  it('without a stated order: month-first as before, said once at the first such date', () => {
    const { o, issues } = csv(undecided);
    expect(dates(o, 'created')).toEqual([day(2026, 5, 6), day(2026, 7, 8), day(2026, 9, 10)]);
    expect(issues).toEqual([
      {
        sheet: 'Orders',
        cell: 'B2',
        severity: 'warning',
        code: 'dateOrderAssumed',
        params: { column: 'B', count: 2, otherCount: 0, example: '05/06/2026', readAs: 'mdy', basis: 'usual', otherDay: 5, otherMonth: 6 },
      },
    ]);
  });

  it('says so in both languages, as the issue asks', () => {
    const rows = Array.from({ length: 12 }, (_, i) => `T${i},05/06/2026`).join('\n');
    const { issues } = csv(`Ticket,Opened\n${rows}\n`);
    expect(issues.map((i) => formatIssue(i, 'en'))).toEqual([
      'Orders!B2: 12 dates in column B, like 05/06/2026, could be day-first or month-first; read as month-first (5 June if day-first). Set the date order to change it.',
    ]);
    expect(issues.map((i) => formatIssue(i, 'zh'))).toEqual([
      'Orders!B2: B 列有 12 个日期（如 05/06/2026）既可能是日在前也可能是月在前；已按月在前读取（若为日在前，则是 6月5日）。可设置日期顺序来更改。',
    ]);
  });

  it('with --date-order dmy: day-first, and nothing to say (the user chose)', () => {
    const { o, issues } = csv(undecided, { dateOrder: 'dmy' });
    expect(dates(o, 'created')).toEqual([day(2026, 6, 5), day(2026, 8, 7), day(2026, 9, 10)]);
    expect(issues).toEqual([]);
    expect(o.dateOrders.created).toMatchObject({ order: 'dmy', source: 'stated' });
  });

  it('with --date-order mdy: month-first, dotted dates too', () => {
    const { o, issues } = csv('Order ID,Order Date\nA,05.06.2026\n', { dateOrder: 'mdy' });
    expect(dates(o, 'created')).toEqual([day(2026, 5, 6)]);
    expect(issues).toEqual([]);
  });

  it('a day-first locale reads it day-first and says why; a month-first or year-first one keeps the usual reading', () => {
    const gb = csv(undecided, { localeDateOrder: 'dmy' });
    expect(dates(gb.o, 'created')).toEqual([day(2026, 6, 5), day(2026, 8, 7), day(2026, 9, 10)]);
    expect(gb.issues.map((i) => [i.cell, i.code, i.params.readAs, i.params.basis])).toEqual([['B2', 'dateOrderAssumed', 'dmy', 'locale']]);
    expect(formatIssue(gb.issues[0], 'en')).toContain('read as day-first, as your language and region settings write dates (6 May if month-first)');
    for (const locale of ['mdy', 'ymd'] as const) {
      const r = csv(undecided, { localeDateOrder: locale });
      expect(dates(r.o, 'created'), locale).toEqual([day(2026, 5, 6), day(2026, 7, 8), day(2026, 9, 10)]);
    }
  });

  it('the stated order wins over the locale’s, the data over both', () => {
    expect(dates(csv(undecided, { dateOrder: 'mdy', localeDateOrder: 'dmy' }).o, 'created')[0]).toBe(day(2026, 5, 6));
    expect(dates(csv('Order ID,Order Date\nA,05/06/2026\nB,05/13/2026\n', { dateOrder: 'dmy' }).o, 'created')).toEqual([day(2026, 5, 6), day(2026, 5, 13)]);
  });

  it('usual reading of a column with slashed and dotted dates: each as before, the dotted ones counted apart', () => {
    const { o, issues } = csv('Order ID,Order Date\nA,10/05/2026\nB,5.10.2026\nC,11/06/2026\n');
    expect(dates(o, 'created')).toEqual([day(2026, 10, 5), day(2026, 10, 5), day(2026, 11, 6)]);
    expect(issues.map((i) => [i.cell, i.params.count, i.params.otherCount])).toEqual([['B2', 2, 1]]);
    expect(formatIssue(issues[0], 'en')).toContain('read as month-first (10 May if day-first); 1 more with dots as day-first.');
  });

  it('year-first (ymd) reads two-digit dates as yy/mm/dd, which then prove nothing', () => {
    const { o, issues } = csv('Order ID,Order Date\nA,26/10/05\nB,26-11-30 9:00\n', { dateOrder: 'ymd' });
    expect(dates(o, 'created')).toEqual([day(2026, 10, 5), day(2026, 11, 30, 9)]);
    expect(issues).toEqual([]);
    // Without it, 26/10/05 is 26 October 2005, as before.
    expect(dates(csv('Order ID,Order Date\nA,26/10/05\n').o, 'created')).toEqual([day(2005, 10, 26)]);
  });
});

describe('ingestOrders: a column whose cells prove both orders', () => {
  const mixed = 'Order ID,Order Date\nA,13/05/2026\nB,05/20/2026\nC,14/05/2026\nD,05/06/2026\n';

  it('takes the order of most proving cells; the others are left blank, each reported, and the column once', () => {
    const { o, issues } = csv(mixed);
    expect(dates(o, 'created')).toEqual([day(2026, 5, 13), null, day(2026, 5, 14), day(2026, 6, 5)]);
    expect(codes(issues)).toEqual(['B3 dateOrderConflict', 'B3 dateAgainstColumnOrder']);
    expect(issues[0].params).toEqual({ column: 'B', readAs: 'dmy', dayFirst: 2, monthFirst: 1, dayFirstExample: '13/05/2026', monthFirstExample: '05/20/2026' });
    expect(issues.map((i) => formatIssue(i, 'en'))).toEqual([
      'Orders!B3: column B mixes day-first dates (2, e.g. 13/05/2026) and month-first dates (1, e.g. 05/20/2026); read as day-first, and the 1 written month-first are left blank',
      'Orders!B3: "05/20/2026" can only be month-first, but column B is read as day-first; read as blank',
    ]);
    expect(o.dateOrders.created?.source).toBe('conflict');
  });

  it('a tie goes to the stated order', () => {
    const { o, issues } = csv('Order ID,Order Date\nA,13/05/2026\nB,05/20/2026\n', { dateOrder: 'mdy' });
    expect(dates(o, 'created')).toEqual([null, day(2026, 5, 20)]);
    expect(codes(issues)).toEqual(['B2 dateOrderConflict', 'B2 dateAgainstColumnOrder']);
  });

  it('the created cells left blank are not reported again as missing', () => {
    const { issues } = csv(mixed);
    expect(issues.filter((i) => i.code === 'missingCreatedDate')).toEqual([]);
  });
});

describe('ingestOrders: created dates none of which can be read', () => {
  it('says how many and shows one (the pipeline makes it an error)', () => {
    const { o } = ingest([['Ticket', 'Opened'], ['T1', 'soon'], ['T2', '31/31/2017'], ['T3', '']]);
    expect(o.createdUnreadable).toEqual({ column: 'B', header: 'Opened', count: 2, example: 'soon' });
  });

  it('one readable date is enough', () => {
    expect(ingest([['Ticket', 'Opened'], ['T1', 'soon'], ['T2', '2017-10-31']]).o.createdUnreadable).toBeNull();
  });

  it('blank created dates alone are not "unreadable" (they are missing, as before)', () => {
    expect(ingest([['Ticket', 'Opened', 'Owner'], ['T1', '', 'Ann']]).o.createdUnreadable).toBeNull();
  });
});
