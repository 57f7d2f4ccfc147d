import {
  Button,
  Caption1,
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  Select,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useMemo, useState } from 'react';
import { mapOrderHeaders } from '../../shared/mapping/index';
import { IssueList, MappingEditor } from '../../shared/ui/index';
import { messagesFor, type Lang } from '../../shared/messages/index';
import { parseSourceKey, sameSource, sourceKey, type Source } from '../session/sources';
import { DEFAULT_SERVER_URL } from '../session/settings';
import { Section } from './Section';
import type { PaneTabProps } from './tab-props';
import type { PaneSession, Progress, usePaneSession } from './usePaneSession';
import { useSelectCell } from './useSelectCell';

const useStyles = makeStyles({
  row: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap', alignItems: 'center' },
});

type Actions = ReturnType<typeof usePaneSession>[1];

const NO_KPI = '\u0000none';

export function progressText(progress: Progress | null, lang: Lang): string {
  const m = messagesFor(lang);
  if (!progress) return '';
  switch (progress.step) {
    case 'read':
      return m.paneReadingSheet({ sheet: progress.sheet, rows: progress.rows, total: progress.total });
    case 'engine':
      return m.panePhaseEngine;
    case 'server':
      return m.panePhaseServer({ url: progress.url });
    case 'detect':
      return m.panePhaseDetect;
    case 'ingest':
      return m.panePhaseIngest;
    case 'load':
    case 'done':
      return m.panePhaseLoad;
    case 'targets':
      return m.panePhaseTargets;
  }
}

function failureText(session: PaneSession, lang: Lang): string | null {
  const m = messagesFor(lang);
  switch (session.failure?.kind) {
    case 'cancelled':
      return m.paneCancelled;
    case 'tooLarge':
      return m.paneTooLarge;
    case 'noSheets':
      return m.paneNoSheets;
    case 'other':
      return m.paneFailed({ message: session.failure.message ?? '' });
    case 'server':
      return session.failure.message ?? '';
    default:
      return null;
  }
}

const FROM_WORKBOOK = 'workbook';
const FROM_SERVER = 'server';

/**
 * Where the orders come from: this workbook's sheets, or a company database behind the local
 * data server (its address; connecting asks it for the table it serves).
 */
function OrdersFrom({ lang, session, actions, loading }: { lang: Lang; session: PaneSession; actions: Actions; loading: boolean }) {
  const styles = useStyles();
  const m = messagesFor(lang);
  const [fromServer, setFromServer] = useState(session.server !== null);
  const [url, setUrl] = useState(session.server ?? DEFAULT_SERVER_URL);
  // The remembered choice arrives after the first render (the workbook's settings are read then).
  useEffect(() => {
    if (session.server !== null) {
      setFromServer(true);
      setUrl(session.server);
    }
  }, [session.server]);
  return (
    <>
      <Field label={m.paneOrdersFrom} size="small">
        <Select
          size="small"
          data-testid="orders-from"
          value={fromServer ? FROM_SERVER : FROM_WORKBOOK}
          onChange={(_, d) => {
            setFromServer(d.value === FROM_SERVER);
            if (d.value === FROM_WORKBOOK && session.server !== null) void actions.useWorkbook();
          }}
        >
          <option value={FROM_WORKBOOK}>{m.paneFromWorkbook}</option>
          <option value={FROM_SERVER}>{m.paneFromServer}</option>
        </Select>
      </Field>
      {fromServer && (
        <>
          <Field label={m.paneServerUrl} size="small" hint={m.paneServerHint}>
            <Input size="small" value={url} onChange={(_, d) => setUrl(d.value)} data-testid="server-url" />
          </Field>
          <div className={styles.row}>
            <Button appearance="primary" size="small" disabled={loading || !url.trim()} onClick={() => void actions.connect(url)} data-testid="server-connect">
              {m.paneConnect}
            </Button>
          </div>
        </>
      )}
    </>
  );
}

/** Sources, the column mapping, loading with progress, and the issue list. */
export function DataTab({ host, lang, session, actions }: PaneTabProps & { actions: Actions }) {
  const styles = useStyles();
  const m = messagesFor(lang);
  const loading = session.status === 'loading' || session.status === 'starting';
  const [select, selectProblem] = useSelectCell(host, lang);
  const label = (s: Source) => {
    const name = s.kind === 'sheet' ? s.name : m.paneTableSource({ table: s.name, sheet: s.sheet });
    const detected = sameSource(s, session.detected.orders) || sameSource(s, session.detected.kpi);
    return detected ? `${name} · ${m.paneDetected}` : name;
  };
  const find = (key: string) => session.sources.find((s) => sameSource(s, parseSourceKey(key))) ?? null;
  const failure = failureText(session, lang);
  // The loaded data is the server's (the choice between the two is OrdersFrom's).
  const fromServer = session.server !== null;
  const mappingChanged = JSON.stringify(session.overrides) !== JSON.stringify(session.appliedOverrides) || session.dateOrder !== session.appliedDateOrder;
  // The editor shows what the load read (columns judged by their contents too) and, once the
  // user picks other columns, what those give right away, before the data is reloaded.
  const loadedMapping = session.status === 'ready' && !mappingChanged ? session.loaded?.mapping : undefined;
  const mapping = useMemo(
    () => loadedMapping ?? mapOrderHeaders(session.headers, session.overrides).mapping,
    [loadedMapping, session.headers, session.overrides],
  );

  return (
    <>
      <Section>
        <OrdersFrom lang={lang} session={session} actions={actions} loading={loading} />
        {!fromServer && (
          <>
        <Field label={m.paneOrdersSource} size="small">
          <Select
            size="small"
            data-testid="orders-source"
            value={session.orders ? sourceKey(session.orders) : ''}
            onChange={(_, d) => actions.chooseOrders(find(d.value))}
          >
            {!session.orders && <option value="" />}
            {session.sources.map((s) => (
              <option key={sourceKey(s)} value={sourceKey(s)}>
                {label(s)}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={m.paneKpiSource} size="small">
          <Select
            size="small"
            data-testid="kpi-source"
            value={session.kpi ? sourceKey(session.kpi) : NO_KPI}
            onChange={(_, d) => actions.chooseKpi(d.value === NO_KPI ? null : find(d.value))}
          >
            <option value={NO_KPI}>{m.paneNoKpiSource}</option>
            {session.sources.map((s) => (
              <option key={sourceKey(s)} value={sourceKey(s)}>
                {label(s)}
              </option>
            ))}
          </Select>
        </Field>
        <div className={styles.row}>
          <Button appearance="primary" size="small" disabled={loading || !session.orders} onClick={() => void actions.reload()} data-testid="load">
            {session.loaded ? m.paneReload : m.paneLoad}
          </Button>
          {loading && (
            <Button size="small" onClick={actions.cancel}>
              {m.paneCancel}
            </Button>
          )}
        </div>
          </>
        )}
        {loading && session.progress && (
          <Field validationMessage={progressText(session.progress, lang)} validationState="none">
            <ProgressBar value={session.progress.step === 'detect' ? undefined : session.fraction} data-testid="load-progress" />
          </Field>
        )}
        {session.status === 'ready' && session.loaded && (
          <MessageBar intent="success" data-testid="load-status">
            <MessageBarBody>
              {(fromServer ? m.paneServerLoaded : m.paneLoaded)({
                orders: session.loaded.rowCount - session.loaded.cancelledCount,
                sheet: session.loaded.ordersSheet,
                table: session.loaded.ordersSheet,
                cancelled: session.loaded.cancelledCount,
              })}
            </MessageBarBody>
          </MessageBar>
        )}
        {session.status === 'failed' && failure && (
          <MessageBar intent={session.failure?.kind === 'cancelled' ? 'info' : 'error'} data-testid="load-status">
            <MessageBarBody>{failure}</MessageBarBody>
          </MessageBar>
        )}
      </Section>

      {session.issues.length > 0 || session.status === 'ready' ? (
        <Section title={m.uiIssuesTitle({ count: session.issues.length })} testId="issues">
          {selectProblem}
          <IssueList issues={session.issues} lang={lang} onSelect={(issue) => select(issue.sheet, issue.cell)} />
        </Section>
      ) : null}

      {fromServer && session.status === 'ready' && <Caption1>{m.paneServerMapping}</Caption1>}
      {!fromServer && session.headers.length > 0 && (
        <Section title={m.paneMappingTitle} testId="mapping">
          <Caption1>{m.paneMappingHint}</Caption1>
          <MappingEditor
            headers={session.headers}
            mapping={mapping}
            overrides={session.overrides}
            lang={lang}
            onChange={actions.setOverrides}
            dateOrder={session.dateOrder}
            onDateOrderChange={actions.setDateOrder}
          />
          {mappingChanged && (
            <div className={styles.row}>
              <Button appearance="primary" size="small" disabled={loading} onClick={() => void actions.reload()} data-testid="apply-mapping">
                {m.paneApplyMapping}
              </Button>
            </div>
          )}
        </Section>
      )}
    </>
  );
}
