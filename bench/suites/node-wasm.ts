import { createNodeEngine } from '../../shared/engine/node';
import { ingestOrders } from '../../shared/ingest/index';
import { compileKpiQuery } from '../../shared/kpi/index';
import { median, peakRssMb, timeRuns } from '../lib/timing';
import type { BenchInput, BenchSuite, Measurement, RunOptions } from '../lib/types';

const SUITE = 'node-wasm';

/**
 * The product's own path in Node (CLI): cells → ingest → DuckDB-WASM → KPI rows. The engine is
 * started once per size (its start is reported apart); end to end is ingest + load + query.
 */
export const nodeWasmSuite: BenchSuite = {
  name: SUITE,
  async run(input: BenchInput, { runs }: RunOptions): Promise<Measurement[]> {
    const out: Measurement[] = [];
    const record = (step: string, times: number[], note?: string) =>
      out.push({ suite: SUITE, step, rows: input.rows, value: median(times), unit: 'ms', runs: times, note });

    const ingestTimes = await timeRuns(runs, () => ingestOrders(input.sheet, { date1904: false }));
    record('ingest', ingestTimes);
    const ingestMs = median(ingestTimes);
    out.push({ suite: SUITE, step: 'ingest rate', rows: input.rows, value: (input.rows / ingestMs) * 1000, unit: 'rows/s', runs: [] });

    const startedAt = performance.now();
    const engine = await createNodeEngine();
    record('engine start', [performance.now() - startedAt], 'once per process, not in end to end');
    try {
      record('load', await timeRuns(runs, () => engine.loadTable('orders', input.table)));
      let kpiRows: Record<string, unknown>[] = [];
      record('kpi', await timeRuns(runs, async () => (kpiRows = (await engine.query(input.sql)).rows)));
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
      record('end to end', await timeRuns(runs, endToEnd), `ingest + load + all KPI rows (${kpiRows.length} rows)`);
    } finally {
      await engine.close();
    }
    out.push({ suite: SUITE, step: 'peak RSS (bench process)', rows: input.rows, value: peakRssMb(), unit: 'MB', runs: [], note: 'this benchmark process so far: every size and repeated run, generated cells included' });
    return out;
  },
};
