/**
 * The baseline of bench/suites/csv.ts in a fresh process: native DuckDB (every core) reads the
 * CSV itself (`read_csv`, bench/lib/native-csv-sql.ts), runs the same compiled KPI SQL and
 * writes the rows as JSON; then one line of JSON: the ms since the process started and its peak RSS.
 *   native-csv.ts CSV LOAD_SQL_FILE KPI_SQL_FILE OUT_JSON
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { DuckDBInstance } from '@duckdb/node-api';
import { CSV_PATH } from '../lib/native-csv-sql';

async function main(csv: string, loadSqlFile: string, kpiSqlFile: string, out: string): Promise<void> {
  const instance = await DuckDBInstance.create(':memory:', { threads: String(availableParallelism()) });
  const conn = await instance.connect();
  await conn.run(readFileSync(loadSqlFile, 'utf8').replace(CSV_PATH, csv.replaceAll("'", "''")));
  const reader = await conn.runAndReadAll(readFileSync(kpiSqlFile, 'utf8'));
  const rows = reader.getRowObjectsJson();
  writeFileSync(out, JSON.stringify({ rows }));
  conn.closeSync();
  instance.closeSync();
  console.log(JSON.stringify({ code: 0, ms: performance.now(), peakRssMb: process.resourceUsage().maxRSS / 1024, kpiRows: rows.length }));
}

const [csv, loadSql, kpiSql, out] = process.argv.slice(2);
main(csv, loadSql, kpiSql, out).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
