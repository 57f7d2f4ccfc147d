import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { DUCKDB_TYPE_OF_KIND, quoteIdentifier, type Engine } from '../../shared/engine/index';
import { createNodeWasmEngine } from '../../shared/engine/node';
import { compareKpiRows } from '../lib/compare';
import { writeTableCsv } from '../lib/table-csv';
import { collectGarbage, median } from '../lib/timing';
import type { BenchInput, BenchSuite, Measurement, RunOptions } from '../lib/types';

const SUITE = 'native';

/** The alternation gets at least this many rounds: one query is ~1 s, and the machine is shared. */
const MIN_ROUNDS = 5;

type Row = Record<string, unknown>;

async function loadNative(conn: DuckDBConnection, input: BenchInput, csv: string): Promise<void> {
  const columns = Object.entries(input.table.columns).map(([name, c]) => `${quoteIdentifier(name)} ${DUCKDB_TYPE_OF_KIND[c.kind]}`);
  await conn.run(`CREATE TABLE orders (${columns.join(', ')})`);
  await conn.run(`COPY orders FROM '${csv}' (FORMAT csv, HEADER false, NULLSTR '')`);
  const loaded = Number((await conn.runAndReadAll('SELECT count(*) AS n FROM orders')).getRowObjectsJS()[0].n);
  if (loaded !== input.rows) throw new Error(`bench: native loaded ${loaded} rows, expected ${input.rows}`);
}

async function timed(step: () => Promise<unknown>): Promise<number> {
  collectGarbage();
  const start = performance.now();
  await step();
  return performance.now() - start;
}

/**
 * The same KPI SQL in native DuckDB (@duckdb/node-api), on the same typed data: loaded from a
 * CSV written outside the timing, into a table with the wasm engine's column types. The wasm
 * engine (one thread) and native DuckDB at its default thread count (every core) and at one
 * thread run in turn, round after round, so all three see the same load on this shared
 * machine; comparing medians taken minutes apart measured other people's jobs as much as ours.
 */
export const nativeSuite: BenchSuite = {
  name: SUITE,
  async run(input: BenchInput, { runs }: RunOptions): Promise<Measurement[]> {
    const csv = join(tmpdir(), `kpi-bench-${process.pid}-${input.rows}.csv`);
    writeTableCsv(input.table, csv);
    const instance = await DuckDBInstance.create(':memory:');
    const conn = await instance.connect();
    let engine: Engine | undefined;
    try {
      await loadNative(conn, input, csv);
      engine = await createNodeWasmEngine();
      await engine.loadTable('orders', input.table);
      const wasm = engine;
      const threads = String((await conn.runAndReadAll("SELECT current_setting('threads') AS t")).getRowObjectsJS()[0].t);
      let nativeRows: Row[] = [];
      const steps = {
        wasm: () => wasm.query(input.sql),
        native: async () => (nativeRows = (await conn.runAndReadAll(input.sql)).getRowObjectsJS() as Row[]),
        native1: async () => {
          await conn.run('SET threads = 1');
          try {
            await conn.runAndReadAll(input.sql);
          } finally {
            await conn.run(`SET threads = ${threads}`);
          }
        },
      };
      const times: Record<keyof typeof steps, number[]> = { wasm: [], native: [], native1: [] };
      // Round 0 warms every engine up and is not counted.
      for (let round = 0; round <= Math.max(runs, MIN_ROUNDS); round++) {
        for (const name of Object.keys(steps) as (keyof typeof steps)[]) {
          const ms = await timed(steps[name]);
          if (round > 0) times[name].push(ms);
        }
      }
      const check = input.kpiRows ? `; ${compareKpiRows(input.kpiRows, nativeRows)}` : '';
      const rounds = `${times.wasm.length} alternating rounds`;
      const base = { suite: SUITE, rows: input.rows };
      const [wasmMs, nativeMs, native1Ms] = [median(times.wasm), median(times.native), median(times.native1)];
      return [
        { ...base, step: 'kpi', value: nativeMs, unit: 'ms', runs: times.native, note: `native at its default ${threads} threads (every core), ${nativeRows.length} rows${check}` },
        { ...base, step: 'kpi (1 thread)', value: native1Ms, unit: 'ms', runs: times.native1, note: 'native, SET threads = 1' },
        { ...base, step: 'wasm kpi (same rounds)', value: wasmMs, unit: 'ms', runs: times.wasm, note: `DuckDB-WASM (1 thread), ${rounds} with the two native runs` },
        { ...base, step: `wasm / native (${threads} threads)`, value: wasmMs / nativeMs, unit: 'ratio', runs: [] },
        { ...base, step: 'wasm / native (1 thread)', value: wasmMs / native1Ms, unit: 'ratio', runs: [] },
      ];
    } finally {
      await engine?.close();
      conn.closeSync();
      instance.closeSync();
      rmSync(csv, { force: true });
    }
  },
};
