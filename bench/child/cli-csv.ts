/**
 * The report CLI itself (cli/report-cli.ts, arguments passed through) in this fresh
 * process; when it exits, one line of JSON: the ms since the process started (Node's start,
 * module loading, reading and parsing the CSV, ingest, loading native DuckDB, the KPI SQL, the
 * JSON written) and its peak RSS. Run by bench/suites/csv.ts.
 */
process.on('exit', (code) => {
  console.log(JSON.stringify({ code, ms: performance.now(), peakRssMb: process.resourceUsage().maxRSS / 1024 }));
});
await import('../../cli/report-cli');

export {};
