import type { Issue } from '../shared/schema/index';
import type { WorkbookData } from '../shared/schema/index';
import { readWorkbookFile, zipStructureIssue, type FileResult } from '../shared/ingest/index';
import { sniffFileKind } from '../shared/ingest/index';

/** A problem that makes the input unusable: a cliMessages key and its params. */
export interface InputProblem {
  code: string;
  params: Record<string, string | number>;
}

export type ReadFile = (path: string) => Promise<Uint8Array>;

/** Reads a workbook SheetJS parses (.xlsx, .xls …), where it can be stopped (report-cli.ts: a worker thread). */
export type ReadSpreadsheet = (bytes: Uint8Array, fileName: string) => Promise<FileResult>;

/** Reads it in this thread: for in-process runs, which bring no worker. */
const inThisThread: ReadSpreadsheet = async (bytes, fileName) => readWorkbookFile(bytes, fileName);

/**
 * Seconds a workbook may take to read when --time-limit is not given: 30, plus 3 per MB, since
 * SheetJS takes a while over a big one (~1.5 MB/s on a busy two-core machine).
 */
export function defaultTimeLimitSeconds(bytes: number): number {
  return 30 + Math.ceil((3 * bytes) / 2 ** 20);
}

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
  readSpreadsheet: ReadSpreadsheet = inThisThread,
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
  const name = path.split(/[\\/]/).pop() ?? path;
  // A zip cut short, with a damaged directory or holding no workbook is known from its
  // structure at once: no engine or read worker is started for it.
  const unsound = zipStructureIssue(bytes, name);
  if (unsound) return { value: null, problems: [], issues: [unsound] };
  beforeParse();
  // Our own CSV reader cannot hang (one pass over the text); SheetJS's readers can.
  const kind = sniffFileKind(bytes);
  const read = kind === 'zip' || kind === 'ole' ? await readSpreadsheet(bytes, name) : readWorkbookFile(bytes, name);
  if (read.value) return { value: read.value, problems: [], issues: read.issues };
  // The reader's own errors say what is wrong; fall back to a plain "not a spreadsheet".
  const errors = read.issues.filter((i) => i.severity === 'error');
  return { value: null, problems: errors.length ? [] : [{ code: 'cliNotASpreadsheet', params: { path } }], issues: errors.length ? errors : read.issues };
}
