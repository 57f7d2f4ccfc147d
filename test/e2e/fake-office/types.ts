import type { CellValue } from '../../../shared/schema/workbook';

/** What the fake Office holds and how it behaves (see index.ts). */
export interface FakeOfficeInit {
  sheets: {
    name: string;
    values: CellValue[][];
    numberFormats?: string[][];
    visibility?: 'Visible' | 'Hidden' | 'VeryHidden';
    /** Merged areas as A1 ranges ("A1:A2"). */
    merges?: string[];
  }[];
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
  visibility: string;
  /** What a person sees in each cell. */
  values: CellValue[][];
  numberFormats: string[][];
  /** "A1" → the formula, for cells Excel would compute (never expected from our writes). */
  formulas: Record<string, string>;
  tables: { name: string; area: FakeArea; style: string }[];
  conditionalFormats: { area: FakeArea; type: string; formula: string; fill: string; font: string }[];
  charts: {
    type: string;
    data: FakeArea;
    seriesBy: string;
    title: string;
    from: string;
    to: string;
    valueFormat: string;
    categoryTitle: string;
    valueTitle: string;
  }[];
  /** Areas whose columns were fitted to their contents, and whose text wraps. */
  autofitted: FakeArea[];
  wrapped: FakeArea[];
  frozenRows: number;
  /** Change handlers still registered on the sheet. */
  handlers: number;
}

export interface FakeSnapshot {
  sheets: FakeSheetSnapshot[];
  active: string | null;
  selections: { sheet: string; address: string }[];
  settings: Record<string, unknown>;
  requests: { kind: 'read' | 'write'; sheet: string; area: FakeArea; bytes: number; refused: boolean }[];
}
