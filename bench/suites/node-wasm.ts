import { createNodeEngine } from '../../shared/engine/node';
import { ingestOrders } from '../../shared/ingest/index';
import { compileKpiQuery } from '../../shared/kpi/index';
import { cpuNote, median, peakRssMb, timeRunsWithCpu } from '../lib/timing';
import type { BenchInput, BenchSuite, Measurement, RunOptions } from '../lib/types';

const SUITE = 'node-wasm';

/**
 * The product's own path in Node (CLI): cells → ingest → DuckDB-WASM → KPI rows. The engine is
 * started once per size (its start is reported apart); end to end is ingest + load + query.
 * Each step's note gives the main thread's CPU time too: on a shared machine it is what our
 * code costs, while the wall-clock time also holds other people's load.
 */
export const nodeWasmSuite: BenchSuite = {
  name: SUITE,
  async run(input: BenchInput, { runs }: RunOptions): Promise<Measurement[]> {
    const out: Measurement[] = [];
    const record = (step: string, { times, cpu }: { times: number[]; cpu: number[] }, note?: string) => {
      const notes = [note, cpuNote(cpu)].filter(Boolean).join('; ');
      out.push({ suite: SUITE, step, rows: input.rows, value: median(times), unit: 'ms', runs: times, note: notes || undefined });
      return median(times);
    };

    const ingestMs = record('ingest', await timeRunsWithCpu(runs, () => ingestOrders(input.sheet, { date1904: false })));
    out.push({ suite: SUITE, step: 'ingest rate', rows: input.rows, value: (input.rows / ingestMs) * 1000, unit: 'rows/s', runs: [] });

    const startedAt = performance.now();
    const engine = await createNodeEngine();
    record('engine start', { times: [performance.now() - startedAt], cpu: [] }, 'once per process, not in end to end');
    try {
      record('load', await timeRunsWithCpu(runs, () => engine.loadTable('orders', input.table)));
      let kpiRows: Record<string, unknown>[] = [];
      record('kpi', await timeRunsWithCpu(runs, async () => (kpiRows = (await engine.query(input.sql)).rows)));
      input.kpiRows = kpiRows;
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
