import { describe, expect, it } from 'vitest';
import { viewsOneClickAway } from '../../../dashboard/app/answers-ahead';
import { chooseTeam } from '../../../dashboard/state/choices';
import { DEFAULT_VIEW, type ViewState } from '../../../dashboard/state/view-state';

describe('chooseTeam', () => {
  it('sets one team, or every team, and clears the member filter and the picked member', () => {
    expect(chooseTeam('华东')).toEqual({ teams: ['华东'], owners: [], pickMember: null });
    expect(chooseTeam('')).toEqual({ teams: [], owners: [], pickMember: null });
    expect(chooseTeam(null)).toEqual({ teams: [], owners: [], pickMember: null });
  });
});

describe('viewsOneClickAway', () => {
  const teams = ['North', 'South', 'West'];

  it('from every team: each team alone, the rest of the view unchanged', () => {
    const view: ViewState = { ...DEFAULT_VIEW, from: '2026-03', basis: 'created', pickMonth: '2026-05' };
    const next = viewsOneClickAway(view, teams);
    expect(next.map((v) => v.teams)).toEqual([['North'], ['South'], ['West']]);
    for (const v of next) expect({ ...v, teams: [] }).toEqual(view);
  });

  it('from one team: every team first (the way back), then the other teams', () => {
    const view: ViewState = { ...DEFAULT_VIEW, teams: ['South'] };
    expect(viewsOneClickAway(view, teams).map((v) => v.teams)).toEqual([[], ['North'], ['West']]);
  });

  it('from one team with a member chosen: the team itself again is one click away too (it clears the member)', () => {
    const view: ViewState = { ...DEFAULT_VIEW, teams: ['South'], owners: ['Li Lei'], pickMember: 'Li Lei' };
    const next = viewsOneClickAway(view, teams);
    expect(next.map((v) => v.teams)).toEqual([[], ['North'], ['South'], ['West']]);
    expect(next.every((v) => v.owners.length === 0 && v.pickMember === null)).toBe(true);
  });

  it('each view is what the filter bar would make of that click', () => {
    // A member chosen: "every team" clears it, so it is a click away as well.
    const view: ViewState = { ...DEFAULT_VIEW, owners: ['Han Meimei'] };
    const next = viewsOneClickAway(view, teams);
    expect(next).toHaveLength(4);
    expect(next[0]).toEqual({ ...view, ...chooseTeam(null) });
    expect(next[2]).toEqual({ ...view, ...chooseTeam('South') });
  });
});
