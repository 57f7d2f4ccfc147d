import { describe, expect, it } from 'vitest';
import { chromiumPlan } from '../../../scripts/ensure-chromium.mjs';

/** A machine that has exactly these executables. */
const machine = (...executables: string[]) => (path: string) => executables.includes(path);

describe('what npm test does about Chromium before the tests', () => {
  it('runs the tests when /usr/bin/chromium is there', () => {
    expect(chromiumPlan({ uid: 1000, isExecutable: machine('/usr/bin/chromium') })).toEqual({ action: 'ready', chromium: '/usr/bin/chromium' });
  });

  it('uses CHROMIUM_PATH when set, with no /usr/bin/chromium', () => {
    const isExecutable = machine('/opt/chromium/chrome', '/usr/bin/apt-get');
    expect(chromiumPlan({ chromiumPath: '/opt/chromium/chrome', uid: 0, isExecutable })).toEqual({ action: 'ready', chromium: '/opt/chromium/chrome' });
  });

  it('installs Debian’s chromium and fonts-noto-cjk when it runs as root', () => {
    expect(chromiumPlan({ uid: 0, isExecutable: machine('/usr/bin/apt-get') })).toEqual({
      action: 'install',
      commands: [
        ['apt-get', 'update', '-qq'],
        ['apt-get', 'install', '-y', '-qq', 'chromium', 'fonts-noto-cjk'],
      ],
    });
  });

  it('takes an empty CHROMIUM_PATH as unset', () => {
    expect(chromiumPlan({ chromiumPath: '', uid: 0, isExecutable: machine('/usr/bin/apt-get') }).action).toBe('install');
  });

  it('stops at once with the one command to run when it is not root', () => {
    expect(chromiumPlan({ uid: 1000, isExecutable: machine('/usr/bin/apt-get') })).toEqual({
      action: 'stop',
      lines: [
        "The browser tests need Debian's chromium at /usr/bin/chromium. Run:",
        '  sudo apt-get update && sudo apt-get install -y chromium fonts-noto-cjk',
      ],
    });
  });

  it('stops, naming CHROMIUM_PATH, where there is no apt-get (not Debian), even as root', () => {
    const plan = chromiumPlan({ uid: 0, isExecutable: machine() });
    expect(plan.action).toBe('stop');
    expect(plan.action === 'stop' && plan.lines[1]).toBe('  CHROMIUM_PATH=/path/to/chromium npm test');
  });

  it('stops without installing when CHROMIUM_PATH names nothing executable', () => {
    expect(chromiumPlan({ chromiumPath: '/opt/none', uid: 0, isExecutable: machine('/usr/bin/chromium', '/usr/bin/apt-get') })).toEqual({
      action: 'stop',
      lines: ['CHROMIUM_PATH is /opt/none, which is not an executable file.', 'Point it at Chromium, or unset it to use /usr/bin/chromium.'],
    });
  });

  it('stops when there is no uid (Windows) rather than trying apt-get', () => {
    expect(chromiumPlan({ uid: undefined, isExecutable: machine('/usr/bin/apt-get') }).action).toBe('stop');
  });
});
