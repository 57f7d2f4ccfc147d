/**
 * The fake `Excel` of the browser tests, over the fake workbook (workbook-model.ts): the calls
 * addin/office/ makes, queued and run in order at `context.sync()` as Excel runs a batch,
 * stopping at the first failure. Like workbook-model.ts it is sent to the page as source text.
 */
import type { CellValue } from '../../../shared/schema/workbook';
import type { FakeArea, FakeOfficeInit } from './types';
import type { FakeModel, FakeSheet } from './workbook-model';

type Target = { rowIndex: number; columnIndex: number; rowCount: number; columnCount: number };

export function fakeExcelApi(model: FakeModel, init: FakeOfficeInit) {
  const { sheets, tables, settings, selections, requests, state, limit } = model;
  const contexts = new WeakSet<object>();
  const supports = (minor: number) => minor <= (init.apiMinor ?? 17);

  function newContext() {
    const queue: (() => void)[] = [];
    // Sheets activated in this batch: Excel selects on the sheet that was active when the batch
    // began, so a select queued after activating another sheet does not take (office-js #5118, #930).
    const activatedInBatch = new Set<FakeSheet>();

    const range = (sheet: FakeSheet, area: FakeArea, isNull = false) => {
      const loaded = new Set<string>();
      let pendingValues: CellValue[][] | null = null;
      let pendingFormats: (string | null)[][] | null = null;
      // What the last sync returned for loaded properties, as office.js keeps it.
      let synced: { values?: CellValue[][]; numberFormat?: string[][] } = {};
      const format = {
        wrapText: false as boolean,
        autofitColumns: () => queue.push(() => sheet.autofitted.push(area)),
        autofitRows: () => undefined,
      };
      const r = {
        isNullObject: isNull,
        rowIndex: area.row,
        columnIndex: area.col,
        rowCount: area.rows,
        columnCount: area.cols,
        address: `${sheet.name}!${model.addressOf(area)}`,
        get values() {
          return synced.values ?? model.grid(sheet.values, area, '' as CellValue);
        },
        set values(v: CellValue[][]) {
          pendingValues = v;
        },
        get numberFormat() {
          return synced.numberFormat ?? model.grid(sheet.numberFormats, area, 'General');
        },
        set numberFormat(v: (string | null)[][]) {
          pendingFormats = v;
        },
        load(props?: string | string[]) {
          for (const p of Array.isArray(props) ? props : String(props ?? '').split(',')) loaded.add(p.trim());
          return r;
        },
        select() {
          queue.push(() => {
            if (activatedInBatch.has(sheet)) return;
            if (state.active !== sheet) throw Object.assign(new Error('The sheet is not active.'), { code: 'InvalidSelection' });
            selections.push({ sheet: sheet.name, address: model.addressOf(area) });
          });
        },
        getMergedAreasOrNullObject() {
          if (!supports(13)) throw new Error('getMergedAreasOrNullObject needs ExcelApi 1.13');
          const merges = model.mergesStartingIn(sheet, area);
          const items = merges.map((m) => ({ rowIndex: m.row, columnIndex: m.col, rowCount: m.rows, columnCount: m.cols }));
          const areas = { items: [] as typeof items, load: () => ((areas.items = items), areas) };
          return { isNullObject: merges.length === 0, areaCount: merges.length, areas, load: () => undefined };
        },
        format,
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
            loaded.has('values') ? model.grid(sheet.values, area, '' as CellValue) : [],
            loaded.has('numberFormat') ? model.grid(sheet.numberFormats, area, 'General') : [],
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
          // The pane sets a range's formats before its values in one batch: formats apply first.
          // null leaves a cell as it is (a value or a format).
          for (let i = 0; i < area.rows; i++) {
            sheet.values[area.row + i] ??= [];
            sheet.numberFormats[area.row + i] ??= [];
            for (let j = 0; j < area.cols; j++) {
              const f = pendingFormats?.[i][j];
              if (f !== null && f !== undefined) sheet.numberFormats[area.row + i][area.col + j] = f;
            }
            for (let j = 0; j < area.cols; j++) {
              const v = pendingValues?.[i][j];
              if (v !== null && v !== undefined) sheet.values[area.row + i][area.col + j] = model.typed(sheet, area.row + i, area.col + j, v);
            }
          }
          pendingValues = pendingFormats = null;
        }
        if (format.wrapText === true && !sheet.wrapped.includes(area)) sheet.wrapped.push(area);
      });
      return r;
    };

    const worksheet = (sheet: FakeSheet | null) => ({
      isNullObject: sheet === null,
      id: sheet?.id ?? '',
      name: sheet?.name ?? '',
      visibility: sheet?.visibility ?? 'Visible',
      load() {
        return this;
      },
      getRangeByIndexes: (row: number, col: number, rows: number, cols: number) => range(sheet!, { row, col, rows, cols }),
      getRange: (address: string) => range(sheet!, model.parseArea(address)),
      getUsedRange: () => range(sheet!, model.usedArea(sheet!) ?? { row: 0, col: 0, rows: 1, cols: 1 }),
      getUsedRangeOrNullObject: () => {
        const used = model.usedArea(sheet!);
        return range(sheet!, used ?? { row: 0, col: 0, rows: 1, cols: 1 }, used === null);
      },
      activate: () =>
        queue.push(() => {
          if (!sheets.includes(sheet!)) throw Object.assign(new Error('The sheet was deleted.'), { code: 'ItemNotFound' });
          if (sheet!.visibility !== 'Visible') throw Object.assign(new Error('A hidden sheet cannot be activated.'), { code: 'InvalidOperation' });
          if (state.active !== sheet) activatedInBatch.add(sheet!);
          state.active = sheet;
        }),
      delete: () =>
        queue.push(() => {
          sheets.splice(sheets.indexOf(sheet!), 1);
          if (state.active === sheet) state.active = sheets[0] ?? null;
        }),
      freezePanes: { freezeRows: (n: number) => queue.push(() => (sheet!.frozenRows = n)) },
      tables: {
        add(target: Target, hasHeaders: boolean) {
          const area = { row: target.rowIndex, col: target.columnIndex, rows: target.rowCount, cols: target.columnCount };
          const table = { name: `Table${tables.length + 1}`, style: 'TableStyleMedium2', area };
          queue.push(() => {
            if (!hasHeaders) throw new Error('tables without headers are not expected');
            sheet!.tables.push(table);
            tables.push({ name: table.name, sheet: sheet!.name, area });
          });
          return table;
        },
      },
      charts: {
        add(type: string, target: Target, seriesBy: string) {
          const record = {
            type,
            seriesBy,
            data: { row: target.rowIndex, col: target.columnIndex, rows: target.rowCount, cols: target.columnCount },
            title: '',
            from: '',
            to: '',
            valueFormat: '',
            categoryTitle: '',
            valueTitle: '',
          };
          const chart = {
            title: { text: '' },
            legend: { position: 'Right' },
            axes: { valueAxis: { numberFormat: '', title: { text: '' } }, categoryAxis: { title: { text: '' } } },
            setPosition(from: string, to: string) {
              record.from = from;
              record.to = to;
            },
          };
          queue.push(() => sheet!.charts.push({ record, chart }));
          return chart;
        },
      },
      onChanged: {
        add(handler: (e: unknown) => unknown) {
          const entry = { handler, removed: false };
          queue.push(() => sheet!.handlers.push(entry));
          // As in office.js, the result keeps its context; removing it fails at sync when its
          // sheet is gone.
          return {
            context: ctx,
            remove: () =>
              queue.push(() => {
                if (!sheets.includes(sheet!)) throw Object.assign(new Error('The worksheet was deleted.'), { code: 'InvalidReference' });
                entry.removed = true;
              }),
          };
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

    const ctx = {
      workbook: {
        worksheets: collection(() => sheets.map(worksheet), {
          getItem: (name: string) => worksheet(model.sheetNamed(name)),
          getItemOrNullObject: (key: string) => worksheet(model.sheetByKey(key)),
          add(name: string) {
            if (sheets.some((s) => s.name.toLowerCase() === name.toLowerCase())) throw Object.assign(new Error(`A sheet named ${name} exists`), { code: 'ItemAlreadyExists' });
            const sheet = model.newSheet(name);
            sheets.push(sheet);
            return worksheet(sheet);
          },
        }),
        tables: collection(
          () =>
            tables.map((t) => ({
              name: t.name,
              worksheet: { name: t.sheet, load() {} },
              getRange: () => range(model.sheetNamed(t.sheet), t.area),
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
        try {
          for (const step of batch) step();
        } finally {
          activatedInBatch.clear();
        }
      },
    };
    contexts.add(ctx);
    return ctx;
  }

  return {
    run(first: unknown, second?: unknown) {
      // Excel.run(object.context, batch) goes on in the context an object was made in.
      if (typeof first === 'function') return (first as (context: unknown) => Promise<unknown>)(newContext());
      const context = first && typeof first === 'object' && contexts.has(first) ? first : newContext();
      return (second as (context: unknown) => Promise<unknown>)(context);
    },
  };
}
