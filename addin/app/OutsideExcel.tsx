import { useState } from 'react';
import { Button, FluentProvider, makeStyles, MessageBar, MessageBarBody, tokens, webLightTheme } from '@fluentui/react-components';
import type { Engine } from '../../shared/engine/index';
import { createMemoryHost, type WorkbookHost } from '../../shared/host/index';
import { messagesFor, type Lang } from '../../shared/messages/index';
import { App } from './App';

const useStyles = makeStyles({ page: { padding: tokens.spacingHorizontalL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM } });

/**
 * The page opened in a plain browser (npm start): says where it belongs, and can preview the
 * pane over the demo workbook held in memory.
 */
export function OutsideExcel({ lang, createEngine, asOf }: { lang: Lang; createEngine: () => Promise<Engine>; asOf?: string }) {
  const styles = useStyles();
  const m = messagesFor(lang);
  const [host, setHost] = useState<WorkbookHost | null>(null);
  const [demoAsOf, setDemoAsOf] = useState<string | undefined>(asOf);
  if (host) return <App host={host} createEngine={createEngine} asOf={demoAsOf} />;
  const preview = async () => {
    const demo = await import('../../shared/demo/index');
    setDemoAsOf(asOf ?? demo.DEMO_AS_OF);
    setHost(createMemoryHost(demo.generateDemoWorkbook(), { language: navigator.language }));
  };
  return (
    <FluentProvider theme={webLightTheme}>
      <div className={styles.page}>
        <MessageBar intent="info">
          <MessageBarBody>{m.paneOutsideExcel}</MessageBarBody>
        </MessageBar>
        <Button appearance="primary" onClick={() => void preview()}>
          {m.panePreviewDemo}
        </Button>
      </div>
    </FluentProvider>
  );
}
