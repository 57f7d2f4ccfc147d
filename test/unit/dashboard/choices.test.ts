import { describe, expect, it } from 'vitest';
import { ALL_CHOSEN, choiceAfterClick, chooseTeams } from '../../../dashboard/state/choices';

const TEAMS = ['售后', '团购', '外贸', '跟单'];

describe('choiceAfterClick', () => {
  it('a click adds an entry, a second click on it takes it away', () => {
    expect(choiceAfterClick(TEAMS, [], '外贸')).toEqual(['外贸']);
    expect(choiceAfterClick(TEAMS, ['外贸'], '售后')).toEqual(['售后', '外贸']);
    expect(choiceAfterClick(TEAMS, ['售后', '外贸'], '外贸')).toEqual(['售后']);
    expect(choiceAfterClick(TEAMS, ['售后'], '售后')).toEqual([]);
  });

  it('"all" empties the choice (no filter)', () => {
    expect(choiceAfterClick(TEAMS, ['售后', '外贸'], ALL_CHOSEN)).toEqual([]);
    expect(choiceAfterClick(TEAMS, [], ALL_CHOSEN)).toEqual([]);
  });

  it('keeps the list’s order whatever the order of the clicks', () => {
    const oneWay = choiceAfterClick(TEAMS, choiceAfterClick(TEAMS, [], '跟单'), '团购');
    const otherWay = choiceAfterClick(TEAMS, choiceAfterClick(TEAMS, [], '团购'), '跟单');
    expect(oneWay).toEqual(['团购', '跟单']);
    expect(otherWay).toEqual(oneWay);
  });

  it('a chosen value the list does not have (a link from other data) stays, at the end', () => {
    expect(choiceAfterClick(TEAMS, ['华北'], '售后')).toEqual(['售后', '华北']);
    expect(choiceAfterClick(TEAMS, ['华北', '售后'], '售后')).toEqual(['华北']);
  });
});

describe('chooseTeams', () => {
  const teamOf = { 周杰: '售后', 吴婷: '外贸', 何敏: '团购' };

  it('keeps the chosen members of the chosen teams and lets the others go', () => {
    expect(chooseTeams({ owners: ['周杰', '吴婷', '何敏'], pickMember: null }, ['售后', '外贸'], teamOf)).toEqual({
      teams: ['售后', '外贸'],
      owners: ['周杰', '吴婷'],
      pickMember: null,
    });
  });

  it('keeps a member picked in a chart only if the member is in the teams', () => {
    expect(chooseTeams({ owners: [], pickMember: '吴婷' }, ['外贸'], teamOf).pickMember).toBe('吴婷');
    expect(chooseTeams({ owners: [], pickMember: '吴婷' }, ['售后'], teamOf).pickMember).toBeNull();
  });

  it('every team ([]) keeps every chosen member and the pick', () => {
    expect(chooseTeams({ owners: ['何敏'], pickMember: '何敏' }, [], teamOf)).toEqual({ teams: [], owners: ['何敏'], pickMember: '何敏' });
  });
});
