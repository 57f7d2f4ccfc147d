import type { Engine } from '../engine/engine';
import { isZeroWhenEmpty } from '../kpi/catalog';
import { hasRateBase } from '../kpi/window-columns';
import { KPI_KEYS, type KpiKey, type KpiRow } from '../kpi/keys';
import { compileWindowQuery, hitColumn, ofColumn, OPEN_AHEAD, type WindowQueryOptions } from './window-sql';

/** The counts a rate rests on: `hit` of `of` orders (on time of those due, with errors of those delivered). */
export interface RateBase {
  hit: number;
  of: number;
}

/** One group's KPIs over a window of days, with what the rates rest on. */
export type WindowRow = KpiRow & {
  bases: Partial<Record<KpiKey, RateBase>>;
  /** Open orders due in the window on or after the as-of date (null: no due/delivered date). */
  openAhead: number | null;
};

const toNumber = (v: unknown): number | null => {
  if (v === null || v === undefined) return null;
  const n = Number(v);
  return Number.isFinite(n) ? n : null;
};

/** One engine result row as a WindowRow; `month` is the review period's key. */
export function toWindowRow(row: Record<string, unknown>, key: string, kpis: readonly KpiKey[]): WindowRow {
  const out = { month: key, group: row.group === null || row.group === undefined ? null : String(row.group), bases: {}, openAhead: null } as WindowRow;
  for (const kpi of KPI_KEYS) out[kpi] = kpis.includes(kpi) ? toNumber(row[kpi]) : null;
  for (const kpi of kpis) {
    if (!hasRateBase(kpi)) continue;
    out.bases[kpi] = { hit: toNumber(row[hitColumn(kpi)]) ?? 0, of: toNumber(row[ofColumn(kpi)]) ?? 0 };
  }
  if (OPEN_AHEAD in row) out.openAhead = toNumber(row[OPEN_AHEAD]);
  return out;
}

/** An empty window: nothing counted (counts 0, the rest no value). */
export function emptyWindowRow(key: string, group: string | null, kpis: readonly KpiKey[]): WindowRow {
  return toWindowRow({ group, ...Object.fromEntries(kpis.filter(isZeroWhenEmpty).map((k) => [k, 0])) }, key, kpis);
}

/**
 * The rows of one window as the review asks for them: from the engine the orders are in
 * (windowRows), or from a data server that runs the same compiled query in its database.
 */
export type WindowRowsOf = (opts: WindowQueryOptions, key: string) => Promise<WindowRows>;

/**
 * A window's rows; with `withTotal` (when it applies, see KpiQueryOptions) also the row of all
 * groups together, from the same scan: null when no order falls in the window, absent when not
 * asked for or not applicable (the caller then asks for it on its own).
 */
export interface WindowRows {
  rows: WindowRow[];
  kpis: KpiKey[];
  total?: WindowRow | null;
}

/** The rows of one window, asked of the engine (anything that runs SQL over `orders`, in opts.dialect). */
export async function windowRows(engine: Pick<Engine, 'query'>, opts: WindowQueryOptions, key: string): Promise<WindowRows> {
  const compiled = compileWindowQuery(opts);
  if (!compiled.value) return { rows: [], kpis: [] };
  const { sql, kpis, withTotal } = compiled.value;
  const result = await engine.query(sql);
  if (!withTotal) return { rows: result.rows.map((r) => toWindowRow(r, key, kpis)), kpis };
  const total = result.rows.find((r) => r[TOTAL_COLUMN] === true);
  return {
    rows: result.rows.filter((r) => r[TOTAL_COLUMN] !== true).map((r) => toWindowRow(r, key, kpis)),
    kpis,
    total: total ? toWindowRow(total, key, kpis) : null,
  };
}

const TOTAL_COLUMN = 'is_total';
