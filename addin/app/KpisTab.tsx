import { startTransition, useEffect, useMemo, useRef, useState } from 'react';
import { Caption1, makeStyles, Spinner, tokens } from '@fluentui/react-components';
import { errorRateTrend, onTimeTrend, satisfactionTrend } from '../../shared/charts/index';
import { KPI_CATALOG, type KpiRowWithTargets } from '../../shared/kpi/index';
import { lastDayOfMonth } from '../../shared/review/index';
import { messagesFor } from '../../shared/messages/index';
import { KpiCard, MemberTable, VegaChart } from '../../shared/ui/index';
import { kpiMembers, kpiTrendView, memberTableKpis, type KpiFilter, type KpiView } from '../session/kpi-view';
import { FilterBar } from './FilterBar';
import { Section } from './Section';
import type { FilteredTabProps } from './tab-props';

const useStyles = makeStyles({
  cards: { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(120px, 1fr))', gap: tokens.spacingHorizontalS },
  muted: { color: tokens.colorNeutralForeground3 },
  stale: { opacity: 0.5 },
});

/** The filter as text: the value of `data-rendered` once that filter's charts are drawn. */
export function viewKey(filter: KpiFilter): string {
  return [filter.from, filter.to, filter.basis, filter.asOf, filter.team ?? '', filter.owner ?? ''].join('|');
}

/** Filters, KPI cards for the range's last month, the three trends and the member table. */
export function KpisTab({ lang, session, chartTheme, filter, setFilter }: FilteredTabProps) {
  const styles = useStyles();
  const m = messagesFor(lang);
  const [view, setView] = useState<KpiView | null>(null);
  // The member table of a filter (by its viewKey), answered after the cards and charts.
  const [members, setMembers] = useState<{ key: string; rows: KpiRowWithTargets[] } | null>(null);
  const [error, setError] = useState<string | null>(null);
  // Which view's charts are all drawn: `data-rendered` tells scripts (and the benchmark) so.
  const [rendered, setRendered] = useState<{ view: KpiView | null; count: number }>({ view: null, count: 0 });
  const run = useRef(0);
  const { kpiSource, loaded } = session;

  useEffect(() => {
    if (!kpiSource || !loaded || !filter) return;
    const mine = ++run.current;
    const started = performance.now();
    performance.mark('kpi-view-start');
    const failed = (e: unknown) => mine === run.current && setError(String(e instanceof Error ? e.message : e));
    // Both go to the engine at once; the cards and charts are drawn as soon as theirs is answered.
    kpiTrendView(kpiSource, loaded, filter).then((v) => {
      performance.measure('kpi-view', { start: started });
      performance.mark('kpi-view-done');
      if (mine !== run.current) return;
      setView(v);
      setError(null);
    }, failed);
    // The table is drawn as a transition: it yields to the charts when both are due at once.
    kpiMembers(kpiSource, loaded, filter).then((rows) => mine === run.current && startTransition(() => setMembers({ key: viewKey(filter), rows })), failed);
  }, [kpiSource, loaded, filter]);

  const charts = useMemo(() => {
    if (!view) return [];
    const opts = {
      width: 'container' as const,
      height: 150,
      theme: chartTheme,
      selectedMonth: view.month,
      partialMonths: view.trend.filter((r) => lastDayOfMonth(r.month) > view.filter.asOf).map((r) => r.month),
      scaleMax: loaded?.satisfactionScale ?? null,
    };
    return [
      { kpi: 'satisfaction', spec: satisfactionTrend(view.trend, lang, opts) },
      { kpi: 'on_time_rate', spec: onTimeTrend(view.trend, lang, opts) },
      { kpi: 'error_rate', spec: errorRateTrend(view.trend, lang, opts) },
    ].filter((c) => view.kpis.includes(c.kpi as never));
  }, [view, lang, chartTheme, loaded]);

  // Kept as is while only the cards and charts change (a new filter's rows are still coming).
  const memberKpis = view?.kpis;
  const memberTable = useMemo(
    () => members && memberKpis && <MemberTable rows={members.rows} kpis={memberTableKpis({ kpis: memberKpis, members: members.rows })} lang={lang} />,
    [members, memberKpis, lang],
  );

  if (!loaded || !kpiSource) return <Caption1>{m.paneLoadFirst}</Caption1>;
  if (!filter) return <Caption1>{m.paneNoRows}</Caption1>;

  return (
    <>
      <Section>
        <FilterBar lang={lang} loaded={loaded} filter={filter} setFilter={setFilter} />
      </Section>
      {error && <Caption1>{m.paneFailed({ message: error })}</Caption1>}
      {!view ? (
        <Spinner size="small" />
      ) : (
        <>
          <Section title={m.paneMonthHeading({ month: view.month, asOf: filter.asOf })} testId="kpi-cards" data={{ month: view.month }}>
            <div className={styles.cards}>
              {view.cards.map((c) => (
                <KpiCard key={c.kpi} kpi={c.kpi} lang={lang} value={c.value} previous={c.previous} target={c.target} met={c.met} />
              ))}
            </div>
            {view.absent.length > 0 && (
              <Caption1 className={styles.muted}>{m.paneKpisAbsent({ kpis: view.absent.map((a) => KPI_CATALOG[a.kpi].label[lang]).join(', ') })}</Caption1>
            )}
          </Section>
          <Section title={m.paneTrends} testId="trends" data={{ rendered: rendered.view === view && rendered.count >= charts.length ? viewKey(view.filter) : '' }}>
            {charts.map((c) => (
              <VegaChart
                key={c.kpi}
                spec={c.spec}
                label={m.uiChartLabel({ title: KPI_CATALOG[c.kpi as 'satisfaction'].label[lang] })}
                onRendered={() => setRendered((r) => (r.view === view ? { view, count: r.count + 1 } : { view, count: 1 }))}
              />
            ))}
          </Section>
          {!members ? (
            loaded.fieldsPresent.includes('owner') && <Spinner size="small" />
          ) : (
            members.rows.length > 0 && (
              // The previous filter's table stays, dimmed, until this one's is answered: no jump.
              <div className={members.key === viewKey(view.filter) ? undefined : styles.stale} aria-busy={members.key !== viewKey(view.filter)}>
                <Section title={m.paneMembers} testId="members">
                  {memberTable}
                </Section>
              </div>
            )
          )}
        </>
      )}
    </>
  );
}
