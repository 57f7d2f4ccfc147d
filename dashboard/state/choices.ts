import type { ViewState } from './view-state';

/** The "every team" / "every member" entry of a list filter. */
export const ALL_CHOSEN = '';

/**
 * What a list filter holds after a click on one entry: "all" empties it (no filter); any other
 * entry is added or taken away. Kept in the list's own order, so the same choice reads the same
 * (in the link too) however it was clicked together; a chosen value the list no longer has (a
 * link from other data) stays, at the end.
 */
export function choiceAfterClick(options: readonly string[], chosen: readonly string[], clicked: string): string[] {
  if (clicked === ALL_CHOSEN) return [];
  const next = new Set(chosen);
  if (next.has(clicked)) next.delete(clicked);
  else next.add(clicked);
  return [...options.filter((o) => next.has(o)), ...chosen.filter((c) => next.has(c) && !options.includes(c))];
}

/**
 * Choosing teams on the filter bar ([] = every team). Chosen members, and a member picked in a
 * chart, stay only if they are in those teams.
 */
export function chooseTeams(view: Pick<ViewState, 'owners' | 'pickMember'>, teams: string[], teamOf: Readonly<Record<string, string>>): Partial<ViewState> {
  const inTeams = (member: string) => teams.length === 0 || teams.includes(teamOf[member] ?? '');
  return { teams, owners: view.owners.filter(inTeams), pickMember: view.pickMember !== null && inTeams(view.pickMember) ? view.pickMember : null };
}
