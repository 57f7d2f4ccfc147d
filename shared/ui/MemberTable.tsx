import { useMemo, useState } from 'react';
import { Caption1, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { KPI_CATALOG, type KpiKey, type KpiRowWithTargets } from '../kpi/index';
import { messagesFor, type Lang } from '../messages/index';
import { formatAgainstTarget, formatKpiValue } from './format';

const useStyles = makeStyles({
  scroll: { overflowX: 'auto', maxWidth: '100%' },
  table: { borderCollapse: 'collapse', fontSize: tokens.fontSizeBase200, width: '100%' },
  th: {
    textAlign: 'end',
    fontWeight: tokens.fontWeightSemibold,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke1}`,
    whiteSpace: 'nowrap',
    verticalAlign: 'bottom',
  },
  first: { textAlign: 'start', position: 'sticky', left: 0, backgroundColor: tokens.colorNeutralBackground1 },
  td: { textAlign: 'end', padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`, borderBottom: `1px solid ${tokens.colorNeutralStroke3}`, whiteSpace: 'nowrap' },
  missed: { color: tokens.colorPaletteDarkOrangeForeground1, fontWeight: tokens.fontWeightSemibold },
  target: { display: 'block', color: tokens.colorNeutralForeground3, fontWeight: tokens.fontWeightRegular },
  sortButton: {
    background: 'none',
    border: 'none',
    padding: 0,
    font: 'inherit',
    color: 'inherit',
    cursor: 'pointer',
    textDecoration: 'underline dotted',
  },
});

export interface MemberTableProps {
  /** One row per member (KPI rows grouped by owner) for one month or range. */
  rows: readonly KpiRowWithTargets[];
  kpis: readonly KpiKey[];
  lang: Lang;
  /** Offer sorting by a KPI (a ranking) — off by default: members are listed by name. */
  sortable?: boolean;
  /** Clicking a value (or Enter on it): e.g. the dashboard lists the orders behind it. */
  onCellClick?: (member: string | null, kpi: KpiKey) => void;
}

/** Members against their targets; a missed target is marked in colour and with ✗. */
export function MemberTable({ rows, kpis, lang, sortable = false, onCellClick }: MemberTableProps) {
  const styles = useStyles();
  const m = messagesFor(lang);
  const [sortBy, setSortBy] = useState<KpiKey | null>(null);
  const collator = useMemo(() => new Intl.Collator(lang === 'zh' ? 'zh-CN' : 'en'), [lang]);
  const ordered = useMemo(() => {
    const byName = [...rows].sort((a, b) => collator.compare(a.group ?? '', b.group ?? ''));
    if (!sortable || !sortBy) return byName;
    const better = KPI_CATALOG[sortBy].direction === 'higher' ? -1 : 1;
    return byName.sort((a, b) => {
      const x = a[sortBy];
      const y = b[sortBy];
      if (x === null) return y === null ? 0 : 1;
      if (y === null) return -1;
      return better * (x - y);
    });
  }, [rows, sortable, sortBy, collator]);

  return (
    <div className={styles.scroll} data-testid="member-table">
      <Caption1>{sortable && sortBy ? m.uiSortBy({ column: KPI_CATALOG[sortBy].label[lang] }) : m.uiSortByName}</Caption1>
      <table className={styles.table}>
        <thead>
          <tr>
            <th className={mergeClasses(styles.th, styles.first)} scope="col">
              {sortable ? (
                <button type="button" className={styles.sortButton} onClick={() => setSortBy(null)}>
                  {m.uiMember}
                </button>
              ) : (
                m.uiMember
              )}
            </th>
            {kpis.map((kpi) => (
              <th key={kpi} className={styles.th} scope="col" aria-sort={sortBy === kpi ? 'descending' : undefined}>
                {sortable ? (
                  <button type="button" className={styles.sortButton} onClick={() => setSortBy(kpi)}>
                    {KPI_CATALOG[kpi].label[lang]}
                  </button>
                ) : (
                  KPI_CATALOG[kpi].label[lang]
                )}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {ordered.map((row) => (
            <tr key={row.group ?? ''} data-member={row.group ?? ''}>
              <th className={mergeClasses(styles.td, styles.first)} scope="row">
                {row.group ?? '–'}
              </th>
              {kpis.map((kpi) => {
                const check = row.targets[kpi];
                const missed = check?.met === false;
                const { unit } = KPI_CATALOG[kpi];
                const value = row[kpi];
                const [shown, target] =
                  check && value !== null ? formatAgainstTarget(value, check.target, unit, lang) : [formatKpiValue(value, unit, lang), check ? formatKpiValue(check.target, unit, lang) : ''];
                return (
                  <td
                    key={kpi}
                    className={mergeClasses(styles.td, missed && styles.missed)}
                    data-kpi={kpi}
                    data-met={check?.met ?? ''}
                    {...(onCellClick && {
                      tabIndex: 0,
                      style: { cursor: 'pointer' },
                      onClick: () => onCellClick(row.group, kpi),
                      onKeyDown: (e: { key: string }) => e.key === 'Enter' && onCellClick(row.group, kpi),
                    })}
                  >
                    {shown}
                    {missed && ' ✗'}
                    {check && <span className={styles.target}>{m.uiTarget({ value: target })}</span>}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
