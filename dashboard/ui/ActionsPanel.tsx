import { useMemo, useState } from 'react';
import { Button, Checkbox, Input, Label, Select } from '@fluentui/react-components';
import { KPI_CATALOG } from '../../shared/kpi/index';
import { messagesFor, type Lang } from '../../shared/messages/index';
import { actionFollowUps, actionsCsv, missedTargets, newAction, type ImprovementAction, type MissedTarget, type ReviewData } from '../../shared/review/index';
import { formatKpiChange, formatKpiValue } from '../../shared/ui/index';
import { downloadBlob } from '../export/download';

export interface ActionsPanelProps {
  lang: Lang;
  review: ReviewData;
  actions: ImprovementAction[];
  onActions: (actions: ImprovementAction[]) => void;
  asOf: string;
}

/**
 * The improvement loop: a missed target of the period gets a cause and an action (owner, due
 * date); the next month's review shows whether the KPI moved.
 */
export function ActionsPanel({ lang, review, actions, onActions, asOf }: ActionsPanelProps) {
  const m = messagesFor(lang);
  const period = review.period;
  const misses = useMemo(() => missedTargets(review), [review]);
  const [chosen, setChosen] = useState(0);
  const [cause, setCause] = useState('');
  const [action, setAction] = useState('');
  const [owner, setOwner] = useState('');
  const [due, setDue] = useState('');
  if (!period || period.grain !== 'month') return null;
  const month = period.key;
  const label = (a: Pick<MissedTarget, 'kpi' | 'member'>) => `${KPI_CATALOG[a.kpi].label[lang]} · ${a.member ?? m.rv_everyone}`;
  const toReview = actionFollowUps(review, actions);
  const add = () => {
    const miss = misses[chosen];
    if (!miss || !action.trim()) return;
    onActions([...actions, newAction(miss, month, { cause, action, owner, due: due || asOf }, `${Date.now()}-${actions.length}`)]);
    setCause('');
    setAction('');
  };
  return (
    <details className="dash-section dash-panel" data-testid="actions-panel" open={toReview.length > 0 || undefined}>
      <summary>
        <h2>
          {m.rv_actionsTitle} <span className="dash-hint">({actions.length})</span>
        </h2>
      </summary>
      <p className="dash-hint">{m.rv_actionsHint}</p>
      {toReview.length > 0 && (
        <ul className="dash-actions" data-testid="actions-to-review">
          {toReview.map((f) => {
            const a = f.action;
            const unit = KPI_CATALOG[a.kpi].unit;
            return (
              <li key={a.id} data-kpi={a.kpi} data-member={a.member ?? ''} data-moved={f.moved ?? ''}>
                <strong>{m.rv_actionFor({ kpi: KPI_CATALOG[a.kpi].label[lang], month: a.month, who: a.member ?? m.rv_everyone })}</strong> — {a.action} ({a.owner || '–'}, {a.due}) ·{' '}
                {f.moved === null ? m.rv_notYet : `${m.rv_moved({ change: formatKpiChange(f.moved, unit, lang), month })} (${formatKpiValue(f.now, unit, lang)})`}
                {f.metNow !== null && ` · ${f.metNow ? m.rv_metNow : m.rv_stillMissed}`}
              </li>
            );
          })}
        </ul>
      )}
      {misses.length > 0 && (
        <form
          className="dash-target-form no-print"
          onSubmit={(e) => {
            e.preventDefault();
            add();
          }}
        >
          <div className="dash-field">
            <Label htmlFor="action-miss" size="small">{m.rv_missedFor}</Label>
            <Select id="action-miss" size="small" value={String(chosen)} onChange={(_, d) => setChosen(Number(d.value))}>
              {misses.map((miss, i) => <option key={i} value={i}>{label(miss)}</option>)}
            </Select>
          </div>
          <div className="dash-field">
            <Label htmlFor="action-cause" size="small">{m.rv_cause}</Label>
            <Input id="action-cause" size="small" value={cause} onChange={(_, d) => setCause(d.value)} />
          </div>
          <div className="dash-field">
            <Label htmlFor="action-what" size="small">{m.rv_action}</Label>
            <Input id="action-what" size="small" value={action} onChange={(_, d) => setAction(d.value)} data-testid="action-what" />
          </div>
          <div className="dash-field">
            <Label htmlFor="action-owner" size="small">{m.rv_actionOwner}</Label>
            <Input id="action-owner" size="small" value={owner} onChange={(_, d) => setOwner(d.value)} style={{ width: 100 }} />
          </div>
          <div className="dash-field">
            <Label htmlFor="action-due" size="small">{m.rv_actionDue}</Label>
            <Input id="action-due" size="small" type="date" value={due} onChange={(_, d) => setDue(d.value)} />
          </div>
          <Button size="small" appearance="primary" type="submit" data-testid="action-add">{m.rv_addAction}</Button>
        </form>
      )}
      {actions.length === 0 ? (
        <p className="dash-hint">{m.rv_noActions}</p>
      ) : (
        <>
          <ul className="dash-actions" data-testid="actions-list">
            {actions.map((a) => (
              <li key={a.id} data-kpi={a.kpi} data-member={a.member ?? ''}>
                <Checkbox
                  checked={a.done}
                  label={`${m.rv_actionFor({ kpi: KPI_CATALOG[a.kpi].label[lang], month: a.month, who: a.member ?? m.rv_everyone })} — ${a.cause ? `${m.rv_cause}: ${a.cause}; ` : ''}${m.rv_action}: ${a.action} (${a.owner || '–'}, ${a.due})`}
                  onChange={(_, d) => onActions(actions.map((x) => (x.id === a.id ? { ...x, done: !!d.checked } : x)))}
                />
              </li>
            ))}
          </ul>
          <Button size="small" onClick={() => downloadBlob(actionsCsv(actions), 'KPI actions.csv', 'text/csv;charset=utf-8')}>{m.rv_exportActions}</Button>
        </>
      )}
    </details>
  );
}
