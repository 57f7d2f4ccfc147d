/**
 * The fake workbook of the browser tests: sheets, tables, settings and the rules Excel applies
 * to what is written into cells. It runs in the page: Playwright sends it as source text, so it
 * uses nothing from outside its own body (type imports are fine, they vanish).
 */
import type { CellValue } from '../../../shared/schema/workbook';
import type { FakeArea, FakeOfficeInit, FakeSheetSnapshot, FakeSnapshot } from './types';

export interface FakeSheet {
  id: string;
  name: string;
  visibility: string;
  values: CellValue[][];
  numberFormats: string[][];
  formulas: Record<string, string>;
  merges: FakeArea[];
  tables: FakeSheetSnapshot['tables'];
  conditionalFormats: { area: FakeArea; type: string; rule: { custom: { rule: { formula: string }; format: { fill: { color: string }; font: { color: string } } } } }[];
  charts: {
    record: FakeSheetSnapshot['charts'][number];
    chart: { title: { text: string }; axes: { valueAxis: { numberFormat: string; title: { text: string } }; categoryAxis: { title: { text: string } } } };
  }[];
  autofitted: FakeArea[];
  wrapped: FakeArea[];
  frozenRows: number;
  handlers: { handler: (e: unknown) => unknown; removed: boolean }[];
}

export interface FakeModel {
  sheets: FakeSheet[];
  tables: { name: string; sheet: string; area: FakeArea }[];
  settings: Record<string, unknown>;
  selections: FakeSnapshot['selections'];
  requests: FakeSnapshot['requests'];
  state: { active: FakeSheet | null };
  limit: number;
  newSheet(name: string): FakeSheet;
  letters(col: number): string;
  parseArea(address: string): FakeArea;
  addressOf(area: FakeArea): string;
  /** A sheet by name (ignoring case); throws Excel's ItemNotFound. */
  sheetNamed(name: string): FakeSheet;
  /** A sheet by name or id, or null (getItemOrNullObject). */
  sheetByKey(key: string): FakeSheet | null;
  grid<T>(source: T[][], area: FakeArea, blank: T): T[][];
  usedArea(sheet: FakeSheet): FakeArea | null;
  /** What a cell holds after `v` was written into it (Excel's reading of a string). */
  typed(sheet: FakeSheet, r: number, c: number, v: CellValue): CellValue;
  /** Merged areas whose top-left cell is in `area`, whole (office-js #3611). */
  mergesStartingIn(sheet: FakeSheet, area: FakeArea): FakeArea[];
  control: Record<string, (...args: never[]) => unknown>;
}

export function fakeWorkbookModel(init: FakeOfficeInit): FakeModel {
  let nextId = 1;
  const letters = (c: number) => {
    let s = '';
    for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    return s;
  };
  const parseArea = (address: string): FakeArea => {
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
  const addressOf = (area: FakeArea) => {
    const tl = `${letters(area.col)}${area.row + 1}`;
    return area.rows === 1 && area.cols === 1 ? tl : `${tl}:${letters(area.col + area.cols - 1)}${area.row + area.rows}`;
  };
  const newSheet = (name: string): FakeSheet => ({
    id: `{fake-sheet-${nextId++}}`,
    name,
    visibility: 'Visible',
    values: [],
    numberFormats: [],
    formulas: {},
    merges: [],
    tables: [],
    conditionalFormats: [],
    charts: [],
    autofitted: [],
    wrapped: [],
    frozenRows: 0,
    handlers: [],
  });
  const sheets: FakeSheet[] = init.sheets.map((s) => ({
    ...newSheet(s.name),
    visibility: s.visibility ?? 'Visible',
    values: s.values.map((r) => [...r]),
    numberFormats: s.numberFormats ? s.numberFormats.map((r) => [...r]) : [],
    merges: (s.merges ?? []).map(parseArea),
  }));
  const tables = (init.tables ?? []).map((t) => ({ name: t.name, sheet: t.sheet, area: { row: t.row, col: t.col, rows: t.rows, cols: t.cols } }));
  const settings: Record<string, unknown> = JSON.parse(JSON.stringify(init.settings ?? {}));
  const selections: FakeSnapshot['selections'] = [];
  const requests: FakeSnapshot['requests'] = [];
  const state: { active: FakeSheet | null } = { active: sheets[0] ?? null };

  const sheetNamed = (name: string) => {
    const sheet = sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
    if (!sheet) throw Object.assign(new Error(`The requested resource doesn't exist: ${name}`), { code: 'ItemNotFound' });
    return sheet;
  };
  const sheetByKey = (key: string) => sheets.find((s) => s.id === key || s.name.toLowerCase() === key.toLowerCase()) ?? null;
  const grid = <T,>(source: T[][], area: FakeArea, blank: T): T[][] => {
    const out: T[][] = new Array(area.rows);
    for (let r = 0; r < area.rows; r++) {
      const row = source[area.row + r];
      const cells: T[] = new Array(area.cols);
      for (let c = 0; c < area.cols; c++) cells[c] = row?.[area.col + c] ?? blank;
      out[r] = cells;
    }
    return out;
  };
  const usedArea = (sheet: FakeSheet): FakeArea | null => {
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
  /**
   * Excel reads a string written into a cell formatted as Text ("@") as that text. Otherwise as
   * typed: ' makes text, a number text a number, = (or +, -, @ before text) a formula, a date
   * text a date serial.
   */
  const typed = (sheet: FakeSheet, r: number, c: number, v: CellValue) => {
    const key = `${letters(c)}${r + 1}`;
    delete sheet.formulas[key];
    if (typeof v !== 'string' || sheet.numberFormats[r]?.[c] === '@') return v;
    if (v.startsWith("'")) return v.slice(1);
    if (/^\s*[+-]?\d+(\.\d+)?\s*$/.test(v)) return Number(v);
    if (/^[=+\-@]./.test(v)) {
      sheet.formulas[key] = v;
      return '#NAME?';
    }
    const date = /^(\d{4})-(\d{1,2})(?:-(\d{1,2}))?$/.exec(v);
    if (date) return (Date.UTC(Number(date[1]), Number(date[2]) - 1, Number(date[3] ?? 1)) - Date.UTC(1899, 11, 30)) / 86_400_000;
    return v;
  };
  const mergesStartingIn = (sheet: FakeSheet, area: FakeArea) =>
    sheet.merges.filter((m) => m.row >= area.row && m.row < area.row + area.rows && m.col >= area.col && m.col < area.col + area.cols);

  const control = {
    /** The workbook now; `names` limits the sheets included (a big sheet is slow to copy). */
    snapshot(names?: string[]): FakeSnapshot {
      return JSON.parse(
        JSON.stringify({
          active: state.active?.name ?? null,
          selections,
          settings,
          requests,
          sheets: sheets
            .filter((s) => !names || names.includes(s.name))
            .map((s) => ({
              name: s.name,
              visibility: s.visibility,
              values: s.values,
              // A cell whose format was never set is General.
              numberFormats: s.values.map((row, r) => Array.from({ length: row.length }, (_, c) => s.numberFormats[r]?.[c] ?? 'General')),
              formulas: s.formulas,
              tables: s.tables,
              frozenRows: s.frozenRows,
              autofitted: s.autofitted,
              wrapped: s.wrapped,
              handlers: s.handlers.filter((h) => !h.removed).length,
              conditionalFormats: s.conditionalFormats.map((c) => ({
                area: c.area,
                type: c.type,
                formula: c.rule.custom.rule.formula,
                fill: c.rule.custom.format.fill.color,
                font: c.rule.custom.format.font.color,
              })),
              charts: s.charts.map((c) => ({
                ...c.record,
                title: c.chart.title.text,
                valueFormat: c.chart.axes.valueAxis.numberFormat,
                valueTitle: c.chart.axes.valueAxis.title.text,
                categoryTitle: c.chart.axes.categoryAxis.title.text,
              })),
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
      for (const h of sheet.handlers) if (!h.removed) void h.handler({ address, triggerSource: 'Local', worksheetId: sheet.id });
    },
    /** Someone renames, hides or deletes a sheet. */
    renameSheet(name: string, to: string) {
      sheetNamed(name).name = to;
    },
    hideSheet(name: string) {
      const sheet = sheetNamed(name);
      sheet.visibility = 'Hidden';
      if (state.active === sheet) state.active = sheets.find((s) => s.visibility === 'Visible') ?? null;
    },
    deleteSheet(name: string) {
      const sheet = sheetNamed(name);
      sheets.splice(sheets.indexOf(sheet), 1);
      if (state.active === sheet) state.active = sheets[0] ?? null;
    },
  };

  return {
    sheets,
    tables,
    settings,
    selections,
    requests,
    state,
    limit: init.payloadLimit ?? Infinity,
    newSheet,
    letters,
    parseArea,
    addressOf,
    sheetNamed,
    sheetByKey,
    grid,
    usedArea,
    typed,
    mergesStartingIn,
    control,
  };
}
