/**
 * One end to end in a fresh process, as the CLI runs it: generated cells → ingest → DuckDB-WASM
 * (started here) → all KPI rows. Its peak RSS is the product's, free of the benchmark's own
 * repeated runs. Prints one line of JSON. Run by bench/suites/fresh-process.ts.
 */
import { DEMO_AS_OF, ORDER_SHEET_NAME, generateOrderCells } from '../../shared/demo/index';
import { createNodeEngine } from '../../shared/engine/node';
import { ingestOrders } from '../../shared/ingest/index';
import { compileKpiQuery } from '../../shared/kpi/index';
import { mainThreadCpuMs } from '../lib/cpu';
import { peakRssMb } from '../lib/timing';

/** Wall ms, main-thread CPU ms and whole-process CPU ms (every thread: GC, wasm compiler) of one step. */
async function phase<T>(step: () => Promise<T> | T): Promise<{ value: T; ms: number; cpuMs: number | null; processCpuMs: number }> {
  const cpu = mainThreadCpuMs();
  const usage = process.cpuUsage();
  const start = performance.now();
  const value = await step();
  const ms = performance.now() - start;
  const cpuEnd = mainThreadCpuMs();
  const { user, system } = process.cpuUsage(usage);
  return { value, ms, cpuMs: cpu === null || cpuEnd === null ? null : cpuEnd - cpu, processCpuMs: (user + system) / 1000 };
}

async function endToEnd(rows: number): Promise<void> {
  const sheet = { name: ORDER_SHEET_NAME, values: generateOrderCells(rows) };
  const cellsRssMb = process.memoryUsage().rss / 2 ** 20;
  const start = performance.now();
  const started = await phase(createNodeEngine);
  const engine = started.value;
  const ingested = await phase(() => ingestOrders(sheet, { date1904: false }));
  const table = ingested.value.value;
  if (!table) throw new Error('ingest failed');
  const loaded = await phase(() => engine.loadTable('orders', table.table));
  const compiled = compileKpiQuery({ fieldsPresent: table.fieldsPresent, basis: 'natural', group: 'owner', asOf: DEMO_AS_OF });
  if (!compiled.value) throw new Error('KPI query did not compile');
  const sql = compiled.value.sql;
  const queried = await phase(async () => (await engine.query(sql)).rows.length);
  const coldMs = performance.now() - start;
  await engine.close();
  const phases = { engineStart: started, ingest: ingested, load: loaded, kpi: queried };
  const timings = Object.fromEntries(
    Object.entries(phases).map(([name, p]) => [name, { ms: p.ms, cpuMs: p.cpuMs, processCpuMs: p.processCpuMs }]),
  );
  console.log(JSON.stringify({ rows, kpiRows: queried.value, coldMs, cellsRssMb, peakRssMb: peakRssMb(), phases: timings }));
}

endToEnd(Number(process.argv[2])).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
