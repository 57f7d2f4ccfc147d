import type { ColumnTable } from '../../shared/schema/columns';
import type { OrderField } from '../../shared/schema/fields';
import type { SheetData } from '../../shared/schema/workbook';

/** One size of benchmark data, prepared once and shared by every suite. */
export interface BenchInput {
  rows: number;
  /** The orders sheet as Excel's range.values would give it (header row first). */
  sheet: SheetData;
  /** The as-of date of every KPI query. */
  asOf: string;
  /** The sheet ingested once (the ingest warm-up), for suites that start from the typed table. */
  table: ColumnTable;
  fieldsPresent: OrderField[];
  /** All monthly KPIs by owner: the one SQL every engine runs. */
  sql: string;
  /** The KPI rows as the Node DuckDB-WASM engine gives them: the others are checked against it. */
  kpiRows?: Record<string, unknown>[];
}

export type Unit = 'ms' | 'MB' | 'rows/s' | 'ratio';

export interface Measurement {
  /** Which suite measured it, e.g. "node-wasm", "native", "reference", "browser". */
  suite: string;
  step: string;
  rows: number;
  value: number;
  unit: Unit;
  /** Every timed run, for the curious (empty for a single reading). */
  runs: number[];
  note?: string;
}

export interface RunOptions {
  /** Timed runs per step (the median is reported); one warm-up run comes first. */
  runs: number;
}

/**
 * A benchmark suite: given prepared data, measure some steps. The Node suites live in
 * bench/suites/; a browser suite (Chromium, added later) is one more file implementing this,
 * listed in bench/suites/index.ts.
 */
export interface BenchSuite {
  name: string;
  run(input: BenchInput, opts: RunOptions): Promise<Measurement[]>;
}
