import type { KpiQuery } from '../../shared/pipeline/index';
import type { BehindCell } from '../state/view-state';
import type { ViewQuestion } from './view-data';

/**
 * The KPI question whose orders a clicked number stands on: the view's range (or its picked
 * month) and filters; a member's cell is that member alone, a team number the whole filter.
 * One copy for the file's worker and the data server's client, so both list the same orders.
 */
export function behindQuestion(q: ViewQuestion, cell: BehindCell): KpiQuery {
  const [from, to] = q.pickMonth ? [q.pickMonth, q.pickMonth] : [q.from, q.to];
  const owners = cell.member ? [] : q.pickMember ? [q.pickMember] : q.owners;
  return {
    basis: q.basis,
    asOf: q.asOf,
    group: cell.member ? 'owner' : 'none',
    ...(from ? { from } : {}),
    ...(to ? { to } : {}),
    filters: { ...(q.teams.length ? { team: q.teams } : {}), ...(owners.length ? { owner: owners } : {}) },
  };
}
