// `npm test`'s first step. The browser tests drive the system Chromium (test/e2e/browser.ts);
// on a fresh Debian machine with only Node it is missing. Running as root (as .ci/run does),
// this installs Debian's chromium; otherwise it stops at once with the command to run, instead
// of a wall of failed browser tests. Nothing downloads a browser of its own.
import { spawnSync } from 'node:child_process';
import { accessSync, constants, realpathSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const DEFAULT_CHROMIUM = '/usr/bin/chromium';
export const APT_GET = '/usr/bin/apt-get';
/** fonts-noto-cjk: the pages' Chinese text, in the screenshots too. */
export const PACKAGES = ['chromium', 'fonts-noto-cjk'];

/**
 * What to do before the tests, from the facts alone: `ready`, `install` (the commands to run,
 * as root) or `stop` (the lines to print).
 * @param {{ chromiumPath?: string, uid?: number, isExecutable: (path: string) => boolean }} facts
 */
export function chromiumPlan({ chromiumPath, uid, isExecutable }) {
  const chromium = chromiumPath || DEFAULT_CHROMIUM;
  if (isExecutable(chromium)) return { action: 'ready', chromium };
  if (chromium !== DEFAULT_CHROMIUM) {
    return {
      action: 'stop',
      lines: [`CHROMIUM_PATH is ${chromium}, which is not an executable file.`, 'Point it at Chromium, or unset it to use /usr/bin/chromium.'],
    };
  }
  if (!isExecutable(APT_GET)) {
    return {
      action: 'stop',
      lines: [
        'The browser tests need Chromium at /usr/bin/chromium. Install it, or name yours:',
        '  CHROMIUM_PATH=/path/to/chromium npm test',
      ],
    };
  }
  if (uid === 0) {
    return { action: 'install', commands: [['apt-get', 'update', '-qq'], ['apt-get', 'install', '-y', '-qq', ...PACKAGES]] };
  }
  return {
    action: 'stop',
    lines: [
      "The browser tests need Debian's chromium at /usr/bin/chromium. Run:",
      `  sudo apt-get update && sudo apt-get install -y ${PACKAGES.join(' ')}`,
    ],
  };
}

function isExecutable(path) {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

function stop(lines) {
  console.error(lines.join('\n'));
  process.exit(1);
}

function main() {
  const facts = { chromiumPath: process.env.CHROMIUM_PATH, uid: process.getuid?.(), isExecutable };
  const plan = chromiumPlan(facts);
  if (plan.action === 'stop') stop(plan.lines);
  if (plan.action !== 'install') return;
  console.log(`Installing Debian's ${PACKAGES.join(' and ')} (the browser tests use the system Chromium)…`);
  for (const [command, ...args] of plan.commands) {
    const run = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    if (run.status !== 0) stop([`${command} ${args.join(' ')} failed (${run.error?.message ?? `exit ${run.status}`}).`]);
  }
  if (chromiumPlan(facts).action !== 'ready') stop([`apt-get installed chromium, yet ${DEFAULT_CHROMIUM} is not there.`]);
}

/** Run as a script (node scripts/….mjs), not imported by a test. */
function isMain() {
  try {
    return realpathSync(process.argv[1]) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

if (isMain()) main();
