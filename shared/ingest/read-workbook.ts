import * as XLSX from '@e965/xlsx';
import type { Issue } from '../schema/issues';
import type { SheetData, WorkbookData } from '../schema/workbook';
import { DelimitedTextReader, readInSlices } from './delimited-text';
import { sniffFileKind } from './file-kind';
import { sheetFromWorksheet } from './sheetjs-sheet';
import { decodeText } from './text-decode';
import { cellAddress } from './address';
import { zipStructureIssue } from './zip-issue';

/** Rows above which the sheet's size is worth telling (it takes a while and uses memory). */
const LARGE_SHEET_ROWS = 500_000;

/** A file read: the workbook, or null with the error issues that say why not. */
export type FileResult = { value: WorkbookData | null; issues: Issue[] };

/** The note that a sheet is big (it takes a while and uses memory), or null. */
export function largeSheetIssue(sheet: string, rows: number): Issue | null {
  return rows > LARGE_SHEET_ROWS ? { sheet, cell: '', severity: 'info', code: 'largeSheet', params: { rows } } : null;
}

function fileIssue(fileName: string, severity: Issue['severity'], code: string, params: Issue['params'] = {}): Issue {
  return { sheet: fileName, cell: '', severity, code, params: { file: fileName, ...params } };
}

/** The sheet name a CSV/TSV file's one sheet gets: the file name without its extension. */
export function baseName(fileName: string): string {
  const name = fileName.split(/[\\/]/).pop() ?? fileName;
  const dot = name.lastIndexOf('.');
  return (dot > 0 ? name.slice(0, dot) : name) || 'Sheet1';
}

function readSpreadsheet(bytes: Uint8Array, fileName: string): FileResult {
  let wb: XLSX.WorkBook;
  try {
    wb = XLSX.read(bytes, {
      type: 'array',
      dense: true,
      cellText: false,
      cellHTML: false,
      cellStyles: false,
      cellDates: false,
      cellNF: true,
    });
  } catch (e) {
    // A zip cut short, a .docx, an encrypted workbook: SheetJS says what, we say it plainly.
    return { value: null, issues: [fileIssue(fileName, 'error', 'fileCorrupt', { detail: e instanceof Error ? e.message : String(e) })] };
  }
  if (!wb.SheetNames || wb.SheetNames.length === 0) {
    return { value: null, issues: [fileIssue(fileName, 'error', 'fileHasNoSheets')] };
  }
  const sheets: SheetData[] = [];
  for (const name of wb.SheetNames) {
    const ws = wb.Sheets[name];
    if (ws) sheets.push(sheetFromWorksheet(name, ws));
  }
  return { value: { sheets, date1904: Boolean(wb.Workbook?.WBProps?.date1904) }, issues: [] };
}

function* readTextTable(bytes: Uint8Array, fileName: string): Generator<number, FileResult> {
  const { text, encoding } = decodeText(bytes);
  const issues: Issue[] = [];
  if (encoding === 'gb18030') issues.push(fileIssue(fileName, 'info', 'fileReadAsGb18030'));
  const reader = new DelimitedTextReader(text);
  yield* readInSlices(reader);
  const values = reader.rows;
  const sheet = baseName(fileName);
  const quote = reader.unclosedQuote;
  if (quote) {
    const params = { line: quote.line, lines: quote.lines };
    issues.push({ sheet, cell: cellAddress(quote.row, quote.col), severity: 'error', code: 'csvUnclosedQuote', params });
  }
  return { value: { sheets: [{ name: sheet, values, origin: { row: 0, col: 0 }, sharedTexts: true }], date1904: false }, issues };
}

/**
 * File bytes → workbook: .xlsx/.xlsm/.xls/.ods through SheetJS, CSV/TSV/TXT through our own
 * reader. The content decides, not the name. Never throws for anything a user can hand us:
 * an empty, truncated, non-spreadsheet or unreadable file is an error Issue and value null.
 */
export function readWorkbookFile(bytes: Uint8Array, fileName: string): FileResult {
  const steps = readSteps(bytes, fileName);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * readWorkbookFile, awaiting `pause(fraction read)` between slices of a CSV's rows: a worker
 * that also talks to DuckDB lets DuckDB's messages through while a big file is parsed, and
 * can show how far it got.
 */
export async function readWorkbookFileInSlices(
  bytes: Uint8Array,
  fileName: string,
  pause: (fraction: number) => Promise<void>,
): Promise<FileResult> {
  const steps = readSteps(bytes, fileName);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    await pause(step.value);
  }
}

/** The reading, as a generator that yields (the share read) wherever a caller may pause. */
function* readSteps(bytes: Uint8Array, fileName: string): Generator<number, FileResult> {
  if (bytes.length === 0) return { value: null, issues: [fileIssue(fileName, 'error', 'fileEmpty')] };
  let result: FileResult;
  try {
    const kind = sniffFileKind(bytes);
    if (kind === 'html') return { value: null, issues: [fileIssue(fileName, 'error', 'fileIsWebPage')] };
    if (kind === 'image' || kind === 'pdf' || kind === 'binary') {
      return { value: null, issues: [fileIssue(fileName, 'error', 'fileNotSpreadsheet', { kind })] };
    }
    const damaged = zipStructureIssue(bytes, fileName);
    if (damaged) return { value: null, issues: [damaged] };
    result = kind === 'text' ? yield* readTextTable(bytes, fileName) : readSpreadsheet(bytes, fileName);
  } catch (e) {
    return { value: null, issues: [fileIssue(fileName, 'error', 'fileUnreadable', { detail: e instanceof Error ? e.message : String(e) })] };
  }
  for (const sheet of result.value?.sheets ?? []) {
    const large = largeSheetIssue(sheet.name, sheet.values.length);
    if (large) result.issues.push(large);
  }
  if (result.value && result.value.sheets.every((s) => s.values.length === 0)) {
    return { value: null, issues: [...result.issues, fileIssue(fileName, 'error', 'fileHasNoData')] };
  }
  return result;
}
