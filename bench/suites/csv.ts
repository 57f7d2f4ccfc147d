import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ingestOrders } from '../../shared/ingest/index';
import { runScriptForJson } from '../lib/child-json';
import { compareKpiRows } from '../lib/compare';
import { nativeOrdersSql } from '../lib/native-csv-sql';
import { writeOrdersCsv } from '../lib/orders-csv';
import { median } from '../lib/timing';
import type { BenchInput, BenchSuite, Measurement, RunOptions } from '../lib/types';

const SUITE = 'csv';
const CLI_CHILD = fileURLToPath(new URL('../child/cli-csv.ts', import.meta.url));
const NATIVE_CHILD = fileURLToPath(new URL('../child/native-csv.ts', import.meta.url));

/** Fresh processes are slow to measure: at least this many rounds, after one not counted. */
const MIN_ROUNDS = 3;

interface ChildRun {
  code: number;
  ms: number;
  peakRssMb: number;
}

type Row = Record<string, unknown>;

/**
 * The report CLI on a CSV of the generated orders (`npm run report -- FILE --format json`), each
 * run a fresh process, against native DuckDB reading the same CSV itself (`read_csv`) and
 * running the same compiled KPI SQL, also a fresh process: what the product's JS path (parsing,
 * ingest with its issues, appending into DuckDB) costs over a DuckDB that does it all. The two
 * alternate, round after round, so both see the same load on this shared machine; times are
 * from each process's start to its exit, so both include Node's start and module loading.
 */
export const csvSuite: BenchSuite = {
  name: SUITE,
  async run(input: BenchInput, { runs }: RunOptions): Promise<Measurement[]> {
    const dir = mkdtempSync(join(tmpdir(), 'kpi-bench-csv-'));
    try {
      const csv = join(dir, 'orders.csv');
      await writeOrdersCsv(input.sheet.values, csv);
      const mapping = ingestOrders(input.sheet, { date1904: false }).value?.mapping;
      if (!mapping) throw new Error('bench: ingest found no mapping');
      const files = { loadSql: join(dir, 'load.sql'), kpiSql: join(dir, 'kpi.sql'), cliOut: join(dir, 'cli.json'), nativeOut: join(dir, 'native.json') };
      writeFileSync(files.loadSql, nativeOrdersSql(mapping));
      writeFileSync(files.kpiSql, input.sql);
      const steps = {
        cli: () => runScriptForJson(CLI_CHILD, [csv, '--as-of', input.asOf, '--format', 'json', '--out', files.cliOut]),
        native: () => runScriptForJson(NATIVE_CHILD, [csv, files.loadSql, files.kpiSql, files.nativeOut]),
      };
      const seen: Record<keyof typeof steps, ChildRun[]> = { cli: [], native: [] };
      for (let round = 0; round <= Math.max(runs, MIN_ROUNDS); round++) {
        for (const name of Object.keys(steps) as (keyof typeof steps)[]) {
          const result = (await steps[name]()) as unknown as ChildRun;
          if (result.code !== 0) throw new Error(`bench: the ${name} run exited with ${result.code}`);
          if (round > 0) seen[name].push(result);
        }
      }
      const cliRows = (JSON.parse(readFileSync(files.cliOut, 'utf8')) as { rows: Row[] }).rows;
      // The report shows the months up to the as-of month (shared/pipeline/compute-kpis.ts); the SQL, every month.
      const shown = (row: Row) => String(row.month) <= input.asOf.slice(0, 7);
      const nativeRows = (JSON.parse(readFileSync(files.nativeOut, 'utf8')) as { rows: Row[] }).rows.filter(shown);
      const check = compareKpiRows(cliRows, nativeRows).replaceAll('wasm', 'CLI');
      const ms = (name: keyof typeof steps) => seen[name].map((r) => r.ms);
      const rss = (name: keyof typeof steps) => seen[name].map((r) => r.peakRssMb);
      const base = { suite: SUITE, rows: input.rows };
      const rounds = `${seen.cli.length} alternating rounds, fresh processes`;
      const [cliMs, nativeMs, cliRss, nativeRss] = [median(ms('cli')), median(ms('native')), median(rss('cli')), median(rss('native'))];
      return [
        { ...base, step: 'report CLI on the CSV', value: cliMs, unit: 'ms', runs: ms('cli'), note: `process start → JSON written (${cliRows.length} KPI rows), ${rounds}` },
        { ...base, step: 'native read_csv + KPI SQL', value: nativeMs, unit: 'ms', runs: ms('native'), note: `process start → JSON written; ${check}` },
        { ...base, step: 'csv / native', value: cliMs / nativeMs, unit: 'ratio', runs: [] },
        { ...base, step: 'report CLI peak RSS', value: cliRss, unit: 'MB', runs: rss('cli') },
        { ...base, step: 'native peak RSS', value: nativeRss, unit: 'MB', runs: rss('native') },
        { ...base, step: 'rss / native', value: cliRss / nativeRss, unit: 'ratio', runs: [] },
      ];
    } finally {
      if (process.env.KEEP_CSV_BENCH) console.log(dir); else rmSync(dir, { recursive: true, force: true });
    }
  },
};
