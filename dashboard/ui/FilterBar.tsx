import { useMemo } from 'react';
import { Button, Input, Label, Select } from '@fluentui/react-components';
import { PERIOD_BASES, type PeriodBasis } from '../../shared/kpi/index';
import { messagesFor, type Lang } from '../../shared/messages/index';
import type { DataSummary } from '../data/protocol';
import { useStableCallback } from '../app/use-stable-callback';
import { chooseTeams } from '../state/choices';
import type { ViewState } from '../state/view-state';
import { ListFilter } from './ListFilter';

export interface FilterBarProps {
  lang: Lang;
  view: ViewState;
  data: DataSummary;
  asOf: string;
  onChange: (patch: Partial<ViewState>) => void;
}

/** The month selects' "first month" / "last month": no bound. */
const ALL = '';

export function basisLabel(basis: PeriodBasis, lang: Lang): string {
  const m = messagesFor(lang);
  return { natural: m.dash_basisNatural, created: m.dash_basisCreated, due: m.dash_basisDue, delivered: m.dash_basisDelivered }[basis];
}

/**
 * Month range (default: every month of the data), team, member, period basis and as-of date;
 * and the month or member picked in a chart, with a way to clear it.
 */
export function FilterBar({ lang, view, data, asOf, onChange }: FilterBarProps) {
  const m = messagesFor(lang);
  const owners = useMemo(() => (view.teams.length ? data.owners.filter((o) => view.teams.includes(data.teamOf[o] ?? '')) : data.owners), [view.teams, data]);
  // Stable, so the lists render again only when their own entries change (see ListFilter).
  const onTeams = useStableCallback((teams: string[]) => onChange(chooseTeams(view, teams, data.teamOf)));
  const onOwners = useStableCallback((chosen: string[]) => onChange({ owners: chosen, pickMember: null }));
  const hasPick = view.pickMonth !== null || view.pickMember !== null;
  // Months after the as-of date hold only promised dates: never offered.
  const months = useMemo(() => data.months.filter((month) => month <= asOf.slice(0, 7)), [data.months, asOf]);
  const field = (id: string, label: string, control: React.ReactNode) => (
    <div className="dash-field">
      <Label htmlFor={id} size="small">
        {label}
      </Label>
      {control}
    </div>
  );
  return (
    <section className="dash-filters no-print" aria-label={m.dash_filters}>
      {field(
        'filter-from',
        m.dash_from,
        <Select id="filter-from" data-testid="filter-from" value={view.from ?? ALL} onChange={(_, d) => onChange({ from: d.value || null, pickMonth: null })}>
          <option value={ALL}>{m.dash_firstMonth}</option>
          {months.map((month) => (
            <option key={month} value={month} disabled={view.to !== null && month > view.to}>
              {month}
            </option>
          ))}
        </Select>,
      )}
      {field(
        'filter-to',
        m.dash_to,
        <Select id="filter-to" data-testid="filter-to" value={view.to ?? ALL} onChange={(_, d) => onChange({ to: d.value || null, pickMonth: null })}>
          <option value={ALL}>{m.dash_lastMonth}</option>
          {months.map((month) => (
            <option key={month} value={month} disabled={view.from !== null && month < view.from}>
              {month}
            </option>
          ))}
        </Select>,
      )}
      {data.teams.length > 0 &&
        field(
          'filter-team',
          m.dash_team,
          <ListFilter id="filter-team" allLabel={m.dash_allTeams} options={data.teams} chosen={view.teams} onChoose={onTeams} />,
        )}
      {data.owners.length > 0 &&
        field(
          'filter-owner',
          m.dash_owner,
          <ListFilter id="filter-owner" allLabel={m.dash_allOwners} options={owners} chosen={view.owners} onChoose={onOwners} />,
        )}
      {field(
        'filter-basis',
        m.dash_basis,
        <Select id="filter-basis" data-testid="filter-basis" value={view.basis} onChange={(_, d) => onChange({ basis: d.value as PeriodBasis })}>
          {PERIOD_BASES.filter((b) => b === 'natural' || data.fieldsPresent.includes(b)).map((basis) => (
            <option key={basis} value={basis}>
              {basisLabel(basis, lang)}
            </option>
          ))}
        </Select>,
      )}
      {field(
        'filter-asof',
        m.dash_asOf,
        <Input
          id="filter-asof"
          data-testid="filter-asof"
          type="date"
          value={asOf}
          onChange={(_, d) => {
            if (/^\d{4}-\d{2}-\d{2}$/.test(d.value)) onChange({ asOf: d.value });
          }}
        />,
      )}
      <Button
        className="dash-reset"
        onClick={() => onChange({ from: null, to: null, teams: [], owners: [], basis: 'natural', pickMonth: null, pickMember: null, behind: null })}
        data-testid="filter-reset"
      >
        {m.dash_reset}
      </Button>
      {hasPick && (
        <div className="dash-picks" data-testid="picks">
          <span>{m.dash_picked}</span>
          {view.pickMonth && <span className="dash-chip" data-testid="pick-month">{m.dash_pickMonth({ month: view.pickMonth })}</span>}
          {view.pickMember && <span className="dash-chip" data-testid="pick-member">{m.dash_pickMember({ member: view.pickMember })}</span>}
          <Button size="small" appearance="subtle" onClick={() => onChange({ pickMonth: null, pickMember: null })} data-testid="clear-pick">
            {m.dash_clearPick}
          </Button>
        </div>
      )}
    </section>
  );
}
