import { afterEach, describe, expect, it } from 'vitest';
import type { Engine } from '../../../shared/engine/engine';
import { createNodeEngine } from '../../../shared/engine/node';
import { readWorkbookFile } from '../../../shared/ingest/index';
import { formatIssue } from '../../../shared/messages/index';
import { computeKpis, loadWorkbook } from '../../../shared/pipeline/index';
import type { LoadOptions } from '../../../shared/pipeline/types';

/** Dates decided per column, through the pipeline every front end uses. */

const TICKETS = 'Ticket,Opened,Closed\nT1,29-02-2016 10:00,01-03-2016 12:00\nT2,01-03-2016 09:00,02-03-2016 09:00\nT3,02-03-2016 09:00,15-03-2016 09:00\n';

const bytes = (text: string) => new TextEncoder().encode(text);
const workbookOf = (text: string, name = 'tickets.csv') => readWorkbookFile(bytes(text), name).value!;

let engine: Engine | null = null;
afterEach(async () => {
  await engine?.close();
  engine = null;
});
async function freshEngine() {
  engine = await createNodeEngine();
  return engine;
}

async function monthsOf(text: string, opts: LoadOptions = {}) {
  const db = await createNodeEngine();
  try {
    const loaded = await loadWorkbook(db, workbookOf(text), opts);
    expect(loaded.value, JSON.stringify(loaded.issues)).not.toBeNull();
    const kpis = await computeKpis(db, loaded.value!, { basis: 'created', group: 'none', asOf: '2016-12-31' });
    return { loaded: loaded.value!, issues: loaded.issues, rows: kpis.rows.map((r) => ({ month: r.month, orders: r.orders, cycle: r.cycle_days_avg })) };
  } finally {
    await db.close();
  }
}

describe('loadWorkbook: the issue’s three tickets', () => {
  it('2016-02 has 1 order of 1.083 days, 2016-03 has 2 orders averaging 7 days, and no other month exists', async () => {
    const { loaded, rows, issues } = await monthsOf(TICKETS);
    expect(loaded.months).toEqual(['2016-02', '2016-03']);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({ month: '2016-02', orders: 1 });
    expect(rows[0].cycle).toBeCloseTo(26 / 24, 10);
    expect(rows[1]).toEqual({ month: '2016-03', orders: 2, cycle: 7 });
    expect(issues.filter((i) => i.code.startsWith('date'))).toEqual([]);
  });
});

describe('loadWorkbook: the locale and the stated order, for a column its dates cannot decide', () => {
  const undecided = 'Ticket,Opened\nT1,05/06/2016\nT2,07/08/2016\n';

  it('month-first in zh-CN (as without a locale); day-first in en-GB; the stated order over both', async () => {
    expect((await monthsOf(undecided, { locale: 'zh-CN' })).loaded.months).toEqual(['2016-05', '2016-07']);
    const gb = await monthsOf(undecided, { locale: 'en-GB' });
    expect(gb.loaded.months).toEqual(['2016-06', '2016-08']);
    expect(gb.issues.filter((i) => i.code === 'dateOrderAssumed').map((i) => i.params.basis)).toEqual(['locale']);
    const stated = await monthsOf(undecided, { locale: 'en-GB', dateOrder: 'mdy' });
    expect(stated.loaded.months).toEqual(['2016-05', '2016-07']);
    expect(stated.issues.filter((i) => i.code === 'dateOrderAssumed')).toEqual([]);
  });
});

describe('loadWorkbook: created dates none of which can be read', () => {
  it('gives no data and one error that counts the cells and shows one, in both languages', async () => {
    const { value, issues } = await loadWorkbook(await freshEngine(), workbookOf('Ticket,Opened\nT1,soon\nT2,later\nT3,2016-13-45\n', 'bad.csv'));
    expect(value).toBeNull();
    const errors = issues.filter((i) => i.severity === 'error');
    expect(errors).toEqual([{ sheet: 'bad', cell: '', severity: 'error', code: 'createdDatesUnreadable', params: { column: 'B', header: 'Opened', count: 3, example: 'soon' } }]);
    expect(formatIssue(errors[0], 'en')).toBe(
      'bad: no created date in column B ("Opened") can be read: 3 cells such as "soon" are not dates. Write dates such as 2026-10-05, or map created to another column',
    );
    expect(formatIssue(errors[0], 'zh')).toContain('B 列（“Opened”）的下单日期都无法读取：3 个单元格（如“soon”）不是日期');
  });
});
