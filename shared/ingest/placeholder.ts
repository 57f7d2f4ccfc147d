import type { CellValue } from '../schema/workbook';

/*
 * Placeholders are the ways exports write "no value": they read as blank, without an issue,
 * because nothing is lost. "无" is deliberately absent: in a yes/no column it means "no".
 * "#N/A" is here (a lookup that found nothing is an empty answer); the other formula errors
 * (#DIV/0!, #REF! …) are not: they are broken formulas and raise an issue. "?" is how forms
 * and hand-kept sheets write "not known" (an owner "?" is nobody, never a member named "?").
 */
export const PLACEHOLDERS: ReadonlySet<string> = new Set([
  'null', 'n/a', '#n/a', 'nan', 'none', 'nil', '-', '--', '—', '–', '－', '?', '？',
  '(blank)', '(空白)', '(null)', '<null>', '#null', 'undefined',
]);

/** Longest placeholder, so most strings are rejected by length alone. */
const MAX_PLACEHOLDER_LENGTH = 9;

/** A string of nothing but spaces (incl. no-break and full-width spaces) counts as blank. */
export function isBlankText(s: string): boolean {
  return s.length === 0 || s.trim().length === 0;
}

export function isPlaceholderText(s: string): boolean {
  const t = s.trim();
  if (t.length === 0) return true;
  if (t.length > MAX_PLACEHOLDER_LENGTH) return false;
  return PLACEHOLDERS.has(t.toLowerCase());
}

/** A blank or placeholder cell: "", null, "NULL", "N/A", "#N/A", "-", "—", "?", "NaN", "none". */
export function isPlaceholder(v: CellValue | undefined): boolean {
  if (v === null || v === undefined) return true;
  if (typeof v === 'string') return isPlaceholderText(v);
  if (typeof v === 'number') return Number.isNaN(v);
  return false;
}

/** Truly empty: nothing typed at all (placeholders are text someone typed). */
export function isEmptyCell(v: CellValue | undefined): boolean {
  return v === null || v === undefined || (typeof v === 'string' && isBlankText(v));
}

export const FORMULA_ERRORS: ReadonlySet<string> = new Set([
  '#null!', '#div/0!', '#value!', '#ref!', '#name?', '#num!', '#spill!', '#calc!',
  '#getting_data', '#field!', '#blocked!', '#connect!', '#busy!', '#unknown!', '#python!',
]);

/**
 * An Excel error value as text ("#DIV/0!", "#REF!" …), as range.values and SheetJS error
 * cells give it. "#N/A" is a placeholder, not an error (see above).
 */
export function isFormulaErrorText(s: string): boolean {
  if (s.length < 4 || s.charCodeAt(0) !== 35 /* # */) return false;
  return FORMULA_ERRORS.has(s.trim().toLowerCase());
}
