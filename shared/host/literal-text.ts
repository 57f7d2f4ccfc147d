import type { CellValue } from '../schema/workbook';

/**
 * Text written into Excel must stay exactly that text. Excel reads a written string as if it
 * were typed: `=SUM(A1)`, `+1`, `-5` and `@x` become formulas, `2026-10` a date, `00123` the
 * number 123, `TRUE` a boolean. A leading apostrophe is Excel's "this is text" mark: it is
 * stored as the cell's quote-prefix style, hidden in the grid, and not part of the value
 * (office-js issue #6687 shows the API consuming it the same way). So every non-empty string
 * gets one, a string that itself starts with ' included (its own apostrophe then survives).
 */
export function asLiteralText(value: CellValue): CellValue {
  return typeof value === 'string' && value !== '' ? `'${value}` : value;
}

/** The characters that would start a formula if a text began with them. */
export const FORMULA_STARTS = ['=', '+', '-', '@'] as const;

export function startsLikeFormula(text: string): boolean {
  return (FORMULA_STARTS as readonly string[]).includes(text.charAt(0));
}

/** What a person sees in the cell after `asLiteralText(value)` was written (Excel's rule). */
export function shownAfterWrite(written: CellValue): CellValue {
  return typeof written === 'string' && written.startsWith("'") ? written.slice(1) : written;
}
