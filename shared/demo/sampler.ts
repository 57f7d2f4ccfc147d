import type { CellValue } from '../schema/workbook';
import { DEMO_LAST_DAY, serialOfIsoDate } from './calendar';
import { createdTime, simulateOrder } from './order';
import type { Random } from './prng';
import { DEMO_TEAMS, TEAM_PROFILES, membersOf, type Member } from './roster';
import { drawDay, teamCalendar, type TeamCalendar } from './seasons';

interface TeamDraw {
  calendar: TeamCalendar;
  members: Member[];
  memberCdf: number[];
  joinedDay: number[];
}

/**
 * Draws whole orders: a team by its share, a day by the team's season, a member by weight
 * (never before they joined), then plays the order out. Shared by the demo workbook and the
 * benchmark's million-row generator, so both have the same shape.
 */
export function orderSampler(rng: Random): () => CellValue[] {
  const teamCdf = cumulative(DEMO_TEAMS.map((t) => TEAM_PROFILES[t].share));
  const draws: TeamDraw[] = DEMO_TEAMS.map((team) => {
    const members = membersOf(team);
    return {
      calendar: teamCalendar(team),
      members,
      memberCdf: cumulative(members.map((m) => m.weight)),
      joinedDay: members.map((m) => (m.joined ? serialOfIsoDate(m.joined) : -Infinity)),
    };
  });
  return () => {
    const t = firstAbove(teamCdf, rng.next());
    const profile = TEAM_PROFILES[DEMO_TEAMS[t]];
    const draw = draws[t];
    const dayIndex = drawDay(draw.calendar, rng.next());
    const day = draw.calendar.firstDay + dayIndex;
    let m = firstAbove(draw.memberCdf, rng.next());
    // Redraw until the member had joined; the first member has always been there.
    for (let tries = 0; draw.joinedDay[m] > day; tries++) m = tries < 20 ? firstAbove(draw.memberCdf, rng.next()) : 0;
    const start = { profile, member: draw.members[m], created: day + createdTime(rng, profile), load: draw.calendar.load[dayIndex] };
    return simulateOrder(rng, start, DEMO_LAST_DAY);
  };
}

function cumulative(weights: number[]): number[] {
  const total = weights.reduce((a, b) => a + b, 0);
  let sum = 0;
  return weights.map((w) => (sum += w) / total);
}

function firstAbove(cdf: number[], u: number): number {
  for (let i = 0; i < cdf.length - 1; i++) if (u < cdf[i]) return i;
  return cdf.length - 1;
}
