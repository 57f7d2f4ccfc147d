import type { KpiKey } from '../kpi/keys';
import { csvText } from '../export/index';
import { shiftMonth } from './calendar';

/**
 * The improvement loop (PDCA): a missed target gets a cause and an action with an owner and a
 * due date; the next month's review shows whether the KPI moved.
 */
export interface ImprovementAction {
  id: string;
  /** The month whose miss it answers ("YYYY-MM"). */
  month: string;
  kpi: KpiKey;
  /** The member (or null: the team / everyone in the filter). */
  member: string | null;
  cause: string;
  action: string;
  owner: string;
  /** "YYYY-MM-DD" */
  due: string;
  /** The KPI's value and target when the action was noted. */
  value: number | null;
  target: number | null;
  done: boolean;
}

/** How a KPI moved since the action was noted: the month after's value against the one then. */
export interface ActionFollowUp {
  action: ImprovementAction;
  /** The month after the miss: where the review looks for the effect. */
  nextMonth: string;
  now: number | null;
  /** now − value then; null when either is unknown. */
  moved: number | null;
  /** The target is met now; null when unknown. */
  metNow: boolean | null;
}

export function followUp(action: ImprovementAction, now: number | null, metNow: boolean | null): ActionFollowUp {
  return {
    action,
    nextMonth: shiftMonth(action.month, 1),
    now,
    moved: now !== null && action.value !== null ? now - action.value : null,
    metNow,
  };
}

/** The actions a review of `month` follows up: those noted for the month before (and any still open from earlier). */
export function actionsToReview(actions: readonly ImprovementAction[], month: string): ImprovementAction[] {
  return actions.filter((a) => a.month < month && (a.month === shiftMonth(month, -1) || !a.done));
}

export const ACTION_HEADERS = ['month', 'kpi', 'member', 'cause', 'action', 'owner', 'due', 'value', 'target', 'done'] as const;

export function actionCells(actions: readonly ImprovementAction[]): (string | number | boolean | null)[][] {
  return [[...ACTION_HEADERS], ...actions.map((a) => [a.month, a.kpi, a.member, a.cause, a.action, a.owner, a.due, a.value, a.target, a.done])];
}

export function actionsCsv(actions: readonly ImprovementAction[]): string {
  return csvText(actionCells(actions));
}

/** The product's own actions sheet back into actions (rows without a month and KPI are skipped). */
export function actionsFromCells(cells: readonly (readonly unknown[])[], isKpi: (k: string) => k is KpiKey): ImprovementAction[] {
  const text = (v: unknown) => (v === null || v === undefined ? '' : String(v));
  const num = (v: unknown) => (v === null || v === undefined || v === '' || !Number.isFinite(Number(v)) ? null : Number(v));
  return cells.slice(1).flatMap((row, i) => {
    const [month, kpi, member, cause, action, owner, due, value, target, done] = row;
    const key = text(kpi);
    if (!/^\d{4}-\d{2}$/.test(text(month)) || !isKpi(key)) return [];
    return [{ id: `sheet-${i}`, month: text(month), kpi: key, member: text(member) || null, cause: text(cause), action: text(action), owner: text(owner), due: text(due), value: num(value), target: num(target), done: done === true || text(done).toLowerCase() === 'true' }];
  });
}
