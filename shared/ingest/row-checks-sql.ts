import { quoteIdentifier } from '../engine/sql-identifier';
import type { OrderField } from '../schema/fields';
import { MAX_RESPONSE_HOURS, type SatisfactionScale } from './order-checks';

/*
 * order-checks.ts's checks across a row or a column, as SQL over the typed table: each a query
 * of the rows it reports (_rec, value, and the code), and for the two that null what cannot be
 * averaged in (response hours out of range, scores outside their scale) the UPDATE that does.
 * The same bounds, imported; the issue params are made by the caller from the rows.
 */

export interface RowCheck {
  field: OrderField;
  /** The reported rows: _rec, code, value (and created for deliveredBeforeCreated). */
  select: string;
  /** What the check nulls, when it does. */
  update?: string;
}

const q = quoteIdentifier;

export function responseHoursCheck(typed: string): RowCheck {
  const h = q('response_hours');
  const out = `${h} < 0 OR ${h} > ${MAX_RESPONSE_HOURS}`;
  return {
    field: 'response_hours',
    select: `SELECT _rec, CASE WHEN ${h} < 0 THEN 'negativeResponseHours' ELSE 'responseHoursOverTenYears' END AS code, ${h} AS value FROM ${q(typed)} WHERE ${out}`,
    update: `UPDATE ${q(typed)} SET ${h} = NULL WHERE ${out}`,
  };
}

export function negativeAmountCheck(typed: string): RowCheck {
  return { field: 'amount', select: `SELECT _rec, 'negativeAmount' AS code, amount AS value FROM ${q(typed)} WHERE amount < 0` };
}

export function satisfactionScaleCheck(typed: string, scale: SatisfactionScale | null): RowCheck {
  const s = q('satisfaction');
  const out = `${s} < 0 OR ${s} > ${scale ?? 100}`;
  return {
    field: 'satisfaction',
    select: `SELECT _rec, 'satisfactionOutOfScale' AS code, ${s} AS value FROM ${q(typed)} WHERE ${out}`,
    update: `UPDATE ${q(typed)} SET ${s} = NULL WHERE ${out}`,
  };
}

/** Delivered on an earlier calendar day than created (wall-clock TIMESTAMPs; the values back as ms). */
export function deliveredBeforeCreatedCheck(typed: string): RowCheck {
  const day = (c: string) => `CAST(${q(c)} AS DATE)`;
  return {
    field: 'delivered',
    select: `SELECT _rec, 'deliveredBeforeCreated' AS code, epoch_ms(delivered) AS value, epoch_ms(created) AS created FROM ${q(typed)} WHERE ${day('delivered')} < ${day('created')}`,
  };
}

/**
 * order-checks.ts's inferSatisfactionScale as one aggregate: how many scores (0 and up) each
 * scale holds, and how many there are.
 */
export function satisfactionScaleCountsSql(typed: string): string {
  const s = q('satisfaction');
  return `SELECT count(*) FILTER (WHERE ${s} >= 0) AS n, count(*) FILTER (WHERE ${s} >= 0 AND ${s} <= 5) AS within5, count(*) FILTER (WHERE ${s} >= 0 AND ${s} <= 10) AS within10, count(*) FILTER (WHERE ${s} >= 0 AND ${s} <= 100) AS within100 FROM ${q(typed)}`;
}
