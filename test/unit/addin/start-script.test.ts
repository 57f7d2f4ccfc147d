import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';

/*
 * `npm start` stopped by its process id stops what it started. The real script builds the
 * whole project, so this runs its step runner (scripts/start.mjs, runStep + stopOnSignals)
 * under `npm start` in a scratch package whose one step is a process that starts another,
 * both running until killed — as `npx vite build` runs vite.
 */
const START = pathToFileURL(join(process.cwd(), 'scripts/start.mjs')).href;
const STEP = `const { spawn } = require('node:child_process');
const child = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
console.log('PIDS ' + process.pid + ' ' + child.pid);
setInterval(() => {}, 1000);`;

/** Running, not a zombie left for a parent that is gone (containers may not reap them). */
function alive(pid: number): boolean {
  const stat = `/proc/${pid}/stat`;
  if (existsSync('/proc')) return existsSync(stat) && readFileSync(stat, 'utf8').split(') ')[1]?.[0] !== 'Z';
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function until(check: () => boolean, what: string, ms = 30_000): Promise<void> {
  for (const started = Date.now(); !check(); ) {
    if (Date.now() - started > ms) throw new Error(`timed out waiting for ${what}`);
    await new Promise((done) => setTimeout(done, 50));
  }
}

function exited(child: ChildProcess): Promise<number | null> {
  return new Promise((done) => (child.exitCode !== null || child.signalCode !== null ? done(child.exitCode) : child.once('exit', (code) => done(code))));
}

/** `npm start` in a scratch package whose start script runs one step through scripts/start.mjs. */
async function startUnderNpm() {
  const dir = mkdtempSync(join(tmpdir(), 'kpi-start-'));
  writeFileSync(join(dir, 'step.cjs'), STEP);
  writeFileSync(
    join(dir, 'run.mjs'),
    `import { runStep, stopOnSignals } from ${JSON.stringify(START)};\nconsole.log('RUNNER ' + process.pid);\nstopOnSignals();\nawait runStep(process.execPath, ['step.cjs']);\n`,
  );
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'start-test', private: true, scripts: { start: 'node run.mjs' } }));
  const npm = spawn('npm', ['start', '--silent'], { cwd: dir, stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  npm.stdout!.on('data', (data: Buffer) => (out += data.toString()));
  await until(() => /RUNNER \d+/.test(out) && /PIDS \d+ \d+/.test(out), 'the step to start');
  const runner = Number(/RUNNER (\d+)/.exec(out)![1]);
  const [step, grandchild] = /PIDS (\d+) (\d+)/.exec(out)!.slice(1).map(Number);
  expect([runner, step, grandchild].every(alive)).toBe(true);
  return { npm, runner, step, grandchild };
}

describe.skipIf(process.platform === 'win32')('npm start', () => {
  it('stopped by its process id (SIGTERM to npm) stops the step it runs and what that step started', async () => {
    const { npm, runner, step, grandchild } = await startUnderNpm();
    npm.kill('SIGTERM');
    await exited(npm);
    await until(() => ![runner, step, grandchild].some(alive), 'the script, the step and its child to stop');
  }, 60_000);

  it('stopped by the script\'s own process id does the same', async () => {
    const { npm, runner, step, grandchild } = await startUnderNpm();
    process.kill(runner, 'SIGTERM');
    await exited(npm);
    await until(() => ![runner, step, grandchild].some(alive), 'the script, the step and its child to stop');
  }, 60_000);
});
