import type { CellObject, WorkSheet } from '@e965/xlsx';
import type { CellValue, MergedRange, SheetData } from '../schema/workbook';

/** Excel's error codes (BIFF) → the text a cell shows, as range.values gives it. */
const ERROR_TEXT: Record<number, string> = {
  0x00: '#NULL!',
  0x07: '#DIV/0!',
  0x0f: '#VALUE!',
  0x17: '#REF!',
  0x1d: '#NAME?',
  0x24: '#NUM!',
  0x2a: '#N/A',
  0x2b: '#GETTING_DATA',
};

function cellValue(cell: CellObject | undefined): CellValue {
  if (!cell) return '';
  switch (cell.t) {
    case 'n':
    case 's':
    case 'b':
      return cell.v as CellValue;
    case 'e':
      return cell.w ?? ERROR_TEXT[cell.v as number] ?? '#VALUE!';
    case 'd':
      // Only with cellDates, which we do not ask for; keep the serial like Excel would.
      return cell.v instanceof Date ? cell.v.getTime() / 86_400_000 + 25_569 : String(cell.v ?? '');
    default:
      return '';
  }
}

/**
 * A SheetJS dense worksheet → SheetData with values from A1 (origin 0,0), so merges and
 * addresses need no shifting. Formula cells carry their cached value (`v`); a number's format
 * (`z`) is kept so a serial shown as a date is known as one. Rows stop at the last row that
 * has cells: a sheet whose used range claims all 1,048,576 rows but holds 100 costs 100.
 */
export function sheetFromWorksheet(name: string, ws: WorkSheet): SheetData {
  const data = (ws['!data'] ?? []) as (CellObject[] | undefined)[];
  let lastRow = data.length - 1;
  while (lastRow >= 0 && !data[lastRow]?.some((c) => c && c.t !== 'z')) lastRow--;
  const values: CellValue[][] = new Array(lastRow + 1);
  let numberFormats: string[][] | undefined;
  for (let r = 0; r <= lastRow; r++) {
    const cells = data[r];
    if (!cells) {
      values[r] = [];
      continue;
    }
    const row = new Array<CellValue>(cells.length);
    for (let c = 0; c < cells.length; c++) {
      const cell = cells[c];
      row[c] = cellValue(cell);
      if (cell && cell.t === 'n' && cell.z !== undefined && cell.z !== 'General') {
        numberFormats ??= [];
        (numberFormats[r] ??= [])[c] = String(cell.z);
      }
    }
    values[r] = row;
  }
  const merges: MergedRange[] = (ws['!merges'] ?? []).map((m) => ({
    startRow: m.s.r,
    startCol: m.s.c,
    endRow: m.e.r,
    endCol: m.e.c,
  }));
  const sheet: SheetData = { name, values, origin: { row: 0, col: 0 } };
  if (numberFormats) sheet.numberFormats = numberFormats;
  if (merges.length > 0) sheet.merges = merges;
  return sheet;
}
