import { Button, FluentProvider, makeStyles, MessageBar, MessageBarBody, tokens, webLightTheme } from '@fluentui/react-components';
import type { Engine } from '../../shared/engine/index';
import { messagesFor, type Lang } from '../../shared/messages/index';
import { App } from './App';
import { useDemoPreview } from './useDemoPreview';

const useStyles = makeStyles({ page: { padding: tokens.spacingHorizontalL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM } });

/**
 * The page opened in a plain browser (npm start): says where it belongs, and can preview the
 * pane over the demo workbook held in memory.
 */
export function OutsideExcel({ lang, createEngine, asOf }: { lang: Lang; createEngine: () => Promise<Engine>; asOf?: string }) {
  const styles = useStyles();
  const m = messagesFor(lang);
  const demo = useDemoPreview(asOf);
  if (demo.host) return <App host={demo.host} createEngine={createEngine} asOf={demo.asOf} />;
  return (
    <FluentProvider theme={webLightTheme}>
      <div className={styles.page}>
        <MessageBar intent="info">
          <MessageBarBody>{m.paneOutsideExcel}</MessageBarBody>
        </MessageBar>
        <Button appearance="primary" onClick={() => void demo.preview()}>
          {m.panePreviewDemo}
        </Button>
      </div>
    </FluentProvider>
  );
}
