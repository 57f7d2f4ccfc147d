import type { Engine } from '../shared/engine/index';
import { messagesFor, type Lang } from '../shared/messages/index';
import type { FileResult } from '../shared/ingest/index';
import type { PathKind } from './out-path';
import type { ReadFile } from './read-input';

/** Everything the CLI does to the outside world, injected so the run is testable in-process. */
export interface CliEffects {
  env: Record<string, string | undefined>;
  readFile: ReadFile;
  writeFile(path: string, data: string | Uint8Array): Promise<void>;
  stdout(data: string): void;
  stderr(text: string): void;
  createEngine(): Promise<Engine>;
  /** Today as YYYY-MM-DD (the default as-of date). */
  today?(): string;
  /**
   * Reads a workbook SheetJS parses where it can be stopped, giving up after `limitMs`
   * (report-cli.ts: a worker thread). Absent: read in this thread, without a limit.
   */
  readSpreadsheet?(bytes: Uint8Array, fileName: string, limitMs: number): Promise<FileResult>;
  /** What is at a path, so --out into a missing folder fails before any work. Absent: not checked. */
  pathKind?: PathKind;
}

export const EXIT_OK = 0;
export const EXIT_USAGE = 2;
export const EXIT_INPUT = 3;

/** A usage error or input problem (a cliMessages key and its params) as text. */
export function messageOf(problem: { code: string; params: Record<string, string | number> }, lang: Lang): string {
  const entry = (messagesFor(lang) as Record<string, unknown>)[problem.code];
  return typeof entry === 'function' ? entry(problem.params) : String(entry ?? problem.code);
}

