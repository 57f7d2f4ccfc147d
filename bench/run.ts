/**
 * `npm run bench`: generates 100k and 1M orders and measures, median of ≥3 runs after a warm-up,
 * ingest, load, all monthly KPIs by owner (DuckDB-WASM in Node), the same SQL in native DuckDB,
 * the plain TypeScript reference, end to end and peak RSS. Prints a table, then one line of JSON.
 *
 *   npm run bench -- [--sizes 100000,1000000] [--runs 3] [--suites node-wasm,fresh-process,native,reference]
 *                    [--browser]   (also the Chromium benchmarks bench/browser-*.ts: builds the app first)
 *   npm run bench -- --postgres [--sizes 1000000,10000000] [--runs 3]
 *                    (only the PostgreSQL suite, bench/postgres.ts: a throwaway server, beside native DuckDB)
 */
import { describeMachine, machineInfo } from './lib/machine';
import { prepareInput } from './lib/prepare';
import { measurementTable, summaryNote, summaryOf } from './lib/report';
import { collectGarbage } from './lib/timing';
import type { Measurement } from './lib/types';
import { BROWSER_SUITES, DEFAULT_SUITES, SUITES } from './suites/index';

interface BenchArgs {
  sizes: number[];
  runs: number;
  suites: string[];
}

function parseArgs(argv: string[]): BenchArgs {
  const args: BenchArgs = { sizes: [100_000, 1_000_000], runs: 3, suites: DEFAULT_SUITES.map((s) => s.name) };
  let browser = false;
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split('=');
    if (flag === '--browser') {
      browser = true;
      continue;
    }
    const value = inline ?? argv[++i];
    if (flag === '--sizes') args.sizes = value.split(',').map(Number);
    else if (flag === '--runs') args.runs = Math.max(1, Number(value));
    else if (flag === '--suites') args.suites = value.split(',');
    else throw new Error(`bench: unknown option ${flag}`);
  }
  // After --suites, whichever order they came in: --browser adds to the suites chosen.
  if (browser) args.suites.push(...BROWSER_SUITES.map((s) => s.name).filter((name) => !args.suites.includes(name)));
  if (args.sizes.some((n) => !Number.isInteger(n) || n <= 0)) throw new Error('bench: --sizes takes positive integers');
  const unknown = args.suites.filter((name) => !SUITES.some((s) => s.name === name));
  if (unknown.length) throw new Error(`bench: unknown suite ${unknown.join(', ')} (known: ${SUITES.map((s) => s.name).join(', ')})`);
  return args;
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  if (argv.includes('--postgres')) {
    // 10M rows take minutes: the PostgreSQL suite runs alone, and only when asked for.
    const { runPostgresBench } = await import('./postgres');
    const rest = parseArgs(argv.filter((a) => a !== '--postgres'));
    const sizes = argv.some((a) => a.startsWith('--sizes')) ? rest.sizes : [1_000_000, 10_000_000];
    return runPostgresBench(sizes, rest.runs);
  }
  const args = parseArgs(argv);
  const machine = machineInfo();
  console.log(`machine: ${describeMachine(machine)}`);
  console.log(`runs: median of ${args.runs} after 1 warm-up\n`);
  const measurements: Measurement[] = [];
  for (const rows of args.sizes) {
    const startedAt = performance.now();
    const input = prepareInput(rows);
    console.log(`${rows.toLocaleString('en-US')} orders generated and ingested once in ${((performance.now() - startedAt) / 1000).toFixed(1)} s`);
    for (const suite of SUITES.filter((s) => args.suites.includes(s.name))) {
      const suiteStart = performance.now();
      measurements.push(...(await suite.run(input, { runs: args.runs })));
      console.log(`  ${suite.name}: ${((performance.now() - suiteStart) / 1000).toFixed(1)} s`);
    }
    collectGarbage();
  }
  console.log('');
  console.log(measurementTable(measurements));
  console.log('');
  console.log(summaryNote(measurements, Math.max(...args.sizes)));
  console.log(JSON.stringify(summaryOf(measurements, Math.max(...args.sizes))));
}

main().catch((error: unknown) => {
  // Usage mistakes are ours ("bench: …"): the message is enough; anything else gets its stack.
  const bench = error instanceof Error && error.message.startsWith('bench:');
  console.error(error instanceof Error ? (bench ? error.message : (error.stack ?? error.message)) : String(error));
  process.exit(1);
});
