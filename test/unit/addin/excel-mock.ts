import { OfficeMockObject } from 'office-addin-mock';
import type { CellValue } from '../../../shared/schema/workbook';
import type { CellArea } from '../../../shared/host/index';
import {
  areaOfAddress,
  formatsIn,
  sheetFromValues,
  usedArea,
  valuesIn,
  writeCells,
  writeFormats,
  type MockSheet,
} from './excel-mock-sheet';

/**
 * Excel and Office for unit tests, built from office-addin-mock objects: a property can only be
 * read after load() and context.sync(), as in Excel. A request whose JSON is over
 * `payloadLimit` bytes is refused at sync with Excel on the web's error code.
 */
export interface ExcelMockOptions {
  sheets: { name: string; values: CellValue[][]; numberFormats?: string[][] }[];
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

type Mock = OfficeMockObject & Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

interface PendingRange {
  sheet: MockSheet;
  area: CellArea;
  mock: Mock;
  loaded: Set<string>;
}

export function createExcelMock(options: ExcelMockOptions) {
  const sheets: MockSheet[] = options.sheets.map((s) => sheetFromValues(s.name, s.values, s.numberFormats));
  const tables = (options.tables ?? []).map((t) => ({ ...t, area: areaOfAddress(t.address) }));
  const settings = new Map<string, unknown>();
  const requests: RequestLog[] = [];
  const handlers: { sheet: string; handler: (e: unknown) => Promise<void> | void; removed: boolean }[] = [];
  const limit = options.payloadLimit ?? Infinity;

  const sheetNamed = (name: string) => {
    const sheet = sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
    if (!sheet) throw Object.assign(new Error(`ItemNotFound: ${name}`), { code: 'ItemNotFound' });
    return sheet;
  };

  function newContext() {
    const pendingRanges: PendingRange[] = [];
    // Every object of the batch syncs on each context.sync(), as the real proxies do.
    const pendingMocks: Mock[] = [];
    const track = (data: object): Mock => {
      const mock = new OfficeMockObject(data) as Mock;
      pendingMocks.push(mock);
      return mock;
    };

    const rangeOf = (sheet: MockSheet, area: CellArea): Mock => {
      const mock = track({
        values: valuesIn(sheet, area),
        numberFormat: formatsIn(sheet, area),
        rowIndex: area.row,
        columnIndex: area.col,
        rowCount: area.rows,
        columnCount: area.cols,
        format: { autofitColumns: () => undefined },
        conditionalFormats: {
          add: (type: string) => {
            const cf = { area, type } as MockSheet['conditionalFormats'][number];
            sheet.conditionalFormats.push(cf);
            const mockCf = track({ custom: { rule: { formula: '' }, format: { fill: { color: '' }, font: { color: '' } } } });
            snapshots.push(() => {
              const read = (v: unknown) => (typeof v === 'string' && !v.startsWith('Error,') && v !== '' ? v : undefined);
              cf.formula = read(mockCf.custom.rule.formula);
              cf.fill = read(mockCf.custom.format.fill.color);
              cf.font = read(mockCf.custom.format.font.color);
            });
            return mockCf;
          },
        },
        select: () => {
          sheet.selected = areaAddressOf(area);
        },
      });
      const loaded = new Set<string>();
      const load = mock.load.bind(mock);
      mock.load = (props: string | string[]) => {
        for (const p of Array.isArray(props) ? props : props.split(',')) loaded.add(p.trim());
        return load(props);
      };
      mock.isNullObject = false;
      pendingRanges.push({ sheet, area, mock, loaded });
      return mock;
    };

    const snapshots: (() => void)[] = [];

    const worksheetOf = (sheet: MockSheet): Mock =>
      track({
        name: sheet.name,
        visibility: sheet.visibility,
        getRangeByIndexes: (row: number, col: number, rows: number, cols: number) => rangeOf(sheet, { row, col, rows, cols }),
        getRange: (address: string) => rangeOf(sheet, areaOfAddress(address)),
        getUsedRange: () => rangeOf(sheet, usedArea(sheet) ?? { row: 0, col: 0, rows: 1, cols: 1 }),
        getUsedRangeOrNullObject: () => {
          const area = usedArea(sheet);
          const range = rangeOf(sheet, area ?? { row: 0, col: 0, rows: 1, cols: 1 });
          range.isNullObject = area === null;
          return range;
        },
        activate: () => {
          for (const s of sheets) s.activated = s === sheet;
        },
        freezePanes: { freezeRows: (n: number) => (sheet.frozenRows = n) },
        tables: {
          add: (range: Mock, hasHeaders: boolean) => {
            const area = pendingRanges.find((p) => p.mock === range)!.area;
            if (!hasHeaders) throw new Error('the add-in always writes a header row');
            const table = { name: `Table${tables.length + 1}`, area } as MockSheet['tables'][number];
            sheet.tables.push(table);
            tables.push({ name: table.name, sheet: sheet.name, address: '', area });
            const mockTable = track({ name: '', style: '' });
            snapshots.push(() => {
              if (typeof mockTable.name === 'string' && mockTable.name) table.name = tables[tables.length - 1].name = mockTable.name;
              if (typeof mockTable.style === 'string' && mockTable.style && !mockTable.style.startsWith('Error,')) table.style = mockTable.style;
            });
            return mockTable;
          },
        },
        charts: {
          add: (type: string, range: Mock, seriesBy: string) => {
            const data = pendingRanges.find((p) => p.mock === range)!.area;
            const chart = { type, data, seriesBy } as MockSheet['charts'][number];
            sheet.charts.push(chart);
            const mockChart = track({
              title: { text: '' },
              legend: { position: '' },
              axes: { valueAxis: { numberFormat: '' } },
              setPosition: (from: string, to: string) => Object.assign(chart, { from, to }),
            });
            snapshots.push(() => {
              const read = (v: unknown) => (typeof v === 'string' && v && !v.startsWith('Error,') ? v : undefined);
              chart.title = read(mockChart.title.text);
              chart.legend = read(mockChart.legend.position);
              chart.valueFormat = read(mockChart.axes.valueAxis.numberFormat);
            });
            return mockChart;
          },
        },
        onChanged: {
          add: (handler: (e: unknown) => void) => {
            const entry = { sheet: sheet.name, handler, removed: false };
            handlers.push(entry);
            return { context: {}, remove: () => (entry.removed = true) };
          },
        },
      });

    /** A collection whose load('items/a,items/b') loads those properties of every item. */
    const collection = (makeItems: () => Mock[], extra: object): Mock => {
      const mock = track(extra);
      mock.load = (props: string) => {
        const items = makeItems();
        const names = props.split(',').map((p) => p.trim().replace(/^items\//, ''));
        for (const item of items) item.load(names);
        mock.items = items;
        return mock;
      };
      return mock;
    };

    const worksheets = collection(() => sheets.map(worksheetOf), {
      getItem: (name: string) => worksheetOf(sheetNamed(name)),
      add: (name: string) => {
        if (sheets.some((s) => s.name.toLowerCase() === name.toLowerCase())) throw new Error(`ItemAlreadyExists: ${name}`);
        const sheet = sheetFromValues(name, []);
        sheets.push(sheet);
        return worksheetOf(sheet);
      },
    });

    const tableMock = (t: (typeof tables)[number]): Mock =>
      track({
        name: t.name,
        worksheet: { name: t.sheet },
        getRange: () => rangeOf(sheetNamed(t.sheet), t.area),
      });

    const context = {
      workbook: {
        worksheets,
        tables: collection(() => tables.map(tableMock), {}),
        settings: {
          getItemOrNullObject: (key: string) => {
            // A stand-in value gives load/sync their checks; once loaded it becomes the stored JSON
            // (office-addin-mock would turn an object value into nested mocks).
            const mock = track({ value: 0 });
            mock.isNullObject = !settings.has(key);
            snapshots.push(() => {
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
            return track({ value: options.date1904 ? days - 1462 : days });
          },
        },
      },
      sync: async () => {
        const ranges = pendingRanges.splice(0);
        for (const p of ranges) applyRequest(p);
        for (const mock of pendingMocks) await mock.sync();
        // office-addin-mock finishes a sync's property updates in later microtasks.
        await new Promise((done) => setTimeout(done, 0));
        for (const snapshot of snapshots) snapshot();
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
      if (Array.isArray(values)) writeCells(p.sheet, p.area, values as CellValue[][]);
      if (Array.isArray(formats)) writeFormats(p.sheet, p.area, formats as string[][]);
    }
  }

  const Excel = {
    run: async <T>(first: unknown, second?: (context: unknown) => Promise<T>): Promise<T> => {
      const batch = (typeof first === 'function' ? first : second) as (context: unknown) => Promise<T>;
      return batch(newContext());
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
    async fireChange(sheet: string, address: string, triggerSource = 'Local') {
      for (const h of handlers) if (!h.removed && h.sheet === sheet) await h.handler({ address, triggerSource });
    },
  };
}

function areaAddressOf(area: CellArea): string {
  const col = (c: number) => {
    let s = '';
    for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    return s;
  };
  const tl = `${col(area.col)}${area.row + 1}`;
  return area.rows === 1 && area.cols === 1 ? tl : `${tl}:${col(area.col + area.cols - 1)}${area.row + area.rows}`;
}
