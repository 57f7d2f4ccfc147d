import { afterEach, describe, expect, it } from 'vitest';
import { createOfficeHost, isSheetProblem } from '../../../addin/office/index';
import { selectProblemText } from '../../../addin/app/useSelectCell';
import type { CellValue } from '../../../shared/schema/workbook';
import { createExcelMock } from './excel-mock';

afterEach(() => {
  delete (globalThis as Record<string, unknown>).Excel;
  delete (globalThis as Record<string, unknown>).Office;
});

const orders: CellValue[][] = [
  ['Order', 'Owner'],
  ['SO-1', 'Ann'],
];

/** Orders is active when the workbook opens; the issue to show is on another sheet. */
function workbook() {
  const mock = createExcelMock({ sheets: [{ name: 'Notes', values: [['read me']] }, { name: 'Orders', values: orders }, { name: 'KPI', values: [['a']] }] });
  mock.install();
  return mock;
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => {
      throw new Error('expected a rejection');
    },
    (error: unknown) => error,
  );
}

describe('selecting a cell on another sheet', () => {
  it('activates the sheet, syncs, then selects (in one batch the selection would not take: office-js #5118)', async () => {
    const mock = workbook();
    await createOfficeHost().select('Orders', 'B2');
    expect(mock.sheet('Orders')).toMatchObject({ activated: true, selected: 'B2' });
    expect(mock.sheet('Notes').activated).toBe(false);
  });

  it('says so when the sheet is hidden, deleted or renamed instead of doing nothing', async () => {
    const mock = workbook();
    const host = createOfficeHost();
    await host.listSheets(); // the pane lists the sheets first: their ids are remembered

    mock.hide('Orders');
    const hidden = await rejection(host.select('Orders', 'B2'));
    expect(isSheetProblem(hidden) && hidden.problem).toBe('hidden');
    expect(selectProblemText(hidden, 'Orders', 'B2', 'en')).toBe('The sheet “Orders” is hidden. Unhide it (right-click a sheet tab → Unhide) to see the cell.');

    mock.rename('KPI', 'Targets');
    const renamed = await rejection(host.select('KPI', 'A1'));
    expect(renamed).toMatchObject({ name: 'SheetProblem', problem: 'renamed', sheet: 'KPI', renamedTo: 'Targets' });
    expect(selectProblemText(renamed, 'KPI', 'A1', 'zh')).toBe('工作表“KPI”已改名为“Targets”。请在“数据”页重新加载。');

    mock.remove('Notes');
    const deleted = await rejection(host.select('Notes', 'A1'));
    expect(deleted).toMatchObject({ problem: 'missing', sheet: 'Notes' });
    expect(mock.sheets.every((s) => s.selected === null)).toBe(true);
  });

  it('does not take a new sheet under the old name for the one the data came from', async () => {
    const mock = createExcelMock({ sheets: [{ name: 'Orders', values: orders }] });
    mock.install();
    const host = createOfficeHost();
    await host.listSheets();
    mock.rename('Orders', 'Orders 2025');
    await host.writeSheet({ name: 'Orders', cells: [['new']] });
    expect(await rejection(host.select('Orders', 'A1'))).toMatchObject({ problem: 'renamed', renamedTo: 'Orders 2025' });
  });

  it('words any other failure with the cell', () => {
    expect(selectProblemText(new Error('ItemNotFound'), 'Orders', 'C3', 'en')).toBe('Could not select Orders!C3: ItemNotFound');
  });
});

describe('change events', () => {
  it('reports changes to watched sheets, not our own, and stops when asked', async () => {
    const mock = createExcelMock({ sheets: [{ name: 'Orders', values: orders }, { name: 'Notes', values: [['x']] }] });
    mock.install();
    const changes: string[] = [];
    const stop = await createOfficeHost().watchSheets(['Orders'], (c) => changes.push(`${c.sheet}!${c.address}`));
    await mock.fireChange('Orders', 'B2');
    await mock.fireChange('Orders', 'C2', 'ThisLocalAddin');
    await mock.fireChange('Notes', 'A1');
    expect(changes).toEqual(['Orders!B2']);
    await stop();
    await mock.fireChange('Orders', 'B3');
    expect(changes).toEqual(['Orders!B2']);
  });

  it('removes every other handler when one fails because its sheet was deleted', async () => {
    const mock = createExcelMock({ sheets: [{ name: 'Orders', values: orders }, { name: 'Targets', values: [['kpi']] }, { name: 'Extra', values: [['x']] }] });
    mock.install();
    const stop = await createOfficeHost().watchSheets(['Orders', 'Targets', 'Extra'], () => undefined);
    expect(['Orders', 'Targets', 'Extra'].map(mock.handlersOn)).toEqual([1, 1, 1]);
    mock.remove('Orders');
    await stop();
    expect(['Targets', 'Extra'].map(mock.handlersOn)).toEqual([0, 0]);
  });

  it('watches the sheets that are there when one named is gone', async () => {
    const mock = createExcelMock({ sheets: [{ name: 'Orders', values: orders }] });
    mock.install();
    const seen: string[] = [];
    await createOfficeHost().watchSheets(['Gone', 'Orders'], (c) => seen.push(c.sheet));
    await mock.fireChange('Orders', 'A1');
    expect(seen).toEqual(['Orders']);
  });
});
