import { DEMO_FIRST_DAY, DEMO_LAST_DAY, excelSerial, serialOfIsoDate, weekdayOfSerial } from './calendar';
import { TEAM_PROFILES, type DemoTeam } from './roster';

/**
 * How busy each day is for each team. Chinese New Year empties the factories and the offices
 * for two weeks; 618 (June) and 双11 (November) are the shopping peaks; 外贸 ships for the
 * Western Christmas season in autumn instead. Busy days are also the days orders run late.
 */
const NEW_YEAR_DAYS = [serialOfIsoDate('2025-01-29'), serialOfIsoDate('2026-02-17')];

/** Multiplier for events (holidays, shopping festivals): also the "load" that makes orders late. */
export function eventFactor(team: DemoTeam, serial: number): number {
  const [month, day] = monthAndDay(serial);
  let f = 1;
  for (const newYear of NEW_YEAR_DAYS) {
    const d = serial - newYear;
    if (d >= -10 && d < -2) f *= 0.7;
    else if (d >= -2 && d <= 8) f *= 0.15;
    else if (d > 8 && d <= 15) f *= 0.6;
  }
  if (month === 10 && day <= 7) f *= team === '外贸' ? 0.8 : 0.4; // National Day week
  if (team === '外贸') {
    if (month >= 8 && month <= 10) f *= 1.3;
    if (month === 12) f *= 0.8;
    return f;
  }
  const in618 = month === 6 && day <= 18;
  const in1111 = (month === 10 && day >= 20) || (month === 11 && day <= 11);
  const peak = { 跟单: [1.2, 1.4], 售后: [1.3, 1.3], 团购: [2.0, 2.2], 销售: [1.6, 1.9] }[team];
  if (in618) f *= peak[0];
  if (in1111) f *= peak[1];
  // Returns and complaints follow the shopping peaks by a week or two.
  if (team === '售后' && ((month === 6 && day > 18) || (month === 11 && day > 11 && day <= 25))) f *= 1.6;
  if (team === '团购' && month === 12 && day <= 12) f *= 1.3; // 双12
  return f;
}

function dayWeight(team: DemoTeam, serial: number): number {
  const growth = 1 + (0.12 * (serial - DEMO_FIRST_DAY)) / 365;
  const weekday = weekdayOfSerial(serial);
  const weekend = weekday === 0 || weekday === 6;
  const weekendFactor = weekend ? (TEAM_PROFILES[team].service ? 0.8 : 0.45) : 1;
  return growth * weekendFactor * eventFactor(team, serial);
}

/** A team's days as a cumulative distribution, to draw order dates from, plus each day's load. */
export interface TeamCalendar {
  firstDay: number;
  cdf: Float64Array;
  load: Float64Array;
}

export function teamCalendar(team: DemoTeam): TeamCalendar {
  const n = DEMO_LAST_DAY - DEMO_FIRST_DAY + 1;
  const cdf = new Float64Array(n);
  const load = new Float64Array(n);
  let total = 0;
  for (let i = 0; i < n; i++) {
    total += dayWeight(team, DEMO_FIRST_DAY + i);
    cdf[i] = total;
    load[i] = eventFactor(team, DEMO_FIRST_DAY + i);
  }
  for (let i = 0; i < n; i++) cdf[i] /= total;
  return { firstDay: DEMO_FIRST_DAY, cdf, load };
}

/** The day index whose share of the distribution contains u ∈ [0, 1). */
export function drawDay(calendar: TeamCalendar, u: number): number {
  const { cdf } = calendar;
  let lo = 0;
  let hi = cdf.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (cdf[mid] > u) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

function monthAndDay(serial: number): [number, number] {
  const date = new Date((Math.floor(serial) - excelSerial(1970, 1, 1)) * 86_400_000);
  return [date.getUTCMonth() + 1, date.getUTCDate()];
}
