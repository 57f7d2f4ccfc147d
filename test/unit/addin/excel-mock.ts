import { OfficeMockObject } from 'office-addin-mock';
import type { CellValue } from '../../../shared/schema/workbook';
import type { CellArea } from '../../../shared/host/index';
import { mockCollection, mockRange, type Mock, type MockBatch, type PendingRange } from './excel-mock-range';
import { areaOfAddress, formatsIn, sheetFromValues, usedArea, valuesIn, writeCells, writeFormats, type MockSheet, type MockVisibility } from './excel-mock-sheet';

/**
 * Excel and Office for unit tests, built from office-addin-mock objects: a property can only be
 * read after load() and context.sync(), as in Excel. A request whose JSON is over
 * `payloadLimit` bytes is refused at sync with Excel on the web's error code. Strings written
 * to a cell formatted as Text stay text, others are read as typed (excel-mock-sheet.ts); merged
 * areas, sheet visibility, renamed and deleted sheets and the activate/select order of a batch
 * behave as described where they are modelled.
 */
export interface ExcelMockOptions {
  sheets: { name: string; values: CellValue[][]; numberFormats?: string[][]; visibility?: MockVisibility; merges?: string[] }[];
  tables?: { name: string; sheet: string; address: string }[];
  date1904?: boolean;
  payloadLimit?: number;
  /** Highest ExcelApi 1.x minor version supported (default 17). */
  apiMinor?: number;
  displayLanguage?: string;
  bodyBackgroundColor?: string;
}

export interface RequestLog {
  kind: 'read' | 'write';
  sheet: string;
  area: CellArea;
  bytes: number;
  refused: boolean;
}

const CONTEXT = Symbol('mock request context');

export function createExcelMock(options: ExcelMockOptions) {
  const sheets: MockSheet[] = options.sheets.map((s) => {
    const sheet = sheetFromValues(s.name, s.values, s.numberFormats, s.visibility);
    sheet.merges = (s.merges ?? []).map(areaOfAddress);
    return sheet;
  });
  if (sheets[0]) sheets[0].activated = true;
  const tables = (options.tables ?? []).map((t) => ({ ...t, area: areaOfAddress(t.address) }));
  const settings = new Map<string, unknown>();
  const requests: RequestLog[] = [];
  const handlers: { sheet: MockSheet; handler: (e: unknown) => Promise<void> | void; removed: boolean }[] = [];
  const limit = options.payloadLimit ?? Infinity;

  const sheetNamed = (name: string) => {
    const sheet = sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
    if (!sheet) throw Object.assign(new Error(`ItemNotFound: ${name}`), { code: 'ItemNotFound' });
    return sheet;
  };
  const sheetByNameOrId = (key: string) => sheets.find((s) => s.id === key || s.name.toLowerCase() === key.toLowerCase()) ?? null;

  function newContext() {
    const pendingMocks: Mock[] = [];
    const batch: MockBatch = {
      // Every object of the batch syncs on each context.sync(), as the real proxies do.
      track: (data) => {
        const mock = new OfficeMockObject(data) as Mock;
        pendingMocks.push(mock);
        return mock;
      },
      ranges: [],
      actions: [],
      snapshots: [],
      activatedInBatch: new Set(),
      sheets,
    };

    const worksheetOf = (sheet: MockSheet | null): Mock => {
      const ws = batch.track({
        id: sheet?.id ?? '',
        name: sheet?.name ?? '',
        visibility: sheet?.visibility ?? 'Visible',
        getRangeByIndexes: (row: number, col: number, rows: number, cols: number) => mockRange(batch, sheet!, { row, col, rows, cols }),
        getRange: (address: string) => mockRange(batch, sheet!, areaOfAddress(address)),
        getUsedRange: () => mockRange(batch, sheet!, usedArea(sheet!) ?? { row: 0, col: 0, rows: 1, cols: 1 }),
        getUsedRangeOrNullObject: () => {
          const area = usedArea(sheet!);
          const range = mockRange(batch, sheet!, area ?? { row: 0, col: 0, rows: 1, cols: 1 });
          range.isNullObject = area === null;
          return range;
        },
        activate: () =>
          batch.actions.push(() => {
            if (!sheets.includes(sheet!)) throw Object.assign(new Error('The sheet was deleted.'), { code: 'ItemNotFound' });
            if (sheet!.visibility !== 'Visible') throw Object.assign(new Error('A hidden sheet cannot be activated.'), { code: 'InvalidOperation' });
            if (!sheet!.activated) batch.activatedInBatch.add(sheet!);
            for (const s of sheets) s.activated = s === sheet;
          }),
        freezePanes: { freezeRows: (n: number) => (sheet!.frozenRows = n) },
        tables: {
          add: (range: Mock, hasHeaders: boolean) => {
            const area = batch.ranges.find((p) => p.mock === range)!.area;
            if (!hasHeaders) throw new Error('the add-in always writes a header row');
            const table = { name: `Table${tables.length + 1}`, area } as MockSheet['tables'][number];
            sheet!.tables.push(table);
            tables.push({ name: table.name, sheet: sheet!.name, address: '', area });
            const mockTable = batch.track({ name: '', style: '' });
            batch.snapshots.push(() => {
              if (typeof mockTable.name === 'string' && mockTable.name) table.name = tables[tables.length - 1].name = mockTable.name;
              if (typeof mockTable.style === 'string' && mockTable.style && !mockTable.style.startsWith('Error,')) table.style = mockTable.style;
            });
            return mockTable;
          },
        },
        charts: {
          add: (type: string, range: Mock, seriesBy: string) => {
            const data = batch.ranges.find((p) => p.mock === range)!.area;
            const chart = { type, data, seriesBy } as MockSheet['charts'][number];
            sheet!.charts.push(chart);
            const mockChart = batch.track({
              title: { text: '' },
              legend: { position: '' },
              axes: { valueAxis: { numberFormat: '', title: { text: '' } }, categoryAxis: { title: { text: '' } } },
              setPosition: (from: string, to: string) => Object.assign(chart, { from, to }),
            });
            batch.snapshots.push(() => {
              const read = (v: unknown) => (typeof v === 'string' && v && !v.startsWith('Error,') ? v : undefined);
              chart.title = read(mockChart.title.text);
              chart.legend = read(mockChart.legend.position);
              chart.valueFormat = read(mockChart.axes.valueAxis.numberFormat);
              chart.valueTitle = read(mockChart.axes.valueAxis.title.text);
              chart.categoryTitle = read(mockChart.axes.categoryAxis.title.text);
            });
            return mockChart;
          },
        },
        onChanged: {
          add: (handler: (e: unknown) => void) => {
            const entry = { sheet: sheet!, handler, removed: false };
            handlers.push(entry);
            // As in office.js, the result keeps the context it was made in; removing it later
            // runs in that context and fails at sync when its sheet is gone.
            return {
              context,
              remove: () =>
                batch.actions.push(() => {
                  if (!sheets.includes(entry.sheet)) throw Object.assign(new Error('The worksheet was deleted.'), { code: 'InvalidReference' });
                  entry.removed = true;
                }),
            };
          },
        },
      });
      ws.isNullObject = sheet === null;
      return ws;
    };

    const worksheets = mockCollection(batch, () => sheets.map(worksheetOf), {
      getItem: (name: string) => worksheetOf(sheetNamed(name)),
      getItemOrNullObject: (key: string) => worksheetOf(sheetByNameOrId(key)),
      add: (name: string) => {
        if (sheets.some((s) => s.name.toLowerCase() === name.toLowerCase())) throw new Error(`ItemAlreadyExists: ${name}`);
        const sheet = sheetFromValues(name, []);
        sheets.push(sheet);
        return worksheetOf(sheet);
      },
    });

    const tableMock = (t: (typeof tables)[number]): Mock =>
      batch.track({
        name: t.name,
        worksheet: { name: t.sheet },
        getRange: () => mockRange(batch, sheetNamed(t.sheet), t.area),
      });

    const context = {
      [CONTEXT]: true,
      workbook: {
        worksheets,
        tables: mockCollection(batch, () => tables.map(tableMock), {}),
        settings: {
          getItemOrNullObject: (key: string) => {
            // A stand-in value gives load/sync their checks; once loaded it becomes the stored JSON
            // (office-addin-mock would turn an object value into nested mocks).
            const mock = batch.track({ value: 0 });
            mock.isNullObject = !settings.has(key);
            batch.snapshots.push(() => {
              if (mock.value === 0) mock.value = settings.has(key) ? structuredClone(settings.get(key)) : null;
            });
            return mock;
          },
          add: (key: string, value: unknown) => settings.set(key, JSON.parse(JSON.stringify(value))),
        },
        functions: {
          // DATE(1904,1,1): 0 in the 1904 date system, 1462 in the 1900 one.
          date: (y: number, m: number, d: number) => {
            const days = (Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86_400_000;
            return batch.track({ value: options.date1904 ? days - 1462 : days });
          },
        },
      },
      sync: async () => {
        const ranges = batch.ranges.splice(0);
        const actions = batch.actions.splice(0);
        try {
          for (const p of ranges) applyRequest(p);
          for (const action of actions) action();
        } finally {
          batch.activatedInBatch.clear();
        }
        for (const mock of pendingMocks) await mock.sync();
        // office-addin-mock finishes a sync's property updates in later microtasks.
        await new Promise((done) => setTimeout(done, 0));
        for (const snapshot of batch.snapshots) snapshot();
      },
    };
    return context;
  }

  function applyRequest(p: PendingRange) {
    const sheetName = p.sheet.name;
    if (p.loaded.has('values') || p.loaded.has('numberFormat')) {
      const body = [p.loaded.has('values') ? valuesIn(p.sheet, p.area) : [], p.loaded.has('numberFormat') ? formatsIn(p.sheet, p.area) : []];
      const bytes = JSON.stringify(body).length;
      const refused = bytes > limit;
      requests.push({ kind: 'read', sheet: sheetName, area: p.area, bytes, refused });
      if (refused) throw Object.assign(new Error('The response payload size has exceeded the limit.'), { code: 'ResponsePayloadSizeLimitExceeded' });
    }
    const values = p.loaded.has('values') ? null : (p.mock.values as unknown);
    const formats = p.loaded.has('numberFormat') ? null : (p.mock.numberFormat as unknown);
    if (Array.isArray(values) || Array.isArray(formats)) {
      const bytes = JSON.stringify([values, formats]).length;
      const refused = bytes > limit;
      requests.push({ kind: 'write', sheet: sheetName, area: p.area, bytes, refused });
      if (refused) throw Object.assign(new Error('The request payload size has exceeded the limit.'), { code: 'RequestPayloadSizeLimitExceeded' });
      // The add-in sets a range's format before its values, in one batch: formats apply first.
      if (Array.isArray(formats)) writeFormats(p.sheet, p.area, formats as (string | null)[][]);
      if (Array.isArray(values)) writeCells(p.sheet, p.area, values as CellValue[][]);
    }
  }

  const Excel = {
    run: async <T>(first: unknown, second?: (context: unknown) => Promise<T>): Promise<T> => {
      // Excel.run(object.context, batch) goes on in the context an object was made in.
      if (typeof first === 'function') return (first as (context: unknown) => Promise<T>)(newContext());
      const context = first && typeof first === 'object' && CONTEXT in first ? first : newContext();
      return second!(context);
    },
  };

  const Office = new OfficeMockObject({
    context: {
      displayLanguage: options.displayLanguage ?? 'en-US',
      officeTheme: { bodyBackgroundColor: options.bodyBackgroundColor ?? '#ffffff' },
      requirements: {
        isSetSupported: (name: string, version: string) =>
          name === 'ExcelApi' && Number(version.split('.')[1] ?? 0) <= (options.apiMinor ?? 17),
      },
    },
  });
  // Office.context's properties are plain values in Office.js (no load/sync).
  Office.context = {
    displayLanguage: options.displayLanguage ?? 'en-US',
    officeTheme: { bodyBackgroundColor: options.bodyBackgroundColor ?? '#ffffff' },
    requirements: Office.context.requirements,
  };

  return {
    Excel,
    Office,
    sheets,
    requests,
    settings,
    /** Install as the globals Office.js would define. */
    install() {
      Object.assign(globalThis, { Excel, Office });
    },
    sheet: (name: string) => sheetNamed(name),
    /** What a person sees in a sheet: values row by row. */
    shown: (name: string) => sheetNamed(name).cells.map((row) => row.map((c) => c?.value ?? '')),
    /** Someone renames, hides or deletes a sheet in Excel. */
    rename: (name: string, to: string) => void (sheetNamed(name).name = to),
    hide: (name: string) => void (sheetNamed(name).visibility = 'Hidden'),
    remove: (name: string) => void sheets.splice(sheets.indexOf(sheetNamed(name)), 1),
    /** The handlers still registered, by sheet name. */
    handlersOn: (name: string) => handlers.filter((h) => !h.removed && h.sheet.name === name).length,
    async fireChange(sheet: string, address: string, triggerSource = 'Local') {
      for (const h of handlers) if (!h.removed && h.sheet.name === sheet) await h.handler({ address, triggerSource });
    },
  };
}
