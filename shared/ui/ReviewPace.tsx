import { Badge, Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { KPI_CATALOG } from '../kpi/index';
import { messagesFor, type Lang } from '../messages/index';
import { distanceText, paceVerdict, periodTitle, type PaceVerdict, type ReviewCard, type ReviewPeriod } from '../review/index';
import { formatKpiValue } from './format';

const useStyles = makeStyles({
  block: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, minWidth: 0 },
  table: { borderCollapse: 'collapse', fontSize: tokens.fontSizeBase200, width: '100%' },
  th: { textAlign: 'start', fontWeight: tokens.fontWeightSemibold, padding: `2px ${tokens.spacingHorizontalS}`, borderBottom: `1px solid ${tokens.colorNeutralStroke1}` },
  td: { padding: `2px ${tokens.spacingHorizontalS}`, borderBottom: `1px solid ${tokens.colorNeutralStroke3}`, verticalAlign: 'top' },
  num: { whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' },
  // The narrow pane: one block per KPI.
  item: { borderBottom: `1px solid ${tokens.colorNeutralStroke3}`, paddingBottom: tokens.spacingVerticalXXS, display: 'flex', flexDirection: 'column' },
});

const BADGE: Record<PaceVerdict, 'brand' | 'informative' | 'warning' | 'danger'> = { secured: 'brand', onTrack: 'informative', behind: 'warning', outOfReach: 'danger' };

/**
 * The running period's pace for every KPI with a target: where it stands, where it is heading
 * (rates: also the best case, every order still due on time), and what it takes to meet the
 * target ("301 more on time of 303 still due"; "3,400 to go, 310 a day"). Nothing for an ended period.
 */
export function ReviewPace({ cards, period, lang, layout = 'table' }: { cards: readonly ReviewCard[]; period: ReviewPeriod; lang: Lang; layout?: 'table' | 'list' }) {
  const styles = useStyles();
  const m = messagesFor(lang);
  const paced = cards.filter((c) => c.pace && c.target !== null);
  if (!period.partial || paced.length === 0) return null;
  const rows = paced.map((card) => {
    const pace = card.pace!;
    const { unit, label } = KPI_CATALOG[card.kpi];
    const verdict = paceVerdict(pace);
    const heading = [pace.projected !== null ? formatKpiValue(pace.projected, unit, lang) : '–', ...(pace.best !== null ? [m.rv_paceBest({ value: formatKpiValue(pace.best, unit, lang) })] : [])].join(' · ');
    const takes = pace.distance
      ? distanceText(pace.distance, card.kpi, lang)
      : pace.needed !== null && pace.needed > 0 && pace.perDay !== null
        ? m.rv_paceNeeded({ needed: formatKpiValue(pace.needed, unit, lang), perDay: formatKpiValue(pace.perDay, unit, lang) })
        : '';
    return { kpi: card.kpi, label: label[lang], now: formatKpiValue(card.value, unit, lang), heading, target: formatKpiValue(card.target, unit, lang), verdict, takes };
  });
  const badge = (verdict: PaceVerdict | null) =>
    verdict && (
      <Badge size="small" appearance="tint" color={BADGE[verdict]}>
        {m.rv_paceVerdict({ verdict })}
      </Badge>
    );
  const title = m.rv_paceOf({ period: periodTitle(period, lang), days: period.daysTotal - period.daysElapsed });
  return (
    <div className={styles.block} data-testid="review-pace" aria-label={title}>
      <Caption1>
        <strong>{title}</strong>
      </Caption1>
      {layout === 'list' ? (
        rows.map((r) => (
          <div key={r.kpi} className={styles.item} data-kpi={r.kpi} data-verdict={r.verdict ?? ''}>
            <Caption1>
              <strong>{r.label}</strong> {badge(r.verdict)}
            </Caption1>
            <Caption1 className={styles.num}>{`${m.rv_paceSoFar} ${r.now} · ${m.rv_target({ value: r.target })}`}</Caption1>
            <Caption1>{`${m.rv_paceHeading} ${r.heading}`}</Caption1>
            {r.takes && <Caption1>{r.takes}</Caption1>}
          </div>
        ))
      ) : (
        <table className={styles.table}>
          <thead>
            <tr>
              <th className={styles.th}>{m.rv_colKpi}</th>
              <th className={styles.th}>{m.rv_paceSoFar}</th>
              <th className={styles.th}>{m.rv_paceHeading}</th>
              <th className={styles.th}>{m.rv_colTarget}</th>
              <th className={styles.th}>{m.rv_paceTakes}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.kpi} data-kpi={r.kpi} data-verdict={r.verdict ?? ''}>
                <td className={styles.td}>{r.label}</td>
                <td className={`${styles.td} ${styles.num}`}>{r.now}</td>
                <td className={styles.td}>{r.heading}</td>
                <td className={`${styles.td} ${styles.num}`}>{r.target}</td>
                <td className={styles.td}>
                  {badge(r.verdict)} {r.takes}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
