import { useState } from 'react';
import { Button, Caption1, Field, MessageBar, MessageBarBody, Select, Spinner } from '@fluentui/react-components';
import { messagesFor } from '../../shared/messages/index';
import { computeKpis } from '../../shared/pipeline/index';
import { shiftMonth } from '../session/months';
import { reportSheet } from '../session/report-sheet';
import { basisLabel } from './FilterBar';
import { Section } from './Section';
import type { FilteredTabProps } from './tab-props';

/** One click: the month's report as a new sheet with a table, highlights and three charts. */
export function ReportTab({ host, lang, session, filter }: FilteredTabProps) {
  const m = messagesFor(lang);
  const { engine, loaded } = session;
  const [month, setMonth] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [written, setWritten] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  if (!engine || !loaded || !filter) return <Caption1>{m.paneLoadFirst}</Caption1>;
  const months = loaded.months.filter((mo) => mo <= filter.asOf.slice(0, 7));
  const chosen = month && months.includes(month) ? month : (months.at(-1) ?? null);
  if (!chosen) return <Caption1>{m.paneReportNoMonth}</Caption1>;

  const write = async () => {
    setBusy(true);
    setError(null);
    setWritten(null);
    try {
      const q = { basis: filter.basis, asOf: filter.asOf, perMonth: true };
      const [members, trend] = await Promise.all([
        loaded.fieldsPresent.includes('owner') ? computeKpis(engine, loaded, { ...q, group: 'owner', from: chosen, to: chosen }) : null,
        computeKpis(engine, loaded, { ...q, group: 'none', from: shiftMonth(chosen, -11), to: chosen }),
      ]);
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
        <Select size="small" value={chosen} data-testid="report-month" onChange={(_, d) => setMonth(d.value)}>
          {months.map((mo) => (
            <option key={mo}>{mo}</option>
          ))}
        </Select>
      </Field>
      <Caption1>{m.paneReportExplain}</Caption1>
      <Button appearance="primary" onClick={() => void write()} disabled={busy} data-testid="report-write">
        {busy ? m.paneReportWriting : m.paneReportWrite}
      </Button>
      {busy && <Spinner size="tiny" />}
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
