/**
 * The SQL ingest of one CSV in a fresh process (native DuckDB, every core): read_csv into the
 * raw text table (raw-csv-load.ts), then loaded as the pipeline loads it (load-raw-orders.ts:
 * typed and combined in SQL, targets, facts); one line of JSON: the ms of each phase, since
 * the process started, and the peak RSS.
 *   sql-ingest.ts CSV
 */
import { readFileSync } from 'node:fs';
import { createNodeEngine } from '../../shared/engine/node';
import { loadRawCsv } from '../../shared/ingest/raw-csv-load';
import { loadRawOrders } from '../../shared/pipeline/load-raw-orders';

async function main(csv: string): Promise<void> {
  const engine = await createNodeEngine();
  const t0 = performance.now();
  const bytes = new Uint8Array(readFileSync(csv));
  const layout = await loadRawCsv(engine, 'raw', csv, bytes);
  const t1 = performance.now();
  const typed = await loadRawOrders(engine, 'raw', layout, 'Orders');
  const t2 = performance.now();
  await engine.close();
  const rows = typed.value?.rowCount ?? 0;
  console.log(JSON.stringify({ rows, issues: typed.issues.length, raw_ms: Math.round(t1 - t0), load_ms: Math.round(t2 - t1), ms: Math.round(performance.now()), peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024) }));
}

main(process.argv[2]).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
