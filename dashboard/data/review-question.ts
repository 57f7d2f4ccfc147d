import type { OrderField } from '../../shared/schema/index';
import { parsePeriodChoice, type ReviewQuestion } from '../../shared/review/index';
import type { ViewContext, ViewQuestion } from './view-data';

/** At most this many at-risk orders travel to the page (the count says how many in all). */
export const RISK_LIMIT = 1000;

/** What the review needs to know of the data, besides the question: a file's or a table's. */
export interface ReviewFacts {
  fieldsPresent: readonly OrderField[];
  ordersAcrossGroups: boolean;
  teamOf: Readonly<Record<string, string>>;
  orderDays: readonly string[];
}

/** The owners the review looks at: a picked member alone, else the filter's. */
export const reviewOwners = (q: ViewQuestion): string[] => (q.pickMember ? [q.pickMember] : q.owners);

/**
 * The review question of a view (a picked month is the period reviewed), one copy for the
 * file's session and the data server's client, so both review the same period the same way.
 */
export function reviewQuestionOf(q: ViewQuestion, ctx: ViewContext, facts: ReviewFacts): ReviewQuestion {
  const owners = reviewOwners(q);
  return {
    asOf: q.asOf,
    basis: q.basis,
    choice: q.pickMonth ? { kind: 'period', key: q.pickMonth } : parsePeriodChoice(q.period),
    filters: { ...(q.teams.length ? { team: q.teams } : {}), ...(owners.length ? { owner: owners } : {}) },
    targets: ctx.targets,
    teamOf: facts.teamOf,
    fieldsPresent: facts.fieldsPresent,
    ordersAcrossGroups: facts.ordersAcrossGroups,
    orderDays: facts.orderDays,
    riskDays: q.riskDays ?? 7,
    riskLimit: RISK_LIMIT,
    locale: q.locale ?? 'en',
  };
}
