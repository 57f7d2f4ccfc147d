/**
 * `npm run report -- [FILE] [options]`: the report CLI's entry point. All the work is in
 * runReport (testable in-process); this file only connects it to Node.
 *
 * Only light modules are imported statically: the guards below must be in place before the
 * engine and its wasm are loaded, so even a broken install gives one plain line, not a stack.
 */
import { readFile, stat, writeFile } from 'node:fs/promises';
import { langFromEnv } from './env-lang';
import { messagesFor } from '../shared/messages/index';

/** Exit code for input problems and anything unforeseen (DESIGN.md: 3 = input unusable). */
const EXIT_INPUT = 3;

/** Last line of defence: whatever escapes, the user gets one plain line, never a stack. */
function dieQuietly(e: unknown): never {
  const m = messagesFor(langFromEnv(process.env));
  const reason = (e instanceof Error ? e.message : String(e)).split('\n')[0];
  process.stderr.write(`${m.cliErrorPrefix}: ${m.cliUnexpected({ reason })}\n`);
  process.exit(EXIT_INPUT);
}
process.on('uncaughtException', dieQuietly);
process.on('unhandledRejection', dieQuietly);
// `npm run report | head` closes the pipe early: that is not an error worth a message.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
  dieQuietly(e);
});

try {
  const { runReport } = await import('./run-report');
  const { createNodeEngine } = await import('../shared/engine/node');
  const { readSpreadsheetInWorker } = await import('./read-in-worker');
  process.exitCode = await runReport(process.argv.slice(2), {
    env: process.env,
    readFile: async (path) => new Uint8Array(await readFile(path)),
    writeFile: (path, data) => writeFile(path, data),
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
    createEngine: createNodeEngine,
    readSpreadsheet: readSpreadsheetInWorker,
    pathKind: (path) =>
      stat(path).then(
        (s) => (s.isDirectory() ? 'folder' : 'file'),
        (e: NodeJS.ErrnoException) => (e.code === 'ENOENT' || e.code === 'ENOTDIR' ? 'missing' : 'unknown'),
      ),
  });
} catch (e) {
  dieQuietly(e);
}
