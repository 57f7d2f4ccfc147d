import type { Issue } from '../schema/issues';
import type { WorkbookData } from '../schema/workbook';
import { readWorkbookFile } from '../ingest/index';

/** A problem that makes the input unusable: a cliMessages key and its params. */
export interface InputProblem {
  code: string;
  params: Record<string, string | number>;
}

export type ReadFile = (path: string) => Promise<Uint8Array>;

function errorCode(e: unknown): string {
  return e && typeof e === 'object' && 'code' in e ? String((e as { code: unknown }).code) : '';
}

function reason(e: unknown): string {
  return e instanceof Error ? e.message.replace(/^[A-Z]+: /, '') : String(e);
}

/**
 * Read an .xlsx/.csv file into a workbook. Every way it can fail (missing, unreadable, empty,
 * not a spreadsheet) is a problem for the user to read, never a thrown error.
 */
export async function readInputWorkbook(
  path: string,
  readFile: ReadFile,
  /** Called once the bytes are in hand, before the (slow) parse: lets the caller start other work. */
  beforeParse: () => void = () => undefined,
): Promise<{ value: WorkbookData | null; problems: InputProblem[]; issues: Issue[] }> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (e) {
    const code = errorCode(e);
    const problem: InputProblem =
      code === 'ENOENT' ? { code: 'cliFileNotFound', params: { path } } : { code: 'cliFileUnreadable', params: { path, reason: reason(e) } };
    return { value: null, problems: [problem], issues: [] };
  }
  if (bytes.byteLength === 0) return { value: null, problems: [{ code: 'cliEmptyFile', params: { path } }], issues: [] };
  beforeParse();
  const name = path.split(/[\\/]/).pop() ?? path;
  const read = readWorkbookFile(bytes, name);
  if (read.value) return { value: read.value, problems: [], issues: read.issues };
  // The reader's own errors say what is wrong; fall back to a plain "not a spreadsheet".
  const errors = read.issues.filter((i) => i.severity === 'error');
  return { value: null, problems: errors.length ? [] : [{ code: 'cliNotASpreadsheet', params: { path } }], issues: errors.length ? errors : read.issues };
}
