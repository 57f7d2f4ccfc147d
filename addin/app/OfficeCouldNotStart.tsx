import { Button, FluentProvider, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, Subtitle2, tokens, webLightTheme } from '@fluentui/react-components';
import type { Engine } from '../../shared/engine/index';
import { messagesFor, type Lang } from '../../shared/messages/index';
import { OFFICE_READY_TIMEOUT_MS, type OfficeStart } from '../office/office-ready';
import { App } from './App';
import { useDemoPreview } from './useDemoPreview';

const useStyles = makeStyles({
  page: { padding: tokens.spacingHorizontalL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, overflowWrap: 'anywhere' },
  row: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  heading: { margin: 0 },
});

export interface OfficeCouldNotStartProps {
  lang: Lang;
  cause: Extract<OfficeStart, { kind: 'notStarted' }>['cause'];
  /** Office opened the page: the demo preview is not offered. */
  inOffice: boolean;
  createEngine: () => Promise<Engine>;
  asOf?: string;
}

/**
 * Office did not start: office.js was blocked, or the host did not say it was ready in time
 * (addin/office/office-ready.ts waits for it).
 * Says what happened and what to check, instead of a blank pane. Outside Office the demo
 * preview is still offered; inside Excel never.
 */
export function OfficeCouldNotStart({ lang, cause, inOffice, createEngine, asOf }: OfficeCouldNotStartProps) {
  const styles = useStyles();
  const m = messagesFor(lang);
  const demo = useDemoPreview(asOf);
  if (demo.host) return <App host={demo.host} createEngine={createEngine} asOf={demo.asOf} />;
  const what =
    cause === 'script' ? m.paneOfficeNotStartedScript : cause === 'noHost' ? m.paneOfficeNotStartedNoHost : m.paneOfficeNotStartedTimeout({ seconds: OFFICE_READY_TIMEOUT_MS / 1000 });
  return (
    <FluentProvider theme={webLightTheme} lang={lang === 'zh' ? 'zh-CN' : 'en'}>
      <div className={styles.page} data-testid="office-not-started" data-cause={cause}>
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{m.paneOfficeNotStarted}</MessageBarTitle>
            <div>{what}</div>
          </MessageBarBody>
        </MessageBar>
        <Subtitle2 as="h2" className={styles.heading}>
          {m.paneOfficeCheckTitle}
        </Subtitle2>
        <ul className={styles.list}>
          <li>{m.paneOfficeCheckNetwork}</li>
          <li>{m.paneOfficeCheckPolicy}</li>
          <li>{m.paneOfficeCheckVersion}</li>
          <li>{m.paneOfficeCheckReload}</li>
          <li>{m.paneOfficeCheckConsole}</li>
        </ul>
        <div className={styles.row}>
          <Button appearance="primary" onClick={() => location.reload()}>
            {m.paneOfficeRetry}
          </Button>
        </div>
        {!inOffice && (
          <>
            <MessageBar intent="info">
              <MessageBarBody>{m.paneOfficeNotInExcel}</MessageBarBody>
            </MessageBar>
            <div className={styles.row}>
              <Button onClick={() => void demo.preview()}>{m.panePreviewDemo}</Button>
            </div>
          </>
        )}
      </div>
    </FluentProvider>
  );
}
