import { Fragment, memo, useEffect, useRef, useState } from 'react';
import { Button, Input, Label } from '@fluentui/react-components';
import { messagesFor, type Lang } from '../../shared/messages/index';
import { atRiskCsv, type AtRiskOrder, type ReviewData } from '../../shared/review/index';
import type { OrderField } from '../../shared/schema/index';
import { downloadBlob, fileNameOf } from '../export/download';

export interface AtRiskListProps {
  lang: Lang;
  review: ReviewData;
  days: number;
  sheet: string;
  asOf: string;
  hasDue: boolean;
  onDays: (days: number) => void;
}

const SHOWN = 200;

/** Open orders overdue or due within N days — a list to chase, by owner's name, not bars to compare. */
export const AtRiskList = memo(function AtRiskList({ lang, review, days, sheet, asOf, hasDue, onDays }: AtRiskListProps) {
  const m = messagesFor(lang);
  const { orders, total } = review.atRisk;
  const shown = orders.slice(0, SHOWN);
  // The row whose order is shown under it (one at a time), by its sheet row.
  const [open, setOpen] = useState<number | null>(null);
  return (
    <section className="dash-section dash-at-risk" aria-label={m.rv_atRiskTitle} data-testid="at-risk">
      <div className="dash-section-head">
        <h2>
          {m.rv_atRiskTitle} {hasDue && <span className="dash-hint">{m.rv_atRiskCount({ count: total, days })}</span>}
        </h2>
        {hasDue && (
          <div className="no-print dash-inline-field">
            <Label htmlFor="risk-days" size="small">
              {m.rv_dueWithin}
            </Label>{' '}
            <Input
              id="risk-days"
              size="small"
              type="number"
              min={0}
              max={365}
              value={String(days)}
              style={{ width: 72 }}
              data-testid="risk-days"
              onChange={(_, d) => {
                const n = Number(d.value);
                if (Number.isInteger(n) && n >= 0 && n <= 365) onDays(n);
              }}
            />{' '}
            <Button size="small" disabled={orders.length === 0} data-testid="export-at-risk" onClick={() => downloadBlob(atRiskCsv(orders, lang, sheet), `${fileNameOf(m.rv_atRiskTitle, asOf)}.csv`, 'text/csv;charset=utf-8')}>
              {m.rv_exportCsv}
            </Button>
          </div>
        )}
      </div>
      {!hasDue ? (
        <p className="dash-hint">{m.rv_atRiskNeedsDue}</p>
      ) : orders.length === 0 ? (
        <p className="dash-hint">{m.rv_atRiskNone}</p>
      ) : (
        <div className="dash-risk-scroll">
          <table className="dash-risk-table">
            <thead>
              <tr>
                <th>{m.rv_colOwner}</th>
                <th>{m.rv_colOrder}</th>
                <th>{m.rv_colCustomer}</th>
                <th>{m.rv_colDue}</th>
                <th>{m.rv_colDaysLate}</th>
                <th>{m.rv_colRow}</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((o) => (
                <Fragment key={o.row}>
                  <tr data-row={o.row}>
                    <td>{o.owner ?? m.rv_noOwner}</td>
                    <td>{o.orderId}</td>
                    <td>{o.customer ?? ''}</td>
                    <td>{o.due}</td>
                    <td className={o.daysLeft < 0 ? 'dash-late' : 'dash-soon'}>{o.daysLeft < 0 ? m.rv_daysLate({ count: -o.daysLeft }) : m.rv_dueInDays({ count: o.daysLeft })}</td>
                    <td>
                      <button
                        type="button"
                        id={`risk-link-${o.row}`}
                        className="dash-link"
                        aria-expanded={open === o.row}
                        aria-controls={`risk-row-${o.row}`}
                        data-testid="risk-row-link"
                        onClick={() => setOpen(open === o.row ? null : o.row)}
                      >
                        {m.rv_rowLink({ sheet, row: o.row })}
                      </button>
                    </td>
                  </tr>
                  {open === o.row && (
                    <OrderRow
                      id={`risk-row-${o.row}`}
                      order={o}
                      lang={lang}
                      sheet={sheet}
                      onClose={() => {
                        setOpen(null);
                        document.getElementById(`risk-link-${o.row}`)?.focus();
                      }}
                    />
                  )}
                </Fragment>
              ))}
            </tbody>
          </table>
          {total > shown.length && <p className="dash-hint">{m.rv_atRiskMore({ shown: shown.length, total })}</p>}
        </div>
      )}
    </section>
  );
});

/**
 * The order's row as the sheet holds it (every mapped field), under its line in the list. It
 * takes the focus when it opens, so a keyboard or screen-reader user lands on what the link
 * showed; Escape closes it and gives the focus back to the link.
 */
function OrderRow({ id, order, lang, sheet, onClose }: { id: string; order: AtRiskOrder; lang: Lang; sheet: string; onClose: () => void }) {
  const m = messagesFor(lang);
  const cell = useRef<HTMLTableCellElement>(null);
  useEffect(() => cell.current?.focus(), []);
  const fields = Object.entries(order.fields) as [OrderField, string | null][];
  return (
    <tr className="dash-risk-detail" id={id} data-testid="risk-row-detail">
      <td colSpan={6} ref={cell} tabIndex={-1} onKeyDown={(e) => e.key === 'Escape' && onClose()}>
        <span className="dash-hint">{m.rv_rowOf({ sheet, row: order.row })}</span>
        <dl className="dash-row-fields">
          {fields.map(([field, value]) => (
            <div key={field} data-field={field}>
              <dt>{m.fieldLabel({ field })}</dt>
              <dd>{value ?? '–'}</dd>
            </div>
          ))}
        </dl>
      </td>
    </tr>
  );
}
