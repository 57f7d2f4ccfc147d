import { TEXT_BLANK, TEXT_FORMULA_ERROR, classifyText } from './column-source';
import { numberTextToValue } from './number-text';
import { yesNoTextToValue } from './yes-no-text';

/*
 * What a string in a number, date or yes/no column comes to, as one number so it can be
 * cached per distinct string: the value, or NaN (unreadable), or one of these two markers
 * (no real value is ever ±Infinity).
 */
export const TEXT_IS_BLANK = Infinity;
export const TEXT_IS_ERROR_VALUE = -Infinity;
/** Stop growing a column's cache past this many distinct strings (a column of unique texts). */
export const CACHE_LIMIT = 200_000;

export function numberFromText(v: string, yesNo: boolean): number {
  const kind = classifyText(v);
  if (kind === TEXT_BLANK) return TEXT_IS_BLANK;
  if (kind === TEXT_FORMULA_ERROR) return TEXT_IS_ERROR_VALUE;
  const x = numberTextToValue(v);
  if (x === x || !yesNo) return x;
  const yn = yesNoTextToValue(v);
  return yn === -1 ? NaN : yn;
}

export function yesNoFromText(v: string): number {
  const kind = classifyText(v);
  if (kind === TEXT_BLANK) return TEXT_IS_BLANK;
  if (kind === TEXT_FORMULA_ERROR) return TEXT_IS_ERROR_VALUE;
  const yn = yesNoTextToValue(v);
  return yn === -1 ? NaN : yn;
}
