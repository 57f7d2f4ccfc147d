import { addDays, daysBetween, isIsoWeek, isMonthKey, isoWeekOf, isoWeekStart, lastDayOfMonth, shiftMonth } from './calendar';

export const REVIEW_GRAINS = ['month', 'week'] as const;
export type ReviewGrain = (typeof REVIEW_GRAINS)[number];

/**
 * Days [start, end], both inclusive, and the date the KPIs are computed as of. Orders count by
 * their created day only up to the as-of date (a running month is month to date); by due day
 * over the whole period, as they stand at the as-of date (what is open and still due is counted
 * apart, for pace and the distance to target).
 */
export interface DayWindow {
  start: string;
  end: string;
  asOf: string;
}

/**
 * The period a review looks at: a calendar month or an ISO week. A period the as-of date falls
 * inside is partial ("month to date"): it counts its days up to the as-of date, and is compared
 * with the same days of the previous period, as they stood on the same day then.
 */
export interface ReviewPeriod {
  /** "YYYY-MM" or "YYYY-Www". */
  key: string;
  grain: ReviewGrain;
  /** The whole period, first and last day. */
  start: string;
  end: string;
  partial: boolean;
  /** The days counted, as of the as-of date. */
  counted: DayWindow;
  previous: { key: string; counted: DayWindow };
  /** The month whose targets apply (a week's: the month of its Thursday). */
  targetMonth: string;
  /** Days of the period elapsed (counted) and in all. */
  daysElapsed: number;
  daysTotal: number;
}

const grainOf = (key: string): ReviewGrain | null => (isMonthKey(key) ? 'month' : isIsoWeek(key) ? 'week' : null);

function bounds(key: string, grain: ReviewGrain): { start: string; end: string } {
  if (grain === 'month') return { start: `${key}-01`, end: lastDayOfMonth(key) };
  const start = isoWeekStart(key);
  return { start, end: addDays(start, 6) };
}

const previousKey = (key: string, grain: ReviewGrain) => (grain === 'month' ? shiftMonth(key, -1) : isoWeekOf(addDays(isoWeekStart(key), -7)));

/** A review period as of a date; null for a key that is no month or week, or starts after the as-of date. */
export function reviewPeriodOf(key: string, asOf: string): ReviewPeriod | null {
  const grain = grainOf(key);
  if (!grain) return null;
  const { start, end } = bounds(key, grain);
  if (start > asOf) return null;
  const partial = end > asOf;
  const prevKey = previousKey(key, grain);
  const prev = bounds(prevKey, grain);
  // The same days of the previous period, as they stood then; a whole period as of today.
  const elapsed = daysBetween(start, partial ? asOf : end);
  const sameDay = [addDays(prev.start, elapsed), prev.end].sort()[0];
  return {
    key,
    grain,
    start,
    end,
    partial,
    counted: { start, end, asOf },
    previous: { key: prevKey, counted: { start: prev.start, end: prev.end, asOf: partial ? sameDay : asOf } },
    targetMonth: grain === 'month' ? key : addDays(start, 3).slice(0, 7),
    daysElapsed: elapsed + 1,
    daysTotal: daysBetween(start, end) + 1,
  };
}

/** The period key of a day. */
export const periodKeyOf = (day: string, grain: ReviewGrain): string => (grain === 'month' ? day.slice(0, 7) : isoWeekOf(day));

/**
 * The periods a review offers, newest first: those with orders (by their created day) that have
 * started by the as-of date. A month that holds only due dates is the future: never offered.
 */
export function offeredPeriods(orderDays: readonly string[], asOf: string, grain: ReviewGrain): string[] {
  const keys = new Set<string>();
  for (const day of orderDays) if (day <= asOf) keys.add(periodKeyOf(day, grain));
  return [...keys].sort().reverse();
}

/**
 * The period reviewed by default: the latest with orders that has ended by the as-of date
 * (data that ended years ago reviews its last month); else the running one, month to date.
 */
export function defaultReviewKey(orderDays: readonly string[], asOf: string, grain: ReviewGrain): string | null {
  const offered = offeredPeriods(orderDays, asOf, grain);
  return offered.find((key) => !reviewPeriodOf(key, asOf)?.partial) ?? offered[0] ?? null;
}

/** What the link asks for: the whole range, a period, the default of a grain. */
export type PeriodChoice = { kind: 'all' } | { kind: 'default'; grain: ReviewGrain } | { kind: 'period'; key: string };

/** `#period=` text → a choice ("all", "week", "2026-10", "2026-W43"); anything else = the default month. */
export function parsePeriodChoice(text: string | null | undefined): PeriodChoice {
  if (text === 'all') return { kind: 'all' };
  if (text === 'week' || text === 'month') return { kind: 'default', grain: text };
  if (text && grainOf(text)) return { kind: 'period', key: text };
  return { kind: 'default', grain: 'month' };
}

export function periodChoiceText(choice: PeriodChoice): string | null {
  if (choice.kind === 'all') return 'all';
  if (choice.kind === 'period') return choice.key;
  return choice.grain === 'month' ? null : choice.grain;
}

/** The period a choice reviews (null: the whole range, or no data before the as-of date). */
export function resolvePeriod(choice: PeriodChoice, orderDays: readonly string[], asOf: string): ReviewPeriod | null {
  if (choice.kind === 'all') return null;
  if (choice.kind === 'period') {
    const grain = grainOf(choice.key)!;
    if (offeredPeriods(orderDays, asOf, grain).includes(choice.key)) return reviewPeriodOf(choice.key, asOf);
    return resolvePeriod({ kind: 'default', grain }, orderDays, asOf);
  }
  const key = defaultReviewKey(orderDays, asOf, choice.grain);
  return key ? reviewPeriodOf(key, asOf) : null;
}
