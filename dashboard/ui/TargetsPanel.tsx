import { useMemo, useState } from 'react';
import { Button, Input, Label, Select } from '@fluentui/react-components';
import { KPI_CATALOG, normaliseTarget, type KpiKey } from '../../shared/kpi/index';
import { messagesFor, type Lang } from '../../shared/messages/index';
import { removeTargetEdit, targetEditsCsv, targetLines, upsertTargetEdit, type TargetEdit } from '../../shared/review/index';
import type { TargetRow } from '../../shared/schema/index';
import { formatKpiValue } from '../../shared/ui/index';
import { downloadBlob } from '../export/download';

export interface TargetsPanelProps {
  lang: Lang;
  /** Every target in effect: the edits first, then the KPI sheet's. */
  targets: readonly TargetRow[];
  edits: TargetEdit[];
  onEdits: (edits: TargetEdit[]) => void;
  months: readonly string[];
  teams: readonly string[];
  owners: readonly string[];
  teamOf: Readonly<Record<string, string>>;
  kpis: readonly KpiKey[];
  defaultMonth: string | null;
}

const EDIT_SOURCE = /^browser #\d+$/;

/**
 * Every target read — scope, month, KPI, value, and which row wins — and a form to set a
 * team's or a member's target by month. Set targets live in this browser and export as a KPI sheet.
 */
export function TargetsPanel({ lang, targets, edits, onEdits, months, teams, owners, teamOf, kpis, defaultMonth }: TargetsPanelProps) {
  const m = messagesFor(lang);
  const lines = useMemo(() => targetLines(targets, (r) => EDIT_SOURCE.test(r.source)), [targets]);
  const [month, setMonth] = useState<string>(defaultMonth ?? '');
  const [team, setTeam] = useState('');
  const [owner, setOwner] = useState('');
  const [kpi, setKpi] = useState<KpiKey>(kpis.includes('on_time_rate') ? 'on_time_rate' : (kpis[0] ?? 'orders'));
  const [value, setValue] = useState('');
  const [invalid, setInvalid] = useState(false);
  const scopeLabel = (s: string) => (m as unknown as Record<string, string>)[`rv_scope_${s}`] ?? s;
  const editOf = (row: TargetRow): TargetEdit | null => (EDIT_SOURCE.test(row.source) ? edits[Number(row.source.slice(9)) - 1] ?? null : null);

  const submit = () => {
    const target = normaliseTarget(kpi, value);
    if (target === null) return setInvalid(true);
    setInvalid(false);
    const who = owner || null;
    onEdits(upsertTargetEdit(edits, { month: month || null, team: who ? (teamOf[who] ?? (team || null)) : team || null, owner: who, kpi, target }));
    setValue('');
  };

  return (
    <details className="dash-section dash-panel" data-testid="targets-panel">
      <summary>
        <h2>
          {m.rv_targetsTitle} <span className="dash-hint">({lines.length})</span>
        </h2>
      </summary>
      <p className="dash-hint">{m.rv_targetsHint}</p>
      <form
        className="dash-target-form no-print"
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <div className="dash-field">
          <Label htmlFor="target-month" size="small">{m.rv_colMonth}</Label>
          <Select id="target-month" size="small" value={month} onChange={(_, d) => setMonth(d.value)}>
            <option value="">{m.rv_any}</option>
            {months.map((mo) => <option key={mo} value={mo}>{mo}</option>)}
          </Select>
        </div>
        <div className="dash-field">
          <Label htmlFor="target-team" size="small">{m.rv_colTeam}</Label>
          <Select id="target-team" size="small" value={team} disabled={owner !== ''} onChange={(_, d) => setTeam(d.value)}>
            <option value="">{m.rv_any}</option>
            {teams.map((t) => <option key={t} value={t}>{t}</option>)}
          </Select>
        </div>
        <div className="dash-field">
          <Label htmlFor="target-owner" size="small">{m.rv_colMember}</Label>
          <Select id="target-owner" size="small" value={owner} onChange={(_, d) => setOwner(d.value)} data-testid="target-owner">
            <option value="">{m.rv_any}</option>
            {owners.map((o) => <option key={o} value={o}>{o}</option>)}
          </Select>
        </div>
        <div className="dash-field">
          <Label htmlFor="target-kpi" size="small">{m.rv_colKpi}</Label>
          <Select id="target-kpi" size="small" value={kpi} onChange={(_, d) => setKpi(d.value as KpiKey)} data-testid="target-kpi">
            {kpis.map((k) => <option key={k} value={k}>{KPI_CATALOG[k].label[lang]}</option>)}
          </Select>
        </div>
        <div className="dash-field">
          <Label htmlFor="target-value" size="small">{m.rv_colTarget}</Label>
          <Input id="target-value" size="small" value={value} onChange={(_, d) => setValue(d.value)} style={{ width: 96 }} data-testid="target-value" aria-invalid={invalid} />
        </div>
        <Button size="small" appearance="primary" type="submit" data-testid="target-set">{m.rv_setTarget}</Button>
        <Button size="small" disabled={edits.length === 0} onClick={() => downloadBlob(targetEditsCsv(edits), 'KPI targets.csv', 'text/csv;charset=utf-8')} data-testid="export-targets">
          {m.rv_exportTargets}
        </Button>
      </form>
      {invalid && <p className="dash-error-text">{m.rv_targetInvalid}</p>}
      <p className="dash-hint">{m.rv_keptInBrowser}</p>
      {lines.length === 0 ? (
        <p className="dash-hint">{m.rv_noTargets}</p>
      ) : (
        <div className="dash-risk-scroll">
          <table className="dash-risk-table" data-testid="targets-table">
            <thead>
              <tr>
                <th>{m.rv_colScope}</th>
                <th>{m.rv_colMonth}</th>
                <th>{m.rv_colTeam}</th>
                <th>{m.rv_colMember}</th>
                <th>{m.rv_colKpi}</th>
                <th>{m.rv_colTarget}</th>
                <th>{m.rv_colSource}</th>
                <th>{m.rv_colStatus}</th>
              </tr>
            </thead>
            <tbody>
              {lines.map((line, i) => {
                const edit = editOf(line.row);
                return (
                  <tr key={`${line.row.source}-${i}`} className={line.shadowedBy ? 'dash-shadowed' : undefined}>
                    <td>{scopeLabel(line.scope)}</td>
                    <td>{line.row.month ?? m.rv_any}</td>
                    <td>{line.row.team ?? m.rv_any}</td>
                    <td>{line.row.owner ?? m.rv_any}</td>
                    <td>{KPI_CATALOG[line.row.kpi].label[lang]}</td>
                    <td>{formatKpiValue(line.value, KPI_CATALOG[line.row.kpi].unit, lang)}</td>
                    <td>{line.edited ? m.rv_setHere : line.row.source}</td>
                    <td>
                      {line.shadowedBy ? m.rv_shadowed({ source: line.shadowedBy.source }) : m.rv_inEffect}
                      {edit && (
                        <>
                          {' '}
                          <Button size="small" appearance="subtle" onClick={() => onEdits(removeTargetEdit(edits, edit))}>{m.rv_remove}</Button>
                        </>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </details>
  );
}
