import { Field, Input, makeStyles, Select, tokens } from '@fluentui/react-components';
import { PERIOD_BASES, type PeriodBasis } from '../../shared/kpi/index';
import { messagesFor, type Lang } from '../../shared/messages/index';
import type { LoadedData } from '../../shared/pipeline/index';
import type { KpiFilter } from '../session/kpi-view';

const useStyles = makeStyles({
  grid: { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(112px, 1fr))', gap: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}` },
  // Fluent's inputs have a minimum width of their own; in a grid cell they must shrink with it.
  control: { minWidth: 0, width: '100%', maxWidth: '100%' },
});

const ALL = '\u0000all';

export function basisLabel(basis: PeriodBasis, lang: Lang): string {
  const m = messagesFor(lang);
  return { natural: m.paneBasisNatural, created: m.paneBasisCreated, due: m.paneBasisDue, delivered: m.paneBasisDelivered }[basis];
}

export interface FilterBarProps {
  lang: Lang;
  loaded: LoadedData;
  filter: KpiFilter;
  setFilter: (filter: KpiFilter) => void;
  /** Only the as-of date (the At risk tab). */
  asOfOnly?: boolean;
}

/** Month range, team, owner, period basis and as-of date. Owners narrow to the chosen team. */
export function FilterBar({ lang, loaded, filter, setFilter, asOfOnly }: FilterBarProps) {
  const styles = useStyles();
  const m = messagesFor(lang);
  const set = (p: Partial<KpiFilter>) => setFilter({ ...filter, ...p });
  const owners = filter.team ? loaded.owners.filter((o) => loaded.teamOf[o] === filter.team) : loaded.owners;
  const basisOk = (b: PeriodBasis) => b === 'natural' || loaded.fieldsPresent.includes(b);

  const asOf = (
    <Field label={m.paneAsOf} size="small">
      <Input
        type="date"
        size="small"
        className={styles.control}
        value={filter.asOf}
        data-testid="filter-asof"
        onChange={(_, d) => /^\d{4}-\d{2}-\d{2}$/.test(d.value) && set({ asOf: d.value })}
      />
    </Field>
  );
  if (asOfOnly) return <div className={styles.grid}>{asOf}</div>;

  return (
    <div className={styles.grid}>
      <Field label={m.paneFrom} size="small">
        <Select className={styles.control} size="small" value={filter.from} data-testid="filter-from" onChange={(_, d) => set({ from: d.value, to: d.value > filter.to ? d.value : filter.to })}>
          {loaded.months.map((mo) => (
            <option key={mo}>{mo}</option>
          ))}
        </Select>
      </Field>
      <Field label={m.paneTo} size="small">
        <Select className={styles.control} size="small" value={filter.to} data-testid="filter-to" onChange={(_, d) => set({ to: d.value, from: d.value < filter.from ? d.value : filter.from })}>
          {loaded.months.map((mo) => (
            <option key={mo}>{mo}</option>
          ))}
        </Select>
      </Field>
      {loaded.teams.length > 0 && (
        <Field label={m.paneTeamFilter} size="small">
          <Select
            className={styles.control}
            size="small"
            value={filter.team ?? ALL}
            data-testid="filter-team"
            onChange={(_, d) => {
              const team = d.value === ALL ? null : d.value;
              set({ team, owner: team && filter.owner && loaded.teamOf[filter.owner] !== team ? null : filter.owner });
            }}
          >
            <option value={ALL}>{m.paneAllTeams}</option>
            {loaded.teams.map((t) => (
              <option key={t}>{t}</option>
            ))}
          </Select>
        </Field>
      )}
      {loaded.owners.length > 0 && (
        <Field label={m.paneOwnerFilter} size="small">
          <Select className={styles.control} size="small" value={filter.owner ?? ALL} data-testid="filter-owner" onChange={(_, d) => set({ owner: d.value === ALL ? null : d.value })}>
            <option value={ALL}>{m.paneAllOwners}</option>
            {owners.map((o) => (
              <option key={o}>{o}</option>
            ))}
          </Select>
        </Field>
      )}
      <Field label={m.paneBasis} size="small">
        <Select className={styles.control} size="small" value={filter.basis} data-testid="filter-basis" onChange={(_, d) => set({ basis: d.value as PeriodBasis })}>
          {PERIOD_BASES.filter(basisOk).map((b) => (
            <option key={b} value={b}>
              {basisLabel(b, lang)}
            </option>
          ))}
        </Select>
      </Field>
      {asOf}
    </div>
  );
}
