import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNodeEngine } from '../../../shared/engine/node';
import type { Engine } from '../../../shared/engine/engine';
import { mac1904Workbook } from '../../fixtures/realworld/mac-1904';
import { notesAboveWorkbook } from '../../fixtures/realworld/notes-above';
import { headersOf, issueCodes, kpiRows, loadFile, rowOf, tempFolder, type LoadedFile, type TempFolder } from './harness';

/*
 * Workbooks whose trouble is in how Excel stores them rather than in what they say: the 1904
 * date system, and a sheet with notes above the header, hidden and empty columns, formulas
 * copied down past the data and a used range far larger than the data.
 */
let engine: Engine;
let folder: TempFolder;
beforeAll(async () => {
  engine = await createNodeEngine();
  folder = tempFolder();
});
afterAll(async () => {
  await engine.close();
  folder.remove();
});

describe('Excel for Mac, 1904 date system (jobs + long-form Targets with "mmm yyyy" months)', () => {
  let file: LoadedFile;
  beforeAll(async () => {
    file = await loadFile(engine, folder.write('Jobs 2026.xlsx', mac1904Workbook()));
  });

  it('reads the dates as the days they show, not four years early', async () => {
    expect(file.loaded.months).toEqual(['2026-09', '2026-10', '2026-11']);
    const rows = (await engine.query(`SELECT order_id, strftime("created", '%Y-%m-%d %H:%M') AS created FROM orders WHERE _row IN (2, 4) ORDER BY _row`)).rows;
    expect(rows).toEqual([
      { order_id: 'J-2601', created: '2026-09-01 00:00' },
      { order_id: 'J-2603', created: '2026-09-08 10:30' },
    ]);
  });

  it('maps the jobs sheet and states the rating scale from its header; no issues at all', () => {
    expect(headersOf(file.loaded)).toEqual({
      order_id: 'Job No.',
      customer: 'Client',
      owner: 'Account Manager',
      created: 'Opened',
      due: 'Deadline',
      delivered: 'Completed',
      errors: 'Rework?',
      satisfaction: 'Client Rating (1-5)',
    });
    expect(file.loaded.satisfactionScale).toBe(5);
    expect(file.issues).toEqual([]);
  });

  it('reads the Targets months from 1904 serials', () => {
    expect(file.loaded.kpiSheet).toBe('Targets');
    expect(file.loaded.targets.map((t) => [t.month, t.owner, t.kpi, t.target])).toEqual([
      ['2026-09', null, 'on_time_rate', 0.9],
      ['2026-10', null, 'on_time_rate', 0.9],
      ['2026-10', 'Ana', 'on_time_rate', 0.8],
      [null, null, 'satisfaction', 4.5],
    ]);
  });

  it('September: Ana meets 90% on time and 4.5 satisfaction; Ben misses both', async () => {
    const rows = await kpiRows(engine, file.loaded, '2026-10-31');
    const ana = rowOf(rows, '2026-09', 'Ana');
    expect(ana).toMatchObject({ on_time_rate: 1, error_rate: 0, satisfaction: 4.5 });
    expect(ana.targets).toMatchObject({ on_time_rate: { target: 0.9, met: true }, satisfaction: { target: 4.5, met: true } });
    // J-2601 took 13 days; J-2603 09-08 10:30 → 09-29, 20 days 13.5 hours.
    expect(ana.cycle_days_avg).toBeCloseTo((13 + 20 + 13.5 / 24) / 2, 10);
    const ben = rowOf(rows, '2026-09', 'Ben');
    expect(ben).toMatchObject({ on_time_rate: 0, error_rate: 1, satisfaction: 3 });
    expect(ben.targets.on_time_rate).toMatchObject({ target: 0.9, met: false });
  });

  it('October: Ana is held to her own 80%, Ben to everyone\'s 90%', async () => {
    const rows = await kpiRows(engine, file.loaded, '2026-10-31');
    expect(rowOf(rows, '2026-10', 'Ana').targets.on_time_rate).toMatchObject({ target: 0.8, met: false }); // J-2605 late
    const ben = rowOf(rows, '2026-10', 'Ben');
    expect(ben.on_time_rate).toBeCloseTo(2 / 3, 10); // J-2604, J-2608 on time; J-2606 overdue
    expect(ben.overdue_open).toBe(1);
    expect(ben.targets.on_time_rate).toMatchObject({ target: 0.9, met: false });
  });
});

describe('notes above the header, hidden and empty columns, formulas copied down, used range to Z200', () => {
  let file: LoadedFile;
  beforeAll(async () => {
    file = await loadFile(engine, folder.write('Q4 tracking.xlsx', notesAboveWorkbook()));
  });

  it('finds the header on row 5 and leaves the hidden helper columns unmapped', () => {
    expect(headersOf(file.loaded)).toEqual({
      order_id: 'Order No',
      owner: 'Rep',
      customer: 'Customer',
      created: 'Order Date',
      due: 'Promise Date',
      delivered: 'Ship Date',
      errors: 'Errors',
      satisfaction: 'CSAT',
    });
    expect(file.loaded.headers).toEqual(['Order No', 'Rep', 'Internal Key', 'Customer', 'E', 'Order Date', 'Promise Date', 'Ship Date', 'Errors', 'CSAT', 'Late?']);
  });

  it('ten orders: the formula rows returning "" and the row holding a space are blank, not orders or issues', () => {
    expect(file.loaded.rowCount).toBe(10);
    expect(issueCodes(file.issues)).toEqual(['E5 mappingBlankHeader', 'pipelineNoKpiSheet']);
    expect(file.loaded.months).toEqual(['2026-10', '2026-11', '2026-12', '2027-01']);
  });

  it('per rep and month, on-time and error rates', async () => {
    const rows = await kpiRows(engine, file.loaded, '2026-12-31');
    expect(rowOf(rows, '2026-10', 'Sam')).toMatchObject({ on_time_rate: 0.5, error_rate: 0.5, satisfaction: 3.5 }); // Q4-0002 late, 1 error
    expect(rowOf(rows, '2026-11', 'Kim')).toMatchObject({ on_time_rate: 0.5, overdue_open: 1, error_rate: 1 }); // Q4-0004 on the day, 2 errors; Q4-0006 open
    expect(rowOf(rows, '2026-12', 'Kim')).toMatchObject({ on_time_rate: 1, error_rate: 0.5 }); // Q4-0010 had an error
    expect(rowOf(rows, '2026-12', 'Sam')).toMatchObject({ on_time_rate: 0, satisfaction: 2 }); // Q4-0007 shipped 12-08, due 12-04
  });
});
