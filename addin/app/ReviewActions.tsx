import { useMemo, useState } from 'react';
import { Button, Caption1, Checkbox, Field, Input, makeStyles, MessageBar, MessageBarBody, Select, tokens } from '@fluentui/react-components';
import { KPI_CATALOG } from '../../shared/kpi/index';
import { messagesFor, type Lang } from '../../shared/messages/index';
import { actionFollowUps, missedTargets, newAction, type ReviewData } from '../../shared/review/index';
import { formatKpiChange, formatKpiValue } from '../../shared/ui/index';
import { Section } from './Section';
import type { PaneReview } from './usePaneReview';

const useStyles = makeStyles({
  form: { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(128px, 1fr))', gap: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`, alignItems: 'end' },
  wide: { gridColumn: '1 / -1' },
  control: { minWidth: 0, width: '100%', maxWidth: '100%' },
  muted: { color: tokens.colorNeutralForeground3 },
  list: { margin: 0, paddingLeft: 0, listStyleType: 'none', display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  better: { color: tokens.colorPaletteGreenForeground1 },
  worse: { color: tokens.colorPaletteDarkOrangeForeground1 },
});

/**
 * The improvement loop in the pane: a missed target of the reviewed month gets a cause and an
 * action (owner, due date), kept in the product's own actions sheet; the next month's review
 * shows, for each action, how the KPI moved since and whether it is met now.
 */
export function ReviewActions({ lang, review, data, asOf }: { lang: Lang; review: PaneReview; data: ReviewData; asOf: string }) {
  const styles = useStyles();
  const m = messagesFor(lang);
  const misses = useMemo(() => missedTargets(data), [data]);
  const followUps = useMemo(() => actionFollowUps(data, review.actions), [data, review.actions]);
  const [chosen, setChosen] = useState(0);
  const [cause, setCause] = useState('');
  const [action, setAction] = useState('');
  const [owner, setOwner] = useState('');
  const [due, setDue] = useState('');
  const [saved, setSaved] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const period = data.period;
  if (!period || period.grain !== 'month') return null;
  const labelOf = (kpi: keyof typeof KPI_CATALOG, member: string | null) => `${KPI_CATALOG[kpi].label[lang]} · ${member ?? m.rv_everyone}`;
  const save = async (next: typeof review.actions) => {
    try {
      setSaved(await review.saveActions(next));
      setProblem(null);
    } catch (e) {
      setProblem(m.paneFailed({ message: e instanceof Error ? e.message : String(e) }));
    }
  };
  const add = async () => {
    const miss = misses[chosen];
    if (!miss || !action.trim()) return;
    await save([...review.actions, newAction(miss, period.key, { cause, action, owner, due: due || asOf }, `${Date.now()}-${review.actions.length}`)]);
    setCause('');
    setAction('');
  };

  return (
    <Section title={m.rv_actionsTitle} testId="actions-panel">
      <Caption1 className={styles.muted}>{m.rv_actionsHint}</Caption1>
      {followUps.length > 0 && (
        <ul className={styles.list} data-testid="actions-to-review">
          {followUps.map((f) => {
            const unit = KPI_CATALOG[f.action.kpi].unit;
            const better = f.moved === null || f.moved === 0 ? null : f.moved > 0 === (KPI_CATALOG[f.action.kpi].direction === 'higher');
            return (
              <li key={f.action.id} data-kpi={f.action.kpi} data-moved={f.moved ?? ''}>
                <Caption1>
                  <strong>{m.rv_actionFor({ kpi: KPI_CATALOG[f.action.kpi].label[lang], month: f.action.month, who: f.action.member ?? m.rv_everyone })}</strong> — {f.action.action}
                </Caption1>{' '}
                <Caption1 className={better === null ? styles.muted : better ? styles.better : styles.worse}>
                  {f.moved === null ? m.rv_notYet : `${m.rv_moved({ change: formatKpiChange(f.moved, unit, lang), month: period.key })} (${formatKpiValue(f.now, unit, lang)})`}
                  {f.metNow !== null && ` · ${f.metNow ? m.rv_metNow : m.rv_stillMissed}`}
                </Caption1>
              </li>
            );
          })}
        </ul>
      )}
      {misses.length > 0 && (
        <form
          className={styles.form}
          onSubmit={(e) => {
            e.preventDefault();
            void add();
          }}
        >
          <Field label={m.rv_missedFor} size="small" className={styles.wide}>
            <Select size="small" className={styles.control} value={String(chosen)} onChange={(_, d) => setChosen(Number(d.value))} data-testid="action-miss">
              {misses.map((miss, i) => (
                <option key={i} value={i}>
                  {labelOf(miss.kpi, miss.member)}
                </option>
              ))}
            </Select>
          </Field>
          <Field label={m.rv_cause} size="small" className={styles.wide}>
            <Input size="small" className={styles.control} value={cause} onChange={(_, d) => setCause(d.value)} data-testid="action-cause" />
          </Field>
          <Field label={m.rv_action} size="small" className={styles.wide}>
            <Input size="small" className={styles.control} value={action} onChange={(_, d) => setAction(d.value)} data-testid="action-what" />
          </Field>
          <Field label={m.rv_actionOwner} size="small">
            <Input size="small" className={styles.control} value={owner} onChange={(_, d) => setOwner(d.value)} data-testid="action-owner" />
          </Field>
          <Field label={m.rv_actionDue} size="small">
            <Input size="small" className={styles.control} type="date" value={due} onChange={(_, d) => setDue(d.value)} data-testid="action-due" />
          </Field>
          <Button size="small" appearance="primary" type="submit" data-testid="action-add">
            {m.rv_addAction}
          </Button>
        </form>
      )}
      {problem && <Caption1>{problem}</Caption1>}
      {saved && (
        <MessageBar intent="success" data-testid="actions-saved">
          <MessageBarBody>{m.rv_actionsKeptInSheet({ sheet: saved })}</MessageBarBody>
        </MessageBar>
      )}
      {review.actions.length === 0 ? (
        <Caption1 className={styles.muted}>{m.rv_noActions}</Caption1>
      ) : (
        <ul className={styles.list} data-testid="actions-list">
          {review.actions.map((a) => (
            <li key={a.id}>
              <Checkbox
                checked={a.done}
                label={`${m.rv_actionFor({ kpi: KPI_CATALOG[a.kpi].label[lang], month: a.month, who: a.member ?? m.rv_everyone })} — ${a.cause ? `${m.rv_cause}: ${a.cause}; ` : ''}${m.rv_action}: ${a.action} (${a.owner || '–'}, ${a.due})`}
                onChange={(_, d) => void save(review.actions.map((x) => (x.id === a.id ? { ...x, done: !!d.checked } : x)))}
              />
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
