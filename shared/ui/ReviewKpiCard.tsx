import { Badge, Caption1, makeStyles, mergeClasses, Text, tokens } from '@fluentui/react-components';
import { KPI_CATALOG } from '../kpi/index';
import { messagesFor, type Lang } from '../messages/index';
import { changeText, gapText, paceText, type ReviewCard, type ReviewPeriod } from '../review/index';
import { formatAgainstTarget, formatKpiValue } from './format';

const useStyles = makeStyles({
  card: {
    display: 'flex',
    flexDirection: 'column',
    gap: '2px',
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderLeft: `4px solid ${tokens.colorNeutralStroke2}`,
    minWidth: 0,
    height: '100%',
    boxSizing: 'border-box',
  },
  missed: { borderLeftColor: tokens.colorPaletteDarkOrangeBorder2 },
  met: { borderLeftColor: tokens.colorBrandStroke1 },
  head: { display: 'flex', justifyContent: 'space-between', gap: tokens.spacingHorizontalXS, alignItems: 'center' },
  label: { color: tokens.colorNeutralForeground2, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
  value: { fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold, lineHeight: tokens.lineHeightBase500, whiteSpace: 'nowrap' },
  longValue: { fontSize: tokens.fontSizeBase400 },
  line: { display: 'flex', gap: tokens.spacingHorizontalXS, flexWrap: 'wrap', alignItems: 'center' },
  better: { color: tokens.colorPaletteGreenForeground1 },
  worse: { color: tokens.colorPaletteDarkOrangeForeground1 },
  muted: { color: tokens.colorNeutralForeground3 },
  pace: { color: tokens.colorNeutralForeground2, fontStyle: 'italic' },
});

export interface ReviewKpiCardProps {
  card: ReviewCard;
  period: ReviewPeriod;
  lang: Lang;
}

/**
 * One KPI of the review period: value, own target and gap, met/missed (or "few orders"), the
 * change against the previous period of the same grain, and pace while the period runs.
 * `data-value` holds the raw number (rates as fractions) for scripts and tests.
 */
export function ReviewKpiCard({ card, period, lang }: ReviewKpiCardProps) {
  const styles = useStyles();
  const m = messagesFor(lang);
  const { unit, label } = KPI_CATALOG[card.kpi];
  const [shown, shownTarget] =
    card.target !== null && card.value !== null ? formatAgainstTarget(card.value, card.target, unit, lang) : [formatKpiValue(card.value, unit, lang), formatKpiValue(card.target, unit, lang)];
  return (
    <div
      className={mergeClasses(styles.card, card.met === false && styles.missed, card.met === true && styles.met)}
      data-testid={`review-kpi-${card.kpi}`}
      data-value={card.value ?? ''}
      data-met={card.met === null ? '' : String(card.met)}
      data-few={card.smallSample ? 'true' : undefined}
      role="group"
      aria-label={label[lang]}
    >
      <div className={styles.head}>
        <Caption1 className={styles.label}>{label[lang]}</Caption1>
        {card.partial && (
          <Badge size="small" appearance="outline" color="informative">
            {m.rv_partialBadge}
          </Badge>
        )}
      </div>
      <Text className={mergeClasses(styles.value, shown.length > 8 && styles.longValue)}>{shown}</Text>
      <div className={styles.line}>
        {card.target !== null ? (
          <>
            <Caption1>{m.rv_target({ value: shownTarget })}</Caption1>
            <Caption1 className={styles.muted}>{gapText(card.kpi, card.gap, lang)}</Caption1>
          </>
        ) : (
          <Caption1 className={styles.muted}>{card.fromKpiSheet ? m.dash_fromKpiSheet({ cell: card.fromKpiSheet }) : m.rv_noTarget}</Caption1>
        )}
      </div>
      <div className={styles.line}>
        {card.smallSample && card.base ? (
          <Badge size="small" appearance="tint" color="subtle" data-testid="few-orders">
            {m.rv_fewOrders({ count: card.base.of })}
          </Badge>
        ) : (
          card.met !== null && (
            <Badge size="small" appearance="tint" color={card.met ? 'brand' : 'warning'}>
              {/* A running period is not missed yet: it stands above or below target so far. */}
              {card.partial ? (card.met ? m.rv_aboveSoFar : m.rv_belowSoFar) : card.met ? m.uiMet : m.uiMissed}
            </Badge>
          )
        )}
        <Caption1 className={card.improved === null ? styles.muted : card.improved ? styles.better : styles.worse}>{changeText(card, period, lang)}</Caption1>
      </div>
      {card.pace && <Caption1 className={styles.pace}>{paceText(card.pace, lang)}</Caption1>}
    </div>
  );
}
