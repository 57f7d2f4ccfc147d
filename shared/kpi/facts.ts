import type { OrderField } from '../schema/fields';
import type { SqlDialect } from './dialect';

/**
 * Row-level facts about one (non-cancelled) order, as SQL over the `orders` columns. The KPI
 * aggregates of the catalog are written over these names, so each definition reads like the
 * sentence in DESIGN.md and the as-of rules live in one place. Plain fields (amount, satisfaction …)
 * are read by their quoted column names; fact names never equal a column name.
 *
 * The as-of rule: an order counts as delivered only when its delivered date is on or before
 * the as-of date. A delivered date after the as-of date is "not yet delivered" — the order is
 * open at the as-of date (and overdue when its due date has passed). That keeps every KPI a
 * picture of one moment, so a report re-run later with newer data still agrees with itself.
 * Dates compare by calendar day (CAST … AS DATE); durations use the full date-times.
 */
export interface OrderFact {
  /** SQL expression; `asOf` is a DATE literal. */
  sql: (asOf: string, dialect: SqlDialect) => string;
  needs: readonly OrderField[];
}

const deliveredDay = 'CAST("delivered" AS DATE)';
const dueDay = 'CAST("due" AS DATE)';

export const ORDER_FACTS = {
  /** Delivered on or before the as-of date. */
  is_delivered: { sql: (a) => `${deliveredDay} <= ${a}`, needs: ['delivered'] },
  /** Delivered (by the as-of date) and has a due date: the on-time numerator's population. */
  is_delivered_with_due: { sql: (a) => `"due" IS NOT NULL AND ${deliveredDay} <= ${a}`, needs: ['due', 'delivered'] },
  /** Delivered by the as-of date, on or before its due day. */
  is_on_time: { sql: (a) => `${deliveredDay} <= ${a} AND ${deliveredDay} <= ${dueDay}`, needs: ['due', 'delivered'] },
  /** Not delivered by the as-of date and its due day is before the as-of date. */
  is_open_past_due: {
    sql: (a) => `${dueDay} < ${a} AND (${deliveredDay} > ${a} OR "delivered" IS NULL)`,
    needs: ['due', 'delivered'],
  },
  /** The on-time denominator: has a due date, and is delivered or open past due. */
  is_due_counted: {
    sql: (a) => `"due" IS NOT NULL AND (${deliveredDay} <= ${a} OR ${dueDay} < ${a})`,
    needs: ['due', 'delivered'],
  },
  /** Delivered by the as-of date with errors > 0 (a blank errors cell counts as no error). */
  has_errors: { sql: (a) => `${deliveredDay} <= ${a} AND "errors" > 0`, needs: ['delivered', 'errors'] },
  /** Delivered − created in days, fractional when times are present; delivered orders only. */
  cycle_days: {
    sql: (a, d) => `CASE WHEN ${deliveredDay} <= ${a} THEN ${d.ratio(`(${d.epochMs('"delivered"')} - ${d.epochMs('"created"')})`, '86400000')} END`,
    needs: ['created', 'delivered'],
  },
} as const satisfies Record<string, OrderFact>;

export type OrderFactName = keyof typeof ORDER_FACTS;
