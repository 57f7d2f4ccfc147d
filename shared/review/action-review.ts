import type { KpiKey } from '../kpi/keys';
import { actionsToReview, followUp, type ActionFollowUp, type ImprovementAction } from './actions';
import type { ReviewData } from './review';

/** A target missed in the reviewed period, by the team (member null) or by one member. */
export interface MissedTarget {
  kpi: KpiKey;
  member: string | null;
  value: number | null;
  target: number | null;
}

/** What an action can answer: the team's missed cards first, then each member's misses (by name). */
export function missedTargets(review: Pick<ReviewData, 'cards' | 'members'>): MissedTarget[] {
  const team = review.cards.filter((c) => c.met === false).map((c) => ({ kpi: c.kpi, member: null, value: c.value, target: c.target }));
  const members = review.members.flatMap((mem) => mem.kpis.filter((k) => k.met === false).map((k) => ({ kpi: k.kpi, member: mem.owner, value: k.value, target: k.target })));
  return [...team, ...members];
}

/** The action noted for a miss of `month`, not done yet. */
export function newAction(miss: MissedTarget, month: string, note: Pick<ImprovementAction, 'cause' | 'action' | 'owner' | 'due'>, id: string): ImprovementAction {
  return { id, month, kpi: miss.kpi, member: miss.member, cause: note.cause.trim(), action: note.action.trim(), owner: note.owner.trim(), due: note.due, value: miss.value, target: miss.target, done: false };
}

/**
 * The actions the review of a month follows up, each with where its KPI stands now: the team's
 * card for a team action, the member's own value for a member's. Null outside a monthly review.
 */
export function actionFollowUps(review: Pick<ReviewData, 'period' | 'cards' | 'members'>, actions: readonly ImprovementAction[]): ActionFollowUp[] {
  if (!review.period || review.period.grain !== 'month') return [];
  return actionsToReview(actions, review.period.key).map((a) => {
    const now =
      a.member === null
        ? review.cards.find((c) => c.kpi === a.kpi)
        : review.members.find((mem) => mem.owner === a.member)?.kpis.find((k) => k.kpi === a.kpi);
    return followUp(a, now?.value ?? null, now?.met ?? null);
  });
}
