import type { ColumnSource } from './column-source';
import { decideDateOrder, noEvidence, type ColumnDateOrder, type DateOrder } from './date-order';
import { yearLastReadings, type YearLastReadings } from './date-text';
import { CACHE_LIMIT } from './text-outcome';

export type { ColumnDateOrder, DateOrder };

/*
 * The year-last dates of one date column whose order matters (05/06/2026, 29-02-2016 10:00):
 * counted and set aside while the column fills, read once the whole column has decided its
 * order (date-order.ts). This costs nothing for the dates most exports write (ISO, serials):
 * only texts of the year-last shape are looked at twice.
 */

/**
 * Markers the date filler caches per distinct text, as it caches a date's ms: no date is ever
 * this far from 1970 (ms stay within ±3e14). ORDER_MATTERS and above: wait for the column.
 */
export const ORDER_MATTERS = 1e300;
const ONLY_DAY_FIRST = 1e300;
const ONLY_MONTH_FIRST = 2e300;
const EITHER = 3e300;
const EITHER_DOTTED = 4e300;
/** The text is not a year-last date whose order matters: read it as it is. */
export const NOT_ORDERED = -1e300;

export class ColumnDateOrders {
  private readonly evidence = noEvidence();
  /** Table rows set aside, in order. */
  private waiting = new Int32Array(256);
  private waitingCount = 0;
  private readonly readings = new Map<string, YearLastReadings>();
  private decided: ColumnDateOrder | null = null;

  constructor(
    private readonly src: ColumnSource,
    private readonly out: Float64Array,
    private readonly valid: Uint8Array,
    private readonly stated: DateOrder | undefined,
    private readonly locale: DateOrder | undefined,
  ) {}

  /** A marker for a text whose order matters (its readings kept), or NOT_ORDERED. */
  kindOf(text: string): number {
    const r = yearLastReadings(text, this.stated);
    if (!r) return NOT_ORDERED;
    if (this.readings.size < CACHE_LIMIT) this.readings.set(text, r);
    if (Number.isNaN(r.monthFirst)) return ONLY_DAY_FIRST;
    if (Number.isNaN(r.dayFirst)) return ONLY_MONTH_FIRST;
    return r.dotted ? EITHER_DOTTED : EITHER;
  }

  /** Table row i holds a text of marker `kind`: counted now, read in finish(). */
  wait(i: number, kind: number): void {
    const e = this.evidence;
    if (kind === ONLY_DAY_FIRST) {
      if (e.dayFirst++ === 0) e.firstDayFirst = i;
    } else if (kind === ONLY_MONTH_FIRST) {
      if (e.monthFirst++ === 0) e.firstMonthFirst = i;
    } else {
      if (e.either++ === 0) e.firstEither = i;
      if (kind === EITHER_DOTTED && e.eitherDotted++ === 0) e.firstEitherDotted = i;
    }
    if (this.waitingCount === this.waiting.length) {
      const grown = new Int32Array(this.waiting.length * 2);
      grown.set(this.waiting);
      this.waiting = grown;
    }
    this.waiting[this.waitingCount++] = i;
  }

  decision(): ColumnDateOrder {
    return (this.decided ??= decideDateOrder(this.evidence, this.stated, this.locale));
  }

  /** Every set-aside row read in the column's order; what was decided and what could not be read, said. */
  finish(): void {
    const decided = this.decision();
    const { src, out, valid } = this;
    // The column's issue first: at the same cell, it explains the cell's own issue after it.
    if (decided.source === 'conflict') this.reportConflict(decided);
    else if ((decided.source === 'locale' || decided.source === 'usual') && decided.evidence.either > 0) this.reportAssumed(decided);
    for (let k = 0; k < this.waitingCount; k++) {
      const i = this.waiting[k];
      const r = src.rows[i];
      const readings = this.readingsAt(i);
      const dayFirst = decided.order === 'dmy' || (decided.order === null && readings.dotted);
      const ms = dayFirst ? readings.dayFirst : readings.monthFirst;
      if (ms === ms) {
        out[i] = ms;
        valid[i] = 1;
        continue;
      }
      // Only a conflicting column gets here: this cell is written the other way round.
      src.sink.atCell(r, src.col, 'warning', 'dateAgainstColumnOrder', { value: this.textAt(i), column: this.column(), readAs: dayFirst ? 'dmy' : 'mdy' });
    }
    this.waiting = new Int32Array(0);
  }

  private textAt(i: number): string {
    return String(this.src.values[this.src.rows[i]][this.src.col]).trim();
  }

  private readingsAt(i: number): YearLastReadings {
    const text = this.src.values[this.src.rows[i]][this.src.col] as string;
    return this.readings.get(text) ?? yearLastReadings(text, this.stated)!;
  }

  private column(): string {
    return this.src.sink.columnName(this.src.col);
  }

  /** Once per column, at its first cell against the order taken. */
  private reportConflict(decided: ColumnDateOrder): void {
    const e = decided.evidence;
    const first = decided.order === 'dmy' ? e.firstMonthFirst : e.firstDayFirst;
    this.src.sink.atCell(this.src.rows[first], this.src.col, 'warning', 'dateOrderConflict', {
      column: this.column(),
      readAs: decided.order ?? 'mdy',
      dayFirst: e.dayFirst,
      monthFirst: e.monthFirst,
      dayFirstExample: this.textAt(e.firstDayFirst),
      monthFirstExample: this.textAt(e.firstMonthFirst),
    });
  }

  /**
   * Once per column, at its first date either order reads: what it was read as, and the other
   * reading. The usual reading takes dotted dates day-first and the others month-first: when the
   * column has both, the ones unlike the example are counted apart (`otherCount`).
   */
  private reportAssumed(decided: ColumnDateOrder): void {
    const e = decided.evidence;
    const i = e.firstEither;
    const readings = this.readingsAt(i);
    const dayFirst = decided.order === 'dmy' || (decided.order === null && readings.dotted);
    const other = new Date(dayFirst ? readings.monthFirst : readings.dayFirst);
    const likeExample = decided.order !== null ? e.either : readings.dotted ? e.eitherDotted : e.either - e.eitherDotted;
    this.src.sink.atCell(this.src.rows[i], this.src.col, 'warning', 'dateOrderAssumed', {
      column: this.column(),
      count: likeExample,
      otherCount: e.either - likeExample,
      example: this.textAt(i),
      readAs: dayFirst ? 'dmy' : 'mdy',
      basis: decided.source,
      otherDay: other.getUTCDate(),
      otherMonth: other.getUTCMonth() + 1,
    });
  }
}
