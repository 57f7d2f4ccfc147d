/**
 * A fake Office.js for browser tests: `Office` and `Excel` over an in-memory workbook, installed
 * with `page.addInitScript(installFakeOffice, init)` before the task pane loads (so the pane
 * never fetches office.js). It implements what addin/office/ uses and records every write;
 * tests read the workbook back with `window.__fakeExcel.snapshot()`.
 *
 * Playwright sends this function to the page as its source text: it must use nothing from
 * outside its own body (type imports are fine, they vanish).
 */
import type { CellValue } from '../../../shared/schema/workbook';

export interface FakeOfficeInit {
  sheets: { name: string; values: CellValue[][]; numberFormats?: string[][] }[];
  tables?: { name: string; sheet: string; row: number; col: number; rows: number; cols: number }[];
  date1904?: boolean;
  displayLanguage?: string;
  /** Office's pane background: dark colours make the pane dark. */
  bodyBackgroundColor?: string;
  /** Highest ExcelApi 1.x minor version (default 17). */
  apiMinor?: number;
  settings?: Record<string, unknown>;
  /** Refuse requests over this many JSON bytes, as Excel on the web does over ~5 MB. */
  payloadLimit?: number;
}

export interface FakeArea {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

export interface FakeSheetSnapshot {
  name: string;
  /** What a person sees in each cell. */
  values: CellValue[][];
  numberFormats: string[][];
  /** "A1" → the formula, for cells Excel would compute (never expected from our writes). */
  formulas: Record<string, string>;
  tables: { name: string; area: FakeArea; style: string }[];
  conditionalFormats: { area: FakeArea; type: string; formula: string; fill: string; font: string }[];
  charts: { type: string; data: FakeArea; seriesBy: string; title: string; from: string; to: string; valueFormat: string }[];
  frozenRows: number;
}

export interface FakeSnapshot {
  sheets: FakeSheetSnapshot[];
  active: string | null;
  selections: { sheet: string; address: string }[];
  settings: Record<string, unknown>;
  requests: { kind: 'read' | 'write'; sheet: string; area: FakeArea; bytes: number; refused: boolean }[];
}

export function installFakeOffice(init: FakeOfficeInit): void {
  type Area = FakeArea;
  interface Sheet {
    name: string;
    values: CellValue[][];
    numberFormats: string[][];
    formulas: Record<string, string>;
    tables: FakeSheetSnapshot['tables'];
    conditionalFormats: { area: Area; type: string; rule: { custom: { rule: { formula: string }; format: { fill: { color: string }; font: { color: string } } } } }[];
    charts: { record: FakeSheetSnapshot['charts'][number]; chart: { title: { text: string }; axes: { valueAxis: { numberFormat: string } } } }[];
    frozenRows: number;
    handlers: { handler: (e: unknown) => unknown; removed: boolean }[];
  }

  const limit = init.payloadLimit ?? Infinity;
  const sheets: Sheet[] = init.sheets.map((s) => ({
    name: s.name,
    values: s.values.map((r) => [...r]),
    numberFormats: s.numberFormats ? s.numberFormats.map((r) => [...r]) : [],
    formulas: {},
    tables: [],
    conditionalFormats: [],
    charts: [],
    frozenRows: 0,
    handlers: [],
  }));
  const tables = (init.tables ?? []).map((t) => ({ name: t.name, sheet: t.sheet, area: { row: t.row, col: t.col, rows: t.rows, cols: t.cols } }));
  const settings: Record<string, unknown> = JSON.parse(JSON.stringify(init.settings ?? {}));
  const selections: { sheet: string; address: string }[] = [];
  const requests: FakeSnapshot['requests'] = [];
  let active: string | null = sheets[0]?.name ?? null;

  const letters = (c: number) => {
    let s = '';
    for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    return s;
  };
  const parseArea = (address: string): Area => {
    const cell = (a: string) => {
      const m = /^\$?([A-Za-z]+)\$?(\d+)$/.exec(a)!;
      let col = 0;
      for (const ch of m[1].toUpperCase()) col = col * 26 + ch.charCodeAt(0) - 64;
      return { row: Number(m[2]) - 1, col: col - 1 };
    };
    const [a, b = a] = address.split('!').pop()!.split(':');
    const from = cell(a);
    const to = cell(b);
    return { row: from.row, col: from.col, rows: to.row - from.row + 1, cols: to.col - from.col + 1 };
  };
  const addressOf = (area: Area) => {
    const tl = `${letters(area.col)}${area.row + 1}`;
    return area.rows === 1 && area.cols === 1 ? tl : `${tl}:${letters(area.col + area.cols - 1)}${area.row + area.rows}`;
  };
  const sheetNamed = (name: string) => {
    const sheet = sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
    if (!sheet) throw Object.assign(new Error(`The requested resource doesn't exist: ${name}`), { code: 'ItemNotFound' });
    return sheet;
  };
  const grid = <T,>(source: T[][], area: Area, blank: T): T[][] => {
    const out: T[][] = new Array(area.rows);
    for (let r = 0; r < area.rows; r++) {
      const row = source[area.row + r];
      const cells: T[] = new Array(area.cols);
      for (let c = 0; c < area.cols; c++) cells[c] = row?.[area.col + c] ?? blank;
      out[r] = cells;
    }
    return out;
  };
  const usedArea = (sheet: Sheet): Area | null => {
    let top = Infinity, left = Infinity, bottom = -1, right = -1;
    sheet.values.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v === '' || v === null || v === undefined) return;
        top = Math.min(top, r);
        left = Math.min(left, c);
        bottom = Math.max(bottom, r);
        right = Math.max(right, c);
      }),
    );
    return bottom < 0 ? null : { row: top, col: left, rows: bottom - top + 1, cols: right - left + 1 };
  };
  /** Excel reads a written string as typed: ' makes text, = a formula, a number text a number. */
  const typed = (sheet: Sheet, r: number, c: number, v: CellValue) => {
    const key = `${letters(c)}${r + 1}`;
    delete sheet.formulas[key];
    if (typeof v !== 'string') return v;
    if (v.startsWith("'")) return v.slice(1);
    if (/^[=+\-@]./.test(v)) {
      sheet.formulas[key] = v;
      return '#NAME?';
    }
    if (/^\s*[+-]?\d+(\.\d+)?\s*$/.test(v)) return Number(v);
    return v;
  };

  function newContext() {
    const queue: (() => void)[] = [];

    const range = (sheet: Sheet, area: Area, isNull = false) => {
      const loaded = new Set<string>();
      let pendingValues: CellValue[][] | null = null;
      let pendingFormats: string[][] | null = null;
      // What the last sync returned for loaded properties, as office.js keeps it.
      let synced: { values?: CellValue[][]; numberFormat?: string[][] } = {};
      const r = {
        isNullObject: isNull,
        rowIndex: area.row,
        columnIndex: area.col,
        rowCount: area.rows,
        columnCount: area.cols,
        address: `${sheet.name}!${addressOf(area)}`,
        get values() {
          return synced.values ?? grid(sheet.values, area, '' as CellValue);
        },
        set values(v: CellValue[][]) {
          pendingValues = v;
        },
        get numberFormat() {
          return synced.numberFormat ?? grid(sheet.numberFormats, area, 'General');
        },
        set numberFormat(v: string[][]) {
          pendingFormats = v;
        },
        load(props?: string | string[]) {
          for (const p of Array.isArray(props) ? props : String(props ?? '').split(',')) loaded.add(p.trim());
          return r;
        },
        select() {
          queue.push(() => {
            active = sheet.name;
            selections.push({ sheet: sheet.name, address: addressOf(area) });
          });
        },
        format: { autofitColumns() {} },
        conditionalFormats: {
          add(type: string) {
            const rule = { custom: { rule: { formula: '' }, format: { fill: { color: '' }, font: { color: '' } } } };
            queue.push(() => sheet.conditionalFormats.push({ area, type, rule }));
            return rule;
          },
        },
      };
      queue.push(() => {
        if (loaded.has('values') || loaded.has('numberFormat')) {
          const body = [
            loaded.has('values') ? grid(sheet.values, area, '' as CellValue) : [],
            loaded.has('numberFormat') ? grid(sheet.numberFormats, area, 'General') : [],
          ];
          // Serialised once as Excel's response would be; the pane gets it parsed, as from office.js.
          const json = JSON.stringify(body);
          const bytes = json.length;
          requests.push({ kind: 'read', sheet: sheet.name, area, bytes, refused: bytes > limit });
          if (bytes > limit) throw Object.assign(new Error('The response payload size has exceeded the limit.'), { code: 'ResponsePayloadSizeLimitExceeded' });
          const [values, numberFormat] = JSON.parse(json) as [CellValue[][], string[][]];
          synced = { ...(loaded.has('values') ? { values } : {}), ...(loaded.has('numberFormat') ? { numberFormat } : {}) };
        }
        if (pendingValues || pendingFormats) {
          const bytes = JSON.stringify([pendingValues, pendingFormats]).length;
          requests.push({ kind: 'write', sheet: sheet.name, area, bytes, refused: bytes > limit });
          if (bytes > limit) throw Object.assign(new Error('The request payload size has exceeded the limit.'), { code: 'RequestPayloadSizeLimitExceeded' });
          for (let i = 0; i < area.rows; i++) {
            sheet.values[area.row + i] ??= [];
            sheet.numberFormats[area.row + i] ??= [];
            for (let j = 0; j < area.cols; j++) {
              if (pendingValues) sheet.values[area.row + i][area.col + j] = typed(sheet, area.row + i, area.col + j, pendingValues[i][j]);
              if (pendingFormats) sheet.numberFormats[area.row + i][area.col + j] = pendingFormats[i][j];
            }
          }
          pendingValues = pendingFormats = null;
        }
      });
      return r;
    };

    const worksheet = (sheet: Sheet) => ({
      name: sheet.name,
      visibility: 'Visible',
      load() {
        return this;
      },
      getRangeByIndexes: (row: number, col: number, rows: number, cols: number) => range(sheet, { row, col, rows, cols }),
      getRange: (address: string) => range(sheet, parseArea(address)),
      getUsedRange: () => range(sheet, usedArea(sheet) ?? { row: 0, col: 0, rows: 1, cols: 1 }),
      getUsedRangeOrNullObject: () => {
        const used = usedArea(sheet);
        return range(sheet, used ?? { row: 0, col: 0, rows: 1, cols: 1 }, used === null);
      },
      activate: () => queue.push(() => (active = sheet.name)),
      delete: () => queue.push(() => sheets.splice(sheets.indexOf(sheet), 1)),
      freezePanes: { freezeRows: (n: number) => queue.push(() => (sheet.frozenRows = n)) },
      tables: {
        add(target: { rowIndex: number; columnIndex: number; rowCount: number; columnCount: number }, hasHeaders: boolean) {
          const area = { row: target.rowIndex, col: target.columnIndex, rows: target.rowCount, cols: target.columnCount };
          const table = { name: `Table${tables.length + 1}`, style: 'TableStyleMedium2', area };
          queue.push(() => {
            if (!hasHeaders) throw new Error('tables without headers are not expected');
            sheet.tables.push(table);
            tables.push({ name: table.name, sheet: sheet.name, area });
          });
          return table;
        },
      },
      charts: {
        add(type: string, target: { rowIndex: number; columnIndex: number; rowCount: number; columnCount: number }, seriesBy: string) {
          const record = {
            type,
            seriesBy,
            data: { row: target.rowIndex, col: target.columnIndex, rows: target.rowCount, cols: target.columnCount },
            title: '',
            from: '',
            to: '',
            valueFormat: '',
          };
          const chart = {
            title: { text: '' },
            legend: { position: 'Right' },
            axes: { valueAxis: { numberFormat: '' } },
            setPosition(from: string, to: string) {
              record.from = from;
              record.to = to;
            },
          };
          queue.push(() => sheet.charts.push({ record, chart }));
          return chart;
        },
      },
      onChanged: {
        add(handler: (e: unknown) => unknown) {
          const entry = { handler, removed: false };
          sheet.handlers.push(entry);
          return { context: {}, remove: () => (entry.removed = true) };
        },
      },
    });

    const collection = <T,>(items: () => T[], extra: object) => {
      const c = {
        items: [] as T[],
        load() {
          c.items = items();
          return c;
        },
        ...extra,
      };
      return c;
    };

    return {
      workbook: {
        worksheets: collection(() => sheets.map(worksheet), {
          getItem: (name: string) => worksheet(sheetNamed(name)),
          add(name: string) {
            if (sheets.some((s) => s.name.toLowerCase() === name.toLowerCase())) throw Object.assign(new Error(`A sheet named ${name} exists`), { code: 'ItemAlreadyExists' });
            const sheet: Sheet = { name, values: [], numberFormats: [], formulas: {}, tables: [], conditionalFormats: [], charts: [], frozenRows: 0, handlers: [] };
            sheets.push(sheet);
            return worksheet(sheet);
          },
        }),
        tables: collection(
          () =>
            tables.map((t) => ({
              name: t.name,
              worksheet: { name: t.sheet, load() {} },
              getRange: () => range(sheetNamed(t.sheet), t.area),
            })),
          {},
        ),
        settings: {
          getItemOrNullObject(key: string) {
            const has = Object.prototype.hasOwnProperty.call(settings, key);
            return { isNullObject: !has, value: has ? JSON.parse(JSON.stringify(settings[key])) : null, load() {} };
          },
          add(key: string, value: unknown) {
            queue.push(() => (settings[key] = JSON.parse(JSON.stringify(value))));
          },
        },
        functions: {
          date(y: number, m: number, d: number) {
            const days = (Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86_400_000;
            return { value: init.date1904 ? days - 1462 : days, load() {} };
          },
        },
      },
      async sync() {
        // Like Excel, a batch runs in order and stops at the first failure.
        const batch = queue.splice(0);
        await new Promise((done) => setTimeout(done, 0));
        for (const step of batch) step();
      },
    };
  }

  const win = window as unknown as Record<string, unknown>;
  win.Excel = {
    run(first: unknown, second?: unknown) {
      const batch = (typeof first === 'function' ? first : second) as (context: unknown) => Promise<unknown>;
      return batch(newContext());
    },
  };
  win.Office = {
    HostType: { Excel: 'Excel' },
    onReady(callback?: (info: unknown) => void) {
      const info = { host: 'Excel', platform: 'OfficeOnline' };
      callback?.(info);
      return Promise.resolve(info);
    },
    context: {
      displayLanguage: init.displayLanguage ?? 'en-US',
      officeTheme: { bodyBackgroundColor: init.bodyBackgroundColor ?? '#ffffff' },
      requirements: {
        isSetSupported: (name: string, version: string) => name === 'ExcelApi' && Number(String(version).split('.')[1] ?? 0) <= (init.apiMinor ?? 17),
      },
    },
  };
  win.__fakeExcel = {
    /** The workbook now; `names` limits the sheets included (a big sheet is slow to copy). */
    snapshot(names?: string[]): FakeSnapshot {
      return JSON.parse(
        JSON.stringify({
          active,
          selections,
          settings,
          requests,
          sheets: sheets.filter((s) => !names || names.includes(s.name)).map((s) => ({
            name: s.name,
            values: s.values,
            numberFormats: s.numberFormats,
            formulas: s.formulas,
            tables: s.tables,
            frozenRows: s.frozenRows,
            conditionalFormats: s.conditionalFormats.map((c) => ({
              area: c.area,
              type: c.type,
              formula: c.rule.custom.rule.formula,
              fill: c.rule.custom.format.fill.color,
              font: c.rule.custom.format.font.color,
            })),
            charts: s.charts.map((c) => ({ ...c.record, title: c.chart.title.text, valueFormat: c.chart.axes.valueAxis.numberFormat })),
          })),
        }),
      );
    },
    /** Someone edits a cell of a sheet: the value changes and change handlers fire. */
    editCell(sheetName: string, address: string, value: CellValue) {
      const sheet = sheetNamed(sheetName);
      const area = parseArea(address);
      sheet.values[area.row] ??= [];
      sheet.values[area.row][area.col] = value;
      for (const h of sheet.handlers) if (!h.removed) void h.handler({ address, triggerSource: 'Local', worksheetId: sheet.name });
    },
  };
}
