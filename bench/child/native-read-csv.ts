/**
 * The baseline of bench/child/sql-ingest.ts in a fresh process: native DuckDB (every core)
 * reads the same CSV with read_csv and its own type detection into a table, nothing else; one
 * line of JSON: the ms since the process started and the peak RSS.
 *   native-read-csv.ts CSV
 */
import { availableParallelism } from 'node:os';
import { DuckDBInstance } from '@duckdb/node-api';

async function main(csv: string): Promise<void> {
  const instance = await DuckDBInstance.create(':memory:', { threads: String(availableParallelism()) });
  const conn = await instance.connect();
  await conn.run(`CREATE TABLE orders AS SELECT * FROM read_csv('${csv.replaceAll("'", "''")}')`);
  const reader = await conn.runAndReadAll('SELECT count(*) AS n FROM orders');
  conn.closeSync();
  instance.closeSync();
  console.log(JSON.stringify({ rows: Number(reader.getRows()[0][0]), ms: Math.round(performance.now()), peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024) }));
}

main(process.argv[2]).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
