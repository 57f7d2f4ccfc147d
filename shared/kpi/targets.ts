import type { TargetRow } from '../schema/targets';
import { KPI_CATALOG } from './catalog';
import { KPI_KEYS, type Grouping, type KpiKey, type KpiRow, type KpiRowWithTargets, type TargetCheck } from './keys';
import { MONTH_ALL } from './options';

/** Whose target: a month ("YYYY-MM", null = the whole range), a team, an owner (null = none). */
export interface TargetScope {
  month: string | null;
  team: string | null;
  owner: string | null;
}

/**
 * A target or actual as the KPI's unit wants it. Rates are fractions: "95%" → 0.95, and a rate
 * above 1 was written in percent (95 → 0.95), since no rate can exceed 100%.
 */
export function normaliseTarget(kpi: KpiKey, raw: number | string | null | undefined): number | null {
  if (raw === null || raw === undefined) return null;
  let value: number;
  if (typeof raw === 'string') {
    const text = raw.trim().replace(/[,，\s]/g, '');
    const percent = /[%％]$/.test(text);
    value = Number(percent ? text.slice(0, -1) : text);
    if (text === '' || text === '%' || !Number.isFinite(value)) return null;
    if (percent) value /= 100;
  } else {
    if (!Number.isFinite(raw)) return null;
    value = raw;
  }
  return KPI_CATALOG[kpi].unit === 'rate' && value > 1 ? value / 100 : value;
}

const sameName = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/**
 * How specific a row is for a scope, or -1 when it does not apply. A blank month/team/owner
 * applies to all; owner outranks team outranks month, giving DESIGN.md's order
 * owner+month (5) > owner (4) > team+month (3) > team (2) > month (1) > blank (0).
 */
function specificity(row: TargetRow, scope: TargetScope): number {
  if (row.month !== null && row.month !== scope.month) return -1;
  if (row.team !== null && (scope.team === null || !sameName(row.team, scope.team))) return -1;
  if (row.owner !== null && (scope.owner === null || !sameName(row.owner, scope.owner))) return -1;
  return (row.owner !== null ? 4 : 0) + (row.team !== null ? 2 : 0) + (row.month !== null ? 1 : 0);
}

/** The most specific row with a value in `column` for this KPI and scope (ties: the first row). */
function mostSpecific(
  targets: readonly TargetRow[],
  kpi: KpiKey,
  scope: TargetScope,
  column: 'target' | 'actual',
): TargetRow | null {
  let best: TargetRow | null = null;
  let bestRank = -1;
  for (const row of targets) {
    if (row.kpi !== kpi || normaliseTarget(kpi, row[column]) === null) continue;
    const rank = specificity(row, scope);
    if (rank > bestRank) [best, bestRank] = [row, rank];
  }
  return best;
}

/** The target of a KPI for a scope (most specific row wins), normalised; null = none. */
export function targetFor(targets: readonly TargetRow[], kpi: KpiKey, scope: TargetScope): number | null {
  const row = mostSpecific(targets, kpi, scope, 'target');
  return row ? normaliseTarget(kpi, row.target) : null;
}

/** An externally measured actual for a scope (e.g. a monthly survey), with the cell it came from. */
export function actualFor(
  targets: readonly TargetRow[],
  kpi: KpiKey,
  scope: TargetScope,
): { value: number; source: string } | null {
  const row = mostSpecific(targets, kpi, scope, 'actual');
  const value = row ? normaliseTarget(kpi, row.actual) : null;
  return row && value !== null ? { value, source: row.source } : null;
}

/** A rounding hair: 57/60 must meet a 95% target even if the division lands a bit under. */
const EPSILON = 1e-12;

/** Met by the KPI's direction (higher: value ≥ target; lower: value ≤ target); null = no value. */
export function isTargetMet(kpi: KpiKey, value: number | null, target: number): boolean | null {
  if (value === null) return null;
  const slack = EPSILON * Math.max(1, Math.abs(target));
  return KPI_CATALOG[kpi].direction === 'higher' ? value >= target - slack : value <= target + slack;
}

/** Attainment is shown on a 0 … 2 scale (0% … 200%): beyond it colours say nothing more. */
export const ATTAINMENT_MAX = 2;

/**
 * Attainment for heatmaps: 1 = exactly on target, above 1 = better than target, whichever the
 * direction (higher: value ÷ target; lower: target ÷ value), clamped to 0 … ATTAINMENT_MAX.
 */
export function attainment(kpi: KpiKey, value: number | null, target: number | null): number | null {
  if (value === null || target === null || !Number.isFinite(value) || !Number.isFinite(target)) return null;
  if (value === target) return 1;
  const ratio = KPI_CATALOG[kpi].direction === 'higher' ? value / target : target / value;
  // A zero denominator: beating a zero target is the top of the scale, missing it the bottom.
  const finite = Number.isFinite(ratio) ? ratio : isTargetMet(kpi, value, target) ? ATTAINMENT_MAX : 0;
  return Math.min(ATTAINMENT_MAX, Math.max(0, finite));
}

/** The scope of one KPI row under a grouping. */
export function scopeOfRow(
  row: Pick<KpiRow, 'month' | 'group'>,
  group: Grouping,
  teamOf?: (owner: string) => string | null,
): TargetScope {
  const month = row.month === MONTH_ALL ? null : row.month;
  if (group === 'owner' && row.group !== null) return { month, owner: row.group, team: teamOf?.(row.group) ?? null };
  if (group === 'team') return { month, owner: null, team: row.group };
  return { month, owner: null, team: null };
}

/**
 * The target rows that can apply to a row of `month` (its own month's and every month's), by
 * KPI, in sheet order (on a tie the first row wins). Gathered once per month: a member × month
 * grid then reads the ~25 rows of its month per cell instead of every row of the sheet.
 */
function targetsOfMonth(targets: readonly TargetRow[]): (month: string) => Map<KpiKey, TargetRow[]> {
  const byMonth = new Map<string, Map<KpiKey, TargetRow[]>>();
  return (month) => {
    let byKpi = byMonth.get(month);
    if (!byKpi) {
      byKpi = new Map(KPI_KEYS.map((kpi) => [kpi, []]));
      const own = month === MONTH_ALL ? null : month;
      for (const target of targets) if (target.month === null || target.month === own) byKpi.get(target.kpi)?.push(target);
      byMonth.set(month, byKpi);
    }
    return byKpi;
  };
}

/**
 * Each row with the targets that apply to it: `met` by the KPI's direction and the gap. Where
 * the orders cannot give a KPI (null) and the KPI sheet has an actual for the row, that actual
 * becomes the value and `fromKpiSheet` names the cell it came from.
 */
export function attachTargets(
  rows: readonly KpiRow[],
  targets: readonly TargetRow[],
  opts: { group: Grouping; teamOf?: (owner: string) => string | null },
): KpiRowWithTargets[] {
  const candidatesOf = targetsOfMonth(targets);
  return rows.map((row) => {
    const scope = scopeOfRow(row, opts.group, opts.teamOf);
    const candidates = candidatesOf(row.month);
    const out: KpiRowWithTargets = { ...row, targets: {} };
    for (const kpi of KPI_KEYS) {
      const ofKpi = candidates.get(kpi)!;
      if (ofKpi.length === 0) continue;
      if (out[kpi] === null) {
        const actual = actualFor(ofKpi, kpi, scope);
        if (actual) {
          out[kpi] = actual.value;
          out.fromKpiSheet = { ...out.fromKpiSheet, [kpi]: actual.source };
        }
      }
      const target = targetFor(ofKpi, kpi, scope);
      if (target === null) continue;
      const value = out[kpi];
      const check: TargetCheck = { target, met: isTargetMet(kpi, value, target), gap: value === null ? null : value - target };
      out.targets[kpi] = check;
    }
    return out;
  });
}
