import { OfficeMockObject } from 'office-addin-mock';
import type { CellArea } from '../../../shared/host/index';
import { addressOfArea, formatsIn, mergesStartingIn, valuesIn, type MockSheet } from './excel-mock-sheet';

export type Mock = OfficeMockObject & Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

export interface PendingRange {
  sheet: MockSheet;
  area: CellArea;
  mock: Mock;
  loaded: Set<string>;
}

/** What the objects of one request context share (see createExcelMock). */
export interface MockBatch {
  /** A mock whose properties sync with the batch. */
  track(data: object): Mock;
  ranges: PendingRange[];
  /** Steps run in order at the next sync, as Excel runs a batch; the first to throw stops it. */
  actions: (() => void)[];
  /** Read set properties back after each sync. */
  snapshots: (() => void)[];
  /** The sheets activated so far in this batch (see `select`). */
  activatedInBatch: Set<MockSheet>;
  sheets: MockSheet[];
}

/** A collection whose load('items/a,items/b') loads those properties of every item. */
export function mockCollection(batch: MockBatch, makeItems: () => Mock[], extra: object): Mock {
  const mock = batch.track(extra);
  mock.load = (props: string) => {
    const items = makeItems();
    const names = props.split(',').map((p) => p.trim().replace(/^items\//, ''));
    for (const item of items) item.load(names);
    mock.items = items;
    return mock;
  };
  return mock;
}

/** A range of a sheet: values and formats travel at sync (see applyRequest). */
export function mockRange(batch: MockBatch, sheet: MockSheet, area: CellArea): Mock {
  let wrapRecorded = false;
  const mock = batch.track({
    values: valuesIn(sheet, area),
    numberFormat: formatsIn(sheet, area),
    rowIndex: area.row,
    columnIndex: area.col,
    rowCount: area.rows,
    columnCount: area.cols,
    format: {
      wrapText: false,
      autofitColumns: () => batch.actions.push(() => sheet.autofitted.push(area)),
      autofitRows: () => undefined,
    },
    conditionalFormats: {
      add: (type: string) => {
        const cf = { area, type } as MockSheet['conditionalFormats'][number];
        sheet.conditionalFormats.push(cf);
        const mockCf = batch.track({ custom: { rule: { formula: '' }, format: { fill: { color: '' }, font: { color: '' } } } });
        batch.snapshots.push(() => {
          const read = (v: unknown) => (typeof v === 'string' && !v.startsWith('Error,') && v !== '' ? v : undefined);
          cf.formula = read(mockCf.custom.rule.formula);
          cf.fill = read(mockCf.custom.format.fill.color);
          cf.font = read(mockCf.custom.format.font.color);
        });
        return mockCf;
      },
    },
    // Excel selects on the sheet that was active when the batch began: a select queued after
    // activating another sheet in the same batch does not take (office-js #5118, #930).
    select: () =>
      batch.actions.push(() => {
        if (batch.activatedInBatch.has(sheet)) return;
        if (!sheet.activated) throw Object.assign(new Error('The sheet is not active.'), { code: 'InvalidOperation' });
        sheet.selected = addressOfArea(area);
      }),
    getMergedAreasOrNullObject: () => {
      const merges = mergesStartingIn(sheet, area);
      const merged = batch.track({ areaCount: merges.length });
      merged.isNullObject = merges.length === 0;
      merged.areas = mockCollection(
        batch,
        () => merges.map((m) => batch.track({ rowIndex: m.row, columnIndex: m.col, rowCount: m.rows, columnCount: m.cols })),
        {},
      );
      return merged;
    },
  });
  batch.snapshots.push(() => {
    if (!wrapRecorded && mock.format.wrapText === true) {
      wrapRecorded = true;
      sheet.wrapped.push(area);
    }
  });
  const loaded = new Set<string>();
  const load = mock.load.bind(mock);
  mock.load = (props: string | string[]) => {
    for (const p of Array.isArray(props) ? props : props.split(',')) loaded.add(p.trim());
    return load(props);
  };
  mock.isNullObject = false;
  batch.ranges.push({ sheet, area, mock, loaded });
  return mock;
}
