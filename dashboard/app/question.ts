import { DEMO_AS_OF } from '../../shared/demo/index';
import type { ViewQuestion } from '../data/view-data';
import type { ViewState } from '../state/view-state';

/** Today as YYYY-MM-DD in the user's own calendar (dates are wall-clock, never UTC-shifted). */
export function localToday(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The as-of date in effect: the one in the link, else the demo's own date or today. */
export function asOfOf(view: ViewState, demo: boolean, today = localToday()): string {
  return view.asOf ?? (demo ? DEMO_AS_OF : today);
}

/**
 * The last month shown when the user has not chosen one: the as-of month when the data runs
 * past it (only promised dates of open orders live in the future), else every month (null).
 */
export function defaultTo(months: readonly string[], asOf: string, from: string | null): string | null {
  const asOfMonth = asOf.slice(0, 7);
  if (!months.some((m) => m > asOfMonth)) return null;
  return from !== null && from > asOfMonth ? null : asOfMonth;
}

/** The question the overview asks of the data for a view. */
export function questionOf(view: ViewState, demo: boolean, months: readonly string[] = [], today?: string): ViewQuestion {
  const asOf = asOfOf(view, demo, today);
  return {
    basis: view.basis,
    asOf,
    from: view.from,
    to: view.to ?? defaultTo(months, asOf, view.from),
    teams: view.teams,
    owners: view.owners,
    pickMonth: view.pickMonth,
    pickMember: view.pickMember,
    heatKpi: view.heatKpi,
    period: view.period,
    riskDays: view.riskDays,
  };
}
