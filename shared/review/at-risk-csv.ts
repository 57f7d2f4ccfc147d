import { messagesFor, type Lang } from '../messages/index';
import type { AtRiskOrder } from './at-risk';
import { csvText } from '../export/index';

/** The at-risk list as CSV: owner, order, customer, due, days late (negative: due in), sheet row. */
export function atRiskCsv(orders: readonly AtRiskOrder[], lang: Lang, sheet: string): string {
  const m = messagesFor(lang);
  return csvText([
    [m.rv_colOwner, m.rv_colOrder, m.rv_colCustomer, m.rv_colDue, m.rv_colDaysLate, m.rv_colRow],
    ...orders.map((o) => [o.owner, o.orderId, o.customer, o.due, -o.daysLeft, `${sheet}!${o.row}`]),
  ]);
}
