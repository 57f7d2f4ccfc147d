import type { CellArea, JsonValue, SheetInfo, TableInfo, WorkbookHost } from '../../shared/host/index';
import { EXCEL_WEB_BUDGET, type ChunkBudget } from './chunk-plan';
import { officeCapabilities, officeDisplayLanguage, officeReadsMergedAreas, officeTheme } from './host-environment';
import { readArea } from './read-area';
import { selectCell } from './select-cell';
import { watchSheets } from './watch-sheets';
import { writeNewSheet } from './write-sheet';

/**
 * The workbook host over Office.js: the one place the add-in talks to Excel. Each operation is
 * its own Excel.run; reads and writes go in blocks (see chunk-plan.ts).
 */
export interface OfficeHostOptions {
  /** Block sizes for reads and writes (tests make them small). */
  budget?: ChunkBudget;
}

const EMPTY: CellArea = { row: 0, col: 0, rows: 0, cols: 0 };

function areaOf(range: Excel.Range): CellArea {
  return { row: range.rowIndex, col: range.columnIndex, rows: range.rowCount, cols: range.columnCount };
}

async function usedArea(sheet: string): Promise<CellArea> {
  return Excel.run(async (context) => {
    const used = context.workbook.worksheets.getItem(sheet).getUsedRangeOrNullObject(true);
    used.load(['rowIndex', 'columnIndex', 'rowCount', 'columnCount']);
    await context.sync();
    return used.isNullObject ? EMPTY : areaOf(used);
  });
}

/** The sheets; `ids` learns each one's id, so a sheet renamed later is found again. */
async function listSheets(ids: Map<string, string>): Promise<SheetInfo[]> {
  return Excel.run(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load('items/name,items/visibility,items/id');
    await context.sync();
    const used = sheets.items.map((s) => {
      const range = s.getUsedRangeOrNullObject(true);
      range.load(['rowIndex', 'columnIndex', 'rowCount', 'columnCount']);
      return range;
    });
    await context.sync();
    for (const s of sheets.items) ids.set(s.name, s.id);
    return sheets.items.map((s, i) => ({
      name: s.name,
      used: used[i].isNullObject ? EMPTY : areaOf(used[i]),
      visible: s.visibility === 'Visible',
    }));
  });
}

async function listTables(): Promise<TableInfo[]> {
  return Excel.run(async (context) => {
    const tables = context.workbook.tables;
    tables.load('items/name');
    await context.sync();
    const parts = tables.items.map((t) => {
      const sheet = t.worksheet;
      sheet.load('name');
      const range = t.getRange();
      range.load(['rowIndex', 'columnIndex', 'rowCount', 'columnCount']);
      return { sheet, range };
    });
    await context.sync();
    return tables.items.map((t, i) => ({ name: t.name, sheet: parts[i].sheet.name, area: areaOf(parts[i].range) }));
  });
}

/**
 * DATE(1904,1,1) is serial 0 in the 1904 date system and 1462 in the 1900 one; Office.js has
 * no property for the date system, and this asks without touching any cell.
 */
async function date1904(): Promise<boolean> {
  return Excel.run(async (context) => {
    const serial = context.workbook.functions.date(1904, 1, 1);
    serial.load('value');
    await context.sync();
    return serial.value === 0;
  });
}

/** Deletes a sheet the add-in wrote itself (see WorkbookHost.deleteOwnSheet). */
async function deleteOwnSheet(sheet: string): Promise<void> {
  await Excel.run(async (context) => {
    context.workbook.worksheets.getItem(sheet).delete();
    await context.sync();
  });
}

async function getSetting(key: string): Promise<JsonValue | null> {
  return Excel.run(async (context) => {
    const setting = context.workbook.settings.getItemOrNullObject(key);
    setting.load('value');
    await context.sync();
    return setting.isNullObject ? null : ((setting.value as JsonValue) ?? null);
  });
}

async function setSetting(key: string, value: JsonValue): Promise<void> {
  await Excel.run(async (context) => {
    context.workbook.settings.add(key, value);
    await context.sync();
  });
}

export function createOfficeHost(options: OfficeHostOptions = {}): WorkbookHost {
  const budget = options.budget ?? EXCEL_WEB_BUDGET;
  const capabilities = officeCapabilities();
  const mergedAreas = officeReadsMergedAreas();
  const sheetIds = new Map<string, string>();
  return {
    listSheets: () => listSheets(sheetIds),
    listTables,
    async readSheet(sheet, readOptions = {}) {
      return readArea(sheet, await usedArea(sheet), readOptions, budget, mergedAreas);
    },
    async readTable(name, readOptions = {}) {
      const table = (await listTables()).find((t) => t.name === name);
      if (!table) throw new Error(`No table named "${name}".`);
      return readArea(table.sheet, table.area, readOptions, budget, mergedAreas);
    },
    date1904,
    writeSheet: (sheet, writeOptions = {}) => writeNewSheet(sheet, writeOptions, budget, capabilities),
    deleteOwnSheet,
    select: (sheet, address) => selectCell(sheet, address, sheetIds),
    getSetting,
    setSetting,
    watchSheets: (sheets, onChange) => watchSheets(sheets, onChange, capabilities),
    displayLanguage: officeDisplayLanguage,
    theme: officeTheme,
    capabilities: () => capabilities,
  };
}
