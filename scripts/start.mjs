// `npm start`: build, run the monthly report on the built-in demo workbook, and serve the
// dashboard and the task pane on localhost.
//
// Stopping it — Ctrl+C, or `kill <pid>` of this process or of the npm that runs it — stops
// what it started. Each step runs in a process group of its own (on Windows, a process tree),
// ended as a whole when this process gets SIGINT, SIGTERM or SIGHUP, or when its parent is
// gone: npm passes SIGTERM to the `sh -c` that runs this script, and sh ends without passing
// it on, so this process notices only that it was left behind. With spawnSync the build went
// on after everyone above it had stopped, and Node runs no signal handler while spawnSync
// waits. (A SIGKILL of this process itself cannot be caught: its children then stay.)
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { setInterval } from 'node:timers';
import { pathToFileURL } from 'node:url';
import { startStaticServer } from './static-server.mjs';

const WINDOWS = process.platform === 'win32';
const running = new Set();

/** Ends a running step and everything it started. */
export function stopStep(child) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  if (WINDOWS) {
    spawnSync('taskkill', ['/pid', String(child.pid), '/T', '/F'], { stdio: 'ignore' });
    return;
  }
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    // Already gone.
  }
}

/** Runs a command to its end in a process group of its own; rejects when it fails. */
export function runStep(cmd, args) {
  return new Promise((done, fail) => {
    const child = spawn(cmd, args, { stdio: ['ignore', 'inherit', 'inherit'], detached: !WINDOWS, shell: WINDOWS });
    running.add(child);
    child.on('error', (error) => {
      running.delete(child);
      fail(error);
    });
    child.on('exit', (code, signal) => {
      running.delete(child);
      if (code === 0) done();
      else fail(Object.assign(new Error(`"${cmd} ${args.join(' ')}" ended with ${code ?? signal}`), { exitCode: code ?? 1 }));
    });
  });
}

const SIGNAL_EXIT = { SIGHUP: 129, SIGINT: 130, SIGTERM: 143 };

function exists(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === 'EPERM';
  }
}

/**
 * On SIGINT, SIGTERM or SIGHUP, or once the parent process is gone (checked twice a second):
 * stop the running steps, then `onStop` (the server), then exit.
 */
export function stopOnSignals(onStop = async () => {}) {
  let stopping = false;
  const stop = async (code) => {
    if (stopping) return;
    stopping = true;
    for (const child of running) stopStep(child);
    await onStop();
    process.exit(code);
  };
  for (const [signal, code] of Object.entries(SIGNAL_EXIT)) process.once(signal, () => void stop(code));
  const parent = process.ppid;
  setInterval(() => {
    if (process.ppid !== parent || !exists(parent)) void stop(SIGNAL_EXIT.SIGHUP);
  }, 500).unref();
}

async function main() {
  let server = null;
  stopOnSignals(async () => {
    await server?.close();
  });
  try {
    console.log('Building the dashboard and the task pane…');
    await runStep('npx', ['vite', 'build', '--logLevel', 'warn']);
    if (!existsSync('dist/reports')) mkdirSync('dist/reports', { recursive: true });
    console.log('Running the monthly report on the demo workbook…');
    await runStep('npx', ['tsx', 'cli/report-cli.ts', '--demo', '--format', 'html', '--out', 'dist/reports/demo-report.html']);
  } catch (error) {
    console.error(error.message);
    process.exit(error.exitCode ?? 1);
  }

  const port = Number(process.env.PORT ?? 3000);
  server = await startStaticServer({ root: 'dist', port }).catch(() => startStaticServer({ root: 'dist', port: 0 }));
  console.log('');
  console.log(`Dashboard (demo workbook):  ${server.url}dashboard/index.html`);
  console.log(`Task pane (browser preview): ${server.url}addin/taskpane.html`);
  console.log(`Demo report (HTML):          ${server.url}reports/demo-report.html`);
  console.log('Press Ctrl+C to stop.');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
