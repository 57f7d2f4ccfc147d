/**
 * What a spreadsheet looks like to the core, whichever way it arrived: Excel's `range.values`
 * (add-in), an .xlsx/.csv file (dashboard, CLI). Cell values are exactly what Excel gives:
 * numbers (dates as serials), strings, booleans, and "" for an empty cell.
 */
export type CellValue = string | number | boolean | null;

/** A merged area, zero-based and inclusive, as SheetJS `!merges` reports it. */
export interface MergedRange {
  startRow: number;
  startCol: number;
  endRow: number;
  endCol: number;
}

export interface SheetData {
  name: string;
  /** Row-major cell values; row 0 is the sheet's row 1 (or the used range's first row, see origin). */
  values: CellValue[][];
  /** Number formats per cell where known (e.g. "yyyy-mm-dd"); lets a serial be read as a date. */
  numberFormats?: string[][];
  merges?: MergedRange[];
  /** Where values[0][0] sits in the sheet (zero-based), so issues name the real cell. */
  origin?: { row: number; col: number };
  /**
   * The reader already made repeated texts one string each where they repeat (the CSV reader
   * does, see cell-interner.ts): ingest need not look them up again.
   */
  sharedTexts?: boolean;
}

export interface WorkbookData {
  sheets: SheetData[];
  /** The 1904 date system (old Mac workbooks): serial 0 = 1904-01-01. */
  date1904: boolean;
}
