import { useEffect, useMemo, useState } from 'react';
import { Button, Caption1, Field, Input, makeStyles, MessageBar, MessageBarBody, Select, Spinner, tokens } from '@fluentui/react-components';
import { KPI_CATALOG, normaliseTarget, type KpiKey } from '../../shared/kpi/index';
import { messagesFor } from '../../shared/messages/index';
import { parsePeriodChoice, periodTitle, reviewData, upsertTargetEdit, type ReviewData } from '../../shared/review/index';
import { MembersVsTarget, ReviewKpiCard, ReviewPace, formatKpiValue } from '../../shared/ui/index';
import { FilterBar } from './FilterBar';
import { AtRiskOrderList } from './AtRiskOrderList';
import { ReviewActions } from './ReviewActions';
import { Section } from './Section';
import type { FilteredTabProps } from './tab-props';
import type { PaneReview } from './usePaneReview';
import { useSelectOrderRow } from './useSelectCell';

const useStyles = makeStyles({
  cards: { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(118px, 1fr))', gap: tokens.spacingHorizontalS },
  more: { marginTop: tokens.spacingVerticalXS, '& > summary': { cursor: 'pointer', color: tokens.colorNeutralForeground2, marginBottom: tokens.spacingVerticalXS } },
  row: { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(112px, 1fr))', gap: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`, alignItems: 'end' },
  control: { minWidth: 0, width: '100%', maxWidth: '100%' },
  muted: { color: tokens.colorNeutralForeground3 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

/** The review's at-risk list: due within a week, the first few (the At risk tab holds them all). */
const RISK_DAYS = 7;
const RISK_SHOWN = 15;

const isHeadline = (card: ReviewData['cards'][number]) => card.target !== null || card.kpi === 'orders' || card.kpi === 'overdue_open';

export interface ReviewTabProps extends FilteredTabProps {
  review: PaneReview;
  /** The period asked for ("week", "2026-10", "2026-W43"; null = the default month), kept by the pane. */
  period: string | null;
  setPeriod: (period: string | null) => void;
}

/**
 * What the pane opens on: the review period (the latest ended month with orders by default),
 * the team's KPIs against target, each member against their own target, and targets to set.
 */
export function ReviewTab({ host, lang, session, filter, setFilter, review, period, setPeriod }: ReviewTabProps) {
  const styles = useStyles();
  const m = messagesFor(lang);
  const { kpiSource, loaded } = session;
  const [data, setData] = useState<ReviewData | null>(null);
  const [error, setError] = useState<string | null>(null);
  const { orderDays } = review;
  const [selectRow, selectProblem] = useSelectOrderRow(host, session, lang);

  useEffect(() => {
    if (!kpiSource || !loaded || !filter || !orderDays) return;
    let stale = false;
    const filters = { ...(filter.team ? { team: [filter.team] } : {}), ...(filter.owner ? { owner: [filter.owner] } : {}) };
    reviewData(
      kpiSource,
      {
        asOf: filter.asOf,
        basis: filter.basis,
        choice: parsePeriodChoice(period),
        filters,
        targets: loaded.targets,
        teamOf: loaded.teamOf,
        fieldsPresent: loaded.fieldsPresent,
        ordersAcrossGroups: loaded.ordersAcrossGroups,
        orderDays,
        riskDays: RISK_DAYS,
        riskLimit: RISK_SHOWN,
        locale: lang === 'zh' ? 'zh-CN' : 'en',
      },
      async (q) => (await kpiSource.kpis(loaded, q)).rows,
    ).then(
      (d) => !stale && (setData(d), setError(null)),
      (e: unknown) => !stale && setError(e instanceof Error ? e.message : String(e)),
    );
    return () => {
      stale = true;
    };
  }, [kpiSource, loaded, filter, orderDays, period, lang]);

  if (!loaded || !kpiSource) return <Caption1>{m.paneLoadFirst}</Caption1>;
  if (!filter) return <Caption1>{m.paneNoRows}</Caption1>;
  const shown = data?.period ?? null;
  const grain = shown?.grain ?? (period === 'week' || /W/.test(period ?? '') ? 'week' : 'month');
  const choices = grain === 'week' ? (data?.weeks ?? []) : (data?.months ?? []);
  const hasTargets = loaded.targets.some((t) => t.target !== null);

  return (
    <>
      <Section>
        <div className={styles.row}>
          <Field label={m.rv_grain} size="small">
            <Select size="small" className={styles.control} value={grain} data-testid="review-grain" onChange={(_, d) => setPeriod(d.value === 'month' ? null : d.value)}>
              <option value="month">{m.rv_grainMonth}</option>
              <option value="week">{m.rv_grainWeek}</option>
            </Select>
          </Field>
          <Field label={m.rv_period} size="small">
            <Select size="small" className={styles.control} value={shown?.key ?? ''} data-testid="review-period" onChange={(_, d) => setPeriod(d.value)}>
              {choices.map((key) => (
                <option key={key} value={key}>
                  {key}
                </option>
              ))}
            </Select>
          </Field>
        </div>
        <FilterBar lang={lang} loaded={loaded} filter={filter} setFilter={setFilter} asOfOnly />
      </Section>
      {error && <Caption1>{m.paneFailed({ message: error })}</Caption1>}
      {!data ? (
        <Spinner size="small" />
      ) : !shown ? (
        <Caption1>{m.rv_noPeriod}</Caption1>
      ) : (
        <>
          <Section title={m.rv_reviewOf({ period: periodTitle(shown, lang) })} testId="review" data={{ 'review-period': shown.key }}>
            {shown.partial && <Caption1 className={styles.muted}>{m.rv_partialNote({ day: shown.daysElapsed, total: shown.daysTotal })}</Caption1>}
            {/* The narrow pane: the KPIs with a target (and the counts that frame them) first, the rest folded. */}
            <div className={styles.cards}>
              {data.cards.filter(isHeadline).map((card) => (
                <ReviewKpiCard key={card.kpi} card={card} period={shown} lang={lang} />
              ))}
            </div>
            {data.cards.some((c) => !isHeadline(c)) && (
              <details className={styles.more}>
                <summary>{m.rv_moreKpis({ count: data.cards.filter((c) => !isHeadline(c)).length })}</summary>
                <div className={styles.cards}>
                  {data.cards.filter((c) => !isHeadline(c)).map((card) => (
                    <ReviewKpiCard key={card.kpi} card={card} period={shown} lang={lang} />
                  ))}
                </div>
              </details>
            )}
            <ReviewPace cards={data.cards} period={shown} lang={lang} layout="list" />
          </Section>
          {loaded.fieldsPresent.includes('owner') && (
            <Section title={m.rv_membersTitle} testId="members-vs-target">
              <Caption1 className={styles.muted}>{hasTargets ? m.rv_membersHint : m.rv_noTargetsHint}</Caption1>
              <MembersVsTarget members={data.members} kpis={data.memberKpis} lang={lang} layout="list" />
            </Section>
          )}
          {loaded.fieldsPresent.includes('due') && (
            <Section title={m.rv_atRiskTitle} testId="at-risk">
              <Caption1 className={styles.muted}>{m.rv_atRiskCount({ count: data.atRisk.total, days: RISK_DAYS })}</Caption1>
              {selectProblem}
              <AtRiskOrderList lang={lang} orders={data.atRisk.orders} onSelectRow={selectRow} />
              {data.atRisk.total > data.atRisk.orders.length && <Caption1 className={styles.muted}>{m.rv_paneAtRiskMore({ shown: data.atRisk.orders.length, total: data.atRisk.total })}</Caption1>}
            </Section>
          )}
          <ReviewActions lang={lang} review={review} data={data} asOf={filter.asOf} />
          <TargetForm {...{ host, lang, review, loaded, month: shown.grain === 'month' ? shown.key : shown.targetMonth, kpis: data.kpis }} />
        </>
      )}
    </>
  );
}

function TargetForm({ lang, review, loaded, month, kpis }: { lang: ReviewTabProps['lang']; review: PaneReview; loaded: NonNullable<ReviewTabProps['session']['loaded']>; month: string; kpis: KpiKey[]; host: ReviewTabProps['host'] }) {
  const styles = useStyles();
  const m = messagesFor(lang);
  const [who, setWho] = useState('');
  const [forMonth, setForMonth] = useState(month);
  const [kpi, setKpi] = useState<KpiKey>(kpis.includes('on_time_rate') ? 'on_time_rate' : (kpis[0] ?? 'orders'));
  const [value, setValue] = useState('');
  const [saved, setSaved] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const scopes = useMemo(() => [...loaded.teams.map((t) => `team:${t}`), ...loaded.owners.map((o) => `owner:${o}`)], [loaded]);
  const submit = async () => {
    const target = normaliseTarget(kpi, value);
    if (target === null) return setProblem(m.rv_targetInvalid);
    setProblem(null);
    const owner = who.startsWith('owner:') ? who.slice(6) : null;
    const team = who.startsWith('team:') ? who.slice(5) : owner ? (loaded.teamOf[owner] ?? null) : null;
    try {
      setSaved(await review.saveEdits(upsertTargetEdit(review.edits, { month: forMonth || null, team, owner, kpi, target })));
      setValue('');
    } catch (e) {
      setProblem(m.paneFailed({ message: e instanceof Error ? e.message : String(e) }));
    }
  };
  return (
    <Section title={m.rv_targetsTitle} testId="targets-panel">
      <Caption1 className={styles.muted}>{m.rv_targetsHint}</Caption1>
      <form
        className={styles.row}
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <Field label={`${m.rv_colTeam} / ${m.rv_colMember}`} size="small">
          <Select size="small" className={styles.control} value={who} onChange={(_, d) => setWho(d.value)} data-testid="target-who">
            <option value="">{m.rv_everyone}</option>
            {scopes.map((s) => (
              <option key={s} value={s}>
                {s.replace(/^(team|owner):/, '')}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={m.rv_colMonth} size="small">
          <Input size="small" className={styles.control} value={forMonth} placeholder="YYYY-MM" onChange={(_, d) => setForMonth(d.value)} />
        </Field>
        <Field label={m.rv_colKpi} size="small">
          <Select size="small" className={styles.control} value={kpi} onChange={(_, d) => setKpi(d.value as KpiKey)}>
            {kpis.map((k) => (
              <option key={k} value={k}>
                {KPI_CATALOG[k].label[lang]}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={m.rv_colTarget} size="small">
          <Input size="small" className={styles.control} value={value} onChange={(_, d) => setValue(d.value)} data-testid="target-value" />
        </Field>
        <Button size="small" appearance="primary" type="submit" data-testid="target-set">
          {m.rv_setTarget}
        </Button>
      </form>
      {problem && <Caption1>{problem}</Caption1>}
      {saved && (
        <MessageBar intent="success" data-testid="targets-saved">
          <MessageBarBody>{m.rv_keptInSheet({ sheet: saved })}</MessageBarBody>
        </MessageBar>
      )}
      {review.edits.length > 0 && (
        <ul className={styles.list}>
          {review.edits.map((e, i) => (
            <li key={i}>
              <Caption1>
                {[e.owner ?? e.team ?? m.rv_everyone, e.month ?? m.rv_any, KPI_CATALOG[e.kpi].label[lang], formatKpiValue(e.target, KPI_CATALOG[e.kpi].unit, lang)].join(' · ')}
              </Caption1>
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
