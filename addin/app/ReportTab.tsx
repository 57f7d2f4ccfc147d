import { useState } from 'react';
import { Button, Caption1, Field, MessageBar, MessageBarActions, MessageBarBody, Select, Spinner } from '@fluentui/react-components';
import { messagesFor } from '../../shared/messages/index';
import { shiftMonth } from '../session/months';
import { defaultReviewKey, distanceText, membersVsTarget, memberReviewKpis, offeredPeriods, reviewPeriodOf } from '../../shared/review/index';
import { KPI_CATALOG } from '../../shared/kpi/index';
import { reportSheet } from '../session/report-sheet';
import { basisLabel } from './FilterBar';
import { Section } from './Section';
import type { FilteredTabProps } from './tab-props';

export interface ReportTabProps extends FilteredTabProps {
  /** The created days of the orders: the months that can be reported (never after the as-of date). */
  orderDays: string[] | null;
  /** The review's period: the report month by default. */
  period: string | null;
}

/** One click: the month's report as a new sheet with a table, highlights and three charts. */
export function ReportTab({ host, lang, session, filter, orderDays, period }: ReportTabProps) {
  const m = messagesFor(lang);
  const { kpiSource, loaded } = session;
  const [month, setMonth] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [written, setWritten] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  // A month without orders: the pane asks before writing an all-empty sheet.
  const [confirmEmpty, setConfirmEmpty] = useState<string | null>(null);
  if (!kpiSource || !loaded || !filter) return <Caption1>{m.paneLoadFirst}</Caption1>;
  // Months with orders up to the as-of date (a month of due dates only is the future).
  const months = orderDays ? offeredPeriods(orderDays, filter.asOf, 'month') : loaded.months.filter((mo) => mo <= filter.asOf.slice(0, 7)).reverse();
  const reviewMonth = period && /^\d{4}-\d{2}$/.test(period) ? period : orderDays ? defaultReviewKey(orderDays, filter.asOf, 'month') : null;
  const chosen = month && months.includes(month) ? month : reviewMonth && months.includes(reviewMonth) ? reviewMonth : (months[0] ?? null);
  if (!chosen) return <Caption1>{m.paneReportNoMonth}</Caption1>;

  const write = async (anyway = false) => {
    setBusy(true);
    setError(null);
    setWritten(null);
    setConfirmEmpty(null);
    try {
      const q = { basis: filter.basis, asOf: filter.asOf, perMonth: true };
      const [members, trend] = await Promise.all([
        loaded.fieldsPresent.includes('owner') ? kpiSource.kpis(loaded, { ...q, group: 'owner', from: chosen, to: chosen }) : null,
        kpiSource.kpis(loaded, { ...q, group: 'none', from: shiftMonth(chosen, -11), to: chosen }),
      ]);
      const orders = trend.rows.find((r) => r.month === chosen)?.orders ?? 0;
      if (!anyway && !orders) {
        setConfirmEmpty(chosen);
        return;
      }
      // Each member against their own target, in orders: the sentence of the review.
      const reviewed = reviewPeriodOf(chosen, filter.asOf);
      const distances: Record<string, string> = {};
      if (reviewed && loaded.fieldsPresent.includes('owner')) {
        const base = { fieldsPresent: loaded.fieldsPresent, basis: filter.basis, ordersAcrossGroups: loaded.ordersAcrossGroups };
        const rows = (await kpiSource.windowRows({ ...base, group: 'owner', window: reviewed.counted }, chosen)).rows;
        const kpis = memberReviewKpis(trend.kpis, loaded.targets);
        for (const member of membersVsTarget({ rows, kpis, targets: loaded.targets, teamOf: loaded.teamOf, period: reviewed })) {
          const k = member.kpis.find((x) => x.distance);
          if (k?.distance) distances[member.owner] = `${KPI_CATALOG[k.kpi].label[lang]}: ${distanceText(k.distance, k.kpi, lang)}`;
        }
      }
      const sheet = reportSheet({
        month: chosen,
        asOf: filter.asOf,
        basisLabel: basisLabel(filter.basis, lang),
        ordersSheet: loaded.ordersSheet,
        lang,
        members: members?.rows ?? [],
        teamOf: loaded.teamOf,
        trend: trend.rows,
        kpis: trend.kpis,
        distances,
      });
      setWritten(await host.writeSheet(sheet));
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Section>
      <Field label={m.paneReportMonth} size="small">
        <Select size="small" value={chosen} data-testid="report-month" onChange={(_, d) => (setMonth(d.value), setConfirmEmpty(null))}>
          {months.map((mo) => (
            <option key={mo}>{mo}</option>
          ))}
        </Select>
      </Field>
      <Caption1>{m.paneReportExplain}</Caption1>
      <Button appearance="primary" onClick={() => void write()} disabled={busy || confirmEmpty !== null} data-testid="report-write">
        {busy ? m.paneReportWriting : m.paneReportWrite}
      </Button>
      {busy && <Spinner size="tiny" />}
      {confirmEmpty && (
        <MessageBar intent="warning" data-testid="report-empty">
          <MessageBarBody>{m.rv_reportEmptyAsk({ month: confirmEmpty })}</MessageBarBody>
          <MessageBarActions>
            <Button size="small" onClick={() => void write(true)} data-testid="report-write-anyway">
              {m.rv_writeAnyway}
            </Button>
            <Button size="small" appearance="transparent" onClick={() => setConfirmEmpty(null)}>
              {m.rv_cancel}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {written && (
        <MessageBar intent="success" data-testid="report-written">
          <MessageBarBody>{m.paneWritten({ sheet: written })}</MessageBarBody>
        </MessageBar>
      )}
      {error && (
        <MessageBar intent="error">
          <MessageBarBody>{m.paneFailed({ message: error })}</MessageBarBody>
        </MessageBar>
      )}
    </Section>
  );
}
