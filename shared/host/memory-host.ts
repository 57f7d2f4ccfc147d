import type { CellValue, SheetData, WorkbookData } from '../schema/workbook';
import { shownAfterWrite, asLiteralText } from './literal-text';
import { uniqueSheetName } from './sheet-names';
import type {
  CellArea,
  HostTheme,
  JsonValue,
  NewSheet,
  ReadOptions,
  SheetChange,
  SheetInfo,
  TableInfo,
  WorkbookHost,
} from './workbook-host';

/**
 * A workbook host over plain arrays, for tests of code that takes a host (the pipeline, the
 * pane's logic) without Office. Written sheets keep what a person would see in each cell.
 */
export interface MemoryHost extends WorkbookHost {
  /** The sheets as they are now: the user's, then the written ones. */
  readonly workbook: WorkbookData;
  readonly written: (NewSheet & { name: string })[];
  readonly selections: { sheet: string; address: string }[];
  /** Simulates someone editing a watched sheet. */
  emitChange(change: SheetChange): void;
}

export interface MemoryHostOptions {
  tables?: TableInfo[];
  language?: string;
  theme?: HostTheme;
}

function abortError(): Error {
  return Object.assign(new Error('The read was cancelled.'), { name: 'AbortError' });
}

function usedArea(sheet: SheetData): CellArea {
  const rows = sheet.values.length;
  const cols = rows ? Math.max(...sheet.values.map((r) => r.length)) : 0;
  return { row: sheet.origin?.row ?? 0, col: sheet.origin?.col ?? 0, rows: cols ? rows : 0, cols };
}

export function createMemoryHost(workbook: WorkbookData, options: MemoryHostOptions = {}): MemoryHost {
  const sheets = workbook.sheets.map((s) => ({ ...s }));
  const settings = new Map<string, JsonValue>();
  const written: (NewSheet & { name: string })[] = [];
  const selections: { sheet: string; address: string }[] = [];
  const watchers = new Set<{ sheets: string[]; onChange: (c: SheetChange) => void }>();

  const sheetNamed = (name: string): SheetData => {
    const sheet = sheets.find((s) => s.name === name);
    if (!sheet) throw new Error(`No sheet named "${name}".`);
    return sheet;
  };

  const readArea = (sheet: SheetData, area: CellArea, opts: ReadOptions): SheetData => {
    if (opts.signal?.aborted) throw abortError();
    const origin = sheet.origin ?? { row: 0, col: 0 };
    const rows = Math.min(area.rows, opts.maxRows ?? Infinity);
    const from = area.row - origin.row;
    const fromCol = area.col - origin.col;
    const slice = <T>(grid: T[][]) => grid.slice(from, from + rows).map((r) => r.slice(fromCol, fromCol + area.cols));
    opts.onProgress?.({ rowsRead: rows, totalRows: rows });
    return {
      name: sheet.name,
      values: slice(sheet.values),
      ...(opts.numberFormats !== false && sheet.numberFormats ? { numberFormats: slice(sheet.numberFormats) } : {}),
      origin: { row: area.row, col: area.col },
    };
  };

  return {
    workbook: { get sheets() { return sheets; }, date1904: workbook.date1904 },
    written,
    selections,
    async listSheets(): Promise<SheetInfo[]> {
      return sheets.map((s) => ({ name: s.name, used: usedArea(s), visible: true }));
    },
    async listTables() {
      return options.tables ?? [];
    },
    async readSheet(name, opts = {}) {
      const sheet = sheetNamed(name);
      return readArea(sheet, usedArea(sheet), opts);
    },
    async readTable(name, opts = {}) {
      const table = (options.tables ?? []).find((t) => t.name === name);
      if (!table) throw new Error(`No table named "${name}".`);
      return readArea(sheetNamed(table.sheet), table.area, opts);
    },
    async date1904() {
      return workbook.date1904;
    },
    async writeSheet(sheet: NewSheet) {
      const name = uniqueSheetName(sheet.name, sheets.map((s) => s.name));
      const cells: CellValue[][] = sheet.cells.map((row) => row.map((v) => shownAfterWrite(asLiteralText(v))));
      sheets.push({ name, values: cells });
      written.push({ ...sheet, name, cells });
      return name;
    },
    async deleteOwnSheet(name) {
      const at = sheets.findIndex((s) => s.name === name);
      if (at < 0) throw new Error(`No sheet named "${name}".`);
      if (!written.some((w) => w.name === name)) throw new Error(`"${name}" is not a sheet this host wrote.`);
      sheets.splice(at, 1);
      written.splice(written.findIndex((w) => w.name === name), 1);
    },
    async select(sheet, address) {
      sheetNamed(sheet);
      selections.push({ sheet, address });
    },
    async getSetting(key) {
      return settings.get(key) ?? null;
    },
    async setSetting(key, value) {
      settings.set(key, JSON.parse(JSON.stringify(value)) as JsonValue);
    },
    async watchSheets(names, onChange) {
      const watcher = { sheets: names, onChange };
      watchers.add(watcher);
      return async () => {
        watchers.delete(watcher);
      };
    },
    emitChange(change) {
      for (const w of watchers) if (w.sheets.includes(change.sheet)) w.onChange(change);
    },
    displayLanguage: () => options.language ?? 'en-US',
    theme: () => options.theme ?? 'light',
    capabilities: () => ({ changeSource: true, chartAxisFormat: true }),
  };
}
