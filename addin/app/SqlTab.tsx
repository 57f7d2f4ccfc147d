import { useRef, useState } from 'react';
import { Button, Field, makeStyles, MessageBar, MessageBarBody, Select, Spinner, Textarea, tokens } from '@fluentui/react-components';
import { isUserSqlError, USER_SQL_TIME_LIMIT_MS, type UserQueryResult } from '../../shared/engine/index';
import { messagesFor, type Lang } from '../../shared/messages/index';
import { ResultGrid } from '../../shared/ui/index';
import { SQL_EXAMPLES, type SqlExample } from '../session/sql-examples';
import { sqlResultSheet } from '../session/sql-sheet';
import { Section } from './Section';
import type { PaneTabProps } from './tab-props';

const useStyles = makeStyles({
  editor: { fontFamily: tokens.fontFamilyMonospace },
  row: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap', alignItems: 'center' },
});

const CHOOSE = '';

type Outcome = { intent: 'info' | 'warning' | 'error'; text: string };

/** Why a query did not give rows, in the user's words. */
export function sqlOutcome(error: unknown, lang: Lang): Outcome {
  const m = messagesFor(lang);
  if (isUserSqlError(error)) {
    switch (error.kind) {
      case 'cancelled':
        return { intent: 'info', text: m.paneSqlCancelled };
      case 'timeLimit':
        return { intent: 'warning', text: m.paneSqlTimeLimit({ seconds: USER_SQL_TIME_LIMIT_MS / 1000 }) };
      case 'refused':
        return { intent: 'error', text: m.paneSqlRefused({ word: error.word ?? '' }) };
      case 'empty':
        return { intent: 'info', text: m.paneSqlEmpty };
    }
  }
  return { intent: 'error', text: m.paneSqlError({ message: error instanceof Error ? error.message : String(error) }) };
}

/**
 * An SQL editor over `orders` and `targets`, results in a grid, written to a new sheet on
 * request. The query runs read-only on a connection of its own (Engine.userQuery): it cannot
 * change the loaded tables, the other tabs keep working while it runs, and it can be cancelled.
 */
export function SqlTab({ host, lang, session }: PaneTabProps) {
  const styles = useStyles();
  const m = messagesFor(lang);
  const [sql, setSql] = useState<string>(SQL_EXAMPLES.paneSqlExampleByOwner);
  const [result, setResult] = useState<UserQueryResult | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [written, setWritten] = useState<string | null>(null);
  const [running, setRunning] = useState(false);
  const [writing, setWriting] = useState(false);
  const cancel = useRef<AbortController | null>(null);
  const { engine } = session;

  const run = async () => {
    if (!engine?.userQuery || running) return;
    const controller = new AbortController();
    cancel.current = controller;
    setRunning(true);
    setWritten(null);
    setOutcome(null);
    try {
      setResult(await engine.userQuery(sql, { signal: controller.signal }));
    } catch (e) {
      setResult(null);
      setOutcome(sqlOutcome(e, lang));
    } finally {
      cancel.current = null;
      setRunning(false);
    }
  };

  const write = async () => {
    if (!result) return;
    setWriting(true);
    try {
      const sheet = sqlResultSheet({ result, name: m.paneSqlSheetName, date1904: await host.date1904() });
      setWritten(await host.writeSheet(sheet));
    } catch (e) {
      setOutcome({ intent: 'error', text: m.paneFailed({ message: e instanceof Error ? e.message : String(e) }) });
    } finally {
      setWriting(false);
    }
  };

  if (session.server !== null) return <MessageBar><MessageBarBody>{m.paneSqlWorkbookOnly}</MessageBarBody></MessageBar>;
  if (!engine) return <MessageBar><MessageBarBody>{m.paneLoadFirst}</MessageBarBody></MessageBar>;
  if (!engine.userQuery) return <MessageBar><MessageBarBody>{m.paneSqlUnavailable}</MessageBarBody></MessageBar>;

  return (
    <>
      <Section>
        <Field label={m.paneSqlExamples} size="small">
          <Select
            size="small"
            value={CHOOSE}
            data-testid="sql-examples"
            onChange={(_, d) => d.value && setSql(SQL_EXAMPLES[d.value as SqlExample])}
          >
            <option value={CHOOSE}>{m.paneSqlExampleChoose}</option>
            {(Object.keys(SQL_EXAMPLES) as SqlExample[]).map((key) => (
              <option key={key} value={key}>
                {m[key]}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={m.paneSqlLabel} hint={m.paneSqlRunHint} size="small">
          <Textarea
            className={styles.editor}
            resize="vertical"
            rows={7}
            value={sql}
            data-testid="sql-editor"
            spellCheck={false}
            textarea={{ wrap: 'off' }}
            onChange={(_, d) => setSql(d.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
                e.preventDefault();
                void run();
              }
            }}
          />
        </Field>
        <div className={styles.row}>
          <Button appearance="primary" size="small" onClick={() => void run()} disabled={running} data-testid="sql-run">
            {m.paneSqlRun}
          </Button>
          {running && (
            <Button size="small" onClick={() => cancel.current?.abort()} data-testid="sql-cancel">
              {m.paneCancel}
            </Button>
          )}
          <Button size="small" onClick={() => void write()} disabled={running || writing || !result} data-testid="sql-write">
            {m.paneSqlWrite}
          </Button>
        </div>
        {running && <Spinner size="tiny" labelPosition="after" label={m.paneSqlRunning} data-testid="sql-running" />}
        {outcome && (
          <MessageBar intent={outcome.intent} data-testid={outcome.intent === 'error' ? 'sql-error' : 'sql-stopped'}>
            <MessageBarBody>{outcome.text}</MessageBarBody>
          </MessageBar>
        )}
        {written && (
          <MessageBar intent="success" data-testid="sql-written">
            <MessageBarBody>{m.paneWritten({ sheet: written })}</MessageBarBody>
          </MessageBar>
        )}
      </Section>
      {result && (
        <Section>
          {result.truncated && (
            <MessageBar intent="info" data-testid="sql-truncated">
              <MessageBarBody>{m.paneSqlTruncated({ rows: result.rows.length })}</MessageBarBody>
            </MessageBar>
          )}
          <ResultGrid columns={result.columns} rows={result.rows} lang={lang} />
        </Section>
      )}
    </>
  );
}
