import type { FileResult } from '../shared/ingest/index';
import type { CellValue, SheetData } from '../shared/schema/index';

/*
 * A workbook as a few typed arrays and one list of its distinct texts, to post from the read
 * worker. Posting the cells as they are clones every one, and every repeated text (a team,
 * a status) once per cell; this way the arrays move without a copy and each distinct text is
 * copied once (a 100,000-row sheet: about half the time, and a fraction of the memory).
 */

/** Cell kinds, one byte per cell. */
const EMPTY = 0;
const NUMBER = 1;
const TEXT = 2;
const TRUE = 3;
const FALSE = 4;
const NULL = 5;

export interface PackedSheet {
  /** Everything but the cells and their formats (name, origin, merges …), posted as it is. */
  rest: Omit<SheetData, 'values' | 'numberFormats'>;
  rowLengths: Int32Array;
  kinds: Uint8Array;
  /** The number, or the index of the text in `texts`. */
  numbers: Float64Array;
  texts: string[];
  /** Per cell: 0 = no number format, k = formats[k - 1]; absent when the sheet has none. */
  formatOf?: Int32Array;
  formats?: string[];
}

type Workbook = NonNullable<FileResult['value']>;

export interface PackedFileResult {
  /** The workbook but its sheets (date1904 …), or null when the file could not be read. */
  workbook: Omit<Workbook, 'sheets'> | null;
  sheets: PackedSheet[];
  issues: FileResult['issues'];
}

/** Index of each distinct string in a list that grows as new ones come. */
function indexer(): { list: string[]; indexOf(text: string): number } {
  const list: string[] = [];
  const seen = new Map<string, number>();
  return {
    list,
    indexOf(text) {
      let i = seen.get(text);
      if (i === undefined) seen.set(text, (i = list.push(text) - 1));
      return i;
    },
  };
}

export function packSheet(sheet: SheetData): PackedSheet {
  const { values: _values, numberFormats: _formats, ...rest } = sheet;
  const cells = sheet.values.reduce((n, row) => n + row.length, 0);
  const rowLengths = new Int32Array(sheet.values.length);
  const kinds = new Uint8Array(cells);
  const numbers = new Float64Array(cells);
  const texts = indexer();
  const formats = sheet.numberFormats ? indexer() : null;
  const formatOf = formats ? new Int32Array(cells) : undefined;
  let i = 0;
  sheet.values.forEach((row, r) => {
    rowLengths[r] = row.length;
    const rowFormats = sheet.numberFormats?.[r];
    for (let c = 0; c < row.length; c++, i++) {
      const v = row[c];
      if (typeof v === 'number') {
        kinds[i] = NUMBER;
        numbers[i] = v;
      } else if (typeof v === 'string') {
        kinds[i] = v === '' ? EMPTY : TEXT;
        if (v !== '') numbers[i] = texts.indexOf(v);
      } else kinds[i] = v === null ? NULL : v ? TRUE : FALSE;
      const format = rowFormats?.[c];
      if (formatOf && formats && format !== undefined) formatOf[i] = formats.indexOf(format) + 1;
    }
  });
  const packed: PackedSheet = { rest, rowLengths, kinds, numbers, texts: texts.list };
  if (formatOf && formats) Object.assign(packed, { formatOf, formats: formats.list });
  return packed;
}

export function unpackSheet(packed: PackedSheet): SheetData {
  const { rowLengths, kinds, numbers, texts, formatOf, formats } = packed;
  const values: CellValue[][] = new Array(rowLengths.length);
  const numberFormats: string[][] | undefined = formatOf && formats ? [] : undefined;
  let i = 0;
  for (let r = 0; r < rowLengths.length; r++) {
    const row = new Array<CellValue>(rowLengths[r]);
    for (let c = 0; c < row.length; c++, i++) {
      const kind = kinds[i];
      row[c] = kind === NUMBER ? numbers[i] : kind === TEXT ? texts[numbers[i]] : kind === EMPTY ? '' : kind === NULL ? null : kind === TRUE;
      if (numberFormats && formatOf![i] > 0) (numberFormats[r] ??= [])[c] = formats![formatOf![i] - 1];
    }
    values[r] = row;
  }
  const sheet: SheetData = { ...packed.rest, values };
  if (numberFormats) sheet.numberFormats = numberFormats;
  return sheet;
}

export function packFileResult(result: FileResult): PackedFileResult {
  if (!result.value) return { workbook: null, sheets: [], issues: result.issues };
  const { sheets, ...workbook } = result.value;
  return { workbook, sheets: sheets.map(packSheet), issues: result.issues };
}

export function unpackFileResult(packed: PackedFileResult): FileResult {
  return { value: packed.workbook ? { ...packed.workbook, sheets: packed.sheets.map(unpackSheet) } : null, issues: packed.issues };
}

/** The buffers to move rather than copy when posting the packed result. */
export function transferablesOf(packed: PackedFileResult): ArrayBuffer[] {
  return packed.sheets.flatMap((s) => [s.rowLengths, s.kinds, s.numbers, ...(s.formatOf ? [s.formatOf] : [])].map((a) => a.buffer as ArrayBuffer));
}
