import type { InputProblem } from './read-input';

/** What is at a path; 'unknown' when it cannot be looked at (no permission …): the write will say. */
export type PathKind = (path: string) => Promise<'file' | 'folder' | 'missing' | 'unknown'>;

/** The folder a path is in, as written ("." for a bare file name). */
export function folderOf(path: string): string {
  const cut = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  if (cut < 0) return '.';
  return cut === 0 ? path[0] : path.slice(0, cut);
}

/**
 * Why the report cannot be written to --out, known before any work: it names a folder, or a
 * folder that does not exist. Other failures (no permission, a full disk) show when writing.
 */
export async function outPathProblem(out: string, kindOf: PathKind): Promise<InputProblem | null> {
  if ((await kindOf(out)) === 'folder') return { code: 'cliOutIsFolder', params: { path: out } };
  const folder = folderOf(out);
  const kind = await kindOf(folder);
  if (kind === 'missing' || kind === 'file') return { code: 'cliOutFolderMissing', params: { path: out, folder } };
  return null;
}
