import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { DUCKDB_TYPE_OF_KIND, quoteIdentifier } from '../../shared/engine/index';
import { compareKpiRows } from '../lib/compare';
import { writeTableCsv } from '../lib/table-csv';
import { median, timeRuns } from '../lib/timing';
import type { BenchInput, BenchSuite, Measurement, RunOptions } from '../lib/types';

const SUITE = 'native';

/**
 * The same KPI SQL in native DuckDB (@duckdb/node-api), on the same typed data: loaded from a
 * CSV written outside the timing, into a table with the wasm engine's column types. Native
 * DuckDB uses every core (the wasm build has one thread); a one-thread run is shown too.
 */
export const nativeSuite: BenchSuite = {
  name: SUITE,
  async run(input: BenchInput, { runs }: RunOptions): Promise<Measurement[]> {
    const csv = join(tmpdir(), `kpi-bench-${process.pid}-${input.rows}.csv`);
    writeTableCsv(input.table, csv);
    const instance = await DuckDBInstance.create(':memory:');
    const conn = await instance.connect();
    const out: Measurement[] = [];
    try {
      const columns = Object.entries(input.table.columns).map(([name, c]) => `${quoteIdentifier(name)} ${DUCKDB_TYPE_OF_KIND[c.kind]}`);
      await conn.run(`CREATE TABLE orders (${columns.join(', ')})`);
      await conn.run(`COPY orders FROM '${csv}' (FORMAT csv, HEADER false, NULLSTR '')`);
      const loaded = Number((await conn.runAndReadAll('SELECT count(*) AS n FROM orders')).getRowObjectsJS()[0].n);
      if (loaded !== input.rows) throw new Error(`bench: native loaded ${loaded} rows, expected ${input.rows}`);
      let resultRows: Record<string, unknown>[] = [];
      const query = async () => (resultRows = (await conn.runAndReadAll(input.sql)).getRowObjectsJS());
      const threads = (await conn.runAndReadAll("SELECT current_setting('threads') AS t")).getRowObjectsJS()[0].t;
      const times = await timeRuns(runs, query);
      const check = input.kpiRows ? `; ${compareKpiRows(input.kpiRows, resultRows)}` : '';
      out.push({ suite: SUITE, step: 'kpi', rows: input.rows, value: median(times), unit: 'ms', runs: times, note: `${threads} threads, ${resultRows.length} rows${check}` });
      await conn.run('SET threads = 1');
      const single = await timeRuns(runs, query);
      out.push({ suite: SUITE, step: 'kpi (1 thread)', rows: input.rows, value: median(single), unit: 'ms', runs: single });
    } finally {
      conn.closeSync();
      instance.closeSync();
      rmSync(csv, { force: true });
    }
    return out;
  },
};
