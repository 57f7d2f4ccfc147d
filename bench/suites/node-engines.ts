import type { Engine } from '../../shared/engine/index';
import { createNodeEngine, createNodeWasmEngine } from '../../shared/engine/node';
import { ingestOrders } from '../../shared/ingest/index';
import { compileKpiQuery } from '../../shared/kpi/index';
import { cpuNote, median, peakRssMb, timeRunsWithCpu } from '../lib/timing';
import type { BenchInput, BenchSuite, Measurement, RunOptions } from '../lib/types';

/**
 * The product's path in Node: cells → ingest → an engine → KPI rows, on one engine: DuckDB-WASM
 * (`node-wasm`: the browser's engine, run in Node) or native DuckDB (`node-native`: the CLI's).
 * The engine is started once per size (its start is reported apart); end to end is ingest + load
 * + query. Ingest does not depend on the engine: only node-wasm measures it. Each step's note
 * gives the main thread's CPU time too: on a shared machine it is what our code costs, while the
 * wall-clock time also holds other people's load.
 */
function nodeEngineSuite(SUITE: string, createEngine: () => Promise<Engine>, measureIngest: boolean): BenchSuite {
  return {
    name: SUITE,
    async run(input: BenchInput, { runs }: RunOptions): Promise<Measurement[]> {
      const out: Measurement[] = [];
      const record = (step: string, { times, cpu }: { times: number[]; cpu: number[] }, note?: string) => {
        const notes = [note, cpuNote(cpu)].filter(Boolean).join('; ');
        out.push({ suite: SUITE, step, rows: input.rows, value: median(times), unit: 'ms', runs: times, note: notes || undefined });
        return median(times);
      };

      if (measureIngest) {
        const ingestMs = record('ingest', await timeRunsWithCpu(runs, () => ingestOrders(input.sheet, { date1904: false })));
        out.push({ suite: SUITE, step: 'ingest rate', rows: input.rows, value: (input.rows / ingestMs) * 1000, unit: 'rows/s', runs: [] });
      }

      const startedAt = performance.now();
      const engine = await createEngine();
      record('engine start', { times: [performance.now() - startedAt], cpu: [] }, 'once per process, not in end to end');
      try {
        record('load', await timeRunsWithCpu(runs, () => engine.loadTable('orders', input.table)));
        let kpiRows: Record<string, unknown>[] = [];
        record('kpi', await timeRunsWithCpu(runs, async () => (kpiRows = (await engine.query(input.sql)).rows)));
        // The rows every other engine is checked against: DuckDB-WASM's, as before native DuckDB came.
        if (measureIngest) input.kpiRows = kpiRows;
        const endToEnd = async () => {
          const ingested = ingestOrders(input.sheet, { date1904: false });
          if (!ingested.value) throw new Error('bench: ingest failed');
          await engine.loadTable('orders', ingested.value.table);
          const { fieldsPresent } = ingested.value;
          const compiled = compileKpiQuery({ fieldsPresent, basis: 'natural', group: 'owner', asOf: input.asOf });
          if (!compiled.value) throw new Error('bench: KPI query did not compile');
          return (await engine.query(compiled.value.sql)).rows;
        };
        record('end to end', await timeRunsWithCpu(runs, endToEnd), `ingest + load + all KPI rows (${kpiRows.length} rows)`);
      } finally {
        await engine.close();
      }
      out.push({ suite: SUITE, step: 'peak RSS (bench process)', rows: input.rows, value: peakRssMb(), unit: 'MB', runs: [], note: 'this benchmark process so far: every size and repeated run, generated cells included' });
      return out;
    },
  };
}

export const nodeWasmSuite = nodeEngineSuite('node-wasm', createNodeWasmEngine, true);
export const nodeNativeSuite = nodeEngineSuite('node-native', createNodeEngine, false);
