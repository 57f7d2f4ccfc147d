import type { Column, ColumnTable } from '../schema/columns';

/**
 * Facts about the loaded orders that every front end needs for its pickers and labels
 * (months, teams, owners, each owner's team), read straight from the typed columns so no
 * query is needed.
 */

/** Row i holds a true value (bool, int or number column). */
function isTrueAt(column: Column | undefined, i: number): boolean {
  if (!column) return false;
  switch (column.kind) {
    case 'bool':
    case 'number':
      return column.valid[i] === 1 && column.values[i] !== 0;
    case 'int':
      return column.values[i] !== 0;
    case 'text':
      return false;
    case 'date':
      return column.valid[i] === 1;
  }
}

export function cancelledCount(table: ColumnTable): number {
  const column = table.columns.cancelled;
  let count = 0;
  for (let i = 0; i < table.rowCount; i++) if (isTrueAt(column, i)) count++;
  return count;
}

/** "YYYY-MM" of a wall-clock epoch-ms date. */
export function monthOf(wallClockMs: number): string {
  const d = new Date(wallClockMs);
  return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
}

const MS_PER_DAY = 86_400_000;
/** Dates spanning more days than this (a typo like year 9026) collect months through a Set. */
const DAY_BITMAP_LIMIT = 400_000;

/**
 * Every month any period basis can produce: months of created, due and delivered, sorted.
 * Dates are reduced to day numbers first (a million dates are a few hundred distinct days), and
 * only the distinct days become month labels: no Date object per row.
 */
export function monthsIn(table: ColumnTable): string[] {
  const columns = ['created', 'due', 'delivered']
    .map((name) => table.columns[name])
    .filter((c): c is Extract<Column, { kind: 'date' }> => c !== undefined && c.kind === 'date');
  let min = Infinity;
  let max = -Infinity;
  for (const { values, valid } of columns) {
    for (let i = 0; i < table.rowCount; i++) {
      if (valid[i] === 0) continue;
      const day = Math.floor(values[i] / MS_PER_DAY);
      if (day < min) min = day;
      if (day > max) max = day;
    }
  }
  if (min > max) return [];
  const days = new Set<number>();
  if (max - min < DAY_BITMAP_LIMIT) {
    const seen = new Uint8Array(max - min + 1);
    for (const { values, valid } of columns) {
      for (let i = 0; i < table.rowCount; i++) if (valid[i] !== 0) seen[Math.floor(values[i] / MS_PER_DAY) - min] = 1;
    }
    for (let d = 0; d < seen.length; d++) if (seen[d] === 1) days.add(min + d);
  } else {
    for (const { values, valid } of columns) {
      for (let i = 0; i < table.rowCount; i++) if (valid[i] !== 0) days.add(Math.floor(values[i] / MS_PER_DAY));
    }
  }
  const months = new Set<string>();
  for (const day of days) months.add(monthOf(day * MS_PER_DAY));
  return [...months].sort();
}

/** The distinct non-blank texts of a text column, sorted in the user's locale-independent order. */
export function distinctTexts(table: ColumnTable, name: string): string[] {
  const column = table.columns[name];
  if (!column || column.kind !== 'text') return [];
  const values = new Set<string>();
  for (const v of column.values) if (v !== null && v !== '') values.add(v);
  return [...values].sort();
}

/** How many orders each owner has in each team: owner → team → count. */
export type TeamCounts = Map<string, Map<string, number>>;

export function teamCounts(table: ColumnTable): TeamCounts {
  const owners = table.columns.owner;
  const teams = table.columns.team;
  const counts: TeamCounts = new Map();
  if (!owners || owners.kind !== 'text' || !teams || teams.kind !== 'text') return counts;
  for (let i = 0; i < table.rowCount; i++) {
    const owner = owners.values[i];
    const team = teams.values[i];
    if (!owner || !team) continue;
    let perTeam = counts.get(owner);
    if (!perTeam) counts.set(owner, (perTeam = new Map()));
    perTeam.set(team, (perTeam.get(team) ?? 0) + 1);
  }
  return counts;
}

/** The counts of two parts of one table, added (into `into`). */
export function addTeamCounts(into: TeamCounts, more: TeamCounts): TeamCounts {
  for (const [owner, perTeam] of more) {
    let mine = into.get(owner);
    if (!mine) into.set(owner, (mine = new Map()));
    for (const [team, n] of perTeam) mine.set(team, (mine.get(team) ?? 0) + n);
  }
  return into;
}

/** Each owner's team from the counts: the team of most of their orders (ties → the first by name). */
export function teamOfCounts(counts: TeamCounts): Record<string, string> {
  const teamOf: Record<string, string> = {};
  for (const owner of [...counts.keys()].sort()) {
    let best: string | null = null;
    let bestCount = 0;
    for (const [team, n] of counts.get(owner)!) {
      if (n > bestCount || (n === bestCount && best !== null && team < best)) {
        best = team;
        bestCount = n;
      }
    }
    if (best !== null) teamOf[owner] = best;
  }
  return teamOf;
}

/**
 * Each owner's team: the team of most of their orders (ties → the alphabetically first team),
 * so team targets can apply to a member's row.
 */
export function teamOfOwners(table: ColumnTable): Record<string, string> {
  return teamOfCounts(teamCounts(table));
}

/** Two sorted lists of distinct texts as one (months, teams, owners of a table read in parts). */
export function unionSorted(a: readonly string[], b: readonly string[]): string[] {
  return [...new Set([...a, ...b])].sort();
}
