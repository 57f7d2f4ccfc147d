import type { ViewState } from '../state/view-state';
import { chooseTeam } from '../state/choices';

/**
 * The views one click away on the team filter, in the order they are likely asked for: every
 * team (the way back), then each team alone. In a review meeting the team filter is the one
 * gone through; their answers are asked of the worker while the page is idle, so the click
 * itself waits only for drawing. The view itself is left out.
 */
export function viewsOneClickAway(view: ViewState, teams: readonly string[]): ViewState[] {
  const here = JSON.stringify(view);
  return [null, ...teams].map((team) => ({ ...view, ...chooseTeam(team) })).filter((next) => JSON.stringify(next) !== here);
}
