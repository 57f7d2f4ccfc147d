import type { ReactNode } from 'react';
import { Badge, Caption1, makeStyles, mergeClasses, tokens, Text } from '@fluentui/react-components';
import { KPI_CATALOG, type KpiKey } from '../kpi/index';
import { messagesFor, type Lang } from '../messages/index';
import { formatAgainstTarget, formatKpiChange, formatKpiValue } from './format';

const useStyles = makeStyles({
  card: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    minWidth: 0,
  },
  missed: { borderLeft: `4px solid ${tokens.colorPaletteDarkOrangeBorder2}` },
  met: { borderLeft: `4px solid ${tokens.colorBrandStroke1}` },
  label: { color: tokens.colorNeutralForeground2, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
  value: { fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold, lineHeight: tokens.lineHeightBase500, overflowWrap: 'anywhere' },
  // Long numbers (revenue) in a smaller size rather than broken over two lines.
  longValue: { fontSize: tokens.fontSizeBase400, lineHeight: tokens.lineHeightBase500 },
  row: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  better: { color: tokens.colorPaletteGreenForeground1 },
  worse: { color: tokens.colorPaletteDarkOrangeForeground1 },
  muted: { color: tokens.colorNeutralForeground3 },
});

export interface KpiCardProps {
  kpi: KpiKey;
  lang: Lang;
  value: number | null;
  /** The target that applies, when there is one. */
  target?: number | null;
  met?: boolean | null;
  /** The value of the month before, for the change line. */
  previous?: number | null;
  /** Shown instead of a value when the KPI cannot be computed (fields missing). */
  note?: string;
  /** The last month's value when `value` covers several months (the change is measured from it). */
  latest?: number | null;
  /** Extra content at the bottom of the card (the dashboard's sparkline). */
  children?: ReactNode;
}

/**
 * One KPI: its value, the target and whether it was met, and the change from the previous
 * month coloured by the KPI's direction. `data-value` holds the raw number (rates as
 * fractions) so scripts and tests read exactly what was computed.
 */
export function KpiCard({ kpi, lang, value, target, met, previous, note, latest, children }: KpiCardProps) {
  const styles = useStyles();
  const m = messagesFor(lang);
  const { unit, direction, label } = KPI_CATALOG[kpi];
  const current = latest === undefined ? value : latest;
  const change = current !== null && previous !== null && previous !== undefined ? current - previous : null;
  const improved = change !== null && change !== 0 ? (change > 0) === (direction === 'higher') : null;
  const hasTarget = target !== null && target !== undefined;
  const [shownValue, shownTarget] =
    hasTarget && value !== null ? formatAgainstTarget(value, target, unit, lang) : [formatKpiValue(value, unit, lang), hasTarget ? formatKpiValue(target, unit, lang) : ''];
  return (
    <div
      className={mergeClasses(styles.card, met === false && styles.missed, met === true && styles.met)}
      data-testid={`kpi-${kpi}`}
      data-value={value ?? ''}
      role="group"
      aria-label={label[lang]}
    >
      <Caption1 className={styles.label}>{label[lang]}</Caption1>
      <Text className={mergeClasses(styles.value, shownValue.length > 8 && styles.longValue)}>{shownValue}</Text>
      <div className={styles.row}>
        {hasTarget ? (
          <>
            <Caption1>{m.uiTarget({ value: shownTarget })}</Caption1>
            {met !== null && met !== undefined && (
              <Badge size="small" appearance="tint" color={met ? 'brand' : 'warning'}>
                {met ? m.uiMet : m.uiMissed}
              </Badge>
            )}
          </>
        ) : (
          <Caption1 className={styles.muted}>{note ?? m.uiNoTarget}</Caption1>
        )}
      </div>
      <Caption1 className={improved === null ? styles.muted : improved ? styles.better : styles.worse}>
        {change === null ? (value === null ? m.uiNoValue : m.uiNoPrevious) : m.uiChangeFromPrevious({ change: formatKpiChange(change, unit, lang) })}
      </Caption1>
      {children}
    </div>
  );
}
