import type { CellValue, SheetData } from '../schema/workbook';

/**
 * The workbook a front end runs inside, seen through one small interface. The Excel add-in
 * implements it with Office.js (addin/office/); tests use an in-memory host (memory-host.ts)
 * or the browser fake of Office. Everything else takes a host as an argument and never
 * touches Office itself.
 */

/** A rectangle of cells, zero-based: `row`/`col` of its top-left cell and its size. */
export interface CellArea {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

export interface SheetInfo {
  name: string;
  /** The used range (cells holding values); `rows` is 0 for an empty sheet. */
  used: CellArea;
  visible: boolean;
}

export interface TableInfo {
  name: string;
  sheet: string;
  /** The whole table, its header row included. */
  area: CellArea;
}

export interface ReadProgress {
  rowsRead: number;
  totalRows: number;
}

export interface ReadOptions {
  /** Cancels the read between chunks; the promise then rejects with an AbortError. */
  signal?: AbortSignal;
  onProgress?: (progress: ReadProgress) => void;
  /** Also read number formats, so serial numbers in date columns are recognised (default true). */
  numberFormats?: boolean;
  /** Read only the first rows (header detection on a large sheet). */
  maxRows?: number;
}

export interface WriteProgress {
  rowsWritten: number;
  totalRows: number;
}

export interface WriteOptions {
  signal?: AbortSignal;
  onProgress?: (progress: WriteProgress) => void;
}

/** A table over an area of the new sheet; the area's first row is the header row. */
export interface NewTable {
  name: string;
  area: CellArea;
  /** An Excel table style such as "TableStyleMedium2". */
  style?: string;
}

/**
 * Conditional formatting by a formula, written as for the area's top-left cell with relative
 * references (Excel shifts them for the other cells), e.g. `=AND(ISNUMBER(C2),C2<D2)`.
 */
export interface NewHighlight {
  area: CellArea;
  formula: string;
  /** Colours as #RRGGBB. */
  fill: string;
  font?: string;
}

/** A native line chart of an area: first column = categories (months), one series per other column. */
export interface NewLineChart {
  title: string;
  data: CellArea;
  /** The cells the chart covers on the sheet. */
  placement: CellArea;
  /** Number format of the value axis, e.g. "0%". */
  valueFormat?: string;
}

/** An Excel number format for an area (e.g. "0.0%" for rates). */
export interface NewNumberFormat {
  area: CellArea;
  format: string;
}

/**
 * A sheet to add to the workbook. Text in `cells` is always written as text: a value starting
 * with =, +, - or @ never becomes a formula.
 */
export interface NewSheet {
  /** The wanted name; the host makes it unique (`KPI 2026-10 (2)`). */
  name: string;
  /** Row-major values from A1. */
  cells: CellValue[][];
  formats?: NewNumberFormat[];
  tables?: NewTable[];
  highlights?: NewHighlight[];
  charts?: NewLineChart[];
  /** Rows to keep in view while scrolling (header rows). */
  freezeRows?: number;
  /** Show the new sheet when written (default true). */
  activate?: boolean;
}

/** A change to one of the watched sheets made by someone other than this add-in. */
export interface SheetChange {
  sheet: string;
  /** The changed cells, e.g. "B2:C4" (may be "" when the host cannot tell). */
  address: string;
}

export type HostTheme = 'light' | 'dark';

/** Features beyond the manifest's minimum requirement set, found at run time. */
export interface HostCapabilities {
  /** Change events say who made them, so our own writes can be told apart (ExcelApi 1.14). */
  changeSource: boolean;
  /** A number format on a chart's value axis, e.g. 0% (ExcelApi 1.8). */
  chartAxisFormat: boolean;
}

export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

export interface WorkbookHost {
  listSheets(): Promise<SheetInfo[]>;
  listTables(): Promise<TableInfo[]>;
  /** A sheet's used range, read in chunks; values exactly as Excel gives them. */
  readSheet(sheet: string, options?: ReadOptions): Promise<SheetData>;
  /** A table's range (header row included), as a SheetData named after the table's sheet. */
  readTable(table: string, options?: ReadOptions): Promise<SheetData>;
  /** The workbook counts dates from 1904 (old Mac workbooks). */
  date1904(): Promise<boolean>;
  /** Adds a new sheet; returns the name it got. The user's sheets are never changed. */
  writeSheet(sheet: NewSheet, options?: WriteOptions): Promise<string>;
  /**
   * Deletes a sheet this product wrote itself (its own targets or actions sheet, whose name it
   * remembered when writing it). Never called with a sheet of the user's.
   */
  deleteOwnSheet(sheet: string): Promise<void>;
  /** Shows and selects a cell or range ("F17", "B2:D2") of a sheet. */
  select(sheet: string, address: string): Promise<void>;
  /** A value remembered in the workbook (e.g. the header mapping), or null. */
  getSetting(key: string): Promise<JsonValue | null>;
  setSetting(key: string, value: JsonValue): Promise<void>;
  /**
   * Calls `onChange` when one of `sheets` is changed by anyone but this add-in. Resolves to a
   * function that stops watching.
   */
  watchSheets(sheets: string[], onChange: (change: SheetChange) => void): Promise<() => Promise<void>>;
  /** The Office display language, e.g. "zh-CN". */
  displayLanguage(): string;
  theme(): HostTheme;
  capabilities(): HostCapabilities;
}
