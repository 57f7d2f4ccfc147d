/** Errors of the Office boundary, recognised by their documented codes. */

const PAYLOAD_CODES = ['ResponsePayloadSizeLimitExceeded', 'RequestPayloadSizeLimitExceeded'];

/** Excel on the web refused a request or response over its size limit (~5 MB). */
export function isPayloadTooLarge(error: unknown): boolean {
  if (!error || typeof error !== 'object') return false;
  const { code, message } = error as { code?: unknown; message?: unknown };
  if (typeof code === 'string' && PAYLOAD_CODES.includes(code)) return true;
  return typeof message === 'string' && /payload size/i.test(message);
}

/** The error a cancelled read or write rejects with (same name as fetch's). */
export function abortError(): Error {
  return Object.assign(new Error('Cancelled.'), { name: 'AbortError' });
}

export function isAbortError(error: unknown): boolean {
  return !!error && typeof error === 'object' && (error as { name?: unknown }).name === 'AbortError';
}

export function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw abortError();
}

/** Why a cell of a sheet could not be shown: the sheet is gone, was renamed, or is hidden. */
export type SheetProblem = 'missing' | 'renamed' | 'hidden';

export interface SheetProblemError extends Error {
  name: 'SheetProblem';
  problem: SheetProblem;
  sheet: string;
  /** For 'renamed': the sheet's name now. */
  renamedTo?: string;
}

export function sheetProblem(problem: SheetProblem, sheet: string, renamedTo?: string): SheetProblemError {
  const error = new Error(`The sheet "${sheet}" is ${problem === 'hidden' ? 'hidden' : problem === 'renamed' ? `now "${renamedTo}"` : 'no longer there'}.`);
  return Object.assign(error, { name: 'SheetProblem' as const, problem, sheet, ...(renamedTo !== undefined ? { renamedTo } : {}) });
}

export function isSheetProblem(error: unknown): error is SheetProblemError {
  return !!error && typeof error === 'object' && (error as { name?: unknown }).name === 'SheetProblem';
}
