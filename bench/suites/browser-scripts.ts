import { fileURLToPath } from 'node:url';
import { runScriptForJson } from '../lib/child-json';
import type { BenchInput, BenchSuite, Measurement, Unit } from '../lib/types';

/**
 * The Chromium benchmarks are standalone scripts (bench/browser-*.ts) that print one line of
 * JSON last. Each becomes a suite that runs its script once, at the size it is meant for, and
 * turns the JSON's numeric fields into table lines (`…_ms` in ms, `…_mb` in MB).
 */
function browserScriptSuite(name: string, script: string, rows: number): BenchSuite {
  const file = fileURLToPath(new URL(`../${script}`, import.meta.url));
  return {
    name,
    async run(input: BenchInput): Promise<Measurement[]> {
      if (input.rows !== rows) return [];
      const json = await runScriptForJson(file, ['--rows', String(rows)]);
      return Object.entries(json)
        .filter((entry): entry is [string, number] => typeof entry[1] === 'number')
        .map(([key, value]) => ({ suite: name, step: key, rows, value, unit: unitOf(key), runs: [] }));
    },
  };
}

function unitOf(key: string): Unit {
  if (key.endsWith('_ms')) return 'ms';
  if (key.endsWith('_mb')) return 'MB';
  return 'ratio';
}

/** Opt-in (`--suites …,browser-addin,browser-dashboard` or `--browser`): each builds the app first. */
export const BROWSER_SUITES: readonly BenchSuite[] = [
  browserScriptSuite('browser-addin', 'browser-addin.ts', 100_000),
  browserScriptSuite('browser-dashboard', 'browser-dashboard.ts', 1_000_000),
];
