import type { KpiCell, KpiKey, KpiRowWithTargets } from '../kpi/index';
import type { KpiQuery, KpiResult } from '../pipeline/types';
import type { AtRiskOrder, AtRiskQuestion } from '../review/at-risk';
import type { WindowRow, WindowRows } from '../review/window-rows';
import type { WindowQueryOptions } from '../review/window-sql';
import type { SourceColumn } from './source-columns';

/**
 * What a page (dashboard, add-in) calls to reach a database through the local data server
 * (server/data-server.ts): questions in, rows out; the page never sees SQL credentials. Pure
 * fetch, so it runs in a browser, a worker, or Node.
 */
export interface DataServerSource {
  table: string;
  columns: SourceColumn[];
  mapping: Record<string, string>;
  fieldsPresent: string[];
  months: string[];
  teams: string[];
  owners: string[];
  teamOf: Record<string, string>;
  rows: number;
  cancelled: number;
  satisfactionScale: number | null;
  ordersAcrossGroups: boolean;
  dialect: string;
}

export interface SqlTabResult {
  columns: { name: string; type: string }[];
  rows: Record<string, unknown>[];
  truncated: boolean;
  ms: number;
}

/**
 * The orders behind a number: the first ORDERS_BEHIND_MAX_ROWS of them by row, and how many
 * there are and how many of those the number counts (null when the KPI singles none out).
 * `columns` is null when the KPI cannot be listed for these columns (see `issues`).
 */
export interface OrdersBehindAnswer {
  rows: Record<string, unknown>[];
  columns: string[] | null;
  total: number;
  counted: number | null;
  issues: unknown[];
}

export interface DataServerClient {
  source(): Promise<DataServerSource>;
  kpis(question: KpiQuery): Promise<KpiResult & { rows: KpiRowWithTargets[] }>;
  ordersBehind(question: KpiQuery, cell: KpiCell): Promise<OrdersBehindAnswer>;
  sql(statement: string): Promise<SqlTabResult>;
  /** The created days of the orders: which months and weeks a review offers. */
  orderDays(): Promise<string[]>;
  /** A review window's rows (shared/review windowRows), each keyed `key` (the period's). */
  windowRows(question: Pick<WindowQueryOptions, 'basis' | 'group' | 'filters' | 'window' | 'withTotal'>, key: string): Promise<WindowRows>;
  atRisk(question: Pick<AtRiskQuestion, 'asOf' | 'days' | 'filters' | 'limit'>): Promise<{ orders: AtRiskOrder[]; total: number }>;
}

/** The server's refusal, in the language the page asked for (its `message`). */
export class DataServerError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** `lang` may be a function: a page whose language changes asks in the language of the moment. */
export function dataServerClient(baseUrl: string, lang: 'en' | 'zh' | (() => 'en' | 'zh') = 'en', fetchImpl: typeof fetch = fetch): DataServerClient {
  const call = async <T>(path: string, body?: unknown): Promise<T> => {
    const res = await fetchImpl(`${baseUrl.replace(/\/$/, '')}${path}`, {
      method: body === undefined ? 'GET' : 'POST',
      headers: { 'accept-language': typeof lang === 'function' ? lang() : lang, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const json = (await res.json()) as T & { error?: { code: string; message: string } };
    if (!res.ok) throw new DataServerError(res.status, json.error?.code ?? 'unknown', json.error?.message ?? res.statusText);
    return json;
  };
  return {
    source: () => call('/api/source'),
    kpis: (question) => call('/api/kpis', question),
    ordersBehind: (question, cell) => call('/api/orders-behind', { ...question, cell }),
    sql: (statement) => call('/api/sql', { sql: statement }),
    orderDays: async () => (await call<{ days: string[] }>('/api/order-days')).days,
    windowRows: async ({ basis, group, filters, window, withTotal }, key) => {
      // Only what the server reads: a window's asOf rides inside `window`.
      const asked = { basis, group, filters, window: { start: window.start, end: window.end, asOf: window.asOf }, ...(withTotal ? { withTotal } : {}) };
      const answer = await call<{ rows: WindowRow[]; kpis: KpiKey[]; total?: WindowRow | null }>('/api/window', asked);
      const keyed = (row: WindowRow) => ({ ...row, month: key });
      return { rows: answer.rows.map(keyed), kpis: answer.kpis, ...(answer.total !== undefined ? { total: answer.total && keyed(answer.total) } : {}) };
    },
    atRisk: ({ asOf, days, filters, limit }) => call('/api/at-risk', { asOf, days, filters, ...(limit !== undefined ? { limit } : {}) }),
  };
}
