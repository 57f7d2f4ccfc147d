import type { ViewState } from './view-state';

/**
 * Choosing a team on the filter bar ("" or null: every team). The member filter and a member
 * picked in a chart are cleared: they may not be in the new team.
 */
export function chooseTeam(team: string | null): Partial<ViewState> {
  return { teams: team ? [team] : [], owners: [], pickMember: null };
}
