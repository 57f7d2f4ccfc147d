import type { Issue } from '../schema/issues';
import { sniffFileKind } from './file-kind';
import { checkZip, notWorkbookProblem, readZipDirectory, type InflateRaw, type ZipProblem } from './zip-check';

/** What a zip problem means to the user: an error issue about the file (messages: ingest.ts). */
export function zipProblemIssue(fileName: string, bytes: number, problem: ZipProblem): Issue {
  const file = { sheet: fileName, cell: '', severity: 'error' as const };
  switch (problem.problem) {
    case 'cutShort':
      return { ...file, code: 'fileCutShort', params: { file: fileName, bytes } };
    case 'damaged':
      return { ...file, code: 'fileDamagedPart', params: { file: fileName, part: problem.part } };
    case 'unsupported':
      return { ...file, code: 'fileZipUnsupported', params: { file: fileName, feature: problem.feature, method: problem.method ?? 0 } };
    case 'notWorkbook':
      return { ...file, code: 'fileZipNotWorkbook', params: { file: fileName, looksLike: problem.looksLike, holds: problem.holds.join(', ') } };
  }
}

/**
 * The structure alone (no inflating, synchronous): what every reader checks before SheetJS,
 * so a file cut short is a message, never SheetJS reading past its end. Null for a file that
 * is not a zip.
 */
export function zipStructureIssue(bytes: Uint8Array, fileName: string): Issue | null {
  if (sniffFileKind(bytes) !== 'zip') return null;
  const directory = readZipDirectory(bytes);
  const problem = 'entries' in directory ? notWorkbookProblem(directory.entries) : directory;
  return problem ? zipProblemIssue(fileName, bytes.length, problem) : null;
}

/**
 * The structure and every entry's size and CRC, with the platform's inflater (CLI: zlib;
 * dashboard: DecompressionStream). Null for a sound zip, and for a file that is not a zip.
 */
export async function damagedZipIssue(bytes: Uint8Array, fileName: string, inflate: InflateRaw): Promise<Issue | null> {
  if (sniffFileKind(bytes) !== 'zip') return null;
  const problem = await checkZip(bytes, inflate);
  return problem ? zipProblemIssue(fileName, bytes.length, problem) : null;
}
