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
}

/** The one-line JSON of issue 2 item 10, for the largest size measured. */
export function summaryOf(measurements: Measurement[], rows: number): BenchSummary {
  const pick = (suite: string, step: string) =>
    measurements.find((m) => m.suite === suite && m.step === step && m.rows === rows)?.value ?? null;
  const round = (v: number | null, digits = 0) => (v === null ? null : Number(v.toFixed(digits)));
  const kpi = pick('node-wasm', 'kpi');
  const native = pick('native', 'kpi');
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
  };
}
