import type { Measurement } from './types';

const formatValue = (m: Measurement): string => {
  if (m.unit === 'ms') return `${m.value.toFixed(0)} ms`;
  if (m.unit === 'MB') return `${m.value.toFixed(0)} MB`;
  if (m.unit === 'rows/s') return `${Math.round(m.value).toLocaleString('en-US')} rows/s`;
  return Number.isInteger(m.value) ? String(m.value) : m.value.toFixed(2);
};

/** A plain-text table: one line per step, one column per data size. */
export function measurementTable(measurements: Measurement[]): string {
  const sizes = [...new Set(measurements.map((m) => m.rows))].sort((a, b) => a - b);
  const steps = [...new Map(measurements.map((m) => [`${m.suite}|${m.step}`, m])).values()];
  const header = ['suite', 'step', ...sizes.map((s) => `${s.toLocaleString('en-US')} rows`)];
  const lines = steps.map((first) => {
    const cells = sizes.map((rows) => {
      const m = measurements.find((x) => x.suite === first.suite && x.step === first.step && x.rows === rows);
      return m ? formatValue(m) : '—';
    });
    return [first.suite, first.step, ...cells];
  });
  const widths = header.map((_, c) => Math.max(...[header, ...lines].map((l) => l[c].length)));
  const render = (l: string[]) => l.map((cell, c) => (c < 2 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('  ');
  const notes = measurements.filter((m) => m.note).map((m) => `  ${m.suite} ${m.step} (${m.rows.toLocaleString('en-US')}): ${m.note}`);
  return [render(header), widths.map((w) => '-'.repeat(w)).join('  '), ...lines.map(render), ...(notes.length ? ['', 'notes:', ...notes] : [])].join('\n');
}

export interface BenchSummary {
  rows: number;
  ingest_ms: number | null;
  ingest_rows_per_s: number | null;
  kpi_ms: number | null;
  kpi_native_ms: number | null;
  kpi_reference_ms: number | null;
  kpi_vs_native: number | null;
  end_to_end_ms: number | null;
  peak_rss_mb: number | null;
  /** Loading the typed table: DuckDB-WASM (public Arrow insert) and native DuckDB (appender). */
  load_ms: number | null;
  load_native_ms: number | null;
  end_to_end_native_ms: number | null;
  /** The report CLI on a CSV against native read_csv + the same KPI SQL, fresh processes (suites/csv.ts). */
  csv_ms: number | null;
  csv_native_ms: number | null;
  csv_vs_native: number | null;
  csv_rss_mb: number | null;
  csv_native_rss_mb: number | null;
  rss_vs_native: number | null;
}

/**
 * The one-line JSON of issue 2 item 10 (and issue 11 item 2: load_*, csv_*, rss_vs_native), for
 * the largest size measured. `csv_vs_native` and `rss_vs_native` are ratios of the csv suite's
 * medians (report CLI ÷ native read_csv, same rounds). When the native suite
 * ran, `kpi_ms` and `kpi_native_ms` are its alternating rounds (wasm, native, wasm, …), so the
 * ratio compares engines under the same load; otherwise `kpi_ms` is the node-wasm suite's.
 */
export function summaryOf(measurements: Measurement[], rows: number): BenchSummary {
  const pick = (suite: string, step: string) =>
    measurements.find((m) => m.suite === suite && m.step === step && m.rows === rows)?.value ?? null;
  const round = (v: number | null, digits = 0) => (v === null ? null : Number(v.toFixed(digits)));
  const native = pick('native', 'kpi');
  const kpi = (native !== null ? pick('native', 'wasm kpi (same rounds)') : null) ?? pick('node-wasm', 'kpi');
  const ratio = (a: number | null, b: number | null) => (a !== null && b !== null ? round(a / b, 2) : null);
  const [csvMs, csvNativeMs] = [pick('csv', 'report CLI on the CSV'), pick('csv', 'native read_csv + KPI SQL')];
  const [csvRss, csvNativeRss] = [pick('csv', 'report CLI peak RSS'), pick('csv', 'native peak RSS')];
  return {
    rows,
    ingest_ms: round(pick('node-wasm', 'ingest')),
    ingest_rows_per_s: round(pick('node-wasm', 'ingest rate')),
    kpi_ms: round(kpi),
    kpi_native_ms: round(native),
    kpi_reference_ms: round(pick('reference', 'kpi')),
    kpi_vs_native: kpi !== null && native !== null ? round(kpi / native, 2) : null,
    end_to_end_ms: round(pick('node-wasm', 'end to end')),
    // The product's peak (one end to end in a fresh process); else this whole process's.
    peak_rss_mb: round(pick('fresh-process', 'peak RSS') ?? pick('node-wasm', 'peak RSS (bench process)')),
    load_ms: round(pick('node-wasm', 'load')),
    load_native_ms: round(pick('node-native', 'load')),
    end_to_end_native_ms: round(pick('node-native', 'end to end')),
    csv_ms: round(csvMs),
    csv_native_ms: round(csvNativeMs),
    csv_vs_native: ratio(csvMs, csvNativeMs),
    csv_rss_mb: round(csvRss),
    csv_native_rss_mb: round(csvNativeRss),
    rss_vs_native: ratio(csvRss, csvNativeRss),
  };
}

/** The printed note that says where the JSON's KPI figures come from. */
export function summaryNote(measurements: Measurement[], rows: number): string {
  const native = measurements.find((m) => m.suite === 'native' && m.step === 'kpi' && m.rows === rows);
  if (!native) return 'JSON: kpi_ms is the node-wasm suite\'s median; native DuckDB was not run.';
  const threads = /default (\d+) threads/.exec(native.note ?? '')?.[1] ?? '?';
  return (
    `JSON: kpi_ms = DuckDB-WASM (1 thread), kpi_native_ms = native DuckDB at its default ${threads} threads, ` +
    `medians of the native suite's ${native.runs.length} alternating rounds; the 1-thread native time and both ratios are in the table.`
  );
}
