import type { DateColumn, NumberColumn } from '../schema/columns';
import { dayNumber, formatWallClock } from './excel-serial';
import type { IssueSink } from './issue-sink';

/*
 * Checks across a row or a column, after every cell has been parsed. They report, and only
 * satisfaction outside its scale is nulled (a 7 on a 1–5 scale cannot be averaged in);
 * duplicates, reversed dates and negative amounts stay as they are: they may be real
 * (a reissued order, a refund) and the person should decide.
 */

/** Delivered on an earlier calendar day than created (same day, earlier hour, is fine). */
export function checkDeliveredBeforeCreated(
  created: DateColumn,
  delivered: DateColumn,
  rows: Int32Array,
  deliveredCol: number,
  sink: IssueSink,
): number {
  let count = 0;
  for (let i = 0; i < rows.length; i++) {
    if (!created.valid[i] || !delivered.valid[i]) continue;
    if (dayNumber(delivered.values[i]) < dayNumber(created.values[i])) {
      count++;
      sink.atCell(rows[i], deliveredCol, 'warning', 'deliveredBeforeCreated', {
        delivered: formatWallClock(delivered.values[i]),
        created: formatWallClock(created.values[i]),
      });
    }
  }
  return count;
}

export function checkNegativeAmounts(amount: NumberColumn, rows: Int32Array, col: number, sink: IssueSink): number {
  let count = 0;
  for (let i = 0; i < rows.length; i++) {
    if (amount.valid[i] && amount.values[i] < 0) {
      count++;
      sink.atCell(rows[i], col, 'warning', 'negativeAmount', { value: amount.values[i] });
    }
  }
  return count;
}

export type SatisfactionScale = 5 | 10 | 100;
const SCALES: SatisfactionScale[] = [5, 10, 100];
/** Share of the scores that must fit a scale for it to be the sheet's scale. */
const SCALE_COVERAGE = 0.95;

/**
 * The scale (5, 10 or 100) of the scores: the smallest that holds at least 95% of them. A plain
 * maximum would let one typo (a 7 among 1–5 scores) turn the whole column into a 10-point
 * scale and hide the typo; this way the typo is the one reported. Null when there are no scores.
 */
export function inferSatisfactionScale(scores: NumberColumn): SatisfactionScale | null {
  let n = 0;
  const within = [0, 0, 0];
  for (let i = 0; i < scores.values.length; i++) {
    if (!scores.valid[i]) continue;
    const s = scores.values[i];
    if (s < 0) continue;
    n++;
    for (let k = 0; k < SCALES.length; k++) if (s <= SCALES[k]) within[k]++;
  }
  return scaleFromCounts(n, within);
}

/** The scale from how many scores (0 and up) there are and how many each of 5, 10, 100 holds. */
export function scaleFromCounts(n: number, within: readonly number[]): SatisfactionScale | null {
  if (n === 0) return null;
  for (let k = 0; k < SCALES.length; k++) if (within[k] >= SCALE_COVERAGE * n) return SCALES[k];
  return 100;
}

/** Null (and report) scores below 0 or above the scale. */
export function checkSatisfactionScale(
  scores: NumberColumn,
  scale: SatisfactionScale | null,
  rows: Int32Array,
  col: number,
  sink: IssueSink,
): number {
  const top = scale ?? 100;
  let count = 0;
  for (let i = 0; i < rows.length; i++) {
    if (!scores.valid[i]) continue;
    const s = scores.values[i];
    if (s >= 0 && s <= top) continue;
    count++;
    scores.valid[i] = 0;
    scores.values[i] = 0;
    sink.atCell(rows[i], col, 'warning', 'satisfactionOutOfScale', { value: s, scale: top });
  }
  return count;
}

/** Ten years of hours: no first reply takes longer; such a figure is a mis-typed or mis-read cell. */
export const MAX_RESPONSE_HOURS = 87_600;

/**
 * Null (and report) response hours below 0 or over ten years; returns how many. Unlike a
 * negative amount (a refund), neither can be real: a reply before the ticket was opened, or a
 * figure such as an id read as hours — one of them averaged in outweighs every real reply.
 */
export function checkResponseHours(hours: NumberColumn, rows: Int32Array, col: number, sink: IssueSink): number {
  let count = 0;
  for (let i = 0; i < rows.length; i++) {
    if (!hours.valid[i]) continue;
    const h = hours.values[i];
    if (h >= 0 && h <= MAX_RESPONSE_HOURS) continue;
    count++;
    hours.valid[i] = 0;
    hours.values[i] = 0;
    sink.atCell(rows[i], col, 'warning', h < 0 ? 'negativeResponseHours' : 'responseHoursOverTenYears', { value: h });
  }
  return count;
}
