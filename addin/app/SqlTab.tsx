import { useState } from 'react';
import { Button, Field, makeStyles, MessageBar, MessageBarBody, Select, Textarea, tokens } from '@fluentui/react-components';
import type { QueryResult } from '../../shared/engine/index';
import { messagesFor } from '../../shared/messages/index';
import { ResultGrid } from '../../shared/ui/index';
import { cellOf, SQL_EXAMPLES, type SqlExample } from '../session/sql-examples';
import { Section } from './Section';
import type { PaneTabProps } from './tab-props';

const useStyles = makeStyles({
  editor: { fontFamily: tokens.fontFamilyMonospace },
  row: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap', alignItems: 'center' },
});

const CHOOSE = '';

/** An SQL editor over `orders` and `targets`, results in a grid, written to a new sheet on request. */
export function SqlTab({ host, lang, session }: PaneTabProps) {
  const styles = useStyles();
  const m = messagesFor(lang);
  const [sql, setSql] = useState<string>(SQL_EXAMPLES.paneSqlExampleByOwner);
  const [result, setResult] = useState<QueryResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [written, setWritten] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const { engine } = session;

  const run = async () => {
    if (!engine || busy) return;
    setBusy(true);
    setWritten(null);
    try {
      setResult(await engine.query(sql));
      setError(null);
    } catch (e) {
      setResult(null);
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  const write = async () => {
    if (!result) return;
    setBusy(true);
    try {
      const cells = [result.columns.map((c) => c.name), ...result.rows.map((r) => result.columns.map((c) => cellOf(r[c.name])))];
      setWritten(await host.writeSheet({ name: m.paneSqlSheetName, cells, tables: [] }));
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  if (!engine) return <MessageBar><MessageBarBody>{m.paneLoadFirst}</MessageBarBody></MessageBar>;

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
          <Button appearance="primary" size="small" onClick={() => void run()} disabled={busy} data-testid="sql-run">
            {m.paneSqlRun}
          </Button>
          <Button size="small" onClick={() => void write()} disabled={busy || !result} data-testid="sql-write">
            {m.paneSqlWrite}
          </Button>
        </div>
        {error && (
          <MessageBar intent="error" data-testid="sql-error">
            <MessageBarBody>{m.paneSqlError({ message: error })}</MessageBarBody>
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
          <ResultGrid columns={result.columns} rows={result.rows} lang={lang} />
        </Section>
      )}
    </>
  );
}
