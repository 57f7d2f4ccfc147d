/**
 * One end to end in a fresh process, as the CLI runs it: generated cells → ingest → DuckDB-WASM
 * (started here) → all KPI rows. Its peak RSS is the product's, free of the benchmark's own
 * repeated runs. Prints one line of JSON. Run by bench/suites/fresh-process.ts.
 */
import { DEMO_AS_OF, ORDER_SHEET_NAME, generateOrderCells } from '../../shared/demo/index';
import { createNodeEngine } from '../../shared/engine/node';
import { ingestOrders } from '../../shared/ingest/index';
import { compileKpiQuery } from '../../shared/kpi/index';
import { peakRssMb } from '../lib/timing';

async function endToEnd(rows: number): Promise<void> {
  const sheet = { name: ORDER_SHEET_NAME, values: generateOrderCells(rows) };
  const cellsRssMb = process.memoryUsage().rss / 2 ** 20;
  const start = performance.now();
  const engine = await createNodeEngine();
  const ingested = ingestOrders(sheet, { date1904: false });
  if (!ingested.value) throw new Error('ingest failed');
  await engine.loadTable('orders', ingested.value.table);
  const compiled = compileKpiQuery({ fieldsPresent: ingested.value.fieldsPresent, basis: 'natural', group: 'owner', asOf: DEMO_AS_OF });
  if (!compiled.value) throw new Error('KPI query did not compile');
  const kpiRows = (await engine.query(compiled.value.sql)).rows.length;
  const coldMs = performance.now() - start;
  await engine.close();
  console.log(JSON.stringify({ rows, kpiRows, coldMs, cellsRssMb, peakRssMb: peakRssMb() }));
}

endToEnd(Number(process.argv[2])).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
