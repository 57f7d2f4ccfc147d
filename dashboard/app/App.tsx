import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { FluentProvider, Spinner, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { KPI_CATALOG, MONTH_ALL, type KpiKey } from '../../shared/kpi/index';
import { langFromLocale, messagesFor, type Lang } from '../../shared/messages/index';
import type { OpenOptions } from '../data/protocol';
import type { Theme, ViewState } from '../state/view-state';
import { Charts } from '../ui/Charts';
import { DataPanel } from '../ui/DataPanel';
import { DropZone } from '../ui/DropZone';
import { basisLabel, FilterBar } from '../ui/FilterBar';
import { Header } from '../ui/Header';
import { KpiCards } from '../ui/KpiCards';
import { LoadError, LoadProgress } from '../ui/LoadStatus';
import { MembersSection } from '../ui/MembersSection';
import { ActionsPanel } from '../ui/ActionsPanel';
import { AtRiskList } from '../ui/AtRiskList';
import { MembersBlock } from '../ui/MembersBlock';
import { ReviewCards } from '../ui/ReviewCards';
import { ReviewPace } from '../../shared/ui/index';
import { ReviewHead } from '../ui/ReviewHead';
import { TargetsPanel } from '../ui/TargetsPanel';
import type { ImprovementAction, TargetEdit } from '../../shared/review/index';
import { useStoredList } from './use-stored-list';
import { OrdersBehind } from '../ui/OrdersBehind';
import { asOfOf, questionOf } from './question';
import { useStableCallback } from './use-stable-callback';
import { useDataset } from './use-dataset';
import { useViewData } from './use-view-data';
import { useViewState } from './use-view-state';

/** The dashboard: opens data (the demo workbook until a file is opened) and shows its overview. */
export function App() {
  const [view, setView] = useViewState();
  const viewNow = useRef(view);
  viewNow.current = view;
  const changedAt = useRef(performance.now());
  // Set once the data is known (below): asks the worker for the changed view's numbers at once.
  const askFor = useRef<(next: ViewState) => void>(() => undefined);
  const update = useCallback(
    (patch: Partial<ViewState>) => {
      changedAt.current = performance.now();
      askFor.current({ ...viewNow.current, ...patch });
      setView(patch);
    },
    [setView],
  );
  const lang = view.lang ?? langFromLocale(navigator.language);
  const m = messagesFor(lang);
  // The worker builds the cube of the view the page will ask for first while it loads.
  const { dataset, failed, loading, open, cancel, prepareNext, dismissFailure } = useDataset((demo) => ({ basis: view.basis, asOf: asOfOf(view, demo) }));
  const [dataOpen, setDataOpen] = useState(false);

  // Nothing opened yet: the demo workbook.
  useEffect(() => {
    void open(null);
  }, [open]);
  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    document.title = `${m.dash_title} — ${m.dash_subtitle}`;
  }, [lang]);
  // A file that needs its mapping fixed opens the data panel on its own.
  useEffect(() => {
    if (failed?.open && failed.open.headers.length > 0 && failed.open.sheets.length > 0) setDataOpen(true);
  }, [failed]);

  // Targets set and actions noted in this page, kept in the browser per file.
  const storeKey = dataset ? (dataset.open.demo ? 'demo' : dataset.open.fileName) : '';
  const [targetEdits, setTargetEdits] = useStoredList<TargetEdit>(`teamkpi.targets.${storeKey}`);
  const [actions, setActions] = useStoredList<ImprovementAction>(`teamkpi.actions.${storeKey}`);
  const extras = useMemo(() => ({ targetEdits, locale: lang === 'zh' ? 'zh-CN' : 'en' }), [targetEdits, lang]);
  const question = useMemo(() => (dataset ? { ...questionOf(view, dataset.open.demo, dataset.open.data?.months), ...extras } : null), [view, dataset, extras]);
  const { shown, updating, slow, error, drawn, askEarly } = useViewData(dataset, question, () => changedAt.current);
  askFor.current = (next) => dataset && askEarly({ ...questionOf(next, dataset.open.demo, dataset.open.data?.months), ...extras });

  const openFile = useCallback((file: File) => void open(file), [open]);
  const summary = dataset?.open.data ?? null;
  const months = summary?.months ?? [];
  const from = question?.from ?? months[0] ?? '';
  const to = question?.to ?? months[months.length - 1] ?? '';
  const rangeLabel = question?.from || question?.to ? m.dash_monthRange({ from, to }) : m.dash_allMonths;
  const review = shown?.data.review ?? null;
  const reviewMonth = review?.period?.grain === 'month' ? review.period.key : null;
  const openOrders = (kpi: KpiKey, member: string | null) => update({ behind: { kpi, month: view.pickMonth ?? reviewMonth ?? MONTH_ALL, member } });
  // Stable identities, so the memoised sections skip renders that change nothing of theirs.
  const openCardOrders = useStableCallback((kpi: KpiKey) => openOrders(kpi, view.pickMember));
  const openMemberOrders = useStableCallback((member: string | null, kpi: KpiKey) => openOrders(kpi, member));
  const loadTable = useStableCallback(() => shown!.dataset.client.request({ type: 'table', question: shown!.question }));
  const panelResult = failed?.open && failed.open.headers.length > 0 ? failed.open : (dataset?.open ?? null);
  const panelOptions = failed?.open && failed.open.headers.length > 0 ? failed.options : (dataset?.options ?? {});
  const panelFile = failed?.open && failed.open.headers.length > 0 ? failed.file : (dataset?.file ?? null);
  // The header and the data panel are memoised too: a filter change renders neither.
  // The demo by name: in a page of the data server too it is the demo workbook, read in the page.
  const openDemo = useStableCallback(() => void open(null, {}, true));
  const showData = useStableCallback(() => setDataOpen(true));
  const closeData = useStableCallback(() => setDataOpen(false));
  const chooseLang = useStableCallback((l: Lang) => update({ lang: l }));
  const chooseTheme = useStableCallback((t: Theme) => update({ theme: t }));
  const applyMapping = useStableCallback((options: OpenOptions) => {
    setDataOpen(false);
    void open(panelFile, options);
  });

  return (
    <FluentProvider theme={view.theme === 'dark' ? webDarkTheme : webLightTheme} className={`dash-root theme-${view.theme}`} data-drawn={drawn} data-updating={updating || !!loading}>
      <Header
        lang={lang}
        theme={view.theme}
        open={dataset?.open ?? null}
        busy={!!loading}
        onOpenFile={openFile}
        onOpenIntent={prepareNext}
        onOpenDemo={openDemo}
        onShowData={showData}
        onLang={chooseLang}
        onTheme={chooseTheme}
      />
      <DropZone lang={lang} onFile={openFile} onDragIn={prepareNext} />
      {loading && <LoadProgress lang={lang} loading={loading} onCancel={cancel} />}
      {failed && <LoadError lang={lang} failed={failed} keptPrevious={!!dataset} onShowData={() => setDataOpen(true)} onDismiss={dismissFailure} />}
      {error && <p className="dash-error-text">{m.dash_unexpected({ reason: error })}</p>}
      <main className="dash-main">
        {summary && question && (
          <>
            <div className="print-only dash-print-head">
              <strong>{m.dash_printTitle({ range: rangeLabel, asOf: question.asOf })}</strong>
              <div>
                {m.dash_filtersLine({
                  teams: view.teams.join(', ') || m.dash_allTeams,
                  owners: (view.pickMember ? [view.pickMember] : view.owners).join(', ') || m.dash_allOwners,
                  basis: basisLabel(view.basis, lang),
                })}
              </div>
            </div>
            <FilterBar lang={lang} view={view} data={summary} asOf={question.asOf} onChange={update} />
          </>
        )}
        {!shown && !failed && (loading || dataset) && <Spinner className="dash-wait" label={m.dash_loading} />}
        {!dataset && !loading && !failed && (
          <p className="dash-start" data-testid="start-page">
            {m.dash_startPage}
          </p>
        )}
        {shown && (
          <div className={slow ? 'dash-overview is-updating' : 'dash-overview'} data-testid="overview">
            <ReviewHead lang={lang} view={view} review={review} rangeLabel={rangeLabel} slow={slow} onChange={update} />
            {review?.period ? (
              <ReviewCards lang={lang} review={review} absent={shown.data.absent} onOpenOrders={openCardOrders} />
            ) : (
              <KpiCards lang={lang} theme={view.theme} data={shown.data} onOpenOrders={openCardOrders} />
            )}
            {review?.period && summary?.fieldsPresent.includes('owner') && (
              <MembersBlock lang={lang} review={review} hasTargets={(shown.data.targets ?? []).some((t) => t.target !== null)} onOpenOrders={openMemberOrders} />
            )}
            {review?.period?.partial && (
              <section className="dash-section" aria-label={m.rv_paceTitle}>
                <ReviewPace cards={review.cards} period={review.period} lang={lang} />
              </section>
            )}
            {view.behind && dataset && question && KPI_CATALOG[view.behind.kpi] && (
              <OrdersBehind lang={lang} client={dataset.client} question={question} cell={view.behind} rangeLabel={rangeLabel} onClose={() => update({ behind: null })} />
            )}
            {review && (
              <AtRiskList
                lang={lang}
                review={review}
                days={view.riskDays}
                sheet={dataset?.open.ordersSheet ?? ''}
                asOf={question?.asOf ?? ''}
                hasDue={!!summary?.fieldsPresent.includes('due')}
                onDays={(riskDays) => update({ riskDays })}
              />
            )}
            <Charts lang={lang} theme={view.theme} data={shown.data} period={review?.period?.key ?? null} asOf={question?.asOf} scaleMax={summary?.satisfactionScale ?? null} pickedMonth={view.pickMonth} pickedMember={view.pickMember} onChange={update} />
            <MembersSection lang={lang} data={shown.data} rangeLabel={rangeLabel} loadTable={loadTable} onOpenOrders={openMemberOrders} />
            <TargetsPanel
              lang={lang}
              targets={shown.data.targets ?? []}
              edits={targetEdits}
              onEdits={setTargetEdits}
              months={review?.months ?? []}
              teams={summary?.teams ?? []}
              owners={summary?.owners ?? []}
              teamOf={summary?.teamOf ?? {}}
              kpis={shown.data.kpis}
              defaultMonth={reviewMonth}
            />
            {review && <ActionsPanel lang={lang} review={review} actions={actions} onActions={setActions} asOf={question?.asOf ?? ''} />}
          </div>
        )}
      </main>
      <DataPanel
        lang={lang}
        open={dataOpen}
        result={panelResult}
        options={panelOptions}
        busy={!!loading}
        onApply={applyMapping}
        onClose={closeData}
      />
    </FluentProvider>
  );
}
