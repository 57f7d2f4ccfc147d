/** The review: the one view model both front ends open on (period, cards, members vs own target, pace, at risk, actions). */
export { addDays, daysBetween, shiftMonth, lastDayOfMonth, isoWeekOf, isoWeekStart, isIsoWeek, isMonthKey } from './calendar';
export {
  REVIEW_GRAINS,
  reviewPeriodOf,
  periodKeyOf,
  offeredPeriods,
  defaultReviewKey,
  parsePeriodChoice,
  periodChoiceText,
  resolvePeriod,
  type ReviewGrain,
  type ReviewPeriod,
  type DayWindow,
  type PeriodChoice,
} from './period';
export { compileWindowQuery, ORDER_DAYS_SQL, orderDaysSql, type WindowQueryOptions } from './window-sql';
export { windowRows, toWindowRow, emptyWindowRow, type WindowRow, type WindowRows, type WindowRowsOf, type RateBase } from './window-rows';
export { SMALL_SAMPLE, judge, isSmallSample, type Judgement } from './judge';
export { distanceToTarget, type Distance } from './distance';
export { paceOf, paceVerdict, type Pace, type PaceVerdict } from './pace';
export { reviewCards, type ReviewCard } from './cards';
export { membersVsTarget, memberReviewKpis, headlineKpi, type MemberReview, type MemberKpi } from './members';
export { atRiskSql, atRiskOrders, byOwner, type AtRiskOrder, type AtRiskQuestion } from './at-risk';
export { atRiskCsv } from './at-risk-csv';
export {
  TARGET_SCOPES,
  TARGET_SHEET_HEADERS,
  scopeKindOf,
  targetLines,
  explainTarget,
  upsertTargetEdit,
  removeTargetEdit,
  withTargetEdits,
  targetEditCells,
  targetEditsCsv,
  targetEditsFromCells,
  type TargetScopeKind,
  type TargetLine,
  type TargetEdit,
} from './targets-view';
export { followUp, actionsToReview, actionCells, actionsCsv, actionsFromCells, ACTION_HEADERS, type ImprovementAction, type ActionFollowUp } from './actions';
export { missedTargets, newAction, actionFollowUps, type MissedTarget } from './action-review';
export { reviewData, loadOrderDays, cardScope, sparkWeeks, SPARK_WEEKS, type ReviewQuestion, type ReviewData, type ReviewSource, type MonthlyRowsOf, type AtRiskOf } from './review';
export { OWN_SHEETS, readOwnSheet, writeOwnSheet, type OwnSheetRole } from './own-sheet';
export { distanceText, periodTitle, changeText, gapText, paceText } from './texts';
