import type { DateOrder } from '../../shared/ingest/index';
import type { AbsentKpi, KpiKey, PeriodBasis } from '../../shared/kpi/index';
import type { Issue, OrderField } from '../../shared/schema/index';
import type { BehindCell } from '../state/view-state';
import type { TableData, ViewData, ViewQuestion } from './view-data';

/*
 * Messages between the page and the data worker. The worker owns everything heavy — reading
 * the file, parsing it, DuckDB, the KPI cube — so the page never freezes; the page sends
 * questions and draws answers.
 */

/** The basis and as-of date of the view the page will ask for first: its cube is built early. */
export interface CubeKey {
  basis: PeriodBasis;
  asOf: string;
}

export interface OpenOptions {
  ordersSheet?: string;
  /** field → header ("" = leave the field unmapped), from the mapping editor. */
  overrides?: Partial<Record<OrderField, string>>;
  /** How to read dates like 05/06/2026 in columns that do not show it (the mapping editor); default: the data's, else the browser language's. */
  dateOrder?: DateOrder;
}

export interface MappedColumn {
  header: string;
  confidence: number;
}

/** What the page knows about the data once it is loaded. */
export interface DataSummary {
  fieldsPresent: OrderField[];
  months: string[];
  teams: string[];
  owners: string[];
  teamOf: Record<string, string>;
  rowCount: number;
  cancelledCount: number;
  satisfactionScale: 5 | 10 | 100 | null;
  kpis: KpiKey[];
  absent: AbsentKpi[];
  targetRows: number;
}

export interface OpenResult {
  fileName: string;
  demo: boolean;
  sheets: { name: string; rows: number }[];
  ordersSheet: string | null;
  kpiSheet: string | null;
  /** The orders sheet's headers and how they map (for the mapping editor). */
  headers: string[];
  mapping: Partial<Record<OrderField, MappedColumn>>;
  overrides: Partial<Record<OrderField, string>>;
  issues: Issue[];
  /** null = the data could not be used (see the error issues). */
  data: DataSummary | null;
  /** Milliseconds per step (read, parse, ingest, load, cube), for the benchmark. */
  timings: Record<string, number>;
}

export interface BehindInfo {
  total: number;
  /** Orders the number counts (on time, with errors …); null when the KPI singles none out. */
  counted: number | null;
  columns: string[];
}

export type WorkerRequest =
  /** Answers once DuckDB has started (a spare worker, started ahead of the next open). */
  | { type: 'ready' }
  | { type: 'open'; file: File | null; options: OpenOptions; prepare?: CubeKey }
  | { type: 'view'; question: ViewQuestion }
  | { type: 'table'; question: ViewQuestion }
  | { type: 'behind'; question: ViewQuestion; cell: BehindCell }
  | { type: 'behindRows'; start: number; end: number };

export interface WorkerReplies {
  ready: null;
  open: OpenResult;
  view: ViewData;
  table: TableData;
  behind: BehindInfo | null;
  behindRows: Record<string, unknown>[];
}

/** The error of an open when DuckDB does not start in time (the page says so in words). */
export const ENGINE_TIMEOUT = 'engineTimeout';

export type LoadStep = 'engine' | 'read' | 'parse' | 'ingest' | 'load' | 'targets' | 'summary';

export type WorkerMessage =
  | { id: number; ok: true; value: unknown }
  | { id: number; ok: false; error: string }
  | { id: -1; progress: { step: LoadStep; fraction: number } };
