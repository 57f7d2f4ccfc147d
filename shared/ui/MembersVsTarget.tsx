import { Caption1, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { KPI_CATALOG, type KpiKey } from '../kpi/index';
import { messagesFor, type Lang } from '../messages/index';
import { distanceText, gapText, headlineKpi, type MemberKpi, type MemberReview } from '../review/index';
import { formatAgainstTarget, formatKpiValue } from './format';
import { MiniSpark } from './MiniSpark';

const useStyles = makeStyles({
  scroll: { overflowX: 'auto', maxWidth: '100%' },
  table: { borderCollapse: 'collapse', fontSize: tokens.fontSizeBase200, width: '100%' },
  th: { textAlign: 'start', fontWeight: tokens.fontWeightSemibold, padding: `2px ${tokens.spacingHorizontalS}`, borderBottom: `1px solid ${tokens.colorNeutralStroke1}`, verticalAlign: 'bottom' },
  td: { padding: `2px ${tokens.spacingHorizontalS}`, borderBottom: `1px solid ${tokens.colorNeutralStroke3}`, verticalAlign: 'middle' },
  name: { fontWeight: tokens.fontWeightSemibold, whiteSpace: 'nowrap' },
  sub: { display: 'block', color: tokens.colorNeutralForeground3, fontWeight: tokens.fontWeightRegular, whiteSpace: 'nowrap' },
  value: { whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' },
  missed: { color: tokens.colorPaletteDarkOrangeForeground1, fontWeight: tokens.fontWeightSemibold },
  met: { color: tokens.colorBrandForeground1 },
  few: { color: tokens.colorNeutralForeground3, fontStyle: 'italic' },
  distance: { color: tokens.colorNeutralForeground2, minWidth: '96px' },
  // A target line breaks between its target and its gap, not inside either: the table then
  // fits 1440 px in Chinese too ("目标 94.0% · 差距 +3.1 个百分点" is long).
  wraps: { whiteSpace: 'normal' },
  nowrap: { whiteSpace: 'nowrap' },
  // The narrow pane: one member per block, KPIs wrapping under the name.
  cards: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  card: { borderBottom: `1px solid ${tokens.colorNeutralStroke3}`, paddingBottom: tokens.spacingVerticalXXS },
  cardHead: { display: 'flex', justifyContent: 'space-between', alignItems: 'center', gap: tokens.spacingHorizontalS },
  cardKpis: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalM, rowGap: 0 },
  summary: { cursor: 'pointer', listStylePosition: 'outside', marginLeft: tokens.spacingHorizontalM },
  headline: { display: 'block' },
  inline: { display: 'inline', marginLeft: tokens.spacingHorizontalXS },
});

export interface MembersVsTargetProps {
  members: readonly MemberReview[];
  kpis: readonly KpiKey[];
  lang: Lang;
  /** "table" for the dashboard, "list" for the narrow task pane. */
  layout?: 'table' | 'list';
  /** Clicking a member's value lists its orders (the dashboard). */
  onCellClick?: (member: string, kpi: KpiKey) => void;
}

/** `inline`: the value and its target on one line (a folded member's summary). */
function KpiValue({ k, lang, className, inline = false }: { k: MemberKpi; lang: Lang; className?: string; inline?: boolean }) {
  const styles = useStyles();
  const m = messagesFor(lang);
  const unit = KPI_CATALOG[k.kpi].unit;
  const [value, target] = k.value !== null && k.target !== null ? formatAgainstTarget(k.value, k.target, unit, lang) : [formatKpiValue(k.value, unit, lang), formatKpiValue(k.target, unit, lang)];
  const tone = k.smallSample ? styles.few : k.met === false ? styles.missed : k.met === true ? styles.met : undefined;
  const title = [k.target !== null ? m.rv_target({ value: target }) : m.rv_noTarget, gapText(k.kpi, k.gap, lang), k.base ? m.rv_basedOn(k.base) : '', k.smallSample && k.base ? m.rv_fewOrders({ count: k.base.of }) : '']
    .filter(Boolean)
    .join(' · ');
  return (
    <span className={mergeClasses(styles.value, tone, className)} title={title} data-kpi={k.kpi} data-value={k.value ?? ''} data-met={k.met === null ? '' : String(k.met)}>
      {value}
      {k.target !== null && (
        <span className={mergeClasses(styles.sub, styles.wraps, inline && styles.inline)}>
          <span className={styles.nowrap}>{m.rv_target({ value: target })}</span>
          {k.gap !== null && <span className={styles.nowrap}>{` · ${gapText(k.kpi, k.gap, lang)}`}</span>}
        </span>
      )}
      {/* May wrap: after the target and gap, on one line, it ran 50 px past a 320 px pane. */}
      {k.smallSample && k.base && <span className={mergeClasses(styles.sub, styles.wraps, inline && styles.inline)}>{m.rv_fewOrders({ count: k.base.of })}</span>}
    </span>
  );
}

/** The sentence of the member's first KPI that has one: the orders between them and their target. */
function distanceOf(member: MemberReview, lang: Lang): string {
  const k = member.kpis.find((x) => x.distance);
  return k?.distance ? `${KPI_CATALOG[k.kpi].label[lang]}: ${distanceText(k.distance, k.kpi, lang)}` : '';
}

/**
 * Each member against their own target — value, target, gap, the orders it takes, a sparkline
 * of the headline KPI — listed by name. Colour only where the member has a target; a rate on
 * few orders is marked, never coloured as missed. No ranking.
 */
export function MembersVsTarget({ members, kpis, lang, layout = 'table', onCellClick }: MembersVsTargetProps) {
  const styles = useStyles();
  const m = messagesFor(lang);
  const headline = headlineKpi(kpis);
  const spark = (member: MemberReview) =>
    headline && <MiniSpark points={member.spark} label={`${member.owner}: ${KPI_CATALOG[headline].label[lang]} ${member.spark.map((p) => `${p.month} ${formatKpiValue(p.value, KPI_CATALOG[headline].unit, lang)}`).join(', ')}`} />;
  if (members.length === 0) return <Caption1>{m.rv_noMembers}</Caption1>;
  if (layout === 'list') {
    // The narrow pane: one line per member (the headline KPI against its own target, the
    // sparkline); every KPI and the distance in orders fold out under it.
    return (
      <div className={styles.cards}>
        {members.map((member) => {
          const first = member.kpis.find((k) => k.kpi === headline) ?? member.kpis[0];
          return (
            <details key={member.owner} className={styles.card} data-member={member.owner}>
              <summary className={styles.summary}>
                <span className={styles.cardHead}>
                  <span className={styles.name}>
                    {member.owner} <Caption1 className={styles.few}>{member.orders !== null ? m.rv_ordersCount({ count: member.orders }) : ''}</Caption1>
                  </span>
                  {spark(member)}
                </span>
                {first && (
                  <Caption1 className={styles.headline}>
                    {KPI_CATALOG[first.kpi].label[lang]} <KpiValue k={first} lang={lang} inline />
                  </Caption1>
                )}
              </summary>
              <div className={styles.cardKpis}>
                {member.kpis.map((k) => (
                  <Caption1 key={k.kpi}>
                    {KPI_CATALOG[k.kpi].label[lang]} <KpiValue k={k} lang={lang} />
                  </Caption1>
                ))}
              </div>
              <Caption1 className={styles.distance}>{distanceOf(member, lang)}</Caption1>
            </details>
          );
        })}
      </div>
    );
  }
  return (
    <div className={styles.scroll}>
      <table className={styles.table}>
        <thead>
          <tr>
            <th className={styles.th}>{m.uiMember}</th>
            {kpis.map((kpi) => (
              <th key={kpi} className={styles.th}>
                {KPI_CATALOG[kpi].label[lang]}
              </th>
            ))}
            {headline && (
              <th className={styles.th}>
                {members.some((mem) => mem.spark.some((p) => p.month.includes('W')))
                  ? m.rv_sparkHeadWeeks({ kpi: KPI_CATALOG[headline].label[lang], weeks: 6 })
                  : m.rv_sparkHead({ kpi: KPI_CATALOG[headline].label[lang], months: 6 })}
              </th>
            )}
            <th className={styles.th}>{m.rv_reportDistance}</th>
          </tr>
        </thead>
        <tbody>
          {members.map((member) => (
            <tr key={member.owner} data-member={member.owner}>
              <td className={styles.td}>
                <span className={styles.name}>{member.owner}</span>
                <span className={styles.sub}>{[member.team, member.orders !== null ? m.rv_ordersCount({ count: member.orders }) : null].filter(Boolean).join(' · ')}</span>
              </td>
              {member.kpis.map((k) => (
                <td
                  key={k.kpi}
                  className={styles.td}
                  tabIndex={onCellClick ? 0 : undefined}
                  onClick={onCellClick ? () => onCellClick(member.owner, k.kpi) : undefined}
                  onKeyDown={onCellClick ? (e) => (e.key === 'Enter' || e.key === ' ') && onCellClick(member.owner, k.kpi) : undefined}
                  style={onCellClick ? { cursor: 'pointer' } : undefined}
                >
                  <KpiValue k={k} lang={lang} />
                </td>
              ))}
              {headline && <td className={styles.td}>{spark(member)}</td>}
              <td className={mergeClasses(styles.td, styles.distance)}>{distanceOf(member, lang)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
