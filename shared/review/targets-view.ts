import type { KpiKey } from '../kpi/keys';
import { normaliseTarget, type TargetScope } from '../kpi/targets';
import type { TargetRow } from '../schema/targets';
import { csvText } from '../export/index';

/** How specific a target row is: DESIGN.md's order owner+month > owner > team+month > team > month > blank. */
export const TARGET_SCOPES = ['ownerMonth', 'owner', 'teamMonth', 'team', 'month', 'all'] as const;
export type TargetScopeKind = (typeof TARGET_SCOPES)[number];

export function scopeKindOf(row: Pick<TargetRow, 'month' | 'team' | 'owner'>): TargetScopeKind {
  if (row.owner !== null) return row.month !== null ? 'ownerMonth' : 'owner';
  if (row.team !== null) return row.month !== null ? 'teamMonth' : 'team';
  return row.month !== null ? 'month' : 'all';
}

/** One target as the targets panel lists it. */
export interface TargetLine {
  row: TargetRow;
  value: number | null;
  scope: TargetScopeKind;
  /** An earlier row of the same KPI and scope: that one wins (the first row of a tie). */
  shadowedBy: TargetRow | null;
  /** Set in this product (browser storage or its own targets sheet), not read from the KPI sheet. */
  edited: boolean;
}

const sameText = (a: string | null, b: string | null) => (a ?? '').trim().toLowerCase() === (b ?? '').trim().toLowerCase();
const sameScope = (a: Pick<TargetRow, 'month' | 'team' | 'owner' | 'kpi'>, b: Pick<TargetRow, 'month' | 'team' | 'owner' | 'kpi'>) =>
  a.kpi === b.kpi && a.month === b.month && sameText(a.team, b.team) && sameText(a.owner, b.owner);

/** Every target row with a target value, in the order they are read (edits first). */
export function targetLines(targets: readonly TargetRow[], isEdited: (row: TargetRow) => boolean = () => false): TargetLine[] {
  const lines: TargetLine[] = [];
  targets.forEach((row, i) => {
    const value = normaliseTarget(row.kpi, row.target);
    if (value === null) return;
    const shadowedBy = targets.slice(0, i).find((other) => normaliseTarget(other.kpi, other.target) !== null && sameScope(other, row)) ?? null;
    lines.push({ row, value, scope: scopeKindOf(row), shadowedBy, edited: isEdited(row) });
  });
  return lines;
}

/** Which row gives a scope's target and which rows it beats, most specific first. */
export function explainTarget(targets: readonly TargetRow[], kpi: KpiKey, scope: TargetScope): { winner: TargetRow | null; candidates: TargetRow[] } {
  const applies = (row: TargetRow) =>
    row.kpi === kpi &&
    normaliseTarget(kpi, row.target) !== null &&
    (row.month === null || row.month === scope.month) &&
    (row.team === null || (scope.team !== null && sameText(row.team, scope.team))) &&
    (row.owner === null || (scope.owner !== null && sameText(row.owner, scope.owner)));
  const rank = (row: TargetRow) => TARGET_SCOPES.length - TARGET_SCOPES.indexOf(scopeKindOf(row));
  // Stable sort: of equally specific rows the first read wins, as in targetFor.
  const candidates = targets.filter(applies).sort((a, b) => rank(b) - rank(a));
  return { winner: candidates[0] ?? null, candidates };
}

/** A target set by a manager in the product: a team's or a member's, for a month or every month. */
export interface TargetEdit {
  month: string | null;
  team: string | null;
  owner: string | null;
  kpi: KpiKey;
  /** As the KPI's unit wants it (rates as fractions). */
  target: number;
}

/** Set (or change) a target: the edit of the same KPI and scope is replaced. */
export function upsertTargetEdit(edits: readonly TargetEdit[], edit: TargetEdit): TargetEdit[] {
  return [...edits.filter((e) => !sameScope(e, edit)), edit];
}

export function removeTargetEdit(edits: readonly TargetEdit[], edit: TargetEdit): TargetEdit[] {
  return edits.filter((e) => !sameScope(e, edit));
}

/** Edits as target rows, placed before the KPI sheet's so that an edit wins a tie of scope. */
export function withTargetEdits(read: readonly TargetRow[], edits: readonly TargetEdit[], source: (i: number) => string): TargetRow[] {
  return [...edits.map((e, i): TargetRow => ({ ...e, actual: null, source: source(i) })), ...read];
}

export const TARGET_SHEET_HEADERS = ['month', 'team', 'owner', 'kpi', 'target'] as const;

/** The edits as a KPI sheet in the long form the product reads back (month|team|owner|kpi|target). */
export function targetEditCells(edits: readonly TargetEdit[]): (string | number | null)[][] {
  return [[...TARGET_SHEET_HEADERS], ...edits.map((e) => [e.month, e.team, e.owner, e.kpi, e.target])];
}

export function targetEditsCsv(edits: readonly TargetEdit[]): string {
  return csvText(targetEditCells(edits));
}

const isKey = (k: unknown): k is KpiKey => typeof k === 'string' && k.length > 0;
const textOrNull = (v: unknown) => (v === null || v === undefined || String(v).trim() === '' ? null : String(v).trim());

/** The product's own targets sheet back into edits (rows it cannot read are skipped). */
export function targetEditsFromCells(cells: readonly (readonly unknown[])[], isKpi: (k: string) => k is KpiKey): TargetEdit[] {
  const out: TargetEdit[] = [];
  for (const row of cells.slice(1)) {
    const [month, team, owner, kpi, target] = row;
    const value = typeof target === 'number' ? target : Number(target);
    const key = textOrNull(kpi);
    if (!key || !isKey(key) || !isKpi(key) || !Number.isFinite(value) || textOrNull(target) === null) continue;
    const m = textOrNull(month);
    out.push({ month: m && /^\d{4}-\d{2}$/.test(m) ? m : null, team: textOrNull(team), owner: textOrNull(owner), kpi: key, target: value });
  }
  return out;
}
