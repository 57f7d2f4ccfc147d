import { useMemo, useState } from 'react';
import {
  Button,
  FluentProvider,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Tab,
  TabList,
  tokens,
  webDarkTheme,
  webLightTheme,
} from '@fluentui/react-components';
import type { Engine } from '../../shared/engine/index';
import type { WorkbookHost } from '../../shared/host/index';
import { langFromLocale, messagesFor } from '../../shared/messages/index';
import { MINIMUM_EXCEL_API } from '../office/host-environment';
import { localToday } from '../session/months';
import { AtRiskTab } from './AtRiskTab';
import { DataTab } from './DataTab';
import { KpisTab } from './KpisTab';
import { ReportTab } from './ReportTab';
import { ReviewTab } from './ReviewTab';
import { usePaneReview } from './usePaneReview';
import { SqlTab } from './SqlTab';
import { useKpiFilter } from './useKpiFilter';
import { usePaneSession } from './usePaneSession';

const useStyles = makeStyles({
  pane: {
    minHeight: '100vh',
    boxSizing: 'border-box',
    display: 'flex',
    flexDirection: 'column',
    backgroundColor: tokens.colorNeutralBackground2,
    color: tokens.colorNeutralForeground1,
  },
  tabs: {
    position: 'sticky',
    top: 0,
    zIndex: 1,
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    overflowX: 'auto',
  },
  panel: { padding: tokens.spacingHorizontalM, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  kept: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
});

export type TabName = 'review' | 'data' | 'kpis' | 'risk' | 'sql' | 'report';

export interface AppProps {
  host: WorkbookHost;
  createEngine: () => Promise<Engine>;
  /** The as-of date to start with (default today). */
  asOf?: string;
  /** The host meets the manifest's minimum API set. */
  supported?: boolean;
  /** The tab shown first (default the review; the Data tab shows the load and its issues). */
  startTab?: TabName;
}

/** The task pane: Office's theme and language, five tabs over one data session. */
export function App({ host, createEngine, asOf, supported = true, startTab = 'review' }: AppProps) {
  const styles = useStyles();
  const lang = langFromLocale(host.displayLanguage());
  const m = messagesFor(lang);
  const dark = host.theme() === 'dark';
  const [tab, setTab] = useState<TabName>(startTab);
  // The SQL tab stays mounted once opened: a query keeps running (and its result stays) while
  // the other tabs are looked at.
  const [sqlOpened, setSqlOpened] = useState(startTab === 'sql');
  const [loadSession, actions] = usePaneSession(host, createEngine);
  // Targets set in the pane (the product's own sheet) apply in every tab.
  const review = usePaneReview(host, loadSession, lang);
  const session = review.session;
  const [period, setPeriod] = useState<string | null>(null);
  const [startAsOf] = useState(() => asOf ?? localToday());
  const [filter, setFilter] = useKpiFilter(session.loaded, startAsOf);
  const chartTheme = dark ? 'dark' : 'light';
  const shared = useMemo(() => ({ host, lang, session, chartTheme }) as const, [host, lang, session, chartTheme]);
  const filtered = { ...shared, filter, setFilter };

  return (
    <FluentProvider theme={dark ? webDarkTheme : webLightTheme} lang={lang === 'zh' ? 'zh-CN' : 'en'}>
      <div className={styles.pane}>
        <div className={styles.tabs}>
          <TabList
            size="small"
            selectedValue={tab}
            onTabSelect={(_, d) => {
              setTab(d.value as TabName);
              if (d.value === 'sql') setSqlOpened(true);
            }}
            aria-label={m.paneTitle}
          >
            <Tab value="review">{m.rv_paneTabReview}</Tab>
            <Tab value="data">{m.paneTabData}</Tab>
            <Tab value="kpis">{m.paneTabKpis}</Tab>
            <Tab value="risk">{m.paneTabAtRisk}</Tab>
            <Tab value="sql">{m.paneTabSql}</Tab>
            <Tab value="report">{m.paneTabReport}</Tab>
          </TabList>
        </div>
        <main className={styles.panel} role="tabpanel" aria-label={{ review: m.rv_paneTabReview, data: m.paneTabData, kpis: m.paneTabKpis, risk: m.paneTabAtRisk, sql: m.paneTabSql, report: m.paneTabReport }[tab]}>
          {!supported && (
            <MessageBar intent="warning">
              <MessageBarBody>{m.paneOldExcel({ version: MINIMUM_EXCEL_API })}</MessageBarBody>
            </MessageBar>
          )}
          {session.sourceChanged && (
            <MessageBar intent="info" data-testid="source-changed">
              <MessageBarBody>{m.paneSourceChanged}</MessageBarBody>
              <MessageBarActions>
                <Button size="small" onClick={() => void actions.reload()}>
                  {m.paneReload}
                </Button>
                <Button size="small" appearance="transparent" onClick={actions.dismissChange}>
                  {m.paneDismiss}
                </Button>
              </MessageBarActions>
            </MessageBar>
          )}
          {/* A load that failed shows what went wrong (the Data tab) where the review would be. */}
          {tab === 'review' && (session.status === 'failed' ? <DataTab {...shared} actions={actions} /> : <ReviewTab {...filtered} review={review} period={period} setPeriod={setPeriod} />)}
          {tab === 'data' && <DataTab {...shared} actions={actions} />}
          {tab === 'kpis' && <KpisTab {...filtered} />}
          {tab === 'risk' && <AtRiskTab {...filtered} />}
          {sqlOpened && (
            <div hidden={tab !== 'sql'} className={tab === 'sql' ? styles.kept : undefined}>
              <SqlTab {...shared} />
            </div>
          )}
          {tab === 'report' && <ReportTab {...filtered} orderDays={review.orderDays} period={period} />}
        </main>
      </div>
    </FluentProvider>
  );
}
