import type { Engine } from '../engine/engine';
import { KPI_KEYS, type KpiRow } from '../kpi/keys';
import { compileKpiQuery, attachTargets } from '../kpi/index';
import type { KpiQuery, KpiResult, LoadedData } from './types';

/** A query value as a number (BIGINT may arrive as bigint, DECIMAL as text); null stays null. */
function toNumber(v: unknown): number | null {
  if (v === null || v === undefined) return null;
  const n = typeof v === 'bigint' ? Number(v) : typeof v === 'string' ? Number(v) : (v as number);
  return typeof n === 'number' && Number.isFinite(n) ? n : null;
}

/** One engine result row as a KpiRow: every KPI key present (null when absent or no data). */
export function toKpiRow(row: Record<string, unknown>): KpiRow {
  const out = {
    month: String(row.month ?? ''),
    group: row.group === null || row.group === undefined ? null : String(row.group),
  } as KpiRow;
  for (const key of KPI_KEYS) out[key] = toNumber(row[key]);
  return out;
}

/**
 * Compute the KPI rows (month × group) for one question and attach the targets that apply.
 * Pure orchestration: the SQL comes from shared/kpi, the numbers from the engine.
 */
export async function computeKpis(engine: Engine, loaded: LoadedData, q: KpiQuery): Promise<KpiResult> {
  const compiled = compileKpiQuery({
    fieldsPresent: loaded.fieldsPresent,
    basis: q.basis,
    group: q.group,
    asOf: q.asOf,
    from: q.from,
    // Months after the as-of month are the future: orders due then that were already delivered
    // would show as a lone 100% on-time month. A later month is shown only when asked for.
    to: q.to ?? q.asOf.slice(0, 7),
    filters: q.filters,
    perMonth: q.perMonth,
    ordersAcrossGroups: loaded.ordersAcrossGroups,
  });
  if (!compiled.value) return { rows: [], absent: [], kpis: [], issues: compiled.issues, sql: null };
  const { sql, kpis, absent } = compiled.value;
  const result = await engine.query(sql);
  const rows = attachTargets(result.rows.map(toKpiRow), loaded.targets, {
    group: q.group,
    teamOf: (owner) => loaded.teamOf[owner] ?? null,
  });
  return { rows, absent, kpis, issues: compiled.issues, sql };
}
